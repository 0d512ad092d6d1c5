import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Modal, Typography } from 'antd';
import type { IssuedPassword } from '../api/accounts-api';

/** The issued password is shown exactly once, to be handed to its owner. */
export function IssuedPasswordModal({
  issued,
  onClose,
}: {
  issued: IssuedPassword | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const copy = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.issuedPassword);
      message.success('Đã sao chép mật khẩu.');
    } catch {
      message.error('Không sao chép được. Hãy chọn mật khẩu và sao chép thủ công.');
    }
  };
  return (
    <Modal
      open={Boolean(issued)}
      title="Mật khẩu được cấp"
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          Tôi đã ghi lại mật khẩu
        </Button>
      }
    >
      {issued && (
        <Flex vertical gap={12}>
          <Alert
            type="warning"
            showIcon
            title="Mật khẩu chỉ hiện một lần"
            description="Hãy trao mật khẩu này trực tiếp cho người dùng. Ở lần đăng nhập đầu tiên, họ bắt buộc phải đổi sang mật khẩu của riêng mình."
          />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="Họ và tên">{issued.account.name}</Descriptions.Item>
            <Descriptions.Item label="Email">{issued.account.email}</Descriptions.Item>
            <Descriptions.Item label="Mật khẩu">
              <Typography.Text code style={{ fontSize: 16, userSelect: 'all' }}>
                {issued.issuedPassword}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <div>
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              Sao chép mật khẩu
            </Button>
          </div>
        </Flex>
      )}
    </Modal>
  );
}
