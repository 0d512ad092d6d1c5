import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  BulbOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileWordOutlined,
  FlagOutlined,
  LineChartOutlined,
  NotificationOutlined,
  PrinterOutlined,
  ReadOutlined,
  SafetyOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import type { Permission } from '../lib/permissions';

type PageModule = Promise<{ default: ComponentType }>;

/** One row per page: where it lives, what it is called, who may open it, and its menu entry. */
export interface AppRoute {
  path: string;
  title: string;
  /** `public`: no sign-in; `bare`: signed in, without the menu; `app`: inside the main layout. */
  area: 'public' | 'bare' | 'app';
  /** Missing: any signed-in user. */
  permission?: Permission;
  menu?: { label: string; icon: ReactNode };
  load: () => PageModule;
}

export const ROUTES: readonly AppRoute[] = [
  {
    path: '/sign-in',
    title: 'Đăng nhập',
    area: 'public',
    load: () => import('../features/auth/components/sign-in-page'),
  },
  {
    // Public notice of proposed awardees: no sign-in, outside the signed-in layout.
    path: '/cong-khai',
    title: 'Công khai danh sách đề nghị khen thưởng',
    area: 'public',
    load: () => import('../features/public-notice/components/public-notices-page'),
  },
  {
    path: '/cong-khai/:id',
    title: 'Công khai danh sách đề nghị khen thưởng',
    area: 'public',
    load: () => import('../features/public-notice/components/public-notice-page'),
  },
  {
    // Behind a certificate's QR code: anyone, no sign-in.
    path: '/verify/:code',
    title: 'Kiểm tra giấy chứng nhận',
    area: 'public',
    load: () => import('../features/documents/components/verify-page'),
  },
  {
    path: '/change-password',
    title: 'Đổi mật khẩu',
    area: 'bare',
    load: () => import('../features/auth/components/change-password-page'),
  },
  {
    path: '/',
    title: 'Tổng quan',
    area: 'app',
    menu: { label: 'Tổng quan', icon: <DashboardOutlined /> },
    load: () => import('../features/dashboard/components/dashboard-page'),
  },
  {
    path: '/units',
    title: 'Đơn vị',
    area: 'app',
    permission: 'unit.read',
    menu: { label: 'Đơn vị', icon: <ApartmentOutlined /> },
    load: () => import('../features/units/components/units-page'),
  },
  {
    path: '/people',
    title: 'Cán bộ',
    area: 'app',
    permission: 'person.read',
    menu: { label: 'Cán bộ', icon: <TeamOutlined /> },
    load: () => import('../features/people/components/people-page'),
  },
  {
    path: '/movements',
    title: 'Phong trào thi đua',
    area: 'app',
    permission: 'movement.read',
    menu: { label: 'Phong trào thi đua', icon: <FlagOutlined /> },
    load: () => import('../features/movements/components/movements-page'),
  },
  {
    // The detail page of one movement (no menu entry of its own; notifications link here).
    path: '/movements/:id',
    title: 'Phong trào thi đua',
    area: 'app',
    permission: 'movement.read',
    load: () => import('../features/movements/components/movement-detail-page'),
  },
  {
    // Pledges of one movement (reached from the movement's detail page; no menu entry).
    path: '/movements/:id/pledges',
    title: 'Đăng ký thi đua',
    area: 'app',
    permission: 'pledge.read',
    load: () => import('../features/pledges/components/pledges-page'),
  },
  {
    // Targets (chỉ tiêu) of one movement and their dashboards (reached from the movement's detail page).
    path: '/movements/:id/targets',
    title: 'Chỉ tiêu thi đua',
    area: 'app',
    permission: 'movement.read',
    load: () => import('../features/targets/components/targets-page'),
  },
  {
    path: '/dossiers',
    title: 'Hồ sơ khen thưởng',
    area: 'app',
    permission: 'dossier.read',
    menu: { label: 'Hồ sơ khen thưởng', icon: <FileDoneOutlined /> },
    load: () => import('../features/dossiers/components/dossiers-page'),
  },
  {
    path: '/dossiers/overdue',
    title: 'Hồ sơ quá hạn',
    area: 'app',
    permission: 'dossier.read',
    menu: { label: 'Hồ sơ quá hạn', icon: <ClockCircleOutlined /> },
    load: () => import('../features/dossiers/components/dossiers-page'),
  },
  {
    path: '/dossiers/dashboard',
    title: 'Thời gian xử lý hồ sơ',
    area: 'app',
    permission: 'dossier.dashboard',
    menu: { label: 'Thời gian xử lý', icon: <LineChartOutlined /> },
    load: () => import('../features/dossiers/components/processing-dashboard-page'),
  },
  {
    path: '/dossiers/new',
    title: 'Lập hồ sơ đề nghị khen thưởng',
    area: 'app',
    permission: 'dossier.write',
    load: () => import('../features/dossiers/components/dossier-form-page'),
  },
  {
    path: '/dossiers/:id',
    title: 'Hồ sơ đề nghị khen thưởng',
    area: 'app',
    permission: 'dossier.read',
    load: () => import('../features/dossiers/components/dossier-detail-page'),
  },
  {
    path: '/dossiers/:id/edit',
    title: 'Sửa hồ sơ đề nghị khen thưởng',
    area: 'app',
    permission: 'dossier.write',
    load: () => import('../features/dossiers/components/dossier-form-page'),
  },
  {
    path: '/holidays',
    title: 'Ngày nghỉ lễ, Tết',
    area: 'app',
    permission: 'holiday.manage',
    menu: { label: 'Ngày nghỉ lễ', icon: <CalendarOutlined /> },
    load: () => import('../features/dossiers/components/holidays-page'),
  },
  {
    path: '/blocks',
    title: 'Khối, cụm thi đua',
    area: 'app',
    permission: 'block.read',
    menu: { label: 'Khối, cụm thi đua', icon: <ClusterOutlined /> },
    load: () => import('../features/blocks/components/blocks-page'),
  },
  {
    path: '/blocks/:id',
    title: 'Khối, cụm thi đua',
    area: 'app',
    permission: 'block.read',
    load: () => import('../features/blocks/components/block-detail-page'),
  },
  {
    // One unit's sheet in the block's round (self-assessment, review, explanation, final review).
    path: '/blocks/:id/assessments/:unitId',
    title: 'Bảng điểm thi đua',
    area: 'app',
    permission: 'block.read',
    load: () => import('../features/blocks/components/assessment-page'),
  },
  {
    // The printable unit × criterion matrix.
    path: '/blocks/:id/matrix',
    title: 'Bảng tổng hợp điểm',
    area: 'app',
    permission: 'block.read',
    load: () => import('../features/blocks/components/matrix-page'),
  },
  {
    path: '/initiatives',
    title: 'Sáng kiến',
    area: 'app',
    permission: 'initiative.read',
    menu: { label: 'Sáng kiến', icon: <BulbOutlined /> },
    load: () => import('../features/initiatives/components/initiatives-page'),
  },
  {
    path: '/suggestions',
    title: 'Gợi ý khen thưởng',
    area: 'app',
    permission: 'eligibility.suggest',
    menu: { label: 'Gợi ý khen thưởng', icon: <TrophyOutlined /> },
    load: () => import('../features/eligibility/components/suggestions-page'),
  },
  {
    path: '/decisions',
    title: 'Quyết định khen thưởng',
    area: 'app',
    permission: 'decision.read',
    menu: { label: 'Quyết định khen thưởng', icon: <FileDoneOutlined /> },
    load: () => import('../features/decisions/components/decisions-page'),
  },
  {
    path: '/decisions/new',
    title: 'Lập dự thảo quyết định',
    area: 'app',
    permission: 'decision.write',
    load: () => import('../features/decisions/components/decision-form-page'),
  },
  {
    path: '/decisions/:id',
    title: 'Quyết định khen thưởng',
    area: 'app',
    permission: 'decision.read',
    load: () => import('../features/decisions/components/decision-detail-page'),
  },
  {
    path: '/decisions/:id/edit',
    title: 'Sửa dự thảo quyết định',
    area: 'app',
    permission: 'decision.write',
    load: () => import('../features/decisions/components/decision-form-page'),
  },
  {
    path: '/registry',
    title: 'Sổ khen thưởng',
    area: 'app',
    permission: 'registry.read',
    menu: { label: 'Sổ khen thưởng', icon: <ReadOutlined /> },
    load: () => import('../features/registry/components/registry-page'),
  },
  {
    // Award history of one person or unit (linked from the registry, decisions, people and units).
    path: '/registry/people/:id',
    title: 'Quá trình khen thưởng',
    area: 'app',
    permission: 'registry.read',
    load: () => import('../features/registry/components/award-history-page'),
  },
  {
    path: '/registry/units/:id',
    title: 'Quá trình khen thưởng',
    area: 'app',
    permission: 'registry.read',
    load: () => import('../features/registry/components/award-history-page'),
  },
  {
    path: '/council',
    title: 'Hội đồng Thi đua – Khen thưởng',
    area: 'app',
    permission: 'council.read',
    menu: { label: 'Hội đồng TĐKT', icon: <SolutionOutlined /> },
    load: () => import('../features/council/components/council-page'),
  },
  {
    path: '/council/sessions/:id',
    title: 'Phiên họp Hội đồng',
    area: 'app',
    permission: 'council.read',
    load: () => import('../features/council/components/session-page'),
  },
  {
    path: '/public-notices',
    title: 'Công khai và ý kiến nhân dân',
    area: 'app',
    permission: 'publicNotice.manage',
    menu: { label: 'Công khai, góp ý', icon: <NotificationOutlined /> },
    load: () => import('../features/public-notice/components/notices-admin-page'),
  },
  {
    path: '/certificates',
    title: 'In giấy chứng nhận',
    area: 'app',
    permission: 'certificate.print',
    menu: { label: 'In giấy chứng nhận', icon: <PrinterOutlined /> },
    load: () => import('../features/documents/components/certificates-page'),
  },
  {
    path: '/document-templates',
    title: 'Mẫu văn bản',
    area: 'app',
    permission: 'documentTemplate.read',
    menu: { label: 'Mẫu văn bản', icon: <FileWordOutlined /> },
    load: () => import('../features/documents/components/templates-page'),
  },
  {
    path: '/law',
    title: 'Cơ sở pháp lý',
    area: 'app',
    permission: 'law.read',
    menu: { label: 'Cơ sở pháp lý', icon: <BookOutlined /> },
    load: () => import('../features/law/components/law-page'),
  },
  {
    path: '/accounts',
    title: 'Tài khoản',
    area: 'app',
    permission: 'account.manage',
    menu: { label: 'Tài khoản', icon: <UsergroupAddOutlined /> },
    load: () => import('../features/accounts/components/accounts-page'),
  },
  {
    path: '/settings/security',
    title: 'Cài đặt bảo mật',
    area: 'app',
    permission: 'settings.manage',
    menu: { label: 'Cài đặt bảo mật', icon: <SafetyOutlined /> },
    load: () => import('../features/accounts/components/security-settings-page'),
  },
  {
    path: '/audit',
    title: 'Nhật ký hệ thống',
    area: 'app',
    permission: 'audit.read',
    menu: { label: 'Nhật ký hệ thống', icon: <AuditOutlined /> },
    load: () => import('../features/audit/components/audit-page'),
  },
  {
    path: '/my-account',
    title: 'Tài khoản của tôi',
    area: 'app',
    menu: { label: 'Tài khoản của tôi', icon: <UserOutlined /> },
    load: () => import('../features/auth/components/my-account-page'),
  },
];
