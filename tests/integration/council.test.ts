import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouncilSession } from '../../src/shared/api/council';
import { councilDossier } from './helpers/council-fixtures';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * The council end to end over real HTTP (issue 5 item 4; quality A5, G1–G4): members, a session whose
 * membership is frozen when it opens with quorum, secret ballots (200 parallel votes by one member →
 * exactly one stored; nothing links a voter to a choice), written votes of absent members, conflicts of
 * interest, the tally against the catalogue thresholds over all members, and closing the session.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
const c: Record<string, Client> = {};
const uid: Record<string, string> = {};
let sessionId: string;
let d1: Awaited<ReturnType<typeof councilDossier>>;
let d2: Awaited<ReturnType<typeof councilDossier>>;
let d3: Awaited<ReturnType<typeof councilDossier>>;

async function detail(client: Client = staff): Promise<CouncilSession> {
  const res = await client.get(`/api/council/sessions/${sessionId}`);
  expect(res.status).toBe(200);
  return res.body;
}

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  const accounts: [string, string, 'councilMember' | 'councilSecretary' | 'chairman'][] = [
    ['chair', s.p.id, 'chairman'],
    ['secretary', s.p.id, 'councilSecretary'],
    ['m1', s.p.id, 'councilMember'],
    ['m2', s.p.id, 'councilMember'],
    ['m3', s.p.id, 'councilMember'],
    ['memberA', s.a.id, 'councilMember'],
    ['late', s.p.id, 'councilMember'],
  ];
  for (const [key, unitId, role] of accounts) {
    uid[key] = await seedAccount(t.database, {
      email: `${key.toLowerCase()}@test.vn`,
      unitId,
      roles: [role],
    });
    c[key] = await signedIn(t.baseUrl, `${key.toLowerCase()}@test.vn`);
  }
  // D1 from A: CSTĐCS (≥80% of all members) for Nguyễn Văn An of A.
  d1 = await councilDossier(t.database, s.a.id, {
    proposingUnitId: s.a.id,
    award: 'chien-si-thi-dua-co-so',
    personIds: [s.personA.id],
  });
  // D2 from B: LĐTT (majority) for Lò Thị Xuân — who is council member m3 — and a household.
  d2 = await councilDossier(t.database, s.b.id, {
    proposingUnitId: s.b.id,
    award: 'lao-dong-tien-tien',
    personIds: [s.personB.id],
    nominees: 2,
  });
  // D3 from B: Giấy khen for a household, nobody votes for it.
  d3 = await councilDossier(t.database, s.b.id, { proposingUnitId: s.b.id, award: 'giay-khen' });
});
afterAll(() => t.close());

