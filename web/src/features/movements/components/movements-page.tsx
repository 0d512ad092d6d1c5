import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { MOVEMENT_KIND_LABELS } from '../../../../../src/shared/api/movements';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate, numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import type { MovementFilters as Filters, MovementListItem } from '../api/movements-api';
import { useMovementList } from '../hooks/use-movements';
import { MovementEditorDrawer } from './movement-editor-drawer';
import { MovementFilters } from './movement-filters';
import { formatInstantDate, MovementStatusTag } from './movement-labels';

/** The emulation movements organised by the user's units or with one of them taking part. */
export default function MovementsPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editor, setEditor] = useState<'document' | 'blank' | null>(null);
  const { data, isFetching, error } = useMovementList(filters, page.page, page.pageSize);

  const changeFilters = useCallback((next: Filters) => {
    setFilters(next);
    setPage((previous) => ({ ...previous, page: 1 }));
  }, []);

  const columns: ColumnsType<MovementListItem> = [
    {
      title: 'Tên phong trào',
      dataIndex: 'title',
      render: (title: string, movement) => <Link to={`/movements/${movement.id}`}>{title}</Link>,
    },
    {
      title: 'Loại',
      dataIndex: 'kind',
      width: 120,
      responsive: ['lg'],
      render: (kind: MovementListItem['kind']) => MOVEMENT_KIND_LABELS[kind],
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 115,
      render: (status: MovementListItem['status']) => <MovementStatusTag status={status} />,
    },
    { title: 'Đơn vị tổ chức', dataIndex: 'unitName', width: 160, responsive: ['xl'] },
    {
      title: 'Văn bản phát động',
      key: 'document',
      width: 150,
      responsive: ['md'],
      render: (_: unknown, movement) =>
        movement.docNumber || movement.docDate ? (
          <>
            {movement.docNumber ?? 'Không số'}
            {movement.docDate && <div>ngày {formatDate(movement.docDate)}</div>}
          </>
        ) : (
          '—'
        ),
    },
    {
      title: 'Đơn vị tham gia',
      dataIndex: 'participantCount',
      width: 90,
      align: 'right',
      responsive: ['sm'],
      render: (count: number) => numberFormat.format(count),
    },
    {
      title: 'Ngày phát động',
      dataIndex: 'launchedAt',
      width: 105,
      responsive: ['sm'],
      render: (launchedAt: string | null) => formatInstantDate(launchedAt) || '—',
    },
  ];

  return (
    <>
      <PageHeader
        title="Phong trào thi đua"
        extra={
          can(me.roles, 'movement.write') && (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setEditor('blank')}>
                Tạo mới
              </Button>
              <Button type="primary" icon={<FileTextOutlined />} onClick={() => setEditor('document')}>
                Tạo từ văn bản phát động
              </Button>
            </>
          )
        }
      />
      <Card size="small">
        <MovementFilters value={filters} onChange={changeFilters} />
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <Table<MovementListItem>
          size="small"
          rowKey="id"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          // antd's grey placeholder text falls short of 4.5:1 contrast.
          locale={{
            emptyText: <span style={{ color: '#595959' }}>Không có phong trào thi đua phù hợp</span>,
          }}
          onChange={(pagination) =>
            setPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 })
          }
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `Tổng số ${numberFormat.format(total)} phong trào`,
          }}
        />
      </Card>
      <MovementEditorDrawer
        open={editor !== null}
        mode={editor ?? 'blank'}
        movementId={null}
        onClose={() => setEditor(null)}
        onSaved={(movement) => {
          setEditor(null);
          navigate(`/movements/${movement.id}`);
        }}
      />
    </>
  );
}
