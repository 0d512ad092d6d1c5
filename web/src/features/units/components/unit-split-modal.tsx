import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { Unit } from '../../../../../src/shared/api/units';
import type { UnitKind } from '../../../../../src/shared/codes';
import { applyFieldErrors } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { unitKindOptions } from '../../../lib/options';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { useSplitUnit } from '../hooks/use-units';

interface Values {
  sourceUnitId: string;
  targets: { name: string; kind: UnitKind }[];
  effectiveOn: Dayjs;
  decisionNumber?: string;
  note?: string;
}

/** Split one unit into two or more new units. */
export function UnitSplitModal({
  open,
  initialSourceId,
  onClose,
  onSplit,
}: {
  open: boolean;
  initialSourceId?: string;
  onClose: () => void;
  onSplit: (units: Unit[]) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const split = useSplitUnit();

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue({ sourceUnitId: initialSourceId, targets: [{}, {}] as Values['targets'] });
  }, [open, initialSourceId, form]);

  const submit = (values: Values) => {
    setFormError(null);
    split.mutate(
      {
        sourceUnitId: values.sourceUnitId,
        targets: values.targets,
        effectiveOn: toIsoDate(values.effectiveOn)!,
        decisionNumber: values.decisionNumber?.trim() || undefined,
        note: values.note?.trim() || undefined,
      },
      {
        onSuccess: (result) => {
          message.success(`Đã chia tách thành ${result.items.length} đơn vị mới.`);
          onSplit(result.items);
        },
        onError: (error) => setFormError(applyFieldErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title="Chia tách đơn vị"
      okText="Chia tách"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={split.isPending}
      width={640}
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          label="Đơn vị được chia tách"
          name="sourceUnitId"
          rules={[{ required: true, message: 'Chọn đơn vị' }]}
        >
          <UnitTreeSelect placeholder="Chọn đơn vị" />
        </Form.Item>
        <Form.List
          name="targets"
          rules={[
            {
              validator: (_rule, value: unknown[]) =>
                value && value.length >= 2
                  ? Promise.resolve()
                  : Promise.reject(new Error('Chia tách cần ít nhất hai đơn vị mới')),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 14, marginBottom: 8 }}>Các đơn vị mới</legend>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item
                    label={`Tên đơn vị mới ${index + 1}`}
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị' }]}
                    style={{ flex: '2 1 220px' }}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                  <Form.Item
                    label={`Loại đơn vị ${index + 1}`}
                    name={[field.name, 'kind']}
                    rules={[{ required: true, message: 'Chọn loại' }]}
                    style={{ flex: '1 1 160px' }}
                  >
                    <Select options={unitKindOptions} placeholder="Chọn loại" />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={`Bỏ đơn vị mới ${index + 1}`}
                    disabled={fields.length <= 2}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined />}
                onClick={() => add()}
                disabled={fields.length >= 20}
                style={{ marginBottom: 16 }}
              >
                Thêm một đơn vị mới
              </Button>
            </fieldset>
          )}
        </Form.List>
        <Form.Item
          label="Ngày có hiệu lực"
          name="effectiveOn"
          rules={[{ required: true, message: 'Chọn ngày có hiệu lực' }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item label="Số quyết định" name="decisionNumber">
          <Input maxLength={100} placeholder="Ví dụ: 1234/QĐ-UBND" />
        </Form.Item>
        <Form.Item label="Ghi chú" name="note">
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
