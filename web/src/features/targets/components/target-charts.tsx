import { Card, Col, Empty, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { MOVEMENT_FIELD_LABELS } from '../../../../../src/shared/api/movements';
import {
  periodLabel,
  TARGET_STATUS_LABELS,
  type TargetBoard,
  type TargetCounts,
} from '../../../../../src/shared/api/targets';
import { EChart, type EChartOption } from '../../../lib/echart';
import { formatCompletion, STATUS_COLOURS } from './target-labels';

const STATUS_SERIES = [
  ['exceeded', 'exceeded'],
  ['met', 'met'],
  ['notMet', 'not-met'],
  ['notReported', 'not-reported'],
] as const;

const SHORT_FIELD: Record<string, string> = {
  economy: 'Kinh tế',
  'culture-society': 'Văn hóa – xã hội',
  'defence-security': 'QP – AN, thanh tra, tư pháp',
  'political-system': 'Xây dựng HTCT',
};

/** Stacked bars of vượt / đạt / chưa đạt / chưa báo cáo, one bar per category (horizontal when many). */
function statusBars(categories: string[], rows: TargetCounts[], horizontal: boolean): EChartOption {
  const categoryAxis = {
    type: 'category',
    data: categories,
    axisLabel: { width: 170, overflow: 'truncate' },
  };
  const valueAxis = { type: 'value', minInterval: 1, name: 'Số chỉ tiêu' };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: horizontal ? 180 : 40, right: 24, top: 30, bottom: 50 },
    xAxis: horizontal
      ? valueAxis
      : { ...categoryAxis, axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: STATUS_SERIES.map(([key, status]) => ({
      name: TARGET_STATUS_LABELS[status],
      type: 'bar',
      stack: 'status',
      itemStyle: { color: STATUS_COLOURS[status] },
      label: { show: true, formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : '') },
      data: rows.map((r) => r[key]),
    })),
  };
}

/** Completion by field, by unit and over the quarters, from the board's summaries. */
export function TargetCharts({ board, showUnits }: { board: TargetBoard; showUnits: boolean }) {
  const { summary } = board;
  const byField = useMemo(
    () =>
      statusBars(
        summary.byField.map((f) => SHORT_FIELD[f.field] ?? f.field),
        summary.byField,
        false,
      ),
    [summary.byField],
  );
  const units = useMemo(
    () => summary.byUnit.filter((u) => u.exceeded + u.met + u.notMet + u.notReported > 0),
    [summary.byUnit],
  );
  const byUnit = useMemo(
    () =>
      statusBars(
        units.map((u) => u.unitName),
        units,
        true,
      ),
    [units],
  );
  const overTime = useMemo<EChartOption>(() => {
    const periods = summary.byPeriod.map((p) => periodLabel(p.period));
    const fields = summary.byField.map((f) => f.field);
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null) => formatCompletion(v),
      },
      legend: { top: 0 },
      grid: { left: 56, right: 24, top: 64, bottom: 30 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
      series: [
        {
          name: 'Bình quân',
          type: 'line',
          lineStyle: { width: 4 },
          symbolSize: 10,
          label: {
            show: true,
            position: 'bottom',
            fontWeight: 'bold',
            formatter: (p: { value: number | null }) => formatCompletion(p.value),
          },
          data: summary.byPeriod.map((p) => p.averageCompletion),
        },
        ...fields.map((field) => ({
          name: SHORT_FIELD[field] ?? MOVEMENT_FIELD_LABELS[field],
          type: 'line',
          connectNulls: false,
          data: summary.byPeriod.map(
            (p) => p.byField.find((f) => f.field === field)?.averageCompletion ?? null,
          ),
        })),
      ],
    };
  }, [summary]);

  if (board.targets.length === 0) {
    return <Empty description="Chưa có chỉ tiêu nào được giao nên chưa có biểu đồ." />;
  }
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title="Kết quả theo lĩnh vực" size="small">
          <EChart option={byField} label="Biểu đồ số chỉ tiêu vượt, đạt, chưa đạt theo lĩnh vực" />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title="Tỷ lệ hoàn thành bình quân theo quý" size="small">
          <EChart option={overTime} label="Biểu đồ tỷ lệ hoàn thành bình quân theo quý và lĩnh vực" />
          <Typography.Text type="secondary">
            Mỗi quý so sánh số thực hiện lũy kế đến hết quý với kế hoạch cả năm, nên các chỉ tiêu cộng dồn
            (như thu ngân sách) tăng dần qua các quý.
          </Typography.Text>
        </Card>
      </Col>
      {showUnits && (
        <Col xs={24}>
          <Card title="Kết quả theo đơn vị" size="small">
            <EChart
              option={byUnit}
              height={Math.max(240, units.length * 30 + 80)}
              label="Biểu đồ số chỉ tiêu vượt, đạt, chưa đạt của từng đơn vị"
            />
          </Card>
        </Col>
      )}
    </Row>
  );
}
