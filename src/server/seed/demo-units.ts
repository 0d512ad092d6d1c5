import type { UnitKind } from '../../shared/codes';

/*
 * The organisation of Lai Châu city as of the launching document 5834/PĐTĐ-UBND (31/12/2024), before the
 * 2025 reorganisation. Its "Nơi nhận" names the recipients only by group ("các cơ quan, đơn vị, đoàn
 * thể thành phố", "UBND các xã, phường", "Trang thông tin điện tử thành phố"), so the offices are the
 * specialised offices of a provincial city in 2024, and the seven wards and communes are those of the city
 * at that date. `weight` is the relative head count used to spread the demo people.
 */

export interface DemoUnitSpec {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parent: string | null;
  weight: number;
}

const ROOT = 'UBND-TP';

const root: DemoUnitSpec = {
  code: ROOT,
  name: 'Ủy ban nhân dân thành phố Lai Châu',
  shortName: 'UBND thành phố',
  kind: 'peoples-committee',
  parent: null,
  weight: 4,
};

const agencies: DemoUnitSpec[] = [
  ['VP', 'Văn phòng HĐND và UBND thành phố', 'Văn phòng', 20],
  ['PNV', 'Phòng Nội vụ', 'Phòng Nội vụ', 11],
  ['PTCKH', 'Phòng Tài chính – Kế hoạch', 'Phòng TC-KH', 13],
  ['PKT', 'Phòng Kinh tế', 'Phòng Kinh tế', 11],
  ['PQLDT', 'Phòng Quản lý đô thị', 'Phòng QLĐT', 11],
  ['PTNMT', 'Phòng Tài nguyên và Môi trường', 'Phòng TN&MT', 11],
  ['PVHTT', 'Phòng Văn hóa và Thông tin', 'Phòng VH&TT', 9],
  ['PGDDT', 'Phòng Giáo dục và Đào tạo', 'Phòng GD&ĐT', 11],
  ['PYT', 'Phòng Y tế', 'Phòng Y tế', 7],
  ['PTP', 'Phòng Tư pháp', 'Phòng Tư pháp', 7],
  ['TTR', 'Thanh tra thành phố', 'Thanh tra', 8],
  ['PLDTBXH', 'Phòng Lao động – Thương binh và Xã hội', 'Phòng LĐ-TB&XH', 10],
].map(([code, name, shortName, weight]) => ({
  code: code as string,
  name: name as string,
  shortName: shortName as string,
  kind: 'agency' as const,
  parent: ROOT,
  weight: weight as number,
}));

const publicUnits: DemoUnitSpec[] = [
  {
    code: 'TTVHTTTT',
    name: 'Trung tâm Văn hóa, Thể thao và Truyền thông thành phố',
    shortName: 'TT VH-TT&TT',
    kind: 'public-service-unit',
    parent: ROOT,
    weight: 18,
  },
  {
    code: 'BQLDA',
    name: 'Ban Quản lý dự án đầu tư xây dựng thành phố',
    shortName: 'Ban QLDA',
    kind: 'public-service-unit',
    parent: ROOT,
    weight: 14,
  },
  {
    code: 'VP-MC',
    name: 'Bộ phận Tiếp nhận và Trả kết quả thành phố',
    shortName: 'Bộ phận Một cửa',
    kind: 'sub-unit',
    parent: 'VP',
    weight: 5,
  },
];

const localities: Array<{ code: string; place: string; kind: 'ward' | 'commune'; weight: number }> = [
  { code: 'P-TANPHONG', place: 'Tân Phong', kind: 'ward', weight: 19 },
  { code: 'P-DOANKET', place: 'Đoàn Kết', kind: 'ward', weight: 18 },
  { code: 'P-QUYETTHANG', place: 'Quyết Thắng', kind: 'ward', weight: 18 },
  { code: 'P-QUYETTIEN', place: 'Quyết Tiến', kind: 'ward', weight: 17 },
  { code: 'P-DONGPHONG', place: 'Đông Phong', kind: 'ward', weight: 16 },
  { code: 'X-SANTHANG', place: 'San Thàng', kind: 'commune', weight: 17 },
  { code: 'X-NAMLOONG', place: 'Nậm Loỏng', kind: 'commune', weight: 16 },
];

const wardsAndCommunes: DemoUnitSpec[] = localities.flatMap(({ code, place, kind, weight }) => {
  const level = kind === 'ward' ? 'phường' : 'xã';
  const title = kind === 'ward' ? 'Phường' : 'Xã';
  return [
    { code, name: `${title} ${place}`, shortName: `${title} ${place}`, kind, parent: ROOT, weight },
    {
      code: `${code}-MC`,
      name: `Bộ phận Tiếp nhận và Trả kết quả ${level} ${place}`,
      kind: 'sub-unit' as const,
      parent: code,
      weight: 3,
    },
    {
      code: `${code}-QS`,
      name: `Ban Chỉ huy Quân sự ${level} ${place}`,
      kind: 'sub-unit' as const,
      parent: code,
      weight: 3,
    },
  ];
});

/** Public preschools, primary and lower-secondary schools: managed by the city, under its education office. */
const schools: DemoUnitSpec[] = [
  ['MN-TANPHONG', 'Trường Mầm non Tân Phong', 16],
  ['MN-DOANKET', 'Trường Mầm non Đoàn Kết', 15],
  ['MN-QUYETTHANG', 'Trường Mầm non Quyết Thắng', 14],
  ['MN-SANTHANG', 'Trường Mầm non San Thàng', 11],
  ['TH-TANPHONG', 'Trường Tiểu học Tân Phong', 17],
  ['TH-DOANKET', 'Trường Tiểu học Đoàn Kết', 17],
  ['TH-QUYETTHANG', 'Trường Tiểu học Quyết Thắng', 16],
  ['TH-QUYETTIEN', 'Trường Tiểu học Quyết Tiến', 15],
  ['THCS-TANPHONG', 'Trường THCS Tân Phong', 17],
  ['THCS-DOANKET', 'Trường THCS Đoàn Kết', 16],
  ['THCS-QUYETTHANG', 'Trường THCS Quyết Thắng', 17],
  ['THCS-SANTHANG', 'Trường THCS San Thàng', 12],
  ['THCS-NAMLOONG', 'Trường Tiểu học và THCS Nậm Loỏng', 12],
].map(([code, name, weight]) => ({
  code: code as string,
  name: name as string,
  kind: 'school' as const,
  parent: 'PGDDT',
  weight: weight as number,
}));

/** Parents before children, so units can be inserted in this order. */
export const DEMO_UNIT_SPECS: readonly DemoUnitSpec[] = [
  root,
  ...agencies,
  ...publicUnits,
  ...wardsAndCommunes,
  ...schools,
];
