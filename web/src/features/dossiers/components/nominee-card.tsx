import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Alert, Card, Collapse, Flex, Table, Typography } from 'antd';
import type { DossierDetail, Nominee } from '../../../../../src/shared/api/dossiers';
import { NOMINEE_KIND_LABELS } from '../../../../../src/shared/dossier-codes';
import { formatDateTime } from '../../../lib/format';
import { AppraisalPanel } from './appraisal-panel';
import { VerdictTag } from './dossier-labels';

type Criterion = Nominee['criteria'][number];

function Result({ ok }: { ok: boolean | null }) {
  if (ok === true)
    return (
      <span style={{ color: '#135200' }}>
        <CheckCircleFilled aria-hidden /> Đạt
      </span>
    );
  if (ok === false)
    return (
      <span style={{ color: '#a8071a' }}>
        <CloseCircleFilled aria-hidden /> Không đạt
      </span>
    );
  return (
    <span style={{ color: '#873800' }}>
      <QuestionCircleFilled aria-hidden /> Cần xác nhận
    </span>
  );
}

/** The report as stored: the server passed it through an allow-list sanitiser (sanitize-report.ts). */
function ReportHtml({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server with an allow-list
  return <div className="achievement-report" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** One nominee: the engine's verdict with each criterion and its article, flags, report and appraisal. */
export function NomineeCard({
  dossier,
  nominee,
  index,
}: {
  dossier: DossierDetail;
  nominee: Nominee;
  index: number;
}) {
  const failing = nominee.criteria.filter((c) => c.ok === false);
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Flex gap={8} align="center" wrap>
          <span>
            {index + 1}. {nominee.displayName}
          </span>
          <VerdictTag status={nominee.verdictStatus} />
        </Flex>
      }
      extra={<span style={{ color: '#595959' }}>{NOMINEE_KIND_LABELS[nominee.kind]}</span>}
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {[nominee.position, nominee.unitName].filter(Boolean).join(' · ')}
      </Typography.Paragraph>
      {nominee.achievementSummary && (
        <Typography.Paragraph>
          <strong>Tóm tắt thành tích:</strong> {nominee.achievementSummary}
        </Typography.Paragraph>
      )}
      {nominee.flags.map((f) => (
        <Alert
          key={`${f.code}-${f.otherDossierId ?? ''}-${f.message}`}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={f.message}
        />
      ))}
      {nominee.overrideStatus && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={`Người thẩm định đã thay đổi kết quả thành “${nominee.overrideStatus === 'eligible' ? 'đủ điều kiện' : 'chưa đủ điều kiện'}”`}
          description={`Lý do: ${nominee.overrideReason} — ${nominee.overrideBy}, ${formatDateTime(nominee.overrideAt)}`}
        />
      )}
      {failing.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title="Tiêu chí chưa đạt"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {failing.map((c) => (
                <li key={c.id}>
                  {c.message} <em>({c.source})</em>
                </li>
              ))}
            </ul>
          }
        />
      )}
      {nominee.verdictStage ? (
        <Table<Criterion>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={nominee.criteria}
          caption={
            <span style={{ color: '#595959' }}>
              Kết quả kiểm tra{' '}
              {nominee.verdictStage === 'appraisal' ? 'khi thẩm định' : 'khi đơn vị gửi hồ sơ'} lúc{' '}
              {formatDateTime(nominee.verdictAt)}
              {nominee.canConfer === false &&
                ' — cấp quyết định hiện tại không có thẩm quyền tặng danh hiệu này'}
            </span>
          }
          columns={[
            { title: 'Tiêu chí', dataIndex: 'label' },
            {
              title: 'Kết quả',
              dataIndex: 'ok',
              width: 130,
              render: (ok: boolean | null) => <Result ok={ok} />,
            },
            { title: 'Căn cứ', dataIndex: 'source', width: 260, responsive: ['md'] },
            { title: 'Giải thích', dataIndex: 'message', responsive: ['lg'] },
          ]}
        />
      ) : (
        <Typography.Paragraph style={{ color: '#595959' }}>
          Bộ kiểm tra điều kiện sẽ chạy khi Thủ trưởng đơn vị gửi hồ sơ.
        </Typography.Paragraph>
      )}
      <Collapse
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'report',
            label: 'Báo cáo thành tích',
            children: <ReportHtml html={nominee.achievementReportHtml} />,
          },
        ]}
      />
      {dossier.canAppraise && (
        <div style={{ marginTop: 12, borderTop: '1px solid #f0f0f0', paddingTop: 12 }}>
          <AppraisalPanel key={`${nominee.id}-${dossier.version}`} dossier={dossier} nominee={nominee} />
        </div>
      )}
    </Card>
  );
}
