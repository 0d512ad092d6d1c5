import { Drawer, Grid, Layout } from 'antd';
import { type ReactNode, useState } from 'react';
import { Outlet } from 'react-router';
import { HeaderBar } from './header-bar';
import type { MenuEntry } from './side-menu';
import { SideMenu } from './side-menu';

/**
 * Header, side menu (a drawer on small screens) and the page in <main>. `headerActions` (the
 * notification bell) comes from the app shell, so this feature imports no other feature.
 */
export default function AppLayout({
  menuItems,
  headerActions,
}: {
  menuItems: readonly MenuEntry[];
  headerActions?: ReactNode;
}) {
  const screens = Grid.useBreakpoint();
  const isWide = screens.lg ?? true;
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ borderBottom: '1px solid #e5e7eb', position: 'sticky', top: 0, zIndex: 10 }}>
        <HeaderBar onOpenMenu={isWide ? undefined : () => setDrawerOpen(true)} actions={headerActions} />
      </Layout.Header>
      <Layout>
        {isWide ? (
          <Layout.Sider width={244} style={{ borderInlineEnd: '1px solid #e5e7eb' }}>
            <SideMenu items={menuItems} />
          </Layout.Sider>
        ) : (
          <Drawer
            title="Danh mục chức năng"
            placement="left"
            size={284}
            open={isDrawerOpen}
            onClose={() => setDrawerOpen(false)}
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu items={menuItems} onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        {/* antd renders Content as <main>. */}
        <Layout.Content id="main" style={{ padding: isWide ? 16 : 8, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
