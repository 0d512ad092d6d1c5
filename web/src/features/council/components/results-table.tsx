import { Table } from 'antd';
import type { CouncilSession } from '../../../../../src/shared/api/council';
import { OutcomeTag } from './council-labels';

/** The tally: per nominee, ballots against the threshold over all members who may vote. */
export function ResultsTable({ session }: { session: CouncilSession }) {
  const rows = session.agenda.flatMap((d) =>
    d.nominees.map((n) => ({ ...n, awardName: d.awardName, dossierUnit: d.unitName })),
  );
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 900 }}
      columns={[
        { title: 'STT', width: 56, render: (_v, _r, i) => i + 1 },
        { title: 'Người được đề nghị', dataIndex: 'displayName' },
        { title: 'Đơn vị', render: (_v, n) => n.unitName ?? n.dossierUnit },
        { title: 'Hình thức', dataIndex: 'awardName' },
        { title: 'Đồng ý', width: 80, render: (_v, n) => n.result?.yes ?? '—' },
        { title: 'Không đồng ý', width: 110, render: (_v, n) => n.result?.no ?? '—' },
        { title: 'Không bỏ phiếu', width: 120, render: (_v, n) => n.result?.notVoted ?? '—' },
        {
          title: 'Cần (trên tổng số)',
          width: 150,
          render: (_v, n) =>
            n.result
              ? `${n.result.needed}/${n.result.eligibleMembers} (${n.result.thresholdRule === 'at-least' ? '≥' : '>'} ${n.result.thresholdPercent}%)`
              : '—',
        },
        {
          title: 'Kết quả',
          width: 110,
          render: (_v, n) => (n.result ? <OutcomeTag passed={n.result.passed} /> : '—'),
        },
      ]}
    />
  );
}
