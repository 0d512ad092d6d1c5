import { Alert, Card, Empty, List, Result, Skeleton, Table } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { usePublicNotice } from '../hooks/use-public-notice';
import { CommentForm } from './comment-form';
import { PublicLayout } from './public-layout';

/** One public notice: the proposed list (public fields only), approved comments and the comment form. */
export default function PublicNoticePage() {
  const { id = '' } = useParams();
  const { data, isLoading, error } = usePublicNotice(id);
  usePageTitle(data?.title ?? 'Công khai danh sách đề nghị khen thưởng');
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return (
      <PublicLayout>
        <Result
          status="404"
          title="Không tìm thấy danh sách công khai"
          extra={<Link to="/cong-khai">Các danh sách đang công khai</Link>}
        />
      </PublicLayout>
    );
  }
  const nameOf = (itemId: string | null) => data?.items.find((i) => i.id === itemId)?.displayName;
  return (
    <PublicLayout>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {data && (
        <>
          <h1 style={{ fontSize: 22 }}>{data.title}</h1>
          <p>
            {data.unitName} · Lấy ý kiến từ {formatDate(data.startsOn)} đến {formatDate(data.endsOn)}
          </p>
          {data.description && <p style={{ whiteSpace: 'pre-wrap' }}>{data.description}</p>}
          <Table
            rowKey="id"
            pagination={false}
            dataSource={data.items}
            scroll={{ x: 800 }}
            columns={[
              { title: 'STT', width: 60, render: (_v, _r, i) => i + 1 },
              { title: 'Họ và tên / Tập thể', dataIndex: 'displayName' },
              { title: 'Chức vụ', dataIndex: 'position' },
              { title: 'Đơn vị', dataIndex: 'unitName' },
              { title: 'Hình thức đề nghị', dataIndex: 'awardName' },
              { title: 'Tóm tắt thành tích', dataIndex: 'achievementSummary' },
            ]}
          />
          <div
            style={{ display: 'flex', gap: 24, flexWrap: 'wrap', marginTop: 24, alignItems: 'flex-start' }}
          >
            <Card title="Ý kiến đã được duyệt" style={{ flex: '1 1 420px' }}>
              {data.comments.length === 0 ? (
                <Empty description="Chưa có ý kiến nào." />
              ) : (
                <List
                  dataSource={data.comments}
                  renderItem={(c) => (
                    <List.Item>
                      <div>
                        <div style={{ color: '#595959', fontSize: 13 }}>
                          {c.authorName || 'Người dân'} · {formatDateTime(c.createdAt)}
                          {c.itemId && ` · về ${nameOf(c.itemId) ?? ''}`}
                        </div>
                        <div style={{ whiteSpace: 'pre-wrap' }}>{c.body}</div>
                      </div>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card title="Gửi ý kiến" style={{ flex: '1 1 420px' }}>
              {data.isOpenForComments ? (
                <CommentForm notice={data} />
              ) : (
                <Alert type="info" showIcon title="Thời gian lấy ý kiến đã kết thúc." />
              )}
            </Card>
          </div>
        </>
      )}
    </PublicLayout>
  );
}
