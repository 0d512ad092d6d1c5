import { Alert, Card, Col, Descriptions, Row, Skeleton, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import {
  DOSSIER_ACTION_LABELS,
  DOSSIER_STATE_LABELS,
  DOSSIER_TRACK_LABELS,
  type DossierAction,
} from '../../../../../src/shared/dossier-codes';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { StatusTag } from '../../../lib/status-tag';
import { DossierCommentsPanel } from '../../public-notice/components/dossier-comments-panel';
import { useDossier } from '../hooks/use-dossiers';
import { DossierActionBar } from './action-bar';
import { AttachmentsPanel } from './attachments-panel';
import { DossierStatusTag } from './dossier-labels';
import { NomineeCard } from './nominee-card';

const actionLabel = (action: string) =>
  action === 'create' ? 'Lập hồ sơ' : (DOSSIER_ACTION_LABELS[action as DossierAction] ?? action);

/** One dossier: its state and deadline, nominees with the engine's verdicts, appraisal, files, timeline. */
export default function DossierDetailPage() {
  const { id } = useParams();
  const { data: d, isLoading, error } = useDossier(id);
  if (isLoading) return <Skeleton active />;
  if (error || !d) return <Alert type="error" showIcon title={errorMessage(error)} />;

  return (
    <>
      <PageHeader title={d.title} extra={<DossierActionBar dossier={d} />} />
      {d.status === 'returned' && d.lastReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Hồ sơ được trả lại để bổ sung"
          description={`Lý do: ${d.lastReason}`}
        />
      )}
      {(d.status === 'rejected' || d.status === 'withdrawn') && d.lastReason && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={DOSSIER_STATE_LABELS[d.status]}
          description={`Lý do: ${d.lastReason}`}
        />
      )}
      {d.isOverdue && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Quá hạn ${d.overdueDays} ngày làm việc (hạn ${formatDate(d.dueOn)}).`}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="Trạng thái">
                <DossierStatusTag status={d.status} />
              </Descriptions.Item>
              <Descriptions.Item label="Đơn vị đề nghị">{d.unitName}</Descriptions.Item>
              <Descriptions.Item label="Loại">{DOSSIER_TRACK_LABELS[d.track]}</Descriptions.Item>
              <Descriptions.Item label="Danh hiệu / hình thức">{d.awardName}</Descriptions.Item>
              <Descriptions.Item label="Năm xét">{d.year}</Descriptions.Item>
              <Descriptions.Item label="Phong trào">{d.movementTitle ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="Ngày gửi">{formatDateTime(d.submittedAt) || '—'}</Descriptions.Item>
              <Descriptions.Item label="Hạn bước hiện tại">
                {d.dueOn ? formatDate(d.dueOn) : '—'}{' '}
                {d.isOverdue && <StatusTag tone="danger">Quá hạn</StatusTag>}
              </Descriptions.Item>
              <Descriptions.Item label="Thời gian xử lý">
                {d.processingDays === null ? '—' : `${d.processingDays} ngày làm việc`}
                {d.processingRunning && ' (đang tính)'}
              </Descriptions.Item>
              <Descriptions.Item label="Số lần trả lại">{d.returnCount}</Descriptions.Item>
              <Descriptions.Item label="Họp bình xét">
                {d.meetingHeldOn ? formatDate(d.meetingHeldOn) : '—'}
                {d.votersAgree !== null &&
                  ` — ${d.votersAgree}/${d.votersPresent} đồng ý (tổng ${d.votersTotal ?? '?'} thành viên)`}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Typography.Title level={2} style={{ fontSize: 17 }}>
            Người/tập thể được đề nghị ({d.nominees.length})
          </Typography.Title>
          {d.nominees.map((n, i) => (
            <NomineeCard key={n.id} dossier={d} nominee={n} index={i} />
          ))}
          <Card size="small" title="Tờ trình và biên bản họp" style={{ marginBottom: 16 }}>
            <Typography.Title level={3} style={{ fontSize: 14 }}>
              Tờ trình
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {d.coverLetter || '—'}
            </Typography.Paragraph>
            <Typography.Title level={3} style={{ fontSize: 14 }}>
              Biên bản họp bình xét
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {d.meetingMinutes || '—'}
            </Typography.Paragraph>
          </Card>
          <Card size="small" title="Tệp đính kèm">
            <AttachmentsPanel dossier={d} editable={d.canEdit} />
          </Card>
          {(d.status === 'public-notice' || d.status === 'decided') && (
            <DossierCommentsPanel dossierId={d.id} />
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title="Diễn biến hồ sơ">
            <Timeline
              items={d.events.map((e) => ({
                color:
                  e.toStatus === 'returned' || e.toStatus === 'rejected'
                    ? 'red'
                    : e.toStatus === 'decided'
                      ? 'green'
                      : 'blue',
                children: (
                  <>
                    <strong>{actionLabel(e.action)}</strong> → {DOSSIER_STATE_LABELS[e.toStatus]}
                    <div style={{ color: '#595959', fontSize: 12 }}>
                      {formatDateTime(e.at)} · {e.actorLabel ?? 'hệ thống'}
                    </div>
                    {e.reason && <div>Lý do: {e.reason}</div>}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
