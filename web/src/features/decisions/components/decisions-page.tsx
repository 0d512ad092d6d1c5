import { Alert, Button, Card, Segmented, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DecisionListItem, DecisionStatus } from '../../../../../src/shared/api/decisions';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate, numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useDecisionList } from '../hooks/use-decisions';
import { DecisionStatusTag } from './decision-labels';

/** Award decisions: drafts waiting for the chairman's signature first, then issued ones, newest first. */
export default function DecisionsPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [status, setStatus] = useState<DecisionStatus | 'all'>('all');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const { data, isFetching, error } = useDecisionList(
    status === 'all' ? undefined : status,
    page.page,
    page.pageSize,
  );

  const columns: ColumnsType<DecisionListItem> = [
    {
      title: 'Số quyết định',
      key: 'number',
      width: 150,
      render: (_: unknown, d) => (
        <Link to={`/decisions/${d.id}`}>{d.numberText ?? 'Dự thảo (chưa có số)'}</Link>
      ),
    },
    { title: 'Ngày', dataIndex: 'decisionDate', width: 110, render: formatDate },
    { title: 'Trích yếu', dataIndex: 'subject' },
    { title: 'Cơ quan ban hành', dataIndex: 'issuerName', responsive: ['lg'] },
    { title: 'Số người/tập thể', dataIndex: 'entryCount', width: 110, align: 'right', responsive: ['md'] },
    {
      title: 'Tổng tiền thưởng (đồng)',
      dataIndex: 'totalAmount',
      width: 150,
      align: 'right',
      responsive: ['md'],
      render: (v: number) => numberFormat.format(v),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 120,
      render: (s: DecisionStatus) => <DecisionStatusTag status={s} />,
    },
  ];

  return (
    <>
      <PageHeader
        title="Quyết định khen thưởng"
        extra={
          can(me.roles, 'decision.write') && (
            <Button type="primary" onClick={() => navigate('/decisions/new')}>
              Lập dự thảo quyết định
            </Button>
          )
        }
      />
      <Card size="small">
        <Segmented
          style={{ marginBottom: 12 }}
          value={status}
          onChange={(v) => {
            setStatus(v as DecisionStatus | 'all');
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={[
            { value: 'all', label: 'Tất cả' },
            { value: 'draft', label: 'Dự thảo chờ ký' },
            { value: 'issued', label: 'Đã ban hành' },
          ]}
        />
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <Table<DecisionListItem>
          size="small"
          rowKey="id"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 640 }}
          locale={{ emptyText: 'Chưa có quyết định nào' }}
          onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => `Tổng số ${numberFormat.format(total)} quyết định`,
          }}
        />
      </Card>
    </>
  );
}
