import { RATING_LABELS } from '../../shared/codes';
import {
  type CriterionResult,
  type EvalContext,
  param,
  percent,
  qualitative,
  RATING_RANK,
  reachesShare,
  result,
} from './context';
import type { Candidate } from './input-schema';

/*
 * Collective titles (Law Arts 25–30) and the household title (Art 31). Member criteria are computed
 * from members[] for the assessment year; an empty or missing list cannot be decided (null), it is not
 * a failure.
 */

type Rule = (ctx: EvalContext) => CriterionResult | undefined;
type Member = NonNullable<Candidate['members']>[number];

/** A member holding CSTĐCS or higher also meets the LĐTT standard (Law Art 23(1)), so counts as LĐTT. */
const LDTT_OR_HIGHER = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
];
const WARNING_OR_ABOVE = new Set(['warning', 'demotion', 'removal', 'dismissal']);

function members(ctx: EvalContext): readonly Member[] | null {
  const list = ctx.candidate.members;
  return list && list.length > 0 ? list : null;
}

const NO_MEMBERS = 'Chưa có danh sách thành viên của tập thể trong năm xét';

function collectiveRating(ctx: EvalContext, id: string, min: 'good' | 'excellent'): CriterionResult {
  const rating = ctx.recordByYear.get(ctx.year)?.rating;
  if (!rating) return result(ctx, id, null, `Chưa có kết quả xếp loại tập thể năm ${ctx.year}`);
  const ok = RATING_RANK[rating] >= RATING_RANK[min];
  const need = min === 'excellent' ? 'hoàn thành xuất sắc nhiệm vụ' : 'hoàn thành tốt nhiệm vụ trở lên';
  return result(
    ctx,
    id,
    ok,
    ok
      ? `Năm ${ctx.year}: ${RATING_LABELS[rating]}`
      : `Năm ${ctx.year}: ${RATING_LABELS[rating]}, cần ${need}`,
  );
}

function ldttShare(ctx: EvalContext, id: string, paramId: string): CriterionResult {
  const list = members(ctx);
  if (!list) return result(ctx, id, null, NO_MEMBERS);
  const min = param(ctx, paramId) ?? 0;
  const count = list.filter((m) => m.titles.some((t) => LDTT_OR_HIGHER.includes(t))).length;
  const ok = reachesShare(count, list.length, min);
  return result(
    ctx,
    id,
    ok,
    `${count}/${list.length} thành viên (${percent(count, list.length)}) đạt Lao động tiên tiến, ` +
      `${ok ? 'đạt' : 'chưa đạt'} tỷ lệ tối thiểu ${Math.round(min * 100)}%`,
  );
}

/** Discipline in force at any time from the start of the year to the decision (or year end). */
function isDisciplinedInYear(ctx: EvalContext, m: Member): boolean {
  const yearStart = `${ctx.year}-01-01`;
  const until = ctx.decisionDate > `${ctx.year}-12-31` ? ctx.decisionDate : `${ctx.year}-12-31`;
  return m.discipline.some(
    (d) => WARNING_OR_ABOVE.has(d.level) && d.from <= until && (d.to === undefined || d.to >= yearStart),
  );
}

function blockLeader(ctx: EvalContext, id: string): CriterionResult {
  const rank = ctx.candidate.blockRank;
  if (rank === undefined) return qualitative(ctx, id);
  return result(
    ctx,
    id,
    rank === 1,
    rank === 1 ? 'Dẫn đầu cụm, khối thi đua' : `Xếp thứ ${rank} trong cụm, khối thi đua, không dẫn đầu`,
  );
}

