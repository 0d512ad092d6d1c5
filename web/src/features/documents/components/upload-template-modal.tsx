import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/form-errors';
import type { TemplateKey } from '../api/documents-api';
import { useUploadTemplate } from '../hooks/use-documents';

interface Props {
  target: { key: TemplateKey; label: string; fields: string[] } | null;
  onClose: () => void;
  onDone: (version: number) => void;
}

/** Upload a replacement .docx for one template; the server names any field it does not know. */
export function UploadTemplateModal({ target, onClose, onDone }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const upload = useUploadTemplate();
  const close = () => {
    setFile(null);
    setNote('');
    upload.reset();
    onClose();
  };
  const submit = async () => {
    if (!target || !file) return;
    const list = await upload.mutateAsync({ key: target.key, file, note }).catch(() => null);
    if (list) {
      onDone(list.items.find((i) => i.key === target.key)?.activeVersion ?? 0);
      close();
    }
  };
  return (
    <Modal
      open={target !== null}
      title={`Tải lên mẫu thay thế: ${target?.label ?? ''}`}
      okText="Kiểm tra và lưu mẫu"
      cancelText="Hủy"
      onOk={submit}
      onCancel={close}
      okButtonProps={{ disabled: !file, loading: upload.isPending }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        Mở mẫu đang dùng bằng Word, sửa lời văn hoặc trình bày, giữ nguyên các trường trong dấu ngoặc nhọn rồi
        lưu dạng .docx. Mẫu mới được kiểm tra trước khi dùng; văn bản đã ban hành vẫn giữ mẫu cũ.
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item
          label="Tệp mẫu Word (.docx)"
          required
          validateStatus={upload.isError ? 'error' : undefined}
          help={upload.isError ? errorMessage(upload.error) : undefined}
        >
          <Upload
            accept=".docx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              upload.reset();
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />}>Chọn tệp .docx</Button>
          </Upload>
        </Form.Item>
        <Form.Item label="Ghi chú (không bắt buộc)">
          <Input
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            placeholder="Ví dụ: sửa căn cứ pháp lý theo Nghị định mới"
          />
        </Form.Item>
      </Form>
      {target && (
        <Alert
          type="info"
          showIcon
          title="Các trường dùng được trong mẫu này"
          description={
            <Typography.Text code style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>
              {target.fields.join('  ')}
            </Typography.Text>
          }
        />
      )}
    </Modal>
  );
}
