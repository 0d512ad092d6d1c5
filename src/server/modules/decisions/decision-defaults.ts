import { sql } from 'drizzle-orm';
import { authorityLevelOfUnitKind, DEFAULT_LEGAL_BASES } from '../../../domain/decisions/decision-number';
import { issuerDefaultsOf } from '../../../domain/decisions/decision-text';
import type { DecisionDefaults } from '../../../shared/api/decisions';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';

/** What a new draft starts with: the user's unit as issuer, its chairman as signer, the usual bases. */
export async function decisionDefaults(db: DbOrTx, actor: Actor): Promise<DecisionDefaults> {
  const { rows } = await db.execute<{ id: string; name: string; kind: string; chairman: string | null }>(sql`
    SELECT un.id, un.name, un.kind,
           (SELECT u.name FROM "user" u JOIN user_role r ON r.user_id = u.id AND r.role = 'chairman'
             WHERE u.unit_id = un.id ORDER BY u.created_at LIMIT 1) AS chairman
      FROM unit un WHERE un.id = ${actor.unitId}`);
  const unit = rows[0];
  const issuer = unit ? issuerDefaultsOf(unit.name, unit.kind) : { issuerName: '', place: '' };
  return {
    issuerUnitId: unit?.id ?? null,
    issuerName: issuer.issuerName,
    parentIssuer: '',
    symbol: 'QĐ-UBND',
    place: issuer.place,
    legalBases: [...DEFAULT_LEGAL_BASES],
    proposedBy: 'Theo đề nghị của Hội đồng Thi đua - Khen thưởng',
    signerAuthority: '',
    signerPosition: 'CHỦ TỊCH',
    signerName: unit?.chairman ?? '',
    recipients: ['Như Điều 3', 'Lưu: VT'],
    authorityLevel: authorityLevelOfUnitKind(unit?.kind ?? 'peoples-committee'),
  };
}
