import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/*
 * Every column carries a sensitivity tag in `columnSensitivity` below (quality F1): `public` may
 * appear on public pages, `basic` to signed-in users of the unit scope, `sensitive` is masked unless a
 * role needs it. A test fails when a column has no tag.
 */

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const appSetting = pgTable('app_setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  ...timestamps,
});

export const unit = pgTable(
  'unit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    /** Materialised path of ids, '/root/child/', for subtree queries with a prefix match. */
    path: text('path').notNull(),
    code: text('code'),
    name: text('name').notNull(),
    nameSearch: text('name_search').generatedAlwaysAs(sql`tdkt_fold(name)`),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('active'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    successorId: uuid('successor_id'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('unit_parent_idx').on(t.parentId),
    index('unit_path_idx').on(t.path.op('text_pattern_ops')),
    unique('unit_code_unique').on(t.code),
    index('unit_name_search_trgm').using('gin', t.nameSearch.op('gin_trgm_ops')),
  ],
);

/** A dated merge, split or rename: the sources keep their history and point to their successors. */
export const unitChange = pgTable('unit_change', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  effectiveOn: date('effective_on').notNull(),
  decisionNumber: text('decision_number'),
  note: text('note'),
  sourceUnitIds: uuid('source_unit_ids').array().notNull(),
  targetUnitIds: uuid('target_unit_ids').array().notNull(),
  createdBy: text('created_by'),
  ...timestamps,
});

export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    fullName: text('full_name').notNull(),
    fullNameSearch: text('full_name_search').generatedAlwaysAs(sql`tdkt_fold(full_name)`),
    sex: text('sex').notNull(),
    birthDate: date('birth_date'),
    ethnicityCode: text('ethnicity_code'),
    nationalId: text('national_id'),
    position: text('position'),
    staffType: text('staff_type').notNull(),
    recruitedOn: date('recruited_on'),
    status: text('status').notNull().default('active'),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('person_unit_idx').on(t.unitId),
    index('person_name_search_trgm').using('gin', t.fullNameSearch.op('gin_trgm_ops')),
    check('person_sex_check', sql`${t.sex} in ('male', 'female')`),
  ],
);

export const personRating = pgTable(
  'person_rating',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    rating: text('rating').notNull(),
    decidedOn: date('decided_on'),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    unique('person_rating_year_unique').on(t.personId, t.year),
    check('person_rating_rating_check', sql`${t.rating} in ('excellent', 'good', 'complete', 'incomplete')`),
  ],
);

export const personDiscipline = pgTable(
  'person_discipline',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    decisionNumber: text('decision_number'),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [
    index('person_discipline_person_idx').on(t.personId),
    check(
      'person_discipline_level_check',
      sql`${t.level} in ('reprimand', 'warning', 'demotion', 'removal', 'dismissal')`,
    ),
  ],
);

/* better-auth tables (names and fields as better-auth expects), plus our own columns. */
export const user = pgTable(
  'user',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull().unique(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
    unitId: uuid('unit_id').references(() => unit.id),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('user_unit_idx').on(t.unitId)],
);

export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

export const account = pgTable('account', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull(),
  providerId: text('provider_id').notNull(),
  userId: text('user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' }),
  accessToken: text('access_token'),
  refreshToken: text('refresh_token'),
  idToken: text('id_token'),
  accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
  refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
  scope: text('scope'),
  password: text('password'),
  ...timestamps,
});

export const verification = pgTable('verification', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  ...timestamps,
});

