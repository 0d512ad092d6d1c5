import type pg from 'pg';

/** A table of the public schema as the backup sees it. */
export interface TableInfo {
  name: string;
  /** Stored columns in attribute order; generated columns are left out (they are recomputed on load). */
  columns: string[];
  /** Primary-key columns, or null when the table has none (rows are then ordered by their text). */
  key: string[] | null;
  /** Columns whose type has a collation (text and the like). */
  collatable: Set<string>;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Session settings that make COPY's text output byte-identical on any server (time zone, date and
 * interval styles, bytea and float output), so a checksum taken on restore equals the one in the file.
 */
export const CANONICAL_SESSION = [
  "SET client_encoding = 'UTF8'",
  "SET TimeZone = 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET bytea_output = 'hex'",
  'SET extra_float_digits = 1',
];

export async function setCanonicalSession(client: pg.ClientBase): Promise<void> {
  for (const statement of CANONICAL_SESSION) await client.query(statement);
}

/** Every ordinary or partitioned table of the public schema, parents before the tables that refer to them. */
export async function listPublicTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const tables = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid::int AS oid, c.relname::text AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname COLLATE "C"`,
  );
  const oids = tables.rows.map((t) => t.oid);
  const columns = await client.query<{ rel: number; name: string; collatable: boolean; generated: boolean }>(
    `SELECT a.attrelid::int AS rel, a.attname::text AS name, a.attcollation <> 0 AS collatable,
            a.attgenerated <> '' AS generated
       FROM pg_attribute a
      WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attrelid, a.attnum`,
    [oids],
  );
  const keys = await client.query<{ rel: number; names: string[] }>(
    `SELECT i.indrelid::int AS rel, array_agg(a.attname::text ORDER BY k.ord) AS names
       FROM pg_index i
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
      WHERE i.indisprimary AND i.indrelid = ANY($1::oid[])
      GROUP BY i.indrelid`,
    [oids],
  );
  const links = await client.query<{ child: number; parent: number }>(
    `SELECT conrelid::int AS child, confrelid::int AS parent FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY($1::oid[]) AND confrelid = ANY($1::oid[]) AND conrelid <> confrelid`,
    [oids],
  );

  const byOid = new Map<number, TableInfo>();
  for (const t of tables.rows) {
    const key = keys.rows.find((k) => k.rel === t.oid)?.names ?? null;
    byOid.set(t.oid, { name: t.name, columns: [], key, collatable: new Set() });
  }
  for (const c of columns.rows) {
    const info = byOid.get(c.rel)!;
    if (!c.generated) info.columns.push(c.name);
    if (c.collatable) info.collatable.add(c.name);
  }

  // Kahn's algorithm, ties broken by name; tables left in a cycle follow in name order.
  const parents = new Map<number, Set<number>>(oids.map((o) => [o, new Set<number>()]));
  for (const l of links.rows) parents.get(l.child)!.add(l.parent);
  const ordered: TableInfo[] = [];
  const done = new Set<number>();
  while (done.size < oids.length) {
    const ready = oids.filter((o) => !done.has(o) && [...parents.get(o)!].every((p) => done.has(p)));
    const next = ready.length > 0 ? ready : oids.filter((o) => !done.has(o)).slice(0, 1);
    for (const o of next) {
      done.add(o);
      ordered.push(byOid.get(o)!);
    }
  }
  return ordered;
}

/**
 * The COPY statement whose output is both the dump of a table and the input of its checksum: rows in
 * primary-key order, text keys with the C collation so the order does not depend on the server's locale.
 */
export function copyOutSql(table: TableInfo, columns: string[] = table.columns, key = table.key): string {
  const cols = columns.map(quoteIdent).join(', ');
  const orderBy = key
    ? key.map((k) => `${quoteIdent(k)}${table.collatable.has(k) ? ' COLLATE "C"' : ''}`).join(', ')
    : `(${quoteIdent(table.name)}.*)::text COLLATE "C"`;
  return `COPY (SELECT ${cols} FROM public.${quoteIdent(table.name)} ORDER BY ${orderBy}) TO STDOUT`;
}

export interface AppliedMigration {
  hash: string;
  createdAt: number;
}

/** Drizzle's record of applied migrations, oldest first; empty when the database was never migrated. */
export async function appliedMigrations(client: pg.ClientBase): Promise<AppliedMigration[]> {
  const exists = await client.query<{ t: string | null }>(
    `SELECT to_regclass('drizzle.__drizzle_migrations')::text AS t`,
  );
  if (!exists.rows[0]?.t) return [];
  const { rows } = await client.query<{ hash: string; created_at: string }>(
    'SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY created_at, id',
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

/** Tables of the public schema that hold at least one row. */
/**
 * Reference tables that migrations fill (the public-holiday calendar): a fresh database already has
 * their rows, so they do not make it "not empty"; a restore replaces them with the backup's rows.
 */
export const MIGRATION_SEEDED_TABLES: ReadonlySet<string> = new Set(['public_holiday']);

export async function nonEmptyTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname COLLATE "C"`,
  );
  const busy: string[] = [];
  for (const { name } of rows) {
    if (MIGRATION_SEEDED_TABLES.has(name)) continue;
    const r = await client.query(`SELECT 1 FROM public.${quoteIdent(name)} LIMIT 1`);
    if (r.rowCount) busy.push(name);
  }
  return busy;
}
