import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Popconfirm, Select, Space, Table } from 'antd';
import { useState } from 'react';
import {
  COUNCIL_POSITION_LABELS,
  COUNCIL_POSITIONS,
  type CouncilMember,
  type CouncilPosition,
} from '../../../../../src/shared/api/council';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';
import {
  useAddMember,
  useCandidates,
  useMembers,
  usePeopleSearch,
  useRemoveMember,
} from '../hooks/use-council';

const thisYear = new Date().getFullYear();
const YEARS = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];

/** The council of the user's unit for a year: who sits on it, and (for the office) adding or removing. */
export function MembersPanel({ canManage, defaultYear }: { canManage: boolean; defaultYear?: number }) {
  const [year, setYear] = useState(defaultYear ?? thisYear);
  const members = useMembers(year);
  const remove = useRemoveMember();
  const { message } = App.useApp();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="council-year">Năm:</label>
        <Select
          id="council-year"
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: `Năm ${y}` }))}
          style={{ width: 120 }}
        />
        {members.data && <span>Hội đồng Thi đua – Khen thưởng của {members.data.unitName}</span>}
      </Space>
      {members.error && <Alert type="error" showIcon title={errorMessage(members.error)} />}
      {canManage && <AddMemberForm year={year} existing={members.data?.items ?? []} />}
      <Table<CouncilMember>
        rowKey="id"
        loading={members.isLoading}
        dataSource={members.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: `Hội đồng năm ${year} chưa có thành viên.` }}
        columns={[
          { title: 'STT', width: 60, render: (_v, _r, i) => i + 1 },
          { title: 'Họ và tên', dataIndex: 'name' },
          {
            title: 'Chức danh trong Hội đồng',
            dataIndex: 'position',
            render: (p: CouncilPosition) => COUNCIL_POSITION_LABELS[p],
          },
          { title: 'Đơn vị công tác', dataIndex: 'memberUnitName' },
          { title: 'Hồ sơ cán bộ', dataIndex: 'personName', render: (v: string | null) => v ?? '—' },
          ...(canManage
            ? [
                {
                  title: 'Thao tác',
                  width: 120,
                  render: (_: unknown, m: CouncilMember) => (
                    <Popconfirm
                      title={`Bỏ ${m.name} khỏi Hội đồng năm ${year}?`}
                      description="Các phiên họp đã khai mạc vẫn giữ nguyên thành phần."
                      okText="Bỏ khỏi Hội đồng"
                      cancelText="Không"
                      onConfirm={() =>
                        remove.mutateAsync(m.id).then(
                          () => message.success('Đã bỏ thành viên khỏi Hội đồng.'),
                          (e) => message.error(errorMessage(e)),
                        )
                      }
                    >
                      <Button danger size="small" icon={<DeleteOutlined aria-hidden />}>
                        Bỏ
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

function AddMemberForm({ year, existing }: { year: number; existing: CouncilMember[] }) {
  const [form] = Form.useForm<{ userId: string; position: CouncilPosition; personId?: string }>();
  const [personQuery, setPersonQuery] = useState('');
  const people = usePeopleSearch(personQuery);
  const candidates = useCandidates(true);
  const add = useAddMember();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const taken = new Set(existing.map((m) => m.userId));
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ position: 'member' }}
      onFinish={async (values) => {
        setError(null);
        try {
          await add.mutateAsync({
            year,
            userId: values.userId,
            position: values.position,
            personId: values.personId ?? null,
          });
          message.success('Đã thêm thành viên Hội đồng.');
          form.resetFields();
        } catch (e) {
          setError(applyFieldErrors(form, e));
        }
      }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="userId" label="Tài khoản" rules={[{ required: true, message: 'Chọn người' }]}>
        <Select
          showSearch
          optionFilterProp="label"
          placeholder="Chọn cán bộ có vai trò Hội đồng"
          style={{ width: 320 }}
          loading={candidates.isLoading}
          notFoundContent="Chưa có tài khoản nào có vai trò Hội đồng"
          options={(candidates.data?.items ?? [])
            .filter((c) => !taken.has(c.userId))
            .map((c) => ({ value: c.userId, label: `${c.name} — ${c.unitName ?? ''}` }))}
        />
      </Form.Item>
      <Form.Item name="position" label="Chức danh">
        <Select
          style={{ width: 200 }}
          options={COUNCIL_POSITIONS.map((p) => ({ value: p, label: COUNCIL_POSITION_LABELS[p] }))}
        />
      </Form.Item>
      <Form.Item
        name="personId"
        label="Hồ sơ cán bộ của thành viên"
        tooltip="Để thành viên không bỏ phiếu cho chính mình khi có tên trong danh sách đề nghị."
      >
        <Select
          allowClear
          showSearch
          filterOption={false}
          onSearch={setPersonQuery}
          placeholder="Gõ họ tên để tìm (không bắt buộc)"
          style={{ width: 280 }}
          loading={people.isFetching}
          notFoundContent={personQuery.trim().length < 2 ? 'Gõ ít nhất 2 ký tự' : 'Không tìm thấy'}
          options={(people.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${p.fullName} — ${p.unitName}`,
          }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending} icon={<UserAddOutlined aria-hidden />}>
        Thêm vào Hội đồng
      </Button>
      {error && <Alert type="error" showIcon title={error} style={{ width: '100%', marginTop: 8 }} />}
    </Form>
  );
}