describe('council members and session', () => {
  it('staff build the 2025 council from accounts with a council role; others are refused', async () => {
    const positions: Record<string, string> = { chair: 'chair', secretary: 'secretary' };
    for (const key of ['chair', 'secretary', 'm1', 'm2', 'm3', 'memberA']) {
      const res = await staff.post('/api/council/members', {
        year: 2025,
        userId: uid[key],
        position: positions[key] ?? 'member',
        personId: key === 'm3' ? s.personB.id : null,
      });
      expect(res.status, key).toBe(200);
    }
    const again = await staff.post('/api/council/members', {
      year: 2025,
      userId: uid.m1,
      position: 'member',
    });
    expect(again.status).toBe(400);
    const clerkId = await seedAccount(t.database, {
      email: 'clerk@test.vn',
      unitId: s.p.id,
      roles: ['unitClerk'],
    });
    const clerk = await staff.post('/api/council/members', {
      year: 2025,
      userId: clerkId,
      position: 'member',
    });
    expect(clerk.status).toBe(400);
    expect(clerk.body.error.message).toMatch(/vai trò/);
    const list = await c.m1!.get('/api/council/members?year=2025');
    expect(list.body.items).toHaveLength(6);
    expect(list.body.items[0].position).toBe('chair');
  });

  it('a session takes only dossiers at the council step', async () => {
    const { rows } = await t.database.pool.query(
      `INSERT INTO dossier (unit_id, track, award_code, year, title, status)
       VALUES ($1, 'regular', 'giay-khen', 2025, 'Đang thẩm định', 'appraisal') RETURNING id`,
      [s.a.id],
    );
    const bad = await staff.post('/api/council/sessions', {
      year: 2025,
      title: 'Phiên họp thử',
      heldOn: '2025-12-15',
      place: 'Hội trường',
      dossierIds: [rows[0].id],
    });
    expect(bad.status).toBe(400);
    const ready = await staff.get('/api/council/ready-dossiers');
    expect(ready.body.items.map((d: { dossierId: string }) => d.dossierId).sort()).toEqual(
      [d1.dossierId, d2.dossierId, d3.dossierId].sort(),
    );
    const res = await staff.post('/api/council/sessions', {
      year: 2025,
      title: 'Phiên họp xét khen thưởng năm 2025',
      heldOn: '2025-12-15',
      place: 'Hội trường UBND',
      dossierIds: [d1.dossierId, d2.dossierId, d3.dossierId],
    });
    expect(res.status).toBe(200);
    sessionId = res.body.id;
    expect((await staff.get('/api/council/ready-dossiers')).body.items).toEqual([]);
  });

  it('votes before opening are refused', async () => {
    const res = await c.m1!.post(`/api/council/sessions/${sessionId}/votes`, {
      nomineeId: d1.nomineeId,
      choice: 'yes',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Chưa khai mạc/);
  });

  it('opening needs quorum: at least 2/3 of all members present (4 of 6)', async () => {
    const few = await staff.post(`/api/council/sessions/${sessionId}/open`, {
      version: 1,
      presentUserIds: [uid.chair, uid.secretary, uid.m1],
    });
    expect(few.status).toBe(400);
    expect(few.body.error.message).toContain('3/6');
    const res = await staff.post(`/api/council/sessions/${sessionId}/open`, {
      version: 1,
      presentUserIds: [uid.chair, uid.secretary, uid.m1, uid.m3, uid.memberA],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', memberCount: 6, presentCount: 5, quorumNeeded: 4 });
  });

  it('membership is frozen: a member added after opening cannot vote', async () => {
    expect(
      (await staff.post('/api/council/members', { year: 2025, userId: uid.late, position: 'member' })).status,
    ).toBe(200);
    const res = await c.late!.post(`/api/council/sessions/${sessionId}/votes`, {
      nomineeId: d1.nomineeId,
      choice: 'yes',
    });
    expect([403, 404]).toContain(res.status);
    expect((await detail()).members).toHaveLength(6);
  });
});

describe('secret ballot', () => {
  it('200 parallel votes by one member on one nominee: exactly one is stored (quality G1)', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        c.m1!.post(`/api/council/sessions/${sessionId}/votes`, {
          nomineeId: d1.nomineeId,
          choice: i % 2 ? 'no' : 'yes',
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((x) => x === 200)).toHaveLength(1);
    expect(statuses.filter((x) => x === 409)).toHaveLength(199);
    const { rows } = await t.database.pool.query(
      `SELECT (SELECT count(*)::int FROM council_vote_marker WHERE session_id = $1 AND nominee_id = $2) AS markers,
              (SELECT count(*)::int FROM council_ballot WHERE session_id = $1 AND nominee_id = $2) AS ballots`,
      [sessionId, d1.nomineeId],
    );
    expect(rows[0]).toEqual({ markers: 1, ballots: 1 });
  });

  it('conflict of interest: no vote on one’s own nomination or a dossier of one’s own unit (quality A5)', async () => {
    const own = await c.m3!.post(`/api/council/sessions/${sessionId}/votes`, {
      nomineeId: d2.nomineeIds[0],
      choice: 'yes',
    });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/chính mình/);
    const unit = await c.memberA!.post(`/api/council/sessions/${sessionId}/votes`, {
      nomineeId: d1.nomineeId,
      choice: 'yes',
    });
    expect(unit.status).toBe(403);
    expect(unit.body.error.message).toMatch(/đơn vị/);
    const view = await detail(c.memberA);
    const n1 = view.agenda.flatMap((d) => d.nominees).find((n) => n.id === d1.nomineeId)!;
    expect(n1.conflict).toMatch(/đơn vị/);
  });

  it('members vote once per nominee; absent members vote in writing through the secretary', async () => {
    const ballots: [string, string, 'yes' | 'no'][] = [
      ['chair', d1.nomineeId, 'yes'],
      ['secretary', d1.nomineeId, 'yes'],
      ['m3', d1.nomineeId, 'yes'],
      ['chair', d2.nomineeIds[0]!, 'no'],
      ['secretary', d2.nomineeIds[0]!, 'no'],
      ['m1', d2.nomineeIds[0]!, 'yes'],
      ['memberA', d2.nomineeIds[0]!, 'yes'],
      ['chair', d2.nomineeIds[1]!, 'yes'],
      ['secretary', d2.nomineeIds[1]!, 'yes'],
      ['m1', d2.nomineeIds[1]!, 'yes'],
      ['memberA', d2.nomineeIds[1]!, 'yes'],
      ['m3', d2.nomineeIds[1]!, 'no'],
    ];
    for (const [who, nomineeId, choice] of ballots) {
      const res = await c[who]!.post(`/api/council/sessions/${sessionId}/votes`, { nomineeId, choice });
      expect(res.status, `${who} → ${nomineeId}`).toBe(200);
    }
    // m2 is absent: cannot vote in person; the secretary enters the written ballots.
    const inPerson = await c.m2!.post(`/api/council/sessions/${sessionId}/votes`, {
      nomineeId: d1.nomineeId,
      choice: 'yes',
    });
    expect(inPerson.status).toBe(403);
    for (const [nomineeId, choice] of [
      [d1.nomineeId, 'no'],
      [d2.nomineeIds[0], 'no'],
      [d2.nomineeIds[1], 'yes'],
    ] as const) {
      const res = await c.secretary!.post(`/api/council/sessions/${sessionId}/written-votes`, {
        userId: uid.m2,
        nomineeId,
        choice,
      });
      expect(res.status).toBe(200);
    }
    const twice = await c.secretary!.post(`/api/council/sessions/${sessionId}/written-votes`, {
      userId: uid.m2,
      nomineeId: d1.nomineeId,
      choice: 'yes',
    });
    expect(twice.status).toBe(409);
    // A present member's ballot is not entered by the secretary.
    const present = await c.secretary!.post(`/api/council/sessions/${sessionId}/written-votes`, {
      userId: uid.m1,
      nomineeId: d3.nomineeId,
      choice: 'yes',
    });
    expect(present.status).toBe(400);
    const mine = await detail(c.m1);
    const voted = mine.agenda.flatMap((d) => d.nominees).filter((n) => n.hasVoted);
    expect(voted.map((n) => n.id).sort()).toEqual([d1.nomineeId, ...d2.nomineeIds].sort());
    expect(JSON.stringify(mine)).not.toMatch(/"choice"|"yes"|"no"/);
  });

  it('no table, audit row or API answer links a voter to a choice (quality G3)', async () => {
    const columns = await t.database.pool.query(
      `SELECT table_name, array_agg(column_name::text ORDER BY column_name) AS cols
         FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name`,
    );
    const withChoice = columns.rows.filter((r) => r.cols.includes('choice'));
    expect(withChoice.map((r) => r.table_name)).toEqual(['council_ballot']);
    expect(withChoice[0].cols).toEqual(['choice', 'id', 'nominee_id', 'session_id']);
    const marker = columns.rows.find((r) => r.table_name === 'council_vote_marker');
    expect(marker.cols).toEqual(['is_written', 'nominee_id', 'session_id', 'user_id']);

    const audits = await t.database.pool.query(
      `SELECT action, before, after FROM audit_event WHERE action LIKE 'council.vote.%'`,
    );
    expect(audits.rows.length).toBe(16);
    for (const row of audits.rows) expect(JSON.stringify(row)).not.toMatch(/choice|"yes"|"no"/);

    // Each vote rewrote the nominee's ballot box: all its rows share one transaction id and fresh ids,
    // so neither xmin nor insertion order ties a ballot to the marker written with it.
    const xmins = await t.database.pool.query(
      `SELECT nominee_id, count(*)::int AS n, count(DISTINCT xmin::text)::int AS xmins
         FROM council_ballot WHERE session_id = $1 GROUP BY nominee_id`,
      [sessionId],
    );
    for (const row of xmins.rows) expect(row.xmins).toBe(1);
    const markerXmins = await t.database.pool.query(
      `SELECT count(DISTINCT xmin::text)::int AS n FROM council_vote_marker WHERE session_id = $1 AND nominee_id = $2`,
      [sessionId, d2.nomineeIds[1]],
    );
    expect(markerXmins.rows[0].n).toBe(6);
  });
});

describe('tally and close', () => {
  it('tallies each nominee against its award threshold over all members who may vote', async () => {
    const early = await c.m1!.post(`/api/council/sessions/${sessionId}/tally`, { version: 2 });
    expect(early.status).toBe(403);
    const stale = await staff.post(`/api/council/sessions/${sessionId}/tally`, { version: 1 });
    expect(stale.status).toBe(409);
    const res = await staff.post(`/api/council/sessions/${sessionId}/tally`, { version: 2 });
    expect(res.status).toBe(200);
    const result = (id: string) =>
      (res.body as CouncilSession).agenda.flatMap((d) => d.nominees).find((n) => n.id === id)!.result;
    // D1 CSTĐCS: memberA recused → 5 eligible; 80% → 4 yes needed; chair, secretary, m1, m3 yes; m2 no.
    expect(result(d1.nomineeId)).toMatchObject({
      yes: 4,
      no: 1,
      eligibleMembers: 5,
      needed: 4,
      thresholdPercent: 80,
      writtenVotes: 1,
      passed: true,
    });
    // D2 Lò Thị Xuân (= m3, recused): 5 eligible, more than half → 3; only m1 and memberA agree.
    expect(result(d2.nomineeIds[0]!)).toMatchObject({
      yes: 2,
      no: 3,
      eligibleMembers: 5,
      needed: 3,
      passed: false,
    });
    // D2 household: 6 eligible, needs 4; five agree.
    expect(result(d2.nomineeIds[1]!)).toMatchObject({
      yes: 5,
      no: 1,
      eligibleMembers: 6,
      needed: 4,
      passed: true,
    });
    // D3: nobody voted.
    expect(result(d3.nomineeId)).toMatchObject({ yes: 0, notVoted: 6, passed: false });
    const after = await c.m2!.post(`/api/council/sessions/${sessionId}/votes`, {
      nomineeId: d3.nomineeId,
      choice: 'yes',
    });
    expect(after.status).toBe(400);
  });

  it('the minutes and the tally report in Word carry the counts, never a voter’s choice', async () => {
    for (const file of ['minutes.docx', 'tally-report.docx']) {
      const res = await c.m1!.get(`/api/council/sessions/${sessionId}/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toContain('wordprocessingml');
      const xml = new PizZip(Buffer.from(res.body)).file('word/document.xml')!.asText();
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toContain('Nguyễn Văn An');
      expect(text).toContain('Hộ gia đình thử 2');
      expect(text).toContain('Không đạt');
    }
    const minutes = new PizZip(
      Buffer.from((await staff.get(`/api/council/sessions/${sessionId}/minutes.docx`)).body),
    )
      .file('word/document.xml')!
      .asText()
      .replace(/<[^>]+>/g, '');
    expect(minutes).toContain('m2 (có phiếu bằng văn bản)');
  });

  it('closing moves passed dossiers to public notice, rejects the rest and drafts the notice', async () => {
    const denied = await c.secretary!.post(`/api/council/sessions/${sessionId}/close`, { version: 3 });
    expect(denied.status).toBe(403);
    const res = await staff.post(`/api/council/sessions/${sessionId}/close`, { version: 3 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ published: 2, rejected: 1 });
    const { rows } = await t.database.pool.query(
      `SELECT id, status, last_reason FROM dossier WHERE id = ANY($1::uuid[])`,
      [[d1.dossierId, d2.dossierId, d3.dossierId]],
    );
    const status = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(status[d1.dossierId].status).toBe('public-notice');
    expect(status[d2.dossierId].status).toBe('public-notice');
    expect(status[d3.dossierId].status).toBe('rejected');
    expect(status[d3.dossierId].last_reason).toMatch(/Không đạt tỷ lệ phiếu/);
    const notice = await staff.get(`/api/public-notices/${res.body.noticeId}`);
    expect(notice.body.status).toBe('draft');
    expect(notice.body.items.map((i: { displayName: string }) => i.displayName).sort()).toEqual(
      ['Hộ gia đình thử 2', 'Nguyễn Văn An'].sort(),
    );
    const audit = await t.database.pool.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'council.session.close' AND object_id = $1`,
      [sessionId],
    );
    expect(audit.rows[0].n).toBe(1);
  });
});
