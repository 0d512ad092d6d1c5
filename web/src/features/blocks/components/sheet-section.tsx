import { CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Skeleton,
  Table,
} from 'antd';
import { useEffect, useState } from 'react';
import {
  type BlockDetail,
  CRITERION_KIND_LABELS,
  CRITERION_ROLE_LABELS,
  type CriterionInput,
  type Sheet,
} from '../../../../../src/shared/api/blocks';
import { ApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/form-errors';
import { copySheet, saveSheet } from '../api/blocks-api';
import { useBlockMutation, useSheet } from '../hooks/use-blocks';
import { formatPoints } from './block-labels';
import { regularMax, rowsOf, SheetView, treeOrder } from './sheet-view';

/** The block's scoring sheet: a tree of groups and criteria; staff edit it until the round opens. */
export function SheetSection({ block }: { block: BlockDetail }) {
  const { data: sheet, isLoading, error } = useSheet(block.id);
  if (isLoading) return <Skeleton active />;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  if (!sheet) return null;
  const editable = block.can.manage && !sheet.isLocked;
  return editable ? <SheetEditor block={block} sheet={sheet} /> : <SheetView sheet={sheet} />;
}

let nextKey = 0;
const newKey = () => `new-${Date.now()}-${nextKey++}`;

function SheetEditor({ block, sheet }: { block: BlockDetail; sheet: Sheet }) {
  const { message, modal } = App.useApp();
  const [title, setTitle] = useState(sheet.title);
  const [maxPoints, setMaxPoints] = useState<number>(sheet.maxPoints);
  const [rows, setRows] = useState<CriterionInput[]>(() => rowsOf(sheet));
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  useEffect(() => {
    setTitle(sheet.title);
    setMaxPoints(sheet.maxPoints);
    setRows(rowsOf(sheet));
  }, [sheet]);
  const save = useBlockMutation(() =>
    saveSheet(block.id, { version: sheet.version, title, maxPoints, criteria: rows }),
  );
  const copy = useBlockMutation(() => copySheet(block.id));
  const groups = rows.filter((r) => r.kind === 'group');
  const update = (key: string, patch: Partial<CriterionInput>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const remove = (key: string) =>
    setRows((all) => {
      const gone = new Set([key]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const r of all) {
          if (r.parentKey && gone.has(r.parentKey) && !gone.has(r.key)) {
            gone.add(r.key);
            grew = true;
          }
        }
      }
      return all.filter((r) => !gone.has(r.key));
    });
  const add = (kind: 'group' | 'manual', parentKey: string | null) =>
    setRows((all) => [
      ...all,
      {
        key: newKey(),
        parentKey,
        code:
          kind === 'group'
            ? `${groups.length + 1}`
            : `${all.filter((r) => r.parentKey === parentKey).length + 1}`,
        name: '',
        kind,
        role: 'regular',
        maxPoints: kind === 'group' ? 0 : 10,
        pointsPerOccurrence: null,
        noTargetRule: 'exclude',
        indicatorId: null,
        guidance: null,
      },
    ]);
  const total = regularMax(rows);
  const onSave = () =>
    save.mutate(undefined, {
      onSuccess: () => {
        setFieldErrors([]);
        message.success('Đã lưu bảng tiêu chí.');
      },
      onError: (e) => {
        message.error(errorMessage(e));
        if (e instanceof ApiError) setFieldErrors(e.fields.map((f) => f.message));
      },
    });
  const onCopy = () =>
    modal.confirm({
      title: `Sao chép bảng tiêu chí năm ${block.year - 1}?`,
      content: 'Bảng tiêu chí hiện tại của khối sẽ được thay bằng bảng của khối cùng tên năm trước.',
      okText: 'Sao chép',
      cancelText: 'Hủy',
      onOk: () =>
        copy.mutateAsync(undefined).then(
          () => message.success('Đã sao chép bảng tiêu chí năm trước.'),
          (e) => message.error(errorMessage(e)),
        ),
    });

  return (
    <Card
      title="Soạn bảng tiêu chí chấm điểm"
      extra={
        <Button icon={<CopyOutlined aria-hidden />} onClick={onCopy} loading={copy.isPending}>
          Sao chép từ năm trước
        </Button>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <div style={{ flex: '1 1 360px' }}>
          <label htmlFor="sheet-title">Tên bảng tiêu chí</label>
          <Input id="sheet-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div>
          <label htmlFor="sheet-max">Điểm tối đa của bảng</label>
          <InputNumber
            id="sheet-max"
            value={maxPoints}
            min={0}
            onChange={(v) => setMaxPoints(Number(v ?? 0))}
            style={{ display: 'block', width: 160 }}
          />
        </div>
      </Flex>
      <Alert
        type={Math.abs(total - maxPoints) < 0.001 ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        title={`Tổng điểm tối đa các tiêu chí: ${formatPoints(total)} / ${formatPoints(maxPoints)} điểm của bảng. Điểm thưởng và điểm trừ nằm ngoài tổng này.`}
      />
      {sheet.issues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Bảng đã lưu chưa dùng được để mở đợt chấm:"
          description={
            <ul style={{ margin: 0 }}>
              {sheet.issues.map((i) => (
                <li key={i.message}>{i.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {fieldErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="Chưa lưu được:"
          description={fieldErrors.join('; ')}
        />
      )}
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={treeOrder(rows)}
        scroll={{ x: 1000 }}
        locale={{ emptyText: 'Chưa có tiêu chí. Bấm “Thêm nhóm tiêu chí” để bắt đầu.' }}
        columns={[
          {
            title: 'Mã',
            dataIndex: 'code',
            width: 80,
            render: (v: string, r) => (
              <Input
                aria-label="Mã tiêu chí"
                value={v}
                onChange={(e) => update(r.key, { code: e.target.value })}
              />
            ),
          },
          {
            title: 'Tên nhóm / tiêu chí',
            dataIndex: 'name',
            render: (v: string, r) => (
              <div style={{ paddingInlineStart: r.depth * 20 }}>
                <Input
                  aria-label="Tên tiêu chí"
                  value={v}
                  placeholder={r.kind === 'group' ? 'Tên nhóm tiêu chí' : 'Nội dung tiêu chí'}
                  style={{ fontWeight: r.kind === 'group' ? 600 : 400 }}
                  onChange={(e) => update(r.key, { name: e.target.value })}
                />
              </div>
            ),
          },
          {
            title: 'Cách chấm',
            dataIndex: 'kind',
            width: 240,
            render: (v: CriterionInput['kind'], r) =>
              r.kind === 'group' ? (
                <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => add('manual', r.key)}>
                  Thêm tiêu chí vào nhóm
                </Button>
              ) : (
                <Flex vertical gap={4}>
                  <Select
                    aria-label="Cách chấm"
                    value={v}
                    onChange={(kind) => update(r.key, { kind })}
                    options={(['manual', 'achieved', 'per-occurrence', 'target'] as const).map((k) => ({
                      value: k,
                      label: CRITERION_KIND_LABELS[k],
                    }))}
                  />
                  {v === 'per-occurrence' && (
                    <InputNumber
                      aria-label="Điểm mỗi lần"
                      addonAfter="điểm/lần"
                      min={0}
                      value={r.pointsPerOccurrence ?? undefined}
                      onChange={(p) => update(r.key, { pointsPerOccurrence: p === null ? null : Number(p) })}
                    />
                  )}
                  {v === 'target' && (
                    <>
                      <Select
                        aria-label="Chỉ tiêu"
                        placeholder={
                          sheet.indicators.length ? 'Chọn chỉ tiêu' : 'Khối chưa gắn phong trào có chỉ tiêu'
                        }
                        value={r.indicatorId ?? undefined}
                        onChange={(indicatorId) => update(r.key, { indicatorId })}
                        options={sheet.indicators.map((i) => ({
                          value: i.id,
                          label: `${i.code} – ${i.name}`,
                        }))}
                      />
                      <Select
                        aria-label="Đơn vị không được giao chỉ tiêu"
                        value={r.noTargetRule}
                        onChange={(noTargetRule) => update(r.key, { noTargetRule })}
                        options={[
                          { value: 'exclude', label: 'Không giao chỉ tiêu: không tính vào điểm tối đa' },
                          { value: 'zero', label: 'Không giao chỉ tiêu: 0 điểm' },
                        ]}
                      />
                    </>
                  )}
                </Flex>
              ),
          },
          {
            title: 'Loại điểm',
            dataIndex: 'role',
            width: 140,
            render: (v: CriterionInput['role'], r) =>
              r.kind === 'group' || r.kind === 'target' ? (
                ''
              ) : (
                <Select
                  aria-label="Loại điểm"
                  value={v}
                  onChange={(role) => update(r.key, { role })}
                  options={(['regular', 'bonus', 'penalty'] as const).map((k) => ({
                    value: k,
                    label: CRITERION_ROLE_LABELS[k],
                  }))}
                />
              ),
          },
          {
            title: 'Tối đa',
            dataIndex: 'maxPoints',
            width: 100,
            render: (v: number, r) =>
              r.kind === 'group' ? (
                <strong>{formatPoints(regularMax(rows.filter((x) => x.parentKey === r.key)))}</strong>
              ) : (
                <InputNumber
                  aria-label="Điểm tối đa"
                  min={0}
                  value={v}
                  onChange={(p) => update(r.key, { maxPoints: Number(p ?? 0) })}
                />
              ),
          },
          {
            title: '',
            key: 'remove',
            width: 50,
            render: (_: unknown, r) => (
              <Popconfirm
                title={r.kind === 'group' ? 'Xóa nhóm và mọi tiêu chí trong nhóm?' : 'Xóa tiêu chí này?'}
                okText="Xóa"
                cancelText="Không"
                onConfirm={() => remove(r.key)}
              >
                <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label="Xóa" />
              </Popconfirm>
            ),
          },
        ]}
      />
      <Flex gap={8} wrap style={{ marginTop: 12 }} justify="space-between">
        <Flex gap={8} wrap>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('group', null)}>
            Thêm nhóm tiêu chí
          </Button>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('manual', null)}>
            Thêm điểm thưởng / điểm trừ
          </Button>
        </Flex>
        <Button type="primary" onClick={onSave} loading={save.isPending}>
          Lưu bảng tiêu chí
        </Button>
      </Flex>
    </Card>
  );
}
