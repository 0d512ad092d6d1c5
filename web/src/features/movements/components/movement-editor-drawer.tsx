import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Flex, Form, Grid, Skeleton, Steps, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import type { MovementDetail, MovementDraft } from '../../../../../src/shared/api/movements';
import { applyFieldErrors, errorMessage, isConflict } from '../../../lib/form-errors';
import {
  useCreateMovement,
  useDraftFromDocument,
  useMovementDetail,
  useUpdateMovement,
} from '../hooks/use-movements';
import { MovementForm } from './movement-form';
import {
  emptyValues,
  type MovementFormValues,
  toSaveBody,
  valuesFromDraft,
  valuesFromMovement,
} from './movement-form-values';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED = ['.docx', '.txt', '.md'];

interface Loaded {
  values: MovementFormValues;
  /** Bumped to remount the form with new initial values (a draft read, a reload after 409). */
  key: number;
  version?: number;
  draft?: MovementDraft;
  fileName?: string;
}

/**
 * Create a movement from its launching document (upload → review → save), create one by hand, or
 * edit one (`movementId`); a stale edit (409) shows the server's message and reloads the movement.
 */
export function MovementEditorDrawer({
  open,
  mode,
  movementId,
  onClose,
  onSaved,
}: {
  open: boolean;
  mode: 'document' | 'blank';
  movementId: string | null;
  onClose: () => void;
  onSaved: (movement: MovementDetail) => void;
}) {
  const [form] = Form.useForm<MovementFormValues>();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const read = useDraftFromDocument();
  const create = useCreateMovement();
  const update = useUpdateMovement();
  const detail = useMovementDetail(open ? movementId : null);
  const fromDocument = mode === 'document' && !movementId;

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the drawer opens.
  useEffect(() => {
    if (!open) return;
    setFormError(null);
    setLocalError(null);
    read.reset();
    setLoaded(!movementId && mode === 'blank' ? { values: emptyValues(), key: Date.now() } : null);
  }, [open, mode, movementId]);

  // Editing: the form starts from the movement as loaded when the drawer opened.
  useEffect(() => {
    if (open && movementId && detail.data && !loaded) {
      setLoaded({ values: valuesFromMovement(detail.data), key: Date.now(), version: detail.data.version });
    }
  }, [open, movementId, detail.data, loaded]);

  const pick = (file: File) => {
    setLocalError(null);
    const name = file.name.toLowerCase();
    if (!ACCEPTED.some((ext) => name.endsWith(ext))) {
      setLocalError('Chỉ nhận văn bản .docx, .txt hoặc .md.');
    } else if (file.size > MAX_BYTES) {
      setLocalError('Tệp quá lớn (tối đa 10 MB).');
    } else {
      read.mutate(file, {
        onSuccess: (draft) =>
          setLoaded({ values: valuesFromDraft(draft), key: Date.now(), draft, fileName: file.name }),
      });
    }
    return false;
  };

  const save = (values: MovementFormValues) => {
    setFormError(null);
    const body = toSaveBody(values);
    // The uploaded launching document is kept with the new movement.
    if (!movementId && loaded?.draft?.documentFileId) body.launchDocumentFileId = loaded.draft.documentFileId;
    const onSuccess = (saved: MovementDetail) => {
      message.success(movementId ? 'Đã lưu phong trào.' : 'Đã tạo phong trào (bản nháp).');
      onSaved(saved);
    };
    const onError = async (error: unknown) => {
      setFormError(applyFieldErrors(form, error) ?? null);
      if (isConflict(error)) {
        setFormError(`${errorMessage(error)} Thông tin mới nhất đã được tải lại.`);
        const fresh = await detail.refetch();
        if (fresh.data) {
          setLoaded({ values: valuesFromMovement(fresh.data), key: Date.now(), version: fresh.data.version });
        }
      }
    };
    if (movementId) {
      update.mutate(
        { id: movementId, body: { ...body, version: loaded?.version ?? 1 } },
        { onSuccess, onError },
      );
    } else {
      create.mutate(body, { onSuccess, onError });
    }
  };

  const error =
    localError ??
    (read.error ? errorMessage(read.error) : null) ??
    (detail.error ? errorMessage(detail.error) : null);
  const saving = create.isPending || update.isPending;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.lg ? 1040 : '100%'}
      title={
        movementId
          ? 'Sửa phong trào thi đua'
          : fromDocument
            ? 'Tạo phong trào từ văn bản phát động'
            : 'Tạo phong trào thi đua'
      }
      destroyOnHidden
      footer={
        <Flex gap={8} justify="end" wrap>
          <Button onClick={onClose}>Hủy</Button>
          {fromDocument && loaded && (
            <Button onClick={() => setLoaded(null)} disabled={saving}>
              Chọn văn bản khác
            </Button>
          )}
          {loaded && (
            <Button type="primary" loading={saving} onClick={() => form.submit()}>
              Lưu
            </Button>
          )}
        </Flex>
      }
    >
      {fromDocument && (
        <Steps
          size="small"
          current={loaded ? 1 : 0}
          style={{ marginBottom: 16 }}
          items={[{ title: 'Chọn văn bản' }, { title: 'Kiểm tra và lưu' }]}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      {formError && (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      {fromDocument && !loaded && (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            Chọn văn bản phát động thi đua (.docx, .txt hoặc .md). Hệ thống đọc số, ngày, chủ đề, nhiệm vụ và
            nơi nhận để điền sẵn; chưa có gì được lưu cho đến khi bạn bấm Lưu.
          </Typography.Paragraph>
          <Upload.Dragger
            accept={ACCEPTED.join(',')}
            beforeUpload={pick}
            showUploadList={false}
            multiple={false}
            disabled={read.isPending}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p>{read.isPending ? 'Đang đọc văn bản…' : 'Bấm để chọn văn bản hoặc kéo tệp vào đây'}</p>
          </Upload.Dragger>
        </Flex>
      )}
      {movementId && !loaded && !detail.error && <Skeleton active />}
      {loaded && (
        <>
          {loaded.draft && (
            <Typography.Paragraph>
              Thông tin dưới đây được đọc từ văn bản. Vui lòng kiểm tra, sửa nếu cần rồi lưu; tệp văn bản được
              lưu kèm phong trào.
              {loaded.fileName && (
                <Typography.Text type="secondary"> (Văn bản: {loaded.fileName})</Typography.Text>
              )}
            </Typography.Paragraph>
          )}
          <MovementForm
            key={loaded.key}
            form={form}
            initialValues={loaded.values}
            recipients={loaded.draft?.recipients}
            movementId={movementId}
            onFinish={save}
          />
        </>
      )}
    </Drawer>
  );
}
