import { Alert, App, Checkbox, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { Account } from '../../../../../src/shared/api/accounts';
import type { Role } from '../../../../../src/shared/codes';
import { applyFieldErrors } from '../../../lib/form-errors';
import { roleOptions } from '../../../lib/options';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import type { IssuedPassword } from '../api/accounts-api';
import { useCreateAccount, useUpdateAccount } from '../hooks/use-accounts';

interface Values {
  name: string;
  email: string;
  unitId: string;
  roles: Role[];
}

/** Create an account (the server issues a one-time password) or edit name, unit and roles. */
export function AccountFormModal({
  open,
  account,
  onClose,
  onIssued,
}: {
  open: boolean;
  account: Account | null;
  onClose: () => void;
  onIssued: (issued: IssuedPassword) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateAccount();
  const update = useUpdateAccount();

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    if (account) {
      form.setFieldsValue({
        name: account.name,
        email: account.email,
        unitId: account.unitId ?? undefined,
        roles: account.roles,
      });
    }
  }, [open, account, form]);

  const onError = (error: unknown) => setFormError(applyFieldErrors(form, error));
  const submit = (values: Values) => {
    setFormError(null);
    if (account) {
      update.mutate(
        { id: account.id, body: { name: values.name, unitId: values.unitId, roles: values.roles } },
        {
          onSuccess: () => {
            message.success('Đã lưu tài khoản.');
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(values, { onSuccess: onIssued, onError });
    }
  };

  return (
    <Modal
      open={open}
      title={account ? 'Sửa tài khoản' : 'Tạo tài khoản'}
      okText={account ? 'Lưu' : 'Tạo và cấp mật khẩu'}
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      width={640}
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          label="Họ và tên"
          name="name"
          rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="Email"
          name="email"
          rules={[
            { required: true, message: 'Nhập email' },
            { type: 'email', message: 'Email không hợp lệ' },
          ]}
        >
          <Input disabled={Boolean(account)} inputMode="email" autoComplete="off" maxLength={254} />
        </Form.Item>
        <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
          <UnitTreeSelect placeholder="Chọn đơn vị" />
        </Form.Item>
        <Form.Item
          label="Vai trò"
          name="roles"
          rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một vai trò' }]}
        >
          <Checkbox.Group options={roleOptions} style={{ display: 'grid', gap: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
