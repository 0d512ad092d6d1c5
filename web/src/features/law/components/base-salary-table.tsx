import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { formatDate, TIME_ZONE } from '../../../lib/format';
import { StatusTag, type Tone } from '../../../lib/status-tag';
import type { BaseSalaryPeriod } from '../api/law-api';
import { formatMoney } from './law-format';

/** The base salary (mức lương cơ sở) by period: prize money is a coefficient times it. */
export function BaseSalaryTable({ periods, loading }: { periods: BaseSalaryPeriod[]; loading: boolean }) {
  const columns: ColumnsType<BaseSalaryPeriod> = [
    { title: 'Mức lương cơ sở', dataIndex: 'value', width: 180, align: 'right', render: formatMoney },
    { title: 'Từ ngày', dataIndex: 'from', width: 120, render: formatDate },
    {
      title: 'Đến ngày',
      dataIndex: 'to',
      width: 120,
      render: (to: string | null) => (to ? formatDate(to) : 'Chưa xác định'),
    },
    {
      title: 'Tình trạng',
      key: 'status',
      width: 190,
      render: (_, p) => {
        const status = statusOf(p);
        return <StatusTag tone={status.tone}>{status.label}</StatusTag>;
      },
    },
    { title: 'Căn cứ pháp lý', dataIndex: 'source' },
  ];
  const today = dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
  // The server lists periods in priority order (overrides first): the first in force today applies.
  const applying = periods.find((p) => p.from <= today && (!p.to || today <= p.to));
  const statusOf = (p: BaseSalaryPeriod): { tone: Tone; label: string } => {
    if (p === applying) return { tone: 'success', label: 'Đang áp dụng' };
    if (p.from > today) return { tone: 'info', label: 'Chưa đến ngày hiệu lực' };
    if (p.to && p.to < today) return { tone: 'neutral', label: 'Đã hết hiệu lực' };
    return { tone: 'neutral', label: 'Đã được thay thế' };
  };
  const sorted = [...periods].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <Table<BaseSalaryPeriod>
      size="small"
      rowKey={(p) => `${p.from}:${p.value}:${p.source}`}
      loading={loading}
      columns={columns}
      dataSource={sorted}
      scroll={{ x: 560 }}
      pagination={false}
      locale={{ emptyText: <span style={{ color: '#595959' }}>Chưa có mức lương cơ sở</span> }}
    />
  );
}
