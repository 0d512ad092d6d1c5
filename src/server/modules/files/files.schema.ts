import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type Sensitivity, timestamps, unit } from '../../db/schema';

/** PostgreSQL `bytea` as a Node Buffer (drizzle has no built-in column for it). */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/**
 * An uploaded file, kept in PostgreSQL (ADR 0010): the backup dumps it with everything else and any app
 * process can serve it. The bytes never touch the file system under the user's name; the row's id is
 * the only name the server uses. A removed file is kept (soft delete) so the audit trail can point to it.
 */
export const storedFile = pgTable(
  'stored_file',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the file belongs to, e.g. 'movement'; the owner's module decides who may read it. */
    ownerKind: text('owner_kind').notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** The unit the owner belongs to (for scope and the per-province distribution key). */
    unitId: uuid('unit_id').references(() => unit.id),
    /** Why the owner keeps it, e.g. 'attachment' or 'launch-document'. */
    purpose: text('purpose').notNull().default('attachment'),
    /** The uploaded name, sanitised (no path, no control or bidi characters); shown and offered on download. */
    originalName: text('original_name').notNull(),
    /** The type checked from the content: pdf, docx, xlsx, jpg, png, txt, md. */
    extension: text('extension').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: text('deleted_by'),
    ...timestamps,
  },
  (t) => [
    index('stored_file_owner_idx').on(t.ownerKind, t.ownerId, t.uploadedAt),
    index('stored_file_unit_idx').on(t.unitId),
    // At most one live file per owner and purpose other than plain attachments (e.g. one launching document).
    uniqueIndex('stored_file_one_purpose_unique')
      .on(t.ownerKind, t.ownerId, t.purpose)
      .where(sql`${t.deletedAt} IS NULL AND ${t.purpose} <> 'attachment'`),
    check(
      'stored_file_extension_check',
      sql`${t.extension} in ('pdf', 'docx', 'xlsx', 'jpg', 'png', 'txt', 'md')`,
    ),
    check('stored_file_size_check', sql`${t.sizeBytes} >= 0 AND ${t.sizeBytes} = octet_length(${t.content})`),
  ],
);

export const filesSensitivity: Record<string, Record<string, Sensitivity>> = {
  stored_file: {
    id: 'basic',
    owner_kind: 'basic',
    owner_id: 'basic',
    unit_id: 'basic',
    purpose: 'basic',
    original_name: 'basic',
    extension: 'basic',
    mime_type: 'basic',
    size_bytes: 'basic',
    sha256: 'basic',
    // Attachments may carry personal data (achievement reports, decisions): only served through a guard.
    content: 'sensitive',
    uploaded_by: 'basic',
    uploaded_at: 'basic',
    deleted_at: 'basic',
    deleted_by: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
};
