import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Input, InputNumber, Select, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { Assessment, AssessmentRow } from '../../../../../src/shared/api/blocks';
import { CRITERION_ROLE_LABELS } from '../../../../../src/shared/api/blocks';
import { errorMessage } from '../../../lib/form-errors';
import { evidenceUrl, uploadEvidence } from '../api/blocks-api';
import { formatPoints } from './block-labels';

export type Mode = 'self' | 'review' | 'explanation' | 'final';
export interface Draft {
  value?: number | null;
  evidence?: string;
  reason?: string;
  explanation?: string;
}

type Row = AssessmentRow & { depth: number };

function treeOrder(rows: readonly AssessmentRow[]): Row[] {
  const out: Row[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const r of rows.filter((x) => x.parentId === parent)) {
      out.push({ ...r, depth });
      visit(r.criterionId, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

const OUTCOMES: Record<string, string> = {
  excluded: 'Không được giao chỉ tiêu: không tính vào điểm tối đa',
  'no-target-zero': 'Không được giao chỉ tiêu',
  'not-reported': 'Chưa báo cáo kết quả',
  below: 'Chưa đạt chỉ tiêu',
  met: 'Đạt chỉ tiêu',
  leader: 'Vượt cao nhất khối',
  above: 'Vượt chỉ tiêu',
};

function ValueInput({
  row,
  value,
  onChange,
  label,
}: {
  row: Row;
  value: number | null | undefined;
  onChange: (v: number | null) => void;
  label: string;
}) {
  if (row.kind === 'achieved') {
    return (
      <Select
        aria-label={label}
        style={{ width: '100%' }}
        placeholder="Chọn"
        value={value ?? undefined}
        onChange={(v) => onChange(v)}
        options={[
          { value: 1, label: `Đạt (${formatPoints(row.maxPoints)} điểm)` },
          { value: 0, label: 'Không đạt (0 điểm)' },
        ]}
      />
    );
  }
  return (
    <InputNumber
      aria-label={label}
      style={{ width: '100%' }}
      min={0}
      max={row.kind === 'manual' ? row.maxPoints : undefined}
      step={row.kind === 'per-occurrence' ? 1 : 0.25}
      decimalSeparator=","
      addonAfter={row.kind === 'per-occurrence' ? 'lần' : 'điểm'}
      value={value ?? null}
      onChange={(v) => onChange(v === null ? null : Number(v))}
    />
  );
}

/** The evidence document of a criterion: a link to it, and in self-assessment an upload button. */
function EvidenceFile({ data, row, editable }: { data: Assessment; row: Row; editable: boolean }) {
  const { message } = App.useApp();
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const has = uploaded !== null || row.evidenceFileId !== null;
  return (
    <div style={{ marginTop: 4, fontSize: 13 }}>
      {has && (
        <a href={evidenceUrl(data.blockId, data.unitId, row.criterionId)}>
          <PaperClipOutlined aria-hidden /> {uploaded ?? 'Tệp minh chứng'}
        </a>
      )}
      {editable && (
        <Upload
          accept=".pdf,.docx,.xlsx,.jpg,.png"
          showUploadList={false}
          beforeUpload={(file) => {
            setBusy(true);
            uploadEvidence(data.blockId, data.unitId, row.criterionId, file)
              .then((f) => {
                setUploaded(f.name);
                message.success('Đã đính kèm tệp minh chứng.');
              })
              .catch((e) => message.error(errorMessage(e)))
              .finally(() => setBusy(false));
            return false;
          }}
        >
          <Button
            size="small"
            type="link"
            loading={busy}
            aria-label={`Đính kèm tệp cho tiêu chí ${row.code}`}
          >
            {has ? 'Thay tệp' : 'Đính kèm tệp minh chứng'}
          </Button>
        </Upload>
      )}
    </div>
  );
}

const shown = (row: AssessmentRow, value: number | null, score: number | null) => {
  if (score === null && value === null) return '—';
  if (row.kind === 'per-occurrence') return `${formatPoints(value)} lần → ${formatPoints(score)} điểm`;
  if (row.kind === 'achieved')
    return value === null ? '—' : value >= 1 ? `Đạt · ${formatPoints(score)}` : 'Không đạt · 0';
  return formatPoints(score);
};

/** The sheet as a table: each criterion's self, reviewed and final points side by side, the editable column by step. */
export function AssessmentRows(props: {
  data: Assessment;
  mode: Mode | null;
  drafts: Record<string, Draft>;
  errors: Record<string, string>;
  onChange: (criterionId: string, patch: Draft) => void;
}) {
  const { data, mode, drafts, errors, onChange } = props;
  const editable = (r: Row) => r.kind !== 'group' && r.kind !== 'target';
  const err = (r: Row) =>
    errors[r.criterionId] ? (
      <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 13 }}>
        {errors[r.criterionId]}
      </Typography.Text>
    ) : null;
  return (
    <Table
      rowKey="criterionId"
      size="small"
      pagination={false}
      bordered
      scroll={{ x: 1100 }}
      dataSource={treeOrder(data.rows)}
      rowClassName={(r) => (r.kind === 'group' ? 'assessment-group-row' : '')}
      columns={[
        {
          title: 'Tiêu chí',
          key: 'criterion',
          width: 330,
          render: (_: unknown, r) => (
            <div style={{ paddingInlineStart: r.depth * 16 }}>
              <strong>{r.code}</strong> {r.kind === 'group' ? <strong>{r.name}</strong> : r.name}
              {r.kind !== 'group' && (
                <div style={{ color: '#595959', fontSize: 13 }}>
                  Tối đa {formatPoints(r.maxPoints)}
                  {r.kind === 'per-occurrence' && ` · ${formatPoints(r.pointsPerOccurrence)} điểm/lần`}
                  {r.role !== 'regular' && (
                    <Tag style={{ marginInlineStart: 6 }}>{CRITERION_ROLE_LABELS[r.role]}</Tag>
                  )}
                </div>
              )}
              {r.target && (
                <div style={{ fontSize: 13 }}>
                  Kế hoạch {formatPoints(r.target.planned)} · thực hiện {formatPoints(r.target.actual)} —{' '}
                  {OUTCOMES[r.target.outcome] ?? r.target.outcome}
                </div>
              )}
              {r.guidance && <div style={{ color: '#595959', fontSize: 13 }}>{r.guidance}</div>}
            </div>
          ),
        },
        {
          title: 'Tự chấm, minh chứng',
          key: 'self',
          render: (_: unknown, r) => {
            if (r.kind === 'group') return null;
            if (mode === 'self' && editable(r)) {
              const d = drafts[r.criterionId] ?? {};
              return (
                <>
                  <ValueInput
                    row={r}
                    label={`Tự chấm ${r.code}`}
                    value={d.value}
                    onChange={(value) => onChange(r.criterionId, { value })}
                  />
                  <Input.TextArea
                    aria-label={`Minh chứng ${r.code}`}
                    placeholder="Minh chứng (số văn bản, báo cáo…)"
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    style={{ marginTop: 4 }}
                    value={d.evidence ?? ''}
                    onChange={(e) => onChange(r.criterionId, { evidence: e.target.value })}
                  />
                  <EvidenceFile data={data} row={r} editable />
                  {err(r)}
                </>
              );
            }
            return (
              <>
                <div>{shown(r, r.selfValue, r.selfScore)}</div>
                {r.evidence && <div style={{ color: '#595959', fontSize: 13 }}>Minh chứng: {r.evidence}</div>}
                {r.evidenceFileId && <EvidenceFile data={data} row={r} editable={false} />}
              </>
            );
          },
        },
        {
          title: 'Trưởng khối chấm, lý do',
          key: 'reviewed',
          render: (_: unknown, r) => {
            if (r.kind === 'group') return null;
            if (mode === 'review' && editable(r)) {
              const d = drafts[r.criterionId] ?? {};
              const changed = (d.value ?? null) !== (r.selfValue ?? null);
              return (
                <>
                  <ValueInput
                    row={r}
                    label={`Điểm chấm ${r.code}`}
                    value={d.value}
                    onChange={(value) => onChange(r.criterionId, { value })}
                  />
                  {changed && (
                    <Input.TextArea
                      aria-label={`Lý do sửa điểm ${r.code}`}
                      placeholder="Lý do thay đổi điểm (bắt buộc)"
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      status={d.reason?.trim() ? undefined : 'warning'}
                      style={{ marginTop: 4 }}
                      value={d.reason ?? ''}
                      onChange={(e) => onChange(r.criterionId, { reason: e.target.value })}
                    />
                  )}
                  {err(r)}
                </>
              );
            }
            const changed = r.reviewedScore !== null && r.reviewedScore !== r.selfScore;
            return (
              <>
                <div style={changed ? { color: '#a8071a', fontWeight: 600 } : undefined}>
                  {changed && `${formatPoints(r.selfScore)} → `}
                  {shown(r, r.reviewedValue, r.reviewedScore)}
                </div>
                {r.reviewReason && <div style={{ fontSize: 13 }}>Lý do: {r.reviewReason}</div>}
              </>
            );
          },
        },
        {
          title: 'Giải trình của đơn vị',
          key: 'explanation',
          render: (_: unknown, r) => {
            if (r.kind === 'group') return null;
            if (mode === 'explanation' && r.kind !== 'target') {
              return (
                <>
                  <Input.TextArea
                    aria-label={`Giải trình ${r.code}`}
                    placeholder="Giải trình (nếu chưa đồng ý)"
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    value={drafts[r.criterionId]?.explanation ?? ''}
                    onChange={(e) => onChange(r.criterionId, { explanation: e.target.value })}
                  />
                  {err(r)}
                </>
              );
            }
            return r.explanation ?? '';
          },
        },
        {
          title: 'Điểm chốt, lý do',
          key: 'final',
          width: 220,
          render: (_: unknown, r) => {
            if (r.kind === 'group') return null;
            if (mode === 'final' && editable(r)) {
              const d = drafts[r.criterionId] ?? {};
              const changed = (d.value ?? null) !== (r.reviewedValue ?? null);
              return (
                <>
                  <ValueInput
                    row={r}
                    label={`Điểm chốt ${r.code}`}
                    value={d.value}
                    onChange={(value) => onChange(r.criterionId, { value })}
                  />
                  {changed && (
                    <Input.TextArea
                      aria-label={`Lý do điểm chốt ${r.code}`}
                      placeholder="Lý do thay đổi (bắt buộc)"
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      style={{ marginTop: 4 }}
                      value={d.reason ?? ''}
                      onChange={(e) => onChange(r.criterionId, { reason: e.target.value })}
                    />
                  )}
                  {err(r)}
                </>
              );
            }
            return (
              <>
                <strong>{shown(r, r.finalValue, r.finalScore)}</strong>
                {r.finalReason && <div style={{ fontSize: 13 }}>Lý do: {r.finalReason}</div>}
              </>
            );
          },
        },
      ]}
    />
  );
}
