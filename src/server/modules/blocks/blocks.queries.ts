import { eq, sql } from 'drizzle-orm';
import { checkSheet } from '../../../domain/blocks/sheet';
import type { BlockDetail, BlockList, Sheet } from '../../../shared/api/blocks';
import type { DbOrTx } from '../../db/client';
import { type Actor, can } from '../auth/actor';
import { loadSheet } from './assessment-scores';
import { canSeeBreakdown, loadBlockAccess } from './blocks.policy';
import { assessmentRound } from './blocks.schema';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Blocks the actor sees (the organiser or a member in their subtree), for one year or all. */
export async function listBlocks(db: DbOrTx, actor: Actor, year: number | undefined): Promise<BlockList> {
  const scope = `${actor.scopePath}%`;
  const visible = sql`(EXISTS (SELECT 1 FROM unit ou WHERE ou.id = b.organiser_unit_id AND ou.path LIKE ${scope})
      OR EXISTS (SELECT 1 FROM block_member vm JOIN unit vu ON vu.id = vm.unit_id
                  WHERE vm.block_id = b.id AND vu.path LIKE ${scope}))`;
  const { rows } = await db.execute<{
    id: string;
    kind: 'block' | 'cluster';
    name: string;
    year: number;
    head_unit_name: string | null;
    deputy_unit_name: string | null;
    member_count: number;
    round_status: 'open' | 'locked' | null;
    covenant_signed_on: string | null;
    own_status: string | null;
    to_review: number;
  }>(sql`
    SELECT b.id, b.kind, b.name, b.year, hu.name AS head_unit_name, du.name AS deputy_unit_name,
           (SELECT count(*)::int FROM block_member m WHERE m.block_id = b.id) AS member_count,
           r.status AS round_status, b.covenant_signed_on::text AS covenant_signed_on,
           (SELECT ua.status FROM unit_assessment ua WHERE ua.round_id = r.id AND ua.unit_id = ${actor.unitId}) AS own_status,
           (SELECT count(*)::int FROM unit_assessment ua
             WHERE ua.round_id = r.id AND ua.status = 'block-review' AND ua.reviewer_unit_id = ${actor.unitId}) AS to_review
      FROM emulation_block b
      LEFT JOIN unit hu ON hu.id = b.head_unit_id
      LEFT JOIN unit du ON du.id = b.deputy_unit_id
      LEFT JOIN assessment_round r ON r.block_id = b.id
     WHERE ${visible} ${year ? sql`AND b.year = ${year}` : sql``}
     ORDER BY b.year DESC, b.name COLLATE "vi-x-icu", b.id`);
  const { rows: years } = await db.execute<{ year: number }>(
    sql`SELECT DISTINCT b.year FROM emulation_block b WHERE ${visible} ORDER BY b.year DESC`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      year: r.year,
      headUnitName: r.head_unit_name,
      deputyUnitName: r.deputy_unit_name,
      memberCount: r.member_count,
      roundStatus: r.round_status ?? 'none',
      covenantSignedOn: r.covenant_signed_on,
      ownStatus: (r.own_status as BlockList['items'][number]['ownStatus']) ?? null,
      toReview: r.to_review,
    })),
    years: years.map((y) => y.year),
  };
}

