import { IsoDateSchema } from '../../shared/api/common';
import { type PersonCreate, PersonCreateSchema } from '../../shared/api/people';
import {
  ETHNICITIES,
  SEX_LABELS,
  SEXES,
  type Sex,
  STAFF_TYPE_LABELS,
  STAFF_TYPES,
  type StaffType,
} from '../../shared/codes';

/*
 * One row of the people import sheet → a person to create, or the list of what to fix, each naming
 * its column by the Vietnamese header the user sees. Pure: units come in as a lookup built by the caller
 * from the actor's subtree only, so an out-of-scope unit reads as unknown.
 */

export const IMPORT_COLUMNS = [
  { key: 'fullName', header: 'Họ và tên', aliases: ['ho ten', 'ten', 'ho va ten can bo'] },
  { key: 'sex', header: 'Giới tính', aliases: ['gioi'] },
  { key: 'birthDate', header: 'Ngày sinh', aliases: ['ngay thang nam sinh', 'sinh ngay'] },
  { key: 'ethnicity', header: 'Dân tộc', aliases: ['ma dan toc'] },
  {
    key: 'nationalId',
    header: 'Số định danh cá nhân',
    aliases: ['so dinh danh', 'so cccd', 'cccd', 'so can cuoc'],
  },
  { key: 'position', header: 'Chức vụ', aliases: ['chuc danh', 'chuc vu chuc danh'] },
  { key: 'staffType', header: 'Loại cán bộ', aliases: ['doi tuong', 'loai'] },
  { key: 'unit', header: 'Đơn vị', aliases: ['ten don vi', 'ma don vi', 'don vi cong tac'] },
  { key: 'recruitedOn', header: 'Ngày tuyển dụng', aliases: ['ngay vao co quan', 'ngay tuyen'] },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];
export const COLUMN_HEADER = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  ImportColumnKey,
  string
>;

/** What the template's guide sheet says about each column, with an example value. */
export const IMPORT_COLUMN_GUIDE: Record<
  ImportColumnKey,
  { required: string; how: string; example: string | Date }
> = {
  fullName: {
    required: 'Bắt buộc',
    how: 'Họ, chữ đệm và tên, có dấu, tối đa 200 ký tự.',
    example: 'Nguyễn Văn An',
  },
  sex: { required: 'Bắt buộc', how: 'Chọn "Nam" hoặc "Nữ" trong danh sách.', example: 'Nam' },
  birthDate: {
    required: 'Không bắt buộc',
    how: 'Ngày/tháng/năm, ví dụ 15/05/1990 (dd/mm/yyyy) hoặc ô kiểu ngày của Excel.',
    example: new Date(Date.UTC(1990, 4, 15)),
  },
  ethnicity: {
    required: 'Không bắt buộc',
    how: 'Tên dân tộc theo danh mục 54 dân tộc (ví dụ "Kinh", "Thái", "Mông") hoặc mã 2 chữ số (01–54).',
    example: 'Kinh',
  },
  nationalId: {
    required: 'Không bắt buộc',
    how: 'Số định danh cá nhân (số CCCD) gồm đúng 12 chữ số; ô đã để kiểu văn bản để giữ số 0 ở đầu.',
    example: '001090012345',
  },
  position: {
    required: 'Không bắt buộc',
    how: 'Chức vụ hoặc chức danh, ví dụ "Chuyên viên", "Trưởng phòng".',
    example: 'Chuyên viên',
  },
  staffType: {
    required: 'Bắt buộc',
    how: 'Chọn trong danh sách: Công chức, Viên chức, Cán bộ, công chức cấp xã, …',
    example: 'Công chức',
  },
  unit: {
    required: 'Không bắt buộc',
    how: 'Tên hoặc mã đơn vị trong phạm vi bạn quản lý. Để trống: dùng đơn vị đã chọn khi tải lên (mặc định đơn vị của bạn).',
    example: '',
  },
  recruitedOn: {
    required: 'Không bắt buộc',
    how: 'Ngày tuyển dụng dạng dd/mm/yyyy; phải sau ngày sinh.',
    example: new Date(Date.UTC(2015, 8, 1)),
  },
};

