import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/form-errors';
import { useCurrentUser, useSetSession } from '../../../lib/session';
import { signOut } from '../api/sign-out';

export function HeaderBar({ onOpenMenu, actions }: { onOpenMenu?: () => void; actions?: ReactNode }) {
  const me = useCurrentUser();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const mutation = useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      setSession(null);
      navigate('/sign-in', { replace: true });
    },
    onError: (error) => message.error(errorMessage(error)),
  });
  return (
    <Flex align="center" justify="space-between" gap={8} style={{ height: '100%' }}>
      <Flex align="center" gap={8} style={{ minWidth: 0 }}>
        {onOpenMenu && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label="Mở danh mục chức năng"
            onClick={onOpenMenu}
          />
        )}
        <Link
          to="/"
          aria-label="TĐKT — về trang tổng quan"
          style={{ fontWeight: 700, fontSize: 18, color: '#a3161c' }}
        >
          TĐKT
        </Link>
        {screens.md && (
          <Typography.Text type="secondary" ellipsis>
            Quản lý thi đua, khen thưởng
          </Typography.Text>
        )}
      </Flex>
      <Flex align="center" gap={8} style={{ minWidth: 0 }}>
        {actions}
        <Link to="/my-account" aria-label={`Tài khoản của tôi: ${me.name}`} style={{ minWidth: 0 }}>
          <Flex vertical style={{ lineHeight: 1.25, textAlign: 'right', minWidth: 0 }}>
            <Typography.Text strong ellipsis style={{ maxWidth: screens.sm ? 260 : 120 }}>
              <UserOutlined aria-hidden /> {me.name}
            </Typography.Text>
            {screens.sm && me.unit && (
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 260 }}>
                {me.unit.name}
              </Typography.Text>
            )}
          </Flex>
        </Link>
        <Button
          icon={<LogoutOutlined />}
          loading={mutation.isPending}
          onClick={() => mutation.mutate()}
          aria-label="Đăng xuất"
        >
          {screens.sm ? 'Đăng xuất' : null}
        </Button>
      </Flex>
    </Flex>
  );
}
