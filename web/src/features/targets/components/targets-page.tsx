import { ArrowLeftOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Result,
  Row,
  Skeleton,
  Statistic,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  type Indicator,
  TARGET_STATUS_LABELS,
  type TargetBoard,
  type UnitTarget,
} from '../../../../../src/shared/api/targets';
import { ApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/form-errors';
import { usePageTitle } from '../../../lib/page-title';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { targetsExportUrl } from '../api/targets-api';
import { useDeleteIndicator, useTargetBoard } from '../hooks/use-targets';
import { IndicatorModal } from './indicator-modal';
import { PlannedModal } from './planned-modal';
import { ReportModal } from './report-modal';
import { TargetCharts } from './target-charts';
import { TargetImportModal } from './target-import-modal';
import { formatCompletion, STATUS_COLOURS } from './target-labels';
import { IndicatorTable, type TableActions, UnitTargetTable } from './target-tables';

type Dialog =
  | { kind: 'indicator'; indicator: Indicator | null }
  | { kind: 'planned'; indicator: Indicator }
  | { kind: 'report'; indicator: Indicator; target: UnitTarget }
  | { kind: 'import' }
  | null;

function Overview({ board }: { board: TargetBoard }) {
  const o = board.summary.overall;
  const items = [
    { title: TARGET_STATUS_LABELS.exceeded, value: o.exceeded, colour: STATUS_COLOURS.exceeded },
    { title: TARGET_STATUS_LABELS.met, value: o.met, colour: STATUS_COLOURS.met },
    { title: TARGET_STATUS_LABELS['not-met'], value: o.notMet, colour: STATUS_COLOURS['not-met'] },
    { title: TARGET_STATUS_LABELS['not-reported'], value: o.notReported, colour: '#595959' },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {items.map((item) => (
        <Col key={item.title} xs={12} md={8} lg={4}>
          <Card size="small" styles={{ body: { borderTop: `4px solid ${item.colour}` } }}>
            <Statistic title={item.title} value={item.value} suffix="chỉ tiêu" />
          </Card>
        </Col>
      ))}
      <Col xs={24} md={8} lg={8}>
        <Card size="small" styles={{ body: { borderTop: '4px solid #722ed1' } }}>
          <Statistic
            title="Hoàn thành bình quân (kỳ gần nhất)"
            value={formatCompletion(o.averageCompletion)}
          />
        </Card>
      </Col>
    </Row>
  );
}

/**
 * Targets (chỉ tiêu) of one movement: the office defines indicators and assigns planned values; each unit
 * reports its value to date with evidence; dashboards by field, by unit and over the quarters.
 */
export default function TargetsPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const { data: board, error, isLoading } = useTargetBoard(id);
  const remove = useDeleteIndicator(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  usePageTitle(board ? `Chỉ tiêu — ${board.movement.title}` : 'Chỉ tiêu thi đua');

  const back = (
    <Link to={`/movements/${encodeURIComponent(id)}`}>
      <ArrowLeftOutlined aria-hidden /> Về phong trào
    </Link>
  );
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Result
        status="404"
        title="Không tìm thấy phong trào"
        subTitle="Phong trào không tồn tại hoặc không thuộc đơn vị của bạn."
        extra={<Link to="/movements">Danh sách phong trào thi đua</Link>}
      />
    );
  }

  const open = board?.movement.status !== 'closed';
  const canPlan = Boolean(board?.movement.isOrganiser) && can(me.roles, 'target.plan') && open;
  const canReport = board?.movement.status === 'launched' && can(me.roles, 'target.report');
  const ownUnit = board && !board.movement.isOrganiser && board.units.length === 1 ? board.units[0]! : null;
  const unitName = (unitId: string) => board?.units.find((u) => u.unitId === unitId)?.unitName ?? '';
  const actions: TableActions = {
    canPlan,
    canReport,
    onEdit: (indicator) => setDialog({ kind: 'indicator', indicator }),
    onPlan: (indicator) => setDialog({ kind: 'planned', indicator }),
    onReport: (indicator, target) => setDialog({ kind: 'report', indicator, target }),
    onDelete: (indicator) =>
      remove.mutate(
        { id: indicator.id, version: indicator.version },
        {
          onSuccess: () => void message.success('Đã xoá chỉ tiêu.'),
          onError: (failure) => void message.error(errorMessage(failure)),
        },
      ),
  };

  return (
    <>
      <div style={{ marginBottom: 8 }}>{back}</div>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      {isLoading && <Skeleton active />}
      {board && (
        <>
          <div className="page-header" style={{ alignItems: 'flex-start' }}>
            <div style={{ flex: '1 1 320px', minWidth: 0 }}>
              <h1 style={{ fontSize: 18, lineHeight: 1.4 }}>
                Chỉ tiêu thi đua{ownUnit ? ` — ${ownUnit.unitName}` : ''}
              </h1>
              <Typography.Text type="secondary">
                {board.movement.title} · Năm {board.movement.year}
              </Typography.Text>
            </div>
            <Flex gap={8} wrap>
              <Button
                icon={<DownloadOutlined aria-hidden />}
                href={targetsExportUrl(board.movement.id)}
                download
              >
                Xuất Excel
              </Button>
              {(canPlan || canReport) && (
                <Button icon={<UploadOutlined aria-hidden />} onClick={() => setDialog({ kind: 'import' })}>
                  Nhập từ Excel
                </Button>
              )}
              {canPlan && (
                <Button
                  type="primary"
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => setDialog({ kind: 'indicator', indicator: null })}
                >
                  Thêm chỉ tiêu
                </Button>
              )}
            </Flex>
          </div>
          {board.movement.status === 'draft' && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title="Phong trào chưa phát động: có thể xây dựng chỉ tiêu và giao kế hoạch; các đơn vị báo cáo sau khi phát động."
            />
          )}
          <Overview board={board} />
          <Tabs
            defaultActiveKey={ownUnit ? 'table' : 'charts'}
            items={[
              {
                key: 'charts',
                label: 'Biểu đồ',
                children: <TargetCharts board={board} showUnits={!ownUnit} />,
              },
              {
                key: 'table',
                label: ownUnit ? 'Chỉ tiêu của đơn vị' : 'Chỉ tiêu và đơn vị',
                children: ownUnit ? (
                  <UnitTargetTable board={board} unitId={ownUnit.unitId} actions={actions} />
                ) : (
                  <IndicatorTable board={board} actions={actions} />
                ),
              },
            ]}
          />
          {dialog?.kind === 'indicator' && (
            <IndicatorModal board={board} indicator={dialog.indicator} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'planned' && (
            <PlannedModal board={board} indicator={dialog.indicator} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'report' && (
            <ReportModal
              board={board}
              indicator={dialog.indicator}
              target={dialog.target}
              unitName={unitName(dialog.target.unitId)}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog?.kind === 'import' && (
            <TargetImportModal
              movementId={board.movement.id}
              canPlan={canPlan}
              onClose={() => setDialog(null)}
            />
          )}
        </>
      )}
    </>
  );
}
