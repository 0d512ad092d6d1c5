import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { PersonCreate, PersonDetail } from '../../../../../src/shared/api/people';
import type { Sex, StaffType } from '../../../../../src/shared/codes';
import { applyFieldErrors, isConflict } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { ethnicityOptions, sexOptions, staffTypeOptions } from '../../../lib/options';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { useCreatePerson, usePersonDetail, useUpdatePerson } from '../hooks/use-people';

interface Values {
  unitId: string;
  fullName: string;
  sex: Sex;
  birthDate?: Dayjs;
  ethnicityCode?: string;
  nationalId?: string;
  position?: string;
  staffType: StaffType;
  recruitedOn?: Dayjs;
}

function toValues(person: PersonDetail): Partial<Values> {
  return {
    unitId: person.unitId,
    fullName: person.fullName,
    sex: person.sex,
    birthDate: fromIsoDate(person.birthDate),
    ethnicityCode: person.ethnicityCode ?? undefined,
    nationalId: person.nationalId ?? undefined,
    position: person.position ?? undefined,
    staffType: person.staffType,
    recruitedOn: fromIsoDate(person.recruitedOn),
  };
}

function toBody(values: Values, includeSensitive: boolean): PersonCreate {
  return {
    unitId: values.unitId,
    fullName: values.fullName,
    sex: values.sex,
    staffType: values.staffType,
    birthDate: toIsoDate(values.birthDate),
    position: values.position?.trim() || undefined,
    recruitedOn: toIsoDate(values.recruitedOn),
    ...(includeSensitive && {
      ethnicityCode: values.ethnicityCode || undefined,
      nationalId: values.nationalId?.trim() || undefined,
    }),
  };
}

/** Add a person, or edit one; a stale edit (409) shows who changed it and reloads the record. */
export function PersonFormModal({
  open,
  personId,
  onClose,
  onSaved,
}: {
  open: boolean;
  personId: string | null;
  onClose: () => void;
  onSaved: (person: PersonDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const detail = usePersonDetail(open ? personId : null);
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const person = personId ? detail.data : undefined;
  // Without the right to read sensitive fields the user cannot see them, so must not overwrite them.
  const isMasked = Boolean(person?.sensitiveMasked);

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
  }, [open, form]);

  useEffect(() => {
    if (open && person) form.setFieldsValue(toValues(person));
  }, [open, person, form]);

  const submit = (values: Values) => {
    setFormError(null);
    const onSuccess = (saved: PersonDetail) => {
      message.success(personId ? 'Đã lưu thông tin cán bộ.' : `Đã thêm cán bộ “${saved.fullName}”.`);
      onSaved(saved);
    };
    const onError = async (error: unknown) => {
      setFormError(applyFieldErrors(form, error));
      if (isConflict(error)) {
        const fresh = await detail.refetch();
        if (fresh.data) form.setFieldsValue(toValues(fresh.data));
      }
    };
    if (personId) {
      if (!person) return;
      update.mutate(
        { id: personId, body: { ...toBody(values, !isMasked), version: person.version } },
        { onSuccess, onError },
      );
    } else {
      create.mutate(toBody(values, true), { onSuccess, onError });
    }
  };

  const datePicker = <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />;
  return (
    <Modal
      open={open}
      title={personId ? 'Sửa thông tin cán bộ' : 'Thêm cán bộ'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ disabled: Boolean(personId) && !person }}
      width={720}
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item
              label="Họ và tên"
              name="fullName"
              rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label="Giới tính" name="sex" rules={[{ required: true, message: 'Chọn giới tính' }]}>
              <Select options={sexOptions} placeholder="Chọn" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Ngày sinh" name="birthDate">
              {datePicker}
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
              <UnitTreeSelect placeholder="Chọn đơn vị" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item label="Chức vụ" name="position">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              label="Loại cán bộ"
              name="staffType"
              rules={[{ required: true, message: 'Chọn loại cán bộ' }]}
            >
              <Select options={staffTypeOptions} placeholder="Chọn loại cán bộ" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item label="Ngày tuyển dụng" name="recruitedOn">
              {datePicker}
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item label="Dân tộc" name="ethnicityCode">
              <Select
                options={ethnicityOptions}
                showSearch={{ optionFilterProp: 'label' }}
                allowClear
                disabled={isMasked}
                placeholder={isMasked ? 'Đã ẩn' : 'Chọn dân tộc'}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              label="Số định danh cá nhân"
              name="nationalId"
              rules={[{ pattern: /^\d{12}$/, message: 'Số định danh cá nhân gồm 12 chữ số' }]}
            >
              <Input
                inputMode="numeric"
                maxLength={12}
                disabled={isMasked}
                placeholder={isMasked ? 'Đã ẩn' : undefined}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
