import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Select, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Pledge, PledgeSave } from '../../../../../src/shared/api/pledges';
import { errorMessage, isConflict } from '../../../lib/form-errors';
import { numberFormat } from '../../../lib/format';
import { useReloadPledges, useSavePledge, useSubmitPledge, useUnitPeopleSearch } from '../hooks/use-pledges';
import { PledgeReadOnly, PledgeSummary } from './pledge-details';
import { collectiveTitleOptions, individualTitleOptions } from './pledge-labels';

type PledgePerson = Pledge['people'][number];
type CollectiveTitle = PledgeSave['collectiveTitles'][number];
type IndividualTitle = PledgeSave['people'][number]['titles'][number];

function sameContent(a: { collective: string[]; people: PledgePerson[] }, pledge: Pledge): boolean {
  const key = (titles: readonly string[]) => [...titles].sort().join(',');
  return (
    key(a.collective) === key(pledge.collectiveTitles) &&
    a.people.length === pledge.people.length &&
    a.people.every(
      (person, i) =>
        person.personId === pledge.people[i]?.personId && key(person.titles) === key(pledge.people[i].titles),
    )
  );
}

/** A unit's own pledge: pick collective titles and people with their titles, save, and (the head) submit. */
export function PledgeEditor({
  movementId,
  pledge,
  canEdit,
  canSubmit,
  movementOpen,
}: {
  movementId: string;
  pledge: Pledge;
  canEdit: boolean;
  canSubmit: boolean;
  movementOpen: boolean;
}) {
  const editable =
    canEdit &&
    movementOpen &&
    (pledge.status === null || pledge.status === 'draft' || pledge.status === 'returned');
  return (
    <Card size="small">
      <section aria-labelledby="pledge-own">
        <h2 id="pledge-own" style={{ fontSize: 16, fontWeight: 600, margin: '0 0 12px' }}>
          Đăng ký thi đua của đơn vị
        </h2>
        <PledgeSummary pledge={pledge} />
        {!movementOpen && pledge.id === null && (
          <Alert
            type="info"
            showIcon
            title="Phong trào đã kết thúc; đơn vị không đăng ký."
            style={{ marginTop: 12 }}
          />
        )}
        {editable ? (
          // Remount on every new version so the form starts from what the server holds.
          <PledgeForm
            key={`${pledge.unitId}:${pledge.version}`}
            movementId={movementId}
            pledge={pledge}
            canSubmit={canSubmit}
          />
        ) : (
          <>
            {pledge.status === 'submitted' && (
              <Alert
                type="info"
                showIcon
                title="Đăng ký đã gửi, đang chờ tiếp nhận; không sửa được."
                style={{ marginTop: 12 }}
              />
            )}
            {pledge.id !== null && <PledgeReadOnly pledge={pledge} />}
          </>
        )}
      </section>
    </Card>
  );
}

