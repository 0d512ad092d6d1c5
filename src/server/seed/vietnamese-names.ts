import { ETHNICITIES } from '../../shared/codes';

/*
 * Name patterns of the ethnic groups of Lai Châu. Family names, middle names and given names differ by
 * group and by sex (Kinh "Văn/Thị", Mông men "A/Seo", Dao men "Láo/Chàn", Hà Nhì men "Xá/Gò"…), so a
 * generated register reads like a real one and name search meets real diacritics (ỷ, ẩ, ờ, ỏ…).
 */

export type NameGroup = 'kinh' | 'thai' | 'mong' | 'dao' | 'hanhi' | 'giay' | 'lu' | 'other';

export interface NamePattern {
  families: readonly string[];
  male: { middles: readonly string[]; givens: readonly string[] };
  female: { middles: readonly string[]; givens: readonly string[] };
}

/** A repeated entry weighs more: Nguyễn and "Văn/Thị" dominate as they do in real registers. */
export const NAME_PATTERNS: Record<NameGroup, NamePattern> = {
  kinh: {
    families: [
      ...['Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm'],
      ...['Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Đinh', 'Hà', 'Đào', 'Trịnh'],
    ],
    male: {
      middles: ['Văn', 'Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Ngọc', 'Thanh', 'Tiến'],
      givens: [
        ...['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Kiên', 'Long', 'Mạnh'],
        ...['Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Thành', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Hiếu'],
      ],
    },
    female: {
      middles: ['Thị', 'Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Phương', 'Thùy', 'Kim'],
      givens: [
        ...['Anh', 'Bích', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huyền', 'Lan'],
        ...['Linh', 'Loan', 'Mai', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thủy', 'Yến'],
      ],
    },
  },
  thai: {
    families: ['Lò', 'Lò', 'Lò', 'Lường', 'Lường', 'Tòng', 'Quàng', 'Cầm', 'Điêu', 'Vì', 'Hoàng', 'Lù'],
    male: {
      middles: ['Văn', 'Văn', 'Văn', 'Văn', 'Văn', 'Minh'],
      givens: ['Piếng', 'Ón', 'Xuân', 'Duẩn', 'Chăm', 'Pánh', 'Thoong', 'Inh', 'Quyết', 'Sướng', 'Hặc'],
    },
    female: {
      middles: ['Thị', 'Thị', 'Thị', 'Thị', 'Thị', 'Thu'],
      givens: ['Xuân', 'Ươi', 'Pọm', 'Hoa', 'Ính', 'Phương', 'Mai', 'Lả', 'Thoa', 'Ván', 'En', 'Hom'],
    },
  },
  mong: {
    families: ['Giàng', 'Giàng', 'Sùng', 'Sùng', 'Vàng', 'Thào', 'Lý', 'Hầu', 'Mùa', 'Lầu', 'Vừ', 'Hạng'],
    male: {
      middles: ['A', 'A', 'A', 'A', 'Seo', 'Văn'],
      givens: ['Páo', 'Dính', 'Chứ', 'Sính', 'Tủa', 'Chá', 'Lử', 'Pao', 'Chu', 'Sử', 'Dơ', 'Vư'],
    },
    female: {
      middles: ['Thị', 'Thị', 'Thị', 'Thị', 'Thị', 'Thị'],
      givens: ['Mỷ', 'Dợ', 'Sua', 'Pa', 'Mai', 'Chá', 'Dê', 'Say', 'Lan', 'Di', 'Sinh', 'Mao'],
    },
  },
  dao: {
    families: ['Tẩn', 'Tẩn', 'Chảo', 'Chảo', 'Phàn', 'Phàn', 'Lý', 'Triệu', 'Đặng', 'Bàn', 'Chảo', 'Tẩn'],
    male: {
      middles: ['Láo', 'Láo', 'Văn', 'Văn', 'Chàn', 'A'],
      givens: ['San', 'Lở', 'Chài', 'Kiềm', 'Vần', 'Tả', 'Phin', 'Quẩy', 'Sinh', 'Chòi', 'Lìu', 'Phây'],
    },
    female: {
      middles: ['Thị', 'Thị', 'Thị', 'Thị', 'Mẩy', 'Thị'],
      givens: ['Mẩy', 'Dín', 'Chiêu', 'Sếnh', 'Lở', 'Nhất', 'Xuân', 'Kiều', 'Chài', 'Sài', 'Phấy', 'Mùi'],
    },
  },
  hanhi: {
    families: ['Pờ', 'Pờ', 'Lý', 'Lý', 'Chu', 'Lù', 'Phu', 'Sừ', 'Hù', 'Ly', 'Pờ', 'Chu'],
    male: {
      middles: ['Xá', 'Xá', 'Gò', 'A', 'Lỳ', 'Là'],
      givens: ['Dờ', 'Phạ', 'Chừ', 'Xá', 'Phì', 'Sừ', 'Gơ', 'Pà', 'Lò', 'Hừ', 'Mé', 'Cà'],
    },
    female: {
      middles: ['Thị', 'Thị', 'Thị', 'Thị', 'Mi', 'Thị'],
      givens: ['Nhù', 'Mé', 'Phà', 'Xá', 'Gơ', 'Chà', 'Pừ', 'Lừ', 'Sơ', 'Mò', 'Dì', 'Cơ'],
    },
  },
  giay: {
    families: ['Vàng', 'Vàng', 'Vàng', 'Lò', 'Hoàng', 'Lù', 'Sần', 'Giàng'],
    male: {
      middles: ['Văn', 'Văn', 'Văn', 'Văn', 'Seo', 'A'],
      givens: ['Phủ', 'Sang', 'Chung', 'Pằn', 'Sinh', 'Dũng', 'Chiến', 'Thào', 'Phìn', 'Tình'],
    },
    female: {
      middles: ['Thị', 'Thị', 'Thị', 'Thị', 'Thị', 'Thị'],
      givens: ['Thìn', 'Mỷ', 'Lan', 'Phương', 'Sen', 'Dung', 'Mai', 'Sèn', 'Ngân', 'Hoa'],
    },
  },
  lu: {
    families: ['Tao', 'Tao', 'Tao', 'Lò', 'Lường', 'Chẻo', 'Pồn', 'Đao'],
    male: {
      middles: ['Văn', 'Văn', 'Văn', 'Văn', 'Văn', 'Văn'],
      givens: ['Ún', 'Pấng', 'Ón', 'Khăm', 'Xiêng', 'Pọm', 'Ướn', 'Xăm', 'Bun', 'Kiên'],
    },
    female: {
      middles: ['Thị', 'Thị', 'Thị', 'Thị', 'Thị', 'Thị'],
      givens: ['Ón', 'Pỏm', 'Khăm', 'Xuân', 'Ương', 'Ín', 'Xiêng', 'Pẻng', 'Phăn', 'Oi'],
    },
  },
  other: {
    families: ['Hoàng', 'Nông', 'Lò', 'Hà', 'Đinh', 'Bùi', 'Lèng', 'Chang', 'Pờ', 'Lý'],
    male: {
      middles: ['Văn', 'Văn', 'Văn', 'A', 'Văn', 'Văn'],
      givens: ['Sơn', 'Chính', 'Khương', 'Thắng', 'Nhất', 'Pao', 'Lừ', 'Hải', 'Chiến', 'Xuân'],
    },
    female: {
      middles: ['Thị', 'Thị', 'Thị', 'Thị', 'Thị', 'Thị'],
      givens: ['Hương', 'Lan', 'Mai', 'Sinh', 'Ca', 'Pà', 'Thanh', 'Nhung', 'Xuân', 'Hoa'],
    },
  },
};

/**
 * Ethnic mix of the demo register, close to Lai Châu's: Kinh 45 %, Thái 20 %, Mông 15 %, Dao 8 %,
 * Hà Nhì 4 %, Giáy 4 %, Lự 2 %, others 2 %. Groups are named, not numbered, so the codes always
 * come from `ETHNICITIES` in src/shared/codes.ts.
 */
export const ETHNIC_MIX: ReadonlyArray<{ name: string; group: NameGroup; weight: number }> = [
  { name: 'Kinh', group: 'kinh', weight: 45 },
  { name: 'Thái', group: 'thai', weight: 20 },
  { name: 'Mông', group: 'mong', weight: 15 },
  { name: 'Dao', group: 'dao', weight: 8 },
  { name: 'Hà Nhì', group: 'hanhi', weight: 4 },
  { name: 'Giáy', group: 'giay', weight: 4 },
  { name: 'Lự', group: 'lu', weight: 2 },
  { name: 'Tày', group: 'other', weight: 0.5 },
  { name: 'Khơ-mú', group: 'other', weight: 0.5 },
  { name: 'La Hủ', group: 'other', weight: 0.4 },
  { name: 'Mường', group: 'other', weight: 0.3 },
  { name: 'Cống', group: 'other', weight: 0.2 },
  { name: 'Mảng', group: 'other', weight: 0.1 },
];

/** Lower-case, without diacritics and separators: "Khơ-mú" and "Khơ Mú" compare equal. */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .toLowerCase()
    .replace(/[\s\-–]+/g, ' ')
    .trim();
}

/** The code list entry for an ethnic group name; throws so a renamed group fails loudly in tests. */
export function ethnicityCodeOf(name: string): string {
  const wanted = foldName(name).replaceAll(' ', '');
  const found = ETHNICITIES.find((e) => foldName(e.name).replaceAll(' ', '') === wanted);
  if (!found) throw new Error(`Ethnic group "${name}" is not in ETHNICITIES (src/shared/codes.ts)`);
  return found.code;
}
