import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useCallback, useState } from 'react';
import { errorMessage } from '../../../lib/form-errors';
import { numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { type RegistryFilters as Filters, registryExportUrl } from '../api/registry-api';
import { useRegistryList } from '../hooks/use-registry';
import { RegistryFilters } from './registry-filters';
import { RegistryTable } from './registry-table';

/** The award registry (sổ khen thưởng) of the user's units: search, export, revocation. */
export default function RegistryPage() {
  const me = useCurrentUser();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const { data, isFetching, error } = useRegistryList(filters, page.page, page.pageSize);
  const changeFilters = useCallback((next: Filters) => {
    setFilters(next);
    setPage((p) => ({ ...p, page: 1 }));
  }, []);

  return (
    <>
      <PageHeader
        title="Sổ khen thưởng"
        extra={
          can(me.roles, 'registry.export') && (
            <Button icon={<DownloadOutlined />} href={registryExportUrl(filters)} download>
              Xuất Excel
            </Button>
          )
        }
      />
      <Card size="small">
        <RegistryFilters value={filters} onChange={changeFilters} />
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <RegistryTable
          items={data?.items ?? []}
          loading={isFetching}
          onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `Tổng số ${numberFormat.format(total)} khen thưởng`,
          }}
        />
      </Card>
    </>
  );
}
