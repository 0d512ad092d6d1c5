import { Button, Flex, Popconfirm, Space, Table, Typography } from 'antd';
import { MOVEMENT_FIELD_LABELS } from '../../../../../src/shared/api/movements';
import {
  type Indicator,
  periodLabel,
  TARGET_DIRECTION_LABELS,
  type TargetBoard,
  type UnitTarget,
} from '../../../../../src/shared/api/targets';
import { formatCompletion, formatValue, TargetStatusTag } from './target-labels';

export interface TableActions {
  canPlan: boolean;
  canReport: boolean;
  onEdit: (indicator: Indicator) => void;
  onDelete: (indicator: Indicator) => void;
  onPlan: (indicator: Indicator) => void;
  onReport: (indicator: Indicator, target: UnitTarget) => void;
}

function IndicatorName({ indicator }: { indicator: Indicator }) {
  return (
    <div>
      <Typography.Text strong>{indicator.name}</Typography.Text>
      <br />
      <Typography.Text type="secondary">
        {indicator.code} · {indicator.measureUnit} · {TARGET_DIRECTION_LABELS[indicator.direction]}
      </Typography.Text>
    </div>
  );
}

/** The latest period any unit has reported for the indicator: who is behind it is late. */
function currentPeriodOf(board: TargetBoard, indicatorId: string): string | null {
  let latest: string | null = null;
  for (const r of board.reports) {
    if (r.indicatorId === indicatorId && (!latest || r.period > latest)) latest = r.period;
  }
  return latest;
}

function Latest({ target, unit, current }: { target: UnitTarget; unit: string; current: string | null }) {
  const behind = current !== null && (target.latestPeriod === null || target.latestPeriod < current);
  return (
    <span>
      {target.latestActual === null ? (
        <Typography.Text type="secondary">—</Typography.Text>
      ) : (
        <>
          {formatValue(target.latestActual)} {unit}
          <br />
          <Typography.Text type="secondary">
            {target.latestPeriod ? periodLabel(target.latestPeriod) : ''}
          </Typography.Text>
        </>
      )}
      {behind && (
        <>
          <br />
          <Typography.Text style={{ color: '#ad4e00' }}>Chưa báo cáo {periodLabel(current)}</Typography.Text>
        </>
      )}
    </span>
  );
}

