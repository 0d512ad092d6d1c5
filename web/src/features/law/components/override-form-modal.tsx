import {
  Alert,
  App,
  AutoComplete,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Switch,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import {
  type CatalogueView,
  LAW_OVERRIDE_KIND_LABELS,
  LAW_OVERRIDE_KINDS,
  type LawOverrideCreate,
} from '../../../../../src/shared/api/law';
import { ApiError } from '../../../lib/api';
import { applyFieldErrors } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import type { OverrideKind } from '../api/law-api';
import { useCreateOverride } from '../hooks/use-law';
import { TARGET_HELP, targetSuggestions } from './override-targets';

interface Values {
  kind?: OverrideKind;
  target?: string;
  value?: number | boolean | null;
  effectiveFrom?: Dayjs;
  effectiveTo?: Dayjs;
  source?: string;
  note?: string;
}

const FIELDS = ['kind', 'target', 'value', 'effectiveFrom', 'effectiveTo', 'source', 'note'] as const;
const kindOptions = LAW_OVERRIDE_KINDS.map((value) => ({ value, label: LAW_OVERRIDE_KIND_LABELS[value] }));
const thousands = (v: string | number | undefined) => `${v ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * The catalogue's check answers "Điều chỉnh "new" không hợp lệ: <why> / override "new" is invalid: …";
 * keep the Vietnamese reason only.
 */
function readable(text: string): string {
  const vietnamese = text.split(' / ')[0]!.replace(/^Điều chỉnh "[^"]*" không hợp lệ:\s*/, '');
  return vietnamese.charAt(0).toUpperCase() + vietnamese.slice(1);
}

function withReadableMessages(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(
    error.status,
    error.code,
    readable(error.message),
    error.fields.map((field) => ({ ...field, message: readable(field.message) })),
  );
}

function toBody(values: Values): LawOverrideCreate {
  const kind = values.kind!;
  const value =
    kind === 'authority' ? Boolean(values.value) : typeof values.value === 'number' ? values.value : null;
  return {
    kind,
    target: values.target?.trim() ?? '',
    value,
    effectiveFrom: toIsoDate(values.effectiveFrom)!,
    effectiveTo: toIsoDate(values.effectiveTo),
    source: values.source ?? '',
    note: values.note?.trim() || undefined,
  };
}

/** The value field fits the kind: money, a ratio, a number that may be empty (off), or yes/no. */
function ValueField({ kind }: { kind: OverrideKind | undefined }) {
  if (kind === 'authority') {
    return (
      <Form.Item
        key="authority"
        label="Có thẩm quyền khen thưởng"
        name="value"
        valuePropName="checked"
        extra="Bật: cấp này được quyết định khen thưởng danh hiệu, hình thức đó."
      >
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
    );
  }
  if (kind === 'parameter') {
    return (
      <Form.Item key="parameter" label="Giá trị" name="value" extra="Để trống nghĩa là tắt tham số.">
        <InputNumber min={0} decimalSeparator="," style={{ width: '100%' }} placeholder="Tắt" />
      </Form.Item>
    );
  }
  if (kind === 'base-salary') {
    return (
      <Form.Item
        key="base-salary"
        label="Mức lương cơ sở"
        name="value"
        rules={[{ required: true, message: 'Nhập mức lương cơ sở' }]}
      >
        <InputNumber<number>
          min={1}
          precision={0}
          step={10_000}
          formatter={thousands}
          parser={(text) => Number((text ?? '').replace(/\D/g, ''))}
          suffix="đồng"
          style={{ width: '100%' }}
        />
      </Form.Item>
    );
  }
  const ratio = kind === 'vote-threshold';
  return (
    <Form.Item
      key={kind ?? 'none'}
      label={ratio ? 'Tỷ lệ phiếu đồng ý' : 'Hệ số'}
      name="value"
      rules={[{ required: true, message: ratio ? 'Nhập tỷ lệ phiếu' : 'Nhập hệ số' }]}
      extra={
        ratio ? 'Từ 0 đến 1, ví dụ 0,7 là 70% tổng số thành viên Hội đồng.' : 'Nhân với mức lương cơ sở.'
      }
    >
      <InputNumber
        min={0}
        max={ratio ? 1 : undefined}
        step={ratio ? 0.05 : 0.1}
        decimalSeparator=","
        style={{ width: '100%' }}
        disabled={!kind}
      />
    </Form.Item>
  );
}

/** Add a dated override; the server checks the target and the value against the catalogue. */
export function OverrideFormModal({
  open,
  catalogue,
  onClose,
}: {
  open: boolean;
  catalogue: CatalogueView | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateOverride();
  const kind = Form.useWatch('kind', form);
  const from = Form.useWatch('effectiveFrom', form);
  const suggestions = useMemo(
    () => targetSuggestions(catalogue, kind).map((value) => ({ value })),
    [catalogue, kind],
  );

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
  }, [open, form]);

  const changeKind = (next: OverrideKind) => {
    form.setFieldsValue({
      target: next === 'base-salary' ? 'base-salary' : undefined,
      value: next === 'authority' ? true : undefined,
    });
    form.setFields([
      { name: 'target', errors: [] },
      { name: 'value', errors: [] },
    ]);
  };

  const submit = (values: Values) => {
    setFormError(null);
    create.mutate(toBody(values), {
      onSuccess: () => {
        message.success('Đã thêm điều chỉnh.');
        onClose();
      },
      onError: (error) => setFormError(applyFieldErrors(form, withReadableMessages(error), FIELDS)),
    });
  };

  return (
    <Modal
      open={open}
      title="Thêm điều chỉnh cơ sở pháp lý"
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={720}
      destroyOnHidden
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit} name="law-override">
        <Form.Item
          label="Loại điều chỉnh"
          name="kind"
          rules={[{ required: true, message: 'Chọn loại điều chỉnh' }]}
        >
          <Select options={kindOptions} placeholder="Chọn loại điều chỉnh" onChange={changeKind} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item
              label="Đối tượng điều chỉnh"
              name="target"
              rules={[{ required: true, whitespace: true, message: 'Nhập đối tượng điều chỉnh' }]}
              extra={kind ? TARGET_HELP[kind] : 'Chọn loại điều chỉnh trước.'}
            >
              <AutoComplete
                options={suggestions}
                showSearch={{
                  filterOption: (input, option) =>
                    String(option?.value ?? '')
                      .toLowerCase()
                      .includes(input.toLowerCase()),
                }}
                disabled={!kind || kind === 'base-salary'}
                maxLength={200}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <ValueField kind={kind} />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Có hiệu lực từ ngày"
              name="effectiveFrom"
              rules={[{ required: true, message: 'Chọn ngày có hiệu lực' }]}
            >
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Có hiệu lực đến hết ngày"
              name="effectiveTo"
              extra="Để trống nếu chưa có ngày kết thúc."
            >
              <DatePicker
                format={DATE_FORMAT}
                placeholder="dd/mm/yyyy"
                style={{ width: '100%' }}
                disabledDate={(day) => Boolean(from) && day.isBefore(from, 'day')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="Căn cứ pháp lý"
          name="source"
          rules={[{ required: true, whitespace: true, message: 'Nhập căn cứ pháp lý' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={500}
            placeholder="Ví dụ: Quyết định 12/2026/QĐ-UBND tỉnh Lai Châu, Điều 5"
          />
        </Form.Item>
        <Form.Item label="Ghi chú" name="note">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
