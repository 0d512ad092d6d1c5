import PizZip from 'pizzip';

/*
 * A very small WordprocessingML writer for the built-in templates (scripts/make-templates.ts). It
 * writes exactly the parts Word, LibreOffice and docxtemplater need, in the Decree 30/2020 page
 * layout: A4, margins 20/20/30/15 mm, Times New Roman, page number centred in the top margin from
 * page 2 on. Sizes are in points; widths in twentieths of a point (twips, 567 per cm).
 */

export const CM = 567;
/** A4 text width with left 30 mm and right 15 mm margins. */
export const TEXT_WIDTH = 11906 - 1701 - 851;

export interface RunStyle {
  b?: boolean;
  i?: boolean;
  u?: boolean;
  /** Upper case whatever is typed (Word's "All caps"). */
  caps?: boolean;
  /** Points. */
  sz?: number;
}

export interface ParaStyle extends RunStyle {
  align?: 'left' | 'center' | 'right' | 'both';
  /** First-line indent in twips. */
  firstLine?: number;
  left?: number;
  right?: number;
  /** Points. */
  before?: number;
  after?: number;
  /** Line spacing in 240ths (240 = single). */
  line?: number;
  keepNext?: boolean;
  /** Draw a rule along the top edge (used for the short rules under headings). */
  ruleTop?: boolean;
  pageBreakBefore?: boolean;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runProps(s: RunStyle): string {
  return (
    (s.b ? '<w:b/><w:bCs/>' : '') +
    (s.i ? '<w:i/><w:iCs/>' : '') +
    (s.caps ? '<w:caps/>' : '') +
    (s.sz ? `<w:sz w:val="${s.sz * 2}"/><w:szCs w:val="${s.sz * 2}"/>` : '') +
    (s.u ? '<w:u w:val="single"/>' : '')
  );
}

/** A run of text; a template tag such as "{fullName}" must stay inside one run. */
export function run(text: string, style: RunStyle = {}): string {
  const props = runProps(style);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph of runs (strings are runs in the paragraph's own style). */
export function para(content: string | readonly string[], style: ParaStyle = {}): string {
  const parts = typeof content === 'string' ? [content] : content;
  const runs = parts.map((p) => (p.startsWith('<w:r>') ? p : run(p, style))).join('');
  const ppr =
    (style.keepNext ? '<w:keepNext/>' : '') +
    (style.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (style.ruleTop ? '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : '') +
    `<w:spacing w:before="${(style.before ?? 0) * 20}" w:after="${(style.after ?? 0) * 20}" w:line="${style.line ?? 240}" w:lineRule="auto"/>` +
    (style.firstLine || style.left || style.right
      ? `<w:ind w:left="${style.left ?? 0}" w:right="${style.right ?? 0}" w:firstLine="${style.firstLine ?? 0}"/>`
      : '') +
    `<w:jc w:val="${style.align ?? 'both'}"/>` +
    `<w:rPr>${runProps(style)}</w:rPr>`;
  return `<w:p><w:pPr>${ppr}</w:pPr>${runs}</w:p>`;
}

/** A short horizontal rule of `width` twips centred in a box of `boxWidth` twips. */
export function rule(width: number, boxWidth: number, after = 0): string {
  const side = Math.max(0, Math.round((boxWidth - width) / 2));
  return para('', { ruleTop: true, left: side, right: side, sz: 2, line: 240, before: 2, after });
}

export interface CellOptions {
  width: number;
  vAlign?: 'top' | 'center' | 'bottom';
  span?: number;
}

export function cell(paragraphs: readonly string[], options: CellOptions): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${options.width}" w:type="dxa"/>` +
    (options.span ? `<w:gridSpan w:val="${options.span}"/>` : '') +
    `<w:vAlign w:val="${options.vAlign ?? 'top'}"/></w:tcPr>${paragraphs.join('') || para('')}</w:tc>`
  );
}

export function row(cells: readonly string[], options: { header?: boolean } = {}): string {
  const trPr = `<w:trPr><w:cantSplit/>${options.header ? '<w:tblHeader/>' : ''}</w:trPr>`;
  return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
}

export function table(rows: readonly string[], widths: readonly number[], bordered: boolean): string {
  const line = bordered ? 'w:val="single" w:sz="4" w:space="0" w:color="000000"' : 'w:val="nil"';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} ${line}/>`)
    .join('');
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${bordered ? 85 : 0}" w:type="dxa"/><w:right w:w="${bordered ? 85 : 0}" w:type="dxa"/></w:tblCellMar>` +
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    `${rows.join('')}</w:tbl>`
  );
}

/**
 * A bordered data table whose body row repeats once per item of `loop` (docxtemplater row loop:
 * the opening tag sits in the first cell, the closing tag in the last).
 */
export function loopTable(
  loop: string,
  columns: readonly { header: string; field: string; width: number; align?: 'left' | 'center' | 'right' }[],
  extraRows: readonly string[] = [],
  size = 12,
): string {
  const header = row(
    columns.map((c) =>
      cell([para(c.header, { b: true, align: 'center', sz: size, before: 2, after: 2 })], {
        width: c.width,
        vAlign: 'center',
      }),
    ),
    { header: true },
  );
  const body = row(
    columns.map((c, i) => {
      const open = i === 0 ? `{#${loop}}` : '';
      const close = i === columns.length - 1 ? `{/${loop}}` : '';
      return cell(
        [para(`${open}{${c.field}}${close}`, { align: c.align ?? 'left', sz: size, before: 2, after: 2 })],
        { width: c.width },
      );
    }),
  );
  return table(
    [header, body, ...extraRows],
    columns.map((c) => c.width),
    true,
  );
}

/** Paragraphs repeated once per item of `loop` (paragraph loop: the tags sit alone in their paragraphs). */
export function loopParagraphs(loop: string, inner: readonly string[]): string[] {
  return [para(`{#${loop}}`), ...inner, para(`{/${loop}}`)];
}

/** A paragraph printed only when `field` is not empty. */
export function optionalParagraph(field: string, style: ParaStyle): string[] {
  return loopParagraphs(field, [para(`{${field}}`, style)]);
}

const SECTION_PROPS =
  '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>' +
  '<w:pgSz w:w="11906" w:h="16838"/>' +
  '<w:pgMar w:top="1247" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>' +
  '<w:titlePg/></w:sectPr>';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>
<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

const HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`;

const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${NS}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>`;

function coreProps(title: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>${escapeXml(title)}</dc:title><dc:creator>TĐKT</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>`;
}

/** A complete .docx (bytes) whose body is `body` (paragraphs and tables). */
export function buildDocx(title: string, body: readonly string[]): Buffer {
  const zip = new PizZip();
  const fixed = new Date('2026-01-01T00:00:00Z');
  const add = (name: string, text: string) => zip.file(name, text, { date: fixed });
  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', ROOT_RELS);
  add('docProps/core.xml', coreProps(title));
  add('word/_rels/document.xml.rels', DOCUMENT_RELS);
  add('word/styles.xml', STYLES);
  add('word/settings.xml', SETTINGS);
  add('word/header1.xml', HEADER);
  add(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body.join('')}${SECTION_PROPS}</w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
