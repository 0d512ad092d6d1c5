/*
 * Code lists shared by server, domain and web: the code is the English identifier of the glossary,
 * the label is what users read.
 */

export const ROLES = [
  'admin',
  'staff',
  'unitClerk',
  'unitHead',
  'councilMember',
  'councilSecretary',
  'chairman',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  staff: 'Cán bộ TĐKT (Phòng Nội vụ)',
  unitClerk: 'Văn thư / cán bộ TĐKT đơn vị',
  unitHead: 'Thủ trưởng đơn vị',
  councilMember: 'Thành viên Hội đồng',
  councilSecretary: 'Thư ký Hội đồng',
  chairman: 'Chủ tịch UBND',
};

export const UNIT_KINDS = [
  'peoples-committee',
  'agency',
  'commune',
  'ward',
  'public-service-unit',
  'school',
  'enterprise',
  'sub-unit',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  'peoples-committee': 'Ủy ban nhân dân',
  agency: 'Cơ quan chuyên môn',
  commune: 'Xã',
  ward: 'Phường',
  'public-service-unit': 'Đơn vị sự nghiệp',
  school: 'Trường học',
  enterprise: 'Doanh nghiệp',
  'sub-unit': 'Bộ phận trực thuộc',
};

export const UNIT_STATUSES = ['active', 'merged', 'split', 'dissolved'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  active: 'Đang hoạt động',
  merged: 'Đã sáp nhập',
  split: 'Đã chia tách',
  dissolved: 'Đã giải thể',
};

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, string> = { male: 'Nam', female: 'Nữ' };

export const STAFF_TYPES = [
  'civil-servant',
  'public-employee',
  'commune-official',
  'worker',
  'farmer',
  'armed-forces',
  'contract-worker',
  'other',
] as const;
export type StaffType = (typeof STAFF_TYPES)[number];
export const STAFF_TYPE_LABELS: Record<StaffType, string> = {
  'civil-servant': 'Công chức',
  'public-employee': 'Viên chức',
  'commune-official': 'Cán bộ, công chức cấp xã',
  worker: 'Công nhân, người lao động',
  farmer: 'Nông dân',
  'armed-forces': 'Lực lượng vũ trang',
  'contract-worker': 'Lao động hợp đồng',
  other: 'Khác',
};

export const RATINGS = ['excellent', 'good', 'complete', 'incomplete'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  complete: 'Hoàn thành nhiệm vụ',
  incomplete: 'Không hoàn thành nhiệm vụ',
};

export const DISCIPLINE_LEVELS = ['reprimand', 'warning', 'demotion', 'removal', 'dismissal'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];
export const DISCIPLINE_LEVEL_LABELS: Record<DisciplineLevel, string> = {
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  demotion: 'Hạ bậc lương / giáng chức',
  removal: 'Cách chức',
  dismissal: 'Buộc thôi việc',
};

/**
 * The 54 ethnic groups of Việt Nam with the codes of Decision 1019/QĐ-TCTK (12/11/2008) of the
 * General Statistics Office (ordered by population). Do not mix with the 1979 list (121-TCTK/PPCĐ),
 * which uses another order: there Ngái is 11, here 43.
 */
export const ETHNICITIES: ReadonlyArray<{ code: string; name: string }> = [
  { code: '01', name: 'Kinh' },
  { code: '02', name: 'Tày' },
  { code: '03', name: 'Thái' },
  { code: '04', name: 'Mường' },
  { code: '05', name: 'Khơ-me' },
  { code: '06', name: 'Hoa' },
  { code: '07', name: 'Nùng' },
  { code: '08', name: 'Mông' },
  { code: '09', name: 'Dao' },
  { code: '10', name: 'Gia-rai' },
  { code: '11', name: 'Ê-đê' },
  { code: '12', name: 'Ba-na' },
  { code: '13', name: 'Sán Chay' },
  { code: '14', name: 'Chăm' },
  { code: '15', name: 'Cơ-ho' },
  { code: '16', name: 'Xơ-đăng' },
  { code: '17', name: 'Sán Dìu' },
  { code: '18', name: 'Hrê' },
  { code: '19', name: 'Ra-glai' },
  { code: '20', name: 'Mnông' },
  { code: '21', name: 'Thổ' },
  { code: '22', name: 'Xtiêng' },
  { code: '23', name: 'Khơ-mú' },
  { code: '24', name: 'Bru-Vân Kiều' },
  { code: '25', name: 'Cơ-tu' },
  { code: '26', name: 'Giáy' },
  { code: '27', name: 'Tà-ôi' },
  { code: '28', name: 'Mạ' },
  { code: '29', name: 'Gié-Triêng' },
  { code: '30', name: 'Co' },
  { code: '31', name: 'Chơ-ro' },
  { code: '32', name: 'Xinh-mun' },
  { code: '33', name: 'Hà Nhì' },
  { code: '34', name: 'Chu-ru' },
  { code: '35', name: 'Lào' },
  { code: '36', name: 'La Chí' },
  { code: '37', name: 'Kháng' },
  { code: '38', name: 'Phù Lá' },
  { code: '39', name: 'La Hủ' },
  { code: '40', name: 'La Ha' },
  { code: '41', name: 'Pà Thẻn' },
  { code: '42', name: 'Lự' },
  { code: '43', name: 'Ngái' },
  { code: '44', name: 'Chứt' },
  { code: '45', name: 'Lô Lô' },
  { code: '46', name: 'Mảng' },
  { code: '47', name: 'Cơ Lao' },
  { code: '48', name: 'Bố Y' },
  { code: '49', name: 'Cống' },
  { code: '50', name: 'Si La' },
  { code: '51', name: 'Pu Péo' },
  { code: '52', name: 'Rơ-măm' },
  { code: '53', name: 'Brâu' },
  { code: '54', name: 'Ơ Đu' },
];
export const ETHNICITY_CODES = ETHNICITIES.map((e) => e.code) as [string, ...string[]];
