import { Alert, Button, Descriptions, Drawer, Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { UnitDetail } from '../../../../../src/shared/api/units';
import { UNIT_KIND_LABELS } from '../../../../../src/shared/codes';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useUnitDetail } from '../hooks/use-units';
import { UnitStatusTag } from './unit-status';

type Change = UnitDetail['changes'][number];

function UnitLink({ unit, onOpen }: { unit: { id: string; name: string }; onOpen: (id: string) => void }) {
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
      onClick={() => onOpen(unit.id)}
    >
      {unit.name}
    </Button>
  );
}

function joinLinks(units: Change['sources'], onOpen: (id: string) => void): ReactNode {
  return units.map((unit, index) => (
    <span key={unit.id}>
      {index > 0 && ', '}
      <UnitLink unit={unit} onOpen={onOpen} />
    </span>
  ));
}

function ChangeItem({
  change,
  unitId,
  onOpen,
}: {
  change: Change;
  unitId: string;
  onOpen: (id: string) => void;
}) {
  const label = change.kind === 'merge' ? 'Sáp nhập' : 'Chia tách';
  const isTarget = change.targets.some((target) => target.id === unitId);
  return (
    <div>
      <Typography.Text strong>
        {label} — {formatDate(change.effectiveOn)}
      </Typography.Text>
      {change.decisionNumber && <div>Quyết định số {change.decisionNumber}</div>}
      <div>
        {isTarget ? 'Tiền thân: ' : 'Từ: '}
        {joinLinks(change.sources, onOpen)}
      </div>
      <div>
        {isTarget && change.kind === 'merge' ? 'Thành: ' : 'Sang: '}
        {joinLinks(change.targets, onOpen)}
      </div>
      {change.note && <Typography.Text type="secondary">{change.note}</Typography.Text>}
    </div>
  );
}

/** One unit: its facts, its successor, and the merges and splits it took part in (each unit clickable). */
export function UnitDetailDrawer({
  unitId,
  onOpen,
  onClose,
  actions,
}: {
  unitId: string | null;
  onOpen: (id: string) => void;
  onClose: () => void;
  actions?: (unit: UnitDetail) => ReactNode;
}) {
  const me = useCurrentUser();
  const { data: unit, isLoading, error } = useUnitDetail(unitId);
  const predecessors = unit
    ? unit.changes.filter((c) => c.targets.some((t) => t.id === unit.id)).flatMap((c) => c.sources)
    : [];
  return (
    <Drawer
      open={Boolean(unitId)}
      onClose={onClose}
      size={560}
      title={unit?.name ?? 'Thông tin đơn vị'}
      extra={
        unit && (
          <Flex gap={8}>
            {can(me.roles, 'registry.read') && (
              <Link to={`/registry/units/${unit.id}`}>
                <Button>Quá trình khen thưởng</Button>
              </Link>
            )}
            {actions?.(unit)}
          </Flex>
        )
      }
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {unit && (
        <Flex vertical gap={16}>
          {unit.successorId && (
            <Alert
              type="info"
              showIcon
              title={
                <span>
                  Đơn vị này {unit.status === 'split' ? 'đã chia tách' : 'đã sáp nhập'}; đơn vị kế thừa:{' '}
                  <UnitLink
                    unit={{ id: unit.successorId, name: unit.successorName ?? 'Xem đơn vị kế thừa' }}
                    onOpen={onOpen}
                  />
                </span>
              }
            />
          )}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="Tên đơn vị">{unit.name}</Descriptions.Item>
            {unit.shortName && <Descriptions.Item label="Tên viết tắt">{unit.shortName}</Descriptions.Item>}
            {unit.code && <Descriptions.Item label="Mã đơn vị">{unit.code}</Descriptions.Item>}
            <Descriptions.Item label="Loại đơn vị">{UNIT_KIND_LABELS[unit.kind]}</Descriptions.Item>
            <Descriptions.Item label="Trạng thái">
              <UnitStatusTag status={unit.status} />
            </Descriptions.Item>
            <Descriptions.Item label="Đơn vị cấp trên">
              {unit.parentId ? (
                <UnitLink unit={{ id: unit.parentId, name: unit.parentName ?? '' }} onOpen={onOpen} />
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Hiệu lực">
              {unit.validFrom ? `Từ ${formatDate(unit.validFrom)}` : '—'}
              {unit.validTo && ` đến ${formatDate(unit.validTo)}`}
            </Descriptions.Item>
            <Descriptions.Item label="Số cán bộ">{unit.peopleCount}</Descriptions.Item>
            <Descriptions.Item label="Số đơn vị trực thuộc">{unit.childCount}</Descriptions.Item>
          </Descriptions>
          {predecessors.length > 0 && (
            <section aria-labelledby="unit-predecessors">
              <Typography.Title level={2} id="unit-predecessors" style={{ fontSize: 16 }}>
                Đơn vị tiền thân
              </Typography.Title>
              {joinLinks(predecessors, onOpen)}
            </section>
          )}
          <section aria-labelledby="unit-history">
            <Typography.Title level={2} id="unit-history" style={{ fontSize: 16 }}>
              Lịch sử sáp nhập, chia tách
            </Typography.Title>
            {unit.changes.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có thay đổi" />
            ) : (
              <Timeline
                items={unit.changes.map((change) => ({
                  key: change.id,
                  content: <ChangeItem change={change} unitId={unit.id} onOpen={onOpen} />,
                }))}
              />
            )}
          </section>
        </Flex>
      )}
    </Drawer>
  );
}
