import { ArrowLeftOutlined, FundOutlined, SolutionOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Flex, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { MOVEMENT_KIND_LABELS } from '../../../../../src/shared/api/movements';
import { ApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/form-errors';
import { numberFormat } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useCloseMovement, useLaunchMovement, useMovementDetail } from '../hooks/use-movements';
import { AttachmentsSection } from './movement-attachments-section';
import {
  DocumentSection,
  FieldsSection,
  GeneralSection,
  MilestonesSection,
  ParticipantsSection,
  RelatedSection,
  TasksSection,
} from './movement-detail-sections';
import { MovementEditorDrawer } from './movement-editor-drawer';
import { MovementStatusTag } from './movement-labels';
import { ReviewsSection } from './movement-reviews-section';

/** One movement: its launching document, tasks, participants and milestones; launch and close it. */
export default function MovementDetailPage() {
  const { id = null } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState(false);
  const { data: movement, isLoading, error } = useMovementDetail(id);
  const launch = useLaunchMovement();
  const close = useCloseMovement();
  usePageTitle(movement?.title ?? 'Phong trào thi đua');

  const back = (
    <Link to="/movements">
      <ArrowLeftOutlined aria-hidden /> Danh sách phong trào thi đua
    </Link>
  );
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Result
        status="404"
        title="Không tìm thấy phong trào"
        subTitle="Phong trào không tồn tại hoặc không thuộc đơn vị của bạn."
        extra={back}
      />
    );
  }

  const canWrite = can(me.roles, 'movement.write');
  const confirmLaunch = () => {
    if (!movement) return;
    const count = numberFormat.format(movement.participants.length);
    modal.confirm({
      title: 'Phát động phong trào?',
      content: `Phát động sẽ gửi thông báo tới ${count} đơn vị tham gia.`,
      okText: 'Phát động',
      cancelText: 'Hủy',
      onOk: () =>
        launch.mutateAsync(movement.id).then(
          () => void message.success('Đã phát động phong trào.'),
          (failure: unknown) => void message.error(errorMessage(failure)),
        ),
    });
  };
  const confirmClose = () => {
    if (!movement) return;
    modal.confirm({
      title: 'Kết thúc phong trào?',
      content: 'Phong trào đã kết thúc thì không sửa được nữa.',
      okText: 'Kết thúc',
      cancelText: 'Hủy',
      onOk: () =>
        close.mutateAsync(movement.id).then(
          () => void message.success('Đã kết thúc phong trào.'),
          (failure: unknown) => void message.error(errorMessage(failure)),
        ),
    });
  };

  // Pledges open once the movement is launched, and stay readable after it closes.
  const pledgesPath = movement ? `/movements/${encodeURIComponent(movement.id)}/pledges` : '';
  const pledgesLink =
    movement && movement.status !== 'draft' && can(me.roles, 'pledge.read') ? (
      <Button
        icon={<SolutionOutlined aria-hidden />}
        href={pledgesPath}
        onClick={(event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          navigate(pledgesPath);
        }}
      >
        Đăng ký thi đua
      </Button>
    ) : null;
  const targetsPath = movement ? `/movements/${encodeURIComponent(movement.id)}/targets` : '';
  const targetsLink = movement ? (
    <Button
      icon={<FundOutlined aria-hidden />}
      href={targetsPath}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(targetsPath);
      }}
    >
      Chỉ tiêu
    </Button>
  ) : null;
  const editActions = movement && canWrite && movement.status !== 'closed';
  const actions =
    movement && (editActions || pledgesLink || targetsLink) ? (
      <Flex gap={8} wrap>
        {pledgesLink}
        {targetsLink}
        {editActions && <Button onClick={() => setEditing(true)}>Sửa</Button>}
        {editActions &&
          (movement.status === 'draft' ? (
            <Button type="primary" onClick={confirmLaunch} loading={launch.isPending}>
              Phát động
            </Button>
          ) : (
            <Button danger onClick={confirmClose} loading={close.isPending}>
              Kết thúc
            </Button>
          ))}
      </Flex>
    ) : null;

  return (
    <>
      <div style={{ marginBottom: 8 }}>{back}</div>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      {isLoading && <Skeleton active />}
      {movement && (
        <>
          <div className="page-header" style={{ alignItems: 'flex-start' }}>
            <div style={{ flex: '1 1 320px', minWidth: 0 }}>
              <h1 style={{ fontSize: 18, lineHeight: 1.4 }}>{movement.title}</h1>
              <Flex gap={8} wrap align="center" style={{ marginTop: 6 }}>
                <MovementStatusTag status={movement.status} />
                <span>
                  {MOVEMENT_KIND_LABELS[movement.kind]} · Năm {movement.year}
                </span>
              </Flex>
            </div>
            {actions}
          </div>
          <Row gutter={16}>
            <Col xs={24} lg={15}>
              <DocumentSection movement={movement} />
              <AttachmentsSection movement={movement} canWrite={canWrite} />
              <TasksSection movement={movement} />
            </Col>
            <Col xs={24} lg={9}>
              <GeneralSection movement={movement} />
              <FieldsSection movement={movement} />
              <ParticipantsSection movement={movement} />
              <MilestonesSection movement={movement} />
              <RelatedSection movement={movement} />
            </Col>
          </Row>
          <ReviewsSection movement={movement} />
          <MovementEditorDrawer
            open={editing}
            mode="blank"
            movementId={movement.id}
            onClose={() => setEditing(false)}
            onSaved={() => setEditing(false)}
          />
        </>
      )}
    </>
  );
}
