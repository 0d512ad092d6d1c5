import { CopyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, QRCode, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { meQueryKey, useCurrentUser } from '../../../lib/session';
import { StatusTag } from '../../../lib/status-tag';
import type { TwoFactorEnableResult } from '../api/auth-api';
import { confirmTwoFactor, disableTwoFactor, enableTwoFactor } from '../api/auth-api';

function PasswordStep({
  buttonText,
  danger,
  onSubmit,
  isPending,
  form,
}: {
  buttonText: string;
  danger?: boolean;
  onSubmit: (password: string) => void;
  isPending: boolean;
  form: ReturnType<typeof Form.useForm<{ password: string }>>[0];
}) {
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => onSubmit(values.password)}
      style={{ maxWidth: 420 }}
    >
      <Form.Item
        label="Mật khẩu hiện tại"
        name="password"
        rules={[{ required: true, message: 'Nhập mật khẩu để xác nhận' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" danger={danger} htmlType="submit" loading={isPending}>
        {buttonText}
      </Button>
    </Form>
  );
}

/** Enable (password → QR code and backup codes → confirm with a code) or disable two-factor sign-in. */
export function TwoFactorCard({ highlight }: { highlight: boolean }) {
  const me = useCurrentUser();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [setup, setSetup] = useState<TwoFactorEnableResult | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [passwordForm] = Form.useForm<{ password: string }>();
  const [codeForm] = Form.useForm<{ code: string }>();

  const refreshMe = () => client.invalidateQueries({ queryKey: meQueryKey });
  const enable = useMutation({
    mutationFn: enableTwoFactor,
    onMutate: () => setFormError(null),
    onSuccess: (result) => {
      passwordForm.resetFields();
      setSetup(result);
    },
    onError: (error) => setFormError(applyFieldErrors(passwordForm, error)),
  });
  const confirm = useMutation({
    mutationFn: (code: string) => confirmTwoFactor(code.trim()),
    onMutate: () => setFormError(null),
    onSuccess: async () => {
      setSetup(null);
      codeForm.resetFields();
      message.success('Đã bật xác thực hai lớp.');
      await refreshMe();
    },
    onError: (error) => setFormError(applyFieldErrors(codeForm, error)),
  });
  const disable = useMutation({
    mutationFn: disableTwoFactor,
    onMutate: () => setFormError(null),
    onSuccess: async () => {
      passwordForm.resetFields();
      message.success('Đã tắt xác thực hai lớp.');
      await refreshMe();
    },
    onError: (error) => setFormError(applyFieldErrors(passwordForm, error)),
  });

  const copyCodes = async () => {
    if (!setup) return;
    await navigator.clipboard.writeText(setup.backupCodes.join('\n'));
    message.success('Đã sao chép mã dự phòng.');
  };

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <span>Xác thực hai lớp</span>
          {me.twoFactorEnabled ? (
            <StatusTag tone="success">Đang bật</StatusTag>
          ) : (
            <StatusTag tone="neutral">Chưa bật</StatusTag>
          )}
        </Flex>
      }
    >
      {highlight && !me.twoFactorEnabled && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Vai trò của bạn bắt buộc đăng nhập hai lớp. Hãy bật xác thực hai lớp để tiếp tục làm việc."
        />
      )}
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      {me.twoFactorEnabled ? (
        <>
          <Typography.Paragraph>
            Mỗi lần đăng nhập, sau mật khẩu bạn nhập mã 6 chữ số từ ứng dụng xác thực.
            {me.twoFactorRequired && ' Vai trò của bạn bắt buộc xác thực hai lớp nên không thể tắt.'}
          </Typography.Paragraph>
          {!me.twoFactorRequired && (
            <PasswordStep
              form={passwordForm}
              buttonText="Tắt xác thực hai lớp"
              danger
              onSubmit={(password) => disable.mutate(password)}
              isPending={disable.isPending}
            />
          )}
        </>
      ) : setup ? (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            1. Mở ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…) và quét mã QR.
          </Typography.Paragraph>
          <div
            role="img"
            aria-label="Mã QR để thêm tài khoản vào ứng dụng xác thực"
            style={{ width: 'fit-content' }}
          >
            <QRCode value={setup.totpURI} size={180} />
          </div>
          <Typography.Paragraph style={{ margin: 0 }}>
            2. Lưu các mã dự phòng ở nơi an toàn. Mỗi mã dùng được một lần khi không có điện thoại.
          </Typography.Paragraph>
          <pre style={{ background: '#f5f5f5', padding: 12, margin: 0, maxWidth: 420 }}>
            {setup.backupCodes.join('\n')}
          </pre>
          <div>
            <Button icon={<CopyOutlined />} onClick={() => void copyCodes()}>
              Sao chép mã dự phòng
            </Button>
          </div>
          <Typography.Paragraph style={{ margin: 0 }}>
            3. Nhập mã 6 chữ số ứng dụng đang hiển thị.
          </Typography.Paragraph>
          <Form
            form={codeForm}
            layout="vertical"
            onFinish={(values) => confirm.mutate(values.code)}
            style={{ maxWidth: 420 }}
          >
            <Form.Item
              label="Mã xác thực"
              name="code"
              rules={[
                { required: true, message: 'Nhập mã xác thực' },
                { pattern: /^\d{6}$/, message: 'Mã xác thực gồm 6 chữ số' },
              ]}
            >
              <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
            </Form.Item>
            <Flex gap={8} wrap>
              <Button type="primary" htmlType="submit" loading={confirm.isPending}>
                Xác nhận và bật
              </Button>
              <Button onClick={() => setSetup(null)}>Hủy</Button>
            </Flex>
          </Form>
        </Flex>
      ) : (
        <>
          <Typography.Paragraph>
            Tăng an toàn cho tài khoản: ngoài mật khẩu, khi đăng nhập cần nhập mã từ ứng dụng trên điện thoại.
          </Typography.Paragraph>
          <PasswordStep
            form={passwordForm}
            buttonText="Bật xác thực hai lớp"
            onSubmit={(password) => enable.mutate(password)}
            isPending={enable.isPending}
          />
        </>
      )}
    </Card>
  );
}
