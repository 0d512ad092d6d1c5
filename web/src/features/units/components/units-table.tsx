import { Button, Flex, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { Unit } from '../../../../../src/shared/api/units';
import { UNIT_KIND_LABELS } from '../../../../../src/shared/codes';
import { formatDate } from '../../../lib/format';
import type { UnitNode } from '../../../lib/unit-tree';
import { buildUnitTree } from '../../../lib/unit-tree';
import { UnitStatusTag } from './unit-status';

/** Lower-case without diacritics, so "phuong" finds "Phường". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

/** Units whose name or code matches, plus their ancestors so the tree stays readable. */
function filterUnits(units: readonly Unit[], search: string): Unit[] {
  const needle = fold(search.trim());
  if (!needle) return [...units];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const keep = new Set<string>();
  for (const unit of units) {
    if (!fold(`${unit.name} ${unit.shortName ?? ''} ${unit.code ?? ''}`).includes(needle)) continue;
    let current: Unit | undefined = unit;
    while (current && !keep.has(current.id)) {
      keep.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  return units.filter((unit) => keep.has(unit.id));
}

export function UnitsTable({
  units,
  search,
  isLoading,
  canWrite,
  onOpen,
  onEdit,
  onAddChild,
}: {
  units: readonly Unit[];
  search: string;
  isLoading: boolean;
  canWrite: boolean;
  onOpen: (id: string) => void;
  onEdit: (id: string) => void;
  onAddChild: (parentId: string) => void;
}) {
  const tree = useMemo(() => buildUnitTree(filterUnits(units, search)), [units, search]);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const expandedRowKeys = useMemo(
    () => units.filter((u) => !collapsed.has(u.id)).map((u) => u.id),
    [units, collapsed],
  );

  const columns: ColumnsType<UnitNode> = [
    {
      title: 'Tên đơn vị',
      dataIndex: 'name',
      render: (name: string, unit) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => onOpen(unit.id)}
        >
          {name}
        </Button>
      ),
    },
    { title: 'Mã', dataIndex: 'code', width: 110, responsive: ['md'] },
    {
      title: 'Loại',
      dataIndex: 'kind',
      width: 170,
      responsive: ['sm'],
      render: (kind: Unit['kind']) => UNIT_KIND_LABELS[kind],
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 140,
      render: (status: Unit['status']) => <UnitStatusTag status={status} />,
    },
    {
      title: 'Hiệu lực từ',
      dataIndex: 'validFrom',
      width: 110,
      responsive: ['lg'],
      render: (value: string | null) => formatDate(value),
    },
  ];
  if (canWrite) {
    columns.push({
      title: 'Thao tác',
      key: 'actions',
      width: 200,
      render: (_: unknown, unit) =>
        unit.status === 'active' ? (
          <Flex gap={4} wrap>
            <Button size="small" aria-label={`Sửa đơn vị ${unit.name}`} onClick={() => onEdit(unit.id)}>
              Sửa
            </Button>
            <Button
              size="small"
              aria-label={`Tạo đơn vị con của ${unit.name}`}
              onClick={() => onAddChild(unit.id)}
            >
              Tạo đơn vị con
            </Button>
          </Flex>
        ) : null,
    });
  }

  return (
    <Table<UnitNode>
      size="small"
      rowKey="id"
      loading={isLoading}
      columns={columns}
      dataSource={tree}
      pagination={false}
      scroll={{ x: 640 }}
      locale={{ emptyText: search ? 'Không có đơn vị phù hợp' : 'Chưa có đơn vị' }}
      expandable={{
        expandedRowKeys,
        onExpand: (isExpanded, unit) =>
          setCollapsed((previous) => {
            const next = new Set(previous);
            if (isExpanded) next.delete(unit.id);
            else next.add(unit.id);
            return next;
          }),
      }}
    />
  );
}
