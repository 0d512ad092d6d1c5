import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { UnitDetail } from '../../../../../src/shared/api/units';
import type { UnitKind } from '../../../../../src/shared/codes';
import { applyFieldErrors } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { unitKindOptions } from '../../../lib/options';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { useMergeUnits } from '../hooks/use-units';

interface Values {
  sourceUnitIds: string[];
  targetMode: 'existing' | 'new';
  targetUnitId?: string;
  newUnit?: { parentId: string; name: string; kind: UnitKind };
  effectiveOn: Dayjs;
  decisionNumber?: string;
  note?: string;
}

/** Merge units into an existing unit or into a new one; the sources keep their history. */
export function UnitMergeModal({
  open,
  initialSourceIds,
  onClose,
  onMerged,
}: {
  open: boolean;
  initialSourceIds?: string[];
  onClose: () => void;
  onMerged: (target: UnitDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const merge = useMergeUnits();
  const targetMode = Form.useWatch('targetMode', form);

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue({ targetMode: 'existing', sourceUnitIds: initialSourceIds ?? [] });
  }, [open, initialSourceIds, form]);

  const submit = (values: Values) => {
    setFormError(null);
    merge.mutate(
      {
        sourceUnitIds: values.sourceUnitIds,
        targetUnitId: values.targetMode === 'existing' ? values.targetUnitId : undefined,
        newUnit: values.targetMode === 'new' ? values.newUnit : undefined,
        effectiveOn: toIsoDate(values.effectiveOn)!,
        decisionNumber: values.decisionNumber?.trim() || undefined,
        note: values.note?.trim() || undefined,
      },
      {
        onSuccess: (target) => {
          message.success(`Đã sáp nhập vào “${target.name}”.`);
          onMerged(target);
        },
        onError: (error) => setFormError(applyFieldErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title="Sáp nhập đơn vị"
      okText="Sáp nhập"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={merge.isPending}
      width={640}
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          label="Các đơn vị được sáp nhập"
          name="sourceUnitIds"
          rules={[
            { required: true, type: 'array', min: 1, message: 'Chọn ít nhất một đơn vị được sáp nhập' },
          ]}
        >
          <UnitTreeSelect multiple placeholder="Chọn các đơn vị" />
        </Form.Item>
        <Form.Item label="Sáp nhập vào" name="targetMode">
          <Radio.Group
            options={[
              { value: 'existing', label: 'Đơn vị đã có' },
              { value: 'new', label: 'Đơn vị mới thành lập' },
            ]}
          />
        </Form.Item>
        {targetMode === 'new' ? (
          <>
            <Form.Item
              label="Đơn vị cấp trên của đơn vị mới"
              name={['newUnit', 'parentId']}
              rules={[{ required: true, message: 'Chọn đơn vị cấp trên' }]}
            >
              <UnitTreeSelect placeholder="Chọn đơn vị cấp trên" />
            </Form.Item>
            <Form.Item
              label="Tên đơn vị mới"
              name={['newUnit', 'name']}
              rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị mới' }]}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              label="Loại đơn vị mới"
              name={['newUnit', 'kind']}
              rules={[{ required: true, message: 'Chọn loại đơn vị' }]}
            >
              <Select options={unitKindOptions} placeholder="Chọn loại đơn vị" />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            label="Đơn vị tiếp nhận"
            name="targetUnitId"
            rules={[{ required: true, message: 'Chọn đơn vị tiếp nhận' }]}
          >
            <UnitTreeSelect placeholder="Chọn đơn vị tiếp nhận" />
          </Form.Item>
        )}
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
