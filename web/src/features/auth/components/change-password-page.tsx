import { useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser, useSetSession } from '../../../lib/session';
import { signOut } from '../api/auth-api';
import { AuthCard } from './auth-card';
import { ChangePasswordForm } from './change-password-form';

/** Shown before anything else while the account still uses an issued password. */
export default function ChangePasswordPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const signOutMutation = useMutation({
    mutationFn: signOut,
    onSettled: () => {
      setSession(null);
      navigate('/sign-in', { replace: true });
    },
  });
  return (
    <AuthCard title="Đổi mật khẩu">
      {me.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Bạn đang dùng mật khẩu được cấp. Hãy đặt mật khẩu mới trước khi tiếp tục."
        />
      )}
      <ChangePasswordForm onDone={() => navigate('/', { replace: true })} />
      <Button type="link" style={{ marginTop: 8, paddingInline: 0 }} onClick={() => signOutMutation.mutate()}>
        Đăng xuất
      </Button>
    </AuthCard>
  );
}
