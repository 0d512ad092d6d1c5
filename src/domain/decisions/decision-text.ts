/*
 * The wording of an award decision in the Decree 30/2020 layout (legal.md §9): issuer lines, authority
 * line, articles and annex heading, built from the decision's data. Pure; the server fills the template.
 */

const PC = 'Ủy ban nhân dân';

const lowerFirst = (s: string) => (s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s);

/** "Phường Tân Phong" → "Tân Phong"; "Ủy ban nhân dân thành phố Lai Châu" → "Lai Châu". */
export function placeOf(unitName: string): string {
  return unitName
    .replace(/^(ủy|uỷ) ban nhân dân\s+/i, '')
    .replace(/^(thành phố|thị xã|quận|huyện|phường|xã|thị trấn|tỉnh|đặc khu)\s+/i, '')
    .trim();
}

/** The People's Committee a unit stands for: "Phường Tân Phong" → "Ủy ban nhân dân phường Tân Phong". */
export function committeeNameOf(unitName: string, kind: string): string {
  if (/^(ủy|uỷ) ban nhân dân/i.test(unitName)) return unitName;
  if (kind === 'ward' || kind === 'commune') return `${PC} ${lowerFirst(unitName)}`;
  return unitName;
}

/** The issuing body as printed (upper case) and the default place of the date line. */
export function issuerDefaultsOf(unitName: string, kind: string): { issuerName: string; place: string } {
  return {
    issuerName: committeeNameOf(unitName, kind).toLocaleUpperCase('vi'),
    place: placeOf(unitName),
  };
}

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG": the chairman decides titles personally (Law Art 80). */
export function authorityLineOf(issuerName: string): string {
  return `CHỦ TỊCH ${issuerName.toLocaleUpperCase('vi')}`;
}

/** "Chủ tịch Ủy ban nhân dân phường Tân Phong" for the annex's "(Kèm theo Quyết định …)" line. */
export function deciderShortOf(unitName: string, kind: string): string {
  return `Chủ tịch ${committeeNameOf(unitName, kind)}`;
}

export type RecipientKindWord = 'individual' | 'collective' | 'household';

const KIND_WORDS: Record<RecipientKindWord, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/** "cá nhân", "tập thể", or "cá nhân, tập thể" for a mixed annex, in the order of the kinds. */
export function kindsWordOf(kinds: readonly RecipientKindWord[]): string {
  const order: RecipientKindWord[] = ['individual', 'collective', 'household'];
  return order
    .filter((k) => kinds.includes(k))
    .map((k) => KIND_WORDS[k])
    .join(', ');
}

/** "danh hiệu “Chiến sĩ thi đua cơ sở”" for a title, "Giấy khen" for a form. */
export function awardPhraseOf(awardName: string, awardClass: 'title' | 'form'): string {
  return awardClass === 'title' ? `danh hiệu “${awardName}”` : awardName;
}

/** Integer VND as printed: 2340000 → "2.340.000". */
export function formatVnd(amount: number): string {
  return String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export interface DecisionArticlesInput {
  awardPhrase: string;
  year: number;
  count: number;
  kindsWord: string;
  totalAmount: number;
}

/** Điều 1 (the award), Điều 2 (prize money), Điều 3 (execution). */
export function decisionArticlesOf(a: DecisionArticlesInput): {
  article1: string;
  article2: string;
  article3: string;
} {
  return {
    article1: `Tặng ${a.awardPhrase} năm ${a.year} cho ${a.count} ${a.kindsWord} đã có thành tích xuất sắc (có danh sách kèm theo).`,
    article2:
      a.totalAmount > 0
        ? `Kèm theo là tiền thưởng theo quy định tại Điều 49 Nghị định số 152/2025/NĐ-CP của Chính phủ; tổng số tiền: ${formatVnd(a.totalAmount)} đồng, chi từ Quỹ thi đua, khen thưởng.`
        : 'Khen thưởng không kèm theo tiền thưởng.',
    article3:
      'Văn phòng, các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
  };
}

/** "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ” NĂM 2025". */
export function annexTitleOf(kindsWord: string, awardPhrase: string, year: number): string {
  return `Danh sách ${kindsWord} được tặng ${awardPhrase} năm ${year}`.toLocaleUpperCase('vi');
}
