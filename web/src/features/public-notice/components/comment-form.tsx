import { Alert, Button, Form, Input, InputNumber, Result, Select } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { COMMENT_MAX_LENGTH, type PublicNotice } from '../../../../../src/shared/api/public-notice';
import { applyFieldErrors } from '../../../lib/form-errors';
import { type CommentChallenge, fetchChallenge, postComment } from '../api/public-notice-api';

interface Values {
  itemId?: string;
  authorName?: string;
  contact?: string;
  body: string;
  challengeAnswer: number;
}

/** A citizen's comment: optional name and contact (never published), the text and a small sum. */
export function CommentForm({ notice }: { notice: PublicNotice }) {
  const [form] = Form.useForm<Values>();
  const [challenge, setChallenge] = useState<CommentChallenge | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const loadChallenge = useCallback(() => {
    fetchChallenge(notice.id).then(setChallenge, () => setChallenge(null));
  }, [notice.id]);
  useEffect(loadChallenge, [loadChallenge]);

  if (sent) {
    return (
      <Result
        status="success"
        title="Cảm ơn bạn đã gửi ý kiến"
        subTitle="Ý kiến sẽ được cán bộ xem xét trước khi hiển thị công khai."
        extra={
          <Button
            onClick={() => {
              setSent(false);
              form.resetFields();
              loadChallenge();
            }}
          >
            Gửi ý kiến khác
          </Button>
        }
      />
    );
  }
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={async (values) => {
        if (!challenge) return;
        setError(null);
        setSending(true);
        try {
          await postComment(notice.id, {
            itemId: values.itemId || null,
            authorName: values.authorName || undefined,
            contact: values.contact || undefined,
            body: values.body,
            challengeToken: challenge.token,
            challengeAnswer: values.challengeAnswer,
          });
          setSent(true);
        } catch (e) {
          setError(applyFieldErrors(form, e, ['itemId', 'authorName', 'contact', 'body', 'challengeAnswer']));
          loadChallenge();
          form.setFieldValue('challengeAnswer', undefined);
        } finally {
          setSending(false);
        }
      }}
    >
      <Form.Item name="itemId" label="Góp ý về">
        <Select
          allowClear
          placeholder="Cả danh sách"
          options={notice.items.map((i) => ({ value: i.id, label: `${i.displayName} — ${i.unitName}` }))}
        />
      </Form.Item>
      <Form.Item name="authorName" label="Họ và tên (không bắt buộc)">
        <Input maxLength={200} autoComplete="name" />
      </Form.Item>
      <Form.Item name="contact" label="Số điện thoại hoặc email để liên hệ (không bắt buộc, không công khai)">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="body"
        label="Nội dung ý kiến"
        rules={[{ required: true, whitespace: true, message: 'Nhập nội dung ý kiến' }]}
      >
        <Input.TextArea rows={5} maxLength={COMMENT_MAX_LENGTH} showCount />
      </Form.Item>
      <Form.Item
        name="challengeAnswer"
        label={challenge ? `Câu hỏi kiểm tra: ${challenge.question}` : 'Câu hỏi kiểm tra: đang tải…'}
        rules={[{ required: true, message: 'Trả lời câu hỏi kiểm tra (bằng số)' }]}
      >
        <InputNumber min={0} max={100} placeholder="Trả lời bằng số" style={{ width: 160 }} />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={sending} disabled={!challenge}>
        Gửi ý kiến
      </Button>
    </Form>
  );
}
