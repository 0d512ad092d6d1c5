import { Card, Descriptions, Empty, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  MILESTONE_KIND_LABELS,
  MOVEMENT_FIELD_LABELS,
  MOVEMENT_KIND_LABELS,
  type MovementDetail,
} from '../../../../../src/shared/api/movements';
import { formatDate, numberFormat } from '../../../lib/format';
import { formatInstantDate, LAUNCH_DOCUMENT_LABELS, MovementStatusTag } from './movement-labels';

const none = <Typography.Text type="secondary">Chưa có</Typography.Text>;

export function SectionCard({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <section aria-labelledby={id}>
        <h2 id={id} style={{ fontSize: 16, fontWeight: 600, margin: '0 0 12px' }}>
          {title}
        </h2>
        {children}
      </section>
    </Card>
  );
}

export function GeneralSection({ movement }: { movement: MovementDetail }) {
  const period =
    movement.startsOn || movement.endsOn
      ? `${formatDate(movement.startsOn) || '…'} – ${formatDate(movement.endsOn) || '…'}`
      : '—';
  return (
    <SectionCard id="movement-general" title="Thông tin chung">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'unit', label: 'Đơn vị tổ chức', children: movement.unitName },
          { key: 'kind', label: 'Loại phong trào', children: MOVEMENT_KIND_LABELS[movement.kind] },
          { key: 'year', label: 'Năm', children: movement.year },
          { key: 'period', label: 'Thời gian thực hiện', children: period },
          {
            key: 'launched',
            label: 'Ngày phát động',
            children: formatInstantDate(movement.launchedAt) || '—',
          },
          ...(movement.closedAt
            ? [{ key: 'closed', label: 'Đã kết thúc ngày', children: formatInstantDate(movement.closedAt) }]
            : []),
        ]}
      />
    </SectionCard>
  );
}

export function DocumentSection({ movement }: { movement: MovementDetail }) {
  const doc = movement.launchDocument;
  const keys = Object.keys(LAUNCH_DOCUMENT_LABELS) as (keyof typeof LAUNCH_DOCUMENT_LABELS)[];
  return (
    <SectionCard id="movement-document" title="Văn bản phát động">
      <Descriptions
        bordered
        size="small"
        // Two columns only where the section is wide: full width on tablets, very wide screens.
        column={{ xs: 1, sm: 2, md: 2, lg: 1, xl: 1, xxl: 2 }}
        styles={{ label: { width: 170 } }}
        items={keys.map((key) => ({
          key,
          label: LAUNCH_DOCUMENT_LABELS[key],
          children: (key === 'date' ? formatDate(doc.date) : doc[key]) || '—',
        }))}
      />
    </SectionCard>
  );
}

export function FieldsSection({ movement }: { movement: MovementDetail }) {
  return (
    <SectionCard id="movement-fields" title="Lĩnh vực">
      {movement.fields.length === 0
        ? none
        : movement.fields.map((field) => (
            <Tag key={field} style={{ marginBottom: 4, whiteSpace: 'normal' }}>
              {MOVEMENT_FIELD_LABELS[field]}
            </Tag>
          ))}
    </SectionCard>
  );
}

/** '1' → '1.', 'a)' stays; a task without a number is numbered by its position. */
function taskNumber(number: string | null, index: number): string {
  if (!number) return `${index + 1}.`;
  return /^\d+$/.test(number) ? `${number}.` : number;
}

export function TasksSection({ movement }: { movement: MovementDetail }) {
  return (
    <SectionCard id="movement-tasks" title="Nhiệm vụ trọng tâm">
      {movement.tasks.length === 0 ? (
        none
      ) : (
        <ol style={{ margin: 0, padding: 0, listStyle: 'none' }}>
          {movement.tasks.map((task, index) => (
            <li key={task.id} style={{ display: 'flex', gap: 8, marginBottom: 12 }}>
              <strong style={{ minWidth: 24 }}>{taskNumber(task.number, index)}</strong>
              <div style={{ minWidth: 0 }}>
                {task.field && (
                  <Tag style={{ marginBottom: 4, whiteSpace: 'normal' }}>
                    {MOVEMENT_FIELD_LABELS[task.field]}
                  </Tag>
                )}
                <div style={{ whiteSpace: 'pre-wrap' }}>{task.text}</div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}

export function RelatedSection({ movement }: { movement: MovementDetail }) {
  const empty =
    !movement.parentMovement && movement.subMovements.length === 0 && movement.relatedMovements.length === 0;
  return (
    <SectionCard id="movement-related" title="Phong trào liên quan">
      {empty && none}
      {movement.parentMovement && (
        <p style={{ marginTop: 0 }}>
          Thuộc phong trào:{' '}
          <Link to={`/movements/${movement.parentMovement.id}`}>{movement.parentMovement.title}</Link>
        </p>
      )}
      {movement.subMovements.length > 0 && (
        <>
          <h3 style={{ fontSize: 14, margin: '0 0 4px' }}>Phong trào con</h3>
          <ul style={{ marginTop: 0, paddingInlineStart: 20 }}>
            {movement.subMovements.map((sub) => (
              <li key={sub.id} style={{ marginBottom: 4 }}>
                <Link to={`/movements/${sub.id}`}>{sub.title}</Link> <MovementStatusTag status={sub.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      {movement.relatedMovements.length > 0 && (
        <>
          <h3 style={{ fontSize: 14, margin: '0 0 4px' }}>Do cấp trên phát động</h3>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {movement.relatedMovements.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
    </SectionCard>
  );
}

export function ParticipantsSection({ movement }: { movement: MovementDetail }) {
  const count = movement.participants.length;
  return (
    <SectionCard id="movement-participants" title={`Đơn vị tham gia (${numberFormat.format(count)})`}>
      {count === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa chọn đơn vị tham gia" />
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {movement.participants.map((p) => (
            <li key={p.unitId}>{p.unitName}</li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

export function MilestonesSection({ movement }: { movement: MovementDetail }) {
  const milestones = [...movement.milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <SectionCard id="movement-milestones" title="Mốc thời gian">
      {milestones.length === 0 ? (
        none
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={milestones.map((m) => ({
            key: m.id,
            title: formatDate(m.dueOn),
            content: (
              <>
                <div>{m.title}</div>
                <Typography.Text type="secondary">{MILESTONE_KIND_LABELS[m.kind]}</Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </SectionCard>
  );
}
