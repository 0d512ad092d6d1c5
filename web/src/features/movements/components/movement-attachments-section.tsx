import {
  DeleteOutlined,
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  FileWordOutlined,
  StarOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, List, Popconfirm, Skeleton, Tag, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import {
  MOVEMENT_ATTACHMENT_MAX_BYTES,
  STORED_FILE_PURPOSE_LABELS,
  type StoredFile,
  type StoredFileKind,
} from '../../../../../src/shared/api/files';
import type { MovementDetail } from '../../../../../src/shared/api/movements';
import { errorMessage } from '../../../lib/form-errors';
import { formatDateTime, numberFormat } from '../../../lib/format';
import { attachmentUrl } from '../api/movement-attachments-api';
import {
  useAttachments,
  useRemoveAttachment,
  useSetAttachmentPurpose,
  useUploadAttachment,
} from '../hooks/use-movement-attachments';
import { SectionCard } from './movement-detail-sections';

const ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png,.txt,.md';
const ICONS: Record<StoredFileKind, ReactNode> = {
  pdf: <FilePdfOutlined aria-hidden style={{ color: '#cf1322' }} />,
  docx: <FileWordOutlined aria-hidden style={{ color: '#1d39c4' }} />,
  xlsx: <FileExcelOutlined aria-hidden style={{ color: '#389e0d' }} />,
  jpg: <FileImageOutlined aria-hidden />,
  png: <FileImageOutlined aria-hidden />,
  txt: <FileTextOutlined aria-hidden />,
  md: <FileTextOutlined aria-hidden />,
};

/** 1 234 567 bytes → "1,2 MB"; small files in KB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${numberFormat.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

/** The movement's files: everyone who sees the movement downloads; its organiser uploads, marks, removes. */
export function AttachmentsSection({ movement, canWrite }: { movement: MovementDetail; canWrite: boolean }) {
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const list = useAttachments(movement.id);
  const upload = useUploadAttachment(movement.id);
  const mark = useSetAttachmentPurpose(movement.id);
  const remove = useRemoveAttachment(movement.id);
  const editable = canWrite && movement.status !== 'closed';

  const pick = (file: File) => {
    setError(null);
    if (file.size > MOVEMENT_ATTACHMENT_MAX_BYTES) {
      setError(`Tệp “${file.name}” lớn hơn 20 MB. Hãy nén hoặc chia nhỏ tệp rồi tải lên.`);
      return false;
    }
    upload.mutate(
      { file },
      {
        onSuccess: (saved) => void message.success(`Đã tải lên “${saved.name}”.`),
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
    return false;
  };

  const actionsOf = (file: StoredFile) => {
    if (!editable) return [];
    const actions: ReactNode[] = [];
    if (file.purpose !== 'launch-document') {
      actions.push(
        <Button
          key="mark"
          size="small"
          type="link"
          icon={<StarOutlined aria-hidden />}
          loading={mark.isPending && mark.variables?.fileId === file.id}
          onClick={() =>
            mark.mutate(
              { fileId: file.id, purpose: 'launch-document' },
              {
                onSuccess: () => void message.success('Đã đặt làm văn bản phát động.'),
                onError: (failure) => setError(errorMessage(failure)),
              },
            )
          }
        >
          Đặt làm văn bản phát động
        </Button>,
      );
    }
    actions.push(
      <Popconfirm
        key="remove"
        title={`Xóa tệp “${file.name}”?`}
        description="Tệp sẽ không còn trong danh sách; việc xóa được ghi nhật ký."
        okText="Xóa"
        okButtonProps={{ danger: true }}
        cancelText="Hủy"
        onConfirm={() =>
          remove.mutateAsync(file.id).then(
            () => void message.success('Đã xóa tệp.'),
            (failure: unknown) => setError(errorMessage(failure)),
          )
        }
      >
        <Button size="small" type="link" danger icon={<DeleteOutlined aria-hidden />}>
          Xóa
        </Button>
      </Popconfirm>,
    );
    return actions;
  };

  const files = list.data?.items ?? [];
  return (
    <SectionCard id="movement-attachments" title="Tài liệu đính kèm">
      {editable && (
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <Upload accept={ACCEPT} beforeUpload={pick} showUploadList={false} multiple={false}>
            <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
              Tải tệp lên
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            PDF, Word, Excel, ảnh JPG/PNG, .txt, .md; tối đa 20 MB.
          </Typography.Text>
        </Flex>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          closable={{ onClose: () => setError(null) }}
          style={{ marginBottom: 12 }}
          role="alert"
        />
      )}
      {list.isLoading && <Skeleton active paragraph={{ rows: 2 }} />}
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      {list.data && files.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có tệp đính kèm." />
      )}
      {files.length > 0 && (
        <List
          size="small"
          dataSource={files}
          renderItem={(file) => (
            <List.Item actions={actionsOf(file)}>
              <List.Item.Meta
                avatar={
                  <span style={{ fontSize: 22 }}>{ICONS[file.kind] ?? <FileOutlined aria-hidden />}</span>
                }
                title={
                  <Flex gap={8} wrap align="center">
                    <a href={attachmentUrl(movement.id, file.id)} download={file.name}>
                      {file.name}
                    </a>
                    {file.purpose !== 'attachment' && (
                      <Tag color="blue">{STORED_FILE_PURPOSE_LABELS[file.purpose]}</Tag>
                    )}
                  </Flex>
                }
                description={`${formatSize(file.sizeBytes)} · ${file.uploadedByName ?? 'hệ thống'} · ${formatDateTime(file.uploadedAt)}`}
              />
            </List.Item>
          )}
        />
      )}
    </SectionCard>
  );
}
