import { sql } from 'drizzle-orm';
import { MOVEMENT_FIELD_LABELS } from '../../../shared/api/movements';
import { REVIEW_KIND_LABELS, type Review, type ReviewFigures } from '../../../shared/api/reviews';
import type { DbOrTx } from '../../db/client';
import type { IndicatorRow, ReportSection, ReviewReportData, TextLine } from '../../documents/template-data';

/*
 * The data of the Word report of a review ('review-report' template, Decree 30/2020 layout): the head and
 * signature of the organising unit, the pledge figures, the target results by field, the office's
 * assessment, and the proposals. Every value is plain text (the template engine prints it literally).
 */

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const fmt = (value: number | null) => (value === null ? '' : number.format(value));
const percent = (value: number | null) => (value === null ? 'chưa tính được' : `${fmt(value)}%`);
const dmy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Free text typed by staff → one paragraph per non-empty line (leading "-" or "+" kept as typed). */
function paragraphsOf(text: string, fallback: string): TextLine[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.length > 0 ? lines : [fallback]).map((line) => ({ text: line }));
}

function pledgeParagraphs(p: ReviewFigures['pledges']): TextLine[] {
  const lines = [
    `Tổng số đơn vị tham gia phong trào: ${fmt(p.participants)}; đã đăng ký thi đua: ${fmt(p.pledged)} đơn vị (trong đó ${fmt(p.accepted)} bản đăng ký đã được tiếp nhận, ${fmt(p.late)} đơn vị đăng ký muộn); chưa đăng ký: ${fmt(p.missing)} đơn vị.`,
  ];
  if (p.collectiveTitles.length > 0) {
    lines.push(
      `Danh hiệu tập thể đăng ký: ${p.collectiveTitles.map((t) => `${t.label} ${fmt(t.count)}`).join('; ')}.`,
    );
  }
  if (p.individualTitles.length > 0) {
    lines.push(
      `Cá nhân đăng ký: ${fmt(p.people)} người; danh hiệu: ${p.individualTitles.map((t) => `${t.label} ${fmt(t.count)}`).join('; ')}.`,
    );
  }
  return lines.map((text) => ({ text }));
}

function fieldParagraphs(t: ReviewFigures['targets']): TextLine[] {
  if (t.indicators === 0) return [{ text: 'Phong trào chưa giao chỉ tiêu cho các đơn vị.' }];
  const o = t.overall;
  return [
    {
      text: `Tổng số ${fmt(t.indicators)} chỉ tiêu được giao cho các đơn vị; kết quả đến thời điểm báo cáo: vượt ${fmt(o.exceeded)}, đạt ${fmt(o.met)}, chưa đạt ${fmt(o.notMet)}, chưa báo cáo ${fmt(o.notReported)}; tỷ lệ hoàn thành bình quân ${percent(o.averageCompletion)}.`,
    },
    ...t.byField.map((f) => ({
      text: `Lĩnh vực ${MOVEMENT_FIELD_LABELS[f.field].toLowerCase()}: ${fmt(f.indicators)} chỉ tiêu; vượt ${fmt(f.exceeded)}, đạt ${fmt(f.met)}, chưa đạt ${fmt(f.notMet)}, chưa báo cáo ${fmt(f.notReported)}; tỷ lệ hoàn thành bình quân ${percent(f.averageCompletion)}.`,
    })),
  ];
}

/** Indicator rows grouped under a heading row per field ("I. Lĩnh vực kinh tế"). */
function indicatorRows(t: ReviewFigures['targets']): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  t.byField.forEach((f, i) => {
    rows.push({
      stt: ROMAN[i] ?? String(i + 1),
      name: MOVEMENT_FIELD_LABELS[f.field],
      unit: '',
      target: '',
      actual: '',
      rate: '',
    });
    t.rows
      .filter((r) => r.field === f.field)
      .forEach((r, j) => {
        rows.push({
          stt: String(j + 1),
          name: r.name,
          unit: r.measureUnit,
          target: fmt(r.planned),
          actual: fmt(r.actual),
          rate: r.completion === null ? '' : fmt(r.completion),
        });
      });
  });
  return rows;
}

type MovementHead = {
  unit_name: string;
  parent_name: string | null;
  doc_place: string | null;
  starts_on: string | null;
  signer_authority: string | null;
  signer_position: string | null;
  signer_name: string | null;
};

/** The template data of a review's Word report. */
export async function buildReviewReportData(db: DbOrTx, r: Review): Promise<ReviewReportData> {
  const { rows } = await db.execute<MovementHead>(sql`
    SELECT u.name AS unit_name, pu.name AS parent_name, m.doc_place, m.starts_on::text AS starts_on,
           m.signer_authority, m.signer_position, m.signer_name
      FROM movement m JOIN unit u ON u.id = m.unit_id LEFT JOIN unit pu ON pu.id = u.parent_id
     WHERE m.id = ${r.movementId}`);
  const head = rows[0]!;
  const kindLabel = REVIEW_KIND_LABELS[r.kind];
  const f = r.figures;
  const sections: ReportSection[] = [
    { heading: 'I. CÔNG TÁC TỔ CHỨC VÀ ĐĂNG KÝ THI ĐUA', paragraphs: pledgeParagraphs(f.pledges) },
    { heading: 'II. KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC', paragraphs: fieldParagraphs(f.targets) },
    { heading: 'III. NHỮNG KẾT QUẢ NỔI BẬT', paragraphs: paragraphsOf(r.achievements, '(Chưa nhập.)') },
    { heading: 'IV. HẠN CHẾ, TỒN TẠI', paragraphs: paragraphsOf(r.shortcomings, '(Chưa nhập.)') },
    { heading: 'V. BÀI HỌC KINH NGHIỆM', paragraphs: paragraphsOf(r.lessons, '(Chưa nhập.)') },
    {
      heading: 'VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      paragraphs: paragraphsOf(r.nextTasks, '(Chưa nhập.)'),
    },
  ];
  const p = f.proposals;
  return {
    parentIssuer: (head.parent_name ?? '').toLocaleUpperCase('vi'),
    issuer: head.unit_name.toLocaleUpperCase('vi'),
    number: '      /BC-UBND',
    place: head.doc_place ?? '',
    date: r.reviewDate,
    signerAuthority: head.signer_authority ?? '',
    signerPosition: head.signer_position ?? '',
    signerName: head.signer_name ?? '',
    copyTo: [{ text: 'Các đơn vị tham gia phong trào;' }, { text: 'Lưu: VT.' }],
    kindLabel,
    subject: `${kindLabel} phong trào thi đua`,
    movementTitle: `“${r.movementTitle}”`,
    period: head.starts_on
      ? `từ ngày ${dmy(head.starts_on)} đến ngày ${dmy(r.reviewDate)}`
      : `đến ngày ${dmy(r.reviewDate)}`,
    sections,
    indicators: indicatorRows(f.targets),
    proposals: [
      {
        text:
          p.dossiers === 0
            ? 'Đến thời điểm báo cáo chưa có hồ sơ đề nghị khen thưởng gắn với phong trào.'
            : `Đến thời điểm báo cáo có ${fmt(p.dossiers)} hồ sơ đề nghị khen thưởng gắn với phong trào (${fmt(p.nominees)} tập thể, cá nhân được đề nghị); ${fmt(p.submitted)} hồ sơ đã gửi, ${fmt(p.decided)} hồ sơ đã có quyết định khen thưởng.`,
      },
      {
        text: `Đề nghị cấp có thẩm quyền xem xét, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào.`,
      },
    ],
  };
}
