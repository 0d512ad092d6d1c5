import { BellOutlined, DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Skeleton,
  Statistic,
  Table,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { errorMessage, isConflict } from '../../../lib/form-errors';
import { formatDate, numberFormat } from '../../../lib/format';
import { fetchPledge, type PledgeBoardItem, pledgesExportUrl } from '../api/pledges-api';
import {
  useAcceptPledge,
  usePledgeBoard,
  useReloadPledges,
  useRemindUnits,
  useReturnPledge,
} from '../hooks/use-pledges';
import { formatDay, LateTag, PledgeStatusTag, titleName } from './pledge-labels';
import { PledgeViewDrawer } from './pledge-view-drawer';

const COUNTS = [
  { key: 'notStarted', label: 'Chưa đăng ký', color: '#434343' },
  { key: 'draft', label: 'Đang soạn', color: '#873800' },
  { key: 'submitted', label: 'Đã gửi', color: '#003a8c' },
  { key: 'accepted', label: 'Đã tiếp nhận', color: '#135200' },
  { key: 'returned', label: 'Bị trả lại', color: '#a8071a' },
  { key: 'late', label: 'Quá hạn', color: '#a8071a' },
] as const;

/** Staff and admins: every participating unit and where its pledge stands; accept or return pledges. */
export function PledgeBoardView({ movementId }: { movementId: string }) {
  const { message } = App.useApp();
  const board = usePledgeBoard(movementId, true);
  const reload = useReloadPledges(movementId);
  const remind = useRemindUnits(movementId);
  const accept = useAcceptPledge(movementId);
  const [viewing, setViewing] = useState<string | null>(null);
  const [returning, setReturning] = useState<{ unitId: string; unitName: string; version: number } | null>(
    null,
  );
  const [busyUnit, setBusyUnit] = useState<string | null>(null);

  const fail = (failure: unknown) => {
    void message.error(errorMessage(failure));
    if (isConflict(failure)) void reload();
  };

  /** The board has no versions: read the pledge, check it still waits for a decision, then act. */
  const latestSubmitted = async (item: PledgeBoardItem) => {
    const pledge = await fetchPledge(movementId, item.unitId);
    if (pledge.status !== 'submitted') {
      void message.warning(`Đăng ký của ${item.unitName} đã thay đổi. Danh sách đã được tải lại.`);
      void reload();
      return null;
    }
    return pledge;
  };

  const doAccept = async (item: PledgeBoardItem) => {
    setBusyUnit(item.unitId);
    try {
      const pledge = await latestSubmitted(item);
      if (!pledge) return;
      await accept.mutateAsync({ unitId: item.unitId, version: pledge.version });
      void message.success(`Đã tiếp nhận đăng ký của ${item.unitName}.`);
    } catch (failure) {
      fail(failure);
    } finally {
      setBusyUnit(null);
    }
  };

  const startReturn = async (item: PledgeBoardItem) => {
    setBusyUnit(item.unitId);
    try {
      const pledge = await latestSubmitted(item);
      if (pledge) setReturning({ unitId: item.unitId, unitName: item.unitName, version: pledge.version });
    } catch (failure) {
      fail(failure);
    } finally {
      setBusyUnit(null);
    }
  };

  const doRemind = () =>
    remind.mutate(undefined, {
      onSuccess: ({ notified }) =>
        void message.success(
          notified > 0
            ? `Đã gửi lời nhắc tới ${numberFormat.format(notified)} đơn vị chưa đăng ký.`
            : 'Không có đơn vị nào cần nhắc.',
        ),
      onError: fail,
    });

  const columns: ColumnsType<PledgeBoardItem> = [
    { title: 'Đơn vị', dataIndex: 'unitName', key: 'unit', ellipsis: true },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 190,
      render: (_, item) => (
        <Flex gap={4} wrap>
          <PledgeStatusTag status={item.status} />
          {item.isLate && <LateTag />}
        </Flex>
      ),
    },
    {
      title: 'Ngày gửi',
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      width: 110,
      render: (value: string | null) => (value ? formatDay(value) : '—'),
    },
    {
      title: 'Số người',
      dataIndex: 'peopleCount',
      key: 'people',
      width: 90,
      align: 'right',
      render: (value: number) => numberFormat.format(value),
    },
    {
      title: 'Danh hiệu tập thể',
      dataIndex: 'collectiveTitles',
      key: 'titles',
      render: (codes: string[]) => (codes.length ? codes.map(titleName).join('; ') : '—'),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 230,
      render: (_, item) => (
        <Flex gap={4} wrap>
          <Button
            size="small"
            onClick={() => setViewing(item.unitId)}
            aria-label={`Xem đăng ký của ${item.unitName}`}
          >
            Xem
          </Button>
          {item.status === 'submitted' && (
            <>
              <Button
                size="small"
                type="primary"
                loading={busyUnit === item.unitId && accept.isPending}
                disabled={busyUnit !== null && busyUnit !== item.unitId}
                onClick={() => void doAccept(item)}
                aria-label={`Tiếp nhận đăng ký của ${item.unitName}`}
              >
                Tiếp nhận
              </Button>
              <Button
                size="small"
                danger
                disabled={busyUnit !== null}
                onClick={() => void startReturn(item)}
                aria-label={`Trả lại đăng ký của ${item.unitName}`}
              >
                Trả lại
              </Button>
            </>
          )}
        </Flex>
      ),
    },
  ];

  if (board.isLoading) return <Skeleton active />;
  if (board.error) return <Alert type="error" showIcon title={errorMessage(board.error)} />;
  const data = board.data;
  if (!data) return null;

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <section aria-labelledby="pledge-counts">
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
            <h2 id="pledge-counts" style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>
              Tình hình đăng ký
            </h2>
            <Typography.Text>
              Hạn đăng ký: <strong>{data.deadline ? formatDate(data.deadline) : 'Chưa đặt'}</strong>
            </Typography.Text>
          </Flex>
          <Row gutter={[16, 12]}>
            {COUNTS.map((count) => (
              <Col key={count.key} xs={12} sm={8} md={4}>
                <Statistic
                  title={count.label}
                  value={data.counts[count.key]}
                  formatter={(value) => numberFormat.format(Number(value))}
                  styles={{ content: { color: count.color, fontSize: 22 } }}
                />
              </Col>
            ))}
          </Row>
        </section>
      </Card>
      <Card size="small">
        <section aria-labelledby="pledge-units">
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
            <h2 id="pledge-units" style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>
              Đơn vị tham gia ({numberFormat.format(data.items.length)})
            </h2>
            <Flex gap={8} wrap>
              <Button
                icon={<BellOutlined aria-hidden />}
                onClick={doRemind}
                loading={remind.isPending}
                disabled={data.counts.notStarted + data.counts.draft + data.counts.returned === 0}
              >
                Nhắc các đơn vị chưa đăng ký
              </Button>
              <Button icon={<DownloadOutlined aria-hidden />} href={pledgesExportUrl(movementId)} download>
                Xuất Excel
              </Button>
            </Flex>
          </Flex>
          <Table<PledgeBoardItem>
            rowKey="unitId"
            size="small"
            columns={columns}
            dataSource={data.items}
            pagination={data.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 900 }}
            locale={{ emptyText: 'Phong trào chưa có đơn vị tham gia.' }}
          />
        </section>
      </Card>
      <PledgeViewDrawer
        movementId={movementId}
        unitId={viewing}
        onClose={() => setViewing(null)}
        onReturn={(pledge) => {
          setViewing(null);
          setReturning({ unitId: pledge.unitId, unitName: pledge.unitName, version: pledge.version });
        }}
      />
      <ReturnModal movementId={movementId} target={returning} onClose={() => setReturning(null)} />
    </>
  );
}

