import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { SignIn, SignInResult } from '../../../../../src/shared/api/auth';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useMe, useSetSession } from '../../../lib/session';
import { signIn, submitTwoFactorCode } from '../api/auth-api';
import { AuthCard } from './auth-card';

/** Only paths inside this app, never another host ('//evil' or 'https://…'). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

export default function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const setSession = useSetSession();
  const { data: me } = useMe();
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [formError, setFormError] = useState<string | null>(null);
  const [passwordForm] = Form.useForm<SignIn>();
  const [codeForm] = Form.useForm<{ code: string }>();

  const finish = (result: SignInResult) => {
    if (result.status === 'two-factor') {
      setStep('code');
      return;
    }
    setSession(result.me);
    navigate(result.me.mustChangePassword ? '/change-password' : next, { replace: true });
  };

  const passwordStep = useMutation({
    mutationFn: signIn,
    onMutate: () => setFormError(null),
    onSuccess: finish,
    onError: (error) => setFormError(applyFieldErrors(passwordForm, error)),
  });
  const codeStep = useMutation({
    mutationFn: (values: { code: string }) => submitTwoFactorCode(values.code.trim()),
    onMutate: () => setFormError(null),
    onSuccess: finish,
    onError: (error) => setFormError(applyFieldErrors(codeForm, error)),
  });

  if (me && step === 'password' && !passwordStep.isPending) return <Navigate to={next} replace />;

  return (
    <AuthCard title={step === 'password' ? 'Đăng nhập' : 'Xác thực hai lớp'}>
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      {step === 'password' ? (
        <Form form={passwordForm} layout="vertical" onFinish={(values) => passwordStep.mutate(values)}>
          <Form.Item
            label="Email"
            name="email"
            rules={[
              { required: true, message: 'Nhập email' },
              { type: 'email', message: 'Email không hợp lệ' },
            ]}
          >
            <Input autoComplete="username" inputMode="email" autoFocus />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={passwordStep.isPending}>
            Đăng nhập
          </Button>
        </Form>
      ) : (
        <Form form={codeForm} layout="vertical" onFinish={(values) => codeStep.mutate(values)}>
          <p>Mở ứng dụng xác thực trên điện thoại và nhập mã 6 chữ số (hoặc một mã dự phòng).</p>
          <Form.Item
            label="Mã xác thực"
            name="code"
            rules={[
              { required: true, message: 'Nhập mã xác thực' },
              { pattern: /^[0-9A-Za-z-]{6,20}$/, message: 'Mã xác thực gồm 6 chữ số (hoặc mã dự phòng)' },
            ]}
          >
            <Input autoComplete="one-time-code" inputMode="numeric" maxLength={20} autoFocus />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={codeStep.isPending}>
            Xác nhận
          </Button>
          <Button
            type="link"
            block
            style={{ marginTop: 8 }}
            onClick={() => {
              setStep('password');
              codeForm.resetFields();
            }}
          >
            Quay lại
          </Button>
        </Form>
      )}
    </AuthCard>
  );
}
