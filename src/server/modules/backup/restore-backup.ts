import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { finished, pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { AuditVerify } from '../../../shared/api/audit';
import { type Database, migrateDatabase } from '../../db/client';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import {
  appliedMigrations,
  copyOutSql,
  listPublicTables,
  MIGRATION_SEEDED_TABLES,
  nonEmptyTables,
  quoteIdent,
  setCanonicalSession,
  type TableInfo,
} from './catalog';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupTrailer,
  countLines,
  END_OF_DATA,
  readLines,
  type SectionFooter,
  type SectionHeader,
} from './format';
import { codeMigrations, migrateTo, prefixMismatch } from './migrations';

/** The backup file or the target database refuses the restore; the message says why (exit 1). */
export class BackupError extends Error {}

export interface RestoreResult {
  restored: true;
  tables: number;
  rows: number;
  auditChain: AuditVerify;
}

const BATCH_BYTES = 1 << 20;
const NEWLINE = Buffer.from('\n');

/** Lines of a gzip-compressed file; a missing, unreadable or non-gzip file fails on the first read. */
function fileLines(file: string): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  pipeline(createReadStream(file), gunzip).catch(() => {}); // the error reaches the reader through gunzip
  return readLines(gunzip);
}

function corrupt(file: string, detail: string): BackupError {
  return new BackupError(
    `Tệp sao lưu ${file} bị hỏng hoặc không đầy đủ: ${detail}.\nThe backup file is damaged or truncated: ${detail}.`,
  );
}

function notEmpty(tables: string[]): BackupError {
  return new BackupError(
    `Cơ sở dữ liệu đích không trống (bảng có dữ liệu: ${tables.join(', ')}). Chỉ khôi phục vào cơ sở dữ liệu mới, ` +
      `trống (ví dụ một TDKT_DATA_DIR mới trước lần chạy đầu, hoặc chạy với TDKT_DEMO=0).\n` +
      `The target database is not empty (tables with rows: ${tables.join(', ')}); restore only into an empty database.`,
  );
}

/**
 * Load a `tdkt backup` file into an empty database: migrate to the backup's schema version, load every
 * table in one transaction, check row counts and checksums against the file, reset sequences, commit,
 * apply the remaining migrations of this code and verify the audit chain.
 */
export async function restoreBackup(database: Database, file: string): Promise<RestoreResult> {
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new BackupError(`${file} không phải là tệp / is not a file`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `Không đọc được tệp sao lưu ${file} / cannot read the backup file: ${(error as Error).message}`,
    );
  }
  const lines = fileLines(file);
  const next = async (what: string): Promise<Buffer> => {
    let result: IteratorResult<Buffer>;
    try {
      result = await lines.next();
    } catch (error) {
      throw corrupt(file, `${what}: ${(error as Error).message}`);
    }
    if (result.done) throw corrupt(file, `thiếu ${what} / missing ${what}`);
    return result.value;
  };
  const nextJson = async <T>(what: string): Promise<T> => {
    const raw = await next(what);
    try {
      return JSON.parse(raw.toString('utf8')) as T;
    } catch {
      throw corrupt(file, `${what} không phải JSON / ${what} is not JSON`);
    }
  };

  try {
    let header: BackupHeader;
    try {
      header = await nextJson<BackupHeader>('header');
    } catch {
      throw new BackupError(`${file} không phải tệp sao lưu TĐKT / is not a TĐKT backup file`);
    }
    if (header?.format !== BACKUP_FORMAT) {
      throw new BackupError(`${file} không phải tệp sao lưu TĐKT / is not a TĐKT backup file`);
    }
    if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
      throw new BackupError(
        `Tệp sao lưu định dạng phiên bản ${header.formatVersion}, phiên bản này chỉ đọc ${BACKUP_FORMAT_VERSION}.\n` +
          `Backup format version ${header.formatVersion} is not supported (expected ${BACKUP_FORMAT_VERSION}).`,
      );
    }

    const code = codeMigrations();
    const backupMismatch = prefixMismatch(header.migrations, code, 'bản sao lưu / the backup');
    if (backupMismatch) throw new BackupError(backupMismatch);

    const check = await database.pool.connect();
    let applied: Awaited<ReturnType<typeof appliedMigrations>>;
    try {
      const busy = await nonEmptyTables(check);
      if (busy.length > 0) throw notEmpty(busy);
      applied = await appliedMigrations(check);
    } finally {
      check.release();
    }
    const targetMismatch = prefixMismatch(applied, code, 'cơ sở dữ liệu đích / the target database');
    if (targetMismatch) throw new BackupError(targetMismatch);
    // The data goes into the schema it was taken from; later migrations then carry it forward.
    if (applied.length <= header.migrations.length) await migrateTo(database, header.migrations.length);

    const loaded = await loadTables(database, header, file, next, nextJson);
    await migrateDatabase(database);
    const auditChain = await verifyAuditChain(database.pool);
    return { restored: true, tables: loaded.tables, rows: loaded.rows, auditChain };
  } finally {
    await lines.return(undefined).catch(() => {});
  }
}

