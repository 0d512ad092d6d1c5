import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id parameters (19 MiB, 2 passes); only argon2id hashes are ever stored (quality B5).
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  if (!hashed.startsWith('$argon2id$')) return false;
  try {
    return await verify(hashed, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/** A readable issued password (handed over once, changed at first sign-in). */
export function issuePassword(): string {
  const words = ['lua', 'song', 'nui', 'may', 'hoa', 'sao', 'trang', 'gio', 'bien', 'rung', 'suoi', 'ban'];
  const bytes = crypto.getRandomValues(new Uint32Array(5));
  const parts = Array.from(bytes.slice(0, 4), (n) => words[n % words.length]);
  return `${parts.join('-')}-${(bytes[4]! % 9000) + 1000}`;
}
