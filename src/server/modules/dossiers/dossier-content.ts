import { eq, inArray, sql } from 'drizzle-orm';
import type { Catalogue } from '../../../domain/law/catalogue';
import type { AwardCode } from '../../../domain/law/types';
import type { DossierCreate, NomineeInput } from '../../../shared/api/dossiers';
import { NOMINEE_KIND_LABELS } from '../../../shared/dossier-codes';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { dossierNominee } from './dossiers.schema';
import { sanitizeReportHtml } from './sanitize-report';

type Content = Omit<DossierCreate, 'unitId'>;
type Field = { path: string; message: string };

const fail = (message: string, fields: Field[]) => badRequest(message, fields);

/** The award exists, takes this kind of nominee, a thematic dossier names its movement, the votes add up. */
export async function assertDossierContent(tx: DbOrTx, catalogue: Catalogue, input: Content): Promise<void> {
  const award = catalogue.awards.get(input.awardCode as AwardCode);
  if (!award) {
    throw fail('Danh hiệu hoặc hình thức khen thưởng không có trong danh mục.', [
      { path: 'awardCode', message: 'Chọn trong danh mục' },
    ]);
  }
  input.nominees.forEach((n, i) => {
    if (!award.kinds.includes(n.kind)) {
      throw fail(`“${award.name}” không xét cho ${NOMINEE_KIND_LABELS[n.kind].toLowerCase()}.`, [
        {
          path: `nominees.${i}.kind`,
          message: `Không áp dụng cho ${NOMINEE_KIND_LABELS[n.kind].toLowerCase()}`,
        },
      ]);
    }
  });
  if (input.track === 'thematic' && !input.movementId) {
    throw fail('Hồ sơ khen thưởng theo chuyên đề phải gắn với một phong trào thi đua.', [
      { path: 'movementId', message: 'Chọn phong trào' },
    ]);
  }
  if (input.movementId) {
    const { rows } = await tx.execute(
      sql`SELECT 1 FROM movement WHERE id = ${input.movementId} AND status <> 'draft'`,
    );
    if (rows.length === 0)
      throw fail('Phong trào không tồn tại hoặc chưa phát động.', [
        { path: 'movementId', message: 'Không tìm thấy' },
      ]);
  }
  const { votersTotal: total, votersPresent: present, votersAgree: agree } = input;
  if (present != null && total != null && present > total) {
    throw fail('Số người dự họp không thể lớn hơn tổng số thành viên.', [
      { path: 'votersPresent', message: 'Lớn hơn tổng số thành viên' },
    ]);
  }
  if (agree != null && present != null && agree > present) {
    throw fail('Số phiếu đồng ý không thể lớn hơn số người dự họp.', [
      { path: 'votersAgree', message: 'Lớn hơn số người dự họp' },
    ]);
  }
}

interface ResolvedNominee {
  id?: string;
  kind: NomineeInput['kind'];
  personId: string | null;
  unitId: string | null;
  householdName: string | null;
  position: string | null;
  achievementSummary: string;
  achievementReportHtml: string;
  initiativeIds: string[];
  basisGrantIds: string[];
}

