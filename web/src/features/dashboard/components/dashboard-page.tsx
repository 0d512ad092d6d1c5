import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dashboard } from '../../../../../src/shared/api/dashboard';
import { RATING_LABELS, RATINGS } from '../../../../../src/shared/codes';
import { errorMessage } from '../../../lib/form-errors';
import { formatDateTime, numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { useCurrentUser } from '../../../lib/session';
import { useDashboard } from '../hooks/use-dashboard';
import { HeadlineCards } from './headline-cards';
import { TasksCard } from './tasks-card';

type YearRow = Dashboard['ratingsByYear'][number];
type ActivityRow = NonNullable<Dashboard['recentActivity']>[number];

const total = (row: YearRow) => row.excellent + row.good + row.complete + row.incomplete;

/** Short headings so the table fits a phone without a scrolling region ("… nhiệm vụ" is in the card title). */
const SHORT_RATING_LABELS: Record<(typeof RATINGS)[number], string> = {
  excellent: 'Hoàn thành xuất sắc',
  good: 'Hoàn thành tốt',
  complete: 'Hoàn thành',
  incomplete: 'Không hoàn thành',
};

const ratingColumns: ColumnsType<YearRow> = [
  { title: 'Năm', dataIndex: 'year', width: 64 },
  ...RATINGS.map((rating) => ({
    title: (
      <abbr title={RATING_LABELS[rating]} style={{ textDecoration: 'none' }}>
        {SHORT_RATING_LABELS[rating]}
      </abbr>
    ),
    dataIndex: rating,
    align: 'right' as const,
    render: (value: number) => numberFormat.format(value),
  })),
  {
    title: 'Tổng',
    key: 'total',
    align: 'right',
    render: (_: unknown, row) => numberFormat.format(total(row)),
  },
];

const activityColumns: ColumnsType<ActivityRow> = [
  {
    title: 'Thời gian',
    dataIndex: 'occurredAt',
    width: 180,
    render: (value: string) => formatDateTime(value),
  },
  {
    title: 'Người thực hiện',
    dataIndex: 'actorLabel',
    render: (value: string | null) => value ?? 'Hệ thống',
  },
  { title: 'Hành động', dataIndex: 'action' },
];

export default function DashboardPage() {
  const { data, isLoading, error } = useDashboard();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title="Tổng quan" />
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        Xin chào {me.name}
        {me.unit ? ` (${me.unit.name})` : ''}. Dưới đây là những việc đang chờ đồng chí xử lý; bấm vào từng
        dòng để mở đúng trang cần làm.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <TasksCard tasks={data?.tasks} loading={isLoading} />
        </Col>
        {data?.headline && <HeadlineCards headline={data.headline} />}
        <Col xs={24} sm={8}>
          <Card loading={isLoading}>
            <Statistic title="Số đơn vị" value={data?.unitCount ?? 0} groupSeparator="." />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card loading={isLoading}>
            <Statistic title="Số cán bộ" value={data?.peopleCount ?? 0} groupSeparator="." />
          </Card>
        </Col>
        {data?.accountCount !== null && (
          <Col xs={24} sm={8}>
            <Card loading={isLoading}>
              <Statistic title="Tài khoản" value={data?.accountCount ?? 0} groupSeparator="." />
            </Card>
          </Col>
        )}
        <Col xs={24}>
          <Card title="Đánh giá, xếp loại mức hoàn thành nhiệm vụ theo năm">
            <Table<YearRow>
              size="small"
              rowKey="year"
              loading={isLoading}
              columns={ratingColumns}
              dataSource={data?.ratingsByYear ?? []}
              pagination={false}
              locale={{ emptyText: 'Chưa có kết quả đánh giá' }}
            />
          </Card>
        </Col>
        {data?.recentActivity && (
          <Col xs={24}>
            <Card title="Hoạt động gần đây">
              <Table<ActivityRow>
                size="small"
                rowKey={(row) => `${row.occurredAt}-${row.action}-${row.actorLabel ?? ''}`}
                columns={activityColumns}
                dataSource={data.recentActivity}
                pagination={false}
              />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
