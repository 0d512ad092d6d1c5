import { z } from 'zod';
import { ROLES } from '../codes';
import { PageQuerySchema, paginated, RequiredTextSchema, TextSchema, UuidSchema } from './common';

export const AccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  disabled: z.boolean(),
  locked: z.boolean(),
  twoFactorEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountListQuerySchema = PageQuerySchema.extend({
  q: TextSchema(200).optional(),
  role: z.enum(ROLES).optional(),
});
export const AccountListSchema = paginated(AccountSchema);

export const AccountCreateSchema = z.object({
  name: RequiredTextSchema(200),
  email: z.string().trim().toLowerCase().email('Email không hợp lệ').max(254),
  unitId: UuidSchema,
  roles: z.array(z.enum(ROLES)).min(1, 'Chọn ít nhất một vai trò'),
});
export type AccountCreate = z.infer<typeof AccountCreateSchema>;

export const AccountUpdateSchema = z.object({
  name: RequiredTextSchema(200).optional(),
  unitId: UuidSchema.optional(),
  roles: z.array(z.enum(ROLES)).min(1, 'Chọn ít nhất một vai trò').optional(),
  disabled: z.boolean().optional(),
});
export type AccountUpdate = z.infer<typeof AccountUpdateSchema>;

/** The issued password is shown once, to be handed over; it must be changed at first sign-in. */
export const IssuedPasswordSchema = z.object({ account: AccountSchema, issuedPassword: z.string() });
