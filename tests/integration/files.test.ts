import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/modules/auth/actor';
import { writeBackup } from '../../src/server/modules/backup/write-backup';
import { listStoredFiles, loadStoredFileContent } from '../../src/server/modules/files/files.queries';
import { purgeUnclaimedDraftFiles } from '../../src/server/modules/files/purge-draft-files';
import { storeUpload } from '../../src/server/modules/files/store-upload';
import * as sample from './helpers/file-samples';
import { createTestApp, seedAccount, seedUnits, type TestApp } from './helpers/harness';

/*
 * The file store on its own (ADR 0010): storeUpload keeps checked bytes in PostgreSQL under a generated
 * id with an audit row, a refused file leaves nothing behind, and `tdkt backup` carries the bytes.
 * The HTTP side (multipart limits, download headers) is exercised in movement-attachments.test.ts.
 */

let t: TestApp;
let actor: Actor;
let unitId: string;
const owner = { ownerKind: 'test-owner', ownerId: '11111111-1111-4111-8111-111111111111' };

beforeAll(async () => {
  t = await createTestApp();
  const s = await seedUnits(t.database);
  unitId = s.a.id;
  const userId = await seedAccount(t.database, { email: 'clerk@test.vn', unitId, roles: ['unitClerk'] });
  actor = {
    userId,
    name: 'clerk',
    email: 'clerk@test.vn',
    unitId,
    unitName: 'Phường Tân Phong',
    scopePath: s.a.path,
    roles: ['unitClerk'],
    sessionId: 'test',
    mustChangePassword: false,
    twoFactorEnabled: false,
    twoFactorRequired: false,
    ip: '127.0.0.1',
  };
});
afterAll(() => t.close());

const store = (buffer: Buffer, filename: string) =>
  t.database.db.transaction((tx) =>
    storeUpload(tx, actor, {
      filename,
      buffer,
      allowed: ['pdf', 'png', 'docx'],
      maxBytes: 1024 * 1024,
      ...owner,
      unitId,
    }),
  );

describe('storeUpload', () => {
  it('keeps the exact bytes under a generated id, with the checked type and an audit row', async () => {
    const png = sample.samplePng(8, 8);
    const stored = await store(png, 'C:\\ảnh\\Chân dung.png');
    expect(stored).toMatchObject({
      name: 'Chân dung.png',
      kind: 'png',
      mimeType: 'image/png',
      sizeBytes: png.length,
    });
    const back = await loadStoredFileContent(t.database.db, owner, stored.id);
    expect(back.content.equals(png)).toBe(true);
    const { rows } = await t.database.pool.query(
      `SELECT after FROM audit_event WHERE action = 'file.upload' AND object_id = $1`,
      [stored.id],
    );
    expect(rows[0].after).toMatchObject({ ...owner, name: 'Chân dung.png', sha256: stored.sha256 });
    expect(await listStoredFiles(t.database.db, owner)).toEqual([stored]);
  });

  it('refuses a file over the limit and a disallowed kind; nothing is written', async () => {
    const count = async () =>
      (await t.database.pool.query(`SELECT count(*)::int AS n FROM stored_file`)).rows[0].n as number;
    const audits = async () =>
      (await t.database.pool.query(`SELECT count(*)::int AS n FROM audit_event`)).rows[0].n as number;
    const [files, events] = [await count(), await audits()];
    await expect(store(Buffer.alloc(1024 * 1024 + 1), 'lon.pdf')).rejects.toThrow(/lớn hơn 1 MB/);
    await expect(store(sample.sampleText(), 'ghi-chu.txt')).rejects.toThrow(
      /chỉ nhận PDF, ảnh PNG hoặc Word/,
    );
    await expect(store(sample.sampleDocm(), 'macro.docx')).rejects.toThrow(/macro/);
    await expect(store(sample.samplePdf(), '\u202e\u200b')).rejects.toThrow(/không có tên hợp lệ/);
    expect(await count()).toBe(files);
    expect(await audits()).toBe(events);
  });

  it('purges draft uploads never claimed after a day, and nothing else', async () => {
    const draft = await t.database.db.transaction((tx) =>
      storeUpload(tx, actor, {
        filename: 'phat-dong.md',
        buffer: sample.sampleText(),
        allowed: ['md'],
        maxBytes: 1024,
        ownerKind: 'movement-draft',
        ownerId: '22222222-2222-4222-8222-222222222222',
      }),
    );
    expect(await purgeUnclaimedDraftFiles(t.database.db)).toBe(0);
    await t.database.pool.query(`UPDATE stored_file SET uploaded_at = now() - interval '25 hours'`);
    expect(await purgeUnclaimedDraftFiles(t.database.db)).toBe(1);
    const { rows } = await t.database.pool.query(`SELECT id, owner_kind FROM stored_file`);
    expect(rows.map((r) => r.id)).not.toContain(draft.id);
    expect(rows.every((r) => r.owner_kind === owner.ownerKind)).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('is covered by tdkt backup: the stored_file section carries the bytes', async () => {
    const pdf = sample.samplePdf();
    const stored = await store(pdf, 'quyet-dinh.pdf');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-files-'));
    try {
      const file = path.join(dir, 'b.backup');
      const result = await writeBackup(t.database.pool, file);
      expect(result.checksums.map((c) => c.table)).toContain('stored_file');
      const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      const row = lines.find((l) => l.startsWith(`${stored.id}\t`));
      expect(row).toBeDefined();
      expect(row).toContain(`\\\\x${pdf.toString('hex')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
