import type { DisciplineLevel, Role, UnitKind } from '../../shared/codes';
import type { Tx } from '../db/client';
import { DEMO_UNIT_SPECS } from './demo-units';
import {
  insertDiscipline,
  insertPeopleBatch,
  insertRatingsBatch,
  insertUnit,
  type PersonRow,
} from './factories';
import { generatePeople, generateRatings, staffTypeFor, type UnitRef } from './people-generator';
import { ethnicityCodeOf } from './vietnamese-names';

/*
 * Demo data: Lai Châu city as of the launching document 5834/PĐTĐ-UBND (31/12/2024), about 600 people
 * with ratings 2022–2025 and a few disciplinary sanctions. Everything but the generated ids is the same
 * on every run.
 */

/** Unit code → unit id. */
export type DemoUnits = Record<string, string>;

export const DEMO_SEED = 20241231;
export const DEMO_PEOPLE_COUNT = 600;
export const DEMO_RATING_YEARS = [2022, 2023, 2024, 2025] as const;

/** Shared password of the demo accounts; shown on the demo login page, never used outside the demo. */
export const DEMO_PASSWORD = 'TDKT-demo-2025!';

export interface DemoAccount {
  email: string;
  name: string;
  unitCode: string;
  roles: Role[];
}

/** One account per role (plus a clerk of a sibling ward, to test unit scoping); the lead creates them via auth. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@tdkt.local', name: 'Trần Minh Quân', unitCode: 'UBND-TP', roles: ['admin'] },
  // The TĐKT staff officer works in Phòng Nội vụ but must see every unit, so the account sits on the root.
  { email: 'noivu@tdkt.local', name: 'Lê Thị Thu Hà', unitCode: 'UBND-TP', roles: ['staff'] },
  {
    email: 'vanthu.tanphong@tdkt.local',
    name: 'Hoàng Thị Lan',
    unitCode: 'P-TANPHONG',
    roles: ['unitClerk'],
  },
  { email: 'truong.tanphong@tdkt.local', name: 'Lò Văn Thắng', unitCode: 'P-TANPHONG', roles: ['unitHead'] },
  { email: 'hoidong@tdkt.local', name: 'Phạm Văn Dũng', unitCode: 'UBND-TP', roles: ['councilMember'] },
  { email: 'thuky@tdkt.local', name: 'Vũ Thị Hạnh', unitCode: 'UBND-TP', roles: ['councilSecretary'] },
  { email: 'chutich@tdkt.local', name: 'Đặng Quốc Huy', unitCode: 'UBND-TP', roles: ['chairman'] },
  { email: 'vanthu.doanket@tdkt.local', name: 'Quàng Thị Ươi', unitCode: 'P-DOANKET', roles: ['unitClerk'] },
];

interface FixedPerson {
  unitCode: string;
  fullName: string;
  sex: 'male' | 'female';
  ethnicity: string;
  position: string;
  birthDate: string;
}

const POSITION = {
  office: 'Công chức Văn phòng – Thống kê',
  justice: 'Công chức Tư pháp – Hộ tịch',
  finance: 'Công chức Tài chính – Kế toán',
  culture: 'Công chức Văn hóa – Xã hội',
  land: 'Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường',
  teacher: 'Giáo viên',
  specialist: 'Chuyên viên',
  editor: 'Biên tập viên',
};

/**
 * Named people for search tests; the generator never produces these names (compared without diacritics).
 * "Nguyễn Văn An" exists exactly once, in Phường Tân Phong; "Nguyễn Văn Ân" in Phường Đoàn Kết folds to
 * the same letters, so an unscoped search for "nguyen van an" finds two and a Tân Phong one finds one.
 */
