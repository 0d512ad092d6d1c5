import type { CriterionKind, CriterionRole } from './scoring';
import { roundPoints } from './scoring';

/*
 * A scoring sheet is a tree: groups sum their children; leaves are scored. Regular leaves make up the
 * sheet maximum; bonus and penalty items sit outside it (a bonus adds, a penalty subtracts).
 */

export interface SheetNode {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: CriterionKind;
  role: CriterionRole;
  maxPoints: number;
}

export interface SheetIssue {
  criterionId: string | null;
  message: string;
}

const EPS = 1e-6;

/** The sum of the maxima of a node's regular leaves (a group's own maximum is derived from it). */
export function regularMaxOf(nodes: readonly SheetNode[], id: string | null): number {
  return nodes
    .filter((n) => n.parentId === id)
    .reduce((sum, n) => {
      if (n.kind === 'group') return sum + regularMaxOf(nodes, n.id);
      return n.role === 'regular' ? sum + n.maxPoints : sum;
    }, 0);
}

/** What stops a sheet from being used in a round; an empty list means it is ready. */
export function checkSheet(nodes: readonly SheetNode[], sheetMax: number): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) {
    if (n.parentId !== null && !ids.has(n.parentId)) {
      issues.push({ criterionId: n.id, message: `Tiêu chí ${n.code} thuộc một nhóm không còn tồn tại.` });
    }
    if (n.parentId !== null && nodes.find((p) => p.id === n.parentId)?.kind !== 'group') {
      if (ids.has(n.parentId)) {
        issues.push({ criterionId: n.id, message: `Tiêu chí ${n.code} phải nằm trong một nhóm tiêu chí.` });
      }
    }
    if (n.kind === 'group' && n.role !== 'regular') {
      issues.push({ criterionId: n.id, message: `Nhóm ${n.code} không thể là điểm thưởng hoặc điểm trừ.` });
    }
    if (n.kind !== 'group' && n.maxPoints <= 0) {
      issues.push({ criterionId: n.id, message: `Tiêu chí ${n.code} cần điểm tối đa lớn hơn 0.` });
    }
    if (n.kind === 'target' && n.role !== 'regular') {
      issues.push({ criterionId: n.id, message: `Tiêu chí chỉ tiêu ${n.code} phải là tiêu chí thường.` });
    }
    if (n.kind === 'group' && !nodes.some((c) => c.parentId === n.id)) {
      issues.push({ criterionId: n.id, message: `Nhóm ${n.code} chưa có tiêu chí nào.` });
    }
  }
  if (nodes.every((n) => n.kind === 'group')) {
    issues.push({ criterionId: null, message: 'Bảng tiêu chí chưa có tiêu chí chấm điểm nào.' });
  }
  const total = regularMaxOf(nodes, null);
  if (Math.abs(total - sheetMax) > EPS) {
    issues.push({
      criterionId: null,
      message: `Tổng điểm tối đa của các tiêu chí là ${roundPoints(total)}, khác điểm tối đa của bảng (${sheetMax}). Sửa điểm các tiêu chí hoặc điểm tối đa của bảng cho khớp.`,
    });
  }
  return issues;
}

export interface UnitTotals {
  /** Points of regular criteria, as scored. */
  regular: number;
  bonus: number;
  /** Positive: points taken off. */
  penalty: number;
  /** The unit's own maximum: the sheet maximum less the criteria excluded for it. */
  ownMax: number;
  /** The total used for ranking: regular points scaled to the sheet maximum, plus bonus, less penalty. */
  total: number;
  /** Regular criteria scored at their maximum (a tie rule). */
  criteriaAtMax: number;
}

/**
 * Totals of one unit. `scores` maps a leaf id to its points (positive, penalties included as positive);
 * a regular leaf missing from the map or null is excluded from the unit's maximum (a target criterion
 * without an assigned target, rule 'exclude'). The regular part is scaled to the sheet maximum, so a unit
 * with an excluded criterion is neither helped nor hurt (docs/decisions/0012).
 */
export function totalsOf(
  nodes: readonly SheetNode[],
  sheetMax: number,
  scores: ReadonlyMap<string, number | null>,
): UnitTotals {
  let regular = 0;
  let bonus = 0;
  let penalty = 0;
  let excluded = 0;
  let criteriaAtMax = 0;
  for (const n of nodes) {
    if (n.kind === 'group') continue;
    const score = scores.get(n.id);
    if (n.role === 'bonus') bonus += score ?? 0;
    else if (n.role === 'penalty') penalty += score ?? 0;
    else if (score === null || score === undefined) {
      if (n.kind === 'target') excluded += n.maxPoints;
    } else {
      regular += score;
      if (score >= n.maxPoints - EPS) criteriaAtMax++;
    }
  }
  const ownMax = Math.max(sheetMax - excluded, 0);
  const scaled = ownMax > 0 ? (regular * sheetMax) / ownMax : 0;
  return {
    regular: roundPoints(regular),
    bonus: roundPoints(bonus),
    penalty: roundPoints(penalty),
    ownMax: roundPoints(ownMax),
    total: roundPoints(scaled + bonus - penalty),
    criteriaAtMax,
  };
}