/** What a spreadsheet cell holds once formulas, rich text and hyperlinks are reduced to their values. */
export type RawCell = string | number | boolean | Date | null;
export type RawPersonRow = Partial<Record<ImportColumnKey, RawCell>>;

export interface UnitRef {
  id: string;
  name: string;
  code: string | null;
  isActive: boolean;
}
/** Folded unit name or code → the units it may mean (more than one: ambiguous name). */
export type UnitLookup = ReadonlyMap<string, readonly UnitRef[]>;

export interface RowContext {
  units: UnitLookup;
  /** Unit of rows whose "Đơn vị" is empty; null: such rows are errors. */
  defaultUnit: UnitRef | null;
  /** ISO date of today, for "not in the future". */
  today: string;
}

export type ImportedPerson = PersonCreate & { unitName: string };
export interface RowError {
  column: string;
  message: string;
}
export type RowResult = { ok: true; person: ImportedPerson } | { ok: false; errors: RowError[] };

/** Lower case, no diacritics (đ → d), single spaces: "  Nguyễn  VĂN " → "nguyen van". */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded and stripped of everything but letters and digits: "H'Mông" → "hmong", "Khơ-me" → "khome". */
export function foldKey(value: string): string {
  return foldText(value).replace(/[^a-z0-9]/g, '');
}

const HEADER_KEYS = new Map<string, ImportColumnKey>(
  IMPORT_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [foldKey(h), c.key] as const)),
);

/** The column a header cell names, tolerant of case, diacritics and punctuation ("ho va ten" → fullName). */
export function matchHeader(text: string): ImportColumnKey | undefined {
  return HEADER_KEYS.get(foldKey(text));
}

export function buildUnitLookup(units: readonly UnitRef[]): UnitLookup {
  const map = new Map<string, UnitRef[]>();
  const add = (key: string, u: UnitRef) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.includes(u)) list.push(u);
    map.set(key, list);
  };
  for (const u of units) {
    add(foldText(u.name), u);
    if (u.code) add(`#${foldText(u.code)}`, u);
  }
  return map;
}

const ETHNICITY_BY_KEY = new Map<string, string>([
  ...ETHNICITIES.map((e) => [foldKey(e.name), e.code] as const),
  ['hmong', '08'],
  ['khmer', '05'],
  ['khome', '05'],
]);
const ETHNICITY_CODE_SET = new Set(ETHNICITIES.map((e) => e.code));
const STAFF_TYPE_BY_KEY = new Map<string, StaffType>(
  STAFF_TYPES.flatMap((t) => [[foldKey(STAFF_TYPE_LABELS[t]), t] as const, [foldKey(t), t] as const]),
);
const SEX_BY_KEY = new Map<string, Sex>(
  SEXES.flatMap((s) => [[foldKey(SEX_LABELS[s]), s] as const, [foldKey(s), s] as const]),
);
const STAFF_TYPE_CHOICES = STAFF_TYPES.map((t) => `"${STAFF_TYPE_LABELS[t]}"`).join(', ');

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
const DAY_MS = 86_400_000;

