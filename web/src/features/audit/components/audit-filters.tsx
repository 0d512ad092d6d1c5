import { Button, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import type { AuditFilters as Filters } from '../api/audit-api';

interface Values {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  result?: Filters['result'];
  range?: [Dayjs | null, Dayjs | null] | null;
}

export const RESULT_LABELS: Record<NonNullable<Filters['result']>, string> = {
  ok: 'Thành công',
  denied: 'Bị từ chối',
  failed: 'Thất bại',
};

const blank = (text?: string) => text?.trim() || undefined;

export function AuditFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const [form] = Form.useForm<Values>();
  const apply = (values: Values) =>
    onChange({
      actor: blank(values.actor),
      action: blank(values.action),
      objectType: blank(values.objectType),
      objectId: blank(values.objectId),
      result: values.result,
      from: toIsoDate(values.range?.[0]),
      to: toIsoDate(values.range?.[1]),
    });
  return (
    <Form form={form} layout="vertical" role="search" aria-label="Lọc nhật ký" onFinish={apply}>
      <Row gutter={12}>
        <Col xs={24} sm={12} xl={5}>
          <Form.Item label="Người thực hiện" name="actor" style={{ marginBottom: 12 }}>
            <Input allowClear placeholder="Tên hoặc email" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={4}>
          <Form.Item label="Hành động" name="action" style={{ marginBottom: 12 }}>
            <Input allowClear placeholder="Ví dụ: person.update" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} xl={3}>
          <Form.Item label="Loại đối tượng" name="objectType" style={{ marginBottom: 12 }}>
            <Input allowClear placeholder="Ví dụ: person" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} xl={3}>
          <Form.Item label="Mã đối tượng" name="objectId" style={{ marginBottom: 12 }}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8} xl={3}>
          <Form.Item label="Kết quả" name="result" style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder="Tất cả"
              options={Object.entries(RESULT_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16} xl={6}>
          <Form.Item label="Khoảng thời gian" name="range" style={{ marginBottom: 12 }}>
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              style={{ width: '100%' }}
              placeholder={['Từ ngày', 'Đến ngày']}
              allowEmpty={[true, true]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Button htmlType="submit">Lọc</Button>
        <Button
          onClick={() => {
            form.resetFields();
            apply({});
          }}
        >
          Xóa bộ lọc
        </Button>
      </Flex>
    </Form>
  );
}
