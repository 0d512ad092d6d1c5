import { sql } from 'drizzle-orm';
import { FINAL_STATES } from '../../../domain/dossiers/workflow';
import type { PersonAnonymise, PersonAnonymised } from '../../../shared/api/people';
import { DOSSIER_STATE_LABELS, type DossierState } from '../../../shared/dossier-codes';
import type { DbOrTx } from '../../db/client';
import { AppError, forbidden, notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { anonymisedName } from './person-links';

/** The person's own columns cleared (the audit names these, never their old values). */
const CLEARED_PERSON_FIELDS = [
  'fullName',
  'birthDate',
  'ethnicityCode',
  'nationalId',
  'position',
  'recruitedOn',
];

/** Deployment-wide personal-data requests are handled by the top unit's administrator or office staff. */
function assertTopUnit(actor: Actor): void {
  if (actor.scopePath.split('/').filter(Boolean).length !== 1) {
    throw forbidden(
      'Chỉ quản trị viên hoặc cán bộ Phòng Nội vụ của đơn vị cấp cao nhất được ẩn danh hóa dữ liệu cá nhân.',
    );
  }
}

/**
 * Anonymise a person on request (quality F3), in the caller's transaction: the name becomes a
 * placeholder, personal fields and every text that names them are cleared (profile, discipline,
 * achievement reports, public-notice copies, printed decision lines, frozen council names); what
 * statistics and the law need stays (registry grants keep award, year and decision and point to the
 * anonymised person; ratings, pledges and authorships keep counting). Refused while the person is in a
 * dossier that is not finished. The audit row records which fields were cleared and how many rows,
 * never the old values.
 */
export async function anonymisePerson(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: PersonAnonymise,
): Promise<PersonAnonymised> {
  assertTopUnit(actor);
  const { rows } = await tx.execute<{
    id: string;
    full_name: string;
    unit_id: string;
    unit_path: string;
    anonymised_at: string | null;
  }>(sql`
    SELECT p.id, p.full_name, p.unit_id, u.path AS unit_path, p.anonymised_at::text AS anonymised_at
      FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.id = ${id} FOR UPDATE OF p`);
  const p = rows[0];
  if (!p?.unit_path.startsWith(actor.scopePath)) throw notFound('Cán bộ');
  if (p.anonymised_at) {
    throw new AppError(
      'CONFLICT',
      'Cán bộ này đã được ẩn danh hóa trước đó; không còn dữ liệu cá nhân để xóa.',
    );
  }
  const { rows: open } = await tx.execute<{ title: string; status: DossierState }>(sql`
    SELECT d.title, d.status FROM dossier_nominee n JOIN dossier d ON d.id = n.dossier_id
     WHERE n.person_id = ${id}
       AND d.status NOT IN (${sql.join(
         FINAL_STATES.map((s) => sql`${s}`),
         sql`, `,
       )})
     ORDER BY d.created_at`);
  const first = open[0];
  if (first) {
    const others = open.length > 1 ? ` và ${open.length - 1} hồ sơ khác` : '';
    throw new AppError(
      'CONFLICT',
      `Chưa thể ẩn danh hóa: người này đang có tên trong hồ sơ “${first.title}” (${DOSSIER_STATE_LABELS[first.status] ?? first.status})${others} chưa kết thúc. Hãy chờ hồ sơ được quyết định, không khen thưởng hoặc rút hồ sơ rồi thực hiện lại.`,
    );
  }

  const placeholder = anonymisedName(id);
  const oldName = p.full_name;
  const count = async (query: ReturnType<typeof sql>) => (await tx.execute(query)).rowCount ?? 0;

  const counts: Record<string, number> = {};
  counts.disciplineDeleted = await count(sql`DELETE FROM person_discipline WHERE person_id = ${id}`);
  counts.ratingNotesCleared = await count(
    sql`UPDATE person_rating SET note = NULL, updated_at = now() WHERE person_id = ${id} AND note IS NOT NULL`,
  );
  counts.nominationsCleared = await count(sql`
    UPDATE dossier_nominee SET position = NULL, achievement_summary = '', achievement_report_html = '',
           override_reason = CASE WHEN override_reason IS NULL THEN NULL ELSE '(đã ẩn danh hóa)' END,
           updated_at = now()
     WHERE person_id = ${id}`);
  counts.publicCommentsRedacted = await count(sql`
    UPDATE public_comment c SET body = replace(c.body, ${oldName}, ${placeholder}), updated_at = now()
      FROM public_notice_item i JOIN dossier_nominee n ON n.id = i.nominee_id
     WHERE c.item_id = i.id AND n.person_id = ${id} AND strpos(c.body, ${oldName}) > 0`);
  counts.publicNoticeItemsCleared = await count(sql`
    UPDATE public_notice_item i SET display_name = ${placeholder}, position = NULL, achievement_summary = ''
      FROM dossier_nominee n WHERE n.id = i.nominee_id AND n.person_id = ${id}`);
  counts.decisionEntriesRenamed = await count(sql`
    UPDATE decision_entry SET display_name = ${placeholder}, position_unit = '', updated_at = now()
     WHERE person_id = ${id}`);
  counts.councilSessionNamesReplaced = await count(
    sql`UPDATE council_session_member SET name = ${placeholder} WHERE person_id = ${id}`,
  );
  const { rows: done } = await tx.execute<{ anonymised_at: string }>(sql`
    UPDATE person SET full_name = ${placeholder}, birth_date = NULL, ethnicity_code = NULL, national_id = NULL,
           position = NULL, recruited_on = NULL, anonymised_at = now(), version = version + 1, updated_at = now()
     WHERE id = ${id}
     RETURNING to_char(anonymised_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS anonymised_at`);
  const anonymisedAt = done[0]?.anonymised_at ?? new Date().toISOString();

  // The audit row goes last: it records what was cleared and why, never the old values.
  await writeAudit(tx, auditContextOf(actor), {
    action: 'person.anonymise',
    objectType: 'person',
    objectId: id,
    unitId: p.unit_id,
    after: {
      reason: input.reason,
      clearedFields: CLEARED_PERSON_FIELDS,
      counts,
      placeholderName: placeholder,
    },
  });
  return { id, placeholderName: placeholder, anonymisedAt, clearedFields: CLEARED_PERSON_FIELDS, counts };
}
