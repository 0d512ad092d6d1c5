import { DownloadOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { personDataExportUrl } from '../api/people-api';
import { personQueryKey, useAnonymisePerson } from '../hooks/use-people';

/**
 * Requests about a person's own data (quality F3): download everything held about them as JSON, or
 * anonymise them (the top unit's administrator or office staff, with a written reason, confirmed).
 */
export function PersonalDataSection({
  personId,
  fullName,
  onAnonymised,
}: {
  personId: string;
  fullName: string;
  onAnonymised: () => void;
}) {
  const me = useCurrentUser();
  const canExport = can(me.roles, 'person.data.export');
  const canAnonymise = can(me.roles, 'person.anonymise');
  const [open, setOpen] = useState(false);
  if (!canExport && !canAnonymise) return null;
  return (
    <section aria-labelledby="person-personal-data">
      <Typography.Title level={2} id="person-personal-data" style={{ fontSize: 16, marginTop: 0 }}>
        Dữ liệu cá nhân theo yêu cầu
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        Dùng khi người lao động đề nghị được cung cấp hoặc xóa dữ liệu cá nhân của mình.
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        {canExport && (
          <Button icon={<DownloadOutlined />} href={personDataExportUrl(personId)} download>
            Xuất dữ liệu cá nhân (JSON)
          </Button>
        )}
        {canAnonymise && (
          <Button danger icon={<UserDeleteOutlined />} onClick={() => setOpen(true)}>
            Ẩn danh hóa
          </Button>
        )}
      </Flex>
      {canAnonymise && (
        <AnonymiseModal
          open={open}
          personId={personId}
          fullName={fullName}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onAnonymised();
          }}
        />
      )}
    </section>
  );
}

function AnonymiseModal({
  open,
  personId,
  fullName,
  onClose,
  onDone,
}: {
  open: boolean;
  personId: string;
  fullName: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const { message } = App.useApp();
  const mutation = useAnonymisePerson();
  const client = useQueryClient();
  return (
    <Modal
      open={open}
      title={`Ẩn danh hóa ${fullName}?`}
      okText="Ẩn danh hóa"
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        form.resetFields();
        onClose();
      }}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="Thao tác này không hoàn tác được."
        description="Họ tên được thay bằng “Người đã ẩn danh”; ngày sinh, dân tộc, số định danh, chức vụ, kỷ luật, báo cáo thành tích và tên trên thông báo công khai bị xóa. Sổ khen thưởng vẫn giữ danh hiệu, năm và số quyết định để thống kê đúng. Nên tải “Xuất dữ liệu cá nhân (JSON)” trước nếu người đề nghị cần bản sao."
      />
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          mutation.mutate(
            { id: personId, reason: values.reason },
            {
              onSuccess: (result) => {
                message.success(`Đã ẩn danh hóa. Từ nay người này hiển thị là “${result.placeholderName}”.`);
                form.resetFields();
                onDone();
                client.removeQueries({ queryKey: personQueryKey(personId) });
              },
              onError: (error) => setFormError(applyFieldErrors(form, error)),
            },
          )
        }
      >
        <Form.Item
          label="Lý do (ghi rõ đơn đề nghị, ngày nhận)"
          name="reason"
          rules={[
            { required: true, message: 'Hãy ghi lý do ẩn danh hóa' },
            { min: 10, message: 'Lý do cần ít nhất 10 ký tự' },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            placeholder="Ví dụ: Đơn đề nghị xóa dữ liệu cá nhân ngày 20/11/2026"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
