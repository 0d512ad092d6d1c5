import { Card, Col, Descriptions, Row } from 'antd';
import { useSearchParams } from 'react-router';
import { ROLE_LABELS } from '../../../../../src/shared/codes';
import { PageHeader } from '../../../lib/page-header';
import { useCurrentUser } from '../../../lib/session';
import { ChangePasswordForm } from './change-password-form';
import { TwoFactorCard } from './two-factor-card';

export default function MyAccountPage() {
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const mustSetUpTwoFactor =
    params.get('setup') === 'two-factor' || (me.twoFactorRequired && !me.twoFactorEnabled);
  return (
    <>
      <PageHeader title="Tài khoản của tôi" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="Thông tin">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="Họ và tên">{me.name}</Descriptions.Item>
              <Descriptions.Item label="Email">{me.email}</Descriptions.Item>
              <Descriptions.Item label="Đơn vị">{me.unit?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="Vai trò">
                {me.roles.map((role) => ROLE_LABELS[role]).join(', ')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <TwoFactorCard highlight={mustSetUpTwoFactor} />
        </Col>
        <Col xs={24} xl={12}>
          <Card title="Đổi mật khẩu">
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
