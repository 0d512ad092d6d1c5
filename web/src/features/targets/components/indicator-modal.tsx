import { App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { MOVEMENT_FIELD_LABELS, type MovementField } from '../../../../../src/shared/api/movements';
import {
  type Indicator,
  PERIOD_KIND_LABELS,
  PERIOD_KINDS,
  type PeriodKind,
  TARGET_DIRECTION_LABELS,
  TARGET_DIRECTIONS,
  type TargetBoard,
  type TargetDirection,
} from '../../../../../src/shared/api/targets';
import { applyFieldErrors, isConflict } from '../../../lib/form-errors';
import { useReloadTargets, useSaveIndicator } from '../hooks/use-targets';

interface Values {
  code: string;
  name: string;
  measureUnit: string;
  direction: TargetDirection;
  field: MovementField;
  taskId?: string | null;
  periodKind: PeriodKind;
  baseline?: number | null;
  description?: string;
}

const FIELDS = Object.keys(MOVEMENT_FIELD_LABELS) as MovementField[];

/** Define or change an indicator (chỉ tiêu) of the movement. */
export function IndicatorModal({
  board,
  indicator,
  onClose,
}: {
  board: TargetBoard;
  indicator: Indicator | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveIndicator(board.movement.id);
  const reload = useReloadTargets(board.movement.id);
  const fields = board.movement.fields.length > 0 ? board.movement.fields : FIELDS;

  const submit = async (values: Values) => {
    const body = {
      ...values,
      taskId: values.taskId ?? null,
      baseline: values.baseline ?? null,
      description: values.description?.trim() || undefined,
    };
    try {
      await save.mutateAsync({
        id: indicator?.id ?? null,
        body: indicator ? { ...body, version: indicator.version } : body,
      });
      message.success(indicator ? 'Đã lưu chỉ tiêu.' : 'Đã thêm chỉ tiêu. Hãy giao kế hoạch cho các đơn vị.');
      onClose();
    } catch (error) {
      if (isConflict(error)) await reload();
      const left = applyFieldErrors(form, error);
      if (left) message.error(left);
    }
  };

  return (
    <Modal
      open
      title={indicator ? `Sửa chỉ tiêu ${indicator.code}` : 'Thêm chỉ tiêu'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        initialValues={
          indicator
            ? { ...indicator, description: indicator.description ?? '' }
            : { direction: 'higher-better', periodKind: 'quarter', field: fields[0] }
        }
      >
        <Form.Item
          name="code"
          label="Mã chỉ tiêu"
          extra="Ngắn gọn, không dấu cách, ví dụ THU-NS; dùng để nhập/xuất Excel."
          rules={[
            { required: true, whitespace: true, message: 'Nhập mã chỉ tiêu' },
            { max: 20, message: 'Tối đa 20 ký tự' },
          ]}
        >
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Form.Item
          name="name"
          label="Tên chỉ tiêu"
          rules={[
            { required: true, whitespace: true, message: 'Nhập tên chỉ tiêu' },
            { max: 300, message: 'Tối đa 300 ký tự' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="measureUnit"
          label="Đơn vị tính"
          rules={[
            { required: true, whitespace: true, message: 'Nhập đơn vị tính' },
            { max: 50, message: 'Tối đa 50 ký tự' },
          ]}
        >
          <Input style={{ width: 220 }} placeholder="ngày, triệu đồng, %, hộ…" />
        </Form.Item>
        <Form.Item name="direction" label="Cách đánh giá" rules={[{ required: true }]}>
          <Radio.Group
            options={TARGET_DIRECTIONS.map((d) => ({ value: d, label: TARGET_DIRECTION_LABELS[d] }))}
          />
        </Form.Item>
        <Form.Item name="field" label="Lĩnh vực" rules={[{ required: true, message: 'Chọn lĩnh vực' }]}>
          <Select options={fields.map((f) => ({ value: f, label: MOVEMENT_FIELD_LABELS[f] }))} />
        </Form.Item>
        <Form.Item name="taskId" label="Nhiệm vụ trọng tâm">
          <Select
            allowClear
            placeholder="Không gắn với nhiệm vụ"
            options={board.tasks.map((t) => ({
              value: t.id,
              label: `${t.number ? `${t.number}. ` : ''}${t.text.slice(0, 110)}${t.text.length > 110 ? '…' : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="periodKind" label="Kỳ báo cáo" rules={[{ required: true }]}>
          <Radio.Group options={PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="baseline" label="Giá trị gốc (năm trước)">
          <InputNumber<number> style={{ width: 220 }} decimalSeparator="," />
        </Form.Item>
        <Form.Item name="description" label="Ghi chú" rules={[{ max: 2000, message: 'Tối đa 2000 ký tự' }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
