import { eq, sql } from 'drizzle-orm';
import type { AuthorityLevel } from '../../../domain/law/types';
import type { DecisionSave, DecisionUpdate } from '../../../shared/api/decisions';
import { todayInVietnamIso } from '../../../shared/api/initiatives';
import type { DbOrTx } from '../../db/client';
import { AppError, badRequest } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { catalogueOf } from '../law/law-overrides';
import { awardNameOf } from '../registry/registry.queries';
import { loadUnitInScope } from '../units/units.policy';
import { rebuildAnnex } from './build-annex';
import { lockDossiersForDecision } from './decision-dossiers';
import { loadDecisionInScope } from './decisions.queries';
import { decision, decisionDossier, decisionExtra } from './decisions.schema';

/** "Về việc tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025" / "Về việc tặng Giấy khen". */
function defaultSubject(awardCode: string, year: number): string {
  const name = awardNameOf(awardCode);
  return /^(Giấy khen|Bằng khen)/.test(name)
    ? `Về việc tặng ${name} năm ${year}`
    : `Về việc tặng danh hiệu “${name}” năm ${year}`;
}

/** Write the draft's content, its dossiers and its annex (prizes at the planned date). */
async function writeDraft(tx: DbOrTx, actor: Actor, id: string | null, input: DecisionSave) {
  const issuer = await loadUnitInScope(tx, actor, input.issuerUnitId);
  const dossiers = await lockDossiersForDecision(
    tx,
    actor,
    issuer.path,
    input.dossierIds,
    id,
    todayInVietnamIso(),
  );
  const first = dossiers[0]!;
  const content = {
    issuerUnitId: issuer.id,
    issuerName: input.issuerName,
    parentIssuer: input.parentIssuer || null,
    symbol: input.symbol,
    place: input.place,
    year: Number(input.decisionDate.slice(0, 4)),
    decisionDate: input.decisionDate,
    subject: input.subject || defaultSubject(first.award_code, first.year),
    legalBases: input.legalBases,
    proposedBy: input.proposedBy ?? '',
    signerAuthority: input.signerAuthority ?? '',
    signerPosition: input.signerPosition,
    signerName: input.signerName,
    recipients: input.recipients,
  };
  const now = new Date();
  let decisionId = id;
  if (decisionId === null) {
    const [row] = await tx
      .insert(decision)
      .values({ ...content, createdBy: actor.email })
      .returning({ id: decision.id });
    decisionId = row!.id;
  } else {
    await tx
      .update(decision)
      .set({ ...content, version: sql`${decision.version} + 1`, updatedAt: now })
      .where(eq(decision.id, decisionId));
    await tx.delete(decisionDossier).where(eq(decisionDossier.decisionId, decisionId));
  }
  await tx
    .insert(decisionDossier)
    .values(dossiers.map((d) => ({ decisionId: decisionId!, dossierId: d.id })));
  await tx
    .insert(decisionExtra)
    .values({ decisionId, data: { authorityLevel: input.authorityLevel } })
    .onConflictDoUpdate({
      target: decisionExtra.decisionId,
      set: {
        data: sql`decision_extra.data || ${JSON.stringify({ authorityLevel: input.authorityLevel })}::jsonb`,
        updatedAt: now,
      },
    });
  const total = await rebuildAnnex(tx, decisionId, input.dossierIds, {
    date: input.decisionDate,
    level: input.authorityLevel as AuthorityLevel,
    catalogue: await catalogueOf(tx),
  });
  return { decisionId, total, issuerUnitId: issuer.id };
}

/** Draft a decision from dossiers whose public notice has ended. Audited. */
export async function createDecision(tx: DbOrTx, actor: Actor, input: DecisionSave): Promise<string> {
  const { decisionId, total, issuerUnitId } = await writeDraft(tx, actor, null, input);
  await writeAudit(tx, auditContextOf(actor), {
    action: 'decision.create',
    objectType: 'decision',
    objectId: decisionId,
    unitId: issuerUnitId,
    after: { dossierIds: input.dossierIds, totalAmount: total, subject: input.subject ?? null },
  });
  return decisionId;
}

/** A draft is changed as a whole (content, dossiers, annex); a stale version gets 409. */
export async function updateDecision(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: DecisionUpdate,
): Promise<void> {
  const before = await loadDecisionInScope(tx, actor, id, { lock: true, write: true });
  assertDraft(before.status);
  if (before.version !== input.version) throw staleDecision(await lastEditorOf(tx, 'decision', id));
  const { total } = await writeDraft(tx, actor, id, input);
  await writeAudit(tx, auditContextOf(actor), {
    action: 'decision.update',
    objectType: 'decision',
    objectId: id,
    unitId: before.issuer_unit_id,
    before: { version: before.version, totalAmount: Number(before.total_amount) },
    after: { dossierIds: input.dossierIds, totalAmount: total },
  });
}

/** Discard a draft (an issued decision is never deleted). */
export async function deleteDecision(tx: DbOrTx, actor: Actor, id: string, version: number): Promise<void> {
  const before = await loadDecisionInScope(tx, actor, id, { lock: true, write: true });
  assertDraft(before.status);
  if (before.version !== version) throw staleDecision(await lastEditorOf(tx, 'decision', id));
  await tx.delete(decision).where(eq(decision.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'decision.delete',
    objectType: 'decision',
    objectId: id,
    unitId: before.issuer_unit_id,
    before: { subject: before.subject, version: before.version },
  });
}

export function assertDraft(status: string): void {
  if (status !== 'draft') {
    throw badRequest('Quyết định đã ban hành nên không thể sửa, xóa hay ký lại.', [
      { path: 'status', message: 'Đã ban hành' },
    ]);
  }
}

export function staleDecision(who: string): AppError {
  return new AppError(
    'CONFLICT',
    `Dự thảo quyết định này vừa được ${who} thay đổi. Dữ liệu mới đã được tải lại; vui lòng xem lại.`,
  );
}
