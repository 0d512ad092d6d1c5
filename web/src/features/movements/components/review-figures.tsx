import { Descriptions, Flex, Progress, Table, Tag, Typography } from 'antd';
import { MOVEMENT_FIELD_LABELS, type MovementField } from '../../../../../src/shared/api/movements';
import type { ReviewFigures } from '../../../../../src/shared/api/reviews';
import { formatDate, numberFormat } from '../../../lib/format';

const n = (value: number) => numberFormat.format(value);
const pct = (value: number | null) =>
  value === null ? '—' : `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value)}%`;

interface FieldRow {
  key: string;
  field: string;
  indicators: number;
  exceeded: number;
  met: number;
  notMet: number;
  notReported: number;
  averageCompletion: number | null;
}

/** The figures of a review: pledges, targets by field (with a bar of the outcome), proposals. */
export function ReviewFiguresView({ figures }: { figures: ReviewFigures }) {
  const p = figures.pledges;
  const t = figures.targets;
  const rows: FieldRow[] = [
    ...t.byField.map((f) => ({ key: f.field, ...f, field: MOVEMENT_FIELD_LABELS[f.field as MovementField] })),
    ...(t.byField.length > 1
      ? [{ key: 'all', field: 'Tổng cộng', indicators: t.indicators, ...t.overall }]
      : []),
  ];
  const pledgedPercent = p.participants === 0 ? 0 : Math.round((p.pledged / p.participants) * 100);
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        Số liệu tính đến hết ngày {formatDate(figures.asOf)}.
      </Typography.Text>
      <div>
        <h4 style={{ margin: '0 0 6px', fontSize: 14 }}>Đăng ký thi đua</h4>
        <Flex gap={16} wrap align="center">
          <Progress
            type="circle"
            size={64}
            percent={pledgedPercent}
            format={() => `${n(p.pledged)}/${n(p.participants)}`}
            aria-label={`Đã đăng ký ${p.pledged} trên ${p.participants} đơn vị`}
          />
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 3 }}
            style={{ flex: '1 1 300px' }}
            items={[
              { key: 'participants', label: 'Đơn vị tham gia', children: n(p.participants) },
              { key: 'pledged', label: 'Đã đăng ký', children: n(p.pledged) },
              { key: 'accepted', label: 'Đã tiếp nhận', children: n(p.accepted) },
              { key: 'late', label: 'Đăng ký muộn', children: n(p.late) },
              { key: 'missing', label: 'Chưa đăng ký', children: n(p.missing) },
              { key: 'people', label: 'Cá nhân đăng ký', children: n(p.people) },
            ]}
          />
        </Flex>
        {(p.collectiveTitles.length > 0 || p.individualTitles.length > 0) && (
          <Flex gap={6} wrap style={{ marginTop: 6 }}>
            {[...p.collectiveTitles, ...p.individualTitles].map((title) => (
              <Tag key={title.code}>
                {title.label}: {n(title.count)}
              </Tag>
            ))}
          </Flex>
        )}
      </div>
      <div>
        <h4 style={{ margin: '0 0 6px', fontSize: 14 }}>Kết quả thực hiện chỉ tiêu theo lĩnh vực</h4>
        {t.indicators === 0 ? (
          <Typography.Text type="secondary">Phong trào chưa giao chỉ tiêu.</Typography.Text>
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ margin: '0 0 6px' }}>
              Vượt, đạt, chưa đạt, chưa báo cáo: số lượt chỉ tiêu giao cho từng đơn vị, theo kết quả báo cáo
              của kỳ đã kết thúc trước ngày báo cáo.
            </Typography.Paragraph>
            <Table<FieldRow>
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={rows}
              scroll={{ x: 640 }}
              columns={[
                { title: 'Lĩnh vực', dataIndex: 'field' },
                { title: 'Số chỉ tiêu', dataIndex: 'indicators', align: 'right', render: n },
                {
                  title: 'Lượt giao',
                  key: 'assigned',
                  align: 'right',
                  render: (_: unknown, r: FieldRow) => n(r.exceeded + r.met + r.notMet + r.notReported),
                },
                { title: 'Vượt', dataIndex: 'exceeded', align: 'right', render: n },
                { title: 'Đạt', dataIndex: 'met', align: 'right', render: n },
                { title: 'Chưa đạt', dataIndex: 'notMet', align: 'right', render: n },
                { title: 'Chưa báo cáo', dataIndex: 'notReported', align: 'right', render: n },
                {
                  title: 'Hoàn thành bình quân',
                  dataIndex: 'averageCompletion',
                  align: 'right',
                  render: pct,
                },
              ]}
            />
          </>
        )}
      </div>
      <div>
        <h4 style={{ margin: '0 0 6px', fontSize: 14 }}>Đề nghị khen thưởng</h4>
        <Typography.Text>
          {figures.proposals.dossiers === 0
            ? 'Chưa có hồ sơ đề nghị khen thưởng gắn với phong trào.'
            : `${n(figures.proposals.dossiers)} hồ sơ gắn với phong trào (${n(figures.proposals.nominees)} tập thể, cá nhân được đề nghị); đã gửi ${n(figures.proposals.submitted)}; đã có quyết định ${n(figures.proposals.decided)}.`}
        </Typography.Text>
      </div>
    </Flex>
  );
}
