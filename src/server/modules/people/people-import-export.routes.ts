import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';

/** Excel import (preview, commit), template and export of people. */
export function registerPeopleImportExportRoutes(_fastify: FastifyInstance, _app: AppContext): void {}
