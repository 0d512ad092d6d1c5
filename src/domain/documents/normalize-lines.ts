import {
  collapseSpaces,
  isMottoStart,
  isRuleLine,
  isSignatureNote,
  isUpperCaseLine,
  looseKey,
} from './text-utils';

/** One visible line of the document after clean-up; `breakBefore` marks a paragraph or column boundary. */
export interface DocLine {
  text: string;
  breakBefore: boolean;
}

type RawItem = { kind: 'text'; text: string } | { kind: 'row'; cells: string[] } | { kind: 'blank' };

/** NFC, no BOM, "\n" line ends: the same document typed on Windows, macOS or Linux reads the same. */
export function normalizeInput(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\uFEFF]/gu, '');
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Remove markdown and HTML decoration from one line: headings, emphasis, links, escapes, tags. */
export function cleanInline(line: string): string {
  let s = line.replace(/\\$/u, '');
  s = s.replace(/^\s{0,3}(>\s*)+/u, '');
  s = s.replace(/^\s*#{1,6}\s+/u, '').replace(/\s+#+\s*$/u, '');
  s = s.replace(/^\s*\*\s+(?=\S)/u, '- ');
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ');
  s = s.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1');
  s = s.replace(/<\/?[a-zA-Z][^>]*>/gu, ' ');
  s = s.replace(/&(nbsp|amp|lt|gt|quot|apos);/gu, (_, name: string) => ENTITIES[name] ?? '');
  if (isRuleLine(s)) return '';
  s = s.replace(/(?<!\\)\*+/gu, '');
  s = s
    .replace(/(?<!\\)(^|[\s(“"'‘])_+(?=\S)/gu, '$1')
    .replace(/(?<=\S)(?<!\\)_+(?=$|[\s).,;:!?”"'’])/gu, '');
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/gu, '$1');
  const cleaned = collapseSpaces(s);
  return isRuleLine(cleaned) ? '' : cleaned;
}

/** Split a markdown table row on unescaped pipes, dropping the empty edges. */
function splitPipeRow(line: string): string[] {
  const cells = line.trim().split(/(?<!\\)\|/u);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
  return cells;
}

const MARKDOWN_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

/** Classify raw lines: table rows (markdown pipes, or plain-text columns set apart by tabs/3+ spaces). */
function classify(text: string): RawItem[] {
  const items: RawItem[] = [];
  // Set after a plain-text line split into columns (not after a markdown pipe row).
  let previousWasRow = false;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') {
      items.push({ kind: 'blank' });
      previousWasRow = false;
      continue;
    }
    if (MARKDOWN_SEPARATOR.test(raw) && raw.includes('|')) continue;
    const trimmed = raw.trim();
    if (trimmed.startsWith('|')) {
      items.push({ kind: 'row', cells: splitPipeRow(trimmed) });
      previousWasRow = false;
      continue;
    }
    const columns = splitAtMotto(trimmed) ?? trimmed.split(/\t+|\s{3,}/u).filter((c) => c.trim() !== '');
    if (columns.length >= 2) {
      items.push({ kind: 'row', cells: columns });
      previousWasRow = true;
      continue;
    }
    // Inside a plain-text two-column block (header, or "Nơi nhận" beside the signature) a line with one
    // cell belongs to the column its indentation puts it in.
    if (previousWasRow) {
      const indent = raw.length - raw.trimStart().length;
      items.push({ kind: 'row', cells: indent >= 12 ? ['', trimmed] : [trimmed] });
      continue;
    }
    items.push({ kind: 'text', text: raw });
    previousWasRow = false;
  }
  return items;
}

// Text extracted from a PDF runs the two header columns together on one line: "ỦY BAN NHÂN DÂN CỘNG HÒA
// XÃ HỘI CHỦ NGHĨA VIỆT NAM". The motto is where the right column starts.
const MOTTO_IN_LINE =
  /[*_\s]*(CỘNG\s+(HÒA|HOÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)/u;

function splitAtMotto(line: string): string[] | null {
  const match = MOTTO_IN_LINE.exec(line);
  if (!match || match.index === 0) return null;
  const before = line.slice(0, match.index);
  if (cleanInline(before) === '' || /ĐẢNG\s*$/u.test(before)) return null;
  return [before, line.slice(match.index)];
}

/** A cell's own lines: markdown cells carry their line breaks as <br>. */
function cellLines(cell: string): string[] {
  return cell.split(/<br\s*\/?>/iu).map(cleanInline);
}

/** Header and signature tables are laid out in columns; they read correctly one column after the other. */
function isLayoutTable(rows: string[][][]): boolean {
  return rows.some((row) =>
    row.some((cell) =>
      cell.some(
        (line) =>
          isMottoStart(line) ||
          /^Số\s*[:.]/u.test(line) ||
          /^Nơi nhận/iu.test(line) ||
          /^(TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u.test(line) ||
          /,\s*ngày\s+\S+\s+tháng/iu.test(line) ||
          (isUpperCaseLine(line) && looseKey(line).startsWith('UYBAN')),
      ),
    ),
  );
}

function linearizeTable(block: string[][], out: DocLine[]): void {
  const rows = block.map((cells) => cells.map(cellLines));
  const width = Math.max(...rows.map((r) => r.length));
  if (!isLayoutTable(rows)) {
    rows.forEach((row, index) => {
      const text = collapseSpaces(row.flat().join(' '));
      if (text) out.push({ text, breakBefore: index === 0 });
    });
    return;
  }
  for (let col = 0; col < width; col++) {
    let pendingBreak = true;
    for (const row of rows) {
      const lines = (row[col] ?? []).filter((l) => l !== '' && !isSignatureNoteOnly(l));
      if (lines.length === 0) {
        pendingBreak = pendingBreak || col > 0;
        continue;
      }
      for (const text of lines) {
        out.push({ text, breakBefore: pendingBreak });
        pendingBreak = false;
      }
    }
  }
}

// Signature notes inside a layout table are noise between a position and a name; elsewhere the signer
// part skips them itself.
function isSignatureNoteOnly(line: string): boolean {
  return /ký/iu.test(line) && isSignatureNote(line);
}

/** Turn the document text into clean lines: tables linearised, markdown removed, blank lines as breaks. */
export function toDocLines(text: string): DocLine[] {
  const items = classify(normalizeInput(text));
  const out: DocLine[] = [];
  let pendingBreak = true;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'blank') {
      pendingBreak = true;
      continue;
    }
    if (item.kind === 'row') {
      const block: string[][] = [];
      while (i < items.length && items[i]!.kind === 'row') {
        block.push((items[i] as { cells: string[] }).cells);
        i++;
      }
      i--;
      const start = out.length;
      linearizeTable(block, out);
      if (out[start]) out[start]!.breakBefore = true;
      pendingBreak = true;
      continue;
    }
    for (const piece of item.text.split(/<br\s*\/?>/iu)) {
      const cleaned = cleanInline(piece);
      if (cleaned === '') {
        pendingBreak = true;
        continue;
      }
      out.push({ text: cleaned, breakBefore: pendingBreak });
      pendingBreak = false;
    }
  }
  return out;
}
