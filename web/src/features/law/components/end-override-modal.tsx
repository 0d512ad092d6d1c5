import { Alert, App, DatePicker, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { LAW_OVERRIDE_KIND_LABELS, type LawOverrideItem } from '../../../../../src/shared/api/law';
import { applyFieldErrors } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useEndOverride } from '../hooks/use-law';

/** End an override on a date; it stays in the history (overrides are never deleted). */
export function EndOverrideModal({
  override,
  onClose,
}: {
  override: LawOverrideItem | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ effectiveTo?: Dayjs }>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const end = useEndOverride();
  const from = fromIsoDate(override?.effectiveFrom);

  useEffect(() => {
    if (!override) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue({ effectiveTo: fromIsoDate(override.effectiveTo) });
  }, [override, form]);

  const submit = ({ effectiveTo }: { effectiveTo?: Dayjs }) => {
    if (!override || !effectiveTo) return;
    setFormError(null);
    end.mutate(
      { id: override.id, effectiveTo: toIsoDate(effectiveTo)! },
      {
        onSuccess: () => {
          message.success('Đã kết thúc hiệu lực điều chỉnh.');
          onClose();
        },
        onError: (error) => setFormError(applyFieldErrors(form, error, ['effectiveTo'])),
      },
    );
  };

  return (
    <Modal
      open={Boolean(override)}
      title="Kết thúc hiệu lực điều chỉnh"
      okText="Kết thúc hiệu lực"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={end.isPending}
    >
      {override && (
        <Typography.Paragraph>
          {LAW_OVERRIDE_KIND_LABELS[override.kind]}: <Typography.Text code>{override.target}</Typography.Text>
          , có hiệu lực từ {formatDate(override.effectiveFrom)}. Điều chỉnh vẫn được lưu trong lịch sử.
        </Typography.Paragraph>
      )}
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit} name="law-override-end">
        <Form.Item
          label="Có hiệu lực đến hết ngày"
          name="effectiveTo"
          rules={[{ required: true, message: 'Chọn ngày kết thúc hiệu lực' }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            style={{ width: '100%' }}
            disabledDate={(day) => Boolean(from) && day.isBefore(from, 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
