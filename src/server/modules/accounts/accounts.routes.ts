import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AccountCreateSchema,
  AccountListQuerySchema,
  AccountListSchema,
  AccountSchema,
  AccountUpdateSchema,
  IssuedPasswordSchema,
} from '../../../shared/api/accounts';
import { UuidSchema } from '../../../shared/api/common';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { listAccounts, loadAccountInScope, presentAccount } from './accounts.queries';
import { exportAccounts } from './export-accounts';
import { createAccount, resetPassword, unlockAccount, updateAccount } from './manage-accounts';

const IdParams = z.object({ id: UuidSchema });

export function registerAccountRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const admin = guard(app, { permission: 'account.manage' });
  const { db } = app.database;

  r.get(
    '/accounts',
    {
      preHandler: admin,
      schema: { querystring: AccountListQuerySchema, response: { 200: AccountListSchema } },
    },
    async (request) => listAccounts(db, actorOf(request), request.query),
  );

  r.get('/accounts/export.xlsx', { preHandler: admin }, async (request, reply) => {
    const file = await db.transaction((tx) => exportAccounts(tx, actorOf(request)));
    return reply
      .header('content-type', XLSX_CONTENT_TYPE)
      .header('content-disposition', attachmentDisposition('tai-khoan.xlsx'))
      .send(file);
  });

  r.post(
    '/accounts',
    { preHandler: admin, schema: { body: AccountCreateSchema, response: { 200: IssuedPasswordSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        const { id, issuedPassword } = await createAccount(tx, actor, request.body);
        return { account: presentAccount(await loadAccountInScope(tx, actor, id)), issuedPassword };
      });
    },
  );

  r.patch(
    '/accounts/:id',
    {
      preHandler: admin,
      schema: { params: IdParams, body: AccountUpdateSchema, response: { 200: AccountSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await updateAccount(tx, actor, request.params.id, request.body);
        return presentAccount(await loadAccountInScope(tx, actor, request.params.id));
      });
    },
  );

  r.post(
    '/accounts/:id/reset-password',
    { preHandler: admin, schema: { params: IdParams, response: { 200: IssuedPasswordSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        const issuedPassword = await resetPassword(tx, actor, request.params.id);
        return {
          account: presentAccount(await loadAccountInScope(tx, actor, request.params.id)),
          issuedPassword,
        };
      });
    },
  );

  r.post(
    '/accounts/:id/unlock',
    { preHandler: admin, schema: { params: IdParams, response: { 200: AccountSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await unlockAccount(tx, actor, request.params.id);
        return presentAccount(await loadAccountInScope(tx, actor, request.params.id));
      });
    },
  );
}
