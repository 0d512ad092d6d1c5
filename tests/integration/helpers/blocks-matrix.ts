import type { Permission } from '../../../src/domain/access/permissions';
import type { Database } from '../../../src/server/db/client';
import type { Client } from './harness';

const MISSING = '00000000-0000-4000-8000-000000000000';

interface MatrixRow {
  method: string;
  url: string;
  permission: Permission;
  target?: 'unit';
  call: (c: Client, id: string) => Promise<{ status: number }>;
}

type Stage = 'plain' | 'open' | 'final' | 'locked';

let seq = 0;

/**
 * A fresh block organised by the unit, with the unit (head) and a fresh sub-unit X (deputy) as members
 * and a one-criterion sheet (version 1). 'open': the round is open and the unit's sheet is self-assessed
 * (version 1); 'final': every sheet is finalised; 'locked': the round is locked with ranks.
 * A missing unit gives a missing block id.
 */
async function blockOf(db: Database, unitId: string, stage: Stage = 'plain'): Promise<string> {
  if (unitId === MISSING) return MISSING;
  const n = ++seq;
  const { rows } = await db.pool.query(
    `WITH nid AS (SELECT gen_random_uuid() AS id),
      x AS (INSERT INTO unit (id, parent_id, path, name, kind)
        SELECT nid.id, u.id, u.path || nid.id || '/', 'Tổ thử khối ' || $2, 'sub-unit' FROM unit u, nid
         WHERE u.id = $1 RETURNING id, path),
      b AS (INSERT INTO emulation_block (kind, name, year, organiser_unit_id, head_unit_id, deputy_unit_id)
        SELECT 'block', 'Khối thử ' || $2, 2025, $1, $1, id FROM x RETURNING id),
      m AS (INSERT INTO block_member (block_id, unit_id) SELECT b.id, u FROM b, x, unnest(ARRAY[$1::uuid, x.id]) u),
      s AS (INSERT INTO score_sheet (block_id, title, max_points) SELECT id, 'Bảng thử', 100 FROM b RETURNING id),
      g AS (INSERT INTO score_criterion (sheet_id, code, name, kind) SELECT id, 'I', 'Nhóm', 'group' FROM s RETURNING id, sheet_id),
      c AS (INSERT INTO score_criterion (sheet_id, parent_id, code, name, kind, max_points, sort_order)
        SELECT sheet_id, id, '1', 'Nhiệm vụ', 'manual', 100, 1 FROM g RETURNING id)
     SELECT b.id AS block_id, x.id AS x_id, c.id AS criterion_id FROM b, x, c`,
    [unitId, `${n}-${Math.random().toString(36).slice(2, 8)}`],
  );
  const { block_id: blockId, x_id: xId, criterion_id: criterionId } = rows[0];
  if (stage === 'plain') return blockId;
  const status = stage === 'open' ? 'self-assessment' : 'locked';
  await db.pool.query(
    `WITH r AS (INSERT INTO assessment_round (block_id, status) VALUES ($1, $5) RETURNING id),
      a AS (INSERT INTO unit_assessment (round_id, unit_id, reviewer_unit_id, status, rank)
        SELECT r.id, u.unit_id, u.reviewer, $4, u.rank FROM r,
          (VALUES ($2::uuid, $3::uuid, 1), ($3::uuid, $2::uuid, 2)) AS u(unit_id, reviewer, rank) RETURNING id, unit_id)
     INSERT INTO assessment_score (unit_assessment_id, criterion_id, self_value, self_score, reviewed_value,
        reviewed_score, final_value, final_score)
       SELECT a.id, $6, v, v, v, v, v, v FROM a, LATERAL (SELECT CASE WHEN a.unit_id = $2 THEN 90 ELSE 60 END AS v) t`,
    [blockId, unitId, xId, status, stage === 'locked' ? 'locked' : 'open', criterionId],
  );
  return blockId;
}

async function withCovenant(db: Database, blockId: string): Promise<string> {
  if (blockId === MISSING) return MISSING;
  await db.pool.query(
    `WITH f AS (INSERT INTO stored_file (owner_kind, owner_id, original_name, extension, mime_type, size_bytes, sha256, content)
        VALUES ('emulation-block', $1, 'giao-uoc.txt', 'txt', 'text/plain', 3, 'x', '\\x616263'::bytea) RETURNING id)
     UPDATE emulation_block SET covenant_file_id = f.id FROM f WHERE emulation_block.id = $1`,
    [blockId],
  );
  return blockId;
}

