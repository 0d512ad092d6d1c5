import { Alert, App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DossierDetail } from '../../../../../src/shared/api/dossiers';
import { DOSSIER_ACTION_LABELS, type DossierAction } from '../../../../../src/shared/dossier-codes';
import { errorMessage, isConflict } from '../../../lib/form-errors';
import { transitionDossier } from '../api/dossiers-api';
import { useDossierMutation, useReloadDossier } from '../hooks/use-dossiers';

/** Moves that send work back or close the dossier: a written reason is required. */
const NEEDS_REASON: readonly DossierAction[] = ['return', 'reject', 'withdraw'];
const DANGER: readonly DossierAction[] = ['return', 'reject', 'withdraw'];
const CONFIRM: Partial<Record<DossierAction, string>> = {
  submit:
    'Gửi hồ sơ đến Phòng Nội vụ? Sau khi gửi, đơn vị không sửa được nội dung trừ khi hồ sơ được trả lại.',
  resubmit: 'Gửi lại hồ sơ đã bổ sung đến Phòng Nội vụ?',
  receive: 'Tiếp nhận hồ sơ này?',
  'start-appraisal': 'Bắt đầu thẩm định? Bộ kiểm tra điều kiện sẽ chạy lại cho từng người được đề nghị.',
  'send-to-council': 'Trình hồ sơ ra Hội đồng Thi đua – Khen thưởng?',
};

/** The moves the server offers this user now (the server re-checks each one). */
export function DossierActionBar({ dossier }: { dossier: DossierDetail }) {
  const { message, modal } = App.useApp();
  const [reasonFor, setReasonFor] = useState<DossierAction | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const reload = useReloadDossier(dossier.id);
  const move = useDossierMutation((input: { action: DossierAction; reason?: string }) =>
    transitionDossier(dossier.id, { ...input, version: dossier.version }),
  );

  const run = (action: DossierAction, reason?: string) =>
    move.mutateAsync({ action, reason }).then(
      () => {
        void message.success(`Đã thực hiện: ${DOSSIER_ACTION_LABELS[action].toLowerCase()}.`);
        setReasonFor(null);
        form.resetFields();
      },
      (failure) => {
        void message.error(errorMessage(failure));
        if (isConflict(failure)) void reload();
        throw failure;
      },
    );

  // Sending on a nominee whose criteria still wait for the appraiser needs a written reason (the server
  // refuses it otherwise, naming the nominee).
  const waiting = dossier.nominees.filter((n) => n.verdictStatus === 'needs-attestation');
  const needsReason = (action: DossierAction) =>
    NEEDS_REASON.includes(action) || (action === 'send-to-council' && waiting.length > 0);

  const start = (action: DossierAction) => {
    if (needsReason(action)) {
      setReasonFor(action);
      return;
    }
    modal.confirm({
      title: DOSSIER_ACTION_LABELS[action],
      content: CONFIRM[action] ?? 'Thực hiện thao tác này?',
      okText: DOSSIER_ACTION_LABELS[action],
      cancelText: 'Không',
      onOk: () => run(action).catch(() => undefined),
    });
  };

  return (
    <Flex wrap gap={8}>
      {dossier.canEdit && (
        <Link to={`/dossiers/${dossier.id}/edit`}>
          <Button>Sửa hồ sơ</Button>
        </Link>
      )}
      {dossier.allowedActions.map((action) => (
        <Button
          key={action}
          danger={DANGER.includes(action)}
          type={DANGER.includes(action) ? 'default' : 'primary'}
          onClick={() => start(action)}
          loading={move.isPending && move.variables?.action === action}
        >
          {DOSSIER_ACTION_LABELS[action]}
        </Button>
      ))}
      <Modal
        open={reasonFor !== null}
        title={reasonFor ? DOSSIER_ACTION_LABELS[reasonFor] : ''}
        okText={reasonFor ? DOSSIER_ACTION_LABELS[reasonFor] : 'Đồng ý'}
        okButtonProps={{ danger: reasonFor !== null && DANGER.includes(reasonFor), loading: move.isPending }}
        cancelText="Hủy"
        onCancel={() => setReasonFor(null)}
        onOk={() =>
          form
            .validateFields()
            .then(({ reason }) => run(reasonFor!, reason))
            .catch(() => undefined)
        }
        destroyOnHidden
      >
        {reasonFor === 'send-to-council' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${waiting.map((n) => n.displayName).join(', ')} còn tiêu chí chờ người thẩm định xác nhận. Nên xác nhận ở phần “Thẩm định” trước; nếu vẫn trình Hội đồng, ghi rõ lý do (được lưu và hiển thị).`}
          />
        )}
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={
              reasonFor === 'return'
                ? 'Lý do trả lại và nội dung đơn vị cần bổ sung'
                : reasonFor === 'send-to-council'
                  ? 'Lý do vẫn trình Hội đồng khi còn tiêu chí chờ xác nhận'
                  : 'Lý do'
            }
            rules={[{ required: true, whitespace: true, message: 'Cần ghi rõ lý do' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
