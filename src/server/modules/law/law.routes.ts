import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listUnverified } from '../../../domain/law/unverified';
import { UuidSchema } from '../../../shared/api/common';
import {
  CatalogueSchema,
  LawOverrideCreateSchema,
  LawOverrideEndSchema,
  LawOverrideSchema,
} from '../../../shared/api/law';
import type { AppContext } from '../../app-context';
import { forbidden } from '../../http/app-error';
import { actorOf, guard } from '../../http/guard';
import type { Actor } from '../auth/actor';
import { catalogueOf, createOverride, endOverride, listOverrides, presentOverride } from './law-overrides';

/** The law of the whole deployment: only an administrator of the top unit may amend it. */
function assertTopUnitAdmin(actor: Actor) {
  if (actor.scopePath.split('/').filter(Boolean).length !== 1) {
    throw forbidden('Chỉ quản trị viên của đơn vị cấp cao nhất được điều chỉnh cơ sở pháp lý.');
  }
}

export function registerLawRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/law/catalogue',
    { preHandler: guard(app, { permission: 'law.read' }), schema: { response: { 200: CatalogueSchema } } },
    async () => {
      const catalogue = await catalogueOf(db);
      const overrides = await listOverrides(db);
      return {
        awards: [...catalogue.awards.values()].map((a) => {
          const ids = [...new Set(Object.values(a.criteria).flat())] as string[];
          return {
            code: a.code,
            name: a.name,
            awardClass: a.awardClass,
            kinds: [...a.kinds],
            source: a.source,
            effectiveFrom: a.effective.from,
            effectiveTo: a.effective.to ?? null,
            verified: a.verified,
            note: a.note ?? null,
            criteria: ids.map((id) => {
              const c = catalogue.criteria.get(id);
              return { id, label: c?.label ?? id, isQualitative: c?.isQualitative ?? false };
            }),
          };
        }),
        unverified: listUnverified(catalogue).map((u) => ({ ref: u.ref, source: u.source, note: u.note })),
        overrides: overrides.map(presentOverride),
        baseSalary: catalogue.baseSalary.map((b) => ({
          value: b.value,
          from: b.from,
          to: b.to ?? null,
          source: b.source,
        })),
      };
    },
  );

  const manage = guard(app, { permission: 'law.manage' });
  r.post(
    '/law/overrides',
    { preHandler: manage, schema: { body: LawOverrideCreateSchema, response: { 200: LawOverrideSchema } } },
    async (request) => {
      const actor = actorOf(request);
      assertTopUnitAdmin(actor);
      return presentOverride(await db.transaction((tx) => createOverride(tx, actor, request.body)));
    },
  );

  r.post(
    '/law/overrides/:id/end',
    {
      preHandler: manage,
      schema: {
        params: z.object({ id: UuidSchema }),
        body: LawOverrideEndSchema,
        response: { 200: LawOverrideSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      assertTopUnitAdmin(actor);
      return presentOverride(
        await db.transaction((tx) => endOverride(tx, actor, request.params.id, request.body.effectiveTo)),
      );
    },
  );
}
