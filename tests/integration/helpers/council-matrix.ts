import type { Permission } from '../../../src/domain/access/permissions';
import type { Database } from '../../../src/server/db/client';
import {
  commentIn,
  councilDossier,
  councilMemberRow,
  councilSessionIn,
  councilUser,
  MISSING,
  noticeIn,
  userIdOf,
} from './council-fixtures';
import type { Client } from './harness';

/** Public pages without sign-in: tested in public-notice.test.ts (no sensitive field, rate limit, challenge). */
export const PUBLIC_NOTICE_ROUTES = [
  'GET /api/public/notices',
  'GET /api/public/notices/:id',
  'GET /api/public/notices/:id/challenge',
  'POST /api/public/notices/:id/comments',
];

/** The access matrix's row shape (tests/integration/access-matrix.test.ts). */
interface MatrixRow {
  method: string;
  url: string;
  permission: Permission;
  target?: 'unit';
  call: (c: Client, id: string) => Promise<{ status: number }>;
}

/**
 * Council and public-notice rows of the access matrix. Every call builds fresh records of the unit it is
 * given (own A, sibling B, parent P or a missing id); callers all sit in A. Votes need the caller in the
 * frozen membership: only the own unit's session has them (another unit's session stays unreachable).
 */
export function councilMatrixRows(db: () => Database, ownUnit: () => string): MatrixRow[] {
  let nextYear = 2030;
  return [
    {
      method: 'GET',
      url: '/api/council/members',
      permission: 'council.read',
      call: (c) => c.get('/api/council/members?year=2025'),
    },
    {
      method: 'GET',
      url: '/api/council/candidates',
      permission: 'council.manage',
      call: (c) => c.get('/api/council/candidates'),
    },
    {
      method: 'POST',
      url: '/api/council/members',
      permission: 'council.manage',
      target: 'unit',
      call: async (c, id) =>
        c.post('/api/council/members', {
          year: 2025,
          position: 'member',
          userId: id === MISSING ? crypto.randomUUID() : await councilUser(db(), id),
        }),
    },
    {
      method: 'DELETE',
      url: '/api/council/members/:id',
      permission: 'council.manage',
      target: 'unit',
      call: async (c, id) => {
        const memberId =
          id === MISSING ? MISSING : await councilMemberRow(db(), id, await councilUser(db(), id));
        return c.request('DELETE', `/api/council/members/${memberId}`);
      },
    },
    {
      method: 'GET',
      url: '/api/council/ready-dossiers',
      permission: 'council.manage',
      call: (c) => c.get('/api/council/ready-dossiers'),
    },
    {
      method: 'GET',
      url: '/api/council/sessions',
      permission: 'council.read',
      call: (c) => c.get('/api/council/sessions'),
    },
    {
      method: 'POST',
      url: '/api/council/sessions',
      permission: 'council.manage',
      target: 'unit',
      call: async (c, id) =>
        c.post('/api/council/sessions', {
          year: 2025,
          title: 'Phiên họp xét khen thưởng năm 2025',
          heldOn: '2025-12-20',
          place: 'Hội trường UBND',
          dossierIds: [id === MISSING ? MISSING : (await councilDossier(db(), id)).dossierId],
        }),
    },
    {
      method: 'GET',
      url: '/api/council/sessions/:id',
      permission: 'council.read',
      target: 'unit',
      call: async (c, id) =>
        c.get(`/api/council/sessions/${(await councilSessionIn(db(), id, 'planned')).sessionId}`),
    },
    {
      method: 'POST',
      url: '/api/council/sessions/:id/open',
      permission: 'council.manage',
      target: 'unit',
      call: async (c, id) => {
        // A year of its own, so the council has exactly the one member marked present.
        const year = nextYear++;
        const { sessionId } = await councilSessionIn(db(), id, 'planned', { year });
        const member = id === MISSING ? MISSING : await councilUser(db(), id);
        if (id !== MISSING) await councilMemberRow(db(), id, member, year);
        return c.post(`/api/council/sessions/${sessionId}/open`, { version: 1, presentUserIds: [member] });
      },
    },
    {
      method: 'POST',
      url: '/api/council/sessions/:id/votes',
      permission: 'council.vote',
      target: 'unit',
      call: async (c, id) => {
        const me = await userIdOf(c);
        const members = id === ownUnit() ? [me] : [];
        const { sessionId, nomineeId } = await councilSessionIn(db(), id, 'open', { members });
        return c.post(`/api/council/sessions/${sessionId}/votes`, { nomineeId, choice: 'yes' });
      },
    },
    {
      method: 'POST',
      url: '/api/council/sessions/:id/written-votes',
      permission: 'council.writtenVote',
      target: 'unit',
      call: async (c, id) => {
        const absent = id === MISSING ? MISSING : await councilUser(db(), id);
        const members = id === MISSING ? [] : [absent];
        const { sessionId, nomineeId } = await councilSessionIn(db(), id, 'open', {
          members,
          absent: members,
        });
        return c.post(`/api/council/sessions/${sessionId}/written-votes`, {
          nomineeId,
          choice: 'no',
          userId: absent,
        });
      },
    },
    {
      method: 'POST',
      url: '/api/council/sessions/:id/tally',
      permission: 'council.manage',
      target: 'unit',
      call: async (c, id) => {
        const members = id === MISSING ? [] : [await councilUser(db(), id)];
        const { sessionId } = await councilSessionIn(db(), id, 'open', { members });
        return c.post(`/api/council/sessions/${sessionId}/tally`, { version: 1 });
      },
    },
    ...(['minutes.docx', 'tally-report.docx'] as const).map(
      (file): MatrixRow => ({
        method: 'GET',
        url: `/api/council/sessions/:id/${file}`,
        permission: 'council.read',
        target: 'unit',
        call: async (c, id) =>
          c.get(`/api/council/sessions/${(await councilSessionIn(db(), id, 'tallied')).sessionId}/${file}`),
      }),
    ),
    {
      method: 'POST',
      url: '/api/council/sessions/:id/close',
      permission: 'council.close',
      target: 'unit',
      call: async (c, id) => {
        const { sessionId } = await councilSessionIn(db(), id, 'tallied');
        return c.post(`/api/council/sessions/${sessionId}/close`, { version: 1 });
      },
    },
    {
      method: 'GET',
      url: '/api/public-notices',
      permission: 'publicNotice.manage',
      call: (c) => c.get('/api/public-notices'),
    },
    {
      method: 'GET',
      url: '/api/public-notices/:id',
      permission: 'publicNotice.manage',
      target: 'unit',
      call: async (c, id) => c.get(`/api/public-notices/${(await noticeIn(db(), id)).noticeId}`),
    },
    {
      method: 'PUT',
      url: '/api/public-notices/:id',
      permission: 'publicNotice.manage',
      target: 'unit',
      call: async (c, id) =>
        c.put(`/api/public-notices/${(await noticeIn(db(), id)).noticeId}`, {
          version: 1,
          title: 'Công khai danh sách đề nghị khen thưởng năm 2025',
          description: '',
          startsOn: '2025-12-20',
          endsOn: '2025-12-31',
        }),
    },
    {
      method: 'POST',
      url: '/api/public-notices/:id/publish',
      permission: 'publicNotice.manage',
      target: 'unit',
      call: async (c, id) =>
        c.post(`/api/public-notices/${(await noticeIn(db(), id)).noticeId}/publish`, { version: 1 }),
    },
    {
      method: 'POST',
      url: '/api/public-notices/:id/withdraw',
      permission: 'publicNotice.manage',
      target: 'unit',
      call: async (c, id) =>
        c.post(`/api/public-notices/${(await noticeIn(db(), id, 'published')).noticeId}/withdraw`, {
          version: 1,
        }),
    },
    {
      method: 'GET',
      url: '/api/public-comments',
      permission: 'publicNotice.manage',
      call: (c) => c.get('/api/public-comments?status=pending'),
    },
    {
      method: 'POST',
      url: '/api/public-comments/:id/moderate',
      permission: 'publicNotice.manage',
      target: 'unit',
      call: async (c, id) =>
        c.post(`/api/public-comments/${await commentIn(db(), id)}/moderate`, {
          version: 1,
          status: 'approved',
        }),
    },
  ];
}