/** The block's one hand-scored criterion; with `file`, the unit's sheet has an evidence file for it. */
async function criterionOf(db: Database, blockId: string, unitId: string, file = false): Promise<string> {
  if (blockId === MISSING) return MISSING;
  const { rows } = await db.pool.query(
    `SELECT c.id FROM score_criterion c JOIN score_sheet s ON s.id = c.sheet_id
      WHERE s.block_id = $1 AND c.kind = 'manual'`,
    [blockId],
  );
  const criterionId: string = rows[0].id;
  if (file) {
    await db.pool.query(
      `WITH a AS (SELECT ua.id FROM unit_assessment ua JOIN assessment_round r ON r.id = ua.round_id
                   WHERE r.block_id = $1 AND ua.unit_id = $2),
        f AS (INSERT INTO stored_file (owner_kind, owner_id, original_name, extension, mime_type, size_bytes, sha256, content)
              SELECT 'unit-assessment', a.id, 'minh-chung.txt', 'txt', 'text/plain', 3, 'x', '\\x616263'::bytea FROM a
              RETURNING id, owner_id)
       UPDATE assessment_score SET evidence_file_id = f.id FROM f
        WHERE assessment_score.unit_assessment_id = f.owner_id AND assessment_score.criterion_id = $3`,
      [blockId, unitId, criterionId],
    );
  }
  return criterionId;
}

function txtForm(): FormData {
  const form = new FormData();
  form.set('file', new Blob(['Giao ước thi đua năm 2025']), 'giao-uoc.txt');
  return form;
}

