import {
  Alert,
  AutoComplete,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Spin,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  AUTHORITY_LEVEL_LABELS,
  AUTHORITY_LEVELS,
  type AuthorityLevelCode,
  type ReadyDossier,
} from '../../../../../src/shared/api/decisions';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { useDecision, useDecisionDefaults, useReadyDossiers, useSaveDecision } from '../hooks/use-decisions';

interface Values {
  issuerUnitId: string;
  issuerName: string;
  parentIssuer?: string;
  symbol: string;
  place: string;
  decisionDate: dayjs.Dayjs;
  authorityLevel: AuthorityLevelCode;
  subject?: string;
  legalBases: string;
  proposedBy?: string;
  signerAuthority?: string;
  signerPosition: string;
  signerName: string;
  recipients: string;
}

const levelOptions = AUTHORITY_LEVELS.map((value) => ({ value, label: AUTHORITY_LEVEL_LABELS[value] }));
const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Draft (or correct a draft of) a decision: the dossiers it answers, the wording and the signer. */
export default function DecisionFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const existing = useDecision(id);
  const defaults = useDecisionDefaults(!id);
  const ready = useReadyDossiers();
  const save = useSaveDecision();
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (loaded) return;
    const source = id ? existing.data : defaults.data;
    if (!source) return;
    form.setFieldsValue({
      issuerUnitId: source.issuerUnitId ?? undefined,
      issuerName: source.issuerName,
      parentIssuer: source.parentIssuer ?? '',
      symbol: source.symbol,
      place: source.place,
      decisionDate: 'decisionDate' in source ? fromIsoDate(source.decisionDate) : dayjs(),
      authorityLevel: source.authorityLevel,
      subject: 'subject' in source ? source.subject : '',
      legalBases: source.legalBases.join('\n'),
      proposedBy: source.proposedBy,
      signerAuthority: source.signerAuthority,
      signerPosition: source.signerPosition,
      signerName: source.signerName,
      recipients: source.recipients.join('\n'),
    });
    if (existing.data) setSelected(existing.data.dossiers.map((d) => d.id));
    setLoaded(true);
  }, [id, existing.data, defaults.data, form, loaded]);

  // The draft's own dossiers are no longer "ready" (they belong to it): list them too when editing.
  const dossiers = useMemo<ReadyDossier[]>(() => {
    const own: ReadyDossier[] = (existing.data?.dossiers ?? []).map((d) => ({
      id: d.id,
      title: d.title,
      unitId: d.unitId,
      unitName: d.unitName,
      awardCode: existing.data?.awardCode ?? '',
      awardName: existing.data?.awardName ?? '',
      year: existing.data?.year ?? 0,
      nomineeCount: existing.data?.entries.filter((e) => e.dossierId === d.id).length ?? 0,
      noticeEndsOn: null,
    }));
    return [...own, ...(ready.data?.items ?? []).filter((r) => !own.some((o) => o.id === r.id))];
  }, [existing.data, ready.data]);

  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    if (selected.length === 0) {
      setError('Chọn ít nhất một hồ sơ để ra quyết định.');
      return;
    }
    try {
      const saved = await save.mutateAsync({
        id,
        body: {
          issuerUnitId: v.issuerUnitId,
          issuerName: v.issuerName,
          parentIssuer: v.parentIssuer || undefined,
          symbol: v.symbol,
          place: v.place,
          decisionDate: toIsoDate(v.decisionDate)!,
          authorityLevel: v.authorityLevel,
          subject: v.subject || undefined,
          legalBases: lines(v.legalBases),
          proposedBy: v.proposedBy || undefined,
          signerAuthority: v.signerAuthority || undefined,
          signerPosition: v.signerPosition,
          signerName: v.signerName,
          recipients: lines(v.recipients),
          dossierIds: selected,
          version: existing.data?.version,
        },
      });
      navigate(`/decisions/${saved.id}`);
    } catch (e) {
      setError(applyFieldErrors(form, e));
    }
  };

  if ((id && existing.isLoading) || (!id && defaults.isLoading)) return <Spin />;
  if (id && existing.data && existing.data.status !== 'draft') {
    return <Alert type="warning" showIcon title="Quyết định đã ban hành nên không thể sửa." />;
  }

  return (
    <>
      <PageHeader title={id ? 'Sửa dự thảo quyết định' : 'Lập dự thảo quyết định khen thưởng'} />
      {(error || existing.error || defaults.error) && (
        <Alert
          type="error"
          showIcon
          title={error ?? errorMessage(existing.error ?? defaults.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Card
        size="small"
        title="1. Hồ sơ đã hết thời gian công khai, chờ ra quyết định"
        style={{ marginBottom: 12 }}
      >
        <Table<ReadyDossier>
          size="small"
          rowKey="id"
          loading={ready.isLoading}
          dataSource={dossiers}
          pagination={false}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
          locale={{ emptyText: 'Chưa có hồ sơ nào đã công khai xong và chờ ra quyết định' }}
          columns={[
            { title: 'Hồ sơ', dataIndex: 'title' },
            { title: 'Đơn vị đề nghị', dataIndex: 'unitName' },
            { title: 'Danh hiệu/hình thức', dataIndex: 'awardName' },
            { title: 'Năm', dataIndex: 'year', width: 70 },
            { title: 'Số người/tập thể', dataIndex: 'nomineeCount', width: 120, align: 'right' },
            {
              title: 'Hết công khai',
              dataIndex: 'noticeEndsOn',
              width: 120,
              render: (v: string | null) => (v ? formatDate(v) : '—'),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          Một quyết định tặng một danh hiệu hoặc hình thức: chọn các hồ sơ cùng danh hiệu.
        </Typography.Paragraph>
      </Card>
      <Form form={form} layout="vertical">
        <Card size="small" title="2. Cơ quan ban hành, số và ngày" style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item
                name="issuerUnitId"
                label="Đơn vị ban hành"
                rules={[{ required: true, message: 'Chọn đơn vị' }]}
              >
                <UnitTreeSelect placeholder="Chọn đơn vị" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="issuerName"
                label="Tên cơ quan (in hoa, như trên văn bản)"
                rules={[{ required: true, message: 'Nhập tên cơ quan' }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="parentIssuer" label="Cơ quan chủ quản (nếu có)">
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="symbol"
                label="Ký hiệu"
                extra="Số được cấp khi ký"
                rules={[{ required: true, message: 'Nhập ký hiệu' }]}
              >
                <Input maxLength={30} placeholder="QĐ-UBND" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="place" label="Địa danh" rules={[{ required: true, message: 'Nhập địa danh' }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="decisionDate"
                label="Ngày dự kiến ký"
                rules={[{ required: true, message: 'Chọn ngày' }]}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="authorityLevel" label="Thẩm quyền" rules={[{ required: true }]}>
                <Select options={levelOptions} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="3. Nội dung" style={{ marginBottom: 12 }}>
          <Form.Item name="subject" label="Trích yếu" extra="Để trống: tự tạo theo danh hiệu và năm">
            <Input maxLength={500} placeholder="Về việc tặng danh hiệu “…” năm …" />
          </Form.Item>
          <Form.Item name="legalBases" label="Căn cứ (mỗi dòng một căn cứ)">
            <Input.TextArea rows={5} />
          </Form.Item>
          <Form.Item name="proposedBy" label="Theo đề nghị của">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)">
            <Input.TextArea rows={3} />
          </Form.Item>
        </Card>
        <Card size="small" title="4. Người ký" style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="signerAuthority" label="Thẩm quyền ký (nếu ký thay)">
                <AutoComplete
                  options={[{ value: 'KT. CHỦ TỊCH' }, { value: 'TM. ỦY BAN NHÂN DÂN' }]}
                  placeholder="Để trống nếu Chủ tịch ký"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="signerPosition"
                label="Chức vụ"
                rules={[{ required: true, message: 'Nhập chức vụ' }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="signerName"
                label="Họ và tên người ký"
                rules={[{ required: true, message: 'Nhập họ tên người ký' }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <Button onClick={() => navigate(id ? `/decisions/${id}` : '/decisions')}>Hủy</Button>
          <Button type="primary" onClick={submit} loading={save.isPending}>
            Lưu dự thảo
          </Button>
        </div>
      </Form>
    </>
  );
}
