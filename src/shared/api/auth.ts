import { z } from 'zod';
import { ROLES } from '../codes';
import { TextSchema } from './common';

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Email không hợp lệ').max(254),
  password: z.string().min(1, 'Nhập mật khẩu').max(1024),
});
export type SignIn = z.infer<typeof SignInSchema>;

export const TwoFactorCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{6,20}$/, 'Mã xác thực gồm 6 chữ số (hoặc mã dự phòng)'),
});

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(1024),
  newPassword: z.string().max(1024),
});
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

export const PasswordOnlySchema = z.object({ password: z.string().min(1, 'Nhập mật khẩu').max(1024) });

export const MeSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  roles: z.array(z.enum(ROLES)),
  mustChangePassword: z.boolean(),
  twoFactorEnabled: z.boolean(),
  /** Set when an administrator requires two-factor sign-in for one of this account's roles. */
  twoFactorRequired: z.boolean(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof MeSchema>;

export const SignInResultSchema = z.union([
  z.object({ status: z.literal('signed-in'), me: MeSchema }),
  z.object({ status: z.literal('two-factor') }),
]);
export type SignInResult = z.infer<typeof SignInResultSchema>;

export const TwoFactorEnableResultSchema = z.object({
  totpURI: z.string(),
  backupCodes: z.array(z.string()),
});

export const SecuritySettingsSchema = z.object({
  twoFactorRequiredRoles: z.array(z.enum(ROLES)),
  passwordMinLength: z.number().int().min(8).max(128),
  adminPasswordMinLength: z.number().int().min(8).max(128),
  passwordRequireMixedCase: z.boolean(),
  passwordRequireDigit: z.boolean(),
  passwordMaxAgeDays: z.number().int().min(0).max(3650),
  note: TextSchema(500).optional(),
});
export type SecuritySettings = z.infer<typeof SecuritySettingsSchema>;

/** The same settings as answered (no transforms in a response schema). */
export const SecuritySettingsResponseSchema = SecuritySettingsSchema.extend({ note: z.string().optional() });
