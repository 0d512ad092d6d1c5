import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Select, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { DOSSIER_TRACK_LABELS } from '../../../../../src/shared/dossier-codes';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate, numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { StatusTag } from '../../../lib/status-tag';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import type { DossierFilters, DossierListItem } from '../api/dossiers-api';
import { useDossierList } from '../hooks/use-dossiers';
import { DossierStatusTag, stateOptions, trackOptions, yearOptions } from './dossier-labels';

/** Nomination dossiers of the user's units; `/dossiers/overdue` opens it on the overdue ones. */
export default function DossiersPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const overduePage = location.pathname.endsWith('/overdue');
  const [filters, setFilters] = useState<DossierFilters>({ overdue: overduePage || undefined });
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const effective = { ...filters, overdue: overduePage || filters.overdue };
  const { data, isFetching, error } = useDossierList(effective, page.page, page.pageSize);
  const change = (next: Partial<DossierFilters>) => {
    setFilters((previous) => ({ ...previous, ...next }));
    setPage((previous) => ({ ...previous, page: 1 }));
  };

  const columns: ColumnsType<DossierListItem> = [
    {
      title: 'Hồ sơ',
      dataIndex: 'title',
      render: (title: string, d) => (
        <>
          <Link to={`/dossiers/${d.id}`}>{title}</Link>
          <div style={{ color: '#595959', fontSize: 12 }}>
            {d.awardName} · {numberFormat.format(d.nomineeCount)} người/tập thể
          </div>
        </>
      ),
    },
    { title: 'Đơn vị đề nghị', dataIndex: 'unitName', width: 180, responsive: ['md'] },
    {
      title: 'Loại',
      dataIndex: 'track',
      width: 150,
      responsive: ['lg'],
      render: (track: DossierListItem['track']) => DOSSIER_TRACK_LABELS[track],
    },
    { title: 'Năm', dataIndex: 'year', width: 70, responsive: ['sm'] },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 150,
      render: (status: DossierListItem['status']) => <DossierStatusTag status={status} />,
    },
    {
      title: 'Hạn xử lý',
      dataIndex: 'dueOn',
      width: 150,
      render: (dueOn: string | null, d) =>
        dueOn ? (
          <>
            {formatDate(dueOn)}
            {d.isOverdue && (
              <div>
                <StatusTag tone="danger">Quá hạn {d.overdueDays} ngày làm việc</StatusTag>
              </div>
            )}
          </>
        ) : (
          '—'
        ),
    },
    {
      title: 'Thời gian xử lý',
      dataIndex: 'processingDays',
      width: 110,
      align: 'right',
      responsive: ['lg'],
      render: (days: number | null) => (days === null ? '—' : `${days} ngày LV`),
    },
  ];

  return (
    <>
      <PageHeader
        title={overduePage ? 'Hồ sơ quá hạn' : 'Hồ sơ đề nghị khen thưởng'}
        extra={
          can(me.roles, 'dossier.write') &&
          !overduePage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/dossiers/new')}>
              Lập hồ sơ mới
            </Button>
          )
        }
      />
      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label="Lọc hồ sơ">
          <Input.Search
            allowClear
            placeholder="Tìm theo tên hồ sơ"
            aria-label="Tìm theo tên hồ sơ"
            style={{ width: 240 }}
            onSearch={(q) => change({ q: q || undefined })}
          />
          <Select
            allowClear
            placeholder="Trạng thái"
            aria-label="Trạng thái"
            style={{ width: 190 }}
            options={stateOptions}
            value={filters.status}
            onChange={(status) => change({ status })}
          />
          <Select
            allowClear
            placeholder="Loại khen thưởng"
            aria-label="Loại khen thưởng"
            style={{ width: 230 }}
            options={trackOptions}
            value={filters.track}
            onChange={(track) => change({ track })}
          />
          <Select
            allowClear
            placeholder="Năm"
            aria-label="Năm"
            style={{ width: 120 }}
            options={yearOptions}
            value={filters.year}
            onChange={(year) => change({ year })}
          />
          <UnitTreeSelect
            allowClear
            placeholder="Đơn vị đề nghị"
            aria-label="Đơn vị đề nghị"
            style={{ width: 240 }}
            value={filters.unitId}
            onChange={(unitId: string | undefined) => change({ unitId })}
          />
          {!overduePage && (
            <Flex align="center" gap={6}>
              <Switch
                id="overdue-only"
                checked={Boolean(filters.overdue)}
                onChange={(overdue) => change({ overdue: overdue || undefined })}
              />
              <label htmlFor="overdue-only">Chỉ hồ sơ quá hạn</label>
            </Flex>
          )}
        </Flex>
        {overduePage && (
          <Typography.Paragraph style={{ color: '#595959' }}>
            Hồ sơ đã quá hạn của bước đang xử lý (tính theo ngày làm việc, trừ thứ Bảy, Chủ nhật và ngày nghỉ
            lễ).
          </Typography.Paragraph>
        )}
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <Table<DossierListItem>
          size="small"
          rowKey="id"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          locale={{
            emptyText: (
              <span style={{ color: '#595959' }}>
                {overduePage ? 'Không có hồ sơ quá hạn' : 'Chưa có hồ sơ phù hợp'}
              </span>
            ),
          }}
          onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `Tổng số ${numberFormat.format(total)} hồ sơ`,
          }}
        />
      </Card>
    </>
  );
}
