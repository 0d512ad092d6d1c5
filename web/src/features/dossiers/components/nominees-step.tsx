import { DeleteOutlined, HomeOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, type FormInstance, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { NOMINEE_KIND_LABELS, type NomineeKind } from '../../../../../src/shared/dossier-codes';
import { useUnitOptions } from '../../../lib/unit-tree';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { searchPeople } from '../api/dossiers-api';
import { useInitiativeOptions } from '../hooks/use-dossiers';
import { REPORT_TEMPLATE } from './report-editor';

export interface NomineeValues {
  id?: string;
  kind: NomineeKind;
  personId?: string | null;
  unitId?: string | null;
  householdName?: string | null;
  displayName: string;
  achievementSummary: string;
  achievementReportHtml: string;
  initiativeIds?: string[];
  /** Registry grants cited as achievements (kept as they are; set through the API). */
  basisGrantIds?: string[];
}

/** Pick nominees from the unit's people, its collectives, or name a household; a short summary each. */
export function NomineesStep({
  form,
  unitId,
  kinds,
}: {
  form: FormInstance;
  unitId: string | undefined;
  kinds: readonly string[];
}) {
  const [options, setOptions] = useState<{ value: string; label: string; name: string }[]>([]);
  const [searching, setSearching] = useState(false);
  const [household, setHousehold] = useState('');
  const { units } = useUnitOptions();
  const initiatives = useInitiativeOptions(unitId);
  const nominees: NomineeValues[] = Form.useWatch('nominees', { form, preserve: true }) ?? [];

  const add = (n: Omit<NomineeValues, 'achievementSummary' | 'achievementReportHtml'>) => {
    const list: NomineeValues[] = form.getFieldValue('nominees') ?? [];
    form.setFieldValue('nominees', [
      ...list,
      { ...n, achievementSummary: '', achievementReportHtml: REPORT_TEMPLATE },
    ]);
  };
  const search = async (q: string) => {
    setSearching(true);
    try {
      const people = await searchPeople(unitId, q);
      setOptions(
        people.items.map((p) => ({
          value: p.id,
          name: p.fullName,
          label: `${p.fullName} — ${p.position ?? 'chưa rõ chức vụ'}, ${p.unitName}`,
        })),
      );
    } finally {
      setSearching(false);
    }
  };
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? 'Tập thể';

  return (
    <>
      <Card size="small" title="Thêm người hoặc tập thể được đề nghị" style={{ marginBottom: 12 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {kinds.includes('individual') && (
            <Flex gap={8} align="center" wrap>
              <UserAddOutlined aria-hidden />
              <Select
                showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
                aria-label="Tìm cá nhân theo tên"
                placeholder="Gõ tên cán bộ để tìm (cá nhân)"
                style={{ minWidth: 360, flex: 1 }}
                loading={searching}
                options={options}
                value={null}
                onFocus={() => options.length === 0 && void search('')}
                onChange={(personId: string) => {
                  const picked = options.find((o) => o.value === personId);
                  if (nominees.some((n) => n.personId === personId)) return;
                  add({ kind: 'individual', personId, displayName: picked?.name ?? '' });
                }}
                notFoundContent={searching ? 'Đang tìm…' : 'Không tìm thấy cán bộ'}
              />
            </Flex>
          )}
          {kinds.includes('collective') && (
            <Flex gap={8} align="center" wrap>
              <TeamOutlined aria-hidden />
              <UnitTreeSelect
                aria-label="Chọn tập thể"
                placeholder="Chọn tập thể (đơn vị, bộ phận)"
                style={{ minWidth: 360, flex: 1 }}
                value={null}
                onChange={(id: string) =>
                  id && add({ kind: 'collective', unitId: id, displayName: unitName(id) })
                }
              />
            </Flex>
          )}
          {kinds.includes('household') && (
            <Flex gap={8} align="center" wrap>
              <HomeOutlined aria-hidden />
              <Input
                aria-label="Tên chủ hộ"
                placeholder="Tên chủ hộ (hộ gia đình)"
                style={{ maxWidth: 360 }}
                value={household}
                onChange={(e) => setHousehold(e.target.value)}
              />
              <Button
                disabled={!household.trim()}
                onClick={() => {
                  add({
                    kind: 'household',
                    householdName: household.trim(),
                    displayName: `Hộ ${household.trim()}`,
                  });
                  setHousehold('');
                }}
              >
                Thêm hộ gia đình
              </Button>
            </Flex>
          )}
        </Space>
      </Card>
      <Form.List name="nominees">
        {(fields, { remove }) =>
          fields.length === 0 ? (
            <Typography.Paragraph style={{ color: '#595959' }}>
              Chưa có người/tập thể nào được đề nghị. Hãy thêm ở ô phía trên.
            </Typography.Paragraph>
          ) : (
            fields.map((field, index) => {
              const n = nominees[index];
              return (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={`${index + 1}. ${n?.displayName ?? ''} (${n ? NOMINEE_KIND_LABELS[n.kind] : ''})`}
                  extra={
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={`Bỏ ${n?.displayName ?? 'người này'} khỏi hồ sơ`}
                    >
                      Bỏ
                    </Button>
                  }
                >
                  <Form.Item name={[field.name, 'personId']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitId']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'achievementSummary']}
                    label="Tóm tắt thành tích (hiển thị khi công khai)"
                    rules={[{ max: 1000, message: 'Tối đa 1000 ký tự' }]}
                  >
                    <Input.TextArea rows={2} maxLength={1000} showCount />
                  </Form.Item>
                  {n?.kind === 'individual' && (
                    <Form.Item
                      name={[field.name, 'initiativeIds']}
                      label="Sáng kiến làm căn cứ (nếu có)"
                      extra="Một sáng kiến đã dùng cho hồ sơ khác hoặc đã được khen thưởng sẽ được cảnh báo khi gửi."
                    >
                      <Select
                        mode="multiple"
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={initiatives.isLoading}
                        placeholder="Chọn sáng kiến đã được công nhận"
                        options={(initiatives.data?.items ?? []).map((i) => ({
                          value: i.id,
                          label: `${i.title} (${i.authors.map((a) => a.fullName).join(', ')})`,
                        }))}
                      />
                    </Form.Item>
                  )}
                </Card>
              );
            })
          )
        }
      </Form.List>
    </>
  );
}
