import { sql } from 'drizzle-orm';
import type { Verification } from '../../../shared/api/documents';
import { awardLabelOf } from '../../../shared/api/initiatives';
import type { AppContext } from '../../app-context';
import { readVerificationCode } from '../../documents/verification-code';
import { loadGrantRows, verificationKey } from './certificate-data';

const UNVERIFIABLE: Verification = {
  status: 'unverifiable',
  awardName: null,
  recipientName: null,
  unitName: null,
  year: null,
  decisionNumber: null,
  decisionDate: null,
  issuer: null,
  revokedOn: null,
};

/**
 * What a QR code on a certificate proves: the award, recipient, unit and decision, and whether it is
 * still valid. A forged or altered code, or one whose grant no longer exists, is "unverifiable".
 * Only public registry fields leave (never birth date, national ID or the revocation reason).
 */
export async function verifyCertificate(app: AppContext, code: string): Promise<Verification> {
  const id = readVerificationCode(await verificationKey(app), code);
  if (!id) return UNVERIFIABLE;
  const [row] = await loadGrantRows(app.database.db, sql`g.id = ${id}`, 1);
  if (!row) return UNVERIFIABLE;
  const individual = row.recipient_kind === 'individual' && row.full_name;
  return {
    status: row.status === 'revoked' ? 'revoked' : 'valid',
    awardName: awardLabelOf(row.award_code),
    recipientName: individual ? row.full_name : row.unit_name,
    unitName: row.unit_name,
    year: row.year,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    issuer: row.issuer,
    revokedOn: row.status === 'revoked' ? row.revoked_on : null,
  };
}
