import { RATING_LABELS } from '../../shared/codes';
import {
  achievementsIn,
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
  ratingChainEndingAt,
  result,
  viDate,
} from './context';

/*
 * Commendation forms: Giấy khen (Law Art 75), Bằng khen of the provincial chairman (Art 74), Bằng khen
 * of the Prime Minister (Arts 71–72, criteria not extracted), plus the principle checks shared by every
 * award (D152 Art 4(4)).
 */

type Rule = (ctx: EvalContext) => CriterionResult | undefined;

function ratingGood(ctx: EvalContext): CriterionResult {
  const rating = ctx.recordByYear.get(ctx.year)?.rating;
  if (!rating) return result(ctx, 'gk.rating-good', null, `Chưa có kết quả xếp loại năm ${ctx.year}`);
  const ok = RATING_RANK[rating] >= RATING_RANK.good;
  return result(
    ctx,
    'gk.rating-good',
    ok,
    ok
      ? `Năm ${ctx.year}: ${RATING_LABELS[rating]}`
      : `Năm ${ctx.year}: ${RATING_LABELS[rating]}, cần hoàn thành tốt nhiệm vụ trở lên`,
  );
}

/** Art 74(1)(d): CSTĐCS twice in a row, or two excellent years with two new initiatives (or S&T works). */
function bkRecordOption(ctx: EvalContext): Option {
  const years = param(ctx, 'bk.consecutive-years') ?? 2;
  const needed = param(ctx, 'bk.min-initiatives') ?? 2;
  const cstdcs = Math.max(
    chainEndingAt(ctx, ctx.year, 'chien-si-thi-dua-co-so'),
    chainEndingAt(ctx, ctx.year - 1, 'chien-si-thi-dua-co-so'),
  );
  if (cstdcs >= years)
    return { ok: true, text: `${cstdcs} năm liên tục đạt Chiến sĩ thi đua cơ sở (Điều 74 khoản 1 điểm d)` };
  const excellent = ratingChainEndingAt(ctx, ctx.year, (r) => r.rating === 'excellent');
  // BNV: initiatives that earned the CSTĐCS titles do not count again; usedFor marks them.
  const found = achievementsIn(ctx, `${ctx.year - years + 1}-01-01`, 'grassroots');
  const enough = found.initiatives >= needed || found.scienceWorks >= needed;
  const ok = excellent >= years && enough;
  const used = found.alreadyUsed ? `, ${found.alreadyUsed} đã dùng cho khen thưởng khác` : '';
  return {
    ok,
    text:
      `${cstdcs} năm liên tục Chiến sĩ thi đua cơ sở; ${excellent} năm liên tục hoàn thành xuất sắc nhiệm vụ ` +
      `với ${found.initiatives} sáng kiến, ${found.scienceWorks} đề tài khoa học mới${used} ` +
      `(cần ${years} năm và ${needed} sáng kiến hoặc đề tài)`,
  };
}

function bkCollectiveRecordOption(ctx: EvalContext): Option {
  const years = param(ctx, 'bk.consecutive-years') ?? 2;
  const run = ratingChainEndingAt(
    ctx,
    ctx.year,
    (r) => r.rating === 'excellent' || r.titles.includes('tap-the-lao-dong-xuat-sac'),
  );
  if (run < years)
    return {
      ok: false,
      text: `${run} năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc, cần ${years}`,
    };
  const governance = attestedOption(
    ctx,
    'bk.collective-governance',
    `${run} năm liên tục hoàn thành xuất sắc nhiệm vụ; dân chủ cơ sở, tiết kiệm, phòng chống tham nhũng`,
  );
  return governance;
}

function disciplineLabel(level: string): string {
  const labels: Record<string, string> = {
    reprimand: 'khiển trách',
    warning: 'cảnh cáo',
    demotion: 'hạ bậc lương, giáng chức',
    removal: 'cách chức',
    dismissal: 'buộc thôi việc',
  };
  return labels[level] ?? level;
}