export const COLLECTIVE_RULES: Record<string, Rule> = {
  'ttldtt.rating-good': (ctx) => collectiveRating(ctx, 'ttldtt.rating-good', 'good'),
  'ttldtt.member-ldtt-share': (ctx) =>
    ldttShare(ctx, 'ttldtt.member-ldtt-share', 'ttldtt.min-member-ldtt-share'),
  'ttldtt.no-member-warning': (ctx) => {
    const list = members(ctx);
    if (!list) return result(ctx, 'ttldtt.no-member-warning', null, NO_MEMBERS);
    const count = list.filter((m) => isDisciplinedInYear(ctx, m)).length;
    return result(
      ctx,
      'ttldtt.no-member-warning',
      count === 0,
      count === 0
        ? 'Không có thành viên bị kỷ luật từ cảnh cáo trở lên'
        : `${count} thành viên bị kỷ luật từ cảnh cáo trở lên trong năm ${ctx.year}`,
    );
  },
  'ttldtt.emulation-movement': (ctx) => qualitative(ctx, 'ttldtt.emulation-movement'),
  'ttldtt.solidarity': (ctx) => qualitative(ctx, 'ttldtt.solidarity'),
  'ttldxs.rating-excellent': (ctx) => collectiveRating(ctx, 'ttldxs.rating-excellent', 'excellent'),
  'ttldxs.all-members-complete': (ctx) => {
    const list = members(ctx);
    if (!list) return result(ctx, 'ttldxs.all-members-complete', null, NO_MEMBERS);
    const min = param(ctx, 'ttldxs.min-member-complete-share') ?? 1;
    const count = list.filter((m) => RATING_RANK[m.rating] >= RATING_RANK.complete).length;
    const ok = reachesShare(count, list.length, min);
    return result(
      ctx,
      'ttldxs.all-members-complete',
      ok,
      `${count}/${list.length} thành viên (${percent(count, list.length)}) hoàn thành nhiệm vụ, ` +
        `${ok ? 'đạt' : 'chưa đạt'} tỷ lệ tối thiểu ${Math.round(min * 100)}%`,
    );
  },
  'ttldxs.member-ldtt-share': (ctx) =>
    ldttShare(ctx, 'ttldxs.member-ldtt-share', 'ttldxs.min-member-ldtt-share'),
  'ttldxs.member-cstdcs': (ctx) => {
    const list = members(ctx);
    if (!list) return result(ctx, 'ttldxs.member-cstdcs', null, NO_MEMBERS);
    const min = param(ctx, 'ttldxs.min-member-cstdcs') ?? 1;
    const higher = ['chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh', 'chien-si-thi-dua-toan-quoc'];
    const count = list.filter((m) => m.titles.some((t) => higher.includes(t))).length;
    const ok = count >= min;
    return result(
      ctx,
      'ttldxs.member-cstdcs',
      ok,
      `${count} thành viên đạt Chiến sĩ thi đua cơ sở${ok ? '' : `, cần ít nhất ${min}`}`,
    );
  },
  'ttldxs.emulation-movement': (ctx) => qualitative(ctx, 'ttldxs.emulation-movement'),
  'ttldxs.solidarity': (ctx) => qualitative(ctx, 'ttldxs.solidarity'),
  'co.block-leader': (ctx) => blockLeader(ctx, 'co.block-leader'),
  'co.exceeds-targets': (ctx) => qualitative(ctx, 'co.exceeds-targets'),
  'co.solidarity-integrity': (ctx) => qualitative(ctx, 'co.solidarity-integrity'),
  'cocp.block-leader': (ctx) => blockLeader(ctx, 'cocp.block-leader'),
  'cocp.outstanding': (ctx) => qualitative(ctx, 'cocp.outstanding'),
  'xptb.d86-standards': (ctx) => qualitative(ctx, 'xptb.d86-standards'),
  'ttdpvh.d86-standards': (ctx) => qualitative(ctx, 'ttdpvh.d86-standards'),
  'gdvh.compliance': (ctx) => qualitative(ctx, 'gdvh.compliance'),
  'gdvh.movements': (ctx) => qualitative(ctx, 'gdvh.movements'),
  'gdvh.prosperous': (ctx) => qualitative(ctx, 'gdvh.prosperous'),
  'gdvh.no-exclusion': (ctx) => qualitative(ctx, 'gdvh.no-exclusion'),
};
