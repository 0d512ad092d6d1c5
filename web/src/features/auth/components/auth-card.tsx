import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The centred card of the pages shown without the menu (sign-in, forced password change). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Text strong style={{ color: '#a3161c', fontSize: 16 }}>
          TĐKT — Quản lý thi đua, khen thưởng
        </Typography.Text>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 8 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </main>
  );
}
