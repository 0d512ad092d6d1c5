import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Table, Tabs } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { CouncilSessionSummarySchema } from '../../../../../src/shared/api/council';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useSessions } from '../hooks/use-council';
import { SessionStatusTag } from './council-labels';
import { CreateSessionModal } from './create-session-modal';
import { MembersPanel } from './members-panel';

type Summary = z.infer<typeof CouncilSessionSummarySchema>;

/** Hội đồng Thi đua – Khen thưởng: the sessions (and their ballots), and the members per year. */
export default function CouncilPage() {
  const me = useCurrentUser();
  const canManage = can(me.roles, 'council.manage');
  const sessions = useSessions();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Hội đồng Thi đua – Khen thưởng"
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              Tạo phiên họp
            </Button>
          )
        }
      />
      <Tabs
        items={[
          {
            key: 'sessions',
            label: 'Phiên họp',
            children: (
              <>
                {sessions.error && <Alert type="error" showIcon title={errorMessage(sessions.error)} />}
                <Table<Summary>
                  rowKey="id"
                  loading={sessions.isLoading}
                  dataSource={sessions.data?.items ?? []}
                  pagination={false}
                  locale={{ emptyText: 'Chưa có phiên họp nào.' }}
                  columns={[
                    {
                      title: 'Phiên họp',
                      dataIndex: 'title',
                      render: (title: string, s) => <Link to={`/council/sessions/${s.id}`}>{title}</Link>,
                    },
                    { title: 'Ngày họp', dataIndex: 'heldOn', width: 120, render: formatDate },
                    { title: 'Địa điểm', dataIndex: 'place' },
                    {
                      title: 'Hồ sơ / người',
                      width: 130,
                      render: (_v, s) => `${s.dossierCount} / ${s.nomineeCount}`,
                    },
                    {
                      title: 'Có mặt',
                      width: 100,
                      render: (_v, s) => (s.memberCount ? `${s.presentCount}/${s.memberCount}` : '—'),
                    },
                    {
                      title: 'Trạng thái',
                      dataIndex: 'status',
                      width: 150,
                      render: (status: Summary['status']) => <SessionStatusTag status={status} />,
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'members',
            label: 'Thành viên Hội đồng',
            children: (
              // The year of the latest session by default (remounted once the sessions are loaded).
              <MembersPanel
                key={sessions.data?.items[0]?.year ?? 'now'}
                canManage={canManage}
                defaultYear={sessions.data?.items[0]?.year}
              />
            ),
          },
        ]}
      />
      {canManage && <CreateSessionModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
