import { RATING_LABELS } from '../../shared/codes';
import {
  achievementsIn,
  allOf,
  attestedOption,
  type CriterionResult,
  chainEndingAt,
  type EvalContext,
  ldttGroup,
  type Option,
  oneOf,
  param,
  qualitative,
  RATING_RANK,
  result,
  viDate,
} from './context';

/*
 * Individual titles: LĐTT (Law Art 24), CSTĐCS (Art 23), CSTĐ cấp tỉnh (Art 22), CSTĐ toàn quốc
 * (Art 21). A rule returns undefined when it does not apply to this candidate (e.g. Art 24(3) workers
 * have no yearly rating), so it is left out of the output rather than reported as passed.
 */

type Rule = (ctx: EvalContext) => CriterionResult | undefined;

function ratingPart(ctx: EvalContext): { ok: boolean | null; text: string } {
  const rating = ctx.recordByYear.get(ctx.year)?.rating;
  if (!rating) return { ok: null, text: `chưa có kết quả xếp loại năm ${ctx.year}` };
  const ok = RATING_RANK[rating] >= RATING_RANK.good;
  return {
    ok,
    text: ok
      ? `năm ${ctx.year}: ${RATING_LABELS[rating]}`
      : `năm ${ctx.year}: ${RATING_LABELS[rating]}, cần hoàn thành tốt nhiệm vụ trở lên`,
  };
}

/** Whole months from `from` reach `months` by the end of the assessment year. */
function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  return `${yy}-${String(mm).padStart(2, '0')}-${iso.slice(8, 10)}`;
}

function servicePart(ctx: EvalContext): { ok: boolean | null; text: string } | undefined {
  const months = param(ctx, 'ldtt.min-months-of-service');
  if (months === null) return undefined;
  const recruitedOn = ctx.candidate.recruitedOn;
  if (!recruitedOn) return { ok: null, text: 'chưa có ngày tuyển dụng' };
  // Maternity leave is working time (D152 Art 4(5)), so nothing is deducted from the months served.
  const reached = addMonths(recruitedOn, Math.ceil(months)) <= `${ctx.year + 1}-01-01`;
  const maternity = ctx.candidate.maternityLeave?.length
    ? '; thời gian nghỉ thai sản được tính là thời gian công tác'
    : '';
  return {
    ok: reached,
    text: reached
      ? `tuyển dụng từ ${viDate(recruitedOn)}, đủ ${months} tháng công tác trong năm ${ctx.year}${maternity}`
      : `tuyển dụng từ ${viDate(recruitedOn)}, chưa đủ ${months} tháng công tác trong năm ${ctx.year}`,
  };
}

function cstdcsOptions(ctx: EvalContext): Option[] {
  const rating = ctx.recordByYear.get(ctx.year)?.rating;
  const found = achievementsIn(ctx, `${ctx.year}-01-01`, 'grassroots');
  const used = found.alreadyUsed
    ? ` (${found.alreadyUsed} đã dùng cho khen thưởng khác, không tính lại)`
    : '';
  const options: Option[] = [
    {
      ok: rating ? rating === 'excellent' : null,
      text: rating ? `năm ${ctx.year}: ${RATING_LABELS[rating]}` : `chưa có kết quả xếp loại năm ${ctx.year}`,
    },
    {
      ok: found.initiatives > 0,
      text: `${found.initiatives} sáng kiến được công nhận trong thời gian xét${used}`,
    },
    { ok: found.scienceWorks > 0, text: `${found.scienceWorks} đề tài, công trình khoa học được nghiệm thu` },
  ];
  if (ldttGroup(ctx.candidate) === 'armed')
    options.push(attestedOption(ctx, 'cstdcs.combat-creativity', 'mưu trí, sáng tạo trong chiến đấu'));
  return options;
}

function chainRule(
  ctx: EvalContext,
  id: string,
  code: string,
  paramId: string,
  titleName: string,
): CriterionResult {
  const needed = param(ctx, paramId) ?? 0;
  // The year of the last title of the run, or the year after it: the timing rule is unverified.
  const atYear = chainEndingAt(ctx, ctx.year, code);
  const atPrev = chainEndingAt(ctx, ctx.year - 1, code);
  const best = Math.max(atYear, atPrev);
  const end = atYear >= atPrev ? ctx.year : ctx.year - 1;
  const ok = best >= needed;
  const span = best > 0 ? ` (${end - best + 1}–${end})` : '';
  const note =
    ctx.nonMerit.size > 0 || ctx.disciplineEnd !== null
      ? '; không tính kết quả khen thưởng đột xuất, chuyên đề và các năm trước khi chấp hành xong kỷ luật'
      : '';
  return result(
    ctx,
    id,
    ok,
    ok
      ? `Đạt "${titleName}" ${best} năm liên tục${span}${note}`
      : `Chỉ có ${best} năm liên tục đạt "${titleName}"${span}, cần ${needed}${note}`,
  );
}

