import { ArrowLeftOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../lib/form-errors';
import { usePageTitle } from '../../../lib/page-title';
import { matrixExcelUrl } from '../api/blocks-api';
import { useMatrix } from '../hooks/use-blocks';
import { formatPoints } from './block-labels';

const CSS = `
.block-matrix { border-collapse: collapse; font-size: 13px; background: #fff; }
.block-matrix th, .block-matrix td { border: 1px solid #bfbfbf; padding: 3px 6px; }
.block-matrix th { background: #f5f5f5; font-weight: 600; text-align: center; }
.block-matrix td.num { text-align: right; white-space: nowrap; }
.block-matrix td.changed { color: #a8071a; font-weight: 600; }
.block-matrix .sub th { font-weight: 400; font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  .block-matrix { font-size: 10px; }
  .block-matrix th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .ant-layout-content { padding: 0 !important; margin: 0 !important; }
}
`;

/** The unit × criterion matrix, self / reviewed / final side by side, laid out to print on A4 landscape. */
export default function MatrixPage() {
  const { id = '' } = useParams();
  const { data, isLoading, error } = useMatrix(id);
  usePageTitle(data ? `Bảng tổng hợp điểm — ${data.blockName}` : 'Bảng tổng hợp điểm');
  return (
    <>
      <style>{CSS}</style>
      <Flex gap={8} wrap justify="space-between" className="no-print" style={{ marginBottom: 8 }}>
        <Link to={`/blocks/${id}?tab=reports`}>
          <ArrowLeftOutlined aria-hidden /> Về khối thi đua
        </Link>
        <Flex gap={8}>
          <Button icon={<FileExcelOutlined aria-hidden />} href={matrixExcelUrl(id)}>
            Tải Excel
          </Button>
          <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
            In
          </Button>
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {data && (
        <>
          <h1 style={{ fontSize: 18, textAlign: 'center', marginBottom: 4 }}>
            BẢNG TỔNG HỢP ĐIỂM THI ĐUA {data.blockName.toUpperCase()} NĂM {data.year}
          </h1>
          <p style={{ textAlign: 'center', marginTop: 0 }}>
            TC: tự chấm · TK: trưởng khối chấm · C: điểm chốt. Điểm tối đa của bảng:{' '}
            {formatPoints(data.maxPoints)}.
          </p>
          {data.units.length === 0 ? (
            <Empty description="Chưa có bảng điểm nào để tổng hợp." />
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <table className="block-matrix">
                <thead>
                  <tr>
                    <th rowSpan={2}>Hạng</th>
                    <th rowSpan={2}>Đơn vị</th>
                    {data.criteria.map((c) => (
                      <th key={c.id} colSpan={3} title={c.name}>
                        {c.code} ({formatPoints(c.maxPoints)})
                      </th>
                    ))}
                    <th colSpan={3}>Tổng</th>
                  </tr>
                  <tr className="sub">
                    {[...data.criteria, { id: 'total' }].map((c) => (
                      <Sub key={c.id} />
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.units.map((u) => (
                    <tr key={u.unitId}>
                      <td className="num">{u.rank ?? ''}</td>
                      <td style={{ whiteSpace: 'nowrap' }}>{u.unitName}</td>
                      {u.cells.map((cell, i) => (
                        <Cells
                          key={data.criteria[i]?.id ?? i}
                          self={cell.self}
                          reviewed={cell.reviewed}
                          final={cell.final}
                        />
                      ))}
                      <Cells self={u.selfTotal} reviewed={u.reviewedTotal} final={u.finalTotal} bold />
                    </tr>
                  ))}
                </tbody>
              </table>
              <ol style={{ fontSize: 12, marginTop: 12 }}>
                {data.criteria.map((c) => (
                  <li key={c.id} style={{ listStyle: 'none' }}>
                    <strong>{c.code}</strong> {c.name}
                  </li>
                ))}
              </ol>
            </div>
          )}
        </>
      )}
    </>
  );
}

function Sub() {
  return (
    <>
      <th>TC</th>
      <th>TK</th>
      <th>C</th>
    </>
  );
}

function Cells({
  self,
  reviewed,
  final,
  bold,
}: {
  self: number | null;
  reviewed: number | null;
  final: number | null;
  bold?: boolean;
}) {
  const changed = reviewed !== null && self !== null && reviewed !== self;
  return (
    <>
      <td className="num">{formatPoints(self)}</td>
      <td className={`num${changed ? ' changed' : ''}`}>{formatPoints(reviewed)}</td>
      <td className="num" style={bold ? { fontWeight: 700 } : undefined}>
        {formatPoints(final)}
      </td>
    </>
  );
}
