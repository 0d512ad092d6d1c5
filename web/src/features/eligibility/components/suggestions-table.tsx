import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { Suggestion } from '../../../../../src/shared/api/eligibility';
import { numberFormat } from '../../../lib/format';
import { StatusTag } from '../../../lib/status-tag';
import { SuggestionDetails } from './suggestion-details';

export const suggestionKey = (s: Suggestion) => `${s.kind}:${s.personId ?? s.unitId}:${s.award}`;

const byName = (a: Suggestion, b: Suggestion) => a.name.localeCompare(b.name, 'vi');

const unitColumn: ColumnsType<Suggestion>[number] = {
  title: 'Đơn vị',
  dataIndex: 'unitName',
  responsive: ['md'],
  sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'vi'),
};

const awardColumn: ColumnsType<Suggestion>[number] = {
  title: 'Danh hiệu / hình thức',
  dataIndex: 'awardName',
  responsive: ['sm'],
};

export function SuggestionsTable({
  items,
  loading,
  labels,
  collective,
  singleAward,
}: {
  items: Suggestion[];
  loading: boolean;
  labels: ReadonlyMap<string, string> | undefined;
  /** The "Tập thể" tab: the unit column would repeat the name. */
  collective?: boolean;
  /** A tab of one award: its column would repeat the tab's name. */
  singleAward?: boolean;
}) {
  const columns: ColumnsType<Suggestion> = [
    { title: 'Họ tên / tập thể', dataIndex: 'name', width: 240, sorter: byName },
    ...(collective ? [] : [unitColumn]),
    ...(singleAward ? [] : [awardColumn]),
    {
      title: 'Kết quả',
      dataIndex: 'status',
      width: 150,
      filters: [
        { text: 'Đủ tiêu chuẩn', value: 'eligible' },
        { text: 'Cần xác nhận', value: 'needs-attestation' },
      ],
      onFilter: (value, s) => s.status === value,
      render: (status: Suggestion['status']) =>
        status === 'eligible' ? (
          <StatusTag tone="success">Đủ tiêu chuẩn</StatusTag>
        ) : (
          <StatusTag tone="warning">Cần xác nhận</StatusTag>
        ),
    },
    {
      title: 'Thẩm quyền',
      dataIndex: 'canConfer',
      width: 170,
      filters: [
        { text: 'Thuộc thẩm quyền', value: 'yes' },
        { text: 'Trình cấp trên', value: 'no' },
      ],
      onFilter: (value, s) => s.canConfer === (value === 'yes'),
      render: (canConfer: boolean) =>
        canConfer ? (
          <StatusTag tone="neutral">Thuộc thẩm quyền</StatusTag>
        ) : (
          <StatusTag tone="info">Trình cấp trên</StatusTag>
        ),
    },
  ];
  return (
    <Table<Suggestion>
      size="small"
      rowKey={suggestionKey}
      loading={loading}
      columns={columns}
      dataSource={items}
      scroll={{ x: 720 }}
      locale={{ emptyText: <span style={{ color: '#595959' }}>Không có gợi ý nào</span> }}
      expandable={{
        columnTitle: <span className="visually-hidden">Xem tiêu chuẩn</span>,
        expandedRowRender: (s) => <SuggestionDetails suggestion={s} labels={labels} />,
      }}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => `Tổng số ${numberFormat.format(total)} gợi ý`,
      }}
    />
  );
}
