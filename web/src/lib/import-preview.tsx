import { Alert, Col, Row, Statistic, Table } from 'antd';

/** One problem found while checking an imported Excel row. */
export type ImportError = { row: number; column: string; message: string };

/** The checked-file summary shared by the Excel import dialogs: counts, then the rows that fail. */
export function ImportPreviewResult({
  totalLabel,
  totalRows,
  validRows,
  errors,
  groupSeparator,
  columnWidth = 160,
}: {
  /** Title of the first count, e.g. 'Tổng số dòng'. */
  totalLabel: string;
  totalRows: number;
  validRows: number;
  errors: readonly ImportError[];
  groupSeparator?: string;
  columnWidth?: number;
}) {
  return (
    <>
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={totalLabel} value={totalRows} groupSeparator={groupSeparator} />
        </Col>
        <Col span={8}>
          <Statistic title="Dòng hợp lệ" value={validRows} groupSeparator={groupSeparator} />
        </Col>
        <Col span={8}>
          <Statistic title="Dòng có lỗi" value={totalRows - validRows} groupSeparator={groupSeparator} />
        </Col>
      </Row>
      {errors.length > 0 ? (
        <>
          <Alert
            type="warning"
            showIcon
            title="Các dòng dưới đây có lỗi và sẽ không được nhập. Sửa tệp rồi chọn lại, hoặc nhập trước các dòng hợp lệ."
          />
          <Table<ImportError>
            size="small"
            rowKey={(row) => `${row.row}-${row.column}-${row.message}`}
            dataSource={[...errors]}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 70 },
              { title: 'Cột', dataIndex: 'column', width: columnWidth },
              { title: 'Lỗi', dataIndex: 'message' },
            ]}
          />
        </>
      ) : (
        <Alert type="success" showIcon title="Tất cả các dòng đều hợp lệ." />
      )}
    </>
  );
}
