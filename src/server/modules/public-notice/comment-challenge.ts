import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../app-context';
import { badRequest } from '../../http/app-error';
import { readOrCreateSecret } from '../settings/security-settings';

/*
 * The comment form's challenge, with no external captcha: a small sum written in words, signed with a
 * key derived from the deployment secret. The signed token carries the notice, the numbers, when it was
 * issued and a one-time nonce; an answer is accepted only after a minimum fill time (bots post at once),
 * before the token expires, and once (the nonce is a unique key of the comment table).
 */

export const MIN_FILL_MS = 3_000;
export const MAX_AGE_MS = 2 * 3_600_000;
const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

let cachedKey: { secret: string; key: Buffer } | null = null;

async function keyOf(app: AppContext): Promise<Buffer> {
  const secret = app.env.TDKT_SECRET ?? (await readOrCreateSecret(app.database.db));
  if (cachedKey?.secret !== secret) {
    cachedKey = {
      secret,
      key: createHmac('sha256', secret).update('tdkt:public-comment-challenge').digest(),
    };
  }
  return cachedKey.key;
}

function sign(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

/** A fresh question and its signed token for a notice. */
export async function issueChallenge(app: AppContext, noticeId: string, now = Date.now()) {
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const nonce = randomBytes(12).toString('base64url');
  const payload = Buffer.from(JSON.stringify({ n: noticeId, a, b, t: now, r: nonce })).toString('base64url');
  const token = `${payload}.${sign(await keyOf(app), payload)}`;
  const word = (x: number) => WORDS[x]!;
  const question = `${word(a).charAt(0).toUpperCase()}${word(a).slice(1)} cộng ${word(b)} bằng bao nhiêu?`;
  return { token, question };
}

/** Check the answer; returns the one-time nonce to store with the comment. 400 with a clear message otherwise. */
export async function verifyChallenge(
  app: AppContext,
  noticeId: string,
  token: string,
  answer: number,
  now = Date.now(),
): Promise<string> {
  const invalid = () =>
    badRequest('Câu hỏi kiểm tra không hợp lệ hoặc đã hết hạn. Vui lòng tải lại câu hỏi rồi trả lời lại.', [
      { path: 'challengeAnswer', message: 'Câu hỏi kiểm tra không hợp lệ' },
    ]);
  const [payload, mac] = token.split('.');
  if (!payload || !mac) throw invalid();
  const expected = Buffer.from(sign(await keyOf(app), payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  let data: { n: string; a: number; b: number; t: number; r: string };
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (data.n !== noticeId || now - data.t > MAX_AGE_MS) throw invalid();
  if (now - data.t < MIN_FILL_MS) {
    throw badRequest('Bạn gửi quá nhanh. Vui lòng đọc lại góp ý rồi gửi sau vài giây.', [
      { path: 'body', message: 'Gửi quá nhanh' },
    ]);
  }
  if (data.a + data.b !== answer) {
    throw badRequest('Câu trả lời phép tính chưa đúng. Vui lòng tính lại.', [
      { path: 'challengeAnswer', message: 'Kết quả chưa đúng, hãy tính lại' },
    ]);
  }
  return data.r;
}

/** A keyed hash of the sender's address: moderators can spot a flood without the address being kept. */
export async function senderHashOf(app: AppContext, ip: string): Promise<string> {
  return createHmac('sha256', await keyOf(app))
    .update(`ip:${ip}`)
    .digest('base64url')
    .slice(0, 16);
}
