import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import type { RegistryEntry } from '../../../../../src/shared/api/registry';
import { applyFieldErrors } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../lib/format';
import { useRevokeGrant } from '../hooks/use-registry';

interface Values {
  reason: string;
  revokedOn: dayjs.Dayjs;
  documentNumber?: string;
}

/** Revocation (Law Art 93): a written reason and the date; the award stays in the registry, marked. */
export function RevokeModal({ entry, onClose }: { entry: RegistryEntry | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const revoke = useRevokeGrant();

  const submit = async () => {
    if (!entry) return;
    const values = await form.validateFields();
    setError(null);
    try {
      await revoke.mutateAsync({
        id: entry.id,
        body: {
          version: entry.version,
          reason: values.reason,
          revokedOn: toIsoDate(values.revokedOn)!,
          ...(values.documentNumber?.trim() ? { documentNumber: values.documentNumber.trim() } : {}),
        },
      });
      form.resetFields();
      onClose();
    } catch (e) {
      setError(applyFieldErrors(form, e));
    }
  };

  return (
    <Modal
      open={Boolean(entry)}
      title="Thu hồi khen thưởng"
      okText="Thu hồi"
      okButtonProps={{ danger: true, loading: revoke.isPending }}
      cancelText="Hủy"
      onOk={submit}
      onCancel={() => {
        form.resetFields();
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      {entry && (
        <Typography.Paragraph>
          Thu hồi <b>{entry.awardName}</b> năm {entry.year} của <b>{entry.recipientName}</b>
          {entry.decisionNumber
            ? ` (Quyết định số ${entry.decisionNumber}, ngày ${formatDate(entry.decisionDate)})`
            : ''}
          . Khen thưởng vẫn được giữ trong sổ, được đánh dấu “Đã thu hồi” và không còn được tính khi xét khen
          thưởng (Luật Thi đua, khen thưởng 2022, Điều 93).
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label="Lý do thu hồi"
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do thu hồi' }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder="Ví dụ: Khai man thành tích để được khen thưởng"
          />
        </Form.Item>
        <Form.Item
          name="revokedOn"
          label="Ngày thu hồi"
          rules={[{ required: true, message: 'Chọn ngày thu hồi' }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item name="documentNumber" label="Số quyết định thu hồi (nếu có)">
          <Input maxLength={100} placeholder="Ví dụ: 45/QĐ-UBND" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
