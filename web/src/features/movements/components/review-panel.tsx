import { CheckCircleOutlined, FileWordOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Divider, Flex, Form, Input, Skeleton, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import type { Review } from '../../../../../src/shared/api/reviews';
import { applyFieldErrors, errorMessage, isConflict } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDateTime, fromIsoDate, toIsoDate } from '../../../lib/format';
import { reviewReportUrl } from '../api/reviews-api';
import { useFinaliseReview, useReview, useUpdateReview } from '../hooks/use-reviews';
import { ReviewFiguresView } from './review-figures';

interface AssessmentValues {
  reviewDate?: dayjs.Dayjs;
  achievements?: string;
  shortcomings?: string;
  lessons?: string;
  nextTasks?: string;
}

const TEXTS = [
  { name: 'achievements', label: 'Những kết quả nổi bật' },
  { name: 'shortcomings', label: 'Hạn chế, tồn tại' },
  { name: 'lessons', label: 'Bài học kinh nghiệm' },
  { name: 'nextTasks', label: 'Phương hướng, nhiệm vụ thời gian tới' },
] as const;

function valuesOf(review: Review): AssessmentValues {
  return {
    reviewDate: fromIsoDate(review.reviewDate),
    achievements: review.achievements,
    shortcomings: review.shortcomings,
    lessons: review.lessons,
    nextTasks: review.nextTasks,
  };
}

function ReadOnlyAssessment({ review }: { review: Review }) {
  return (
    <Flex vertical gap={8}>
      {TEXTS.map((t) => (
        <div key={t.name}>
          <Typography.Text strong>{t.label}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {review[t.name] || <Typography.Text type="secondary">Chưa nhập</Typography.Text>}
          </Typography.Paragraph>
        </div>
      ))}
    </Flex>
  );
}

/** One review: its figures, the office's assessment (editable while a draft), finalise, the Word report. */
export function ReviewPanel({ movementId, reviewId }: { movementId: string; reviewId: string }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<AssessmentValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const { data: review, error, isLoading, refetch } = useReview(reviewId);
  const update = useUpdateReview(movementId);
  const finalise = useFinaliseReview(movementId);
  // Remount the form whenever the stored version changes (a save, a reload after 409).
  const formKey = review ? `${review.id}-${review.version}` : 'none';

  if (isLoading) return <Skeleton active />;
  if (error || !review) return <Alert type="error" showIcon title={errorMessage(error)} />;

  const save = (values: AssessmentValues) => {
    setFormError(null);
    update.mutate(
      {
        id: review.id,
        body: {
          version: review.version,
          reviewDate: toIsoDate(values.reviewDate) ?? review.reviewDate,
          achievements: values.achievements ?? '',
          shortcomings: values.shortcomings ?? '',
          lessons: values.lessons ?? '',
          nextTasks: values.nextTasks ?? '',
        },
      },
      {
        onSuccess: () => void message.success('Đã lưu nội dung đánh giá.'),
        onError: async (failure) => {
          setFormError(applyFieldErrors(form, failure) ?? null);
          if (isConflict(failure)) {
            setFormError(`${errorMessage(failure)}`);
            await refetch();
          }
        },
      },
    );
  };

  const confirmFinalise = () =>
    modal.confirm({
      title: 'Chốt số liệu báo cáo?',
      content:
        'Số liệu tính đến ngày báo cáo sẽ được giữ nguyên và nội dung đánh giá không sửa được nữa. Hãy lưu nội dung trước khi chốt.',
      okText: 'Chốt số liệu',
      cancelText: 'Hủy',
      onOk: () =>
        finalise.mutateAsync({ id: review.id, version: review.version }).then(
          () => void message.success('Đã chốt số liệu.'),
          (failure: unknown) => void message.error(errorMessage(failure)),
        ),
    });

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between" align="center">
        <Typography.Text type="secondary">
          {review.status === 'finalised'
            ? `Đã chốt số liệu lúc ${formatDateTime(review.finalisedAt)}${review.finalisedByName ? ` bởi ${review.finalisedByName}` : ''}.`
            : 'Bản nháp: số liệu được tính lại mỗi lần mở, đến khi chốt.'}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Button icon={<FileWordOutlined aria-hidden />} href={reviewReportUrl(review.id)} download>
            Tạo báo cáo Word
          </Button>
          {review.canEdit && (
            <Button
              icon={<CheckCircleOutlined aria-hidden />}
              onClick={confirmFinalise}
              loading={finalise.isPending}
            >
              Chốt số liệu
            </Button>
          )}
        </Flex>
      </Flex>
      <ReviewFiguresView figures={review.figures} />
      <Divider style={{ margin: '4px 0' }} />
      <h4 style={{ margin: 0, fontSize: 14 }}>Đánh giá của cơ quan thường trực</h4>
      {formError && <Alert type="error" showIcon title={formError} role="alert" />}
      {review.canEdit ? (
        <Form key={formKey} form={form} layout="vertical" initialValues={valuesOf(review)} onFinish={save}>
          <Form.Item
            name="reviewDate"
            label="Ngày báo cáo (số liệu tính đến hết ngày này)"
            rules={[{ required: true, message: 'Chọn ngày báo cáo' }]}
          >
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" allowClear={false} />
          </Form.Item>
          {TEXTS.map((t) => (
            <Form.Item key={t.name} name={t.name} label={t.label}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} />
            </Form.Item>
          ))}
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined aria-hidden />}
            loading={update.isPending}
          >
            Lưu nội dung
          </Button>
        </Form>
      ) : (
        <ReadOnlyAssessment review={review} />
      )}
    </Flex>
  );
}