function isoOfDate(date: Date): string {
  // Excel dates come as UTC midnights, sometimes off by a few milliseconds of float error.
  const rounded = new Date(Math.round(date.getTime() / DAY_MS) * DAY_MS);
  return isoOf(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
}

/** How a cell reads back to the user in a message: dates as dd/mm/yyyy, long text shortened. */
export function displayCell(value: RawCell): string {
  if (value instanceof Date) {
    const [y, m, d] = isoOfDate(value).split('-');
    return `${d}/${m}/${y}`;
  }
  const text = String(value ?? '').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function textOf(value: RawCell): string {
  if (value === null) return '';
  if (value instanceof Date) return displayCell(value);
  return String(value).normalize('NFC').trim();
}

/** A date cell → ISO date, or the reason it is not one. Accepts real dates, serials, dd/mm/yyyy, yyyy-mm-dd. */
export function parseDateCell(
  value: RawCell,
): { iso: string } | { problem: 'format' | 'impossible' | 'range' } {
  let iso: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { problem: 'format' };
    iso = isoOfDate(value);
  } else if (typeof value === 'number') {
    // An Excel serial day (1 = 1900-01-01, with Excel's phantom 29/02/1900 before day 61).
    if (!Number.isFinite(value) || value < 1) return { problem: 'format' };
    iso = isoOfDate(new Date(Math.round((value - 25569) * DAY_MS)));
  } else {
    const text = textOf(value);
    const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
    const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
    if (dmy) iso = isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    else if (ymd) iso = isoOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    else return { problem: 'format' };
  }
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return { problem: 'impossible' };
  if (!IsoDateSchema.safeParse(iso).success) return { problem: 'range' };
  return { iso };
}

const isBlank = (value: RawCell | undefined) => value === undefined || value === null || textOf(value) === '';

/** A row with no value in any column is skipped, not reported. */
export function isEmptyRow(raw: RawPersonRow): boolean {
  return IMPORT_COLUMNS.every((c) => isBlank(raw[c.key]));
}

type Collect = (key: ImportColumnKey, message: string) => void;

function readDate(
  raw: RawPersonRow,
  key: 'birthDate' | 'recruitedOn',
  add: Collect,
  today: string,
): string | undefined {
  const value = raw[key];
  if (isBlank(value)) return undefined;
  const header = COLUMN_HEADER[key];
  const shown = displayCell(value ?? null);
  const parsed = parseDateCell(value ?? null);
  if ('problem' in parsed) {
    const why = {
      format: 'không đúng dạng ngày',
      impossible: 'không tồn tại',
      range: 'phải trong khoảng 1900–2100',
    }[parsed.problem];
    add(key, `${header} "${shown}" ${why}; nhập theo dạng dd/mm/yyyy`);
    return undefined;
  }
  if (parsed.iso > today) {
    add(key, `${header} "${shown}" ở sau ngày hôm nay; nhập theo dạng dd/mm/yyyy`);
    return undefined;
  }
  return parsed.iso;
}

function readEthnicity(value: RawCell | undefined, add: Collect): string | undefined {
  if (isBlank(value)) return undefined;
  const text = textOf(value ?? null);
  const code = /^\d{1,2}$/.test(text)
    ? text.padStart(2, '0')
    : ETHNICITY_BY_KEY.get(foldKey(text.replace(/^d[aâ]n t[oộ]c\s+/i, '')));
  if (code && ETHNICITY_CODE_SET.has(code)) return code;
  add(
    'ethnicity',
    `Dân tộc "${displayCell(value ?? null)}" không có trong danh mục 54 dân tộc; nhập tên (ví dụ "Kinh", "Thái") hoặc mã 2 chữ số`,
  );
  return undefined;
}

function readNationalId(value: RawCell | undefined, add: Collect): string | undefined {
  if (isBlank(value)) return undefined;
  // Excel turns a typed 001… into the number 1…: the leading zeros of the province code come back.
  const text =
    typeof value === 'number' && Number.isInteger(value) && value >= 0
      ? String(value).padStart(12, '0')
      : textOf(value ?? null).replace(/[\s.]/g, '');
  const parsed = PersonCreateSchema.shape.nationalId.safeParse(text);
  if (parsed.success && parsed.data) return parsed.data;
  add('nationalId', `Số định danh cá nhân "${displayCell(value ?? null)}" không hợp lệ; nhập đủ 12 chữ số`);
  return undefined;
}

function readUnit(value: RawCell | undefined, ctx: RowContext, add: Collect): UnitRef | undefined {
  if (isBlank(value)) {
    if (ctx.defaultUnit) return ctx.defaultUnit;
    add('unit', 'Chưa nhập đơn vị; nhập tên hoặc mã đơn vị');
    return undefined;
  }
  const text = textOf(value ?? null);
  const byCode = ctx.units.get(`#${foldText(text)}`);
  const found = byCode?.length === 1 ? byCode : ctx.units.get(foldText(text));
  const shown = displayCell(value ?? null);
  if (!found || found.length === 0) {
    add('unit', `Đơn vị "${shown}" không có trong các đơn vị bạn quản lý; nhập đúng tên hoặc mã đơn vị`);
  } else if (found.length > 1) {
    add('unit', `Có ${found.length} đơn vị cùng tên "${shown}"; nhập mã đơn vị để phân biệt`);
  } else if (!found[0]!.isActive) {
    add('unit', `Đơn vị "${shown}" đã ngừng hoạt động; nhập đơn vị kế tục`);
  } else {
    return found[0];
  }
  return undefined;
}

function readText(raw: RawPersonRow, key: 'fullName' | 'position', add: Collect): string | undefined {
  const value = raw[key];
  const schema = key === 'fullName' ? PersonCreateSchema.shape.fullName : PersonCreateSchema.shape.position;
  // The text is kept as typed: "=HYPERLINK(…)" is a name to store, never a formula to run.
  const parsed = schema.safeParse(textOf(value ?? null));
  if (parsed.success) return parsed.data || undefined;
  const why = parsed.error.issues[0]?.message ?? 'Giá trị không hợp lệ';
  add(
    key,
    key === 'fullName' && isBlank(value)
      ? 'Chưa nhập họ và tên'
      : `${COLUMN_HEADER[key]}: ${why.toLowerCase()}`,
  );
  return undefined;
}

/** Validate and normalise one sheet row; every problem of the row is reported, not only the first. */
export function validatePersonRow(raw: RawPersonRow, ctx: RowContext): RowResult {
  const errors: RowError[] = [];
  const add: Collect = (key, message) => errors.push({ column: COLUMN_HEADER[key], message });

  const fullName = readText(raw, 'fullName', add);
  const sexText = textOf(raw.sex ?? null);
  const sex = SEX_BY_KEY.get(foldKey(sexText));
  if (!sex)
    add(
      'sex',
      sexText
        ? `Giới tính "${displayCell(sexText)}" không hợp lệ; chọn "Nam" hoặc "Nữ"`
        : 'Chưa nhập giới tính; chọn "Nam" hoặc "Nữ"',
    );
  const birthDate = readDate(raw, 'birthDate', add, ctx.today);
  const ethnicityCode = readEthnicity(raw.ethnicity, add);
  const nationalId = readNationalId(raw.nationalId, add);
  const position = readText(raw, 'position', add);
  const staffText = textOf(raw.staffType ?? null);
  const staffType = STAFF_TYPE_BY_KEY.get(foldKey(staffText));
  if (!staffType) {
    add(
      'staffType',
      staffText
        ? `Loại cán bộ "${displayCell(staffText)}" không có trong danh mục; chọn một trong: ${STAFF_TYPE_CHOICES}`
        : `Chưa nhập loại cán bộ; chọn một trong: ${STAFF_TYPE_CHOICES}`,
    );
  }
  const unit = readUnit(raw.unit, ctx, add);
  const recruitedOn = readDate(raw, 'recruitedOn', add, ctx.today);
  if (birthDate && recruitedOn && recruitedOn <= birthDate) {
    add('recruitedOn', `Ngày tuyển dụng "${displayCell(raw.recruitedOn ?? null)}" phải sau ngày sinh`);
  }

  if (errors.length > 0 || !fullName || !sex || !staffType || !unit) return { ok: false, errors };
  return {
    ok: true,
    person: {
      unitId: unit.id,
      unitName: unit.name,
      fullName,
      sex,
      staffType,
      ...(birthDate ? { birthDate } : {}),
      ...(ethnicityCode ? { ethnicityCode } : {}),
      ...(nationalId ? { nationalId } : {}),
      ...(position ? { position } : {}),
      ...(recruitedOn ? { recruitedOn } : {}),
    },
  };
}

/** Rows repeating an earlier row's person (same name, birth date and unit) → the row number they repeat. */
export function findDuplicateRows(
  rows: readonly { row: number; person: ImportedPerson }[],
): Map<number, number> {
  const firstRowOf = new Map<string, number>();
  const duplicates = new Map<number, number>();
  for (const { row, person } of rows) {
    const key = `${foldText(person.fullName)}|${person.birthDate ?? ''}|${person.unitId}`;
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row);
    else duplicates.set(row, first);
  }
  return duplicates;
}
