import { type SQL, sql } from 'drizzle-orm';
import { awardLabelOf } from '../../../shared/api/initiatives';
import type { AppContext } from '../../app-context';
import type { DbOrTx } from '../../db/client';
import type { CertificateData } from '../../documents/certificate-pdf';
import { signVerificationCode, verificationKeyOf, verificationUrl } from '../../documents/verification-code';
import { readOrCreateSecret } from '../settings/security-settings';

/** Emulation forms print "TẶNG"; every other award is a title and prints "TẶNG DANH HIỆU". */
const FORMS = new Set(['giay-khen', 'bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong']);

let cachedKey: { secret: string; key: Buffer } | null = null;

/** The certificate-code key, derived from TDKT_SECRET or the secret kept in the database. */
export async function verificationKey(app: AppContext): Promise<Buffer> {
  const secret = app.env.TDKT_SECRET ?? (await readOrCreateSecret(app.database.db));
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: verificationKeyOf(secret) };
  return cachedKey.key;
}

export type GrantRow = {
  id: string;
  award_code: string;
  recipient_kind: string;
  year: number;
  decision_number: string | null;
  decision_date: string | null;
  issuer: string | null;
  golden_book_number: string | null;
  status: string;
  revoked_on: string | null;
  full_name: string | null;
  position: string | null;
  unit_name: string;
  decision_place: string | null;
  signer_authority: string | null;
  signer_position: string | null;
  signer_name: string | null;
};

/**
 * Grants with what a certificate prints: recipient, unit and, when the decisions module issued the
 * decision, its place and signer. `where` filters `g` (award_grant) and `u` (unit).
 */
export async function loadGrantRows(db: DbOrTx, where: SQL, limit = 20_000): Promise<GrantRow[]> {
  const { rows } = await db.execute<GrantRow>(sql`
    SELECT g.id, g.award_code, g.recipient_kind, g.year, g.decision_number, g.decision_date, g.issuer,
           g.golden_book_number, g.status, g.revoked_on, p.full_name, p.position, u.name AS unit_name,
           d.place AS decision_place, d.signer_authority, d.signer_position, d.signer_name
      FROM award_grant g
      JOIN unit u ON u.id = g.unit_id
      LEFT JOIN person p ON p.id = g.person_id
      LEFT JOIN LATERAL (
        SELECT place, signer_authority, signer_position, signer_name FROM decision
         WHERE number_text = g.decision_number AND status = 'issued'
         ORDER BY decision_date DESC LIMIT 1) d ON true
     WHERE ${where}
     ORDER BY g.golden_book_number NULLS LAST, coalesce(p.full_name, u.name) COLLATE "vi-x-icu", g.id
     LIMIT ${limit}`);
  return rows;
}

/** "TÂN PHONG" → "Tân Phong"; text already in mixed case is kept. */
function titleCase(text: string): string {
  if (text !== text.toLocaleUpperCase('vi')) return text;
  return text
    .toLocaleLowerCase('vi')
    .replace(
      /(^|\s)(\p{L})/gu,
      (_m, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'),
    );
}

/** "Chủ tịch Ủy ban nhân dân thành phố Lai Châu" → "Lai Châu" (the place in the date line). */
export function placeOfIssuer(issuer: string | null): string {
  const match = /(?:thành phố|thị xã|phường|xã|huyện|quận|tỉnh|thị trấn)\s+(.+)$/iu.exec(issuer ?? '');
  return titleCase(match?.[1]?.trim() ?? '');
}

/**
 * The decider's title on the certificate. The registry keeps either the decider ("Chủ tịch Ủy ban nhân
 * dân …") or, for decisions issued in this system, the issuing committee ("ỦY BAN NHÂN DÂN …"), whose
 * awards are decided by its chairman (Law Art 80; legal.md §9.2).
 */
export function deciderTitleOf(issuer: string | null): string {
  const text = (issuer ?? '').trim();
  return /^(ủy|uỷ) ban nhân dân/iu.test(text) ? `Chủ tịch ${text}` : text;
}

export function certificateDataOf(row: GrantRow, key: Buffer, baseUrl: string): CertificateData {
  const isTitle = !FORMS.has(row.award_code);
  const individual = row.recipient_kind === 'individual' && row.full_name;
  const position = row.signer_position || (/^chủ tịch/iu.test(deciderTitleOf(row.issuer)) ? 'CHỦ TỊCH' : '');
  return {
    deciderTitle: deciderTitleOf(row.issuer),
    isTitle,
    awardName: awardLabelOf(row.award_code),
    recipientName: individual ? row.full_name! : row.unit_name,
    recipientLine: individual ? [row.position, row.unit_name].filter(Boolean).join(', ') : '',
    achievement: isTitle
      ? `Năm ${row.year}`
      : `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${row.year}`,
    decisionNumber: row.decision_number ?? '',
    decisionDate: row.decision_date,
    goldenBookNumber: row.golden_book_number,
    place: row.decision_place || placeOfIssuer(row.issuer),
    signerAuthority: row.signer_authority ?? '',
    signerPosition: position,
    signerName: row.signer_name ?? '',
    verifyUrl: verificationUrl(baseUrl, signVerificationCode(key, row.id)),
  };
}
