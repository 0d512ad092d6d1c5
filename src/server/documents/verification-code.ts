import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The code printed as a QR on every certificate: the grant id (16 bytes) and the first 12 bytes of
 * HMAC-SHA256(key, id), base64url — 38 characters. The key is derived from the app secret, so a code
 * cannot be guessed or altered without it; changing the secret invalidates every printed code.
 */

const ID_BYTES = 16;
const MAC_BYTES = 12;

/** A key used only for certificate codes, derived from the app secret. */
export function verificationKeyOf(secret: string): Buffer {
  return createHmac('sha256', secret).update('tdkt/certificate-verification/v1').digest();
}

function uuidBytes(id: string): Buffer {
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

function uuidOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const macOf = (key: Buffer, id: Buffer) =>
  createHmac('sha256', key).update(id).digest().subarray(0, MAC_BYTES);

export function signVerificationCode(key: Buffer, grantId: string): string {
  const id = uuidBytes(grantId);
  return Buffer.concat([id, macOf(key, id)]).toString('base64url');
}

/** The grant id when the code is genuine, otherwise null. */
export function readVerificationCode(key: Buffer, code: string): string | null {
  if (!/^[A-Za-z0-9_-]{38}$/.test(code)) return null;
  const bytes = Buffer.from(code, 'base64url');
  if (bytes.length !== ID_BYTES + MAC_BYTES) return null;
  // Canonical form only: another spelling of the same bytes is refused.
  if (bytes.toString('base64url') !== code) return null;
  const id = bytes.subarray(0, ID_BYTES);
  const mac = bytes.subarray(ID_BYTES);
  return timingSafeEqual(mac, macOf(key, id)) ? uuidOf(id) : null;
}

/** The public address a phone opens after scanning the QR code. */
export function verificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/verify/${code}`;
}
