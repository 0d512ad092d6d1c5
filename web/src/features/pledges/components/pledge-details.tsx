import { Alert, Descriptions, Table, Typography } from 'antd';
import type { Pledge } from '../../../../../src/shared/api/pledges';
import { numberFormat } from '../../../lib/format';
import { formatDay, LateTag, PledgeStatusTag, titleName } from './pledge-labels';

type PledgePerson = Pledge['people'][number];

/** Where a pledge stands: status, dates and, when returned, why. */
export function PledgeSummary({ pledge, narrow = false }: { pledge: Pledge; narrow?: boolean }) {
  return (
    <>
      {pledge.status === 'returned' && pledge.returnReason && (
        <Alert
          type="error"
          showIcon
          title="Đăng ký bị trả lại"
          description={<span style={{ whiteSpace: 'pre-wrap' }}>Lý do: {pledge.returnReason}</span>}
          style={{ marginBottom: 12 }}
        />
      )}
      <Descriptions
        size="small"
        column={narrow ? { xs: 1, sm: 2 } : { xs: 1, sm: 2, md: 4 }}
        items={[
          { key: 'unit', label: 'Đơn vị', children: pledge.unitName },
          {
            key: 'status',
            label: 'Trạng thái',
            children: (
              <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
                <PledgeStatusTag status={pledge.status} />
                {pledge.isLate && <LateTag />}
              </span>
            ),
          },
          { key: 'submitted', label: 'Ngày gửi', children: formatDay(pledge.submittedAt) || '—' },
          { key: 'decided', label: 'Ngày xử lý', children: formatDay(pledge.decidedAt) || '—' },
        ]}
      />
    </>
  );
}

/** A pledge's titles and people, read only. */
export function PledgeReadOnly({ pledge }: { pledge: Pledge }) {
  return (
    <>
      <h3 style={{ fontSize: 15, fontWeight: 600, margin: '12px 0 8px' }}>Danh hiệu tập thể đăng ký</h3>
      {pledge.collectiveTitles.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {pledge.collectiveTitles.map((code) => (
            <li key={code}>{titleName(code)}</li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">Không đăng ký danh hiệu tập thể.</Typography.Text>
      )}
      <h3 style={{ fontSize: 15, fontWeight: 600, margin: '16px 0 8px' }}>
        Cá nhân đăng ký ({numberFormat.format(pledge.people.length)})
      </h3>
      <Table<PledgePerson>
        rowKey="personId"
        size="small"
        dataSource={pledge.people}
        pagination={pledge.people.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: 'Chưa có cá nhân nào.' }}
        columns={[
          { title: 'STT', key: 'index', width: 56, render: (_, __, index) => index + 1 },
          { title: 'Họ và tên', dataIndex: 'fullName', key: 'name' },
          {
            title: 'Chức vụ',
            dataIndex: 'position',
            key: 'position',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: 'Danh hiệu đăng ký',
            dataIndex: 'titles',
            key: 'titles',
            render: (codes: string[]) => codes.map(titleName).join('; '),
          },
        ]}
      />
    </>
  );
}
