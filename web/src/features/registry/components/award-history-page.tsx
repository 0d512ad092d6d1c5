import { Alert, Card, Descriptions, Empty, Spin } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import { errorMessage } from '../../../lib/form-errors';
import { PageHeader } from '../../../lib/page-header';
import { useAwardHistory } from '../hooks/use-registry';
import { RegistryTable } from './registry-table';

/** Every award of one person or one unit, newest first, revoked ones marked with their reason. */
export default function AwardHistoryPage() {
  const { id } = useParams();
  const kind = useLocation().pathname.includes('/registry/units/') ? 'unit' : 'person';
  const { data, isLoading, error } = useAwardHistory(kind, id);
  const valid = data?.items.filter((i) => i.status === 'valid').length ?? 0;

  return (
    <>
      <PageHeader title={data ? `Quá trình khen thưởng: ${data.subject.name}` : 'Quá trình khen thưởng'} />
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      {isLoading && <Spin />}
      {data && (
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={kind === 'person' ? 'Cán bộ' : 'Đơn vị'}>
              {data.subject.name}
            </Descriptions.Item>
            <Descriptions.Item label={kind === 'person' ? 'Đơn vị' : 'Trực thuộc'}>
              {data.subject.unitName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="Số khen thưởng">
              {data.items.length} (còn hiệu lực: {valid})
            </Descriptions.Item>
          </Descriptions>
          {data.items.length === 0 ? (
            <Empty description="Chưa có khen thưởng nào trong sổ" />
          ) : (
            <RegistryTable items={data.items} pagination={false} hideRecipient={kind === 'person'} />
          )}
          <div style={{ marginTop: 12 }}>
            <Link to="/registry">← Về sổ khen thưởng</Link>
          </div>
        </Card>
      )}
    </>
  );
}
