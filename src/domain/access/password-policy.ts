/** Password rules (quality B3): length first; composition rules exist as settings, off by default. */
export interface PasswordPolicy {
  minLength: number;
  adminMinLength: number;
  requireMixedCase: boolean;
  requireDigit: boolean;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 12,
  adminMinLength: 15,
  requireMixedCase: false,
  requireDigit: false,
};

// The most common passwords and keyboard walks, plus Vietnamese favourites; checked after folding.
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  'password1234',
  'passwordpassword',
  'qwertyuiop12',
  'qwertyuiopasdf',
  '111111111111',
  '000000000000',
  'abc123456789',
  'iloveyou1234',
  'admin1234567',
  'administrator',
  'matkhau12345',
  'matkhaumoi123',
  'matkhau123456',
  'anhyeuem12345',
  'emyeuanh12345',
  'vietnam12345',
  'vietnam123456',
  'hanoi1234567',
  'tdkt12345678',
  'changeme1234',
  'welcome12345',
  'letmein12345',
  'qwerty123456',
  'asdfghjkl123',
  '1q2w3e4r5t6y',
  'zaq12wsxcde3',
]);

/** Returns a Vietnamese message naming what to fix, or null when the password is acceptable. */
export function checkPassword(
  password: string,
  policy: PasswordPolicy,
  context: { isAdmin: boolean; email?: string; name?: string },
): string | null {
  const min = context.isAdmin ? Math.max(policy.adminMinLength, policy.minLength) : policy.minLength;
  const length = [...password.normalize('NFC')].length;
  if (length < min) return `Mật khẩu phải có ít nhất ${min} ký tự (cụm từ dài dễ nhớ là tốt nhất).`;
  if (length > 256) return 'Mật khẩu tối đa 256 ký tự.';
  const folded = password.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (COMMON.has(folded) || /^(.)\1+$/.test(folded))
    return 'Mật khẩu quá phổ biến, dễ đoán; hãy chọn mật khẩu khác.';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && folded.includes(local)) return 'Mật khẩu không được chứa tên đăng nhập.';
  if (policy.requireMixedCase && !(/\p{Lu}/u.test(password) && /\p{Ll}/u.test(password)))
    return 'Mật khẩu phải có cả chữ hoa và chữ thường.';
  if (policy.requireDigit && !/\d/.test(password)) return 'Mật khẩu phải có ít nhất một chữ số.';
  return null;
}
