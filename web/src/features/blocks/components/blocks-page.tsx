import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { BLOCK_KIND_LABELS, type BlockList } from '../../../../../src/shared/api/blocks';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { usePageTitle } from '../../../lib/page-title';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { StatusTag } from '../../../lib/status-tag';
import { useBlocks } from '../hooks/use-blocks';
import { BlockFormDrawer } from './block-form-drawer';
import { AssessmentStatusTag, RoundStatusTag } from './block-labels';

type Item = BlockList['items'][number];

/** The emulation blocks and clusters of a year: the organiser's and those the user's unit belongs to. */
export default function BlocksPage() {
  usePageTitle('Khối, cụm thi đua');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const { data, isFetching, error } = useBlocks(year);
  const years = [...new Set([...(data?.years ?? []), new Date().getFullYear()])].sort((a, b) => b - a);

  const columns: ColumnsType<Item> = [
    {
      title: 'Khối, cụm',
      dataIndex: 'name',
      render: (name: string, b) => (
        <Space direction="vertical" size={0}>
          <Link to={`/blocks/${b.id}`}>{name}</Link>
          <span style={{ color: '#595959', fontSize: 13 }}>
            {BLOCK_KIND_LABELS[b.kind]} · Năm {b.year} · {b.memberCount} đơn vị
          </span>
        </Space>
      ),
    },
    {
      title: 'Trưởng khối / Phó khối',
      key: 'head',
      responsive: ['md'],
      render: (_: unknown, b) => (
        <>
          <div>{b.headUnitName ?? 'Chưa chọn'}</div>
          <div style={{ color: '#595959' }}>{b.deputyUnitName ?? 'Chưa chọn phó khối'}</div>
        </>
      ),
    },
    {
      title: 'Giao ước',
      dataIndex: 'covenantSignedOn',
      width: 120,
      responsive: ['lg'],
      render: (d: string | null) => (d ? `Ký ${formatDate(d)}` : 'Chưa ký'),
    },
    {
      title: 'Đợt chấm điểm',
      key: 'round',
      width: 220,
      render: (_: unknown, b) => (
        <Space direction="vertical" size={4}>
          <RoundStatusTag status={b.roundStatus} />
          {b.ownStatus && (
            <span>
              Đơn vị bạn: <AssessmentStatusTag status={b.ownStatus} />
            </span>
          )}
          {b.toReview > 0 && <StatusTag tone="warning">{b.toReview} bảng chờ bạn chấm</StatusTag>}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Khối, cụm thi đua"
        extra={
          <>
            <Select
              aria-label="Năm"
              style={{ width: 180 }}
              value={year ?? 'all'}
              onChange={(v) => setYear(v === 'all' ? undefined : Number(v))}
              options={[
                { value: 'all', label: 'Tất cả các năm' },
                ...years.map((y) => ({ value: y, label: `Năm ${y}` })),
              ]}
            />
            {can(me.roles, 'block.manage') && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                Tạo khối, cụm
              </Button>
            )}
          </>
        }
      />
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Card>
        <Table
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          pagination={false}
          locale={{ emptyText: 'Chưa có khối, cụm thi đua nào trong năm này.' }}
        />
      </Card>
      {creating && (
        <BlockFormDrawer
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            navigate(`/blocks/${id}`);
          }}
        />
      )}
    </>
  );
}
