import type { Rating, Sex, StaffType, UnitKind } from '../../shared/codes';
import type { PersonRow, RatingRow } from './factories';
import { ETHNIC_MIX, ethnicityCodeOf, foldName, NAME_PATTERNS, type NameGroup } from './vietnamese-names';

/*
 * Deterministic generator of a personnel register: the same seed gives the same people, so the demo
 * looks the same on every machine and the benchmark can build 200,000 rows without a fixture file.
 * Pure (no I/O): the rows are inserted by insertPeopleBatch / insertRatingsBatch in factories.ts.
 */

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T extends { weight: number }>(items: readonly T[]): T {
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    let roll = this.next() * total;
    for (const item of items) {
      roll -= item.weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1];
  }
}

/** A unit people are generated for; `kind` decides positions and staff type, `weight` the head count. */
export interface UnitRef {
  id: string;
  kind: UnitKind;
  name?: string;
  /** For sub-units: the kind of the parent, which decides the staff type. */
  parentKind?: UnitKind;
  weight?: number;
}

interface PositionPlan {
  head: string;
  deputy: string;
  staff: readonly string[];
  maxDeputies?: number;
}

const AGENCY_STAFF = ['Chuyên viên', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên chính'];
const WARD_STAFF = [
  'Công chức Văn phòng – Thống kê',
  'Công chức Tư pháp – Hộ tịch',
  'Công chức Địa chính – Xây dựng – Đô thị và Môi trường',
  'Công chức Tài chính – Kế toán',
  'Công chức Văn hóa – Xã hội',
];
const COMMUNE_STAFF = [
  'Công chức Văn phòng – Thống kê',
  'Công chức Tư pháp – Hộ tịch',
  'Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường',
  'Công chức Tài chính – Kế toán',
  'Công chức Văn hóa – Xã hội',
];

function positionPlan(unit: UnitRef): PositionPlan {
  const name = unit.name ?? '';
  switch (unit.kind) {
    case 'peoples-committee':
      return {
        head: 'Chủ tịch UBND thành phố',
        deputy: 'Phó Chủ tịch UBND thành phố',
        staff: ['Chuyên viên'],
        maxDeputies: 3,
      };
    case 'agency':
      if (name.startsWith('Văn phòng'))
        return {
          head: 'Chánh Văn phòng',
          deputy: 'Phó Chánh Văn phòng',
          staff: [...AGENCY_STAFF, 'Văn thư'],
        };
      if (name.startsWith('Thanh tra'))
        return { head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra', staff: ['Thanh tra viên'] };
      return { head: 'Trưởng phòng', deputy: 'Phó Trưởng phòng', staff: [...AGENCY_STAFF, 'Kế toán'] };
    case 'ward':
      return { head: 'Chủ tịch UBND phường', deputy: 'Phó Chủ tịch UBND phường', staff: WARD_STAFF };
    case 'commune':
      return { head: 'Chủ tịch UBND xã', deputy: 'Phó Chủ tịch UBND xã', staff: COMMUNE_STAFF };
    case 'school':
      return {
        head: 'Hiệu trưởng',
        deputy: 'Phó Hiệu trưởng',
        staff: [...Array(8).fill('Giáo viên'), 'Kế toán', 'Nhân viên văn thư', 'Nhân viên thư viện'],
      };
    case 'public-service-unit':
      if (name.startsWith('Ban'))
        return {
          head: 'Trưởng ban',
          deputy: 'Phó Trưởng ban',
          staff: ['Kỹ sư xây dựng', 'Viên chức', 'Kế toán'],
        };
      return {
        head: 'Giám đốc',
        deputy: 'Phó Giám đốc',
        staff: ['Biên tập viên', 'Phóng viên', 'Huấn luyện viên', 'Viên chức', 'Kế toán'],
      };
    case 'enterprise':
      return {
        head: 'Giám đốc',
        deputy: 'Phó Giám đốc',
        staff: ['Công nhân', 'Công nhân', 'Công nhân', 'Kế toán', 'Nhân viên kỹ thuật'],
      };
    case 'sub-unit':
      if (name.startsWith('Ban Chỉ huy Quân sự'))
        return {
          head: 'Chỉ huy trưởng Ban Chỉ huy Quân sự',
          deputy: 'Chỉ huy phó Ban Chỉ huy Quân sự',
          staff: ['Chỉ huy phó Ban Chỉ huy Quân sự'],
          maxDeputies: 2,
        };
      if (name.startsWith('Bộ phận Tiếp nhận'))
        return {
          head: 'Phụ trách Bộ phận',
          deputy: 'Phụ trách Bộ phận',
          staff: ['Công chức tiếp nhận hồ sơ'],
          maxDeputies: 0,
        };
      return { head: 'Tổ trưởng', deputy: 'Tổ phó', staff: ['Nhân viên'] };
  }
}

const STAFF_TYPE_BY_KIND: Record<UnitKind, StaffType> = {
  'peoples-committee': 'civil-servant',
  agency: 'civil-servant',
  ward: 'commune-official',
  commune: 'commune-official',
  school: 'public-employee',
  'public-service-unit': 'public-employee',
  enterprise: 'worker',
  'sub-unit': 'civil-servant',
};

/** Civil servants in agencies, public employees in schools and public units, commune officials in wards… */
export function staffTypeFor(kind: UnitKind, parentKind?: UnitKind): StaffType {
  if (kind === 'sub-unit' && parentKind) return STAFF_TYPE_BY_KIND[parentKind];
  return STAFF_TYPE_BY_KIND[kind];
}

/** Split `count` over units by weight (largest remainder), so every run gives each unit the same size. */
function allocate(count: number, units: readonly UnitRef[]): number[] {
  const total = units.reduce((sum, u) => sum + (u.weight ?? 1), 0);
  const exact = units.map((u) => (count * (u.weight ?? 1)) / total);
  const sizes = exact.map(Math.floor);
  let left = count - sizes.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    sizes[i] += 1;
  }
  return sizes;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fullNameOf(random: Random, group: NameGroup, sex: Sex, reserved: ReadonlySet<string>): string {
  const pattern = NAME_PATTERNS[group];
  const part = sex === 'male' ? pattern.male : pattern.female;
  for (let attempt = 0; ; attempt++) {
    const name = `${random.pick(pattern.families)} ${random.pick(part.middles)} ${random.pick(part.givens)}`;
    if (!reserved.has(foldName(name)) || attempt > 20) return name;
  }
}

let ethnicCodes: Map<string, string> | undefined;
function codeOfGroup(name: string): string {
  ethnicCodes ??= new Map(ETHNIC_MIX.map((e) => [e.name, ethnicityCodeOf(e.name)]));
  return ethnicCodes.get(name)!;
}

export interface GeneratePeopleOptions {
  /** Names the generator must not produce (compared without diacritics), e.g. the demo's search fixtures. */
  reservedNames?: readonly string[];
}

/**
 * Generate `count` people spread over `units` (ids or UnitRefs; a bare id counts as an agency),
 * deterministic for a given seed. The first person of a unit is its head, the next ones its deputies.
 */
export function generatePeople(
  count: number,
  units: ReadonlyArray<string | UnitRef>,
  seed: number,
  options: GeneratePeopleOptions = {},
): PersonRow[] {
  const refs = units.map((u): UnitRef => (typeof u === 'string' ? { id: u, kind: 'agency' } : u));
  if (refs.length === 0) throw new Error('generatePeople needs at least one unit');
  const reserved = new Set((options.reservedNames ?? []).map(foldName));
  const random = new Random(seed);
  const sizes = allocate(count, refs);
  const rows: PersonRow[] = [];
  refs.forEach((unit, u) => {
    const plan = positionPlan(unit);
    const size = sizes[u];
    const deputies = Math.min(plan.maxDeputies ?? 2, size >= 8 ? 2 : size >= 3 ? 1 : 0);
    for (let k = 0; k < size; k++) {
      const position = k === 0 ? plan.head : k <= deputies ? plan.deputy : random.pick(plan.staff);
      rows.push(generatePerson(random, unit, position, k <= deputies, reserved));
    }
  });
  return rows;
}

function generatePerson(
  random: Random,
  unit: UnitRef,
  position: string,
  isLeader: boolean,
  reserved: ReadonlySet<string>,
): PersonRow {
  const ethnic = random.weighted(ETHNIC_MIX);
  const sex: Sex = random.next() < 0.5 ? 'male' : 'female';
  // Leaders are older: heads and deputies are born 1965–1982, others 1965–2000.
  const birthYear = random.int(1965, isLeader ? 1982 : 2000);
  const birthDate = `${birthYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  const recruitedYear = Math.min(2024, birthYear + random.int(22, 30));
  const recruitedOn = `${recruitedYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  // CCCD: province 012 (Lai Châu), century-and-sex digit, two-digit birth year, six random digits.
  const centurySex = (birthYear >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
  const nationalId = `012${centurySex}${pad(birthYear % 100)}${pad(random.int(0, 999_999), 6)}`;
  return {
    unitId: unit.id,
    fullName: fullNameOf(random, ethnic.group, sex, reserved),
    sex,
    birthDate,
    ethnicityCode: codeOfGroup(ethnic.name),
    nationalId,
    position,
    staffType: staffTypeFor(unit.kind, unit.parentKind),
    recruitedOn,
    status: 'active',
  };
}

type Tendency = ReadonlyArray<{ rating: Rating; weight: number }>;
const STRONG: Tendency = [
  { rating: 'excellent', weight: 45 },
  { rating: 'good', weight: 52 },
  { rating: 'complete', weight: 3 },
];
const STEADY: Tendency = [
  { rating: 'excellent', weight: 8 },
  { rating: 'good', weight: 82 },
  { rating: 'complete', weight: 9 },
  { rating: 'incomplete', weight: 1 },
];
const WEAK: Tendency = [
  { rating: 'good', weight: 45 },
  { rating: 'complete', weight: 45 },
  { rating: 'incomplete', weight: 10 },
];

/**
 * Yearly ratings: mostly "good", about one in eight "excellent", a few "complete"/"incomplete".
 * A person keeps a tendency over the years (strong, steady, weak) and has no rating before recruitment.
 */
export function generateRatings(
  people: ReadonlyArray<{ id: string; recruitedOn?: string | null }>,
  years: readonly number[],
  seed = 2025,
): RatingRow[] {
  const random = new Random(seed);
  const rows: RatingRow[] = [];
  for (const p of people) {
    const roll = random.next();
    const tendency = roll < 0.15 ? STRONG : roll < 0.92 ? STEADY : WEAK;
    const recruitedYear = p.recruitedOn ? Number(p.recruitedOn.slice(0, 4)) : 0;
    for (const year of years) {
      const { rating } = random.weighted(tendency);
      if (year < recruitedYear) continue;
      rows.push({ personId: p.id, year, rating, decidedOn: `${year}-12-15` });
    }
  }
  return rows;
}
