import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Flex, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { MOVEMENT_KIND_LABELS } from '../../../../../src/shared/api/movements';
import { ApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/form-errors';
import { usePageTitle } from '../../../lib/page-title';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { MovementStatusTag } from '../../movements/components/movement-labels';
import { useMovementDetail } from '../../movements/hooks/use-movements';
import { usePledge } from '../hooks/use-pledges';
import { PledgeBoardView } from './pledge-board';
import { PledgeEditor } from './pledge-editor';

/**
 * Pledges of one movement: staff and admins see every participating unit and decide; a unit's users
 * fill in their own unit's pledge and its head submits it.
 */
export default function PledgesPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const movement = useMovementDetail(id || null);
  const decides = can(me.roles, 'pledge.decide');
  usePageTitle(movement.data ? `Đăng ký thi đua — ${movement.data.title}` : 'Đăng ký thi đua');

  const back = (
    <Link to={`/movements/${encodeURIComponent(id)}`}>
      <ArrowLeftOutlined aria-hidden /> Về phong trào
    </Link>
  );
  if (movement.error instanceof ApiError && movement.error.status === 404) {
    return (
      <Result
        status="404"
        title="Không tìm thấy phong trào"
        subTitle="Phong trào không tồn tại hoặc không thuộc đơn vị của bạn."
        extra={<Link to="/movements">Danh sách phong trào thi đua</Link>}
      />
    );
  }

  const data = movement.data;
  return (
    <>
      <div style={{ marginBottom: 8 }}>{back}</div>
      {movement.error && <Alert type="error" showIcon title={errorMessage(movement.error)} />}
      {movement.isLoading && <Skeleton active />}
      {data && (
        <>
          <div className="page-header" style={{ alignItems: 'flex-start' }}>
            <div style={{ flex: '1 1 320px', minWidth: 0 }}>
              <h1 style={{ fontSize: 18, lineHeight: 1.4 }}>Đăng ký thi đua</h1>
              <Flex gap={8} wrap align="center" style={{ marginTop: 6 }}>
                <MovementStatusTag status={data.status} />
                <span>
                  {data.title} · {MOVEMENT_KIND_LABELS[data.kind]} · Năm {data.year}
                </span>
              </Flex>
            </div>
          </div>
          {data.status === 'draft' ? (
            <Alert type="info" showIcon title="Phong trào chưa phát động nên chưa nhận đăng ký thi đua." />
          ) : decides ? (
            <PledgeBoardView movementId={data.id} />
          ) : (
            <OwnPledge movementId={data.id} movementOpen={data.status === 'launched'} />
          )}
        </>
      )}
    </>
  );
}

function OwnPledge({ movementId, movementOpen }: { movementId: string; movementOpen: boolean }) {
  const me = useCurrentUser();
  const unitId = me.unit?.id ?? null;
  const { data: pledge, isLoading, error } = usePledge(movementId, unitId);
  if (!unitId) {
    return (
      <Alert
        type="warning"
        showIcon
        title="Tài khoản của bạn chưa gắn với đơn vị nào nên không đăng ký được."
      />
    );
  }
  if (isLoading) return <Skeleton active />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return <Alert type="info" showIcon title="Đơn vị của bạn không tham gia phong trào này." />;
  }
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  if (!pledge) return null;
  return (
    <PledgeEditor
      movementId={movementId}
      pledge={pledge}
      canEdit={can(me.roles, 'pledge.write')}
      canSubmit={can(me.roles, 'pledge.submit')}
      movementOpen={movementOpen}
    />
  );
}
