import { Button, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router';
import { RECIPIENT_KIND_LABELS, type RegistryEntry } from '../../../../../src/shared/api/registry';
import { formatDate, numberFormat } from '../../../lib/format';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { StatusTag } from '../../../lib/status-tag';
import { RevokeModal } from './revoke-modal';

/** Status tag, with the revocation's date and reason beneath when revoked. */
function GrantStatus({ entry }: { entry: RegistryEntry }) {
  if (entry.status === 'valid') return <StatusTag tone="success">Còn hiệu lực</StatusTag>;
  return (
    <Space orientation="vertical" size={2}>
      <StatusTag tone="danger">Đã thu hồi {formatDate(entry.revokedOn)}</StatusTag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {entry.revokeReason}
      </Typography.Text>
    </Space>
  );
}

/** The registry as a table: who, what, which decision, status; staff may revoke a valid grant. */
export function RegistryTable({
  items,
  loading,
  pagination,
  onChange,
  hideRecipient,
}: {
  items: RegistryEntry[];
  loading?: boolean;
  pagination?: TablePaginationConfig | false;
  onChange?: (p: TablePaginationConfig) => void;
  hideRecipient?: boolean;
}) {
  const me = useCurrentUser();
  const [revoking, setRevoking] = useState<RegistryEntry | null>(null);
  const mayRevoke = can(me.roles, 'registry.revoke');

  const columns: ColumnsType<RegistryEntry> = [
    ...(hideRecipient
      ? []
      : [
          {
            title: 'Người/tập thể được khen',
            key: 'recipient',
            render: (_: unknown, e: RegistryEntry) => (
              <Space orientation="vertical" size={0}>
                {e.personId ? (
                  <Link to={`/registry/people/${e.personId}`}>{e.recipientName}</Link>
                ) : e.recipientKind === 'collective' ? (
                  <Link to={`/registry/units/${e.unitId}`}>{e.recipientName}</Link>
                ) : (
                  e.recipientName
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {RECIPIENT_KIND_LABELS[e.recipientKind]}
                  {e.recipientKind !== 'collective' ? ` · ${e.unitName}` : ''}
                </Typography.Text>
              </Space>
            ),
          },
        ]),
    { title: 'Danh hiệu/hình thức', dataIndex: 'awardName' },
    { title: 'Năm', dataIndex: 'year', width: 70 },
    {
      title: 'Quyết định',
      key: 'decision',
      width: 140,
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_: unknown, e) =>
        e.decisionNumber ? (
          <Space orientation="vertical" size={0}>
            {e.decisionId ? (
              <Link to={`/decisions/${e.decisionId}`}>{e.decisionNumber}</Link>
            ) : (
              e.decisionNumber
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDate(e.decisionDate)}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">Chưa ghi</Typography.Text>
        ),
    },
    { title: 'Số sổ vàng', dataIndex: 'goldenBookNumber', width: 100, responsive: ['md'] },
    {
      title: 'Tiền thưởng (đồng)',
      dataIndex: 'prizeAmount',
      align: 'right',
      width: 130,
      responsive: ['lg'],
      render: (v: number | null) => (v === null ? '' : numberFormat.format(v)),
    },
    { title: 'Tình trạng', key: 'status', width: 200, render: (_: unknown, e) => <GrantStatus entry={e} /> },
    ...(mayRevoke
      ? [
          {
            title: '',
            key: 'actions',
            width: 90,
            render: (_: unknown, e: RegistryEntry) =>
              e.status === 'valid' && (
                <Tooltip title="Thu hồi theo Điều 93 Luật Thi đua, khen thưởng">
                  <Button size="small" danger onClick={() => setRevoking(e)}>
                    Thu hồi
                  </Button>
                </Tooltip>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Table<RegistryEntry>
        size="small"
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={items}
        scroll={{ x: 760 }}
        locale={{ emptyText: 'Không có khen thưởng phù hợp' }}
        pagination={pagination}
        onChange={(p) => onChange?.(p)}
      />
      <RevokeModal entry={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
