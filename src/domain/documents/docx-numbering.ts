/**
 * Word's automatic list numbering. A numbered or bulleted paragraph in word/document.xml carries only
 * w:numPr (list id and level); the "1.", "a)" or bullet it shows is defined in word/numbering.xml. The
 * parser needs those labels to find the numbered parts of the body, so they are rebuilt here.
 */

interface Level {
  format: string;
  text: string;
  start: number;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

function formatCounter(format: string, n: number): string {
  switch (format) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    default:
      return String(n);
  }
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`${name}="([^"]*)"`, 'u').exec(tag)?.[1] ?? null;
}

/** Counts list items in document order and returns the label each numbered paragraph shows. */
export class ListNumbering {
  private readonly levels = new Map<string, Level>();
  private readonly abstractOf = new Map<string, string>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: string | null) {
    if (!numberingXml) return;
    for (const abs of numberingXml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/gu)) {
      const absId = attr(abs[1]!, 'w:abstractNumId');
      for (const lvl of abs[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/gu)) {
        const ilvl = attr(lvl[1]!, 'w:ilvl');
        const body = lvl[2]!;
        this.levels.set(`${absId}:${ilvl}`, {
          format: attr(/<w:numFmt\b[^>]*>/u.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
          text: attr(/<w:lvlText\b[^>]*>/u.exec(body)?.[0] ?? '', 'w:val') ?? '',
          start: Number(attr(/<w:start\b[^>]*>/u.exec(body)?.[0] ?? '', 'w:val') ?? '1'),
        });
      }
    }
    for (const num of numberingXml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/gu)) {
      const numId = attr(num[1]!, 'w:numId');
      const absId = attr(/<w:abstractNumId\b[^>]*>/u.exec(num[2]!)?.[0] ?? '', 'w:val');
      if (numId && absId) this.abstractOf.set(numId, absId);
    }
  }

  /** The label of the next item of list `numId` at level `ilvl`, e.g. "2.", "b)", "-" (bullets). */
  next(numId: string, ilvl: number): string {
    const absId = this.abstractOf.get(numId);
    const level = absId === undefined ? undefined : this.levels.get(`${absId}:${ilvl}`);
    if (!level || numId === '0') return '';
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return '';
    const counters = this.counters.get(absId!) ?? [];
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    counters.length = ilvl + 1;
    this.counters.set(absId!, counters);
    return level.text.replace(/%(\d)/gu, (_, d: string) => {
      const k = Number(d) - 1;
      const lv = this.levels.get(`${absId}:${k}`);
      return formatCounter(lv?.format ?? 'decimal', counters[k] ?? lv?.start ?? 1);
    });
  }
}
