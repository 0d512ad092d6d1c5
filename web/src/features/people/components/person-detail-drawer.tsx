import { Alert, Button, Descriptions, Drawer, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PersonDetail } from '../../../../../src/shared/api/people';
import {
  DISCIPLINE_LEVEL_LABELS,
  RATING_LABELS,
  SEX_LABELS,
  STAFF_TYPE_LABELS,
} from '../../../../../src/shared/codes';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { ethnicityName } from '../../../lib/options';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { usePersonDetail } from '../hooks/use-people';
import { DisciplineFormModal, RatingFormModal } from './person-record-forms';
import { PersonalDataSection } from './personal-data-section';

type RatingRow = PersonDetail['ratings'][number];
type DisciplineRow = NonNullable<PersonDetail['discipline']>[number];

const HIDDEN = 'Đã ẩn';

function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} id={id} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
        {action}
      </Flex>
      {children}
    </section>
  );
}

/** One person: basic facts, ratings by year and, for roles that may see it, discipline. */
export function PersonDetailDrawer({
  personId,
  onClose,
  onEdit,
}: {
  personId: string | null;
  onClose: () => void;
  onEdit: (id: string) => void;
}) {
  const me = useCurrentUser();
  const { data: person, isLoading, error } = usePersonDetail(personId);
  const [dialog, setDialog] = useState<'rating' | 'discipline' | null>(null);
  const canWrite = can(me.roles, 'person.write');
  const masked = person?.sensitiveMasked ?? true;

  return (
    <Drawer
      open={Boolean(personId)}
      onClose={onClose}
      size={600}
      title={person?.fullName ?? 'Thông tin cán bộ'}
      extra={
        person && (
          <Flex gap={8}>
            {can(me.roles, 'registry.read') && (
              <Link to={`/registry/people/${person.id}`}>
                <Button>Quá trình khen thưởng</Button>
              </Link>
            )}
            {canWrite && (
              <Button type="primary" onClick={() => onEdit(person.id)}>
                Sửa
              </Button>
            )}
          </Flex>
        )
      }
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {person && (
        <Flex vertical gap={20}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="Họ và tên">{person.fullName}</Descriptions.Item>
            <Descriptions.Item label="Giới tính">{SEX_LABELS[person.sex]}</Descriptions.Item>
            <Descriptions.Item label="Ngày sinh">{formatDate(person.birthDate) || '—'}</Descriptions.Item>
            <Descriptions.Item label="Dân tộc">
              {masked ? HIDDEN : ethnicityName(person.ethnicityCode) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="Số định danh cá nhân">
              {masked ? HIDDEN : person.nationalId || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="Chức vụ">{person.position || '—'}</Descriptions.Item>
            <Descriptions.Item label="Loại cán bộ">{STAFF_TYPE_LABELS[person.staffType]}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị">{person.unitName}</Descriptions.Item>
            <Descriptions.Item label="Ngày tuyển dụng">
              {formatDate(person.recruitedOn) || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Section
            id="person-ratings"
            title="Đánh giá, xếp loại theo năm"
            action={
              canWrite && (
                <Button size="small" onClick={() => setDialog('rating')}>
                  Ghi xếp loại
                </Button>
              )
            }
          >
            <Table<RatingRow>
              size="small"
              rowKey="year"
              pagination={false}
              dataSource={[...person.ratings].sort((a, b) => b.year - a.year)}
              locale={{ emptyText: 'Chưa có kết quả đánh giá' }}
              columns={[
                { title: 'Năm', dataIndex: 'year', width: 70 },
                {
                  title: 'Mức xếp loại',
                  dataIndex: 'rating',
                  render: (rating: RatingRow['rating']) => RATING_LABELS[rating],
                },
                { title: 'Ngày quyết định', dataIndex: 'decidedOn', width: 130, render: formatDate },
              ]}
            />
          </Section>
          <Section
            id="person-discipline"
            title="Kỷ luật"
            action={
              !masked &&
              can(me.roles, 'discipline.write') && (
                <Button size="small" onClick={() => setDialog('discipline')}>
                  Ghi kỷ luật
                </Button>
              )
            }
          >
            {masked || !person.discipline ? (
              <Typography.Text type="secondary">{HIDDEN}</Typography.Text>
            ) : (
              <Table<DisciplineRow>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={person.discipline}
                scroll={{ x: 520 }}
                locale={{ emptyText: 'Không có kỷ luật' }}
                columns={[
                  {
                    title: 'Hình thức',
                    dataIndex: 'level',
                    render: (level: DisciplineRow['level']) => DISCIPLINE_LEVEL_LABELS[level],
                  },
                  { title: 'Từ ngày', dataIndex: 'from', width: 100, render: formatDate },
                  { title: 'Đến ngày', dataIndex: 'to', width: 100, render: formatDate },
                  { title: 'Số quyết định', dataIndex: 'decisionNumber' },
                  { title: 'Lý do', dataIndex: 'reason' },
                ]}
              />
            )}
          </Section>
          <PersonalDataSection personId={person.id} fullName={person.fullName} onAnonymised={onClose} />
        </Flex>
      )}
      {person && (
        <>
          <RatingFormModal open={dialog === 'rating'} personId={person.id} onClose={() => setDialog(null)} />
          <DisciplineFormModal
            open={dialog === 'discipline'}
            personId={person.id}
            onClose={() => setDialog(null)}
          />
        </>
      )}
    </Drawer>
  );
}