export const twoFactor = pgTable('two_factor', {
  id: text('id').primaryKey(),
  secret: text('secret').notNull(),
  backupCodes: text('backup_codes').notNull(),
  userId: text('user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' }),
  verified: boolean('verified').default(true),
  failedVerificationCount: integer('failed_verification_count').default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

export const userRole = pgTable(
  'user_role',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    grantedBy: text('granted_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Append-only, hash-chained (quality E2): a trigger refuses UPDATE and DELETE. */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text('actor_user_id'),
    actorLabel: text('actor_label'),
    unitId: uuid('unit_id'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result').notNull().default('ok'),
    ip: text('ip'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_event_occurred_idx').on(t.occurredAt),
    index('audit_event_actor_idx').on(t.actorUserId),
    index('audit_event_object_idx').on(t.objectType, t.objectId),
    index('audit_event_action_idx').on(t.action),
  ],
);

/**
 * The award registry (sổ khen thưởng): one row per title or form granted, to a person or a collective.
 * Revocation (Law Art 93) keeps the row and marks it; the law engine ignores revoked grants.
 */
export const awardGrant = pgTable(
  'award_grant',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    awardCode: text('award_code').notNull(),
    recipientKind: text('recipient_kind').notNull(),
    personId: uuid('person_id').references(() => person.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    year: integer('year').notNull(),
    track: text('track').notNull().default('regular'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    issuer: text('issuer'),
    goldenBookNumber: text('golden_book_number'),
    status: text('status').notNull().default('valid'),
    revokedOn: date('revoked_on'),
    revokeReason: text('revoke_reason'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('award_grant_person_idx').on(t.personId, t.year),
    index('award_grant_unit_idx').on(t.unitId, t.year),
    index('award_grant_award_idx').on(t.awardCode, t.year),
    check(
      'award_grant_recipient_check',
      sql`${t.recipientKind} in ('individual', 'collective', 'household')`,
    ),
    check('award_grant_status_check', sql`${t.status} in ('valid', 'revoked')`),
  ],
);

/** A recognised initiative (sáng kiến): its scope of influence decides which titles it can support. */
export const initiative = pgTable(
  'initiative',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    titleSearch: text('title_search').generatedAlwaysAs(sql`tdkt_fold(title)`),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    scope: text('scope').notNull(),
    decisionNumber: text('decision_number'),
    recognizedOn: date('recognized_on').notNull(),
    summary: text('summary'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('initiative_unit_idx').on(t.unitId),
    check('initiative_scope_check', sql`${t.scope} in ('grassroots', 'province', 'national')`),
  ],
);

export const initiativeAuthor = pgTable(
  'initiative_author',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiative.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.personId] }),
    index('initiative_author_person_idx').on(t.personId),
  ],
);

/** Which granted award an initiative supported: used once, it is flagged if proposed again. */
export const initiativeUse = pgTable(
  'initiative_use',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiative.id, { onDelete: 'cascade' }),
    awardGrantId: uuid('award_grant_id')
      .notNull()
      .references(() => awardGrant.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.awardGrantId] })],
);

/** A dated change to the law catalogue made by an administrator (a provincial rule, a new decree). */
export const lawOverride = pgTable('law_override', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  target: text('target').notNull(),
  value: jsonb('value').notNull(),
  effectiveFrom: date('effective_from').notNull(),
  effectiveTo: date('effective_to'),
  source: text('source').notNull(),
  note: text('note'),
  createdBy: text('created_by'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** An emulation movement (phong trào thi đua) organised by a unit, launched by a document. */
export const movement = pgTable(
  'movement',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The organising unit. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    parentMovementId: uuid('parent_movement_id').references((): AnyPgColumn => movement.id),
    kind: text('kind').notNull().default('regular'),
    status: text('status').notNull().default('draft'),
    title: text('title').notNull(),
    titleSearch: text('title_search').generatedAlwaysAs(sql`tdkt_fold(title)`),
    year: integer('year').notNull(),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    /** External movements the document names (provincial, national), kept as text. */
    relatedMovements: text('related_movements').array().notNull().default(sql`'{}'::text[]`),
    fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
    docNumber: text('doc_number'),
    docDate: date('doc_date'),
    docPlace: text('doc_place'),
    docIssuer: text('doc_issuer'),
    docParentIssuer: text('doc_parent_issuer'),
    docType: text('doc_type'),
    signerAuthority: text('signer_authority'),
    signerPosition: text('signer_position'),
    signerName: text('signer_name'),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: text('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('movement_unit_idx').on(t.unitId),
    index('movement_parent_idx').on(t.parentMovementId),
    index('movement_year_status_idx').on(t.year, t.status),
    index('movement_status_idx').on(t.status),
    index('movement_newest_idx').on(sql`coalesce(${t.launchedAt}, ${t.createdAt}) DESC`),
    index('movement_title_search_trgm').using('gin', t.titleSearch.op('gin_trgm_ops')),
    check('movement_kind_check', sql`${t.kind} in ('regular', 'thematic')`),
    check('movement_status_check', sql`${t.status} in ('draft', 'launched', 'closed')`),
    check(
      'movement_dates_check',
      sql`${t.endsOn} IS NULL OR ${t.startsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`,
    ),
  ],
);

/** A key task (nhiệm vụ trọng tâm) of a movement, in the document's order. */
export const movementTask = pgTable(
  'movement_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movement.id, { onDelete: 'cascade' }),
    number: text('number'),
    text: text('text').notNull(),
    field: text('field'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('movement_task_movement_idx').on(t.movementId, t.sortOrder)],
);

/** A unit taking part in a movement; it is notified when the movement is launched. */
export const movementParticipant = pgTable(
  'movement_participant',
  {
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movement.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
  },
  (t) => [
    primaryKey({ columns: [t.movementId, t.unitId] }),
    index('movement_participant_unit_idx').on(t.unitId),
  ],
);

/** A dated milestone of a movement: pledge deadline, interim (sơ kết) or final review (tổng kết). */
export const movementMilestone = pgTable(
  'movement_milestone',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movement.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
  },
  (t) => [
    index('movement_milestone_movement_idx').on(t.movementId, t.dueOn),
    check(
      'movement_milestone_kind_check',
      sql`${t.kind} in ('pledge-deadline', 'interim-review', 'final-review', 'other')`,
    ),
  ],
);

/** A message to every user of a unit (its inbox); who has read it is kept per user. */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The recipient unit. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    link: text('link'),
    ...timestamps,
  },
  (t) => [index('notification_unit_created_idx').on(t.unitId, t.createdAt.desc())],
);

