import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { AUTHORITY_LEVEL_LABELS, type DecisionEntry } from '../../../../../src/shared/api/decisions';
import { RECIPIENT_KIND_LABELS } from '../../../../../src/shared/api/registry';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate, formatDateTime, numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { decisionDocxUrl } from '../api/decisions-api';
import { useDecision, useDeleteDecision, useIssueDecision } from '../hooks/use-decisions';
import { DecisionStatusTag } from './decision-labels';

/** One decision: its content, the annex with prize money and total, download, and the chairman's signature. */
export default function DecisionDetailPage() {
  const { id } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const { data: d, isLoading, error } = useDecision(id);
  const issue = useIssueDecision();
  const remove = useDeleteDecision();
  const [actionError, setActionError] = useState<string | null>(null);

  if (isLoading) return <Spin />;
  if (error || !d) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const isDraft = d.status === 'draft';

  const confirmIssue = () =>
    modal.confirm({
      title: 'Ký ban hành quyết định?',
      content: (
        <>
          <p>
            Quyết định “{d.subject}” sẽ được cấp số, ghi ngày hôm nay, ghi {d.entries.length} khen thưởng vào
            sổ khen thưởng (kèm số sổ vàng) và chuyển {d.dossiers.length} hồ sơ sang “Đã quyết định”.
          </p>
          <p>Sau khi ban hành không thể sửa hay xóa quyết định.</p>
        </>
      ),
      okText: 'Ký ban hành',
      cancelText: 'Chưa ký',
      onOk: async () => {
        setActionError(null);
        try {
          const issued = await issue.mutateAsync({ id: d.id, body: { version: d.version } });
          message.success(`Đã ban hành Quyết định số ${issued.numberText}`);
        } catch (e) {
          setActionError(errorMessage(e));
        }
      },
    });

  const confirmDelete = () =>
    modal.confirm({
      title: 'Xóa dự thảo quyết định?',
      content: 'Các hồ sơ sẽ trở lại danh sách chờ ra quyết định.',
      okText: 'Xóa dự thảo',
      okButtonProps: { danger: true },
      cancelText: 'Giữ lại',
      onOk: async () => {
        try {
          await remove.mutateAsync({ id: d.id, version: d.version });
          navigate('/decisions');
        } catch (e) {
          setActionError(errorMessage(e));
        }
      },
    });

  const columns: ColumnsType<DecisionEntry> = [
    { title: 'STT', key: 'stt', width: 55, render: (_: unknown, __, i) => i + 1 },
    {
      title: 'Họ và tên / Tên tập thể',
      key: 'name',
      render: (_: unknown, e) =>
        e.awardGrantId && e.personId ? (
          <Link to={`/registry/people/${e.personId}`}>{e.displayName}</Link>
        ) : (
          e.displayName
        ),
    },
    { title: 'Chức vụ, đơn vị', dataIndex: 'positionUnit', responsive: ['md'] },
    {
      title: 'Đối tượng',
      dataIndex: 'recipientKind',
      width: 100,
      responsive: ['lg'],
      render: (k: DecisionEntry['recipientKind']) => RECIPIENT_KIND_LABELS[k],
    },
    {
      title: 'Số sổ vàng',
      dataIndex: 'goldenBookNumber',
      width: 100,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: 'Hệ số',
      dataIndex: 'coefficient',
      width: 70,
      align: 'right',
      responsive: ['lg'],
      render: (v: number) => v.toLocaleString('vi-VN'),
    },
    {
      title: 'Tiền thưởng (đồng)',
      dataIndex: 'prizeAmount',
      width: 140,
      align: 'right',
      render: (v: number) => numberFormat.format(v),
    },
  ];

  return (
    <>
      <PageHeader
        title={d.numberText ? `Quyết định số ${d.numberText}` : 'Dự thảo quyết định khen thưởng'}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={decisionDocxUrl(d.id)} download>
              {isDraft ? 'Tải bản dự thảo (.docx)' : 'Tải quyết định (.docx)'}
            </Button>
            {isDraft && can(me.roles, 'decision.write') && (
              <>
                <Button danger onClick={confirmDelete}>
                  Xóa dự thảo
                </Button>
                <Button icon={<EditOutlined />} onClick={() => navigate(`/decisions/${d.id}/edit`)}>
                  Sửa dự thảo
                </Button>
              </>
            )}
            {isDraft && can(me.roles, 'decision.issue') && (
              <Button type="primary" onClick={confirmIssue} loading={issue.isPending} disabled={!d.canConfer}>
                Ký ban hành
              </Button>
            )}
          </>
        }
      />
      {actionError && <Alert type="error" showIcon title={actionError} style={{ marginBottom: 12 }} />}
      {isDraft && !d.canConfer && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Cơ quan ban hành (${AUTHORITY_LEVEL_LABELS[d.authorityLevel]}) không có thẩm quyền tặng “${d.awardName}” vào ngày ${formatDate(d.decisionDate)}${d.canConferSource ? ` (${d.canConferSource})` : ''}. Hãy sửa dự thảo trước khi trình ký.`}
        />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label="Trạng thái">
            <DecisionStatusTag status={d.status} />
            {d.issuedAt && (
              <Typography.Text type="secondary">
                {' '}
                ký lúc {formatDateTime(d.issuedAt)} bởi {d.issuedBy}
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Cơ quan ban hành">{d.issuerName}</Descriptions.Item>
          <Descriptions.Item label="Số, ký hiệu">
            {d.numberText ?? `…/${d.symbol} (cấp khi ký)`}
          </Descriptions.Item>
          <Descriptions.Item label={isDraft ? 'Ngày dự kiến' : 'Ngày ký'}>
            {d.place}, {formatDate(d.decisionDate)}
          </Descriptions.Item>
          <Descriptions.Item label="Trích yếu" span={2}>
            {d.subject}
          </Descriptions.Item>
          <Descriptions.Item label="Căn cứ" span={2}>
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {[...d.legalBases, ...(d.proposedBy ? [d.proposedBy] : [])].map((b) => (
                <li key={b}>
                  <i>{b}</i>
                </li>
              ))}
            </ul>
          </Descriptions.Item>
          <Descriptions.Item label="Người ký">
            {[d.signerAuthority, d.signerPosition].filter(Boolean).join(' ')} — {d.signerName}
          </Descriptions.Item>
          <Descriptions.Item label="Hồ sơ">
            <Space orientation="vertical" size={0}>
              {d.dossiers.map((x) => (
                <span key={x.id}>
                  {x.title} — {x.unitName}
                </span>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={`Danh sách kèm theo (${d.entries.length})`}>
        <Table<DecisionEntry>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={d.entries}
          pagination={false}
          scroll={{ x: 600 }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={columns.length - 1}>
                <b>Tổng cộng</b>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <b>{numberFormat.format(d.totalAmount)}</b>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Tiền thưởng = hệ số × mức lương cơ sở ({numberFormat.format(d.entries[0]?.baseSalary ?? 0)} đồng)
          tại ngày quyết định, làm tròn lên hàng chục nghìn đồng (Nghị định 152/2025/NĐ-CP, Điều 49).
          {isDraft && ' Số tiền được tính lại theo ngày ký khi ban hành.'}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
