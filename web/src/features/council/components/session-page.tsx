import { ArrowLeftOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Descriptions, Flex, Modal, Result, Skeleton, Table, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { COUNCIL_POSITION_LABELS, type CouncilSession } from '../../../../../src/shared/api/council';
import { ApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { minutesUrl } from '../api/council-api';
import { useCloseSession, useOpenSession, useSession, useTallySession } from '../hooks/use-council';
import { SessionStatusTag } from './council-labels';
import { ResultsTable } from './results-table';
import { VotingPanel } from './voting-panel';
import { WrittenVotesPanel } from './written-votes-panel';

/** One council session: opening with attendance, the ballot, written votes, tally, minutes, closing. */
export default function SessionPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const { data: session, isLoading, error } = useSession(id);
  usePageTitle(session ? session.title : 'Phiên họp Hội đồng');
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Result
        status="404"
        title="Không tìm thấy phiên họp"
        subTitle="Phiên họp không tồn tại hoặc bạn không thuộc Hội đồng của phiên họp này."
        extra={<Link to="/council">Về Hội đồng Thi đua – Khen thưởng</Link>}
      />
    );
  }
  const canManage = can(me.roles, 'council.manage');
  const myself = session?.members.find((m) => m.userId === me.id);
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <Link to="/council">
          <ArrowLeftOutlined aria-hidden /> Về Hội đồng Thi đua – Khen thưởng
        </Link>
      </div>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {session && (
        <>
          <div className="page-header" style={{ alignItems: 'flex-start' }}>
            <div style={{ flex: '1 1 320px', minWidth: 0 }}>
              <h1 style={{ fontSize: 18, lineHeight: 1.4 }}>{session.title}</h1>
              <Flex gap={8} wrap align="center" style={{ marginTop: 6 }}>
                <SessionStatusTag status={session.status} />
                <span>
                  {formatDate(session.heldOn)} · {session.place} · {session.dossierCount} hồ sơ,{' '}
                  {session.nomineeCount} người được đề nghị
                </span>
              </Flex>
            </div>
            <SessionActions
              session={session}
              canManage={canManage}
              canClose={can(me.roles, 'council.close')}
            />
          </div>
          {session.status === 'planned' && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`Phiên họp chưa khai mạc. Cần ít nhất ${session.quorumNeeded ?? '…'} trong ${session.roster.length} thành viên có mặt.`}
            />
          )}
          <Tabs items={tabsOf(session, canManage, myself, can(me.roles, 'council.writtenVote'))} />
        </>
      )}
    </>
  );
}

function tabsOf(
  session: CouncilSession,
  canManage: boolean,
  myself: CouncilSession['members'][number] | undefined,
  canWritten: boolean,
) {
  const tabs = [];
  if (session.status === 'open' && myself) {
    tabs.push({
      key: 'vote',
      label: 'Bỏ phiếu',
      children: myself.present ? (
        <VotingPanel session={session} />
      ) : (
        <Alert
          type="info"
          showIcon
          title="Bạn được ghi nhận vắng mặt: phiếu bằng văn bản của bạn do Thư ký Hội đồng nhập."
        />
      ),
    });
  }
  if (session.status === 'open' && canWritten) {
    tabs.push({
      key: 'written',
      label: 'Phiếu bằng văn bản',
      children: <WrittenVotesPanel session={session} />,
    });
  }
  if (session.status === 'tallied' || session.status === 'closed') {
    tabs.push({ key: 'results', label: 'Kết quả kiểm phiếu', children: <ResultsTable session={session} /> });
  }
  tabs.push({ key: 'agenda', label: 'Hồ sơ trình Hội đồng', children: <AgendaTable session={session} /> });
  if (session.status !== 'planned' && (canManage || myself)) {
    tabs.push({
      key: 'members',
      label: 'Thành phần, tiến độ',
      children: <MembersProgress session={session} />,
    });
  }
  return tabs;
}

function AgendaTable({ session }: { session: CouncilSession }) {
  const rows = session.agenda.flatMap((d) => d.nominees.map((n) => ({ ...n, dossier: d })));
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: 'Phiên họp chưa có hồ sơ.' }}
      columns={[
        { title: 'Người được đề nghị', dataIndex: 'displayName' },
        { title: 'Đơn vị đề nghị', render: (_v, n) => n.dossier.unitName },
        { title: 'Hình thức', render: (_v, n) => n.dossier.awardName },
        { title: 'Tóm tắt thành tích', dataIndex: 'achievementSummary' },
        { title: 'Số phiếu đã bỏ', dataIndex: 'votesCast', width: 130 },
      ]}
    />
  );
}

