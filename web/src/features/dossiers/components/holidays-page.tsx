import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Typography,
} from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import type { Holiday } from '../../../../../src/shared/api/dossiers';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { StatusTag } from '../../../lib/status-tag';
import { createHoliday, deleteHoliday, updateHoliday } from '../api/dossiers-api';
import { useHolidays } from '../hooks/use-dossiers';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];

interface Values {
  date: dayjs.Dayjs;
  name: string;
  kind: 'holiday' | 'working-day';
  note?: string;
}

/** The calendar working-day deadlines count with: public holidays, bridged days and Saturdays worked. */
export default function HolidaysPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, isLoading, error } = useHolidays(year);
  const [editing, setEditing] = useState<Holiday | 'new' | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const refresh = () => client.invalidateQueries({ queryKey: ['holidays'] });

  const open = (h: Holiday | 'new') => {
    setFormError(null);
    setEditing(h);
    form.setFieldsValue(
      h === 'new'
        ? { date: undefined, name: '', kind: 'holiday', note: '' }
        : { date: fromIsoDate(h.date), name: h.name, kind: h.kind, note: h.note ?? '' },
    );
  };
  const save = async () => {
    const v = await form.validateFields();
    const body = { date: toIsoDate(v.date)!, name: v.name, kind: v.kind, note: v.note || null };
    try {
      if (editing === 'new') await createHoliday({ ...body, version: 0 });
      else if (editing) await updateHoliday(editing.id, { ...body, version: editing.version });
      await refresh();
      setEditing(null);
      void message.success('Đã lưu ngày nghỉ.');
    } catch (failure) {
      setFormError(applyFieldErrors(form, failure));
    }
  };

  return (
    <>
      <PageHeader
        title="Ngày nghỉ lễ, Tết"
        extra={
          <>
            <Select
              aria-label="Năm"
              style={{ width: 120 }}
              value={year}
              onChange={setYear}
              options={[2024, 2025, 2026, 2027].map((y) => ({ value: y, label: `Năm ${y}` }))}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
              Thêm ngày
            </Button>
          </>
        }
      />
      <Card size="small">
        <Typography.Paragraph style={{ color: '#595959' }}>
          Hạn xử lý hồ sơ được tính theo ngày làm việc: trừ thứ Bảy, Chủ nhật và các ngày nghỉ dưới đây; cộng
          các ngày thứ Bảy làm bù. Danh sách 2024–2026 được nạp sẵn theo thông báo nghỉ lễ hằng năm; hãy đối
          chiếu và sửa khi có thông báo mới.
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={errorMessage(error)} />}
        <Table<Holiday>
          size="small"
          rowKey="id"
          loading={isLoading}
          pagination={false}
          dataSource={data?.items ?? []}
          locale={{
            emptyText: <span style={{ color: '#595959' }}>Chưa có ngày nghỉ nào cho năm {year}</span>,
          }}
          columns={[
            {
              title: 'Ngày',
              dataIndex: 'date',
              width: 170,
              render: (d: string) => `${weekday(d)}, ${formatDate(d)}`,
            },
            { title: 'Tên', dataIndex: 'name' },
            {
              title: 'Loại',
              dataIndex: 'kind',
              width: 140,
              render: (k: Holiday['kind']) =>
                k === 'holiday' ? (
                  <StatusTag tone="warning">Ngày nghỉ</StatusTag>
                ) : (
                  <StatusTag tone="info">Làm bù</StatusTag>
                ),
            },
            {
              title: 'Ghi chú',
              dataIndex: 'note',
              responsive: ['lg'],
              render: (n: string | null, h) =>
                [n, h.isDefault ? 'Mặc định nạp sẵn' : null].filter(Boolean).join(' · '),
            },
            {
              title: '',
              key: 'actions',
              width: 100,
              render: (_: unknown, h) => (
                <>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={`Sửa ${h.name} ${formatDate(h.date)}`}
                    onClick={() => open(h)}
                  />{' '}
                  <Popconfirm
                    title={`Xóa ngày ${formatDate(h.date)} khỏi lịch nghỉ?`}
                    okText="Xóa"
                    cancelText="Không"
                    onConfirm={() =>
                      deleteHoliday(h.id).then(refresh, (f) => void message.error(errorMessage(f)))
                    }
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`Xóa ${h.name} ${formatDate(h.date)}`}
                    />
                  </Popconfirm>
                </>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? 'Thêm ngày' : 'Sửa ngày'}
        okText="Lưu"
        cancelText="Hủy"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          <Form.Item name="date" label="Ngày" rules={[{ required: true, message: 'Chọn ngày' }]}>
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item
            name="name"
            label="Tên"
            rules={[{ required: true, whitespace: true, message: 'Nhập tên ngày nghỉ' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label="Loại">
            <Select
              options={[
                { value: 'holiday', label: 'Ngày nghỉ (lễ, Tết, nghỉ bù)' },
                { value: 'working-day', label: 'Ngày làm bù (thứ Bảy đi làm)' },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label="Ghi chú">
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
