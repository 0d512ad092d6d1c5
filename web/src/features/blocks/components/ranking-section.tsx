import { FlagOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Radio, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { BlockDetail, Ranking } from '../../../../../src/shared/api/blocks';
import { errorMessage } from '../../../lib/form-errors';
import { StatusTag } from '../../../lib/status-tag';
import { proposeFlag } from '../api/blocks-api';
import { useBlockMutation, useRanking } from '../hooks/use-blocks';
import { formatPoints } from './block-labels';

/**
 * The ranking with the tie rule that separated each unit from the one above it, and the proposal of the
 * leader for the emulation flag (a draft dossier).
 */
export function RankingSection({ block }: { block: BlockDetail }) {
  const { message } = App.useApp();
  const { data, isLoading, error } = useRanking(block.id, Boolean(block.round));
  const [choice, setChoice] = useState<string | undefined>();
  const propose = useBlockMutation(() => proposeFlag(block.id, block.round?.version ?? 0, choice));
  if (!block.round) return <Empty description="Khối chưa mở đợt chấm điểm." />;
  if (isLoading) return <Skeleton active />;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  if (!data) return null;
  if (data.items.length === 0) {
    return <Empty description="Kết quả xếp hạng được công bố khi đợt chấm điểm khóa." />;
  }
  const leader = data.items.find((i) => i.unitId === data.leaderUnitId);
  const flagUnit = block.round.flagUnitName;
  return (
    <Flex vertical gap={12}>
      {!data.isFinal && <Alert type="warning" showIcon title="Xếp hạng tạm tính: đợt chấm điểm chưa khóa." />}
      <Card title="Xếp hạng các đơn vị">
        <Table
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={data.items}
          columns={[
            { title: 'Hạng', dataIndex: 'rank', width: 70, render: (r: number) => <strong>{r}</strong> },
            {
              title: 'Đơn vị',
              dataIndex: 'unitName',
              render: (n: string, r) => (
                <>
                  {n} {r.unitId === data.leaderUnitId && <StatusTag tone="warning">Dẫn đầu khối</StatusTag>}
                </>
              ),
            },
            { title: 'Điểm chốt', dataIndex: 'finalTotal', width: 100, align: 'right', render: formatPoints },
            {
              title: 'Tiêu chí đạt tối đa',
              dataIndex: 'criteriaAtMax',
              width: 120,
              align: 'right',
              responsive: ['md'],
            },
            {
              title: 'Điểm trừ',
              dataIndex: 'penalty',
              width: 90,
              align: 'right',
              responsive: ['md'],
              render: formatPoints,
            },
            {
              title: 'Tự chấm',
              dataIndex: 'selfTotal',
              width: 90,
              align: 'right',
              responsive: ['lg'],
              render: formatPoints,
            },
            {
              title: 'Xếp trên đơn vị kế tiếp nhờ',
              dataIndex: 'decidedByLabel',
              responsive: ['lg'],
              render: (l: string | null) => l ?? '—',
            },
          ]}
        />
        <p style={{ color: '#595959', marginTop: 8, marginBottom: 0 }}>
          Thứ tự xét khi bằng điểm: tổng điểm chốt cao hơn → nhiều tiêu chí đạt điểm tối đa hơn → ít điểm trừ
          hơn → điểm tự chấm sát với điểm chốt hơn; nếu vẫn bằng nhau thì đồng hạng và khối chọn đơn vị đề
          nghị theo biên bản họp.
        </p>
      </Card>
      {data.isFinal && (
        <Card title="Đề nghị tặng Cờ thi đua">
          <FlagProposal
            data={data}
            leaderName={leader?.unitName ?? null}
            flagUnit={flagUnit}
            dossierId={block.round.flagDossierId}
            canPropose={block.can.finalize}
            choice={choice}
            onChoice={setChoice}
            pending={propose.isPending}
            onPropose={() =>
              propose.mutate(undefined, {
                onSuccess: () => message.success('Đã lập hồ sơ đề nghị tặng Cờ thi đua (bản nháp).'),
                onError: (e) => message.error(errorMessage(e)),
              })
            }
          />
        </Card>
      )}
    </Flex>
  );
}

function FlagProposal(props: {
  data: Ranking;
  leaderName: string | null;
  flagUnit: string | null;
  dossierId: string | null;
  canPropose: boolean;
  choice: string | undefined;
  onChoice: (id: string) => void;
  pending: boolean;
  onPropose: () => void;
}) {
  const { data } = props;
  if (props.dossierId) {
    return (
      <Alert
        type="success"
        showIcon
        title={`Đã lập hồ sơ đề nghị tặng Cờ thi đua cho ${props.flagUnit ?? 'đơn vị dẫn đầu'}.`}
        description={<Link to={`/dossiers/${props.dossierId}`}>Mở hồ sơ đề nghị (bản nháp)</Link>}
      />
    );
  }
  const tied = data.items.filter((i) => data.tiedUnitIds.includes(i.unitId));
  return (
    <Flex vertical gap={8}>
      {props.leaderName ? (
        <div>
          Đơn vị dẫn đầu khối: <strong>{props.leaderName}</strong>. Theo Điều 26 Luật Thi đua, khen thưởng, Cờ
          thi đua tặng tập thể dẫn đầu cụm, khối thi đua.
        </div>
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            title="Các đơn vị sau đồng hạng nhất sau mọi tiêu chí phụ; chọn đơn vị đề nghị theo biên bản họp khối:"
          />
          <Radio.Group
            value={props.choice}
            onChange={(e) => props.onChoice(e.target.value)}
            options={tied.map((t) => ({ value: t.unitId, label: t.unitName }))}
          />
        </>
      )}
      {props.canPropose && (
        <div>
          <Button
            type="primary"
            icon={<FlagOutlined aria-hidden />}
            loading={props.pending}
            disabled={!props.leaderName && !props.choice}
            onClick={props.onPropose}
          >
            Lập hồ sơ đề nghị tặng Cờ thi đua
          </Button>
        </div>
      )}
    </Flex>
  );
}
