import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Select,
  Switch,
} from 'antd';
import { useState } from 'react';
import type { BlockCreate, BlockDetail } from '../../../../../src/shared/api/blocks';
import { applyFieldErrors } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useUnitOptions } from '../../../lib/unit-tree';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { createBlock, fetchMovementOptions, updateBlock } from '../api/blocks-api';
import { blocksKey } from '../hooks/use-blocks';

interface Values extends Omit<BlockCreate, 'covenantSignedOn'> {
  covenantSignedOn?: ReturnType<typeof fromIsoDate>;
}

/** Create a block or cluster, or edit one: members, head and deputy (rotating), covenant, movement, setting. */
export function BlockFormDrawer({
  block,
  onClose,
  onSaved,
}: {
  block?: BlockDetail;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const client = useQueryClient();
  const units = useUnitOptions();
  const movements = useQuery({
    queryKey: ['blocks', 'movement-options'],
    queryFn: ({ signal }) => fetchMovementOptions(signal),
  });
  const memberIds: string[] =
    Form.useWatch('memberUnitIds', form) ?? block?.members.map((m) => m.unitId) ?? [];
  const nameOf = new Map<string, string>(units.units.map((u) => [u.id, u.name]));
  for (const m of block?.members ?? []) nameOf.set(m.unitId, m.unitName);
  const memberOptions = memberIds.map((id) => ({ value: id, label: nameOf.get(id) ?? id }));

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { ...values, covenantSignedOn: toIsoDate(values.covenantSignedOn) ?? null };
      return block ? updateBlock(block.id, { ...body, version: block.version }) : createBlock(body);
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: blocksKey });
      onSaved(saved.id);
    },
    onError: (error) => setFormError(applyFieldErrors(form, error)),
  });

  const initialValues: Partial<Values> = block
    ? {
        kind: block.kind,
        name: block.name,
        year: block.year,
        headUnitId: block.headUnitId,
        deputyUnitId: block.deputyUnitId,
        rotationNote: block.rotationNote,
        movementId: block.movementId,
        showDetailsToMembers: block.showDetailsToMembers,
        covenantSignedOn: fromIsoDate(block.covenantSignedOn),
        covenantNote: block.covenantNote,
        memberUnitIds: block.members.map((m) => m.unitId),
      }
    : {
        kind: 'block',
        year: new Date().getFullYear(),
        showDetailsToMembers: false,
        headUnitId: null,
        deputyUnitId: null,
        memberUnitIds: [],
      };

  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.lg ? 720 : '100%'}
      title={block ? 'Sửa khối, cụm thi đua' : 'Tạo khối, cụm thi đua'}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            Lưu
          </Button>
        </Flex>
      }
    >
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          setFormError(null);
          save.mutate(values);
        }}
      >
        <Form.Item name="kind" label="Loại">
          <Radio.Group
            options={[
              { value: 'block', label: 'Khối thi đua (đơn vị cùng chức năng)' },
              { value: 'cluster', label: 'Cụm thi đua (các xã, phường)' },
            ]}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="name"
            label="Tên khối, cụm"
            rules={[{ required: true, message: 'Nhập tên khối, cụm' }]}
            style={{ flex: '1 1 360px' }}
          >
            <Input placeholder="Ví dụ: Khối các phòng, ban chuyên môn" />
          </Form.Item>
          <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Nhập năm' }]}>
            <InputNumber min={2000} max={2100} style={{ width: 120 }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="memberUnitIds"
          label="Đơn vị thành viên"
          rules={[{ required: true, message: 'Chọn ít nhất một đơn vị thành viên' }]}
        >
          <UnitTreeSelect multiple placeholder="Chọn các đơn vị của khối" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="headUnitId"
            label="Trưởng khối"
            style={{ flex: '1 1 260px' }}
            extra="Chấm bảng điểm của các thành viên."
          >
            <Select allowClear options={memberOptions} placeholder="Chọn trong các thành viên" />
          </Form.Item>
          <Form.Item
            name="deputyUnitId"
            label="Phó khối"
            style={{ flex: '1 1 260px' }}
            extra="Chấm bảng điểm của trưởng khối (không đơn vị nào tự chấm mình)."
          >
            <Select allowClear options={memberOptions} placeholder="Chọn trong các thành viên" />
          </Form.Item>
        </Flex>
        <Form.Item name="rotationNote" label="Cách luân phiên trưởng, phó khối">
          <Input placeholder="Ví dụ: luân phiên hằng năm theo thứ tự A, B, C" />
        </Form.Item>
        <Form.Item
          name="movementId"
          label="Phong trào có chỉ tiêu dùng để chấm điểm"
          extra="Tiêu chí chỉ tiêu lấy kế hoạch và kết quả thực hiện từ phong trào này."
        >
          <Select
            allowClear
            loading={movements.isLoading}
            placeholder="Chọn phong trào"
            options={(movements.data?.items ?? [])
              .filter((m) => m.status !== 'draft')
              .map((m) => ({ value: m.id, label: `${m.title} (${m.year})` }))}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="covenantSignedOn" label="Ngày ký giao ước thi đua">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="covenantNote" label="Ghi chú giao ước" style={{ flex: '1 1 300px' }}>
            <Input placeholder="Ví dụ: ký tại hội nghị triển khai nhiệm vụ năm" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="showDetailsToMembers"
          label="Cho các thành viên xem điểm chi tiết của nhau"
          valuePropName="checked"
          extra="Khi tắt, mỗi đơn vị chỉ xem điểm chi tiết của mình; tổng điểm và thứ hạng luôn được công bố khi khóa đợt chấm."
        >
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
