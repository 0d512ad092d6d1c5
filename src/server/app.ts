import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './app-context';
import { registerCsrf } from './http/csrf';
import { buildErrorHandler } from './http/errors';
import { registerAccountRoutes } from './modules/accounts/accounts.routes';
import { registerApiDocsRoutes } from './modules/api-docs/api-docs.routes';
import { registerAuditRoutes } from './modules/audit/audit.routes';
import { registerAuthRoutes } from './modules/auth/auth.routes';
import { registerBlockRoutes } from './modules/blocks/blocks.routes';
import { registerCouncilRoutes } from './modules/council/council.routes';
import { registerDashboardRoutes } from './modules/dashboard/dashboard.routes';
import { registerDecisionRoutes } from './modules/decisions/decisions.routes';
import { registerDocumentRoutes } from './modules/documents/documents.routes';
import { registerDossierRoutes } from './modules/dossiers/dossiers.routes';
import { registerEligibilityRoutes } from './modules/eligibility/eligibility.routes';
import { registerHealthRoutes } from './modules/health/health.routes';
import { registerInitiativeRoutes } from './modules/initiatives/initiatives.routes';
import { registerLawRoutes } from './modules/law/law.routes';
import { registerMovementRoutes } from './modules/movements/movements.routes';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes';
import { registerPeopleRoutes } from './modules/people/people.routes';
import { registerPledgeRoutes } from './modules/pledges/pledges.routes';
import { registerPublicNoticeRoutes } from './modules/public-notice/public-notice.routes';
import { registerRegistryRoutes } from './modules/registry/registry.routes';
import { registerReviewRoutes } from './modules/reviews/reviews.routes';
import { registerSettingsRoutes } from './modules/settings/settings.routes';
import { registerTargetRoutes } from './modules/targets/targets.routes';
import { registerUnitRoutes } from './modules/units/units.routes';

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: { method: string; url: string }[];
  }
}

const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Build the HTTP app; start-up (database, demo data, listen) lives in main.ts so tests can reuse this. */
export async function buildApp(
  ctx: AppContext,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: ctx.env.TDKT_LOG_LEVEL },
    trustProxy: ctx.env.TDKT_TRUST_PROXY === '1',
    bodyLimit: 2 * 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(buildErrorHandler(ctx));
  // The route table, for the access-control matrix test and the OpenAPI description.
  const routes: { method: string; url: string }[] = [];
  app.decorate('routeTable', routes);
  app.addHook('onRoute', (route) => {
    for (const method of ([] as string[]).concat(route.method)) {
      if (method !== 'HEAD') routes.push({ method, url: route.url });
    }
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd injects its CSS-in-JS <style> elements; styles only, never scripts.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    hsts: ctx.env.TDKT_PUBLIC_URL?.startsWith('https:') ? { maxAge: 31_536_000 } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 12 } });
  await app.register(swagger, {
    openapi: { info: { title: 'TĐKT API', version: '1.0.0', description: 'API của hệ thống TĐKT' } },
    transform: jsonSchemaTransform,
  });

  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  registerCsrf(app);

  await app.register(
    async (api) => {
      registerHealthRoutes(api, ctx);
      registerAuthRoutes(api, ctx);
      registerDashboardRoutes(api, ctx);
      registerUnitRoutes(api, ctx);
      registerPeopleRoutes(api, ctx);
      registerInitiativeRoutes(api, ctx);
      registerAccountRoutes(api, ctx);
      registerSettingsRoutes(api, ctx);
      registerAuditRoutes(api, ctx);
      registerApiDocsRoutes(api, ctx);
      registerLawRoutes(api, ctx);
      registerEligibilityRoutes(api, ctx);
      registerMovementRoutes(api, ctx);
      registerNotificationRoutes(api, ctx);
      registerPledgeRoutes(api, ctx);
      registerDocumentRoutes(api, ctx);
      registerReviewRoutes(api, ctx);
      registerCouncilRoutes(api, ctx);
      registerPublicNoticeRoutes(api, ctx);
      registerDossierRoutes(api, ctx);
      registerTargetRoutes(api, ctx);
      registerRegistryRoutes(api, ctx);
      registerBlockRoutes(api, ctx);
      registerDecisionRoutes(api, ctx);
    },
    { prefix: '/api' },
  );

  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api') && existsSync(WEB_DIST);
    if (wantsPage) {
      // The SPA's routes: always the same shell, never cached so a new release is picked up.
      return reply.header('cache-control', 'no-store').sendFile('index.html', WEB_DIST);
    }
    return reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu.' } });
  });
  return app;
}
