import { Alert, Card } from 'antd';
import { errorMessage } from '../../../lib/form-errors';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useComments } from '../hooks/use-public-notice';
import { CommentsTable } from './comments-table';

/**
 * Citizens' comments about a dossier's nominees (and on the notices listing it), shown inside the
 * dossier's detail page to staff who moderate them. Mount: <DossierCommentsPanel dossierId={id} />.
 */
export function DossierCommentsPanel({ dossierId }: { dossierId: string }) {
  const me = useCurrentUser();
  const allowed = can(me.roles, 'publicNotice.manage');
  // Only staff may read comments: a clerk's browser must not ask (and log a 403).
  const comments = useComments({ dossierId }, { enabled: allowed });
  if (!allowed) return null;
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={`Ý kiến nhân dân khi công khai (${comments.data?.items.length ?? 0})`}
    >
      {comments.error && <Alert type="error" showIcon title={errorMessage(comments.error)} />}
      <CommentsTable compact items={comments.data?.items ?? []} loading={comments.isLoading} />
    </Card>
  );
}
