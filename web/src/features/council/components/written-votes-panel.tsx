import { Alert, App, Button, Radio, Select, Space, Table } from 'antd';
import { useState } from 'react';
import type { CouncilSession } from '../../../../../src/shared/api/council';
import { errorMessage } from '../../../lib/form-errors';
import type { Choice } from '../api/council-api';
import { useCastWrittenVote } from '../hooks/use-council';

/**
 * The secretary enters the written ballots of absent members, nominee by nominee. The choice is sent
 * once and then forgotten by the page; the server keeps it without the member's name.
 */
export function WrittenVotesPanel({ session }: { session: CouncilSession }) {
  const absent = session.members.filter((m) => !m.present);
  const [userId, setUserId] = useState<string | undefined>(absent[0]?.userId);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [sent, setSent] = useState<Record<string, boolean>>({});
  const cast = useCastWrittenVote(session.id);
  const { message } = App.useApp();
  if (absent.length === 0) {
    return <Alert type="info" showIcon title="Tất cả thành viên đều có mặt: không có phiếu bằng văn bản." />;
  }
  const rows = session.agenda.flatMap((d) => d.nominees.map((n) => ({ ...n, awardName: d.awardName })));
  const key = (nomineeId: string) => `${userId}:${nomineeId}`;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="written-member">Phiếu bằng văn bản của thành viên vắng mặt:</label>
        <Select
          id="written-member"
          style={{ width: 280 }}
          value={userId}
          onChange={(v) => {
            setUserId(v);
            setChoices({});
          }}
          options={absent.map((m) => ({
            value: m.userId,
            label: `${m.name} (đã nhập ${m.votedCount}/${rows.length})`,
          }))}
        />
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: 'Người được đề nghị', dataIndex: 'displayName' },
          { title: 'Hình thức', dataIndex: 'awardName' },
          {
            title: 'Ý kiến ghi trên phiếu',
            render: (_v, n) =>
              sent[key(n.id)] ? (
                'Đã nhập'
              ) : (
                <Radio.Group
                  value={choices[n.id]}
                  onChange={(e) => setChoices({ ...choices, [n.id]: e.target.value })}
                  options={[
                    { value: 'yes', label: 'Đồng ý' },
                    { value: 'no', label: 'Không đồng ý' },
                  ]}
                />
              ),
          },
          {
            title: '',
            width: 120,
            render: (_v, n) =>
              !sent[key(n.id)] && (
                <Button
                  disabled={!choices[n.id] || !userId}
                  loading={cast.isPending}
                  onClick={async () => {
                    try {
                      await cast.mutateAsync({ userId: userId!, nomineeId: n.id, choice: choices[n.id]! });
                      setSent({ ...sent, [key(n.id)]: true });
                      setChoices({ ...choices, [n.id]: undefined as never });
                      message.success('Đã nhập phiếu bằng văn bản.');
                    } catch (e) {
                      message.error(errorMessage(e));
                    }
                  }}
                >
                  Nhập phiếu
                </Button>
              ),
          },
        ]}
      />
    </Space>
  );
}