export const DEMO_NAMED_PEOPLE: readonly FixedPerson[] = (
  [
    ['P-TANPHONG', 'Nguyễn Văn An', 'male', 'Kinh', POSITION.office, '1988-03-12'],
    ['P-DOANKET', 'Nguyễn Văn Ân', 'male', 'Kinh', POSITION.justice, '1990-07-02'],
    ['TH-TANPHONG', 'Đỗ Thị Đào', 'female', 'Kinh', POSITION.teacher, '1987-11-20'],
    ['PNV', 'Trần Thị Bích', 'female', 'Kinh', POSITION.specialist, '1985-02-08'],
    ['P-QUYETTHANG', 'Lò Văn Piếng', 'male', 'Thái', POSITION.finance, '1983-09-15'],
    ['THCS-QUYETTHANG', 'Lường Thị Xuân', 'female', 'Thái', POSITION.teacher, '1989-04-30'],
    ['X-SANTHANG', 'Giàng A Páo', 'male', 'Mông', POSITION.culture, '1986-12-01'],
    ['MN-SANTHANG', 'Sùng Thị Mỷ', 'female', 'Mông', POSITION.teacher, '1992-06-18'],
    ['X-NAMLOONG', 'Tẩn Láo San', 'male', 'Dao', POSITION.land, '1984-08-08'],
    ['THCS-NAMLOONG', 'Chảo Thị Mẩy', 'female', 'Dao', POSITION.teacher, '1991-01-25'],
    ['PVHTT', 'Pờ Xá Dờ', 'male', 'Hà Nhì', POSITION.specialist, '1987-10-10'],
    ['TH-QUYETTIEN', 'Lý Thị Nhù', 'female', 'Hà Nhì', POSITION.teacher, '1993-05-05'],
    ['P-DONGPHONG', 'Vàng Văn Phủ', 'male', 'Giáy', POSITION.justice, '1985-03-03'],
    ['TTVHTTTT', 'Tao Văn Ún', 'male', 'Lự', POSITION.editor, '1990-12-12'],
  ] as const
).map(([unitCode, fullName, sex, ethnicity, position, birthDate]) => ({
  unitCode,
  fullName,
  sex,
  ethnicity,
  position,
  birthDate,
}));

/** Steady careers: recruited at 24, rated good, excellent in 2024. */
const NAMED_RATINGS = { 2022: 'good', 2023: 'good', 2024: 'excellent', 2025: 'good' } as const;

function namedPersonRow(p: FixedPerson, units: DemoUnits, kinds: ReadonlyMap<string, UnitKind>): PersonRow {
  return {
    unitId: units[p.unitCode],
    fullName: p.fullName,
    sex: p.sex,
    birthDate: p.birthDate,
    ethnicityCode: ethnicityCodeOf(p.ethnicity),
    nationalId: null,
    position: p.position,
    staffType: staffTypeFor(kinds.get(p.unitCode)!),
    recruitedOn: `${Number(p.birthDate.slice(0, 4)) + 24}-09-01`,
    status: 'active',
  };
}

/** Sanctions 2022–2025, each on the last generated person of the unit recruited before it (never the head). */
const DEMO_DISCIPLINES: ReadonlyArray<{
  unitCode: string;
  level: DisciplineLevel;
  from: string;
  no: string;
  reason: string;
}> = [
  {
    unitCode: 'P-TANPHONG',
    level: 'reprimand',
    from: '2024-05-20',
    no: '112/QĐ-UBND',
    reason: 'Chậm giải quyết hồ sơ thủ tục hành chính quá thời hạn quy định',
  },
  {
    unitCode: 'P-DOANKET',
    level: 'warning',
    from: '2023-10-09',
    no: '205/QĐ-UBND',
    reason: 'Vi phạm quy định về quản lý, sử dụng đất đai trên địa bàn',
  },
  {
    unitCode: 'PTNMT',
    level: 'reprimand',
    from: '2022-08-15',
    no: '1630/QĐ-UBND',
    reason: 'Thiếu trách nhiệm trong thẩm định hồ sơ cấp giấy chứng nhận',
  },
  {
    unitCode: 'THCS-QUYETTHANG',
    level: 'reprimand',
    from: '2025-03-17',
    no: '48/QĐ-THCS',
    reason: 'Vi phạm quy định về dạy thêm, học thêm',
  },
  {
    unitCode: 'X-SANTHANG',
    level: 'warning',
    from: '2024-11-04',
    no: '187/QĐ-UBND',
    reason: 'Vi phạm quy chế chi tiêu nội bộ',
  },
  {
    unitCode: 'BQLDA',
    level: 'demotion',
    from: '2023-04-12',
    no: '905/QĐ-UBND',
    reason: 'Buông lỏng quản lý chất lượng công trình xây dựng',
  },
  {
    unitCode: 'PQLDT',
    level: 'reprimand',
    from: '2025-06-02',
    no: '1122/QĐ-UBND',
    reason: 'Vi phạm kỷ luật lao động, nghỉ việc không có lý do',
  },
];