function MembersProgress({ session }: { session: CouncilSession }) {
  return (
    <Table
      rowKey="userId"
      size="small"
      pagination={false}
      dataSource={session.members}
      columns={[
        { title: 'Thành viên', dataIndex: 'name' },
        { title: 'Chức danh', render: (_v, m) => COUNCIL_POSITION_LABELS[m.position] },
        { title: 'Có mặt', render: (_v, m) => (m.present ? 'Có mặt' : 'Vắng (phiếu bằng văn bản)') },
        { title: 'Đã bỏ phiếu', render: (_v, m) => `${m.votedCount}/${session.nomineeCount}` },
      ]}
    />
  );
}

function SessionActions({
  session,
  canManage,
  canClose,
}: {
  session: CouncilSession;
  canManage: boolean;
  canClose: boolean;
}) {
  const [opening, setOpening] = useState(false);
  const tally = useTallySession(session.id);
  const close = useCloseSession(session.id);
  const { modal, message } = App.useApp();
  return (
    <Flex gap={8} wrap>
      {(session.status === 'tallied' || session.status === 'closed') && (
        <>
          <Button href={minutesUrl(session.id, 'minutes')} icon={<FileWordOutlined aria-hidden />}>
            Biên bản họp (Word)
          </Button>
          <Button href={minutesUrl(session.id, 'tally')} icon={<FileWordOutlined aria-hidden />}>
            Biên bản kiểm phiếu (Word)
          </Button>
        </>
      )}
      {canManage && session.status === 'planned' && (
        <Button type="primary" onClick={() => setOpening(true)}>
          Khai mạc phiên họp
        </Button>
      )}
      {canManage && session.status === 'open' && (
        <Button
          type="primary"
          loading={tally.isPending}
          onClick={() =>
            modal.confirm({
              title: 'Kết thúc bỏ phiếu và kiểm phiếu?',
              content: 'Sau khi kiểm phiếu, không ai bỏ phiếu thêm được nữa.',
              okText: 'Kiểm phiếu',
              cancelText: 'Chưa',
              onOk: () =>
                tally.mutateAsync(session.version).then(
                  () => message.success('Đã kiểm phiếu.'),
                  (e) => message.error(errorMessage(e)),
                ),
            })
          }
        >
          Kiểm phiếu
        </Button>
      )}
      {canClose && session.status === 'tallied' && (
        <Button
          type="primary"
          loading={close.isPending}
          onClick={() =>
            modal.confirm({
              title: 'Kết thúc phiên họp?',
              content:
                'Hồ sơ có người đạt sẽ chuyển sang bước công khai (một thông báo công khai nháp được tạo để kiểm tra và đăng); hồ sơ không có ai đạt sẽ chuyển sang “Không khen thưởng”.',
              okText: 'Kết thúc phiên họp',
              cancelText: 'Chưa',
              onOk: () =>
                close.mutateAsync(session.version).then(
                  (r) =>
                    message.success(
                      `Đã kết thúc: ${r.published} hồ sơ chuyển công khai, ${r.rejected} hồ sơ không khen thưởng.`,
                    ),
                  (e) => message.error(errorMessage(e)),
                ),
            })
          }
        >
          Kết thúc phiên họp
        </Button>
      )}
      {opening && <OpenSessionModal session={session} onClose={() => setOpening(false)} />}
    </Flex>
  );
}

function OpenSessionModal({ session, onClose }: { session: CouncilSession; onClose: () => void }) {
  const [present, setPresent] = useState<string[]>(session.roster.map((m) => m.userId));
  const open = useOpenSession(session.id);
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  return (
    <Modal
      open
      title="Khai mạc phiên họp: điểm danh thành viên"
      okText="Khai mạc"
      cancelText="Hủy"
      confirmLoading={open.isPending}
      onCancel={onClose}
      onOk={async () => {
        setError(null);
        try {
          await open.mutateAsync({ version: session.version, presentUserIds: present });
          message.success('Đã khai mạc phiên họp. Thành viên có thể bỏ phiếu.');
          onClose();
        } catch (e) {
          setError(errorMessage(e));
        }
      }}
    >
      {session.roster.length === 0 ? (
        <Alert type="warning" showIcon title={`Hội đồng năm ${session.year} chưa có thành viên.`} />
      ) : (
        <>
          <p>
            Đánh dấu thành viên có mặt (cần ít nhất {session.quorumNeeded}/{session.roster.length}). Thành
            viên vắng mặt gửi phiếu bằng văn bản, Thư ký nhập sau. Thành phần Hội đồng được cố định khi khai
            mạc.
          </p>
          <Checkbox.Group value={present} onChange={(v) => setPresent(v as string[])}>
            <Descriptions column={1} size="small" bordered>
              {session.roster.map((m) => (
                <Descriptions.Item key={m.userId} label={COUNCIL_POSITION_LABELS[m.position]}>
                  <Checkbox value={m.userId}>{m.name}</Checkbox>
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Checkbox.Group>
          <p style={{ marginTop: 8 }}>
            Có mặt: {present.length}/{session.roster.length}
          </p>
        </>
      )}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
