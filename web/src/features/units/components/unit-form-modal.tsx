import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { Unit } from '../../../../../src/shared/api/units';
import type { UnitKind } from '../../../../../src/shared/codes';
import { applyFieldErrors, isConflict } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { unitKindOptions } from '../../../lib/options';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { useCreateUnit, useUnitDetail, useUpdateUnit } from '../hooks/use-units';

export type UnitFormTarget = { mode: 'create'; parentId?: string } | { mode: 'edit'; unitId: string };

interface Values {
  parentId?: string;
  name: string;
  shortName?: string;
  code?: string;
  kind: UnitKind;
  validFrom?: Dayjs;
}

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** Create a unit under a parent, or edit one (optimistic concurrency: a stale edit reloads the record). */
export function UnitFormModal({ target, onClose }: { target: UnitFormTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const editId = target?.mode === 'edit' ? target.unitId : null;
  const detail = useUnitDetail(editId);
  const create = useCreateUnit();
  const update = useUpdateUnit();

  useEffect(() => {
    if (!target) return;
    setFormError(null);
    form.resetFields();
    if (target.mode === 'create') form.setFieldsValue({ parentId: target.parentId });
  }, [target, form]);

  useEffect(() => {
    const unit = detail.data;
    if (target?.mode !== 'edit' || !unit) return;
    form.setFieldsValue({
      name: unit.name,
      shortName: unit.shortName ?? undefined,
      code: unit.code ?? undefined,
      kind: unit.kind,
    });
  }, [detail.data, target, form]);

  const onError = async (error: unknown) => {
    setFormError(applyFieldErrors(form, error));
    if (isConflict(error)) await detail.refetch();
  };

  const submit = (values: Values) => {
    setFormError(null);
    const done = (unit: Unit) => {
      message.success(
        target?.mode === 'edit' ? `Đã lưu đơn vị “${unit.name}”.` : `Đã thêm đơn vị “${unit.name}”.`,
      );
      onClose();
    };
    if (target?.mode === 'edit') {
      if (!detail.data) return;
      update.mutate(
        {
          id: target.unitId,
          body: {
            version: detail.data.version,
            name: values.name,
            shortName: blankToNull(values.shortName),
            code: blankToNull(values.code),
            kind: values.kind,
          },
        },
        { onSuccess: done, onError },
      );
    } else {
      create.mutate(
        {
          parentId: values.parentId!,
          name: values.name,
          shortName: values.shortName?.trim() || undefined,
          code: values.code?.trim() || undefined,
          kind: values.kind,
          validFrom: toIsoDate(values.validFrom),
        },
        { onSuccess: done, onError },
      );
    }
  };

  const isEdit = target?.mode === 'edit';
  return (
    <Modal
      open={Boolean(target)}
      title={isEdit ? 'Sửa đơn vị' : 'Thêm đơn vị'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ disabled: isEdit && !detail.data }}
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        {!isEdit && (
          <Form.Item
            label="Đơn vị cấp trên"
            name="parentId"
            rules={[{ required: true, message: 'Chọn đơn vị cấp trên' }]}
          >
            <UnitTreeSelect placeholder="Chọn đơn vị cấp trên" />
          </Form.Item>
        )}
        <Form.Item
          label="Tên đơn vị"
          name="name"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị' }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label="Tên viết tắt" name="shortName">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="Mã đơn vị" name="code">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="Loại đơn vị" name="kind" rules={[{ required: true, message: 'Chọn loại đơn vị' }]}>
          <Select options={unitKindOptions} placeholder="Chọn loại đơn vị" />
        </Form.Item>
        {!isEdit && (
          <Form.Item label="Hiệu lực từ ngày" name="validFrom">
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
