import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { movement } from '../db/schema';
import { refreshRoundTotals } from '../modules/blocks/assessment-scores';
import type { BlockAccess } from '../modules/blocks/blocks.policy';
import {
  assessmentRound,
  assessmentScore,
  blockMember,
  emulationBlock,
  scoreCriterion,
  scoreSheet,
  unitAssessment,
} from '../modules/blocks/blocks.schema';
import { computeRanking } from '../modules/blocks/ranking.queries';
import { movementIndicator } from '../modules/targets/targets.schema';
import type { DemoUnits } from './demo';
import { BLOCKS, type DemoBlock, type Leaf, REASONS } from './demo-blocks-specs';
import { mulberry32 } from './people-generator';

/*
 * The city's emulation blocks of 2025 (the launching document asks to "raise the quality of the city's
 * emulation blocks"): the specialised offices, the wards and communes (a cluster), and the schools. Each
 * has a scoring sheet of 100 points (target criteria fed by the movement's targets), and a completed
 * round: self-assessment, review by the head (the head's own sheet by the deputy) with reasons for every
 * changed score, final review, lock and ranking. 2023 and 2024 rounds of the same blocks give the chart
 * of scores over the years. The flag proposal is left for the staff to make.
 */

const at = (iso: string) => new Date(`${iso}T09:00:00+07:00`);

/** The 2023–2025 blocks of the city with completed, ranked rounds; call after loadDemoTargets. */
export async function loadDemoBlocks(tx: Tx, units: DemoUnits): Promise<void> {
  const organiser = units['UBND-TP'];
  const [m] = await tx.select().from(movement).where(eq(movement.docNumber, '5834/PĐTĐ-UBND'));
  if (!organiser || !m) throw new Error('demo blocks: the city or its 2025 movement is missing');
  const indicators = await tx
    .select({ id: movementIndicator.id, code: movementIndicator.code })
    .from(movementIndicator)
    .where(eq(movementIndicator.movementId, m.id));
  const indicatorOf = new Map(indicators.map((i) => [i.code, i.id]));
  for (const [b, spec] of BLOCKS.entries()) {
    for (const year of [2023, 2024, 2025]) {
      await seedBlock(
        tx,
        units,
        organiser,
        spec,
        year,
        year === 2025 ? m.id : null,
        indicatorOf,
        b * 100 + year,
      );
    }
  }
}