export const FORM_RULES: Record<string, Rule> = {
  'gk.exemplary-compliance': (ctx) => qualitative(ctx, 'gk.exemplary-compliance'),
  'gk.rating-good': ratingGood,
  'gk.solidarity': (ctx) => qualitative(ctx, 'gk.solidarity'),
  'gk.achievement': (ctx) =>
    oneOf(ctx, 'gk.achievement', [
      attestedOption(ctx, 'gk.movement-achievement', 'thành tích được bình xét trong phong trào thi đua'),
      attestedOption(ctx, 'gk.adhoc-or-many', 'nhiều thành tích hoặc thành tích đột xuất'),
    ]),
  'gk.household-grounds': (ctx) =>
    oneOf(ctx, 'gk.household-grounds', [
      attestedOption(ctx, 'gk.household-contribution', 'đóng góp công sức, đất đai, tài sản cho địa phương'),
      attestedOption(ctx, 'gk.movement-achievement', 'thành tích trong phong trào thi đua'),
    ]),
  'bk.exemplary-compliance': (ctx) => qualitative(ctx, 'bk.exemplary-compliance'),
  'bk.grounds': (ctx) => {
    const options: Option[] = [
      bkRecordOption(ctx),
      attestedOption(ctx, 'bk.movement-achievement', 'thành tích xuất sắc trong phong trào thi đua của tỉnh'),
      attestedOption(ctx, 'bk.adhoc-or-many', 'nhiều thành tích hoặc thành tích đột xuất'),
      attestedOption(ctx, 'bk.contribution', 'đóng góp phát triển kinh tế - xã hội, an sinh, từ thiện'),
    ];
    if (ldttGroup(ctx.candidate) === 'worker')
      options.push(attestedOption(ctx, 'bk.worker-influence', 'người lao động có nhiều thành tích'));
    return oneOf(ctx, 'bk.grounds', options);
  },
  'bk.collective-grounds': (ctx) =>
    oneOf(ctx, 'bk.collective-grounds', [
      bkCollectiveRecordOption(ctx),
      attestedOption(ctx, 'bk.movement-achievement', 'thành tích xuất sắc trong phong trào thi đua'),
      attestedOption(ctx, 'bk.adhoc-or-many', 'thành tích đột xuất có phạm vi ảnh hưởng'),
      attestedOption(ctx, 'bk.contribution', 'đóng góp phát triển kinh tế - xã hội, từ thiện'),
    ]),
  'bk.household-contribution': (ctx) => qualitative(ctx, 'bk.household-contribution'),
  'bktt.criteria': (ctx) => qualitative(ctx, 'bktt.criteria'),
  'principles.not-under-review': (ctx) =>
    ctx.candidate.underReview
      ? result(
          ctx,
          'principles.not-under-review',
          false,
          'Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc xác minh khiếu nại, tố cáo: chưa khen thưởng, chưa đề nghị khen thưởng',
        )
      : result(
          ctx,
          'principles.not-under-review',
          true,
          'Không đang bị xem xét kỷ luật, điều tra, thanh tra',
        ),
  'principles.discipline-ended': (ctx) => {
    const end = ctx.disciplineEnd;
    if (end === null || end < `${ctx.year}-01-01`)
      return result(
        ctx,
        'principles.discipline-ended',
        true,
        end === null
          ? 'Không bị kỷ luật'
          : `Đã chấp hành xong kỷ luật ngày ${viDate(end)}, trước năm ${ctx.year}`,
      );
    const d = ctx.candidate.discipline.find(
      (x) => (x.to ?? '9999-12-31') === end && x.from <= ctx.decisionDate,
    );
    const what = d ? `Kỷ luật ${disciplineLabel(d.level)} từ ${viDate(d.from)}` : 'Kỷ luật';
    const until = end === '9999-12-31' ? 'chưa có ngày kết thúc' : `đến ${viDate(end)}`;
    return result(
      ctx,
      'principles.discipline-ended',
      false,
      `${what} ${until}: thành tích chỉ được tính từ ngày chấp hành xong kỷ luật, năm ${ctx.year} không được tính`,
    );
  },
};
