/*
 * Ranking of a block's units after the final review. Tie rules, in order (docs/decisions/0012):
 *   1. higher final total;
 *   2. more regular criteria scored at their maximum;
 *   3. fewer penalty points;
 *   4. higher self-consistency: the smaller gap between the unit's self-assessed total and its final total;
 *   5. still equal → the same rank (competition ranking 1, 1, 3); the flag proposal then needs a choice.
 */

export interface RankInput {
  unitId: string;
  unitName: string;
  finalTotal: number;
  criteriaAtMax: number;
  penalty: number;
  selfTotal: number;
}

export interface Ranked extends RankInput {
  rank: number;
  /** Which rule separated this unit from the one ranked just above ('total', …), null for the first. */
  decidedBy: TieRule | null;
}

export type TieRule = 'total' | 'criteria-at-max' | 'penalty' | 'self-consistency' | 'tie';

export const TIE_RULE_LABELS: Record<TieRule, string> = {
  total: 'Tổng điểm',
  'criteria-at-max': 'Số tiêu chí đạt điểm tối đa',
  penalty: 'Điểm trừ ít hơn',
  'self-consistency': 'Tự chấm sát với kết quả',
  tie: 'Bằng nhau',
};

const EPS = 1e-6;

function compareBy(a: RankInput, b: RankInput): { order: number; rule: TieRule } {
  const rules: Array<[TieRule, number]> = [
    ['total', b.finalTotal - a.finalTotal],
    ['criteria-at-max', b.criteriaAtMax - a.criteriaAtMax],
    ['penalty', a.penalty - b.penalty],
    ['self-consistency', Math.abs(a.selfTotal - a.finalTotal) - Math.abs(b.selfTotal - b.finalTotal)],
  ];
  for (const [rule, diff] of rules) if (Math.abs(diff) > EPS) return { order: diff, rule };
  return { order: 0, rule: 'tie' };
}

/** Units in rank order; units that stay equal after every rule share a rank and sort by name. */
export function rankUnits(units: readonly RankInput[]): Ranked[] {
  const sorted = [...units].sort(
    (a, b) =>
      compareBy(a, b).order || a.unitName.localeCompare(b.unitName, 'vi') || a.unitId.localeCompare(b.unitId),
  );
  const ranked: Ranked[] = [];
  sorted.forEach((u, i) => {
    const prev = ranked[i - 1];
    if (!prev) {
      ranked.push({ ...u, rank: 1, decidedBy: null });
      return;
    }
    const { rule } = compareBy(prev, u);
    ranked.push({ ...u, rank: rule === 'tie' ? prev.rank : i + 1, decidedBy: rule });
  });
  return ranked;
}

/** The unit leading the block, or the tied units when the rules cannot separate them. */
export function leaderOf(ranked: readonly Ranked[]): { leader: Ranked | null; tied: Ranked[] } {
  const top = ranked.filter((r) => r.rank === 1);
  return top.length === 1 ? { leader: top[0]!, tied: [] } : { leader: null, tied: top };
}
