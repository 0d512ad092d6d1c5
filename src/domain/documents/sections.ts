import type { DocLine } from './normalize-lines';
import { collapseSpaces } from './text-utils';

export interface Section {
  number: string;
  text: string;
}

interface Scheme {
  pattern: RegExp;
  /** The label of the n-th part (1-based). */
  label: (n: number) => string;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

// The top level of a body, from the highest: articles of a decision ("Điều 1."), Roman parts of a plan
// ("I. MỤC ĐÍCH, YÊU CẦU"), numbered tasks ("1. …", as in the launching document).
const SCHEMES: Scheme[] = [
  { pattern: /^Điều\s+(\d{1,3})\s*[.:]?\s*(.*)$/u, label: String },
  { pattern: /^(?:Phần\s+|PHẦN\s+)?([IVX]{1,4})\s*[.):–-]\s*(.*)$/u, label: (n) => ROMAN[n - 1] ?? '' },
  { pattern: /^(\d{1,2})\s*[.)](?!\d)\s*(.*)$/u, label: String },
];

// Paragraphs that close the body after its last numbered part ("Trên đây là nội dung …").
const CLOSING =
  /^(Trên đây|Trong quá trình (thực hiện|triển khai)|Quá trình (thực hiện|triển khai)|Nhận được|Rất mong|Vậy,?\s)/u;

function firstMatch(lines: DocLine[], scheme: Scheme): boolean {
  return lines.some((l) => scheme.pattern.exec(l.text)?.[1] === scheme.label(1));
}

/**
 * The numbered key parts of the body, each with its whole text (sub-items and following paragraphs
 * included, line breaks normalised to spaces) up to the next part of the same level.
 */
export function parseSections(lines: DocLine[], start: number, end: number): Section[] {
  const body = lines.slice(start, Math.max(start, end));
  const scheme = SCHEMES.find((s) => firstMatch(body, s));
  if (!scheme) return [];
  const sections: { number: string; parts: string[] }[] = [];
  let expected = 1;
  for (const line of body) {
    const match = scheme.pattern.exec(line.text);
    if (match && match[1] === scheme.label(expected)) {
      sections.push({ number: match[1]!, parts: [match[2]!] });
      expected++;
      if (/\.\/\.$/u.test(line.text)) break;
      continue;
    }
    const current = sections[sections.length - 1];
    if (!current) continue;
    if (scheme !== SCHEMES[0] && CLOSING.test(line.text)) break;
    current.parts.push(line.text);
    // "./." ends the body of a Vietnamese administrative document.
    if (/\.\/\.$/u.test(line.text)) break;
  }
  return sections.map((s) => ({ number: s.number, text: collapseSpaces(s.parts.join(' ')) }));
}
