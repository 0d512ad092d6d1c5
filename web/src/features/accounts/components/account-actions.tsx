import { Button, Flex, Popconfirm } from 'antd';
import type { Account } from '../../../../../src/shared/api/accounts';

/** Row actions; the risky ones ask for confirmation first. */
export function AccountActions({
  account,
  isSelf,
  onEdit,
  onToggleDisabled,
  onResetPassword,
  onUnlock,
}: {
  account: Account;
  isSelf: boolean;
  onEdit: () => void;
  onToggleDisabled: () => void;
  onResetPassword: () => void;
  onUnlock: () => void;
}) {
  const who = `${account.name} (${account.email})`;
  return (
    <Flex gap={4} wrap>
      <Button size="small" aria-label={`Sửa tài khoản ${who}`} onClick={onEdit}>
        Sửa
      </Button>
      <Popconfirm
        title="Cấp lại mật khẩu?"
        description="Mật khẩu cũ hết hiệu lực; người dùng phải đổi mật khẩu mới khi đăng nhập."
        okText="Cấp lại"
        cancelText="Hủy"
        onConfirm={onResetPassword}
      >
        <Button size="small" aria-label={`Cấp lại mật khẩu cho ${who}`}>
          Cấp lại mật khẩu
        </Button>
      </Popconfirm>
      {account.locked && (
        <Button size="small" aria-label={`Mở khóa ${who}`} onClick={onUnlock}>
          Mở khóa
        </Button>
      )}
      {!isSelf && (
        <Popconfirm
          title={account.disabled ? 'Cho phép tài khoản đăng nhập lại?' : 'Vô hiệu hóa tài khoản?'}
          description={
            account.disabled
              ? undefined
              : 'Người dùng sẽ không đăng nhập được cho đến khi được kích hoạt lại.'
          }
          okText={account.disabled ? 'Kích hoạt' : 'Vô hiệu hóa'}
          okButtonProps={{ danger: !account.disabled }}
          cancelText="Hủy"
          onConfirm={onToggleDisabled}
        >
          <Button
            size="small"
            danger={!account.disabled}
            aria-label={`${account.disabled ? 'Kích hoạt' : 'Vô hiệu hóa'} ${who}`}
          >
            {account.disabled ? 'Kích hoạt' : 'Vô hiệu hóa'}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
