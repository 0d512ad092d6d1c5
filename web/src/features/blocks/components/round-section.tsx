import { BellOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Flex, Form, Table } from 'antd';
import { Link } from 'react-router';
import type { BlockDetail } from '../../../../../src/shared/api/blocks';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../lib/format';
import { lockRound, remindRound, saveRound } from '../api/blocks-api';
import { useBlockMutation } from '../hooks/use-blocks';
import { AssessmentStatusTag, formatPoints } from './block-labels';

type Assessments = NonNullable<BlockDetail['round']>['assessments'];

const DEADLINES = [
  ['selfDueOn', 'Hạn đơn vị tự chấm'],
  ['reviewDueOn', 'Hạn trưởng khối chấm'],
  ['explanationDueOn', 'Hạn đơn vị giải trình'],
  ['finalDueOn', 'Hạn thẩm định cuối'],
] as const;

/** The assessment round: open it with deadlines, follow every member's sheet, remind, lock. */
export function RoundSection({ block }: { block: BlockDetail }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm();
  const open = useBlockMutation((values: Record<string, never>) =>
    saveRound(block.id, {
      version: block.round?.version ?? 0,
      selfDueOn: toIsoDate(values.selfDueOn) ?? null,
      reviewDueOn: toIsoDate(values.reviewDueOn) ?? null,
      explanationDueOn: toIsoDate(values.explanationDueOn) ?? null,
      finalDueOn: toIsoDate(values.finalDueOn) ?? null,
    }),
  );
  const remind = useBlockMutation(() => remindRound(block.id));
  const lock = useBlockMutation(() => lockRound(block.id, block.round?.version ?? 0));
  const round = block.round;

  if (!round) {
    if (!block.can.manage) return <Empty description="Khối chưa mở đợt chấm điểm." />;
    return (
      <Card title="Mở đợt chấm điểm">
        <p>
          Khi mở đợt chấm, mỗi đơn vị thành viên nhận bảng điểm để tự chấm. Trưởng khối chấm bảng của các
          thành viên; bảng của trưởng khối do phó khối chấm. Cần có bảng tiêu chí hợp lệ, trưởng khối và phó
          khối.
        </p>
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            open.mutate(values, {
              onSuccess: () => message.success('Đã mở đợt chấm điểm và thông báo cho các đơn vị.'),
              onError: (e) => {
                const rest = applyFieldErrors(
                  form,
                  e,
                  DEADLINES.map(([k]) => k),
                );
                if (rest) message.error(rest);
              },
            })
          }
        >
          <Flex gap={12} wrap>
            {DEADLINES.map(([name, label]) => (
              <Form.Item key={name} name={name} label={label}>
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
            ))}
          </Flex>
          <Button type="primary" htmlType="submit" loading={open.isPending}>
            Mở đợt chấm điểm
          </Button>
        </Form>
      </Card>
    );
  }

  const pending = round.assessments.filter((a) => a.status !== 'locked').length;
  const onLock = () =>
    modal.confirm({
      title: 'Khóa đợt chấm điểm và công bố kết quả?',
      content:
        'Sau khi khóa, điểm không thay đổi được nữa; thứ hạng được tính và công bố cho các đơn vị thành viên.',
      okText: 'Khóa và công bố',
      cancelText: 'Hủy',
      onOk: () =>
        lock.mutateAsync(undefined).then(
          () => message.success('Đã khóa đợt chấm điểm và công bố kết quả.'),
          (e) => message.error(errorMessage(e)),
        ),
    });

  return (
    <Flex vertical gap={12}>
      <Card
        title={
          round.status === 'locked'
            ? `Đợt chấm điểm đã khóa ngày ${formatDate(round.lockedAt?.slice(0, 10))}`
            : 'Đợt chấm điểm đang diễn ra'
        }
        extra={
          round.status === 'open' && (
            <Flex gap={8} wrap>
              {block.can.manage && (
                <Button
                  icon={<BellOutlined aria-hidden />}
                  loading={remind.isPending}
                  onClick={() =>
                    remind.mutate(undefined, {
                      onSuccess: (r) => message.success(`Đã nhắc ${r.notified} đơn vị.`),
                      onError: (e) => message.error(errorMessage(e)),
                    })
                  }
                >
                  Nhắc việc các đơn vị
                </Button>
              )}
              {block.can.finalize && (
                <Button
                  type="primary"
                  icon={<LockOutlined aria-hidden />}
                  onClick={onLock}
                  disabled={pending > 0}
                  loading={lock.isPending}
                >
                  Khóa đợt chấm, công bố kết quả
                </Button>
              )}
            </Flex>
          )
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 4 }}
          items={DEADLINES.map(([key, label]) => ({
            key,
            label,
            children: formatDate(round[key]) || 'Chưa đặt',
          }))}
        />
        {round.status === 'open' && block.can.finalize && pending > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            title={`Còn ${pending} đơn vị chưa chốt điểm; khóa được khi tất cả đã chốt.`}
          />
        )}
      </Card>
      <Card title="Bảng điểm của các đơn vị">
        <AssessmentTable block={block} rows={round.assessments} />
      </Card>
    </Flex>
  );
}

function AssessmentTable({ block, rows }: { block: BlockDetail; rows: Assessments }) {
  return (
    <Table
      rowKey="unitId"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 760 }}
      columns={[
        { title: 'Hạng', dataIndex: 'rank', width: 60, render: (r: number | null) => r ?? '' },
        {
          title: 'Đơn vị',
          dataIndex: 'unitName',
          render: (name: string, a) =>
            a.canOpen ? <Link to={`/blocks/${block.id}/assessments/${a.unitId}`}>{name}</Link> : name,
        },
        {
          title: 'Đơn vị chấm',
          dataIndex: 'reviewerUnitName',
          responsive: ['lg'],
          render: (n: string | null) => n ?? '—',
        },
        {
          title: 'Bước',
          dataIndex: 'status',
          width: 150,
          render: (s: Assessments[number]['status']) => <AssessmentStatusTag status={s} />,
        },
        { title: 'Tự chấm', dataIndex: 'selfTotal', width: 90, align: 'right', render: formatPoints },
        {
          title: 'Trưởng khối chấm',
          dataIndex: 'reviewedTotal',
          width: 110,
          align: 'right',
          render: formatPoints,
        },
        {
          title: 'Điểm chốt',
          dataIndex: 'finalTotal',
          width: 90,
          align: 'right',
          render: (v: number | null) => <strong>{formatPoints(v)}</strong>,
        },
      ]}
    />
  );
}
