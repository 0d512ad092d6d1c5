import { Alert, Card, Empty, List, Skeleton } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { usePublicNotices } from '../hooks/use-public-notice';
import { PublicLayout } from './public-layout';

/** Public list of notices open for comments (no sign-in). */
export default function PublicNoticesPage() {
  const { data, isLoading, error } = usePublicNotices();
  return (
    <PublicLayout>
      <h1 style={{ fontSize: 22 }}>Danh sách đang lấy ý kiến nhân dân</h1>
      <p>
        Các tập thể, cá nhân dưới đây được Hội đồng Thi đua – Khen thưởng đề nghị khen thưởng. Mọi người có
        thể xem và gửi ý kiến góp ý trong thời gian công khai.
      </p>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {data && data.items.length === 0 && <Empty description="Hiện không có danh sách nào đang công khai." />}
      {data && data.items.length > 0 && (
        <List
          dataSource={data.items}
          renderItem={(n) => (
            <List.Item>
              <Card style={{ width: '100%' }}>
                <h2 style={{ fontSize: 17, margin: 0 }}>
                  <Link to={`/cong-khai/${n.id}`}>{n.title}</Link>
                </h2>
                <p style={{ margin: '8px 0 0' }}>
                  {n.unitName} · {n.itemCount} tập thể, cá nhân · Lấy ý kiến từ {formatDate(n.startsOn)} đến{' '}
                  {formatDate(n.endsOn)}
                </p>
              </Card>
            </List.Item>
          )}
        />
      )}
    </PublicLayout>
  );
}
