import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The public pages' frame: no menu, no sign-in; a link for staff to sign in. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header
        style={{
          background: '#a8071a',
          color: '#fff',
          padding: '12px 24px',
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          flexWrap: 'wrap',
          gap: 8,
        }}
      >
        <Link to="/cong-khai" style={{ color: '#fff', fontWeight: 600, fontSize: 16 }}>
          Công khai danh sách đề nghị khen thưởng
        </Link>
        <Link to="/sign-in" style={{ color: '#fff' }}>
          Cán bộ đăng nhập
        </Link>
      </header>
      <main style={{ maxWidth: 1100, margin: '0 auto', padding: '24px 16px' }}>{children}</main>
    </div>
  );
}