/** A block with its members, sheet summary, round and each member's sheet as far as the actor may see. */
export async function blockDetail(db: DbOrTx, actor: Actor, blockId: string): Promise<BlockDetail> {
  const access = await loadBlockAccess(db, actor, blockId);
  const { block } = access;
  const { rows: members } = await db.execute<{ unit_id: string; unit_name: string }>(sql`
    SELECT u.id AS unit_id, u.name AS unit_name FROM block_member m JOIN unit u ON u.id = m.unit_id
     WHERE m.block_id = ${blockId} ORDER BY m.sort_order, u.name COLLATE "vi-x-icu"`);
  const nameOf = new Map(members.map((m) => [m.unit_id, m.unit_name]));
  const { rows: extra } = await db.execute<{ movement_title: string | null }>(
    sql`SELECT (SELECT title FROM movement WHERE id = ${block.movementId}) AS movement_title`,
  );
  const loaded = await loadSheet(db, blockId);
  const [round] = await db.select().from(assessmentRound).where(eq(assessmentRound.blockId, blockId));
  let assessments: NonNullable<BlockDetail['round']>['assessments'] = [];
  if (round) {
    const { rows } = await db.execute<{
      id: string;
      unit_id: string;
      status: string;
      reviewer_unit_id: string | null;
      self_total: string | null;
      reviewed_total: string | null;
      final_total: string | null;
      rank: number | null;
      version: number;
    }>(sql`SELECT id, unit_id, status, reviewer_unit_id, self_total, reviewed_total, final_total, rank, version
             FROM unit_assessment WHERE round_id = ${round.id}`);
    const published = round.status === 'locked';
    assessments = rows
      .map((r) => {
        const canOpen = canSeeBreakdown(access, actor, r.unit_id, r.reviewer_unit_id);
        return {
          id: r.id,
          unitId: r.unit_id,
          unitName: nameOf.get(r.unit_id) ?? '',
          status: r.status as NonNullable<BlockDetail['round']>['assessments'][number]['status'],
          reviewerUnitId: r.reviewer_unit_id,
          reviewerUnitName: r.reviewer_unit_id ? (nameOf.get(r.reviewer_unit_id) ?? null) : null,
          selfTotal: canOpen ? num(r.self_total) : null,
          reviewedTotal: canOpen ? num(r.reviewed_total) : null,
          finalTotal: canOpen || published ? num(r.final_total) : null,
          rank: published ? r.rank : null,
          version: r.version,
          canOpen,
        };
      })
      .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.unitName.localeCompare(b.unitName, 'vi'));
  }
  const isMember = actor.unitId !== null && access.memberIds.includes(actor.unitId);
  const { rows: flagRows } = round?.flagUnitId
    ? await db.execute<{ name: string }>(sql`SELECT name FROM unit WHERE id = ${round.flagUnitId}`)
    : { rows: [] };
  return {
    id: block.id,
    kind: block.kind as BlockDetail['kind'],
    name: block.name,
    year: block.year,
    organiserUnitId: block.organiserUnitId,
    organiserUnitName: access.organiserName,
    headUnitId: block.headUnitId,
    headUnitName: block.headUnitId ? (nameOf.get(block.headUnitId) ?? null) : null,
    deputyUnitId: block.deputyUnitId,
    deputyUnitName: block.deputyUnitId ? (nameOf.get(block.deputyUnitId) ?? null) : null,
    rotationNote: block.rotationNote,
    movementId: block.movementId,
    movementTitle: extra[0]?.movement_title ?? null,
    showDetailsToMembers: block.showDetailsToMembers,
    covenantSignedOn: block.covenantSignedOn,
    covenantNote: block.covenantNote,
    covenantFileId: block.covenantFileId,
    version: block.version,
    members: members.map((m) => ({ unitId: m.unit_id, unitName: m.unit_name })),
    sheet: loaded
      ? {
          id: loaded.sheet.id,
          title: loaded.sheet.title,
          maxPoints: loaded.sheet.maxPoints,
          criteriaCount: loaded.criteria.filter((c) => c.kind !== 'group').length,
          issues: checkSheet(loaded.nodes, loaded.sheet.maxPoints).map((i) => i.message),
        }
      : null,
    round: round
      ? {
          id: round.id,
          status: round.status as 'open' | 'locked',
          selfDueOn: round.selfDueOn,
          reviewDueOn: round.reviewDueOn,
          explanationDueOn: round.explanationDueOn,
          finalDueOn: round.finalDueOn,
          lockedAt: iso(round.lockedAt),
          flagDossierId: round.flagDossierId,
          flagUnitId: round.flagUnitId,
          flagUnitName: flagRows[0]?.name ?? null,
          version: round.version,
          assessments,
        }
      : null,
    can: {
      manage: access.canManage,
      finalize: access.canFinalize,
      assessUnitId: isMember && can(actor, 'block.assess') ? actor.unitId : null,
      reviewUnitIds: can(actor, 'block.review')
        ? assessments
            .filter((a) => a.reviewerUnitId !== null && a.reviewerUnitId === actor.unitId)
            .map((a) => a.unitId)
        : [],
    },
  };
}

/** The block's sheet (an empty one, version 0, when none was made yet) with what stops it being used. */
export async function sheetOf(db: DbOrTx, actor: Actor, blockId: string): Promise<Sheet> {
  const { block } = await loadBlockAccess(db, actor, blockId);
  const loaded = await loadSheet(db, blockId);
  const [round] = await db
    .select({ id: assessmentRound.id })
    .from(assessmentRound)
    .where(eq(assessmentRound.blockId, blockId));
  const { rows: indicators } = block.movementId
    ? await db.execute<{ id: string; code: string; name: string; direction: string }>(sql`
        SELECT id, code, name, direction FROM movement_indicator WHERE movement_id = ${block.movementId}
         ORDER BY sort_order, code`)
    : { rows: [] };
  const indicatorName = new Map(indicators.map((i) => [i.id, `${i.code} – ${i.name}`]));
  if (!loaded) {
    return {
      id: null,
      blockId,
      title: `Bảng tiêu chí chấm điểm thi đua ${block.name} năm ${block.year}`,
      maxPoints: 100,
      version: 0,
      isLocked: Boolean(round),
      criteria: [],
      issues: [],
      indicators,
    };
  }
  return {
    id: loaded.sheet.id,
    blockId,
    title: loaded.sheet.title,
    maxPoints: loaded.sheet.maxPoints,
    version: loaded.sheet.version,
    isLocked: Boolean(round),
    criteria: loaded.criteria.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      code: c.code,
      name: c.name,
      kind: c.kind as Sheet['criteria'][number]['kind'],
      role: c.role as Sheet['criteria'][number]['role'],
      maxPoints: c.maxPoints,
      pointsPerOccurrence: c.pointsPerOccurrence,
      noTargetRule: c.noTargetRule as Sheet['criteria'][number]['noTargetRule'],
      indicatorId: c.indicatorId,
      indicatorName: c.indicatorId ? (indicatorName.get(c.indicatorId) ?? null) : null,
      guidance: c.guidance,
    })),
    issues: checkSheet(loaded.nodes, loaded.sheet.maxPoints),
    indicators,
  };
}
