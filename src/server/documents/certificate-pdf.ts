import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/*
 * Print-ready certificates (Giấy khen, Chiến sĩ thi đua cơ sở) on A4 landscape, after the design of
 * Decree 98/2023 Art 104 (legal.md §7.2): decorative border, national name and motto (black, bold),
 * decider's title (red, bold, upper case), "TẶNG" / "TẶNG DANH HIỆU", the award (red, bold, upper
 * case), recipient, unit and achievement; bottom left the decision number and date and "Số sổ vàng"
 * (bold italic) with the verification QR code; bottom right place, date, signer. The font is Tinos
 * (metric-compatible with Times New Roman, full Vietnamese coverage), embedded and subset.
 */

export interface CertificateData {
  /** e.g. 'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU'. */
  deciderTitle: string;
  /** true: "TẶNG DANH HIỆU" (an emulation title); false: "TẶNG" (a form such as Giấy khen). */
  isTitle: boolean;
  awardName: string;
  recipientName: string;
  /** Position and unit (individual) or the collective's parent unit; '' when none. */
  recipientLine: string;
  achievement: string;
  decisionNumber: string;
  /** ISO date or null. */
  decisionDate: string | null;
  goldenBookNumber: string | null;
  place: string;
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
  verifyUrl: string;
}

const FONT_DIR = path.resolve(import.meta.dirname, '../../../assets/fonts');
const FONTS = {
  regular: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italic: 'Tinos-Italic.ttf',
  boldItalic: 'Tinos-BoldItalic.ttf',
} as const;
type FontName = keyof typeof FONTS;
let fontFiles: Record<FontName, Buffer> | null = null;

function fonts(): Record<FontName, Buffer> {
  fontFiles ??= Object.fromEntries(
    Object.entries(FONTS).map(([name, file]) => [name, readFileSync(path.join(FONT_DIR, file))]),
  ) as Record<FontName, Buffer>;
  return fontFiles;
}

const RED = '#b3001b';
const GOLD = '#b8860b';
const BLACK = '#000000';
const PAGE = { width: 841.89, height: 595.28 };

/** A PDF ready for certificates: Tinos registered, A4 landscape pages added by drawCertificate. */
export function createCertificateDocument(title: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: title, Creator: 'TĐKT', Producer: 'TĐKT' },
  });
  for (const [name, file] of Object.entries(fonts())) doc.registerFont(name, file);
  return doc;
}

/** Collect a finished document into one buffer (call before drawing; resolves after `doc.end()`). */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Largest size from `max` down to `min` at which `text` fits `width` on one line. */
function fittedSize(
  doc: PDFKit.PDFDocument,
  text: string,
  font: FontName,
  max: number,
  min: number,
  width: number,
) {
  doc.font(font);
  let size = max;
  while (size > min && doc.fontSize(size).widthOfString(text) > width) size -= 0.5;
  return size;
}

function centered(
  doc: PDFKit.PDFDocument,
  text: string,
  y: number,
  options: { font: FontName; size: number; color?: string; width?: number; min?: number },
): number {
  const width = options.width ?? 640;
  const size = options.min
    ? fittedSize(doc, text, options.font, options.size, options.min, width)
    : options.size;
  doc
    .font(options.font)
    .fontSize(size)
    .fillColor(options.color ?? BLACK);
  const x = (PAGE.width - width) / 2;
  const height = doc.heightOfString(text, { width, align: 'center' });
  doc.text(text, x, y, { width, align: 'center', lineBreak: true });
  return y + height;
}

function border(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc
    .lineWidth(6)
    .strokeColor(RED)
    .rect(22, 22, PAGE.width - 44, PAGE.height - 44)
    .stroke();
  doc
    .lineWidth(1.2)
    .strokeColor(GOLD)
    .rect(32, 32, PAGE.width - 64, PAGE.height - 64)
    .stroke();
  doc
    .lineWidth(0.6)
    .strokeColor(GOLD)
    .rect(37, 37, PAGE.width - 74, PAGE.height - 74)
    .stroke();
  // Corner ornaments: a small diamond in each corner of the inner frame.
  for (const [cx, cy] of [
    [37, 37],
    [PAGE.width - 37, 37],
    [37, PAGE.height - 37],
    [PAGE.width - 37, PAGE.height - 37],
  ] as const) {
    doc
      .polygon([cx, cy - 9], [cx + 9, cy], [cx, cy + 9], [cx - 9, cy])
      .fillColor(RED)
      .fill();
  }
  doc.restore();
}

