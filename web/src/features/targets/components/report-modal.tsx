import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import {
  type Indicator,
  periodLabel,
  type TargetBoard,
  type TargetReport,
  type UnitTarget,
} from '../../../../../src/shared/api/targets';
import { applyFieldErrors, errorMessage, isConflict } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { evidenceFileUrl, uploadEvidenceFile } from '../api/targets-api';
import { targetBoardKey, useReloadTargets, useSaveReport } from '../hooks/use-targets';
import { formatCompletion, formatValue, TargetStatusTag } from './target-labels';

interface Values {
  period: string;
  actual: number | null;
  evidence?: string;
}

/** The period to offer first: the latest one already begun. */
function defaultPeriod(periods: readonly string[], today = new Date()): string {
  const year = today.getFullYear();
  const begun = periods.filter((p) => {
    const [y, rest] = p.split('-');
    if (Number(y) < year) return true;
    if (Number(y) > year) return false;
    if (!rest) return true;
    const month = rest.startsWith('Q') ? (Number(rest.slice(1)) - 1) * 3 + 1 : Number(rest);
    return month <= today.getMonth() + 1;
  });
  return begun.at(-1) ?? periods[0] ?? '';
}

/** A unit reports its value to date for one period of a target, with evidence; earlier reports below. */
export function ReportModal({
  board,
  indicator,
  target,
  unitName,
  onClose,
}: {
  board: TargetBoard;
  indicator: Indicator;
  target: UnitTarget;
  unitName: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveReport(board.movement.id);
  const reload = useReloadTargets(board.movement.id);
  const reports = useMemo(
    () =>
      board.reports
        .filter((r) => r.indicatorId === indicator.id && r.unitId === target.unitId)
        .sort((a, b) => b.period.localeCompare(a.period)),
    [board.reports, indicator.id, target.unitId],
  );
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);
  const period = Form.useWatch('period', form);
  const existing = reports.find((r) => r.period === period);

  useEffect(() => {
    const first = defaultPeriod(indicator.periods);
    const report = reports.find((r) => r.period === first);
    form.setFieldsValue({ period: first, actual: report?.actual ?? null, evidence: report?.evidence ?? '' });
  }, [form, indicator.periods, reports]);

  const onPeriod = (value: string) => {
    const report = reports.find((r) => r.period === value);
    form.setFieldsValue({ actual: report?.actual ?? null, evidence: report?.evidence ?? '' });
  };

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const saved = await save.mutateAsync({
        unitId: target.unitId,
        body: {
          indicatorId: indicator.id,
          period: values.period,
          actual: values.actual ?? Number.NaN,
          evidence: values.evidence?.trim() || undefined,
          version: existing?.version ?? 0,
        },
      });
      const report = saved.reports.find(
        (r) => r.indicatorId === indicator.id && r.unitId === target.unitId && r.period === values.period,
      );
      if (file && report) {
        try {
          client.setQueryData(
            targetBoardKey(board.movement.id),
            await uploadEvidenceFile(board.movement.id, report.id, file),
          );
        } catch (failure) {
          message.error(`Đã lưu số liệu nhưng chưa lưu được tệp minh chứng: ${errorMessage(failure)}`);
          return;
        }
      }
      message.success(`Đã lưu kết quả ${periodLabel(values.period)}.`);
      onClose();
    } catch (error) {
      if (isConflict(error)) await reload();
      const left = applyFieldErrors(form, error, ['period', 'actual', 'evidence']);
      if (left) message.error(left);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`Báo cáo kết quả: ${indicator.name}`}
      okText={existing ? 'Lưu điều chỉnh' : 'Lưu kết quả'}
      cancelText="Hủy"
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      width={880}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'unit', label: 'Đơn vị', children: unitName },
          {
            key: 'planned',
            label: 'Kế hoạch năm',
            children: `${formatValue(target.planned)} ${indicator.measureUnit}`,
          },
          {
            key: 'direction',
            label: 'Cách đánh giá',
            children:
              indicator.direction === 'lower-better'
                ? 'Càng thấp càng tốt (không vượt quá kế hoạch là đạt)'
                : 'Càng cao càng tốt (bằng hoặc hơn kế hoạch là đạt)',
          },
        ]}
      />
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item name="period" label="Kỳ báo cáo" rules={[{ required: true, message: 'Chọn kỳ báo cáo' }]}>
          <Select
            onChange={onPeriod}
            options={indicator.periods.map((p) => ({
              value: p,
              label: `${periodLabel(p)}${reports.some((r) => r.period === p) ? ' (đã báo cáo)' : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="actual"
          label={`Giá trị thực hiện lũy kế đến hết kỳ (${indicator.measureUnit})`}
          extra="Số lũy kế từ đầu năm đến hết kỳ; với số bình quân hoặc tỷ lệ, ghi giá trị tại thời điểm cuối kỳ."
          rules={[{ required: true, message: 'Nhập giá trị thực hiện' }]}
        >
          <InputNumber<number>
            style={{ width: 240 }}
            decimalSeparator=","
            min={-1e15}
            max={1e15}
            aria-label="Giá trị thực hiện"
          />
        </Form.Item>
        <Form.Item
          name="evidence"
          label="Minh chứng"
          extra="Số, ngày văn bản báo cáo hoặc nơi lưu hồ sơ chứng minh số liệu."
          rules={[{ max: 2000, message: 'Tối đa 2000 ký tự' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          label="Tệp minh chứng"
          extra="Bản chụp, bản quét văn bản báo cáo: PDF, Word, Excel, JPG, PNG; tối đa 10 MB."
        >
          <Upload
            accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
            maxCount={1}
            beforeUpload={(picked) => {
              setFile(picked);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'evidence', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined aria-hidden />}>Chọn tệp</Button>
          </Upload>
          {existing?.evidenceFileName && !file && (
            <Typography.Text type="secondary">
              Tệp hiện có:{' '}
              <a href={evidenceFileUrl(board.movement.id, existing.id)}>{existing.evidenceFileName}</a>
            </Typography.Text>
          )}
        </Form.Item>
      </Form>
      {existing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${periodLabel(existing.period)} đã được báo cáo; lưu lại sẽ điều chỉnh số liệu (có lưu vết).`}
        />
      )}
      <Typography.Title level={5}>Các lần báo cáo</Typography.Title>
      <Table<TargetReport>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={reports}
        locale={{ emptyText: 'Chưa báo cáo kỳ nào.' }}
        columns={[
          { title: 'Kỳ', dataIndex: 'period', render: (p: string) => periodLabel(p), width: 100 },
          { title: 'Thực hiện', dataIndex: 'actual', align: 'right', render: (v: number) => formatValue(v) },
          {
            title: 'Hoàn thành',
            dataIndex: 'completion',
            align: 'right',
            render: (v: number | null) => formatCompletion(v),
          },
          {
            title: 'Kết quả',
            dataIndex: 'status',
            render: (s: TargetReport['status']) => <TargetStatusTag status={s} />,
          },
          {
            title: 'Minh chứng',
            key: 'evidence',
            ellipsis: true,
            render: (_: unknown, r: TargetReport) => (
              <span>
                {r.evidence}
                {r.evidenceFileId && (
                  <>
                    {r.evidence && <br />}
                    <a href={evidenceFileUrl(board.movement.id, r.id)}>
                      <PaperClipOutlined aria-hidden /> {r.evidenceFileName ?? 'Tệp minh chứng'}
                    </a>
                  </>
                )}
              </span>
            ),
          },
          {
            title: 'Người báo cáo',
            key: 'by',
            width: 210,
            render: (_: unknown, r: TargetReport) => (
              <span>
                {r.reportedBy}
                <br />
                <Typography.Text type="secondary">{formatDateTime(r.reportedAt)}</Typography.Text>
              </span>
            ),
          },
        ]}
      />
    </Modal>
  );
}