export const notificationRead = pgTable(
  'notification_read',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notification.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.notificationId, t.userId] }),
    index('notification_read_user_idx').on(t.userId),
  ],
);

/** A unit's pledge (đăng ký thi đua) for a launched movement: collective titles and people with titles. */
export const pledge = pgTable(
  'pledge',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movement.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status').notNull().default('draft'),
    collectiveTitles: text('collective_titles').array().notNull().default(sql`'{}'::text[]`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: text('decided_by'),
    returnReason: text('return_reason'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('pledge_movement_unit_unique').on(t.movementId, t.unitId),
    index('pledge_unit_idx').on(t.unitId),
    check('pledge_status_check', sql`${t.status} in ('draft', 'submitted', 'accepted', 'returned')`),
  ],
);

/** A person of the unit named in its pledge, with the individual titles they aim for. */
export const pledgePerson = pgTable(
  'pledge_person',
  {
    pledgeId: uuid('pledge_id')
      .notNull()
      .references(() => pledge.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    titles: text('titles').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.pledgeId, t.personId] }),
    index('pledge_person_person_idx').on(t.personId),
  ],
);

export type Sensitivity = 'public' | 'basic' | 'sensitive' | 'secret';

/** Sensitivity of every column, by table and SQL column name (quality F1). */
export const columnSensitivity: Record<string, Record<string, Sensitivity>> = {
  app_setting: { key: 'basic', value: 'secret', created_at: 'basic', updated_at: 'basic' },
  unit: {
    id: 'public',
    parent_id: 'public',
    path: 'public',
    code: 'public',
    name: 'public',
    name_search: 'public',
    short_name: 'public',
    kind: 'public',
    status: 'public',
    valid_from: 'public',
    valid_to: 'public',
    successor_id: 'public',
    sort_order: 'public',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  unit_change: {
    id: 'public',
    kind: 'public',
    effective_on: 'public',
    decision_number: 'public',
    note: 'basic',
    source_unit_ids: 'public',
    target_unit_ids: 'public',
    created_by: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  person: {
    id: 'basic',
    unit_id: 'public',
    full_name: 'public',
    full_name_search: 'basic',
    sex: 'basic',
    birth_date: 'basic',
    ethnicity_code: 'sensitive',
    national_id: 'sensitive',
    position: 'public',
    staff_type: 'basic',
    recruited_on: 'basic',
    status: 'basic',
    anonymised_at: 'basic',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  person_rating: {
    id: 'basic',
    person_id: 'basic',
    year: 'basic',
    rating: 'basic',
    decided_on: 'basic',
    note: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  person_discipline: {
    id: 'sensitive',
    person_id: 'sensitive',
    level: 'sensitive',
    from_date: 'sensitive',
    to_date: 'sensitive',
    decision_number: 'sensitive',
    reason: 'sensitive',
    created_at: 'sensitive',
    updated_at: 'sensitive',
  },
  user: {
    id: 'basic',
    name: 'basic',
    email: 'basic',
    email_verified: 'basic',
    image: 'basic',
    two_factor_enabled: 'basic',
    unit_id: 'basic',
    must_change_password: 'basic',
    disabled: 'basic',
    failed_logins: 'basic',
    locked_until: 'basic',
    password_changed_at: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  session: {
    id: 'secret',
    expires_at: 'basic',
    token: 'secret',
    ip_address: 'basic',
    user_agent: 'basic',
    user_id: 'basic',
    last_seen_at: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  account: {
    id: 'basic',
    account_id: 'basic',
    provider_id: 'basic',
    user_id: 'basic',
    access_token: 'secret',
    refresh_token: 'secret',
    id_token: 'secret',
    access_token_expires_at: 'basic',
    refresh_token_expires_at: 'basic',
    scope: 'basic',
    password: 'secret',
    created_at: 'basic',
    updated_at: 'basic',
  },
  verification: {
    id: 'secret',
    identifier: 'secret',
    value: 'secret',
    expires_at: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  two_factor: {
    id: 'secret',
    secret: 'secret',
    backup_codes: 'secret',
    user_id: 'basic',
    verified: 'basic',
    failed_verification_count: 'basic',
    locked_until: 'basic',
  },
  user_role: {
    user_id: 'basic',
    role: 'basic',
    granted_by: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  award_grant: {
    id: 'public',
    award_code: 'public',
    recipient_kind: 'public',
    person_id: 'public',
    unit_id: 'public',
    year: 'public',
    track: 'public',
    decision_number: 'public',
    decision_date: 'public',
    issuer: 'public',
    golden_book_number: 'public',
    status: 'public',
    revoked_on: 'public',
    revoke_reason: 'basic',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  initiative: {
    id: 'public',
    title: 'public',
    title_search: 'public',
    unit_id: 'public',
    scope: 'public',
    decision_number: 'public',
    recognized_on: 'public',
    summary: 'public',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  initiative_author: {
    initiative_id: 'public',
    person_id: 'public',
    created_at: 'basic',
    updated_at: 'basic',
  },
  initiative_use: {
    initiative_id: 'basic',
    award_grant_id: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  law_override: {
    id: 'basic',
    kind: 'basic',
    target: 'basic',
    value: 'basic',
    effective_from: 'basic',
    effective_to: 'basic',
    source: 'basic',
    note: 'basic',
    created_by: 'basic',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  audit_event: {
    id: 'basic',
    occurred_at: 'basic',
    actor_user_id: 'basic',
    actor_label: 'basic',
    unit_id: 'basic',
    action: 'basic',
    object_type: 'basic',
    object_id: 'basic',
    result: 'basic',
    ip: 'basic',
    before: 'sensitive',
    after: 'sensitive',
    prev_hash: 'basic',
    hash: 'basic',
  },
  movement: {
    id: 'public',
    unit_id: 'public',
    parent_movement_id: 'public',
    kind: 'public',
    status: 'public',
    title: 'public',
    title_search: 'public',
    year: 'public',
    starts_on: 'public',
    ends_on: 'public',
    related_movements: 'public',
    fields: 'public',
    doc_number: 'public',
    doc_date: 'public',
    doc_place: 'public',
    doc_issuer: 'public',
    doc_parent_issuer: 'public',
    doc_type: 'public',
    signer_authority: 'public',
    signer_position: 'public',
    signer_name: 'public',
    launched_at: 'public',
    closed_at: 'public',
    created_by: 'basic',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  movement_task: {
    id: 'public',
    movement_id: 'public',
    number: 'public',
    text: 'public',
    field: 'public',
    sort_order: 'public',
  },
  movement_participant: { movement_id: 'public', unit_id: 'public' },
  movement_milestone: {
    id: 'public',
    movement_id: 'public',
    kind: 'public',
    title: 'public',
    due_on: 'public',
  },
  notification: {
    id: 'basic',
    unit_id: 'basic',
    kind: 'basic',
    title: 'basic',
    body: 'basic',
    link: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  notification_read: { notification_id: 'basic', user_id: 'basic', read_at: 'basic' },
  pledge: {
    id: 'basic',
    movement_id: 'basic',
    unit_id: 'basic',
    status: 'basic',
    collective_titles: 'basic',
    submitted_at: 'basic',
    submitted_by: 'basic',
    decided_at: 'basic',
    decided_by: 'basic',
    return_reason: 'basic',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  pledge_person: { pledge_id: 'basic', person_id: 'basic', titles: 'basic' },
};
