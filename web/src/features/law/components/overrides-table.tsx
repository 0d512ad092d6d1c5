import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { LAW_OVERRIDE_KIND_LABELS, type LawOverrideItem } from '../../../../../src/shared/api/law';
import { formatDate, formatDateTime, TIME_ZONE } from '../../../lib/format';
import { StatusTag, type Tone } from '../../../lib/status-tag';
import { formatOverrideValue, type Period, periodOf } from './law-format';

const PERIODS: Record<Period, { tone: Tone; label: string }> = {
  current: { tone: 'success', label: 'Đang áp dụng' },
  future: { tone: 'info', label: 'Chưa đến ngày hiệu lực' },
  past: { tone: 'neutral', label: 'Đã hết hiệu lực' },
};

/** The deployment's dated changes to the catalogue, newest first. */
export function OverridesTable({
  overrides,
  loading,
  canManage,
  onEnd,
}: {
  overrides: LawOverrideItem[];
  loading: boolean;
  canManage: boolean;
  onEnd: (override: LawOverrideItem) => void;
}) {
  const today = dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
  const columns: ColumnsType<LawOverrideItem> = [
    {
      title: 'Loại',
      dataIndex: 'kind',
      width: 150,
      render: (kind: LawOverrideItem['kind']) => LAW_OVERRIDE_KIND_LABELS[kind],
    },
    {
      title: 'Đối tượng',
      dataIndex: 'target',
      width: 190,
      render: (target: string) => <Typography.Text code>{target}</Typography.Text>,
    },
    {
      title: 'Giá trị',
      dataIndex: 'value',
      width: 130,
      render: (value: LawOverrideItem['value'], o) => formatOverrideValue(o.kind, value),
    },
    {
      title: 'Hiệu lực',
      key: 'period',
      width: 180,
      render: (_, o) => {
        const period = PERIODS[periodOf(o.effectiveFrom, o.effectiveTo, today)];
        return (
          <>
            <div>
              {o.effectiveTo
                ? `${formatDate(o.effectiveFrom)} – ${formatDate(o.effectiveTo)}`
                : `Từ ${formatDate(o.effectiveFrom)}`}
            </div>
            <StatusTag tone={period.tone}>{period.label}</StatusTag>
          </>
        );
      },
    },
    {
      title: 'Căn cứ pháp lý',
      dataIndex: 'source',
      render: (source: string, o) => (
        <>
          <div>{source}</div>
          {o.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.note}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: 'Ngày tạo', dataIndex: 'createdAt', width: 150, responsive: ['xxl'], render: formatDateTime },
    ...(canManage
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 150,
            fixed: 'right' as const,
            render: (_: unknown, o: LawOverrideItem) =>
              o.effectiveTo && o.effectiveTo < today ? null : (
                <Button
                  size="small"
                  aria-label={`Kết thúc hiệu lực điều chỉnh ${o.target}`}
                  onClick={() => onEnd(o)}
                >
                  Kết thúc hiệu lực
                </Button>
              ),
          },
        ]
      : []),
  ];
  return (
    <Table<LawOverrideItem>
      size="small"
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={overrides}
      scroll={{ x: 1000 }}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      locale={{
        emptyText: (
          <span style={{ color: '#595959' }}>
            Chưa có điều chỉnh nào: đang dùng danh mục mặc định theo văn bản trung ương
          </span>
        ),
      }}
    />
  );
}
