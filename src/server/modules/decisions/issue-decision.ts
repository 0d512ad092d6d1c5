import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { formatDecisionNumber, formatGoldenBookNumber } from '../../../domain/decisions/decision-number';
import { mayConfer } from '../../../domain/law/catalogue';
import { pickInForce } from '../../../domain/law/periods';
import type { AuthorityLevel, AwardCode } from '../../../domain/law/types';
import type { DecisionIssue } from '../../../shared/api/decisions';
import { todayInVietnamIso } from '../../../shared/api/initiatives';
import type { DbOrTx } from '../../db/client';
import { awardGrant, initiativeUse } from '../../db/schema';
import { badRequest } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { applyDossierTransition } from '../dossiers/transition-dossier';
import { catalogueOf } from '../law/law-overrides';
import { notifyUnits } from '../notifications/notify-units';
import { awardNameOf } from '../registry/registry.queries';
import { allocateNumber, allocateNumbers } from './allocate-number';
import { rebuildAnnex } from './build-annex';
import { lockDossiersForDecision } from './decision-dossiers';
import { authorityLevelOf, loadDecisionInScope, presentDecision } from './decisions.queries';
import { decision } from './decisions.schema';
import { keepIssuedDecision } from './render-decision';
import { assertDraft, staleDecision } from './save-decision';

/**
 * The chairman signs and issues a draft, all in ONE transaction: the annex is recomputed at the signing
 * date, the decision takes the next number of its issuer and year, every awardee gets a registry entry
 * (award_grant) with its golden-book number, the initiatives cited are marked used, every dossier moves
 * to `decided`, the .docx is kept with its template version, the proposing units are notified and the
 * audit row written. Any failure rolls everything back, numbers included.
 */
export async function issueDecision(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: DecisionIssue,
): Promise<void> {
  const before = await loadDecisionInScope(tx, actor, id, { lock: true, write: true });
  assertDraft(before.status);
  if (before.version !== input.version) throw staleDecision(await lastEditorOf(tx, 'decision', id));
  const today = todayInVietnamIso();
  const date = input.decisionDate ?? today;
  if (date > today) {
    throw badRequest('Ngày ký quyết định không được sau ngày hôm nay.', [
      { path: 'decisionDate', message: 'Không được sau ngày hôm nay' },
    ]);
  }
  const { rows: links } = await tx.execute<{ dossier_id: string }>(
    sql`SELECT dd.dossier_id FROM decision_dossier dd
         LEFT JOIN LATERAL (SELECT min(e.sort_order) AS m FROM decision_entry e
                             WHERE e.decision_id = dd.decision_id AND e.dossier_id = dd.dossier_id) x ON true
        WHERE dd.decision_id = ${id} ORDER BY x.m NULLS LAST, dd.dossier_id`,
  );
  const dossierIds = links.map((l) => l.dossier_id);
  if (dossierIds.length === 0) throw badRequest('Dự thảo chưa có hồ sơ nào.');
  const dossiers = await lockDossiersForDecision(tx, actor, before.issuer_path, dossierIds, id, date);
  const catalogue = await catalogueOf(tx);
  const level = authorityLevelOf(before) as AuthorityLevel;
  const awardCode = dossiers[0]!.award_code as AwardCode;
  if (!mayConfer(catalogue, awardCode, level, date)) {
    const source = pickInForce(catalogue.authority.get(`${awardCode}:${level}`), date)?.source;
    throw badRequest(
      `Cơ quan ban hành không có thẩm quyền tặng “${awardNameOf(awardCode)}” vào ngày ${date}${source ? ` (${source})` : ''}.`,
      [{ path: 'authorityLevel', message: 'Không có thẩm quyền' }],
    );
  }
  await rebuildAnnex(tx, id, dossierIds, { date, level, catalogue });

  const year = Number(date.slice(0, 4));
  const number = await allocateNumber(tx, before.issuer_unit_id, 'decision', year);
  const numberText = formatDecisionNumber(number, before.symbol);
  const now = new Date();
  await tx
    .update(decision)
    .set({
      status: 'issued',
      number,
      numberText,
      year,
      decisionDate: date,
      issuedAt: now,
      issuedBy: actor.email,
      version: sql`${decision.version} + 1`,
      updatedAt: now,
    })
    .where(eq(decision.id, id));

  const { rows: entries } = await tx.execute<{
    id: string;
    dossier_id: string;
    award_code: string;
    recipient_kind: string;
    person_id: string | null;
    unit_id: string;
    initiative_ids: string[] | null;
  }>(sql`
    SELECT e.id, e.dossier_id, e.award_code, e.recipient_kind, e.person_id, e.unit_id, n.initiative_ids
      FROM decision_entry e JOIN dossier_nominee n ON n.id = e.nominee_id
     WHERE e.decision_id = ${id} ORDER BY e.sort_order, e.id`);
  const golden = await allocateNumbers(tx, before.issuer_unit_id, 'golden-book', 0, entries.length);
  const byDossier = new Map(dossiers.map((d) => [d.id, d]));
  const grants = entries.map((e, i) => ({
    id: randomUUID(),
    awardCode: e.award_code,
    recipientKind: e.recipient_kind,
    personId: e.person_id,
    unitId: e.unit_id,
    year: byDossier.get(e.dossier_id)!.year,
    track: byDossier.get(e.dossier_id)!.track,
    decisionNumber: numberText,
    decisionDate: date,
    issuer: before.issuer_name,
    goldenBookNumber: formatGoldenBookNumber(golden[i]!),
  }));
  await tx.insert(awardGrant).values(grants);
  if (entries.length > 0) {
    const pairs = sql.join(
      entries.map((e, i) => sql`(${e.id}::uuid, ${grants[i]!.id}::uuid)`),
      sql`, `,
    );
    await tx.execute(sql`
      UPDATE decision_entry AS d SET award_grant_id = v.grant_id
        FROM (VALUES ${pairs}) AS v(id, grant_id)
       WHERE d.id = v.id`);
  }
  const uses = entries.flatMap((e, i) =>
    (e.initiative_ids ?? []).map((initiativeId) => ({ initiativeId, awardGrantId: grants[i]!.id })),
  );
  if (uses.length > 0) await tx.insert(initiativeUse).values(uses).onConflictDoNothing();

  for (const d of dossiers) await applyDossierTransition(tx, actor, { dossierId: d.id, action: 'decide' });

  const issued = await presentDecision(tx, await loadDecisionInScope(tx, actor, id), catalogue);
  const documentId = await keepIssuedDecision(tx, actor, issued);
  await tx.update(decision).set({ documentId }).where(eq(decision.id, id));
  await notifyUnits(
    tx,
    dossiers.map((d) => d.unit_id),
    {
      kind: 'decision.issued',
      title: `Quyết định số ${numberText}: ${issued.subject}`,
      body: `${issued.entries.length} trường hợp được khen thưởng; đã ghi vào sổ khen thưởng.`,
      link: `/decisions/${id}`,
    },
    now,
  );
  await writeAudit(tx, auditContextOf(actor), {
    action: 'decision.issue',
    objectType: 'decision',
    objectId: id,
    unitId: before.issuer_unit_id,
    before: { status: 'draft', version: before.version },
    after: {
      status: 'issued',
      number: numberText,
      decisionDate: date,
      grants: grants.length,
      goldenBook: grants.length ? `${grants[0]!.goldenBookNumber}–${grants.at(-1)!.goldenBookNumber}` : null,
      totalAmount: issued.totalAmount,
      dossierIds,
      documentId,
    },
  });
}
