import { Alert, App, Button, Drawer, Flex, Skeleton } from 'antd';
import type { Pledge } from '../../../../../src/shared/api/pledges';
import { errorMessage, isConflict } from '../../../lib/form-errors';
import { useAcceptPledge, usePledge, useReloadPledges } from '../hooks/use-pledges';
import { PledgeReadOnly, PledgeSummary } from './pledge-details';

/** Staff look at one unit's pledge and accept it or send it back. */
export function PledgeViewDrawer({
  movementId,
  unitId,
  onClose,
  onReturn,
}: {
  movementId: string;
  unitId: string | null;
  onClose: () => void;
  onReturn: (pledge: Pledge) => void;
}) {
  const { message } = App.useApp();
  const { data: pledge, isLoading, error } = usePledge(movementId, unitId);
  const accept = useAcceptPledge(movementId);
  const reload = useReloadPledges(movementId);
  const decidable = pledge?.status === 'submitted';

  const doAccept = () => {
    if (!pledge) return;
    accept.mutate(
      { unitId: pledge.unitId, version: pledge.version },
      {
        onSuccess: () => void message.success(`Đã tiếp nhận đăng ký của ${pledge.unitName}.`),
        onError: (failure) => {
          void message.error(errorMessage(failure));
          if (isConflict(failure)) void reload();
        },
      },
    );
  };

  return (
    <Drawer
      open={unitId !== null}
      onClose={onClose}
      size={760}
      title={pledge ? `Đăng ký thi đua — ${pledge.unitName}` : 'Đăng ký thi đua'}
      closable={{ 'aria-label': 'Đóng' }}
      extra={
        decidable ? (
          <Flex gap={8}>
            <Button danger onClick={() => onReturn(pledge)}>
              Trả lại
            </Button>
            <Button type="primary" onClick={doAccept} loading={accept.isPending}>
              Tiếp nhận
            </Button>
          </Flex>
        ) : null
      }
    >
      {isLoading && <Skeleton active />}
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {pledge && (
        <>
          <PledgeSummary pledge={pledge} narrow />
          {pledge.id === null ? (
            <Alert type="info" showIcon title="Đơn vị chưa đăng ký thi đua." style={{ marginTop: 12 }} />
          ) : (
            <PledgeReadOnly pledge={pledge} />
          )}
        </>
      )}
    </Drawer>
  );
}
