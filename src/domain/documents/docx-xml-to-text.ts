import { ListNumbering } from './docx-numbering';

/** The document.xml of a .docx is not something this reader will walk (DTD, entities, not WordprocessingML). */
export class DocxFormatError extends Error {}

type Cell = string[];
type Block = { kind: 'lines'; lines: string[] } | { kind: 'table'; rows: Cell[][] };

interface TableState {
  rows: Cell[][];
  cell: Cell | null;
}

const TOKEN =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>|([^<]+)/gu;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/gu, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

function attr(attrs: string, name: string): string | null {
  return new RegExp(`${name}="([^"]*)"`, 'u').exec(attrs)?.[1] ?? null;
}

/**
 * Render WordprocessingML (word/document.xml) as the text the parser reads: one paragraph a line, a
 * w:br as a line break, and each table row as "| cell | cell |" lines (one per line of the tallest cell).
 * A small walker over the elements that carry text is enough, and it resolves no entity and loads no DTD:
 * a document that declares either is refused rather than parsed.
 */
export function docxXmlToText(xml: string, numberingXml: string | null = null): string {
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml) || (numberingXml && /<!DOCTYPE|<!ENTITY/iu.test(numberingXml))) {
    throw new DocxFormatError('DTD or entity declarations are not allowed in a .docx');
  }
  if (!/<w:document\b/u.test(xml)) throw new DocxFormatError('word/document.xml is not a Word document');
  const numbering = new ListNumbering(numberingXml);
  const blocks: Block[] = [];
  const tables: TableState[] = [];
  const paragraphs: { text: string; numId: string | null; ilvl: number }[] = [];
  let runDepth = 0;
  let textDepth = 0;
  // mc:Fallback repeats the content of mc:Choice for old readers; w:del holds deleted tracked changes.
  let skipDepth = 0;

  const emitParagraph = (p: { text: string; numId: string | null; ilvl: number }) => {
    const label = p.numId !== null ? numbering.next(p.numId, p.ilvl) : '';
    const text = label && p.text.trim() !== '' ? `${label} ${p.text}` : p.text;
    const lines = text.split('\n');
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(...lines.map((l) => l.trim()).filter((l) => l !== ''));
    else blocks.push({ kind: 'lines', lines });
  };

  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, closing, name, attrs, selfClosing, text] = m;
    if (cdata !== undefined || text !== undefined) {
      if (textDepth > 0 && skipDepth === 0 && paragraphs.length > 0) {
        paragraphs[paragraphs.length - 1]!.text += cdata ?? decodeEntities(text!);
      }
      continue;
    }
    if (name === undefined) continue;
    const isOpen = !closing;
    const isEmpty = selfClosing === '/';
    if (name === 'mc:Fallback' || name === 'w:del') {
      if (!isEmpty) skipDepth += isOpen ? 1 : -1;
      continue;
    }
    if (skipDepth > 0) continue;
    const p = paragraphs[paragraphs.length - 1];
    switch (name) {
      case 'w:p':
        if (isOpen) paragraphs.push({ text: '', numId: null, ilvl: 0 });
        if (!isOpen || isEmpty) emitParagraph(paragraphs.pop()!);
        break;
      case 'w:numId':
        if (p && isOpen) p.numId = attr(attrs!, 'w:val');
        break;
      case 'w:ilvl':
        if (p && isOpen) p.ilvl = Number(attr(attrs!, 'w:val') ?? '0');
        break;
      case 'w:r':
        if (!isEmpty) runDepth += isOpen ? 1 : -1;
        break;
      case 'w:t':
        if (!isEmpty) textDepth += isOpen ? 1 : -1;
        break;
      case 'w:tab':
        // w:tab also defines tab stops inside w:pPr; only a tab inside a run is text.
        if (p && runDepth > 0 && isOpen) p.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (p && runDepth > 0 && isOpen) p.text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (p && runDepth > 0 && isOpen) p.text += '-';
        break;
      case 'w:tbl':
        if (isOpen && !isEmpty) tables.push({ rows: [], cell: null });
        else if (!isOpen) closeTable(tables, blocks);
        break;
      case 'w:tr':
        if (isOpen && !isEmpty) tables[tables.length - 1]?.rows.push([]);
        break;
      case 'w:tc': {
        const table = tables[tables.length - 1];
        if (table && isOpen && !isEmpty) {
          table.cell = [];
          table.rows[table.rows.length - 1]?.push(table.cell);
        } else if (table && !isOpen) table.cell = null;
        break;
      }
    }
  }
  return renderBlocks(blocks);
}

/** A table inside a cell (a layout trick) gives its lines to the enclosing cell. */
function closeTable(tables: TableState[], blocks: Block[]): void {
  const done = tables.pop();
  if (!done) return;
  const outer = tables[tables.length - 1];
  if (outer?.cell) {
    for (const row of done.rows) outer.cell.push(...row.flat());
  } else blocks.push({ kind: 'table', rows: done.rows });
}

function renderBlocks(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'lines') {
      out.push(...block.lines);
      continue;
    }
    out.push('');
    for (const row of block.rows) {
      const height = Math.max(1, ...row.map((c) => c.length));
      for (let k = 0; k < height; k++) {
        const cells = row.map((c) => (c[k] ?? '').replace(/\|/gu, '\\|').replace(/\t+/gu, ' '));
        if (cells.every((c) => c === '')) continue;
        out.push(`| ${cells.join(' | ')} |`);
      }
    }
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()}\n`;
}
