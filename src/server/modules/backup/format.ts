/*
 * The TĐKT backup file (`tdkt backup`), format version 1. The whole file is one gzip stream of
 * newline-terminated lines:
 *
 *   {"format":"tdkt-backup","formatVersion":1,"createdAt":…,"serverVersion":…,"migrations":[{hash,createdAt}…],"tables":[names…]}
 *   then, for every table of the public schema, parents before children:
 *     {"table":"unit","columns":["id",…],"key":["id"]}      section header: stored columns, primary key
 *     <rows in PostgreSQL COPY text format, one per line>  ordered by primary key (text keys COLLATE "C")
 *     \.                                                   end of data (COPY escapes a literal backslash,
 *                                                          so no data line can be exactly "\.")
 *     {"table":"unit","rows":N,"sha256":"…"}              count and sha256 of the data lines (with their \n)
 *   {"end":true,"tables":N,"rows":N}                        trailer: a file without it is truncated
 *
 * The COPY text is produced under fixed session settings (UTC, ISO dates; see catalog.ts), so the sha256
 * of a table read back from the restored database equals the one in the file. Generated columns are
 * not stored. The file holds password hashes and personal data: it is written with mode 0600.
 */

export const BACKUP_FORMAT = 'tdkt-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const END_OF_DATA = '\\.';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  serverVersion: string;
  migrations: { hash: string; createdAt: number }[];
  tables: string[];
}

export interface SectionHeader {
  table: string;
  columns: string[];
  /** Primary key the rows are ordered by; null: ordered by the row's text. */
  key: string[] | null;
}

export interface SectionFooter {
  table: string;
  rows: number;
  sha256: string;
}

export interface BackupTrailer {
  end: true;
  tables: number;
  rows: number;
}

/** Count newline bytes: one per COPY text row. */
export function countLines(chunk: Buffer): number {
  let n = 0;
  let i = chunk.indexOf(10);
  while (i !== -1) {
    n++;
    i = chunk.indexOf(10, i + 1);
  }
  return n;
}

/** Split a byte stream into lines (without their '\n'); the last line must end with '\n'. */
export async function* readLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer | null = null;
  for await (const chunk of stream) {
    let data: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    let i = data.indexOf(10, start);
    while (i !== -1) {
      yield data.subarray(start, i);
      start = i + 1;
      i = data.indexOf(10, start);
    }
    data = data.subarray(start);
    rest = data.length > 0 ? Buffer.from(data) : null;
  }
  if (rest) yield rest;
}