/** The units of one indicator: plan, latest value to date, completion and status. */
function UnitRows({
  board,
  indicator,
  actions,
}: {
  board: TargetBoard;
  indicator: Indicator;
  actions: TableActions;
}) {
  const names = new Map(board.units.map((u) => [u.unitId, u.unitName]));
  const order = new Map(board.units.map((u, i) => [u.unitId, i]));
  const rows = board.targets
    .filter((t) => t.indicatorId === indicator.id)
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  const current = currentPeriodOf(board, indicator.id);
  return (
    <Table<UnitTarget>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: 'Chưa giao kế hoạch cho đơn vị nào.' }}
      columns={[
        { title: 'Đơn vị', key: 'unit', render: (_: unknown, t) => names.get(t.unitId) },
        {
          title: 'Kế hoạch',
          dataIndex: 'planned',
          align: 'right',
          render: (v: number) => `${formatValue(v)} ${indicator.measureUnit}`,
        },
        {
          title: 'Thực hiện (kỳ gần nhất)',
          key: 'latest',
          align: 'right',
          render: (_: unknown, t) => <Latest target={t} unit={indicator.measureUnit} current={current} />,
        },
        {
          title: 'Hoàn thành',
          dataIndex: 'completion',
          align: 'right',
          render: (v: number | null) => formatCompletion(v),
        },
        {
          title: 'Kết quả',
          dataIndex: 'status',
          render: (s: UnitTarget['status']) => <TargetStatusTag status={s} />,
        },
        ...(actions.canReport
          ? [
              {
                title: '',
                key: 'report',
                width: 110,
                render: (_: unknown, t: UnitTarget) => (
                  <Button size="small" onClick={() => actions.onReport(indicator, t)}>
                    Báo cáo
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The office's view: one row per indicator with its counts; the units of each on expanding it. */
export function IndicatorTable({ board, actions }: { board: TargetBoard; actions: TableActions }) {
  const countsOf = (indicator: Indicator) => {
    const rows = board.targets.filter((t) => t.indicatorId === indicator.id);
    const n = (s: UnitTarget['status']) => rows.filter((t) => t.status === s).length;
    return {
      total: rows.length,
      exceeded: n('exceeded'),
      met: n('met'),
      notMet: n('not-met'),
      notReported: n('not-reported'),
    };
  };
  return (
    <Table<Indicator>
      rowKey="id"
      dataSource={board.indicators}
      pagination={false}
      locale={{ emptyText: 'Chưa có chỉ tiêu nào. Bấm “Thêm chỉ tiêu” để bắt đầu.' }}
      expandable={{
        expandedRowRender: (indicator) => <UnitRows board={board} indicator={indicator} actions={actions} />,
        expandRowByClick: false,
      }}
      columns={[
        { title: 'Chỉ tiêu', key: 'name', render: (_: unknown, i) => <IndicatorName indicator={i} /> },
        {
          title: 'Lĩnh vực',
          dataIndex: 'field',
          width: 170,
          render: (f: Indicator['field']) => MOVEMENT_FIELD_LABELS[f],
        },
        {
          title: 'Kết quả các đơn vị',
          key: 'counts',
          width: 300,
          render: (_: unknown, i) => {
            const c = countsOf(i);
            if (c.total === 0) return <Typography.Text type="secondary">Chưa giao kế hoạch</Typography.Text>;
            return (
              <Flex gap={6} wrap>
                {c.exceeded > 0 && (
                  <span>
                    <TargetStatusTag status="exceeded" /> {c.exceeded}
                  </span>
                )}
                {c.met > 0 && (
                  <span>
                    <TargetStatusTag status="met" /> {c.met}
                  </span>
                )}
                {c.notMet > 0 && (
                  <span>
                    <TargetStatusTag status="not-met" /> {c.notMet}
                  </span>
                )}
                {c.notReported > 0 && (
                  <span>
                    <TargetStatusTag status="not-reported" /> {c.notReported}
                  </span>
                )}
              </Flex>
            );
          },
        },
        ...(actions.canPlan
          ? [
              {
                title: 'Thao tác',
                key: 'actions',
                width: 290,
                render: (_: unknown, i: Indicator) => (
                  <Space wrap size={4}>
                    <Button size="small" type="primary" ghost onClick={() => actions.onPlan(i)}>
                      Giao kế hoạch
                    </Button>
                    <Button size="small" onClick={() => actions.onEdit(i)}>
                      Sửa
                    </Button>
                    <Popconfirm
                      title="Xoá chỉ tiêu này?"
                      description="Kế hoạch đã giao cho các đơn vị cũng bị xoá."
                      okText="Xoá"
                      cancelText="Hủy"
                      onConfirm={() => actions.onDelete(i)}
                    >
                      <Button size="small" danger>
                        Xoá
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** A unit's own view: its targets, each with a button to report. */
export function UnitTargetTable({
  board,
  unitId,
  actions,
}: {
  board: TargetBoard;
  unitId: string;
  actions: TableActions;
}) {
  const byId = new Map(board.indicators.map((i) => [i.id, i]));
  const rows = board.targets.filter((t) => t.unitId === unitId);
  return (
    <Table<UnitTarget>
      rowKey="id"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: 'Đơn vị chưa được giao chỉ tiêu nào trong phong trào này.' }}
      columns={[
        {
          title: 'Chỉ tiêu',
          key: 'name',
          render: (_: unknown, t) => <IndicatorName indicator={byId.get(t.indicatorId)!} />,
        },
        {
          title: 'Kế hoạch',
          dataIndex: 'planned',
          align: 'right',
          render: (v: number, t) => `${formatValue(v)} ${byId.get(t.indicatorId)?.measureUnit ?? ''}`,
        },
        {
          title: 'Thực hiện (kỳ gần nhất)',
          key: 'latest',
          align: 'right',
          render: (_: unknown, t) => (
            <Latest target={t} unit={byId.get(t.indicatorId)?.measureUnit ?? ''} current={null} />
          ),
        },
        {
          title: 'Hoàn thành',
          dataIndex: 'completion',
          align: 'right',
          render: (v: number | null) => formatCompletion(v),
        },
        {
          title: 'Kết quả',
          dataIndex: 'status',
          render: (s: UnitTarget['status']) => <TargetStatusTag status={s} />,
        },
        ...(actions.canReport
          ? [
              {
                title: '',
                key: 'report',
                width: 150,
                render: (_: unknown, t: UnitTarget) => (
                  <Button type="primary" onClick={() => actions.onReport(byId.get(t.indicatorId)!, t)}>
                    Báo cáo kết quả
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
