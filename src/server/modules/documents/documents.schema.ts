import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Sensitivity } from '../../db/schema';
import { timestamps } from '../../db/schema';

/** PostgreSQL `bytea` as a Node Buffer (drizzle has no built-in bytea column). */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/**
 * Word templates uploaded by an administrator. The built-in files in `templates/` are version 1 of
 * every key; an upload becomes version n+1 and the active one. Older versions stay so documents
 * already issued can be traced to the exact template they were made with.
 */
export const documentTemplate = pgTable(
  'document_template',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    file: bytea('file').notNull(),
    sha256: text('sha256').notNull(),
    note: text('note'),
    uploadedBy: text('uploaded_by').notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    unique('document_template_key_version_unique').on(t.key, t.version),
    uniqueIndex('document_template_one_active').on(t.key).where(sql`${t.active}`),
  ],
);

/**
 * Every document the system issued (decision, minutes, report …): the bytes as issued and the
 * template version used, so a later template upload never changes a document already issued.
 */
export const issuedDocument = pgTable(
  'issued_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    templateVersion: integer('template_version').notNull(),
    ownerKind: text('owner_kind').notNull(),
    ownerId: text('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    file: bytea('file').notNull(),
    sha256: text('sha256').notNull(),
    createdBy: text('created_by').notNull(),
    ...timestamps,
  },
  (t) => [index('issued_document_owner_idx').on(t.ownerKind, t.ownerId, t.createdAt)],
);

/** A batch of certificates for one decision, generated in the background with visible progress. */
export const certificateJob = pgTable(
  'certificate_job',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionNumber: text('decision_number').notNull(),
    issuer: text('issuer'),
    /** The decision record when the decisions module made the grants (otherwise null). */
    decisionId: text('decision_id'),
    status: text('status').notNull().default('running'),
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    error: text('error'),
    file: bytea('file'),
    createdBy: text('created_by').notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('certificate_job_created_idx').on(t.createdAt),
    check('certificate_job_status_check', sql`${t.status} in ('running', 'done', 'failed')`),
  ],
);

export const documentsSensitivity: Record<string, Record<string, Sensitivity>> = {
  document_template: {
    id: 'basic',
    key: 'basic',
    version: 'basic',
    file_name: 'basic',
    file: 'basic',
    sha256: 'basic',
    note: 'basic',
    uploaded_by: 'basic',
    active: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  issued_document: {
    id: 'basic',
    key: 'basic',
    template_version: 'basic',
    owner_kind: 'basic',
    owner_id: 'basic',
    file_name: 'basic',
    // Issued documents may carry personal data of the people they name.
    file: 'sensitive',
    sha256: 'basic',
    created_by: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  certificate_job: {
    id: 'basic',
    decision_number: 'basic',
    issuer: 'basic',
    decision_id: 'basic',
    status: 'basic',
    total: 'basic',
    done: 'basic',
    error: 'basic',
    file: 'basic',
    created_by: 'basic',
    finished_at: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
};