function ReturnModal({
  movementId,
  target,
  onClose,
}: {
  movementId: string;
  target: { unitId: string; unitName: string; version: number } | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const returnPledge = useReturnPledge(movementId);
  const reload = useReloadPledges(movementId);

  const submit = async () => {
    if (!target) return;
    const { reason } = await form.validateFields();
    try {
      await returnPledge.mutateAsync({ unitId: target.unitId, body: { version: target.version, reason } });
      void message.success(`Đã trả lại đăng ký của ${target.unitName}.`);
      form.resetFields();
      onClose();
    } catch (failure) {
      void message.error(errorMessage(failure));
      if (isConflict(failure)) {
        void reload();
        onClose();
      }
    }
  };

  return (
    <Modal
      open={target !== null}
      title={target ? `Trả lại đăng ký của ${target.unitName}` : 'Trả lại đăng ký'}
      okText="Trả lại"
      cancelText="Hủy"
      okButtonProps={{ danger: true, loading: returnPledge.isPending }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item
          name="reason"
          label="Lý do trả lại"
          rules={[
            { required: true, whitespace: true, message: 'Nhập lý do trả lại' },
            { max: 2000, message: 'Lý do không quá 2.000 ký tự' },
          ]}
          extra="Đơn vị sẽ nhận được thông báo kèm lý do này."
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
