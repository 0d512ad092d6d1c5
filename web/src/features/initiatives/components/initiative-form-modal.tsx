import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type {
  Initiative,
  InitiativeCreate,
  InitiativeScope,
} from '../../../../../src/shared/api/initiatives';
import { applyFieldErrors, isConflict } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, TIME_ZONE, toIsoDate } from '../../../lib/format';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { useCreateInitiative, useInitiativeDetail, useUpdateInitiative } from '../hooks/use-initiatives';
import { AuthorSelect } from './author-select';
import { scopeOptions } from './initiative-filters';

interface Values {
  title: string;
  unitId: string;
  scope: InitiativeScope;
  decisionNumber?: string;
  recognizedOn: Dayjs;
  summary?: string;
  authorIds: string[];
}

function toValues(initiative: Initiative): Values {
  return {
    title: initiative.title,
    unitId: initiative.unitId,
    scope: initiative.scope,
    decisionNumber: initiative.decisionNumber ?? undefined,
    recognizedOn: fromIsoDate(initiative.recognizedOn)!,
    summary: initiative.summary ?? undefined,
    authorIds: initiative.authors.map((a) => a.id),
  };
}

function toBody(values: Values): InitiativeCreate {
  return {
    title: values.title,
    unitId: values.unitId,
    scope: values.scope,
    decisionNumber: values.decisionNumber?.trim() || undefined,
    recognizedOn: toIsoDate(values.recognizedOn)!,
    summary: values.summary?.trim() || undefined,
    authorIds: values.authorIds,
  };
}

const isAfterToday = (day: Dayjs) => day.isAfter(dayjs().tz(TIME_ZONE), 'day');

/** Add an initiative, or edit one; a stale edit (409) shows who changed it and reloads the record. */
export function InitiativeFormModal({
  open,
  initiativeId,
  onClose,
  onSaved,
}: {
  open: boolean;
  initiativeId: string | null;
  onClose: () => void;
  onSaved: (initiative: Initiative) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const detail = useInitiativeDetail(open ? initiativeId : null);
  const create = useCreateInitiative();
  const update = useUpdateInitiative();
  const initiative = initiativeId ? detail.data : undefined;
  const authorOptions = useMemo(
    () => (initiative?.authors ?? []).map((a) => ({ value: a.id, label: a.fullName })),
    [initiative],
  );

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
  }, [open, form]);

  useEffect(() => {
    if (open && initiative) form.setFieldsValue(toValues(initiative));
  }, [open, initiative, form]);

  const submit = (values: Values) => {
    setFormError(null);
    const onSuccess = (saved: Initiative) => {
      message.success(initiativeId ? 'Đã lưu sáng kiến.' : 'Đã thêm sáng kiến.');
      onSaved(saved);
    };
    const onError = async (error: unknown) => {
      setFormError(applyFieldErrors(form, error));
      if (isConflict(error)) {
        const fresh = await detail.refetch();
        if (fresh.data) form.setFieldsValue(toValues(fresh.data));
      }
    };
    if (initiativeId) {
      if (!initiative) return;
      const body = toBody(values);
      update.mutate(
        {
          id: initiativeId,
          body: {
            ...body,
            decisionNumber: body.decisionNumber ?? null,
            summary: body.summary ?? null,
            version: initiative.version,
          },
        },
        { onSuccess, onError },
      );
    } else {
      create.mutate(toBody(values), { onSuccess, onError });
    }
  };

  return (
    <Modal
      open={open}
      title={initiativeId ? 'Sửa sáng kiến' : 'Thêm sáng kiến'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ disabled: Boolean(initiativeId) && !initiative }}
      width={720}
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          label="Tên sáng kiến"
          name="title"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên sáng kiến' }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Form.Item
          label="Tác giả"
          name="authorIds"
          rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một tác giả' }]}
        >
          <AuthorSelect initialOptions={authorOptions} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
              <UnitTreeSelect placeholder="Chọn đơn vị" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              label="Phạm vi ảnh hưởng"
              name="scope"
              rules={[{ required: true, message: 'Chọn phạm vi ảnh hưởng' }]}
            >
              <Select options={scopeOptions} placeholder="Chọn phạm vi" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item label="Số quyết định công nhận" name="decisionNumber">
              <Input maxLength={100} placeholder="Ví dụ: 105/QĐ-HĐSK" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              label="Ngày công nhận"
              name="recognizedOn"
              rules={[{ required: true, message: 'Chọn ngày công nhận' }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                style={{ width: '100%' }}
                placeholder="dd/mm/yyyy"
                disabledDate={isAfterToday}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Tóm tắt nội dung" name="summary">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
