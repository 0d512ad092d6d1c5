import { Alert, Button, Card, Checkbox, Flex, Input } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../lib/form-errors';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useUnitList } from '../hooks/use-units';
import { UnitDetailDrawer } from './unit-detail-drawer';
import type { UnitFormTarget } from './unit-form-modal';
import { UnitFormModal } from './unit-form-modal';
import { UnitMergeModal } from './unit-merge-modal';
import { UnitSplitModal } from './unit-split-modal';
import { UnitsTable } from './units-table';

type Dialog = { kind: 'merge'; sourceIds?: string[] } | { kind: 'split'; sourceId?: string } | null;

export default function UnitsPage() {
  const me = useCurrentUser();
  const canWrite = can(me.roles, 'unit.write');
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [formTarget, setFormTarget] = useState<UnitFormTarget | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, isLoading, error } = useUnitList(includeInactive);
  const openUnitId = params.get('unit');

  const openUnit = (id: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (id) next.set('unit', id);
        else next.delete('unit');
        return next;
      },
      { replace: !id },
    );

  return (
    <>
      <PageHeader
        title="Đơn vị"
        extra={
          canWrite && (
            <>
              <Button onClick={() => setDialog({ kind: 'merge' })}>Sáp nhập</Button>
              <Button onClick={() => setDialog({ kind: 'split' })}>Chia tách</Button>
              <Button type="primary" onClick={() => setFormTarget({ mode: 'create', parentId: me.unit?.id })}>
                Thêm đơn vị
              </Button>
            </>
          )
        }
      />
      <Card size="small">
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label="Tìm đơn vị"
            placeholder="Tìm theo tên hoặc mã đơn vị"
            allowClear
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ maxWidth: 360 }}
          />
          <Checkbox checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)}>
            Hiện cả đơn vị đã sáp nhập, chia tách, giải thể
          </Checkbox>
        </Flex>
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <UnitsTable
          units={data?.items ?? []}
          search={search}
          isLoading={isLoading}
          canWrite={canWrite}
          onOpen={openUnit}
          onEdit={(unitId) => setFormTarget({ mode: 'edit', unitId })}
          onAddChild={(parentId) => setFormTarget({ mode: 'create', parentId })}
        />
      </Card>
      <UnitDetailDrawer
        unitId={openUnitId}
        onOpen={openUnit}
        onClose={() => openUnit(null)}
        actions={(unit) =>
          canWrite &&
          unit.status === 'active' && (
            <Flex gap={8} wrap>
              <Button size="small" onClick={() => setFormTarget({ mode: 'edit', unitId: unit.id })}>
                Sửa
              </Button>
              <Button size="small" onClick={() => setDialog({ kind: 'merge', sourceIds: [unit.id] })}>
                Sáp nhập
              </Button>
              <Button size="small" onClick={() => setDialog({ kind: 'split', sourceId: unit.id })}>
                Chia tách
              </Button>
            </Flex>
          )
        }
      />
      <UnitFormModal target={formTarget} onClose={() => setFormTarget(null)} />
      <UnitMergeModal
        open={dialog?.kind === 'merge'}
        initialSourceIds={dialog?.kind === 'merge' ? dialog.sourceIds : undefined}
        onClose={() => setDialog(null)}
        onMerged={(target) => {
          setDialog(null);
          openUnit(target.id);
        }}
      />
      <UnitSplitModal
        open={dialog?.kind === 'split'}
        initialSourceId={dialog?.kind === 'split' ? dialog.sourceId : undefined}
        onClose={() => setDialog(null)}
        onSplit={() => {
          setDialog(null);
          setIncludeInactive(true);
        }}
      />
    </>
  );
}
