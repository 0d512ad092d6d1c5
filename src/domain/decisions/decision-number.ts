import type { AuthorityLevel } from '../law/types';

/**
 * "Số: 05/QĐ-UBND" (Decree 30/2020 Appendix I): numbers under 10 get a leading 0, "/" between the
 * number and the symbol, no spaces.
 */
export function formatDecisionNumber(n: number, symbol: string): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Decision number must be a positive integer, got ${n}`);
  return `${n < 10 ? `0${n}` : n}/${symbol.replace(/\s+/g, '')}`;
}

/** The golden-book number as printed: one running sequence per issuer, four digits at least. */
export function formatGoldenBookNumber(n: number): string {
  return String(n).padStart(4, '0');
}

/**
 * The conferring level a decision's issuer stands for, by the kind of its unit. From 1/7/2025 a ward or
 * commune People's Committee confers at commune level (Decree 129/2025 Art 59); an agency or a public
 * service unit as the head of a unit (Law Art 80(1)); an enterprise by Art 80(4).
 */
export function authorityLevelOfUnitKind(kind: string): AuthorityLevel {
  switch (kind) {
    case 'agency':
    case 'public-service-unit':
    case 'school':
      return 'agency';
    case 'enterprise':
      return 'enterprise';
    default:
      return 'commune';
  }
}

/** Default legal bases (Căn cứ) of a commendation decision, editable per decision. */
export const DEFAULT_LEGAL_BASES: readonly string[] = [
  'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025',
  'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022',
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
  'Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ',
];

/** Legal bases as printed: each on its own line ending ";", the last ending "." (Decree 30/2020). */
export function punctuateLegalBases(bases: readonly string[]): string[] {
  const clean = bases.map((b) => b.trim().replace(/[;.,]+$/, '')).filter((b) => b.length > 0);
  return clean.map((b, i) => `${b}${i === clean.length - 1 ? '.' : ';'}`);
}
