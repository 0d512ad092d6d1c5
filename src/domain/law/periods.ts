import type { Dated, IsoDate } from './types';

/*
 * The legal periods every rule hangs on (legal.md §0). Before 2024-01-01 the 2003 law applied; the
 * catalogue does not model it, so evaluating an earlier decision is refused rather than guessed.
 */

/** Law 06/2022/QH15 and Decree 98/2023/NĐ-CP in force. */
export const LAW_2022_FROM: IsoDate = '2024-01-01';
/** Last day of Decree 98/2023 (replaced by Decree 152/2025, Art 59). */
export const DECREE_98_TO: IsoDate = '2025-06-30';
/** Decree 152/2025/NĐ-CP and Decree 129/2025/NĐ-CP (two-tier local government) in force. */
export const DECREE_152_FROM: IsoDate = '2025-07-01';

export const LAW = 'Luật Thi đua, khen thưởng 2022';
export const D98 = 'Nghị định 98/2023/NĐ-CP';
export const D152 = 'Nghị định 152/2025/NĐ-CP';
export const D129 = 'Nghị định 129/2025/NĐ-CP';
export const D86 = 'Nghị định 86/2023/NĐ-CP';
export const TT01 = 'Thông tư 01/2024/TT-BNV';

/** Is `date` inside the closed period [from, to]? */
export function isInForce(entry: { from: IsoDate; to?: IsoDate }, date: IsoDate): boolean {
  return entry.from <= date && (entry.to === undefined || date <= entry.to);
}

/** The first entry in force on `date`; series are pre-sorted so the first hit is the one that wins. */
export function pickInForce<T>(series: readonly Dated<T>[] | undefined, date: IsoDate): Dated<T> | undefined {
  if (!series) return undefined;
  for (const entry of series) if (isInForce(entry, date)) return entry;
  return undefined;
}

/** Same text under D98 before 1/7/2025 and under D152 from then on (legal.md §2.2: D152 Art 4 = D98 Art 4). */
export function d98ThenD152(article: string, verifiedAfter = true): Dated<string>[] {
  return [
    { value: `${D98}, ${article}`, from: LAW_2022_FROM, to: DECREE_98_TO, source: D98, verified: true },
    {
      value: `${D152}, ${article}`,
      from: DECREE_152_FROM,
      source: D152,
      verified: verifiedAfter,
      ...(verifiedAfter ? {} : { note: 'Điều khoản tương ứng của Nghị định 152/2025 chưa được kiểm chứng.' }),
    },
  ];
}

/** A source that does not change with the decree (the Law itself). */
export function always(text: string, verified = true, note?: string): Dated<string>[] {
  return [{ value: text, from: LAW_2022_FROM, source: text, verified, ...(note ? { note } : {}) }];
}