function PledgeForm({
  movementId,
  pledge,
  canSubmit,
}: {
  movementId: string;
  pledge: Pledge;
  canSubmit: boolean;
}) {
  const { message, modal } = App.useApp();
  const [collective, setCollective] = useState<string[]>(pledge.collectiveTitles);
  const [people, setPeople] = useState<PledgePerson[]>(pledge.people);
  const [showErrors, setShowErrors] = useState(false);
  const save = useSavePledge(movementId);
  const submit = useSubmitPledge(movementId);
  const reload = useReloadPledges(movementId);
  const dirty = !sameContent({ collective, people }, pledge);
  const missing = people.filter((person) => person.titles.length === 0);

  const fail = (failure: unknown) => {
    void message.error(errorMessage(failure));
    if (isConflict(failure)) void reload();
  };

  const body = (): PledgeSave => ({
    version: pledge.id === null ? 0 : pledge.version,
    collectiveTitles: collective as CollectiveTitle[],
    people: people.map((person) => ({
      personId: person.personId,
      titles: person.titles as IndividualTitle[],
    })),
  });

  const doSave = async (): Promise<Pledge | null> => {
    setShowErrors(true);
    if (missing.length > 0) {
      void message.error('Mỗi cá nhân phải chọn ít nhất một danh hiệu.');
      return null;
    }
    try {
      const saved = await save.mutateAsync({ unitId: pledge.unitId, body: body() });
      void message.success('Đã lưu đăng ký thi đua.');
      return saved;
    } catch (failure) {
      fail(failure);
      return null;
    }
  };

  const doSubmit = () => {
    if (missing.length > 0) {
      setShowErrors(true);
      void message.error('Mỗi cá nhân phải chọn ít nhất một danh hiệu.');
      return;
    }
    modal.confirm({
      title: 'Gửi đăng ký thi đua?',
      content: 'Sau khi gửi, đơn vị không sửa được đăng ký cho tới khi bị trả lại.',
      okText: 'Gửi đăng ký',
      cancelText: 'Hủy',
      onOk: async () => {
        // Unsaved changes (or a pledge never saved) are stored first, then submitted.
        let current: Pledge | null = pledge;
        if (dirty || pledge.id === null) current = await doSave();
        if (!current) return;
        try {
          await submit.mutateAsync({ unitId: current.unitId, version: current.version });
          void message.success('Đã gửi đăng ký thi đua.');
        } catch (failure) {
          fail(failure);
        }
      },
    });
  };

  const setTitles = (personId: string, titles: string[]) =>
    setPeople((list) =>
      list.map((person) => (person.personId === personId ? { ...person, titles } : person)),
    );

  return (
    <>
      <fieldset style={{ border: 0, padding: 0, margin: '16px 0 0' }}>
        <legend style={{ fontSize: 15, fontWeight: 600, marginBottom: 8 }}>Danh hiệu tập thể đăng ký</legend>
        <Checkbox.Group
          options={collectiveTitleOptions}
          value={collective}
          onChange={(values) => setCollective(values as string[])}
        />
      </fieldset>
      <h3 id="pledge-people" style={{ fontSize: 15, fontWeight: 600, margin: '16px 0 8px' }}>
        Cá nhân đăng ký ({numberFormat.format(people.length)})
      </h3>
      <PersonPicker
        unitId={pledge.unitId}
        exclude={people.map((person) => person.personId)}
        onAdd={(person) => setPeople((list) => [...list, { ...person, titles: ['lao-dong-tien-tien'] }])}
      />
      <Table<PledgePerson>
        aria-labelledby="pledge-people"
        rowKey="personId"
        size="small"
        dataSource={people}
        pagination={people.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 760 }}
        locale={{ emptyText: 'Chưa có cá nhân nào. Tìm và thêm cán bộ của đơn vị ở ô phía trên.' }}
        columns={[
          { title: 'STT', key: 'index', width: 56, render: (_, __, index) => index + 1 },
          { title: 'Họ và tên', dataIndex: 'fullName', key: 'name', width: 200 },
          {
            title: 'Chức vụ',
            dataIndex: 'position',
            key: 'position',
            width: 160,
            render: (value: string | null) => value ?? '—',
          },
          {
            title: 'Danh hiệu đăng ký',
            key: 'titles',
            render: (_, person) => (
              <fieldset
                aria-label={`Danh hiệu đăng ký của ${person.fullName}`}
                style={{ border: 0, padding: 0, margin: 0 }}
              >
                <Checkbox.Group
                  options={individualTitleOptions}
                  value={person.titles}
                  onChange={(values) => setTitles(person.personId, values as string[])}
                />
                {showErrors && person.titles.length === 0 && (
                  <Typography.Text type="danger" style={{ display: 'block' }}>
                    Chọn ít nhất một danh hiệu
                  </Typography.Text>
                )}
              </fieldset>
            ),
          },
          {
            title: 'Bỏ',
            key: 'remove',
            width: 56,
            render: (_, person) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={`Bỏ ${person.fullName} khỏi đăng ký`}
                onClick={() => setPeople((list) => list.filter((p) => p.personId !== person.personId))}
              />
            ),
          },
        ]}
      />
      <Flex gap={8} wrap justify="flex-end" style={{ marginTop: 16 }}>
        {dirty && (
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            Có thay đổi chưa lưu
          </Typography.Text>
        )}
        <Button
          onClick={() => void doSave()}
          loading={save.isPending}
          type={canSubmit ? 'default' : 'primary'}
        >
          Lưu
        </Button>
        {canSubmit && (
          <Button type="primary" onClick={doSubmit} loading={submit.isPending}>
            Gửi đăng ký
          </Button>
        )}
      </Flex>
    </>
  );
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Search the unit's people by name and add one to the pledge. */
function PersonPicker({
  unitId,
  exclude,
  onAdd,
}: {
  unitId: string;
  exclude: string[];
  onAdd: (person: Omit<PledgePerson, 'titles'>) => void;
}) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const query = useDebounced(q, 300);
  const search = useUnitPeopleSearch(unitId, query, open);
  const options = useMemo(
    () =>
      (search.data?.items ?? [])
        .filter((person) => !exclude.includes(person.id))
        .map((person) => ({
          value: person.id,
          label: person.position ? `${person.fullName} — ${person.position}` : person.fullName,
          person,
        })),
    [search.data, exclude],
  );
  const add = () => {
    const option = options.find((o) => o.value === selected);
    if (!option) return;
    onAdd({ personId: option.person.id, fullName: option.person.fullName, position: option.person.position });
    setSelected(null);
    setQ('');
  };

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Select
        aria-label="Tìm cán bộ của đơn vị để thêm vào đăng ký"
        showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
        placeholder="Tìm cán bộ theo họ tên…"
        style={{ flex: '1 1 320px', maxWidth: 480 }}
        value={selected}
        onChange={(value) => setSelected(value)}
        onOpenChange={setOpen}
        options={options}
        loading={search.isFetching}
        notFoundContent={search.isFetching ? 'Đang tìm…' : 'Không tìm thấy cán bộ'}
        allowClear
      />
      <Button icon={<PlusOutlined aria-hidden />} onClick={add} disabled={!selected}>
        Thêm vào danh sách
      </Button>
    </Flex>
  );
}
