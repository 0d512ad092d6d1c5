import { Alert, App, Badge, Button, DatePicker, Drawer, Form, Input, Space, Table, Tabs } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { NOTICE_STATUS_LABELS, type NoticeStatus } from '../../../../../src/shared/api/public-notice';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { StatusTag } from '../../../lib/status-tag';
import type { StaffNoticeList } from '../api/public-notice-api';
import {
  useComments,
  useMoveNotice,
  useSaveNotice,
  useStaffNotice,
  useStaffNotices,
} from '../hooks/use-public-notice';
import { CommentsTable } from './comments-table';

const TONE = { draft: 'neutral', published: 'success', withdrawn: 'danger' } as const;

/** Staff: the notices (period, publish, withdraw) and the moderation queue of citizens' comments. */
export default function NoticesAdminPage() {
  const notices = useStaffNotices();
  const pending = useComments({ status: 'pending' });
  const all = useComments({});
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <PageHeader title="Công khai và ý kiến nhân dân" />
      <Tabs
        items={[
          {
            key: 'queue',
            label: (
              <Badge count={pending.data?.items.length ?? 0} offset={[12, 0]}>
                Ý kiến chờ duyệt
              </Badge>
            ),
            children: (
              <>
                {pending.error && <Alert type="error" showIcon title={errorMessage(pending.error)} />}
                <CommentsTable items={pending.data?.items ?? []} loading={pending.isLoading} />
              </>
            ),
          },
          {
            key: 'notices',
            label: 'Thông báo công khai',
            children: (
              <>
                {notices.error && <Alert type="error" showIcon title={errorMessage(notices.error)} />}
                <Table<StaffNoticeList['items'][number]>
                  rowKey="id"
                  loading={notices.isLoading}
                  dataSource={notices.data?.items ?? []}
                  pagination={false}
                  locale={{
                    emptyText: 'Chưa có thông báo. Thông báo được tạo khi kết thúc phiên họp Hội đồng.',
                  }}
                  columns={[
                    {
                      title: 'Thông báo',
                      dataIndex: 'title',
                      render: (title: string, n) => (
                        <Button
                          type="link"
                          style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                          onClick={() => setEditing(n.id)}
                        >
                          {title}
                        </Button>
                      ),
                    },
                    { title: 'Số người', dataIndex: 'itemCount', width: 90 },
                    {
                      title: 'Thời gian lấy ý kiến',
                      width: 220,
                      render: (_v, n) => `${formatDate(n.startsOn)} – ${formatDate(n.endsOn)}`,
                    },
                    { title: 'Chờ duyệt', dataIndex: 'pendingComments', width: 100 },
                    {
                      title: 'Trạng thái',
                      dataIndex: 'status',
                      width: 140,
                      render: (s: NoticeStatus) => (
                        <StatusTag tone={TONE[s]}>{NOTICE_STATUS_LABELS[s]}</StatusTag>
                      ),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'all',
            label: 'Tất cả ý kiến',
            children: <CommentsTable items={all.data?.items ?? []} loading={all.isLoading} />,
          },
        ]}
      />
      {editing && <NoticeDrawer id={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

interface Values {
  title: string;
  description: string;
  period: [dayjs.Dayjs, dayjs.Dayjs];
}

function NoticeDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { data: notice, error } = useStaffNotice(id);
  const save = useSaveNotice();
  const move = useMoveNotice();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const { modal, message } = App.useApp();
  return (
    <Drawer open width={820} title="Thông báo công khai" onClose={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {notice && (
        <>
          <Space style={{ marginBottom: 16 }} wrap>
            <StatusTag tone={TONE[notice.status]}>{NOTICE_STATUS_LABELS[notice.status]}</StatusTag>
            {notice.status === 'published' && (
              <a href={`/cong-khai/${notice.id}`} target="_blank" rel="noreferrer">
                Xem trang công khai
              </a>
            )}
          </Space>
          <Form
            form={form}
            layout="vertical"
            disabled={notice.status === 'withdrawn'}
            initialValues={{
              title: notice.title,
              description: notice.description,
              period: [fromIsoDate(notice.startsOn), fromIsoDate(notice.endsOn)],
            }}
            onFinish={async (values) => {
              setFormError(null);
              try {
                await save.mutateAsync({
                  id,
                  body: {
                    version: notice.version,
                    title: values.title,
                    description: values.description ?? '',
                    startsOn: toIsoDate(values.period[0])!,
                    endsOn: toIsoDate(values.period[1])!,
                  },
                });
                message.success('Đã lưu thông báo.');
              } catch (e) {
                setFormError(applyFieldErrors(form, e, ['title', 'description']));
              }
            }}
          >
            <Form.Item name="title" label="Tiêu đề" rules={[{ required: true, message: 'Nhập tiêu đề' }]}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="description" label="Nội dung thông báo">
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
            <Form.Item
              name="period"
              label="Thời gian công khai, lấy ý kiến"
              rules={[{ required: true, message: 'Chọn thời gian' }]}
            >
              <DatePicker.RangePicker format={DATE_FORMAT} placeholder={['Từ ngày', 'Đến ngày']} />
            </Form.Item>
            {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
            <Space wrap>
              <Button htmlType="submit" loading={save.isPending}>
                Lưu
              </Button>
              {notice.status === 'draft' && (
                <Button
                  type="primary"
                  loading={move.isPending}
                  onClick={() =>
                    modal.confirm({
                      title: 'Đăng công khai danh sách?',
                      content: 'Danh sách sẽ hiện trên trang công khai, ai cũng xem và gửi ý kiến được.',
                      okText: 'Đăng công khai',
                      cancelText: 'Chưa',
                      onOk: () =>
                        move.mutateAsync({ id, action: 'publish', version: notice.version }).then(
                          () => message.success('Đã đăng công khai.'),
                          (e) => message.error(errorMessage(e)),
                        ),
                    })
                  }
                >
                  Đăng công khai
                </Button>
              )}
              {notice.status === 'published' && (
                <Button
                  danger
                  onClick={() =>
                    modal.confirm({
                      title: 'Gỡ thông báo khỏi trang công khai?',
                      okText: 'Gỡ thông báo',
                      okButtonProps: { danger: true },
                      cancelText: 'Không',
                      onOk: () =>
                        move.mutateAsync({ id, action: 'withdraw', version: notice.version }).then(
                          () => message.success('Đã gỡ thông báo.'),
                          (e) => message.error(errorMessage(e)),
                        ),
                    })
                  }
                >
                  Gỡ thông báo
                </Button>
              )}
            </Space>
          </Form>
          <h2 style={{ fontSize: 15, marginTop: 24 }}>Danh sách công khai ({notice.items.length})</h2>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={notice.items}
            columns={[
              { title: 'Họ và tên / Tập thể', dataIndex: 'displayName' },
              { title: 'Chức vụ', dataIndex: 'position' },
              { title: 'Đơn vị', dataIndex: 'unitName' },
              { title: 'Hình thức', dataIndex: 'awardName' },
              { title: 'Tóm tắt thành tích', dataIndex: 'achievementSummary' },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
