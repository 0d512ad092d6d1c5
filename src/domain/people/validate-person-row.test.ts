import { describe, expect, it } from 'vitest';
import { ETHNICITIES } from '../../shared/codes';
import {
  buildUnitLookup,
  findDuplicateRows,
  foldKey,
  type ImportedPerson,
  isEmptyRow,
  matchHeader,
  parseDateCell,
  type RawPersonRow,
  type RowContext,
  type UnitRef,
  validatePersonRow,
} from './validate-person-row';

const noiVu: UnitRef = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Phòng Nội vụ',
  code: 'NV',
  isActive: true,
};
const motCua: UnitRef = {
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Tổ Một cửa',
  code: 'MC',
  isActive: true,
};
const truongA: UnitRef = {
  id: '00000000-0000-4000-8000-000000000003',
  name: 'Trường Tiểu học số 1',
  code: 'TH1-A',
  isActive: true,
};
const truongB: UnitRef = {
  id: '00000000-0000-4000-8000-000000000004',
  name: 'Trường Tiểu học số 1',
  code: 'TH1-B',
  isActive: true,
};
const cu: UnitRef = {
  id: '00000000-0000-4000-8000-000000000005',
  name: 'Phòng Lao động cũ',
  code: 'LD',
  isActive: false,
};

const ctx: RowContext = {
  units: buildUnitLookup([noiVu, motCua, truongA, truongB, cu]),
  defaultUnit: noiVu,
  today: '2025-06-30',
};
const base: RawPersonRow = { fullName: 'Nguyễn Văn An', sex: 'Nam', staffType: 'Công chức' };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function valid(raw: RawPersonRow, context: RowContext = ctx): ImportedPerson {
  const result = validatePersonRow(raw, context);
  if (!result.ok) throw new Error(`expected a valid row, got ${JSON.stringify(result.errors)}`);
  return result.person;
}
function errorsOf(raw: RawPersonRow, context: RowContext = ctx) {
  const result = validatePersonRow(raw, context);
  return result.ok ? [] : result.errors;
}