/** Rows of the access matrix for the blocks routes; every call builds fresh records of the given unit. */
export function blocksMatrixRows(db: () => Database): MatrixRow[] {
  const block = (id: string, stage?: Stage) => blockOf(db(), id, stage);
  const url = (blockId: string, suffix = '') => `/api/blocks/${blockId}${suffix}`;
  return [
    {
      method: 'GET',
      url: '/api/blocks',
      permission: 'block.read',
      call: (c) => c.get('/api/blocks?year=2025'),
    },
    {
      method: 'POST',
      url: '/api/blocks',
      permission: 'block.manage',
      target: 'unit',
      call: (c, id) =>
        c.post('/api/blocks', {
          kind: 'cluster',
          name: `Cụm thử ${++seq}`,
          year: 2025,
          organiserUnitId: id,
          headUnitId: null,
          deputyUnitId: null,
          memberUnitIds: [id],
        }),
    },
    {
      method: 'GET',
      url: '/api/blocks/:id',
      permission: 'block.read',
      target: 'unit',
      call: async (c, id) => c.get(url(await block(id))),
    },
    {
      method: 'PUT',
      url: '/api/blocks/:id',
      permission: 'block.manage',
      target: 'unit',
      call: async (c, id) => {
        const blockId = await block(id);
        return c.put(url(blockId), {
          kind: 'block',
          name: `Khối đã sửa ${++seq}`,
          year: 2025,
          headUnitId: null,
          deputyUnitId: null,
          showDetailsToMembers: true,
          memberUnitIds: [id],
          version: 1,
        });
      },
    },
    {
      method: 'POST',
      url: '/api/blocks/:id/covenant',
      permission: 'block.manage',
      target: 'unit',
      call: async (c, id) => c.request('POST', url(await block(id), '/covenant'), txtForm()),
    },
    {
      method: 'GET',
      url: '/api/blocks/:id/covenant',
      permission: 'block.read',
      target: 'unit',
      call: async (c, id) => c.get(url(await withCovenant(db(), await block(id)), '/covenant')),
    },
    {
      method: 'GET',
      url: '/api/blocks/:id/sheet',
      permission: 'block.read',
      target: 'unit',
      call: async (c, id) => c.get(url(await block(id), '/sheet')),
    },
    {
      method: 'PUT',
      url: '/api/blocks/:id/sheet',
      permission: 'block.manage',
      target: 'unit',
      call: async (c, id) =>
        c.put(url(await block(id), '/sheet'), {
          version: 1,
          title: 'Bảng mới',
          maxPoints: 10,
          criteria: [
            { key: 'a', parentKey: null, code: '1', name: 'Tiêu chí', kind: 'manual', maxPoints: 10 },
          ],
        }),
    },
    {
      method: 'POST',
      url: '/api/blocks/:id/sheet/copy',
      permission: 'block.manage',
      target: 'unit',
      call: async (c, id) => {
        const source = await block(id);
        return c.post(url(await block(id), '/sheet/copy'), {
          sourceBlockId: source === MISSING ? undefined : source,
        });
      },
    },
    {
      method: 'PUT',
      url: '/api/blocks/:id/round',
      permission: 'block.manage',
      target: 'unit',
      call: async (c, id) =>
        c.put(url(await block(id), '/round'), {
          version: 0,
          selfDueOn: '2025-12-10',
          reviewDueOn: null,
          explanationDueOn: null,
          finalDueOn: null,
        }),
    },
    {
      method: 'POST',
      url: '/api/blocks/:id/round/remind',
      permission: 'block.manage',
      target: 'unit',
      call: async (c, id) => c.post(url(await block(id, 'open'), '/round/remind')),
    },
    {
      method: 'POST',
      url: '/api/blocks/:id/round/lock',
      permission: 'block.finalize',
      target: 'unit',
      call: async (c, id) => c.post(url(await block(id, 'final'), '/round/lock'), { version: 1 }),
    },
    {
      method: 'GET',
      url: '/api/blocks/:id/assessments/:unitId',
      permission: 'block.read',
      target: 'unit',
      call: async (c, id) => c.get(url(await block(id, 'open'), `/assessments/${id}`)),
    },
    {
      method: 'PUT',
      url: '/api/blocks/:id/assessments/:unitId',
      permission: 'block.assess',
      target: 'unit',
      call: async (c, id) =>
        c.put(url(await block(id, 'open'), `/assessments/${id}`), { step: 'self', version: 1, items: [] }),
    },
    {
      method: 'POST',
      url: '/api/blocks/:id/assessments/:unitId/move',
      permission: 'block.assess',
      target: 'unit',
      call: async (c, id) =>
        c.post(url(await block(id, 'open'), `/assessments/${id}/move`), { action: 'submit', version: 1 }),
    },
    {
      method: 'POST',
      url: '/api/blocks/:id/assessments/:unitId/evidence/:criterionId',
      permission: 'block.assess',
      target: 'unit',
      call: async (c, id) => {
        const blockId = await block(id, 'open');
        const criterionId = await criterionOf(db(), blockId, id);
        return c.request('POST', url(blockId, `/assessments/${id}/evidence/${criterionId}`), txtForm());
      },
    },
    {
      method: 'GET',
      url: '/api/blocks/:id/assessments/:unitId/evidence/:criterionId',
      permission: 'block.read',
      target: 'unit',
      call: async (c, id) => {
        const blockId = await block(id, 'open');
        const criterionId = await criterionOf(db(), blockId, id, true);
        return c.get(url(blockId, `/assessments/${id}/evidence/${criterionId}`));
      },
    },
    {
      method: 'GET',
      url: '/api/blocks/:id/ranking',
      permission: 'block.read',
      target: 'unit',
      call: async (c, id) => c.get(url(await block(id, 'open'), '/ranking')),
    },
    {
      method: 'POST',
      url: '/api/blocks/:id/flag-proposal',
      permission: 'block.finalize',
      target: 'unit',
      call: async (c, id) => c.post(url(await block(id, 'locked'), '/flag-proposal'), { version: 1 }),
    },
    {
      method: 'GET',
      url: '/api/blocks/:id/matrix',
      permission: 'block.read',
      target: 'unit',
      call: async (c, id) => c.get(url(await block(id, 'open'), '/matrix')),
    },
    {
      method: 'GET',
      url: '/api/blocks/:id/matrix.xlsx',
      permission: 'block.read',
      target: 'unit',
      call: async (c, id) => c.get(url(await block(id, 'open'), '/matrix.xlsx')),
    },
    {
      method: 'GET',
      url: '/api/blocks/:id/history',
      permission: 'block.read',
      target: 'unit',
      call: async (c, id) => c.get(url(await block(id, 'locked'), '/history')),
    },
  ];
}