/** The day before the same date a year later: sanctions here run for 12 months. */
function oneYearLater(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

async function loadUnits(tx: Tx): Promise<{ ids: DemoUnits; refs: UnitRef[]; kinds: Map<string, UnitKind> }> {
  const ids: DemoUnits = {};
  const paths = new Map<string, string>();
  const kinds = new Map<string, UnitKind>();
  const refs: UnitRef[] = [];
  for (const [sortOrder, spec] of DEMO_UNIT_SPECS.entries()) {
    const parentId = spec.parent === null ? null : ids[spec.parent];
    const row = await insertUnit(tx, {
      parentId,
      parentPath: spec.parent === null ? undefined : paths.get(spec.parent),
      name: spec.name,
      shortName: spec.shortName ?? null,
      code: spec.code,
      kind: spec.kind,
      sortOrder,
    });
    ids[spec.code] = row.id;
    paths.set(spec.code, row.path);
    kinds.set(spec.code, spec.kind);
    const parentKind = spec.parent === null ? undefined : kinds.get(spec.parent);
    refs.push({ id: row.id, kind: spec.kind, name: spec.name, parentKind, weight: spec.weight });
  }
  return { ids, refs, kinds };
}

/** Load the demo organisation, people, ratings and sanctions; returns unit code → id. */
export async function loadDemoData(tx: Tx): Promise<DemoUnits> {
  const { ids, refs, kinds } = await loadUnits(tx);

  const named = DEMO_NAMED_PEOPLE.map((p) => namedPersonRow(p, ids, kinds));
  const generated = generatePeople(DEMO_PEOPLE_COUNT - named.length, refs, DEMO_SEED, {
    reservedNames: DEMO_NAMED_PEOPLE.map((p) => p.fullName),
  });
  const people = await insertPeopleBatch(tx, [...named, ...generated]);
  const namedIds = people.slice(0, named.length);
  const generatedIds = people.slice(named.length);

  const ratings = generateRatings(generatedIds, DEMO_RATING_YEARS, DEMO_SEED);
  for (const { id } of namedIds) {
    for (const [year, rating] of Object.entries(NAMED_RATINGS)) {
      ratings.push({ personId: id, year: Number(year), rating, decidedOn: `${year}-12-15` });
    }
  }

  for (const d of DEMO_DISCIPLINES) {
    // Someone already recruited at the time, and not the unit's head (the first person of the unit).
    const inUnit = generatedIds.filter((p) => p.unitId === ids[d.unitCode]);
    const sanctioned = inUnit.slice(1).findLast((p) => (p.recruitedOn ?? '') < d.from);
    if (!sanctioned) throw new Error(`Demo data: no one to sanction in ${d.unitCode}`);
    await insertDiscipline(tx, sanctioned.id, {
      level: d.level,
      fromDate: d.from,
      toDate: oneYearLater(d.from),
      decisionNumber: d.no,
      reason: d.reason,
    });
    // A sanction in the rating year means "không hoàn thành nhiệm vụ" that year: Nghị định 90/2020/NĐ-CP,
    // Điều 2 khoản 5 (added by Nghị định 48/2023/NĐ-CP).
    const year = Number(d.from.slice(0, 4));
    for (const r of ratings) if (r.personId === sanctioned.id && r.year === year) r.rating = 'incomplete';
  }

  await insertRatingsBatch(tx, ratings);
  return ids;
}