/** The QR code as vector squares (crisp at any print resolution, cheap to draw a thousand times). */
function qr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = code.modules.size;
  const cell = size / (count + 8);
  const origin = { x: x + 4 * cell, y: y + 4 * cell };
  doc.save().rect(x, y, size, size).fillColor('#ffffff').fill();
  for (let r = 0; r < count; r++) {
    for (let c = 0; c < count; c++) {
      if (code.modules.data[r * count + c]) doc.rect(origin.x + c * cell, origin.y + r * cell, cell, cell);
    }
  }
  doc.fillColor(BLACK).fill().restore();
}

function vnDate(iso: string | null): { short: string; long: string } {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return { short: '…/…/……', long: 'ngày … tháng … năm ……' };
  const month = Number(m[2]) <= 2 ? m[2]! : String(Number(m[2]));
  return { short: `${m[3]}/${m[2]}/${m[1]}`, long: `ngày ${m[3]} tháng ${month} năm ${m[1]}` };
}

/** One certificate on a new page. */
export function drawCertificate(doc: PDFKit.PDFDocument, d: CertificateData): void {
  doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
  border(doc);
  let y = 66;
  y = centered(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', y, { font: 'bold', size: 15 });
  y = centered(doc, 'Độc lập - Tự do - Hạnh phúc', y + 1, { font: 'bold', size: 15 });
  doc
    .lineWidth(0.8)
    .strokeColor(BLACK)
    .moveTo(PAGE.width / 2 - 95, y + 2)
    .lineTo(PAGE.width / 2 + 95, y + 2)
    .stroke();
  y = centered(doc, d.deciderTitle.toLocaleUpperCase('vi'), y + 26, {
    font: 'bold',
    size: 19,
    min: 13,
    color: RED,
    width: 700,
  });
  y = centered(doc, d.isTitle ? 'TẶNG DANH HIỆU' : 'TẶNG', y + 20, { font: 'bold', size: 17 });
  y = centered(doc, d.awardName.toLocaleUpperCase('vi'), y + 10, {
    font: 'bold',
    size: 38,
    min: 22,
    color: RED,
    width: 700,
  });
  y = centered(doc, d.recipientName, y + 24, { font: 'bold', size: 24, min: 16, width: 640 });
  if (d.recipientLine) y = centered(doc, d.recipientLine, y + 8, { font: 'regular', size: 15, width: 640 });
  if (d.achievement) centered(doc, d.achievement, y + 12, { font: 'italic', size: 15, width: 620 });

  // Bottom left: decision, golden book number, QR code to verify.
  const date = vnDate(d.decisionDate);
  const left = 70;
  doc.font('boldItalic').fontSize(12.5).fillColor(BLACK);
  doc.text(`Quyết định số ${d.decisionNumber} ngày ${date.short}`, left, 432, { width: 300 });
  doc.text(`Số sổ vàng: ${d.goldenBookNumber ?? '……'}`, left, doc.y + 2, { width: 300 });
  const qrSize = 74;
  qr(doc, d.verifyUrl, left - 4, 470, qrSize);
  doc.font('italic').fontSize(9).fillColor(BLACK);
  doc.text('Quét mã để kiểm tra', left + qrSize + 2, 492, { width: 150 });
  doc.text('giấy chứng nhận này', left + qrSize + 2, doc.y, { width: 150 });

  // Bottom right: place and date, signer (space for signature and seal).
  const right = { x: 470, width: 320 };
  doc
    .font('italic')
    .fontSize(14)
    .text(`${d.place || '……'}, ${date.long}`, right.x, 418, {
      width: right.width,
      align: 'center',
    });
  doc.font('bold').fontSize(14);
  let sy = doc.y + 2;
  for (const line of [d.signerAuthority, d.signerPosition].filter(Boolean)) {
    doc.text(line.toLocaleUpperCase('vi'), right.x, sy, { width: right.width, align: 'center' });
    sy = doc.y;
  }
  if (d.signerName)
    doc.fontSize(15).text(d.signerName, right.x, 528, { width: right.width, align: 'center' });
}

/** All certificates in one PDF, one page each; `onPage` is told after every page (progress). */
export async function renderCertificates(
  list: readonly CertificateData[],
  title: string,
  onPage?: (done: number) => void | Promise<void>,
): Promise<Buffer> {
  const doc = createCertificateDocument(title);
  const out = collectPdf(doc);
  for (let i = 0; i < list.length; i++) {
    drawCertificate(doc, list[i]!);
    await onPage?.(i + 1);
    // Drawing is synchronous: give the event loop a turn after every page, so a 1,000-page batch
    // running in the app does not hold back the requests of the people using it (quality H4).
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  doc.end();
  return out;
}
