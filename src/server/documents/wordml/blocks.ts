import {
  CM,
  cell,
  loopParagraphs,
  optionalParagraph,
  type ParaStyle,
  para,
  row,
  rule,
  TEXT_WIDTH,
  table,
} from './wordml';

/*
 * The recurring parts of a Decree 30/2020 document (Appendix I): heading table, title with its rule,
 * legal bases, articles, signature block with "Nơi nhận". Sizes per legal.md §9.2.
 */

const LEFT = 4000;
const RIGHT = TEXT_WIDTH - LEFT;
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Body paragraph: justified, first-line indent 1 cm, 6 pt after, size 14. */
export const BODY: ParaStyle = { firstLine: CM, after: 6, line: 264, sz: 14 };

export function body(content: string | readonly string[], extra: ParaStyle = {}): string {
  return para(content, { ...BODY, ...extra });
}

/** Issuer block and national motto side by side, then "Số:" and the italic place-date line. */
export function documentHead(): string {
  const issuer = [
    ...optionalParagraph('parentIssuer', { align: 'center', sz: 13 }),
    para('{issuer}', { b: true, align: 'center', sz: 13 }),
    rule(1300, LEFT),
  ];
  const motto = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true, align: 'center', sz: 12 }),
    para(MOTTO, { b: true, align: 'center', sz: 13 }),
    rule(3350, RIGHT),
  ];
  return table(
    [
      row([cell(issuer, { width: LEFT }), cell(motto, { width: RIGHT })]),
      row([
        cell([para('Số: {number}', { align: 'center', sz: 13, before: 4 })], { width: LEFT }),
        cell(
          [
            para('{place}, ngày {day} tháng {month} năm {year}', {
              i: true,
              align: 'center',
              sz: 14,
              before: 4,
            }),
          ],
          {
            width: RIGHT,
          },
        ),
      ]),
    ],
    [LEFT, RIGHT],
    false,
  );
}

/** Only the national motto (reports written by a person): centred, then the place-date line on the right. */
export function mottoHead(): string[] {
  return [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true, align: 'center', sz: 13 }),
    para(MOTTO, { b: true, align: 'center', sz: 14 }),
    rule(3400, TEXT_WIDTH, 6),
    para('{place}, ngày {day} tháng {month} năm {year}', { i: true, align: 'right', sz: 14, after: 12 }),
  ];
}

/** Document type (e.g. "QUYẾT ĐỊNH") and its subject line (a field), with the short rule beneath. */
export function documentTitle(type: string, subjectField = 'subject'): string[] {
  return [
    para(type, { b: true, align: 'center', sz: 14, before: 18, keepNext: true }),
    para(`{${subjectField}}`, { b: true, align: 'center', sz: 14, keepNext: true }),
    rule(2268, TEXT_WIDTH, 12),
  ];
}

/** Each legal basis on its own italic line (the data carries the ';' and the final '.'). */
export function legalBases(): string[] {
  return loopParagraphs('legalBases', [
    para('{text}', { i: true, firstLine: CM, after: 4, line: 264, sz: 14 }),
  ]);
}

/** "Điều n." in bold followed by the article text. */
export function article(n: number, field: string): string {
  return body([
    `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Điều ${n}. </w:t></w:r>`,
    `{${field}}`,
  ]);
}

/** A bold section heading inside the body ("I. …", "1. …"). */
export function heading(text: string): string {
  return para(text, { b: true, firstLine: CM, before: 6, after: 6, sz: 14, keepNext: true });
}

/** Paragraphs from a TextLine[] field, each as a body paragraph (optionally prefixed, e.g. "- "). */
export function lines(field: string, prefix = ''): string[] {
  return loopParagraphs(field, [body(prefix ? [prefix, '{text}'] : '{text}')]);
}

function signerColumn(position: string[], nameField: string): string[] {
  return [
    ...position,
    para(''),
    para(''),
    para(''),
    para(''),
    para(`{${nameField}}`, { b: true, align: 'center', sz: 14 }),
  ];
}

/** "Nơi nhận" on the left (12 bold italic, lines 11), signer on the right (TM./KT. line optional). */
export function signatureWithCopies(withCopies = true): string {
  const left = withCopies
    ? [
        para('Nơi nhận:', { b: true, i: true, align: 'left', sz: 12 }),
        ...loopParagraphs('copyTo', [para(['- ', '{text}'], { align: 'left', sz: 11 })]),
      ]
    : [para('')];
  const right = signerColumn(
    [
      ...optionalParagraph('signerAuthority', { b: true, align: 'center', sz: 14 }),
      para('{signerPosition}', { b: true, align: 'center', sz: 14 }),
    ],
    'signerName',
  );
  return table(
    [row([cell(left, { width: 4200 }), cell(right, { width: TEXT_WIDTH - 4200 })])],
    [4200, TEXT_WIDTH - 4200],
    false,
  );
}

/** Two signers side by side (minutes, achievement reports): fixed captions, name fields. */
export function twoSigners(
  left: { caption: string[]; name: string },
  right: { caption: string[]; name: string },
): string {
  const half = Math.floor(TEXT_WIDTH / 2);
  const column = (s: { caption: string[]; name: string }) =>
    signerColumn(
      s.caption.map((c) => para(c, { b: true, align: 'center', sz: 14 })),
      s.name,
    );
  return table(
    [row([cell(column(left), { width: half }), cell(column(right), { width: TEXT_WIDTH - half })])],
    [half, TEXT_WIDTH - half],
    false,
  );
}

/** Spacing before a signature block. */
export const gap = (): string => para('', { after: 6 });
