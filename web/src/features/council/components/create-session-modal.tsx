import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Table } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { applyFieldErrors } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { useCreateSession, useReadyDossiers } from '../hooks/use-council';

interface Values {
  title: string;
  heldOn: dayjs.Dayjs;
  place: string;
  year: number;
}

/** Plan a session: its date and place, and which dossiers (at the council step) it considers. */
export function CreateSessionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const ready = useReadyDossiers(open);
  const create = useCreateSession();
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const year = new Date().getFullYear();
  return (
    <Modal
      open={open}
      title="Tạo phiên họp Hội đồng"
      okText="Tạo phiên họp"
      cancelText="Hủy"
      width={820}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year, title: `Phiên họp xét khen thưởng năm ${year}` }}
        onFinish={async (values) => {
          setError(null);
          if (selected.length === 0) {
            setError('Chọn ít nhất một hồ sơ để Hội đồng xét.');
            return;
          }
          try {
            const { id } = await create.mutateAsync({
              title: values.title,
              heldOn: toIsoDate(values.heldOn)!,
              place: values.place,
              year: values.year,
              dossierIds: selected,
            });
            message.success('Đã tạo phiên họp.');
            onClose();
            navigate(`/council/sessions/${id}`);
          } catch (e) {
            setError(applyFieldErrors(form, e, ['title', 'heldOn', 'place', 'year']));
          }
        }}
      >
        <Form.Item
          name="title"
          label="Tên phiên họp"
          rules={[{ required: true, message: 'Nhập tên phiên họp' }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="heldOn" label="Ngày họp" rules={[{ required: true, message: 'Chọn ngày họp' }]}>
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item
            name="year"
            label="Năm xét khen thưởng"
            rules={[{ required: true, message: 'Nhập năm' }]}
          >
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item
            name="place"
            label="Địa điểm"
            rules={[{ required: true, message: 'Nhập địa điểm' }]}
            style={{ flex: '1 1 240px' }}
          >
            <Input maxLength={300} placeholder="Ví dụ: Hội trường UBND thành phố" />
          </Form.Item>
        </div>
      </Form>
      <h2 style={{ fontSize: 15 }}>Hồ sơ trình Hội đồng ({selected.length} đã chọn)</h2>
      <Table
        rowKey="dossierId"
        size="small"
        loading={ready.isLoading}
        dataSource={ready.data?.items ?? []}
        pagination={false}
        scroll={{ y: 280 }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        locale={{ emptyText: 'Không có hồ sơ nào đang chờ Hội đồng xét.' }}
        columns={[
          { title: 'Hồ sơ', dataIndex: 'title' },
          { title: 'Đơn vị đề nghị', dataIndex: 'unitName' },
          { title: 'Hình thức', dataIndex: 'awardName' },
          { title: 'Số người', dataIndex: 'nomineeCount', width: 90 },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
