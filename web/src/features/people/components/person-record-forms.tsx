import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { DisciplineLevel, Rating } from '../../../../../src/shared/codes';
import { DISCIPLINE_LEVELS, RATINGS } from '../../../../../src/shared/codes';
import { applyFieldErrors } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { DISCIPLINE_LEVEL_LABELS, RATING_LABELS } from '../../../lib/options';
import { useCreateDiscipline, useUpsertRating } from '../hooks/use-people';

const ratingOptions = RATINGS.map((value) => ({ value, label: RATING_LABELS[value] }));
const levelOptions = DISCIPLINE_LEVELS.map((value) => ({ value, label: DISCIPLINE_LEVEL_LABELS[value] }));

/** Record (or correct) the yearly rating of one person. */
export function RatingFormModal({
  open,
  personId,
  onClose,
}: {
  open: boolean;
  personId: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ year: number; rating: Rating; decidedOn?: Dayjs }>();
  const [formError, setFormError] = useState<string | null>(null);
  const { message } = App.useApp();
  const mutation = useUpsertRating();
  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue({ year: new Date().getFullYear() - 1 });
  }, [open, form]);
  return (
    <Modal
      open={open}
      title="Ghi kết quả xếp loại"
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          mutation.mutate(
            {
              id: personId,
              body: { year: values.year, rating: values.rating, decidedOn: toIsoDate(values.decidedOn) },
            },
            {
              onSuccess: () => {
                message.success('Đã lưu kết quả xếp loại.');
                onClose();
              },
              onError: (error) => setFormError(applyFieldErrors(form, error)),
            },
          )
        }
      >
        <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Nhập năm' }]}>
          <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="Mức xếp loại"
          name="rating"
          rules={[{ required: true, message: 'Chọn mức độ hoàn thành nhiệm vụ' }]}
        >
          <Select options={ratingOptions} placeholder="Chọn mức xếp loại" />
        </Form.Item>
        <Form.Item label="Ngày quyết định" name="decidedOn">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface DisciplineValues {
  level: DisciplineLevel;
  from: Dayjs;
  to?: Dayjs;
  decisionNumber?: string;
  reason?: string;
}

/** Record a discipline decision (staff and administrators only). */
export function DisciplineFormModal({
  open,
  personId,
  onClose,
}: {
  open: boolean;
  personId: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<DisciplineValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const { message } = App.useApp();
  const mutation = useCreateDiscipline();
  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
  }, [open, form]);
  const submit = (values: DisciplineValues) =>
    mutation.mutate(
      {
        id: personId,
        body: {
          level: values.level,
          from: toIsoDate(values.from)!,
          to: toIsoDate(values.to),
          decisionNumber: values.decisionNumber?.trim() || undefined,
          reason: values.reason?.trim() || undefined,
        },
      },
      {
        onSuccess: () => {
          message.success('Đã ghi kỷ luật.');
          onClose();
        },
        onError: (error) => setFormError(applyFieldErrors(form, error)),
      },
    );
  return (
    <Modal
      open={open}
      title="Ghi kỷ luật"
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          label="Hình thức kỷ luật"
          name="level"
          rules={[{ required: true, message: 'Chọn hình thức kỷ luật' }]}
        >
          <Select options={levelOptions} placeholder="Chọn hình thức" />
        </Form.Item>
        <Form.Item label="Từ ngày" name="from" rules={[{ required: true, message: 'Chọn ngày bắt đầu' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item label="Đến ngày" name="to">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item label="Số quyết định" name="decisionNumber">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="Lý do" name="reason">
          <Input.TextArea maxLength={1000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