async function seedBlock(
  tx: Tx,
  units: DemoUnits,
  organiser: string,
  spec: DemoBlock,
  year: number,
  movementId: string | null,
  indicatorOf: Map<string, string>,
  seed: number,
) {
  const random = mulberry32(seed);
  const unitOf = (code: string) => {
    const id = units[code];
    if (!id) throw new Error(`demo blocks: unknown unit ${code}`);
    return id;
  };
  const members = spec.members.map(unitOf);
  const [block] = await tx
    .insert(emulationBlock)
    .values({
      kind: spec.kind,
      name: spec.name,
      year,
      organiserUnitId: organiser,
      headUnitId: unitOf(spec.head),
      deputyUnitId: unitOf(spec.deputy),
      rotationNote: spec.rotation,
      movementId,
      covenantSignedOn: `${year}-01-20`,
      covenantNote: `Ký tại hội nghị triển khai nhiệm vụ năm ${year} của ${spec.kind === 'cluster' ? 'cụm' : 'khối'}.`,
      createdBy: 'noivu@tdkt.local',
      updatedBy: 'noivu@tdkt.local',
      createdAt: at(`${year}-01-10`),
      updatedAt: at(`${year}-01-20`),
    })
    .returning();
  await tx
    .insert(blockMember)
    .values(members.map((unitId, i) => ({ blockId: block!.id, unitId, sortOrder: i })));
  const [sheet] = await tx
    .insert(scoreSheet)
    .values({
      blockId: block!.id,
      title: `Bảng tiêu chí chấm điểm thi đua năm ${year}`,
      maxPoints: 100,
      updatedBy: 'noivu@tdkt.local',
    })
    .returning({ id: scoreSheet.id });
  const leaves: (Leaf & { id: string })[] = [];
  let order = 0;
  for (const group of spec.groups) {
    const isExtra = group.leaves.every((l) => l.role);
    // Bonus and penalty items sit at the top level, outside the 100 points.
    const [g] = isExtra
      ? [null]
      : await tx
          .insert(scoreCriterion)
          .values({
            sheetId: sheet!.id,
            code: group.code,
            name: group.name,
            kind: 'group',
            sortOrder: order++,
          })
          .returning({ id: scoreCriterion.id });
    for (const leaf of group.leaves) {
      // Before 2025 the blocks had no movement targets in the system: those criteria were scored by hand.
      const indicatorId = leaf.indicator && movementId ? (indicatorOf.get(leaf.indicator) ?? null) : null;
      const kind = leaf.kind === 'target' && !indicatorId ? 'manual' : leaf.kind;
      const [c] = await tx
        .insert(scoreCriterion)
        .values({
          sheetId: sheet!.id,
          parentId: g?.id ?? null,
          code: leaf.code,
          name: leaf.name,
          kind,
          role: leaf.role ?? 'regular',
          maxPoints: leaf.max,
          pointsPerOccurrence: leaf.perOccurrence ?? null,
          indicatorId,
          sortOrder: order++,
        })
        .returning({ id: scoreCriterion.id });
      leaves.push({ ...leaf, kind, id: c!.id });
    }
  }
  const lockedAt = at(`${year + 1}-01-08`);
  const [round] = await tx
    .insert(assessmentRound)
    .values({
      blockId: block!.id,
      status: 'locked',
      selfDueOn: `${year}-12-05`,
      reviewDueOn: `${year}-12-15`,
      explanationDueOn: `${year}-12-22`,
      finalDueOn: `${year + 1}-01-05`,
      lockedAt,
      lockedBy: 'noivu@tdkt.local',
      updatedBy: 'noivu@tdkt.local',
    })
    .returning({ id: assessmentRound.id });
  const head = unitOf(spec.head);
  const deputy = unitOf(spec.deputy);
  for (const [i, unitId] of members.entries()) {
    const skill = 0.78 + random() * 0.2;
    const [sheetRow] = await tx
      .insert(unitAssessment)
      .values({
        roundId: round!.id,
        unitId,
        status: 'locked',
        reviewerUnitId: unitId === head ? deputy : head,
        selfSubmittedAt: at(`${year}-12-0${1 + (i % 5)}`),
        selfSubmittedBy: `vanthu.${spec.members[i]!.toLowerCase()}@tdkt.local`,
        reviewedAt: at(`${year}-12-1${i % 5}`),
        reviewedBy: unitId === head ? 'vanthu.doanket@tdkt.local' : 'truong.tanphong@tdkt.local',
        explainedAt: at(`${year}-12-20`),
        finalizedAt: at(`${year + 1}-01-0${2 + (i % 3)}`),
        finalizedBy: 'noivu@tdkt.local',
      })
      .returning({ id: unitAssessment.id });
    const scores: (typeof assessmentScore.$inferInsert)[] = [];
    for (const leaf of leaves) {
      if (leaf.kind === 'target') continue;
      const { value, score } = valueFor(leaf, skill, random);
      // About one criterion in six is scored down by the reviewer, with a reason the unit sees.
      const cut = leaf.kind === 'manual' && !leaf.role && random() < 0.17 && value >= 1;
      const reviewed = cut ? Math.max(0, Math.round((value - 1 - random() * 2) * 4) / 4) : value;
      scores.push({
        unitAssessmentId: sheetRow!.id,
        criterionId: leaf.id,
        selfValue: value,
        selfScore: score,
        evidence: `Báo cáo số ${10 + i}/BC về ${leaf.name.toLowerCase()} năm ${year}`,
        reviewedValue: reviewed,
        reviewedScore: cut ? reviewed : score,
        reviewReason: cut ? REASONS[Math.floor(random() * REASONS.length)]! : null,
        explanation: cut && random() < 0.4 ? 'Đơn vị đã bổ sung minh chứng; đề nghị xem xét lại.' : null,
        finalValue: reviewed,
        finalScore: cut ? reviewed : score,
        updatedBy: 'noivu@tdkt.local',
      });
    }
    await tx.insert(assessmentScore).values(scores);
  }
  const row = block!;
  await refreshRoundTotals(tx, row, round!.id, members);
  const access = { block: row, memberIds: members } as unknown as BlockAccess;
  const ranked = await computeRanking(tx, access, round!.id);
  for (const r of ranked) {
    await tx.execute(
      sql`UPDATE unit_assessment SET rank = ${r.rank} WHERE round_id = ${round!.id} AND unit_id = ${r.unitId}`,
    );
  }
}

function valueFor(leaf: Leaf, skill: number, random: () => number): { value: number; score: number } {
  switch (leaf.kind) {
    case 'achieved': {
      const value = random() < skill + 0.1 ? 1 : 0;
      return { value, score: value * leaf.max };
    }
    case 'per-occurrence': {
      const value =
        leaf.role === 'penalty'
          ? random() < 0.3
            ? 1 + Math.floor(random() * 2)
            : 0
          : Math.floor(random() * 3);
      return { value, score: Math.min(value * (leaf.perOccurrence ?? 1), leaf.max) };
    }
    default: {
      const value = Math.min(
        leaf.max,
        Math.round(leaf.max * Math.min(1, skill + (random() - 0.5) * 0.15) * 4) / 4,
      );
      return { value, score: value };
    }
  }
}
