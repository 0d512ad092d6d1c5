import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Skeleton,
  Steps,
  Typography,
} from 'antd';
import type dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { DossierCreate, DossierDetail } from '../../../../../src/shared/api/dossiers';
import {
  DOSSIER_TRACK_LABELS,
  DOSSIER_TRACKS,
  type DossierTrack,
} from '../../../../../src/shared/dossier-codes';
import { ApiError } from '../../../lib/api';
import { applyFieldErrors, errorMessage, isConflict } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { createDossier, transitionDossier, updateDossier } from '../api/dossiers-api';
import { useAwards, useDossier, useMovementOptions, useStoreDossier } from '../hooks/use-dossiers';
import { AttachmentsPanel } from './attachments-panel';
import { NomineesStep, type NomineeValues } from './nominees-step';
import { ReportEditor } from './report-editor';

interface Values {
  unitId?: string;
  track: DossierTrack;
  awardCode?: string;
  year: number;
  movementId?: string | null;
  title: string;
  coverLetter: string;
  meetingHeldOn?: dayjs.Dayjs;
  meetingMinutes: string;
  votersTotal?: number | null;
  votersPresent?: number | null;
  votersAgree?: number | null;
  nominees: NomineeValues[];
}

const STEPS = [
  'Loại & danh hiệu',
  'Người được đề nghị',
  'Báo cáo thành tích',
  'Biên bản & tệp',
  'Xem lại & gửi',
];

/** Which step holds a field the server complained about. */
function stepOf(path: string): number {
  if (path.startsWith('nominees')) return path.includes('achievementReportHtml') ? 2 : 1;
  if (/^(coverLetter|meeting|voters)/.test(path)) return 3;
  return 0;
}

function valuesOf(d: DossierDetail): Values {
  return {
    unitId: d.unitId,
    track: d.track,
    awardCode: d.awardCode,
    year: d.year,
    movementId: d.movementId,
    title: d.title,
    coverLetter: d.coverLetter,
    meetingHeldOn: fromIsoDate(d.meetingHeldOn),
    meetingMinutes: d.meetingMinutes,
    votersTotal: d.votersTotal,
    votersPresent: d.votersPresent,
    votersAgree: d.votersAgree,
    nominees: d.nominees.map((n) => ({
      id: n.id,
      kind: n.kind,
      personId: n.personId,
      unitId: n.unitId,
      householdName: n.householdName,
      displayName: n.displayName,
      achievementSummary: n.achievementSummary,
      achievementReportHtml: n.achievementReportHtml,
      initiativeIds: n.initiativeIds,
      basisGrantIds: n.basisGrantIds,
    })),
  };
}

function bodyOf(v: Values): DossierCreate {
  return {
    unitId: v.unitId ?? null,
    track: v.track,
    awardCode: v.awardCode ?? '',
    year: v.year,
    movementId: v.movementId ?? null,
    title: v.title ?? '',
    coverLetter: v.coverLetter ?? '',
    meetingHeldOn: toIsoDate(v.meetingHeldOn) ?? null,
    meetingMinutes: v.meetingMinutes ?? '',
    votersTotal: v.votersTotal ?? null,
    votersPresent: v.votersPresent ?? null,
    votersAgree: v.votersAgree ?? null,
    nominees: (v.nominees ?? []).map((n) => ({
      ...(n.id ? { id: n.id } : {}),
      kind: n.kind,
      personId: n.personId ?? null,
      unitId: n.unitId ?? null,
      householdName: n.householdName ?? null,
      achievementSummary: n.achievementSummary ?? '',
      achievementReportHtml: n.achievementReportHtml ?? '',
      initiativeIds: n.initiativeIds ?? [],
      basisGrantIds: n.basisGrantIds ?? [],
    })),
  };
}

