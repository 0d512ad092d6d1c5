import { Alert, App, Button, InputNumber, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Indicator, TargetBoard } from '../../../../../src/shared/api/targets';
import { errorMessage, isConflict } from '../../../lib/form-errors';
import { useReloadTargets, useSavePlanned } from '../hooks/use-targets';
import { formatValue } from './target-labels';

interface Row {
  unitId: string;
  unitName: string;
  planned: number | null;
  version: number;
}

/** Assign the indicator's planned value to each participating unit (empty: not assigned). */
export function PlannedModal({
  board,
  indicator,
  onClose,
}: {
  board: TargetBoard;
  indicator: Indicator;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const save = useSavePlanned(board.movement.id);
  const reload = useReloadTargets(board.movement.id);
  const initial: Row[] = board.units.map((u) => {
    const t = board.targets.find((x) => x.indicatorId === indicator.id && x.unitId === u.unitId);
    return { unitId: u.unitId, unitName: u.unitName, planned: t?.planned ?? null, version: t?.version ?? 0 };
  });
  const [values, setValues] = useState<Record<string, number | null>>(
    Object.fromEntries(initial.map((r) => [r.unitId, r.planned])),
  );
  const [fill, setFill] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changed = initial.filter((r) => (values[r.unitId] ?? null) !== r.planned);

  const submit = async () => {
    if (changed.length === 0) return onClose();
    try {
      await save.mutateAsync({
        indicatorId: indicator.id,
        body: {
          targets: changed.map((r) => ({
            unitId: r.unitId,
            planned: values[r.unitId] ?? null,
            version: r.version,
          })),
        },
      });
      message.success(`Đã giao kế hoạch cho ${changed.length} đơn vị.`);
      onClose();
    } catch (failure) {
      if (isConflict(failure)) await reload();
      setError(errorMessage(failure));
    }
  };

  return (
    <Modal
      open
      title={`Giao kế hoạch: ${indicator.name}`}
      okText={changed.length > 0 ? `Lưu (${changed.length} đơn vị thay đổi)` : 'Đóng'}
      cancelText="Hủy"
      onOk={submit}
      confirmLoading={save.isPending}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph>
        Đơn vị tính: <b>{indicator.measureUnit}</b>
        {indicator.baseline !== null && (
          <>
            {' '}
            · Giá trị gốc: <b>{formatValue(indicator.baseline)}</b>
          </>
        )}
        . Để trống ô của đơn vị không được giao chỉ tiêu này.
      </Typography.Paragraph>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 12, flexWrap: 'wrap' }}>
        <span>Cùng một giá trị cho mọi đơn vị:</span>
        <InputNumber<number>
          value={fill}
          onChange={setFill}
          decimalSeparator=","
          aria-label="Giá trị chung"
        />
        <Button
          disabled={fill === null}
          onClick={() => setValues(Object.fromEntries(initial.map((r) => [r.unitId, fill])))}
        >
          Điền cho tất cả
        </Button>
      </div>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Table<Row>
        size="small"
        rowKey="unitId"
        dataSource={initial}
        pagination={false}
        scroll={{ y: 420 }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'unitName' },
          {
            title: `Kế hoạch (${indicator.measureUnit})`,
            key: 'planned',
            width: 220,
            render: (_: unknown, r: Row) => (
              <InputNumber<number>
                value={values[r.unitId] ?? null}
                onChange={(v) => setValues((old) => ({ ...old, [r.unitId]: v ?? null }))}
                decimalSeparator=","
                style={{ width: 180 }}
                aria-label={`Kế hoạch của ${r.unitName}`}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
