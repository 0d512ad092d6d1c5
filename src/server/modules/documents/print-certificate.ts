import { sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context';
import { renderCertificates } from '../../documents/certificate-pdf';
import { notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { certificateDataOf, loadGrantRows, verificationKey } from './certificate-data';

/** The certificate of one grant in the actor's units, as a one-page PDF (audited). */
export async function printCertificate(
  app: AppContext,
  actor: Actor,
  grantId: string,
  baseUrl: string,
): Promise<{ file: Buffer; recipientName: string }> {
  const { db } = app.database;
  const [row] = await loadGrantRows(db, sql`g.id = ${grantId} AND u.path LIKE ${`${actor.scopePath}%`}`, 1);
  if (!row) throw notFound('Khen thưởng');
  const data = certificateDataOf(row, await verificationKey(app), baseUrl);
  const file = await renderCertificates([data], `Giấy chứng nhận - ${data.recipientName}`);
  await writeAudit(db, auditContextOf(actor), {
    action: 'certificate.print',
    objectType: 'award_grant',
    objectId: grantId,
    after: { decisionNumber: row.decision_number },
  });
  return { file, recipientName: data.recipientName };
}
