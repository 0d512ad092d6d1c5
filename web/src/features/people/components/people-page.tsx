import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PersonListItem } from '../../../../../src/shared/api/people';
import { RATING_LABELS, SEX_LABELS, STAFF_TYPE_LABELS } from '../../../../../src/shared/codes';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate, numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import type { PersonFilters } from '../api/people-api';
import { exportUrl } from '../api/people-api';
import { usePeopleList } from '../hooks/use-people';
import { ImportWizard } from './import-wizard';
import { PeopleFilters } from './people-filters';
import { PersonDetailDrawer } from './person-detail-drawer';
import { PersonFormModal } from './person-form-modal';

type SortKey = PersonFilters['sort'];

function sortOrder(sort: SortKey, column: 'fullName' | 'unitName' | 'recruitedOn') {
  if (column === 'fullName') return sort === 'name' ? 'ascend' : sort === '-name' ? 'descend' : null;
  if (column === 'unitName') return sort === 'unit' ? 'ascend' : null;
  return sort === 'recruitedOn' ? 'ascend' : sort === '-recruitedOn' ? 'descend' : null;
}

function toSort(sorter: SorterResult<PersonListItem>): SortKey {
  const descending = sorter.order === 'descend';
  if (!sorter.order) return 'name';
  if (sorter.field === 'unitName') return 'unit';
  if (sorter.field === 'recruitedOn') return descending ? '-recruitedOn' : 'recruitedOn';
  return descending ? '-name' : 'name';
}

export default function PeoplePage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<PersonFilters>({ includeSubunits: true, sort: 'name' });
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [form, setForm] = useState<{ personId: string | null } | null>(null);
  const [isImportOpen, setImportOpen] = useState(false);
  const { data, isFetching, error } = usePeopleList(filters, page.page, page.pageSize);
  const openPersonId = params.get('person');

  const changeFilters = useCallback((next: PersonFilters) => {
    setFilters(next);
    setPage((previous) => ({ ...previous, page: 1 }));
  }, []);
  const openPerson = (id: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id) next.set('person', id);
      else next.delete('person');
      return next;
    });

  const columns: ColumnsType<PersonListItem> = [
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'fullName'),
      render: (name: string, person) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => openPerson(person.id)}
        >
          {name}
        </Button>
      ),
    },
    {
      title: 'Giới tính',
      dataIndex: 'sex',
      width: 90,
      render: (sex: PersonListItem['sex']) => SEX_LABELS[sex],
    },
    { title: 'Ngày sinh', dataIndex: 'birthDate', width: 110, responsive: ['md'], render: formatDate },
    { title: 'Chức vụ', dataIndex: 'position', responsive: ['lg'] },
    {
      title: 'Loại cán bộ',
      dataIndex: 'staffType',
      responsive: ['xl'],
      render: (type: PersonListItem['staffType']) => STAFF_TYPE_LABELS[type],
    },
    {
      title: 'Đơn vị',
      dataIndex: 'unitName',
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'unitName'),
      responsive: ['sm'],
    },
    {
      title: 'Ngày tuyển dụng',
      dataIndex: 'recruitedOn',
      width: 130,
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'recruitedOn'),
      responsive: ['lg'],
      render: formatDate,
    },
    {
      title: 'Xếp loại gần nhất',
      dataIndex: 'latestRating',
      responsive: ['xl'],
      render: (latest: PersonListItem['latestRating']) =>
        latest ? `${latest.year}: ${RATING_LABELS[latest.rating]}` : '',
    },
  ];

  return (
    <>
      <PageHeader
        title="Cán bộ"
        extra={
          <>
            {can(me.roles, 'person.export') && (
              <Button icon={<DownloadOutlined />} href={exportUrl(filters)} download>
                Xuất Excel
              </Button>
            )}
            {can(me.roles, 'person.import') && (
              <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
                Nhập từ Excel
              </Button>
            )}
            {can(me.roles, 'person.write') && (
              <Button type="primary" onClick={() => setForm({ personId: null })}>
                Thêm cán bộ
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <PeopleFilters value={filters} onChange={changeFilters} />
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <Table<PersonListItem>
          size="small"
          rowKey="id"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 640 }}
          locale={{ emptyText: 'Không có cán bộ phù hợp' }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') {
              const single = Array.isArray(sorter) ? sorter[0] : sorter;
              changeFilters({ ...filters, sort: toSort(single) });
            } else {
              setPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
            }
          }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `Tổng số ${numberFormat.format(total)} cán bộ`,
          }}
        />
      </Card>
      <PersonDetailDrawer
        personId={openPersonId}
        onClose={() => openPerson(null)}
        onEdit={(personId) => setForm({ personId })}
      />
      <PersonFormModal
        open={Boolean(form)}
        personId={form?.personId ?? null}
        onClose={() => setForm(null)}
        onSaved={(person) => {
          setForm(null);
          openPerson(person.id);
        }}
      />
      <ImportWizard open={isImportOpen} onClose={() => setImportOpen(false)} />
    </>
  );
}