/** A clerk-friendly step form: track & award → nominees → reports → minutes & files → review & submit. */
export default function DossierFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(Number(search.get('step') ?? 0) || 0);
  const [saved, setSaved] = useState<DossierDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loaded = useDossier(id);
  const awards = useAwards();
  const movements = useMovementOptions();
  const store = useStoreDossier();
  const dossier = saved ?? loaded.data ?? null;

  useEffect(() => {
    if (loaded.data && !saved) form.setFieldsValue(valuesOf(loaded.data));
  }, [loaded.data, saved, form]);

  const track = Form.useWatch('track', form);
  const awardCode = Form.useWatch('awardCode', form);
  const unitId = Form.useWatch('unitId', form) ?? dossier?.unitId ?? me.unit?.id;
  const values = Form.useWatch([], { form, preserve: true }) as Values | undefined;
  const award = awards.data?.awards.find((a) => a.code === awardCode);
  const awardOptions = useMemo(
    () => (awards.data?.awards ?? []).map((a) => ({ value: a.code, label: a.name })),
    [awards.data],
  );
  const isHead = me.roles.includes('unitHead');
  const isOffice = can(me.roles, 'dossier.appraise');

  const save = async (): Promise<DossierDetail | null> => {
    setError(null);
    setBusy(true);
    try {
      const body = bodyOf(form.getFieldsValue(true) as Values);
      const result = dossier
        ? await updateDossier(dossier.id, { ...body, version: dossier.version })
        : await createDossier(body);
      await store(result);
      setSaved(result);
      form.setFieldsValue(valuesOf(result));
      if (!dossier) navigate(`/dossiers/${result.id}/edit?step=${step}`, { replace: true });
      return result;
    } catch (failure) {
      const rest = applyFieldErrors(form, failure, [
        'unitId',
        'track',
        'awardCode',
        'year',
        'movementId',
        'title',
        'coverLetter',
        'meetingHeldOn',
        'meetingMinutes',
        'votersTotal',
        'votersPresent',
        'votersAgree',
        'nominees',
      ]);
      setError(rest ?? errorMessage(failure));
      if (failure instanceof ApiError && failure.fields[0]) setStep(stepOf(failure.fields[0].path));
      if (isConflict(failure)) await loaded.refetch();
      return null;
    } finally {
      setBusy(false);
    }
  };

  const saveAndSubmit = async () => {
    const result = await save();
    if (!result) return;
    try {
      const action = result.status === 'returned' ? 'resubmit' : 'submit';
      const moved = await transitionDossier(result.id, { action, version: result.version });
      await store(moved);
      void message.success('Đã gửi hồ sơ đến Phòng Nội vụ.');
      navigate(`/dossiers/${moved.id}`);
    } catch (failure) {
      setError(errorMessage(failure));
      if (failure instanceof ApiError && failure.fields[0]) setStep(stepOf(failure.fields[0].path));
    }
  };

  if (id && loaded.isLoading) return <Skeleton active />;
  if (id && loaded.error) return <Alert type="error" showIcon title={errorMessage(loaded.error)} />;
  if (dossier && !dossier.canEdit) {
    return (
      <Alert
        type="warning"
        showIcon
        title="Hồ sơ này không còn sửa được."
        description={<Link to={`/dossiers/${dossier.id}`}>Xem hồ sơ</Link>}
      />
    );
  }

  const section = (index: number) => ({ display: step === index ? 'block' : 'none' });

  return (
    <>
      <PageHeader title={dossier ? `Sửa hồ sơ: ${dossier.title}` : 'Lập hồ sơ đề nghị khen thưởng'} />
      {dossier?.status === 'returned' && dossier.lastReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Hồ sơ được trả lại để bổ sung"
          description={`Lý do: ${dossier.lastReason}`}
        />
      )}
      <Card size="small">
        <Steps
          size="small"
          current={step}
          onChange={setStep}
          items={STEPS.map((title) => ({ title }))}
          style={{ marginBottom: 16 }}
        />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form<Values>
          form={form}
          layout="vertical"
          preserve
          initialValues={{
            track: 'regular',
            year: new Date().getFullYear(),
            nominees: [],
            coverLetter: '',
            meetingMinutes: '',
          }}
          requiredMark="optional"
        >
          <div style={section(0)}>
            {isOffice && (
              <Form.Item name="unitId" label="Đơn vị đề nghị" extra="Để trống: đơn vị của bạn.">
                <UnitTreeSelect allowClear placeholder={me.unit?.name ?? 'Chọn đơn vị'} />
              </Form.Item>
            )}
            <Form.Item
              name="track"
              label="Loại khen thưởng"
              rules={[{ required: true, message: 'Chọn loại khen thưởng' }]}
            >
              <Radio.Group
                options={DOSSIER_TRACKS.map((t) => ({ value: t, label: DOSSIER_TRACK_LABELS[t] }))}
              />
            </Form.Item>
            <Form.Item
              name="awardCode"
              label="Danh hiệu / hình thức khen thưởng đề nghị"
              rules={[{ required: true, message: 'Chọn danh hiệu hoặc hình thức' }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={awardOptions}
                loading={awards.isLoading}
                placeholder="Chọn trong danh mục"
              />
            </Form.Item>
            <Flex gap={16} wrap>
              <Form.Item name="year" label="Năm xét" rules={[{ required: true, message: 'Nhập năm' }]}>
                <InputNumber min={2000} max={2100} style={{ width: 120 }} />
              </Form.Item>
              <Form.Item
                name="movementId"
                label="Phong trào thi đua"
                style={{ flex: 1, minWidth: 280 }}
                rules={[
                  { required: track === 'thematic', message: 'Hồ sơ theo chuyên đề phải chọn phong trào' },
                ]}
              >
                <Select
                  allowClear
                  placeholder={track === 'thematic' ? 'Chọn phong trào (bắt buộc)' : 'Không bắt buộc'}
                  options={(movements.data?.items ?? [])
                    .filter((m) => m.status !== 'draft')
                    .map((m) => ({ value: m.id, label: `${m.title} (${m.year})` }))}
                />
              </Form.Item>
            </Flex>
            <Form.Item name="title" label="Tên hồ sơ" rules={[{ required: true, message: 'Nhập tên hồ sơ' }]}>
              <Input
                maxLength={300}
                placeholder="Ví dụ: Đề nghị tặng danh hiệu Lao động tiên tiến năm 2025"
              />
            </Form.Item>
          </div>
          <div style={section(1)}>
            {award ? (
              <NomineesStep form={form} unitId={unitId} kinds={award.kinds} />
            ) : (
              <Alert
                type="info"
                showIcon
                title="Hãy chọn danh hiệu ở bước 1 trước khi thêm người được đề nghị."
              />
            )}
          </div>
          <div style={section(2)}>
            <Typography.Paragraph style={{ color: '#595959' }}>
              Báo cáo thành tích theo mẫu của Nghị định 152/2025/NĐ-CP: đặc điểm tình hình, thành tích đạt
              được, các hình thức khen thưởng đã được ghi nhận.
            </Typography.Paragraph>
            <Form.List name="nominees">
              {(fields) =>
                fields.length === 0 ? (
                  <Alert type="info" showIcon title="Chưa có người/tập thể được đề nghị (bước 2)." />
                ) : (
                  fields.map((field, index) => (
                    <Form.Item
                      key={field.key}
                      name={[field.name, 'achievementReportHtml']}
                      label={`Báo cáo thành tích: ${values?.nominees?.[index]?.displayName ?? ''}`}
                    >
                      <ReportEditor
                        label={`Báo cáo thành tích của ${values?.nominees?.[index]?.displayName ?? ''}`}
                      />
                    </Form.Item>
                  ))
                )
              }
            </Form.List>
          </div>
          <div style={section(3)}>
            <Form.Item
              name="coverLetter"
              label="Tờ trình"
              extra="Nội dung tờ trình đề nghị khen thưởng (Mẫu số 01)."
            >
              <Input.TextArea rows={5} maxLength={20000} />
            </Form.Item>
            <Flex gap={16} wrap>
              <Form.Item name="meetingHeldOn" label="Ngày họp bình xét">
                <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
              </Form.Item>
              <Form.Item name="votersTotal" label="Tổng số thành viên">
                <InputNumber min={0} max={100000} />
              </Form.Item>
              <Form.Item name="votersPresent" label="Số người dự họp">
                <InputNumber min={0} max={100000} />
              </Form.Item>
              <Form.Item name="votersAgree" label="Số phiếu đồng ý">
                <InputNumber min={0} max={100000} />
              </Form.Item>
            </Flex>
            <Form.Item name="meetingMinutes" label="Biên bản họp bình xét thi đua">
              <Input.TextArea rows={5} maxLength={20000} />
            </Form.Item>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              Tệp đính kèm
            </Typography.Title>
            {dossier ? (
              <AttachmentsPanel dossier={dossier} editable />
            ) : (
              <Alert type="info" showIcon title="Bấm “Lưu nháp” trước để có thể đính kèm tệp." />
            )}
          </div>
          <div style={section(4)}>
            <Descriptions size="small" bordered column={1}>
              <Descriptions.Item label="Loại">{track ? DOSSIER_TRACK_LABELS[track] : ''}</Descriptions.Item>
              <Descriptions.Item label="Danh hiệu">{award?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="Tên hồ sơ">{values?.title || '—'}</Descriptions.Item>
              <Descriptions.Item label="Người/tập thể được đề nghị">
                {(values?.nominees ?? []).map((n) => n.displayName).join('; ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label="Kết quả biểu quyết">
                {values?.votersAgree != null
                  ? `${values.votersAgree}/${values.votersPresent ?? '?'} đồng ý (tổng ${values.votersTotal ?? '?'} thành viên)`
                  : 'Chưa nhập'}
              </Descriptions.Item>
              <Descriptions.Item label="Tệp đính kèm">
                {dossier?.attachments.length ?? 0} tệp
              </Descriptions.Item>
            </Descriptions>
            {!isHead && (
              <Alert
                type="info"
                showIcon
                style={{ marginTop: 12 }}
                title="Sau khi lưu, Thủ trưởng đơn vị mở hồ sơ và bấm “Trình ký gửi hồ sơ” để gửi Phòng Nội vụ."
              />
            )}
          </div>
        </Form>
        <Flex justify="space-between" wrap gap={8} style={{ marginTop: 16 }}>
          <Button disabled={step === 0} onClick={() => setStep(step - 1)}>
            Quay lại
          </Button>
          <Flex gap={8} wrap>
            {dossier && (
              <Link to={`/dossiers/${dossier.id}`}>
                <Button>Xem hồ sơ</Button>
              </Link>
            )}
            <Button
              onClick={() => void save().then((r) => r && void message.success('Đã lưu hồ sơ.'))}
              loading={busy}
            >
              Lưu nháp
            </Button>
            {step < STEPS.length - 1 ? (
              <Button type="primary" onClick={() => setStep(step + 1)}>
                Tiếp theo
              </Button>
            ) : (
              isHead && (
                <Button type="primary" onClick={() => void saveAndSubmit()} loading={busy}>
                  {dossier?.status === 'returned' ? 'Lưu và gửi lại hồ sơ' : 'Lưu và trình ký gửi hồ sơ'}
                </Button>
              )
            )}
          </Flex>
        </Flex>
      </Card>
    </>
  );
}