function scopedAchievementRule(
  ctx: EvalContext,
  id: string,
  fromYear: number,
  scope: 'province' | 'national',
): CriterionResult {
  const found = achievementsIn(ctx, `${fromYear}-01-01`, scope);
  const where = scope === 'province' ? 'cấp tỉnh' : 'toàn quốc';
  const used = found.alreadyUsed
    ? ` (${found.alreadyUsed} đã dùng cho khen thưởng khác, không tính lại)`
    : '';
  return oneOf(ctx, id, [
    {
      ok: found.initiatives > 0,
      text: `${found.initiatives} sáng kiến có phạm vi ảnh hưởng ${where}${used}`,
    },
    {
      ok: found.scienceWorks > 0,
      text: `${found.scienceWorks} đề tài, công trình khoa học phạm vi ${where}`,
    },
  ]);
}

export const INDIVIDUAL_RULES: Record<string, Rule> = {
  'ldtt.rating-good': (ctx) => {
    if (ldttGroup(ctx.candidate) === 'worker') return undefined;
    const part = ratingPart(ctx);
    return result(ctx, 'ldtt.rating-good', part.ok, part.text.charAt(0).toUpperCase() + part.text.slice(1));
  },
  'ldtt.min-service': (ctx) => {
    if (ldttGroup(ctx.candidate) === 'worker') return undefined;
    const part = servicePart(ctx);
    if (!part) return undefined;
    return result(ctx, 'ldtt.min-service', part.ok, part.text.charAt(0).toUpperCase() + part.text.slice(1));
  },
  'ldtt.self-reliance': (ctx) =>
    ldttGroup(ctx.candidate) === 'worker' ? undefined : qualitative(ctx, 'ldtt.self-reliance'),
  'ldtt.worker-effective': (ctx) =>
    ldttGroup(ctx.candidate) === 'worker' ? qualitative(ctx, 'ldtt.worker-effective') : undefined,
  'ldtt.worker-exemplary': (ctx) =>
    ldttGroup(ctx.candidate) === 'worker' ? qualitative(ctx, 'ldtt.worker-exemplary') : undefined,
  'cstdcs.ldtt-standard': (ctx) => {
    if (ldttGroup(ctx.candidate) === 'worker')
      return result(
        ctx,
        'cstdcs.ldtt-standard',
        true,
        'Đối tượng Điều 24 khoản 3: tiêu chuẩn Lao động tiên tiến là định tính, xét ở các tiêu chí cần xác nhận',
      );
    const parts = [ratingPart(ctx), servicePart(ctx)].filter((p) => p !== undefined);
    const ok = allOf(parts.map((p) => p.ok));
    const lead = ok ? 'Đạt tiêu chuẩn Lao động tiên tiến' : 'Chưa đạt tiêu chuẩn Lao động tiên tiến';
    return result(ctx, 'cstdcs.ldtt-standard', ok, `${lead}: ${parts.map((p) => p.text).join('; ')}`);
  },
  'cstdcs.excellent-or-initiative': (ctx) => oneOf(ctx, 'cstdcs.excellent-or-initiative', cstdcsOptions(ctx)),
  'cstdt.consecutive-cstdcs': (ctx) =>
    chainRule(
      ctx,
      'cstdt.consecutive-cstdcs',
      'chien-si-thi-dua-co-so',
      'cstdt.consecutive-cstdcs-years',
      'Chiến sĩ thi đua cơ sở',
    ),
  'cstdt.province-initiative': (ctx) => {
    const years = param(ctx, 'cstdt.consecutive-cstdcs-years') ?? 1;
    return scopedAchievementRule(ctx, 'cstdt.province-initiative', ctx.year - years, 'province');
  },
  'cstdt.outstanding': (ctx) => qualitative(ctx, 'cstdt.outstanding'),
  'cstdtq.consecutive-cstdt': (ctx) =>
    chainRule(
      ctx,
      'cstdtq.consecutive-cstdt',
      'chien-si-thi-dua-cap-tinh',
      'cstdtq.consecutive-cstdt-years',
      'Chiến sĩ thi đua cấp tỉnh',
    ),
  'cstdtq.national-initiative': (ctx) => {
    const years = param(ctx, 'cstdtq.consecutive-cstdt-years') ?? 1;
    // A CSTĐ tỉnh run spans at least three CSTĐCS years each: look back far enough to include them.
    return scopedAchievementRule(ctx, 'cstdtq.national-initiative', ctx.year - years * 3, 'national');
  },
  'cstdtq.outstanding': (ctx) => qualitative(ctx, 'cstdtq.outstanding'),
};