async function loadTables(
  database: Database,
  header: BackupHeader,
  file: string,
  next: (what: string) => Promise<Buffer>,
  nextJson: <T>(what: string) => Promise<T>,
): Promise<{ tables: number; rows: number }> {
  const client = await database.pool.connect();
  let broken: Error | undefined;
  let copying = false;
  try {
    await setCanonicalSession(client);
    await client.query('BEGIN');
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    const targets = new Map((await listPublicTables(client)).map((t) => [t.name, t]));
    for (const t of targets.values()) {
      await client.query(`LOCK TABLE public.${quoteIdent(t.name)} IN ACCESS EXCLUSIVE MODE`);
    }
    // Checked again under the locks: the app may have written since the first check.
    const busy = await nonEmptyTables(client);
    if (busy.length > 0) throw notEmpty(busy);
    // Rows a migration seeded give way to the backup's own (possibly edited) rows.
    for (const name of header.tables) {
      if (MIGRATION_SEEDED_TABLES.has(name) && targets.has(name)) {
        await client.query(`DELETE FROM public.${quoteIdent(name)}`);
      }
    }

    const footers: { table: TableInfo; section: SectionHeader; footer: SectionFooter }[] = [];
    let totalRows = 0;
    for (const name of header.tables) {
      const section = await nextJson<SectionHeader>(`phần đầu bảng ${name} / section header of ${name}`);
      if (section.table !== name) throw corrupt(file, `mong đợi bảng ${name}, gặp ${section.table}`);
      const table = targets.get(name);
      if (!table) {
        throw new BackupError(
          `Bảng ${name} của bản sao lưu không có trong cơ sở dữ liệu đích.\nTable ${name} of the backup does not exist in the target database.`,
        );
      }
      const missing = section.columns.filter((c) => !table.columns.includes(c));
      if (missing.length > 0) {
        throw new BackupError(
          `Cột ${missing.map((c) => `${name}.${c}`).join(', ')} của bản sao lưu không có (hoặc là cột tính toán) trong cơ sở dữ liệu đích.\n` +
            `Columns ${missing.join(', ')} of ${name} are missing (or generated) in the target database.`,
        );
      }
      const hash = createHash('sha256');
      let rows = 0;
      const copy = client.query(
        copyFrom(
          `COPY public.${quoteIdent(name)} (${section.columns.map(quoteIdent).join(', ')}) FROM STDIN`,
        ),
      );
      copying = true;
      const done = finished(copy);
      done.catch(() => {}); // awaited below; a COPY error must not surface as an unhandled rejection
      let batch: Buffer[] = [];
      let batchBytes = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const chunk = Buffer.concat(batch, batchBytes);
        batch = [];
        batchBytes = 0;
        if (!copy.write(chunk)) {
          await Promise.race([new Promise((resolve) => copy.once('drain', resolve)), done]);
        }
      };
      for (;;) {
        const row = await next(`dữ liệu bảng ${name} / data of ${name}`);
        if (row.length === 2 && row.toString('latin1') === END_OF_DATA) break;
        hash.update(row).update(NEWLINE);
        rows++;
        batch.push(row, NEWLINE);
        batchBytes += row.length + 1;
        if (batchBytes >= BATCH_BYTES) await flush();
      }
      await flush();
      copy.end();
      await done;
      copying = false;
      const footer = await nextJson<SectionFooter>(`phần cuối bảng ${name} / section footer of ${name}`);
      const sha256 = hash.digest('hex');
      if (footer.table !== name || footer.rows !== rows || footer.sha256 !== sha256) {
        throw corrupt(
          file,
          `bảng ${name}: ${rows} dòng, sha256 ${sha256.slice(0, 12)}… khác ghi nhận trong tệp`,
        );
      }
      footers.push({ table, section, footer });
      totalRows += rows;
    }
    const trailer = await nextJson<BackupTrailer>('phần kết / trailer');
    if (trailer.end !== true || trailer.tables !== header.tables.length || trailer.rows !== totalRows) {
      throw corrupt(file, 'phần kết không khớp / trailer does not match');
    }

    // What the database now holds must read back byte for byte as what the backup recorded.
    for (const { table, section, footer } of footers) {
      const hash = createHash('sha256');
      let rows = 0;
      const stream = client.query(copyTo(copyOutSql(table, section.columns, section.key)));
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        rows += countLines(chunk);
      }
      const sha256 = hash.digest('hex');
      if (rows !== footer.rows || sha256 !== footer.sha256) {
        throw new BackupError(
          `Sau khi nạp, bảng ${table.name} có ${rows} dòng (sao lưu: ${footer.rows}) và tổng kiểm sha256 khác: đã hủy khôi phục.\n` +
            `After loading, table ${table.name} does not match the backup (rows or checksum); the restore was rolled back.`,
        );
      }
    }

    await resetSequences(client);
    await client.query('COMMIT');
    return { tables: header.tables.length, rows: totalRows };
  } catch (error) {
    broken = error as Error;
    // Mid-COPY the connection cannot take a ROLLBACK; closing it (below) aborts the transaction.
    if (!copying) await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    // After a failure the connection is discarded, not returned to the pool.
    client.release(broken);
  }
}

/** Identity and serial sequences continue after the largest restored value. */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; seq: string }>(
    `SELECT * FROM (
       SELECT c.relname AS table, a.attname AS column,
              pg_get_serial_sequence(format('public.%I', c.relname), a.attname) AS seq
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND a.attnum > 0 AND NOT a.attisdropped
     ) s WHERE seq IS NOT NULL`,
  );
  for (const r of rows) {
    await client.query(
      `SELECT setval($1::regclass, m) FROM (SELECT max(${quoteIdent(r.column)}) AS m FROM public.${quoteIdent(r.table)}) s
        WHERE m IS NOT NULL`,
      [r.seq],
    );
  }
}
