import './side-menu.css';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
}

/**
 * The menu's sections, by page path (the routes table stays flat). A path not listed here falls in
 * "Chức năng khác" so a new page is never lost from the menu; "/" and "/my-account" stand alone.
 */
export const MENU_GROUPS: readonly { title: string; paths: readonly string[] }[] = [
  { title: 'Phong trào thi đua', paths: ['/movements', '/blocks'] },
  {
    title: 'Khen thưởng',
    paths: [
      '/dossiers',
      '/dossiers/overdue',
      '/dossiers/dashboard',
      '/suggestions',
      '/council',
      '/public-notices',
      '/decisions',
      '/registry',
      '/certificates',
    ],
  },
  { title: 'Danh mục', paths: ['/units', '/people', '/initiatives'] },
  {
    title: 'Hệ thống',
    paths: ['/document-templates', '/law', '/holidays', '/accounts', '/settings/security', '/audit'],
  },
];
const TOP = ['/'];
const BOTTOM = ['/my-account'];
const OTHER = 'Chức năng khác';

type Item = NonNullable<MenuProps['items']>[number];

/** Sections in a fixed order, each entry in the order of its group's list; empty sections are left out. */
export function groupMenu(items: readonly MenuEntry[]): Item[] {
  const toItem = (entry: MenuEntry): Item => ({ key: entry.path, icon: entry.icon, label: entry.label });
  const byPath = new Map(items.map((entry) => [entry.path, entry]));
  const known = new Set([...TOP, ...BOTTOM, ...MENU_GROUPS.flatMap((g) => g.paths)]);
  const pick = (paths: readonly string[]) =>
    paths.flatMap((path) => {
      const entry = byPath.get(path);
      return entry ? [toItem(entry)] : [];
    });
  const sections: { title: string; children: Item[] }[] = MENU_GROUPS.map((group) => ({
    title: group.title,
    children: pick(group.paths),
  }));
  const others = items.filter((entry) => !known.has(entry.path)).map(toItem);
  sections.splice(sections.length - 1, 0, { title: OTHER, children: others });
  const bottom = pick(BOTTOM);
  return [
    ...pick(TOP),
    ...sections
      .filter((section) => section.children.length > 0)
      .map(
        (section): Item => ({
          type: 'group',
          key: `group:${section.title}`,
          label: section.title,
          children: section.children,
        }),
      ),
    ...(bottom.length > 0 ? [{ type: 'divider' as const, key: 'divider:bottom' }, ...bottom] : []),
  ];
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
        className="tdkt-side-menu"
        selectedKeys={[selectedKey(location.pathname, items)]}
        style={{ borderInlineEnd: 'none' }}
        items={groupMenu(items)}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}
