import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, List, Popconfirm, Select, Upload } from 'antd';
import { useState } from 'react';
import type { DossierDetail } from '../../../../../src/shared/api/dossiers';
import { errorMessage } from '../../../lib/form-errors';
import { attachmentUrl, removeAttachment, uploadAttachment } from '../api/dossiers-api';
import { useDossierMutation } from '../hooks/use-dossiers';

const KINDS = [
  { value: 'minutes', label: 'Biên bản họp bình xét' },
  { value: 'cover-letter', label: 'Tờ trình (bản ký)' },
  { value: 'report', label: 'Báo cáo thành tích (bản ký)' },
  { value: 'initiative-certificate', label: 'Giấy chứng nhận sáng kiến' },
  { value: 'photo', label: 'Ảnh minh chứng' },
  { value: 'other', label: 'Tài liệu khác' },
];
const kindLabel = (kind: string) => KINDS.find((k) => k.value === kind)?.label ?? kind;
const MAX_BYTES = 20 * 1024 * 1024;

/** The dossier's files: PDF, DOCX, JPG or PNG up to 20 MB each; the server checks the type by content. */
export function AttachmentsPanel({ dossier, editable }: { dossier: DossierDetail; editable: boolean }) {
  const { message } = App.useApp();
  const [kind, setKind] = useState('minutes');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const upload = useDossierMutation((file: File) => uploadAttachment(dossier.id, file, kind, label));
  const remove = useDossierMutation((attachmentId: string) => removeAttachment(dossier.id, attachmentId));

  return (
    <>
      {editable && (
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <Select
            aria-label="Loại tài liệu"
            style={{ width: 230 }}
            options={KINDS}
            value={kind}
            onChange={setKind}
          />
          <Input
            aria-label="Tên tài liệu"
            placeholder="Tên tài liệu (không bắt buộc)"
            style={{ width: 260 }}
            value={label}
            maxLength={200}
            onChange={(e) => setLabel(e.target.value)}
          />
          <Upload
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              setError(null);
              if (file.size > MAX_BYTES) {
                setError('Tệp lớn hơn 20 MB. Hãy nén hoặc chia nhỏ tệp rồi tải lên.');
                return Upload.LIST_IGNORE;
              }
              upload.mutate(file, {
                onSuccess: () => {
                  setLabel('');
                  void message.success(`Đã đính kèm “${file.name}”.`);
                },
                onError: (failure) => setError(errorMessage(failure)),
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              Chọn tệp để tải lên
            </Button>
          </Upload>
          <span style={{ color: '#595959' }}>PDF, DOCX, JPG, PNG; tối đa 20 MB.</span>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <List
        size="small"
        bordered
        dataSource={dossier.attachments}
        locale={{ emptyText: <span style={{ color: '#595959' }}>Chưa có tệp đính kèm</span> }}
        renderItem={(a) => (
          <List.Item
            actions={
              editable
                ? [
                    <Popconfirm
                      key="remove"
                      title={`Gỡ tệp “${a.fileName}” khỏi hồ sơ?`}
                      okText="Gỡ tệp"
                      cancelText="Không"
                      onConfirm={() =>
                        remove.mutate(a.id, {
                          onError: (failure) => void message.error(errorMessage(failure)),
                        })
                      }
                    >
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`Gỡ tệp ${a.fileName}`}
                      />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <PaperClipOutlined style={{ marginInlineEnd: 8 }} />
            <a href={attachmentUrl(dossier.id, a.id)} download>
              {a.label}
            </a>
            <span style={{ color: '#595959', marginInlineStart: 8 }}>
              {kindLabel(a.kind)} · {a.fileName} ·{' '}
              {(a.sizeBytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB
            </span>
          </List.Item>
        )}
      />
    </>
  );
}
