import { sql } from 'drizzle-orm';
import type { Account } from '../../../shared/api/accounts';
import type { Role } from '../../../shared/codes';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';

type Row = {
  id: string;
  name: string;
  email: string;
  unit_id: string | null;
  unit_name: string | null;
  unit_path: string | null;
  roles: Role[];
  disabled: boolean;
  locked_until: Date | null;
  two_factor_enabled: boolean;
  must_change_password: boolean;
  created_at: Date;
};

const SELECT = sql`
  SELECT u.id, u.name, u.email, u.unit_id, un.name AS unit_name, un.path AS unit_path,
         ARRAY(SELECT role FROM user_role r WHERE r.user_id = u.id ORDER BY role) AS roles,
         u.disabled, u.locked_until, u.two_factor_enabled, u.must_change_password, u.created_at
    FROM "user" u LEFT JOIN unit un ON un.id = u.unit_id`;

export function presentAccount(r: Row): Account {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    unitId: r.unit_id,
    unitName: r.unit_name,
    roles: r.roles,
    disabled: r.disabled,
    locked: r.locked_until !== null && new Date(r.locked_until) > new Date(),
    twoFactorEnabled: r.two_factor_enabled,
    mustChangePassword: r.must_change_password,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export async function listAccounts(
  db: DbOrTx,
  actor: Actor,
  q: { q?: string; role?: Role; page: number; pageSize: number },
) {
  const where = [sql`un.path LIKE ${`${actor.scopePath}%`}`];
  if (q.q)
    where.push(
      sql`(tdkt_fold(u.name) LIKE '%' || tdkt_fold(${q.q}) || '%' OR u.email ILIKE '%' || ${q.q} || '%')`,
    );
  if (q.role)
    where.push(sql`EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = ${q.role})`);
  const { rows } = await db.execute<Row & { total: number }>(sql`
    SELECT * , count(*) OVER ()::int AS total FROM (${SELECT} WHERE ${sql.join(where, sql` AND `)}) a
     ORDER BY name COLLATE "vi-x-icu", id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: rows.map(presentAccount), total: rows[0]?.total ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function loadAccountInScope(db: DbOrTx, actor: Actor, id: string): Promise<Row> {
  const { rows } = await db.execute<Row>(sql`${SELECT} WHERE u.id = ${id}`);
  const row = rows[0];
  if (!row?.unit_path?.startsWith(actor.scopePath)) throw notFound('Tài khoản');
  return row;
}