/** Each nominee is of the proposing unit's subtree; its cited initiatives and grants exist and are its own. */
async function resolveNominees(tx: DbOrTx, unitPath: string, unitId: string, nominees: NomineeInput[]) {
  const out: ResolvedNominee[] = [];
  for (const [i, n] of nominees.entries()) {
    const at = (field: string) => `nominees.${i}.${field}`;
    let personId: string | null = null;
    let nomineeUnitId: string | null = null;
    let position: string | null = null;
    if (n.kind === 'individual') {
      if (!n.personId)
        throw fail('Chọn người được đề nghị.', [{ path: at('personId'), message: 'Chưa chọn người' }]);
      const { rows } = await tx.execute<{ unit_id: string; position: string | null }>(sql`
        SELECT p.unit_id, p.position FROM person p JOIN unit u ON u.id = p.unit_id
         WHERE p.id = ${n.personId} AND p.status = 'active' AND p.anonymised_at IS NULL AND u.path LIKE ${`${unitPath}%`}`);
      if (!rows[0]) {
        throw fail('Người được đề nghị không thuộc đơn vị đề nghị hoặc đã thôi công tác.', [
          { path: at('personId'), message: 'Không thuộc đơn vị' },
        ]);
      }
      personId = n.personId;
      nomineeUnitId = rows[0].unit_id;
      position = rows[0].position;
    } else {
      const target = n.unitId ?? (n.kind === 'household' ? unitId : null);
      if (!target)
        throw fail('Chọn tập thể được đề nghị.', [{ path: at('unitId'), message: 'Chưa chọn tập thể' }]);
      const { rows } = await tx.execute(
        sql`SELECT 1 FROM unit WHERE id = ${target} AND path LIKE ${`${unitPath}%`}`,
      );
      if (!rows[0]) {
        throw fail('Tập thể được đề nghị không thuộc đơn vị đề nghị.', [
          { path: at('unitId'), message: 'Không thuộc đơn vị' },
        ]);
      }
      nomineeUnitId = target;
      if (n.kind === 'household' && !n.householdName) {
        throw fail('Nhập tên hộ gia đình (tên chủ hộ).', [
          { path: at('householdName'), message: 'Chưa nhập tên hộ' },
        ]);
      }
    }
    const initiativeIds = [...new Set(n.initiativeIds)];
    if (initiativeIds.length > 0) {
      const { rows } = await tx.execute<{ id: string }>(
        sql`SELECT id FROM initiative WHERE id = ANY(${sql.param(initiativeIds)}::uuid[])`,
      );
      if (rows.length !== initiativeIds.length) {
        throw fail('Có sáng kiến không tồn tại.', [
          { path: at('initiativeIds'), message: 'Không tìm thấy sáng kiến' },
        ]);
      }
    }
    const basisGrantIds = [...new Set(n.basisGrantIds)];
    if (basisGrantIds.length > 0) {
      const { rows } = await tx.execute<{ id: string }>(sql`
        SELECT id FROM award_grant WHERE id = ANY(${sql.param(basisGrantIds)}::uuid[])
           AND (person_id = ${personId} OR (${personId}::uuid IS NULL AND person_id IS NULL AND unit_id = ${nomineeUnitId}))`);
      if (rows.length !== basisGrantIds.length) {
        throw fail('Có khen thưởng được dẫn làm căn cứ không phải của người/tập thể này.', [
          { path: at('basisGrantIds'), message: 'Không thuộc người được đề nghị' },
        ]);
      }
    }
    out.push({
      ...(n.id ? { id: n.id } : {}),
      kind: n.kind,
      personId,
      unitId: nomineeUnitId,
      householdName: n.kind === 'household' ? (n.householdName ?? null) : null,
      position,
      achievementSummary: n.achievementSummary,
      achievementReportHtml: sanitizeReportHtml(n.achievementReportHtml),
      initiativeIds,
      basisGrantIds,
    });
  }
  return out;
}

/**
 * Replace the dossier's nominees with `nominees`: a listed id of the dossier is updated in place (the
 * appraiser's attestations survive a return), a new one is inserted, an unlisted one removed.
 */
export async function writeNominees(
  tx: DbOrTx,
  dossier: { id: string; unitId: string; unitPath: string },
  nominees: NomineeInput[],
  now: Date,
): Promise<void> {
  const resolved = await resolveNominees(tx, dossier.unitPath, dossier.unitId, nominees);
  const existing = await tx
    .select({ id: dossierNominee.id })
    .from(dossierNominee)
    .where(eq(dossierNominee.dossierId, dossier.id));
  const existingIds = new Set(existing.map((e) => e.id));
  const keep = new Set(resolved.flatMap((n) => (n.id && existingIds.has(n.id) ? [n.id] : [])));
  const removed = [...existingIds].filter((id) => !keep.has(id));
  if (removed.length > 0) await tx.delete(dossierNominee).where(inArray(dossierNominee.id, removed));
  for (const [sortOrder, n] of resolved.entries()) {
    const { id, ...values } = n;
    if (id && keep.has(id)) {
      await tx
        .update(dossierNominee)
        .set({ ...values, sortOrder, updatedAt: now })
        .where(eq(dossierNominee.id, id));
    } else {
      await tx
        .insert(dossierNominee)
        .values({ ...values, dossierId: dossier.id, sortOrder, createdAt: now, updatedAt: now });
    }
  }
}
