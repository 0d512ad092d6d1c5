import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
}

/** The most specific entry whose path starts the current location is the selected one. */
function selectedKey(pathname: string, items: readonly MenuEntry[]): string {
  const matches = items
    .filter((item) => (item.path === '/' ? pathname === '/' : pathname.startsWith(item.path)))
    .sort((a, b) => b.path.length - a.path.length);
  return matches[0]?.path ?? '';
}

export function SideMenu({ items, onNavigate }: { items: readonly MenuEntry[]; onNavigate?: () => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <nav aria-label="Điều hướng chính">
      <Menu
        mode="inline"
        selectedKeys={[selectedKey(location.pathname, items)]}
        style={{ borderInlineEnd: 'none' }}
        items={items.map((item) => ({ key: item.path, icon: item.icon, label: item.label }))}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}
