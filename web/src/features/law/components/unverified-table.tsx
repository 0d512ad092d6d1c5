import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { UnverifiedItem } from '../api/law-api';

/** Defaults shipped without a verified legal text: check them, then confirm or amend by an override. */
export function UnverifiedTable({ items, loading }: { items: UnverifiedItem[]; loading: boolean }) {
  const columns: ColumnsType<UnverifiedItem> = [
    {
      title: 'Căn cứ',
      dataIndex: 'source',
      width: '40%',
      render: (source: string, item) => (
        <>
          <div>{source}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.ref}
          </Typography.Text>
        </>
      ),
    },
    { title: 'Ghi chú', dataIndex: 'note' },
  ];
  return (
    <Table<UnverifiedItem>
      size="small"
      rowKey="ref"
      loading={loading}
      columns={columns}
      dataSource={items}
      scroll={{ x: 560 }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
      locale={{ emptyText: <span style={{ color: '#595959' }}>Không còn mặc định nào chưa kiểm chứng</span> }}
    />
  );
}
