import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { errorMessage } from '../../../lib/form-errors';
import { formatDateTime, numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import type { Tone } from '../../../lib/status-tag';
import { StatusTag } from '../../../lib/status-tag';
import type { AuditEvent, AuditFilters as Filters } from '../api/audit-api';
import { useAuditEvents, useVerifyAuditChain } from '../hooks/use-audit';
import { AuditFilters, RESULT_LABELS } from './audit-filters';

const RESULT_TONES: Record<AuditEvent['result'], Tone> = {
  ok: 'success',
  denied: 'warning',
  failed: 'danger',
};

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <pre
        style={{
          background: '#f5f5f5',
          padding: 8,
          margin: '4px 0 0',
          overflow: 'auto',
          maxHeight: 320,
          fontSize: 12,
        }}
      >
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

const columns: ColumnsType<AuditEvent> = [
  { title: 'Thời gian', dataIndex: 'occurredAt', width: 170, render: formatDateTime },
  {
    title: 'Người thực hiện',
    dataIndex: 'actorLabel',
    render: (actor: string | null) => actor ?? 'Hệ thống',
  },
  { title: 'Hành động', dataIndex: 'action' },
  {
    title: 'Đối tượng',
    key: 'object',
    responsive: ['md'],
    render: (_: unknown, event) => [event.objectType, event.objectId].filter(Boolean).join(' ') || '—',
  },
  {
    title: 'Kết quả',
    dataIndex: 'result',
    width: 120,
    render: (result: AuditEvent['result']) => (
      <StatusTag tone={RESULT_TONES[result]}>{RESULT_LABELS[result]}</StatusTag>
    ),
  },
  { title: 'Địa chỉ IP', dataIndex: 'ip', width: 140, responsive: ['lg'] },
];

export default function AuditPage() {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const { data, isFetching, error } = useAuditEvents(filters, page.page, page.pageSize);
  const verify = useVerifyAuditChain();

  return (
    <>
      <PageHeader
        title="Nhật ký hệ thống"
        extra={
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
          >
            Kiểm tra tính toàn vẹn
          </Button>
        }
      />
      <div aria-live="polite">
        {verify.data &&
          (verify.data.ok ? (
            <Alert
              type="success"
              showIcon
              closable
              style={{ marginBottom: 12 }}
              title={`Nhật ký toàn vẹn: đã kiểm tra ${numberFormat.format(verify.data.checked)} sự kiện, không phát hiện sửa đổi hay xóa bỏ.`}
            />
          ) : (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title="Phát hiện nhật ký bị sửa đổi hoặc thiếu"
              description={[
                verify.data.firstBadId !== null && `Sự kiện đầu tiên không khớp: #${verify.data.firstBadId}.`,
                verify.data.problem,
                `Đã kiểm tra ${numberFormat.format(verify.data.checked)} sự kiện.`,
              ]
                .filter(Boolean)
                .join(' ')}
            />
          ))}
        {verify.error && (
          <Alert type="error" showIcon title={errorMessage(verify.error)} style={{ marginBottom: 12 }} />
        )}
      </div>
      <Card size="small">
        <AuditFilters
          onChange={(next) => {
            setFilters(next);
            setPage((previous) => ({ ...previous, page: 1 }));
          }}
        />
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <Table<AuditEvent>
          size="small"
          rowKey="id"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 760 }}
          locale={{ emptyText: 'Không có sự kiện phù hợp' }}
          expandable={{
            columnTitle: <span className="visually-hidden">Xem trước và sau</span>,
            rowExpandable: (event) => event.before !== null || event.after !== null,
            expandedRowRender: (event) => (
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <JsonBlock label="Trước" value={event.before} />
                </Col>
                <Col xs={24} md={12}>
                  <JsonBlock label="Sau" value={event.after} />
                </Col>
              </Row>
            ),
          }}
          onChange={(pagination) =>
            setPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 50 })
          }
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => `Tổng số ${numberFormat.format(total)} sự kiện`,
          }}
        />
      </Card>
    </>
  );
}
