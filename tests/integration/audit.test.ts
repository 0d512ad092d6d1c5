import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/modules/audit/verify-audit-chain';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  await seedAccount(t.database, { email: 'admin@test.vn', unitId: s.p.id, roles: ['admin'] });
  admin = await signedIn(t.baseUrl, 'admin@test.vn');
});
afterAll(() => t.close());

describe('audit trail (quality E1–E3)', () => {
  it('writes one structured row per state change with actor, unit, object, before/after and address', async () => {
    const res = await admin.post('/api/units', { parentId: s.a.id, name: 'Tổ kiểm toán', kind: 'sub-unit' });
    const { rows } = await t.database.pool.query(
      `SELECT * FROM audit_event WHERE action = 'unit.create' AND object_id = $1`,
      [res.body.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_label: 'admin@test.vn',
      unit_id: res.body.id,
      object_type: 'unit',
      result: 'ok',
    });
    expect(rows[0].ip).toMatch(/127\.0\.0\.1/);
    expect(rows[0].after.name).toBe('Tổ kiểm toán');
    const list = await admin.get('/api/audit?action=unit.create');
    expect(list.body.items[0].objectId).toBe(res.body.id);
  });

  it('refuses UPDATE and DELETE on the trail', async () => {
    await expect(t.database.pool.query(`UPDATE audit_event SET action = 'x' WHERE id = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.pool.query(`DELETE FROM audit_event WHERE id = 1`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('detects an edited row and a deleted row through the hash chain', async () => {
    await admin.post('/api/units', { parentId: s.a.id, name: 'Tổ thứ hai', kind: 'sub-unit' });
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true, firstBadId: null });
    const client = await t.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update');
      await client.query(`UPDATE audit_event SET actor_label = 'kẻ giả mạo' WHERE id = 2`);
      const edited = await verifyAuditChain({ query: client.query.bind(client) } as never);
      expect(edited).toMatchObject({ ok: false, firstBadId: 2 });
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update');
      await client.query('DELETE FROM audit_event WHERE id = 2');
      const deleted = await verifyAuditChain({ query: client.query.bind(client) } as never);
      expect(deleted.ok).toBe(false);
      expect(deleted.firstBadId).toBe(3);
      expect(deleted.problem).toMatch(/xóa/);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    expect((await admin.get('/api/audit/verify')).body.ok).toBe(true);
  });

  it('fails the action when the audit write fails (E3)', async () => {
    await t.database.pool.query(`
      CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$;
      CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION test_refuse_audit();`);
    try {
      const res = await admin.post('/api/units', {
        parentId: s.a.id,
        name: 'Không được ghi',
        kind: 'sub-unit',
      });
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toMatch(/audit down|INSERT|stack/);
      const { rows } = await t.database.pool.query(
        `SELECT count(*)::int AS n FROM unit WHERE name = 'Không được ghi'`,
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await t.database.pool.query(
        'DROP TRIGGER test_refuse_audit ON audit_event; DROP FUNCTION test_refuse_audit()',
      );
    }
  });
});

describe('column sensitivity tags (quality F1)', () => {
  it('tags every column of every table', async () => {
    const { columnSensitivity } = await import('../../src/server/db/sensitivity');
    const { rows } = await t.database.pool.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
    );
    const untagged = rows
      .filter((r) => !columnSensitivity[r.table_name]?.[r.column_name])
      .map((r) => `${r.table_name}.${r.column_name}`);
    expect(untagged).toEqual([]);
  });
});
