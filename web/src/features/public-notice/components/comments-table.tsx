import { CheckOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { App, Button, Input, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { COMMENT_STATUS_LABELS, type StaffComment } from '../../../../../src/shared/api/public-notice';
import { errorMessage } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { StatusTag } from '../../../lib/status-tag';
import { useModerateComment } from '../hooks/use-public-notice';

const TONE = { pending: 'warning', approved: 'success', hidden: 'neutral' } as const;

/** Citizens' comments for staff: text as typed (never HTML), the private contact, approve or hide. */
export function CommentsTable({
  items,
  loading,
  compact = false,
}: {
  items: StaffComment[];
  loading?: boolean;
  /** Inside a dossier: no notice title, sender and time together, actions under the status. */
  compact?: boolean;
}) {
  const moderate = useModerateComment();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const act = (c: StaffComment, status: 'approved' | 'hidden') =>
    moderate.mutateAsync({ id: c.id, version: c.version, status, note: note || undefined }).then(
      () => {
        setNote('');
        message.success(status === 'approved' ? 'Đã duyệt: ý kiến hiển thị công khai.' : 'Đã ẩn ý kiến.');
      },
      (e) => message.error(errorMessage(e)),
    );
  const actionsOf = (c: StaffComment) => (
    <Space wrap>
      {c.status !== 'approved' && (
        <Button size="small" icon={<CheckOutlined aria-hidden />} onClick={() => act(c, 'approved')}>
          Duyệt
        </Button>
      )}
      {c.status !== 'hidden' && (
        <Popconfirm
          title="Ẩn ý kiến này?"
          description={
            <Input
              placeholder="Lý do (không bắt buộc)"
              value={note}
              maxLength={1000}
              onChange={(e) => setNote(e.target.value)}
            />
          }
          okText="Ẩn"
          cancelText="Không"
          onConfirm={() => act(c, 'hidden')}
        >
          <Button size="small" danger icon={<EyeInvisibleOutlined aria-hidden />}>
            Ẩn
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
  return (
    <Table<StaffComment>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: 'Không có ý kiến nào.' }}
      scroll={compact ? undefined : { x: 900 }}
      columns={[
        ...(compact
          ? []
          : [{ title: 'Gửi lúc', dataIndex: 'createdAt', width: 150, render: formatDateTime }]),
        {
          title: 'Người gửi',
          width: compact ? 170 : 200,
          render: (_v, c) => (
            <>
              <div>{c.authorName || 'Không ghi tên'}</div>
              {compact && <div style={{ color: '#595959', fontSize: 12 }}>{formatDateTime(c.createdAt)}</div>}
              {c.contact && <div style={{ color: '#595959', fontSize: 12 }}>Liên hệ: {c.contact}</div>}
            </>
          ),
        },
        {
          title: 'Nội dung',
          render: (_v, c) => (
            <>
              <div style={{ color: '#595959', fontSize: 12 }}>
                {compact ? c.itemName && `Về ${c.itemName}` : c.noticeTitle}
                {!compact && c.itemName && ` · về ${c.itemName}`}
              </div>
              <div style={{ whiteSpace: 'pre-wrap' }}>{c.body}</div>
            </>
          ),
        },
        {
          title: 'Trạng thái',
          width: 190,
          render: (_v, c) => (
            <>
              <StatusTag tone={TONE[c.status]}>{COMMENT_STATUS_LABELS[c.status]}</StatusTag>
              {c.moderatedBy && (
                <div style={{ fontSize: 12, color: '#595959' }}>
                  {c.moderatedBy} · {formatDateTime(c.moderatedAt)}
                  {c.moderationNote && ` · ${c.moderationNote}`}
                </div>
              )}
              {compact && <div style={{ marginTop: 6 }}>{actionsOf(c)}</div>}
            </>
          ),
        },
        ...(compact
          ? []
          : [{ title: 'Thao tác', width: 200, render: (_v: unknown, c: StaffComment) => actionsOf(c) }]),
      ]}
    />
  );
}
