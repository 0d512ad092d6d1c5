import { Alert, Button, Descriptions, Drawer, Flex, Skeleton, Typography } from 'antd';
import { INITIATIVE_SCOPE_LABELS } from '../../../../../src/shared/api/initiatives';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useInitiativeDetail } from '../hooks/use-initiatives';
import { UsedForTags } from './used-for-tags';

/** One initiative: authors, the recognition decision and the awards it supported. */
export function InitiativeDetailDrawer({
  initiativeId,
  onClose,
  onEdit,
}: {
  initiativeId: string | null;
  onClose: () => void;
  onEdit: (id: string) => void;
}) {
  const me = useCurrentUser();
  const { data: initiative, isLoading, error } = useInitiativeDetail(initiativeId);

  return (
    <Drawer
      open={Boolean(initiativeId)}
      onClose={onClose}
      size={600}
      title={initiative ? 'Thông tin sáng kiến' : 'Sáng kiến'}
      extra={
        initiative &&
        can(me.roles, 'initiative.write') && (
          <Button type="primary" onClick={() => onEdit(initiative.id)}>
            Sửa
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {initiative && (
        <Flex vertical gap={20}>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {initiative.title}
          </Typography.Title>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="Đơn vị">{initiative.unitName}</Descriptions.Item>
            <Descriptions.Item label="Tác giả">
              {initiative.authors.map((a) => a.fullName).join(', ')}
            </Descriptions.Item>
            <Descriptions.Item label="Phạm vi ảnh hưởng">
              {INITIATIVE_SCOPE_LABELS[initiative.scope]}
            </Descriptions.Item>
            <Descriptions.Item label="Số quyết định công nhận">
              {initiative.decisionNumber || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="Ngày công nhận">
              {formatDate(initiative.recognizedOn)}
            </Descriptions.Item>
            <Descriptions.Item label="Tóm tắt nội dung">
              <span style={{ whiteSpace: 'pre-wrap' }}>{initiative.summary || '—'}</span>
            </Descriptions.Item>
          </Descriptions>
          <section aria-labelledby="initiative-used-for">
            <Typography.Title level={3} id="initiative-used-for" style={{ fontSize: 16, marginTop: 0 }}>
              Đã dùng để đề nghị khen thưởng
            </Typography.Title>
            <UsedForTags uses={initiative.usedFor} />
          </section>
        </Flex>
      )}
    </Drawer>
  );
}
