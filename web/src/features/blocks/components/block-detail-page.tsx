import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { BLOCK_KIND_LABELS, type BlockDetail } from '../../../../../src/shared/api/blocks';
import { ApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/form-errors';
import { usePageTitle } from '../../../lib/page-title';
import { StatusTag } from '../../../lib/status-tag';
import { useBlock } from '../hooks/use-blocks';
import { BlockFormDrawer } from './block-form-drawer';
import { AssessmentStatusTag } from './block-labels';
import { CovenantSection } from './covenant-section';
import { RankingSection } from './ranking-section';
import { ReportsSection } from './reports-section';
import { RoundSection } from './round-section';
import { SheetSection } from './sheet-section';

/** One block or cluster: its members and covenant, sheet, round, ranking and reports. */
export default function BlockDetailPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data: block, error, isLoading } = useBlock(id);
  const [editing, setEditing] = useState(false);
  usePageTitle(block ? `${block.name} năm ${block.year}` : 'Khối, cụm thi đua');

  if (error instanceof ApiError && error.status === 404) {
    return (
      <Result
        status="404"
        title="Không tìm thấy khối, cụm thi đua"
        subTitle="Khối không tồn tại hoặc đơn vị của bạn không thuộc khối này."
        extra={<Link to="/blocks">Danh sách khối, cụm thi đua</Link>}
      />
    );
  }
  const tab = search.get('tab') ?? 'info';
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <Link to="/blocks">
          <ArrowLeftOutlined aria-hidden /> Danh sách khối, cụm
        </Link>
      </div>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {block && (
        <>
          <div className="page-header" style={{ alignItems: 'flex-start' }}>
            <div style={{ flex: '1 1 320px', minWidth: 0 }}>
              <h1 style={{ fontSize: 18, lineHeight: 1.4 }}>{block.name}</h1>
              <div style={{ color: '#595959' }}>
                {BLOCK_KIND_LABELS[block.kind]} · Năm {block.year} · Đơn vị tổ chức: {block.organiserUnitName}
              </div>
            </div>
            {block.can.manage && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                Sửa khối
              </Button>
            )}
          </div>
          <MyWork block={block} />
          <Tabs
            activeKey={tab}
            onChange={(key) => setSearch({ tab: key }, { replace: true })}
            items={[
              { key: 'info', label: 'Thông tin chung', children: <InfoTab block={block} /> },
              { key: 'sheet', label: 'Bảng tiêu chí', children: <SheetSection block={block} /> },
              { key: 'round', label: 'Đợt chấm điểm', children: <RoundSection block={block} /> },
              { key: 'ranking', label: 'Xếp hạng', children: <RankingSection block={block} /> },
              { key: 'reports', label: 'Tổng hợp, biểu đồ', children: <ReportsSection block={block} /> },
            ]}
          />
          {editing && (
            <BlockFormDrawer
              block={block}
              onClose={() => setEditing(false)}
              onSaved={() => setEditing(false)}
            />
          )}
        </>
      )}
    </>
  );
}

/** What waits for the user's unit: its own sheet, and the sheets it reviews. */
function MyWork({ block }: { block: BlockDetail }) {
  const own = block.round?.assessments.find((a) => a.unitId === block.can.assessUnitId);
  const toReview = (block.round?.assessments ?? []).filter(
    (a) => block.can.reviewUnitIds.includes(a.unitId) && a.status === 'block-review',
  );
  if (!own && toReview.length === 0) return null;
  return (
    <Card size="small" style={{ marginBottom: 12, background: '#fafcff' }}>
      <Flex vertical gap={8}>
        {own && (
          <Flex gap={8} wrap align="center">
            <strong>Bảng điểm của đơn vị bạn:</strong> <AssessmentStatusTag status={own.status} />
            <Link to={`/blocks/${block.id}/assessments/${own.unitId}`}>
              {own.status === 'self-assessment'
                ? 'Tự chấm điểm'
                : own.status === 'explanation'
                  ? 'Xem kết quả chấm và giải trình'
                  : 'Xem bảng điểm'}
            </Link>
          </Flex>
        )}
        {toReview.length > 0 && (
          <Flex gap={8} wrap align="center">
            <strong>Bảng điểm chờ đơn vị bạn chấm:</strong>
            {toReview.map((a) => (
              <Link key={a.unitId} to={`/blocks/${block.id}/assessments/${a.unitId}`}>
                <StatusTag tone="warning">{a.unitName}</StatusTag>
              </Link>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

function InfoTab({ block }: { block: BlockDetail }) {
  return (
    <Flex vertical gap={12}>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'head', label: 'Trưởng khối', children: block.headUnitName ?? 'Chưa chọn' },
            { key: 'deputy', label: 'Phó khối', children: block.deputyUnitName ?? 'Chưa chọn' },
            { key: 'rotation', label: 'Luân phiên', children: block.rotationNote ?? '—' },
            {
              key: 'movement',
              label: 'Phong trào (chỉ tiêu)',
              children: block.movementTitle ?? 'Chưa gắn phong trào',
            },
            {
              key: 'details',
              label: 'Điểm chi tiết',
              children: block.showDetailsToMembers
                ? 'Các thành viên xem được điểm chi tiết của nhau'
                : 'Mỗi đơn vị chỉ xem điểm chi tiết của mình',
            },
          ]}
        />
      </Card>
      <CovenantSection block={block} />
      <Card title={`Đơn vị thành viên (${block.members.length})`}>
        <ol style={{ margin: 0, paddingInlineStart: 20, columns: '2 280px' }}>
          {block.members.map((m) => (
            <li key={m.unitId}>
              {m.unitName}
              {m.unitId === block.headUnitId && <Tag style={{ marginInlineStart: 6 }}>Trưởng khối</Tag>}
              {m.unitId === block.deputyUnitId && <Tag style={{ marginInlineStart: 6 }}>Phó khối</Tag>}
            </li>
          ))}
        </ol>
      </Card>
    </Flex>
  );
}
