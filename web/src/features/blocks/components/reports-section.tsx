import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Skeleton } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { BlockDetail, BlockHistory } from '../../../../../src/shared/api/blocks';
import { EChart, type EChartOption } from '../../../lib/echart';
import { errorMessage } from '../../../lib/form-errors';
import { matrixExcelUrl } from '../api/blocks-api';
import { useHistory } from '../hooks/use-blocks';
import { formatPoints } from './block-labels';

/** The unit × criterion matrix (printable page, Excel) and each unit's total over the years. */
export function ReportsSection({ block }: { block: BlockDetail }) {
  const history = useHistory(block.id);
  return (
    <Flex vertical gap={12}>
      <Card title="Bảng tổng hợp điểm theo đơn vị và tiêu chí">
        <p style={{ marginTop: 0 }}>
          Điểm tự chấm, điểm trưởng khối chấm và điểm chốt của từng tiêu chí đặt cạnh nhau.
          {!block.showDetailsToMembers && !block.can.manage && ' Đơn vị của bạn chỉ thấy dòng của mình.'}
        </p>
        <Flex gap={8} wrap>
          <Link to={`/blocks/${block.id}/matrix`}>
            <Button icon={<PrinterOutlined aria-hidden />}>Xem và in bảng tổng hợp</Button>
          </Link>
          <Button
            icon={<FileExcelOutlined aria-hidden />}
            href={matrixExcelUrl(block.id)}
            disabled={!block.round}
          >
            Tải Excel
          </Button>
        </Flex>
      </Card>
      <Card title="Tổng điểm của các đơn vị qua các năm">
        {history.isLoading && <Skeleton active />}
        {history.error && <Alert type="error" showIcon title={errorMessage(history.error)} />}
        {history.data && <HistoryChart history={history.data} />}
      </Card>
    </Flex>
  );
}

function HistoryChart({ history }: { history: BlockHistory }) {
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatPoints(v as number) },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 48, right: 16, top: 16, bottom: 64 },
      xAxis: { type: 'category', data: history.years.map(String) },
      yAxis: { type: 'value', name: 'Điểm' },
      series: history.series.map((s) => ({
        name: s.unitName,
        type: 'line',
        data: s.totals,
        connectNulls: true,
        symbolSize: 8,
      })),
    }),
    [history],
  );
  if (history.years.length === 0) return <Empty description="Chưa có đợt chấm điểm nào đã khóa." />;
  return (
    <>
      <EChart option={option} height={360} label="Biểu đồ tổng điểm của các đơn vị qua các năm" />
      <table className="visually-hidden">
        <caption>Tổng điểm theo năm</caption>
        <thead>
          <tr>
            <th>Đơn vị</th>
            {history.years.map((y) => (
              <th key={y}>{y}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.series.map((s) => (
            <tr key={s.unitId}>
              <td>{s.unitName}</td>
              {s.totals.map((t, i) => (
                <td key={history.years[i]}>{formatPoints(t)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
