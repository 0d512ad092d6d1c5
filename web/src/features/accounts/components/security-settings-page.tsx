import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Skeleton, Switch } from 'antd';
import { useEffect, useState } from 'react';
import type { SecuritySettings } from '../../../../../src/shared/api/auth';
import { applyFieldErrors, errorMessage } from '../../../lib/form-errors';
import { roleOptions } from '../../../lib/options';
import { PageHeader } from '../../../lib/page-header';
import { useSaveSecuritySettings, useSecuritySettings } from '../hooks/use-accounts';

export default function SecuritySettingsPage() {
  const [form] = Form.useForm<SecuritySettings>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const { data, isLoading, error } = useSecuritySettings();
  const save = useSaveSecuritySettings();

  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);

  const submit = (values: SecuritySettings) => {
    setFormError(null);
    save.mutate(
      { ...values, note: values.note?.trim() || undefined },
      {
        onSuccess: () => message.success('Đã lưu cài đặt bảo mật.'),
        onError: (failure) => setFormError(applyFieldErrors(form, failure)),
      },
    );
  };

  const lengthInput = <InputNumber min={8} max={128} style={{ width: 160 }} suffix="ký tự" />;
  return (
    <>
      <PageHeader title="Cài đặt bảo mật" />
      <Card style={{ maxWidth: 760 }}>
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
        {formError && (
          <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
        )}
        {isLoading ? (
          <Skeleton active />
        ) : (
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item
              label="Vai trò bắt buộc xác thực hai lớp"
              name="twoFactorRequiredRoles"
              extra="Người có vai trò được chọn phải bật xác thực hai lớp trước khi làm việc."
            >
              <Checkbox.Group options={roleOptions} style={{ display: 'grid', gap: 4 }} />
            </Form.Item>
            <Form.Item
              label="Độ dài tối thiểu của mật khẩu"
              name="passwordMinLength"
              rules={[{ required: true, message: 'Nhập độ dài' }]}
            >
              {lengthInput}
            </Form.Item>
            <Form.Item
              label="Độ dài tối thiểu của mật khẩu quản trị"
              name="adminPasswordMinLength"
              rules={[{ required: true, message: 'Nhập độ dài' }]}
            >
              {lengthInput}
            </Form.Item>
            <Form.Item
              label="Bắt buộc có cả chữ hoa và chữ thường"
              name="passwordRequireMixedCase"
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Form.Item label="Bắt buộc có chữ số" name="passwordRequireDigit" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item
              label="Số ngày phải đổi mật khẩu"
              name="passwordMaxAgeDays"
              extra="Nhập 0 để không bắt buộc đổi định kỳ (khuyến nghị: chỉ đổi khi nghi lộ mật khẩu)."
              rules={[{ required: true, message: 'Nhập số ngày' }]}
            >
              <InputNumber min={0} max={3650} style={{ width: 160 }} suffix="ngày" />
            </Form.Item>
            <Form.Item label="Ghi chú" name="note">
              <Input.TextArea maxLength={500} rows={2} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              Lưu cài đặt
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
}
