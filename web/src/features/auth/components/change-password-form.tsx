import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { ChangePassword } from '../../../../../src/shared/api/auth';
import { applyFieldErrors } from '../../../lib/form-errors';
import { meQueryKey } from '../../../lib/session';
import { changePassword } from '../api/auth-api';

interface Values extends ChangePassword {
  confirmPassword: string;
}

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const client = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) =>
      changePassword({ currentPassword, newPassword }),
    onMutate: () => setFormError(null),
    onSuccess: async () => {
      form.resetFields();
      message.success('Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.');
      await client.invalidateQueries({ queryKey: meQueryKey });
      onDone?.();
    },
    onError: (error) => setFormError(applyFieldErrors(form, error)),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => mutation.mutate(values)}
      style={{ maxWidth: 420 }}
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form.Item
        label="Mật khẩu hiện tại"
        name="currentPassword"
        rules={[{ required: true, message: 'Nhập mật khẩu hiện tại' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="Mật khẩu mới"
        name="newPassword"
        extra="Nên dùng một cụm từ dài, dễ nhớ; không dùng lại mật khẩu cũ."
        rules={[{ required: true, message: 'Nhập mật khẩu mới' }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="Nhập lại mật khẩu mới"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: 'Nhập lại mật khẩu mới' },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error('Hai mật khẩu mới không giống nhau')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        Đổi mật khẩu
      </Button>
    </Form>
  );
}
