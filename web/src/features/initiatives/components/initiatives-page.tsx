import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { INITIATIVE_SCOPE_LABELS, type Initiative } from '../../../../../src/shared/api/initiatives';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate, numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import type { InitiativeFilters as Filters } from '../api/initiatives-api';
import { exportUrl } from '../api/initiatives-api';
import { useInitiativeList } from '../hooks/use-initiatives';
import { InitiativeDetailDrawer } from './initiative-detail-drawer';
import { InitiativeFilters } from './initiative-filters';
import { InitiativeFormModal } from './initiative-form-modal';
import { UsedForTags } from './used-for-tags';

const SCOPE_COLORS: Record<Initiative['scope'], string> = {
  grassroots: 'blue',
  province: 'green',
  national: 'red',
};

/** The initiatives register (sổ sáng kiến) of the user's units, newest recognition first. */
export default function InitiativesPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [form, setForm] = useState<{ initiativeId: string | null } | null>(null);
  const { data, isFetching, error } = useInitiativeList(filters, page.page, page.pageSize);
  const openId = params.get('initiative');

  const changeFilters = useCallback((next: Filters) => {
    setFilters(next);
    setPage((previous) => ({ ...previous, page: 1 }));
  }, []);
  const openInitiative = (id: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id) next.set('initiative', id);
      else next.delete('initiative');
      return next;
    });

  const columns: ColumnsType<Initiative> = [
    {
      title: 'Tên sáng kiến',
      dataIndex: 'title',
      width: 320,
      render: (title: string, initiative) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => openInitiative(initiative.id)}
        >
          {title}
        </Button>
      ),
    },
    {
      title: 'Tác giả',
      dataIndex: 'authors',
      responsive: ['sm'],
      render: (authors: Initiative['authors']) => authors.map((a) => a.fullName).join(', '),
    },
    { title: 'Đơn vị', dataIndex: 'unitName', responsive: ['md'] },
    {
      title: 'Phạm vi',
      dataIndex: 'scope',
      width: 110,
      render: (scope: Initiative['scope']) => (
        <Tag color={SCOPE_COLORS[scope]}>{INITIATIVE_SCOPE_LABELS[scope]}</Tag>
      ),
    },
    { title: 'Số quyết định', dataIndex: 'decisionNumber', width: 140, responsive: ['lg'] },
    { title: 'Ngày công nhận', dataIndex: 'recognizedOn', width: 130, render: formatDate },
    {
      title: 'Đã dùng để khen thưởng',
      dataIndex: 'usedFor',
      responsive: ['xl'],
      render: (uses: Initiative['usedFor']) => <UsedForTags uses={uses} compact />,
    },
  ];

  return (
    <>
      <PageHeader
        title="Sáng kiến"
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={exportUrl(filters)} download>
              Xuất Excel
            </Button>
            {can(me.roles, 'initiative.write') && (
              <Button type="primary" onClick={() => setForm({ initiativeId: null })}>
                Thêm sáng kiến
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <InitiativeFilters value={filters} onChange={changeFilters} />
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <Table<Initiative>
          size="small"
          rowKey="id"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 640 }}
          locale={{ emptyText: 'Không có sáng kiến phù hợp' }}
          onChange={(pagination) =>
            setPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 })
          }
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `Tổng số ${numberFormat.format(total)} sáng kiến`,
          }}
        />
      </Card>
      <InitiativeDetailDrawer
        initiativeId={openId}
        onClose={() => openInitiative(null)}
        onEdit={(initiativeId) => setForm({ initiativeId })}
      />
      <InitiativeFormModal
        open={Boolean(form)}
        initiativeId={form?.initiativeId ?? null}
        onClose={() => setForm(null)}
        onSaved={(initiative) => {
          setForm(null);
          openInitiative(initiative.id);
        }}
      />
    </>
  );
}
