import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { usePageTitle } from '../lib/page-title';
import type { Permission } from '../lib/permissions';
import { can } from '../lib/permissions';
import { useMe } from '../lib/session';

export function PageLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Spin size="large" description="Đang tải…" />
    </div>
  );
}

/** Signed-in area: sends strangers to sign-in and accounts with a temporary password to change it. */
export function RequireSession() {
  const location = useLocation();
  const { data: me, isLoading, isError, refetch } = useMe();
  if (isLoading) return <PageLoading />;
  if (isError) {
    return (
      <main>
        <Result
          status="warning"
          title="Không kết nối được máy chủ"
          extra={
            <Button type="primary" onClick={() => void refetch()}>
              Thử lại
            </Button>
          }
        />
      </main>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  if (
    me.twoFactorRequired &&
    !me.twoFactorEnabled &&
    !['/my-account', '/change-password'].includes(location.pathname)
  ) {
    return <Navigate to="/my-account?setup=two-factor" replace />;
  }
  return <Outlet />;
}

export function NoAccess() {
  return (
    <Result
      status="403"
      title="Không có quyền truy cập"
      subTitle="Tài khoản của bạn không được dùng trang này. Nếu cần, hãy liên hệ quản trị hệ thống."
      extra={<Link to="/">Về trang tổng quan</Link>}
    />
  );
}

export function NotFound() {
  usePageTitle('Không tìm thấy trang');
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      subTitle="Địa chỉ này không tồn tại."
      extra={<Link to="/">Về trang tổng quan</Link>}
    />
  );
}

/** Sets the title, checks the role, and shows a spinner while the page's code loads. */
export function RoutePage({
  title,
  permission,
  children,
}: {
  title: string;
  permission?: Permission;
  children: ReactNode;
}) {
  usePageTitle(title);
  const { data: me } = useMe();
  if (permission && (!me || !can(me.roles, permission))) return <NoAccess />;
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}
