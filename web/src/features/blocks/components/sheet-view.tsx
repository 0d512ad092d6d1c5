import { Alert, Card, Empty, Table, Tag } from 'antd';
import {
  CRITERION_KIND_LABELS,
  CRITERION_ROLE_LABELS,
  type CriterionInput,
  type Sheet,
} from '../../../../../src/shared/api/blocks';
import { formatPoints } from './block-labels';

export type Row = CriterionInput & { depth: number };

export function rowsOf(sheet: Sheet): CriterionInput[] {
  return sheet.criteria.map((c) => ({
    key: c.id,
    parentKey: c.parentId,
    code: c.code,
    name: c.name,
    kind: c.kind,
    role: c.role,
    maxPoints: c.maxPoints,
    pointsPerOccurrence: c.pointsPerOccurrence,
    noTargetRule: c.noTargetRule,
    indicatorId: c.indicatorId,
    guidance: c.guidance,
  }));
}

/** Parents first, children indented under them, in the editor's order. */
export function treeOrder(rows: readonly CriterionInput[]): Row[] {
  const out: Row[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const r of rows.filter((x) => x.parentKey === parent)) {
      out.push({ ...r, depth });
      visit(r.key, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

export const regularMax = (rows: readonly CriterionInput[]) =>
  rows.filter((r) => r.kind !== 'group' && r.role === 'regular').reduce((s, r) => s + (r.maxPoints || 0), 0);

/** The sheet read-only, as a tree with each group's maximum. */
export function SheetView({ sheet }: { sheet: Sheet }) {
  if (sheet.criteria.length === 0) return <Empty description="Khối chưa có bảng tiêu chí chấm điểm." />;
  const rows = treeOrder(rowsOf(sheet));
  return (
    <Card title={`${sheet.title} (tối đa ${formatPoints(sheet.maxPoints)} điểm)`}>
      {sheet.isLocked && (
        <Alert
          type="info"
          showIcon
          title="Bảng tiêu chí đang dùng cho đợt chấm điểm nên không sửa được."
          style={{ marginBottom: 12 }}
        />
      )}
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 70 },
          {
            title: 'Tiêu chí',
            dataIndex: 'name',
            render: (name: string, r) => (
              <span style={{ paddingInlineStart: r.depth * 20, fontWeight: r.kind === 'group' ? 600 : 400 }}>
                {name}
              </span>
            ),
          },
          {
            title: 'Cách chấm',
            key: 'kind',
            responsive: ['md'],
            render: (_: unknown, r) =>
              r.kind === 'group' ? (
                ''
              ) : (
                <>
                  {CRITERION_KIND_LABELS[r.kind]}
                  {r.role !== 'regular' && (
                    <Tag style={{ marginInlineStart: 6 }}>{CRITERION_ROLE_LABELS[r.role]}</Tag>
                  )}
                  {r.kind === 'per-occurrence' && ` (${formatPoints(r.pointsPerOccurrence)} điểm/lần)`}
                </>
              ),
          },
          {
            title: 'Tối đa',
            dataIndex: 'maxPoints',
            width: 90,
            align: 'right',
            render: (v: number, r) =>
              r.kind === 'group'
                ? formatPoints(regularMax(rowsOf(sheet).filter((x) => x.parentKey === r.key)))
                : formatPoints(v),
          },
        ]}
      />
    </Card>
  );
}