describe('validatePersonRow: accepted spellings', () => {
  it.each<[string, RawPersonRow, Partial<ImportedPerson>]>([
    [
      'minimal row → default unit',
      {},
      {
        fullName: 'Nguyễn Văn An',
        sex: 'male',
        staffType: 'civil-servant',
        unitId: noiVu.id,
        unitName: 'Phòng Nội vụ',
      },
    ],
    ['"Nữ"', { sex: 'Nữ' }, { sex: 'female' }],
    ['"nu" without diacritics', { sex: 'nu' }, { sex: 'female' }],
    ['"NAM" upper case', { sex: 'NAM' }, { sex: 'male' }],
    ['dd/mm/yyyy', { birthDate: '15/05/1990' }, { birthDate: '1990-05-15' }],
    ['d/m/yyyy', { birthDate: '5/1/1991' }, { birthDate: '1991-01-05' }],
    ['yyyy-mm-dd', { birthDate: '1988-12-12' }, { birthDate: '1988-12-12' }],
    ['a real Excel date', { birthDate: utc(1985, 3, 2) }, { birthDate: '1985-03-02' }],
    [
      'an Excel date with float error',
      { birthDate: new Date(Date.UTC(1985, 2, 1, 23, 59, 59, 999)) },
      { birthDate: '1985-03-02' },
    ],
    ['an Excel serial number', { birthDate: 32_932 }, { birthDate: '1990-02-28' }],
    ['29/02 of a leap year', { birthDate: '29/02/1992' }, { birthDate: '1992-02-29' }],
    ['ethnicity by name', { ethnicity: 'Kinh' }, { ethnicityCode: '01' }],
    ['ethnicity without diacritics ("Thai" → Thái)', { ethnicity: 'Thai' }, { ethnicityCode: '03' }],
    ['ethnicity "H\'Mông" → Mông', { ethnicity: "H'Mông" }, { ethnicityCode: '08' }],
    ['ethnicity "Khmer" → Khơ-me', { ethnicity: 'Khmer' }, { ethnicityCode: '05' }],
    ['ethnicity "khơ me" without hyphen', { ethnicity: 'khơ me' }, { ethnicityCode: '05' }],
    ['ethnicity with "Dân tộc" prefix', { ethnicity: 'Dân tộc Tày' }, { ethnicityCode: '02' }],
    ['ethnicity code', { ethnicity: '54' }, { ethnicityCode: '54' }],
    ['ethnicity code as a number', { ethnicity: 7 }, { ethnicityCode: '07' }],
    ['national ID as text', { nationalId: '001090012345' }, { nationalId: '001090012345' }],
    ['national ID with spaces', { nationalId: '001 090 012 345' }, { nationalId: '001090012345' }],
    [
      'national ID that lost its leading zeros as a number',
      { nationalId: 1_090_012_345 },
      { nationalId: '001090012345' },
    ],
    ['staff type without diacritics', { staffType: 'vien chuc' }, { staffType: 'public-employee' }],
    [
      'staff type label with comma',
      { staffType: 'Cán bộ, công chức cấp xã' },
      { staffType: 'commune-official' },
    ],
    ['unit by name, any case', { unit: 'phòng nội vụ' }, { unitId: noiVu.id }],
    ['unit by name without diacritics', { unit: 'To Mot Cua' }, { unitId: motCua.id }],
    ['unit by code', { unit: 'MC' }, { unitId: motCua.id }],
    ['unit code tells same-named units apart', { unit: 'TH1-B' }, { unitId: truongB.id }],
    [
      'formula-looking name kept as typed',
      { fullName: '=HYPERLINK("http://x","y")' },
      { fullName: '=HYPERLINK("http://x","y")' },
    ],
    ['"+", "-", "@" text kept as typed', { position: '@SUM(A1)' }, { position: '@SUM(A1)' }],
    [
      'name trimmed and NFC-normalised',
      { fullName: '  Nguye\u0302\u0303n Văn An ' },
      { fullName: 'Nguyễn Văn An' },
    ],
    [
      'recruited after birth',
      { birthDate: '01/01/1990', recruitedOn: '01/09/2015' },
      { recruitedOn: '2015-09-01' },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(valid({ ...base, ...raw })).toMatchObject(expected);
  });

  it('leaves out the optional fields that are empty', () => {
    expect(valid({ ...base, position: '   ', ethnicity: null, nationalId: '' })).toEqual({
      unitId: noiVu.id,
      unitName: 'Phòng Nội vụ',
      fullName: 'Nguyễn Văn An',
      sex: 'male',
      staffType: 'civil-servant',
    });
  });
});

describe('validatePersonRow: errors name the column and the expected form', () => {
  it.each<[string, RawPersonRow, string, RegExp]>([
    [
      'impossible date',
      { birthDate: '31/02/1990' },
      'Ngày sinh',
      /^Ngày sinh "31\/02\/1990" không tồn tại; nhập theo dạng dd\/mm\/yyyy$/,
    ],
    ['29/02 of a common year', { birthDate: '29/02/1991' }, 'Ngày sinh', /không tồn tại/],
    [
      'not a date',
      { birthDate: 'mười lăm' },
      'Ngày sinh',
      /không đúng dạng ngày; nhập theo dạng dd\/mm\/yyyy/,
    ],
    ['two-digit year', { birthDate: '15/05/90' }, 'Ngày sinh', /không đúng dạng ngày/],
    ['before 1900', { birthDate: '01/01/1850' }, 'Ngày sinh', /1900–2100/],
    ['born in the future', { birthDate: '01/07/2025' }, 'Ngày sinh', /sau ngày hôm nay/],
    [
      'recruited before birth',
      { birthDate: '01/01/1990', recruitedOn: '01/01/1980' },
      'Ngày tuyển dụng',
      /phải sau ngày sinh/,
    ],
    ['bad recruitment date', { recruitedOn: '2015-13-01' }, 'Ngày tuyển dụng', /không tồn tại/],
    ['missing name', { fullName: '  ' }, 'Họ và tên', /Chưa nhập họ và tên/],
    ['name too long', { fullName: 'A'.repeat(201) }, 'Họ và tên', /200/],
    ['control character in name', { fullName: 'An\u0007' }, 'Họ và tên', /ký tự điều khiển/],
    ['unknown sex', { sex: 'Khác' }, 'Giới tính', /"Khác" không hợp lệ; chọn "Nam" hoặc "Nữ"/],
    ['missing sex', { sex: null }, 'Giới tính', /Chưa nhập giới tính/],
    ['unknown ethnicity', { ethnicity: 'Kinhh' }, 'Dân tộc', /"Kinhh" không có trong danh mục 54 dân tộc/],
    ['ethnicity code out of the list', { ethnicity: '55' }, 'Dân tộc', /"55"/],
    [
      'national ID of 11 digits as text',
      { nationalId: '01234567890' },
      'Số định danh cá nhân',
      /nhập đủ 12 chữ số/,
    ],
    ['national ID with letters', { nationalId: '00109001234A' }, 'Số định danh cá nhân', /12 chữ số/],
    [
      'unknown staff type',
      { staffType: 'Bộ đội' },
      'Loại cán bộ',
      /"Bộ đội" không có trong danh mục; chọn một trong: "Công chức"/,
    ],
    ['missing staff type', { staffType: '' }, 'Loại cán bộ', /Chưa nhập loại cán bộ/],
    [
      'unit not in scope (or unknown)',
      { unit: 'Xã Bình An' },
      'Đơn vị',
      /^Đơn vị "Xã Bình An" không có trong các đơn vị bạn quản lý/,
    ],
    [
      'ambiguous unit name',
      { unit: 'Trường Tiểu học số 1' },
      'Đơn vị',
      /Có 2 đơn vị cùng tên.*nhập mã đơn vị/,
    ],
    ['inactive unit', { unit: 'LD' }, 'Đơn vị', /đã ngừng hoạt động/],
  ])('%s', (_name, raw, column, message) => {
    const errors = errorsOf({ ...base, ...raw });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.column).toBe(column);
    expect(errors[0]!.message).toMatch(message);
  });

  it('never falls back to the default unit for a named unit it cannot find', () => {
    expect(validatePersonRow({ ...base, unit: 'Đơn vị lạ' }, ctx).ok).toBe(false);
  });

  it('reports an empty unit when there is no default unit', () => {
    expect(errorsOf(base, { ...ctx, defaultUnit: null })).toEqual([
      { column: 'Đơn vị', message: 'Chưa nhập đơn vị; nhập tên hoặc mã đơn vị' },
    ]);
  });

  it('reports every problem of a row, not only the first', () => {
    const columns = errorsOf({ fullName: '', sex: 'x', birthDate: '31/02/1990', staffType: '?' }).map(
      (e) => e.column,
    );
    expect(columns).toEqual(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Loại cán bộ']);
  });
});

describe('helpers', () => {
  it.each([
    ['ho va ten', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Họ tên', 'fullName'],
    ['Giới tính', 'sex'],
    ['Số CCCD', 'nationalId'],
    ['ngay tuyen dung', 'recruitedOn'],
    ['Ghi chú', undefined],
  ])('header %s → %s', (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  it('keeps the 54 ethnic names distinct once folded, so a name never means two groups', () => {
    expect(new Set(ETHNICITIES.map((e) => foldKey(e.name))).size).toBe(54);
  });

  it.each([
    ['01/13/1990', 'impossible'],
    ['1990-02-30', 'impossible'],
    ['abc', 'format'],
    ['', 'format'],
  ])('parseDateCell(%s) → %s', (text, problem) => {
    expect(parseDateCell(text)).toEqual({ problem });
  });

  it('treats a row with only blanks as empty', () => {
    expect(isEmptyRow({ fullName: '  ', sex: null })).toBe(true);
    expect(isEmptyRow({ position: 'x' })).toBe(false);
  });

  it('flags later rows with the same name (any case/diacritics), birth date and unit', () => {
    const p = (fullName: string, birthDate: string | undefined, unitId = noiVu.id) =>
      ({
        fullName,
        birthDate,
        unitId,
        unitName: '',
        sex: 'male',
        staffType: 'civil-servant',
      }) as ImportedPerson;
    const duplicates = findDuplicateRows([
      { row: 2, person: p('Nguyễn Văn An', '1990-01-01') },
      { row: 3, person: p('nguyen van an', '1990-01-01') },
      { row: 4, person: p('Nguyễn Văn An', '1990-01-02') },
      { row: 5, person: p('Nguyễn Văn An', '1990-01-01', motCua.id) },
      { row: 6, person: p('Lê Thị Bé', undefined) },
      { row: 7, person: p('Lê Thị Bé', undefined) },
    ]);
    expect([...duplicates]).toEqual([
      [3, 2],
      [7, 6],
    ]);
  });
});
