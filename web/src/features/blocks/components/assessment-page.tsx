import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Modal, Result, Skeleton, Statistic } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Assessment, AssessmentMove, AssessmentSave } from '../../../../../src/shared/api/blocks';
import { ApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { moveAssessment, saveAssessment } from '../api/blocks-api';
import { useAssessment, useBlockMutation } from '../hooks/use-blocks';
import { AssessmentRows, type Draft, type Mode } from './assessment-rows';
import { AssessmentStatusTag, formatPoints } from './block-labels';

const STEP_OF: Record<Mode, AssessmentSave['step']> = {
  self: 'self',
  review: 'review',
  explanation: 'explanation',
  final: 'final',
};

function modeOf(a: Assessment): Mode | null {
  if (a.can.saveSelf) return 'self';
  if (a.can.saveReview) return 'review';
  if (a.can.explain) return 'explanation';
  if (a.can.finalize) return 'final';
  return null;
}

function draftsOf(a: Assessment, mode: Mode | null): Record<string, Draft> {
  const out: Record<string, Draft> = {};
  for (const r of a.rows) {
    if (r.kind === 'group') continue;
    out[r.criterionId] =
      mode === 'review'
        ? { value: r.reviewedValue, reason: r.reviewReason ?? '' }
        : mode === 'final'
          ? { value: r.finalValue, reason: r.finalReason ?? '' }
          : mode === 'explanation'
            ? { explanation: r.explanation ?? '' }
            : { value: r.selfValue, evidence: r.evidence ?? '' };
  }
  return out;
}

/** One unit's sheet: self-assessment, the reviewer's scores with reasons, the explanation, the final scores. */
export default function AssessmentPage() {
  const { id = '', unitId = '' } = useParams();
  const { message } = App.useApp();
  const { data, error, isLoading, refetch } = useAssessment(id, unitId);
  usePageTitle(data ? `Bảng điểm — ${data.unitName}` : 'Bảng điểm thi đua');
  const mode = data ? modeOf(data) : null;
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (data) setDrafts(draftsOf(data, modeOf(data)));
  }, [data]);

  const items = useMemo(
    () =>
      (data?.rows ?? [])
        .filter((r) => r.kind !== 'group' && r.kind !== 'target')
        .map((r) => {
          const d = drafts[r.criterionId] ?? {};
          if (mode === 'explanation') return { criterionId: r.criterionId, explanation: d.explanation ?? '' };
          if (mode === 'self')
            return { criterionId: r.criterionId, value: d.value ?? null, evidence: d.evidence ?? '' };
          return { criterionId: r.criterionId, value: d.value ?? null, reason: d.reason ?? '' };
        }),
    [data, drafts, mode],
  );

  const save = useBlockMutation(async (then: AssessmentMove | null) => {
    if (!data || !mode) throw new Error('nothing to save');
    const current = await saveAssessment(id, unitId, { step: STEP_OF[mode], version: data.version, items });
    return then ? moveAssessment(id, unitId, { action: then, version: current.version }) : current;
  });
  const back = useBlockMutation((why: string) =>
    moveAssessment(id, unitId, { action: 'return', version: data?.version ?? 0, reason: why }),
  );

  const run = (then: AssessmentMove | null, done: string) => {
    setRowErrors({});
    save.mutate(then, {
      onSuccess: () => message.success(done),
      onError: (e) => {
        message.error(errorMessage(e));
        if (e instanceof ApiError) {
          const errs: Record<string, string> = {};
          for (const f of e.fields) {
            const m = /^items\.(\d+)\./.exec(f.path);
            const item = m ? items[Number(m[1])] : undefined;
            if (item) errs[item.criterionId] = f.message;
            const c = /^criteria\.(.+)$/.exec(f.path);
            if (c?.[1]) errs[c[1]] = f.message;
          }
          setRowErrors(errs);
          if (e.status === 409) void refetch();
        }
      },
    });
  };

  if (error instanceof ApiError && error.status === 404) {
    return (
      <Result
        status="404"
        title="Không xem được bảng điểm này"
        subTitle="Bảng điểm không tồn tại, hoặc khối không cho các thành viên xem điểm chi tiết của nhau."
        extra={<Link to={`/blocks/${id}`}>Về khối thi đua</Link>}
      />
    );
  }
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <Link to={`/blocks/${id}?tab=round`}>
          <ArrowLeftOutlined aria-hidden /> Về khối thi đua
        </Link>
      </div>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {data && (
        <>
          <div className="page-header" style={{ alignItems: 'flex-start' }}>
            <div style={{ flex: '1 1 320px' }}>
              <h1 style={{ fontSize: 18 }}>Bảng điểm thi đua — {data.unitName}</h1>
              <Flex gap={8} wrap align="center" style={{ color: '#595959' }}>
                <AssessmentStatusTag status={data.status} />
                <span>
                  {data.blockName} · Năm {data.year} · Đơn vị chấm: {data.reviewerUnitName ?? 'chưa có'}
                  {data.dueOn && ` · Hạn bước này: ${formatDate(data.dueOn)}`}
                </span>
              </Flex>
            </div>
          </div>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Flex gap={32} wrap>
              <Statistic title="Tự chấm" value={formatPoints(data.selfTotal)} />
              <Statistic title="Trưởng khối chấm" value={formatPoints(data.reviewedTotal)} />
              <Statistic
                title={`Điểm chốt (tối đa ${formatPoints(data.sheetMaxPoints)})`}
                value={formatPoints(data.finalTotal)}
              />
              {data.rank !== null && <Statistic title="Xếp hạng" value={data.rank} />}
            </Flex>
          </Card>
          <ModeHint mode={mode} />
          <AssessmentRows
            data={data}
            mode={mode}
            drafts={drafts}
            errors={rowErrors}
            onChange={(criterionId, patch) =>
              setDrafts((all) => ({ ...all, [criterionId]: { ...all[criterionId], ...patch } }))
            }
          />
          <Flex gap={8} wrap justify="end" style={{ marginTop: 12 }} className="no-print">
            {mode === 'self' && (
              <>
                <Button loading={save.isPending} onClick={() => run(null, 'Đã lưu điểm tự chấm.')}>
                  Lưu nháp
                </Button>
                {data.can.submit && (
                  <Button
                    type="primary"
                    loading={save.isPending}
                    onClick={() => run('submit', 'Đã gửi bảng tự chấm cho đơn vị chấm.')}
                  >
                    Gửi bảng tự chấm
                  </Button>
                )}
              </>
            )}
            {mode === 'review' && (
              <>
                <Button danger onClick={() => setReturning(true)}>
                  Trả lại để đơn vị chấm lại
                </Button>
                <Button loading={save.isPending} onClick={() => run(null, 'Đã lưu điểm chấm.')}>
                  Lưu điểm chấm
                </Button>
                <Button
                  type="primary"
                  loading={save.isPending}
                  onClick={() => run('review', 'Đã gửi kết quả chấm cho đơn vị.')}
                >
                  Gửi kết quả chấm cho đơn vị
                </Button>
              </>
            )}
            {mode === 'explanation' && (
              <>
                <Button loading={save.isPending} onClick={() => run(null, 'Đã lưu giải trình.')}>
                  Lưu giải trình
                </Button>
                <Button
                  type="primary"
                  loading={save.isPending}
                  onClick={() => run('explain', 'Đã gửi giải trình để thẩm định cuối.')}
                >
                  Gửi giải trình (hoặc đồng ý kết quả)
                </Button>
              </>
            )}
            {mode === 'final' && (
              <>
                <Button loading={save.isPending} onClick={() => run(null, 'Đã lưu điểm thẩm định.')}>
                  Lưu điểm thẩm định
                </Button>
                <Button
                  type="primary"
                  loading={save.isPending}
                  onClick={() => run('finalize', 'Đã chốt điểm của đơn vị.')}
                >
                  Chốt điểm
                </Button>
              </>
            )}
          </Flex>
          <Modal
            open={returning}
            title="Trả lại bảng tự chấm"
            okText="Trả lại"
            cancelText="Hủy"
            okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: back.isPending }}
            onCancel={() => setReturning(false)}
            onOk={() =>
              back.mutate(reason, {
                onSuccess: () => {
                  setReturning(false);
                  setReason('');
                  message.success('Đã trả lại bảng tự chấm cho đơn vị.');
                },
                onError: (e) => message.error(errorMessage(e)),
              })
            }
          >
            <label htmlFor="return-reason">Lý do trả lại (đơn vị sẽ nhận được thông báo)</label>
            <Input.TextArea
              id="return-reason"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Modal>
        </>
      )}
    </>
  );
}

function ModeHint({ mode }: { mode: Mode | null }) {
  const text = {
    self: 'Nhập điểm tự chấm và minh chứng cho từng tiêu chí, rồi bấm “Gửi bảng tự chấm”. Tiêu chí chỉ tiêu được tính tự động từ kết quả thực hiện chỉ tiêu.',
    review:
      'Chấm lại từng tiêu chí. Điểm nào khác điểm tự chấm phải ghi lý do; đơn vị sẽ thấy cả điểm cũ, điểm mới và lý do.',
    explanation:
      'Xem điểm trưởng khối chấm. Nếu chưa đồng ý, ghi giải trình ở tiêu chí đó rồi gửi; nếu đồng ý, bấm gửi luôn.',
    final:
      'Thẩm định cuối: giữ hoặc sửa điểm (điểm khác điểm trưởng khối chấm phải ghi lý do), rồi chốt điểm.',
  };
  if (!mode) return null;
  return <Alert type="info" showIcon title={text[mode]} style={{ marginBottom: 12 }} className="no-print" />;
}
