import {
  CheckCircleFilled,
  CheckOutlined,
  CloseOutlined,
  LeftOutlined,
  RightOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Progress, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { CouncilSession } from '../../../../../src/shared/api/council';
import { errorMessage } from '../../../lib/form-errors';
import type { Choice } from '../api/council-api';
import { useCastVote } from '../hooks/use-council';

type Nominee = CouncilSession['agenda'][number]['nominees'][number] & {
  awardName: string;
  dossierUnit: string;
};

/**
 * The member's secret ballot: one nominee at a time, "Đồng ý" or "Không đồng ý", confirmed before it is
 * sent. Once sent, the card only says "Đã bỏ phiếu": the choice is never shown again, not even here.
 */
export function VotingPanel({ session }: { session: CouncilSession }) {
  const nominees = useMemo<Nominee[]>(
    () =>
      session.agenda.flatMap((d) =>
        d.nominees.map((n) => ({ ...n, awardName: d.awardName, dossierUnit: d.unitName })),
      ),
    [session],
  );
  const firstOpen = nominees.findIndex((n) => !n.hasVoted && !n.conflict);
  const [index, setIndex] = useState(Math.max(firstOpen, 0));
  const cast = useCastVote(session.id);
  const { modal, message } = App.useApp();
  const done = nominees.filter((n) => n.hasVoted || n.conflict).length;
  const n = nominees[Math.min(index, nominees.length - 1)];
  if (!n) return <Alert type="info" showIcon title="Phiên họp không có người được đề nghị nào." />;

  const confirm = (choice: Choice) =>
    modal.confirm({
      title: choice === 'yes' ? 'Bỏ phiếu ĐỒNG Ý?' : 'Bỏ phiếu KHÔNG ĐỒNG Ý?',
      content: `Người được đề nghị: ${n.displayName}. Phiếu kín, đã gửi thì không sửa được.`,
      okText: 'Gửi phiếu',
      cancelText: 'Xem lại',
      onOk: async () => {
        try {
          await cast.mutateAsync({ nomineeId: n.id, choice });
          message.success('Đã ghi nhận phiếu của bạn.');
          const next = nominees.findIndex((x, i) => i > index && !x.hasVoted && !x.conflict);
          if (next >= 0) setIndex(next);
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={16} wrap>
        <span>
          Bạn đã bỏ phiếu {done}/{nominees.length} người
        </span>
        <Progress percent={Math.round((done / nominees.length) * 100)} style={{ maxWidth: 320 }} />
      </Flex>
      <Card
        title={`Người thứ ${index + 1}/${nominees.length}: ${n.displayName}`}
        extra={
          n.hasVoted && (
            <span style={{ color: '#135200' }}>
              <CheckCircleFilled aria-hidden /> Đã bỏ phiếu
            </span>
          )
        }
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Hình thức đề nghị">{n.awardName}</Descriptions.Item>
          <Descriptions.Item label="Đơn vị">{n.unitName ?? n.dossierUnit}</Descriptions.Item>
          {n.position && <Descriptions.Item label="Chức vụ">{n.position}</Descriptions.Item>}
          <Descriptions.Item label="Tóm tắt thành tích">{n.achievementSummary || '—'}</Descriptions.Item>
        </Descriptions>
        {n.conflict ? (
          <Alert type="warning" showIcon title={n.conflict} style={{ marginTop: 12 }} />
        ) : n.hasVoted ? (
          <Alert
            type="success"
            showIcon
            title="Bạn đã bỏ phiếu cho người này. Phiếu kín nên không hiển thị lựa chọn."
            style={{ marginTop: 12 }}
          />
        ) : (
          <Flex gap={12} wrap style={{ marginTop: 16 }}>
            <Button
              type="primary"
              size="large"
              icon={<CheckOutlined aria-hidden />}
              loading={cast.isPending}
              onClick={() => confirm('yes')}
            >
              Đồng ý
            </Button>
            <Button
              danger
              size="large"
              icon={<CloseOutlined aria-hidden />}
              loading={cast.isPending}
              onClick={() => confirm('no')}
            >
              Không đồng ý
            </Button>
          </Flex>
        )}
      </Card>
      <Flex justify="space-between">
        <Button
          icon={<LeftOutlined aria-hidden />}
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          Người trước
        </Button>
        <Button disabled={index >= nominees.length - 1} onClick={() => setIndex(index + 1)}>
          Người tiếp theo <RightOutlined aria-hidden />
        </Button>
      </Flex>
    </Space>
  );
}
