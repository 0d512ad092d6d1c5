import {
  Alert,
  Checkbox,
  Col,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useEffect } from 'react';
import type { MovementDraft } from '../../../../../src/shared/api/movements';
import { DATE_FORMAT } from '../../../lib/format';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { useMovementOptions } from '../hooks/use-movements';
import { MilestoneList, RelatedMovementsInput, TaskList } from './movement-form-lists';
import type { MovementFormValues } from './movement-form-values';
import { fieldOptions, kindOptions, LAUNCH_DOCUMENT_LABELS } from './movement-labels';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ marginBottom: 20 }}>
      <h2 id={id} style={{ fontSize: 16, fontWeight: 600, margin: '0 0 12px' }}>
        {title}
      </h2>
      {children}
    </section>
  );
}

type DocKey = keyof typeof LAUNCH_DOCUMENT_LABELS;
const DOC_TEXT_FIELDS: { key: Exclude<DocKey, 'date'>; md: number; max: number; placeholder?: string }[] = [
  { key: 'parentIssuer', md: 12, max: 300, placeholder: 'Ví dụ: UBND tỉnh Lai Châu' },
  { key: 'issuer', md: 12, max: 300, placeholder: 'Ví dụ: UBND thành phố Lai Châu' },
  { key: 'type', md: 8, max: 100, placeholder: 'Ví dụ: Phát động thi đua' },
  { key: 'signerAuthority', md: 8, max: 200, placeholder: 'Ví dụ: TM. Ủy ban nhân dân' },
  { key: 'signerPosition', md: 8, max: 200, placeholder: 'Ví dụ: Chủ tịch' },
  { key: 'signerName', md: 8, max: 200 },
];

/** The unmatched recipients of the document ("Nơi nhận"), for staff to pick the units by hand. */
function UnmatchedRecipients({ recipients }: { recipients: MovementDraft['recipients'] }) {
  // "Lưu: VT" (the file copy kept by the clerical office) is no recipient to match.
  const unmatched = recipients.filter((r) => r.unitIds.length === 0 && !/^Lưu\s*:/i.test(r.text));
  if (unmatched.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title="Nơi nhận chưa khớp với đơn vị:"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {unmatched.map((r) => (
            <li key={r.text}>{r.text}</li>
          ))}
        </ul>
      }
    />
  );
}

/** Everything the launching document says about the movement; used to create, review and edit. */
export function MovementForm({
  form,
  initialValues,
  recipients,
  movementId,
  onFinish,
}: {
  form: FormInstance<MovementFormValues>;
  initialValues: MovementFormValues;
  recipients?: MovementDraft['recipients'];
  movementId: string | null;
  onFinish: (values: MovementFormValues) => void;
}) {
  const parents = useMovementOptions(true);
  // The form instance outlives this component: a remount (new draft, reload after 409) starts afresh
  // from the new initial values instead of keeping the old ones.
  useEffect(() => {
    form.resetFields();
  }, [form]);
  const parentOptions = (parents.data?.items ?? [])
    .filter((m) => m.id !== movementId)
    .map((m) => ({ value: m.id, label: m.title }));

  return (
    <Form<MovementFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError
    >
      <Section id="movement-form-document" title="Văn bản phát động">
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={LAUNCH_DOCUMENT_LABELS.number} name={['launchDocument', 'number']}>
              <Input maxLength={100} placeholder="Ví dụ: 5834/PĐTĐ-UBND" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={LAUNCH_DOCUMENT_LABELS.date} name={['launchDocument', 'date']}>
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={LAUNCH_DOCUMENT_LABELS.place} name={['launchDocument', 'place']}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          {DOC_TEXT_FIELDS.map((field) => (
            <Col key={field.key} xs={24} md={field.md}>
              <Form.Item label={LAUNCH_DOCUMENT_LABELS[field.key]} name={['launchDocument', field.key]}>
                <Input maxLength={field.max} placeholder={field.placeholder} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Section>

      <Section id="movement-form-general" title="Phong trào">
        <Form.Item
          label="Tên phong trào (chủ đề)"
          name="title"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên phong trào' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={9}>
            <Form.Item
              label="Loại phong trào"
              name="kind"
              rules={[{ required: true, message: 'Chọn loại phong trào' }]}
            >
              <Select options={kindOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Nhập năm' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item label="Ngày bắt đầu" name="startsOn">
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              label="Ngày kết thúc"
              name="endsOn"
              dependencies={['startsOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) => {
                    const start: Dayjs | undefined = getFieldValue('startsOn');
                    return value && start && value.isBefore(start, 'day')
                      ? Promise.reject(new Error('Ngày kết thúc phải sau ngày bắt đầu'))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Thuộc phong trào (trong hệ thống)" name="parentMovementId">
          <Select
            options={parentOptions}
            loading={parents.isLoading}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Không thuộc phong trào nào"
          />
        </Form.Item>
        <Form.Item label="Lĩnh vực" name="fields">
          <Checkbox.Group options={fieldOptions} />
        </Form.Item>
      </Section>

      <Section id="movement-form-tasks" title="Nhiệm vụ trọng tâm">
        <TaskList />
      </Section>

      <Section id="movement-form-related" title="Phong trào liên quan (do cấp trên phát động)">
        <Form.Item name="relatedMovements" label="Thêm phong trào liên quan" htmlFor="movement-related-input">
          <RelatedMovementsInput id="movement-related-input" />
        </Form.Item>
      </Section>

      <Section id="movement-form-participants" title="Đơn vị tham gia">
        {recipients && <UnmatchedRecipients recipients={recipients} />}
        <Form.Item label="Các đơn vị tham gia" name="participantUnitIds">
          <UnitTreeSelect
            multiple
            allowClear
            treeDefaultExpandAll={false}
            placeholder="Chọn các đơn vị tham gia"
          />
        </Form.Item>
      </Section>

      <Section id="movement-form-milestones" title="Mốc thời gian">
        <MilestoneList />
      </Section>
    </Form>
  );
}
