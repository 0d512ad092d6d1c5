import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { MovementDetail } from '../../../../../src/shared/api/movements';
import {
  REVIEW_KIND_LABELS,
  REVIEW_STATUS_LABELS,
  type ReviewList,
} from '../../../../../src/shared/api/reviews';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useReviewList, useStartReview } from '../hooks/use-reviews';
import { SectionCard } from './movement-detail-sections';
import { ReviewPanel } from './review-panel';

type Item = ReviewList['items'][number];

const kindOf = (item: Item) =>
  item.review
    ? REVIEW_KIND_LABELS[item.review.kind]
    : item.milestone?.kind === 'final-review'
      ? 'Tổng kết'
      : 'Sơ kết';

/** "Sơ kết / Tổng kết": each review milestone with its review (figures, assessment, Word report). */
export function ReviewsSection({ movement }: { movement: MovementDetail }) {
  const { message } = App.useApp();
  const { data, error, isLoading } = useReviewList(movement.id);
  const start = useStartReview(movement.id);
  const [open, setOpen] = useState<string[]>([]);

  const begin = (milestoneId: string) =>
    start.mutate(milestoneId, {
      onSuccess: (review) => {
        message.success(`Đã bắt đầu ${REVIEW_KIND_LABELS[review.kind].toLowerCase()}.`);
        setOpen((keys) => [...new Set([...keys, milestoneId])]);
      },
      onError: (failure) => void message.error(errorMessage(failure)),
    });

  const items = data?.items ?? [];
  return (
    <SectionCard id="movement-reviews" title="Sơ kết / Tổng kết">
      {isLoading && <Skeleton active paragraph={{ rows: 2 }} />}
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {data && items.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="Phong trào chưa có mốc sơ kết hoặc tổng kết. Thêm mốc trong phần “Sửa” của phong trào."
        />
      )}
      {items.length > 0 && (
        <Flex vertical gap={8}>
          {items.map((item) => {
            const key = item.milestone?.id ?? item.review!.id;
            const title = item.review?.title ?? item.milestone?.title ?? '';
            const date = item.review?.reviewDate ?? item.milestone?.dueOn ?? null;
            const label = (
              <Flex gap={8} wrap align="center">
                <Tag color={item.milestone?.kind === 'final-review' ? 'purple' : 'blue'}>{kindOf(item)}</Tag>
                <Typography.Text strong>{title}</Typography.Text>
                <Typography.Text type="secondary">{formatDate(date)}</Typography.Text>
                {item.review ? (
                  <Tag color={item.review.status === 'finalised' ? 'green' : 'default'}>
                    {REVIEW_STATUS_LABELS[item.review.status]}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary">Chưa bắt đầu</Typography.Text>
                )}
              </Flex>
            );
            if (item.review) {
              const reviewId = item.review.id;
              return (
                <Collapse
                  key={key}
                  activeKey={open.includes(key) ? [key] : []}
                  onChange={(keys) =>
                    setOpen((current) =>
                      (Array.isArray(keys) ? keys : [keys]).includes(key)
                        ? [...new Set([...current, key])]
                        : current.filter((k) => k !== key),
                    )
                  }
                  items={[
                    { key, label, children: <ReviewPanel movementId={movement.id} reviewId={reviewId} /> },
                  ]}
                />
              );
            }
            // Not started: a plain row (a collapse header must not hold a button).
            return (
              <Flex
                key={key}
                gap={8}
                wrap
                align="center"
                justify="space-between"
                style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: '10px 16px 10px 40px' }}
              >
                {label}
                {item.milestone && data?.canEdit && movement.status !== 'draft' && (
                  <Button
                    size="small"
                    type="primary"
                    icon={<PlusOutlined aria-hidden />}
                    loading={start.isPending && start.variables === item.milestone.id}
                    onClick={() => begin(item.milestone!.id)}
                  >
                    Bắt đầu {kindOf(item).toLowerCase()}
                  </Button>
                )}
              </Flex>
            );
          })}
        </Flex>
      )}
      {data && movement.status === 'draft' && items.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          Sơ kết, tổng kết bắt đầu được sau khi phát động phong trào.
        </Typography.Paragraph>
      )}
    </SectionCard>
  );
}
