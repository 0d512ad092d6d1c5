import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { formatDate } from '../../../lib/format';
import { StatusTag } from '../../../lib/status-tag';
import type { LawAward } from '../api/law-api';
import { AWARD_CLASS_LABELS, recipientKinds } from './law-format';

function Criteria({ award }: { award: LawAward }) {
  return (
    <div>
      {award.note && (
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          <Typography.Text strong>Ghi chú: </Typography.Text>
          {award.note}
        </Typography.Paragraph>
      )}
      <Typography.Text strong>Tiêu chuẩn</Typography.Text>
      <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {award.criteria.map((c) => (
          <li key={c.id} style={{ marginBottom: 4 }}>
            {c.label} {c.isQualitative && <StatusTag tone="warning">cần xác nhận</StatusTag>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The titles and forms the catalogue knows, with their legal source and period. */
export function AwardsTable({ awards, loading }: { awards: LawAward[]; loading: boolean }) {
  const columns: ColumnsType<LawAward> = [
    {
      title: 'Danh hiệu, hình thức',
      dataIndex: 'name',
      width: 280,
      render: (name: string, award) => (
        <Flex gap={6} wrap align="center">
          <span>{name}</span>
          {!award.verified && <StatusTag tone="warning">Chưa kiểm chứng</StatusTag>}
        </Flex>
      ),
    },
    {
      title: 'Loại',
      dataIndex: 'awardClass',
      width: 170,
      responsive: ['md'],
      render: (value: string) => AWARD_CLASS_LABELS[value] ?? value,
    },
    { title: 'Đối tượng', dataIndex: 'kinds', width: 170, render: recipientKinds },
    { title: 'Căn cứ pháp lý', dataIndex: 'source', responsive: ['sm'] },
    { title: 'Hiệu lực từ', dataIndex: 'effectiveFrom', width: 110, render: formatDate },
    {
      title: 'Hiệu lực đến',
      dataIndex: 'effectiveTo',
      width: 110,
      render: (to: string | null) => (to ? formatDate(to) : '—'),
    },
  ];
  return (
    <Table<LawAward>
      size="small"
      rowKey={(award) => `${award.code}@${award.effectiveFrom}`}
      loading={loading}
      columns={columns}
      dataSource={awards}
      scroll={{ x: 760 }}
      pagination={false}
      locale={{ emptyText: <span style={{ color: '#595959' }}>Chưa có danh hiệu, hình thức nào</span> }}
      expandable={{
        columnTitle: <span className="visually-hidden">Xem tiêu chuẩn</span>,
        expandedRowRender: (award) => <Criteria award={award} />,
      }}
    />
  );
}
