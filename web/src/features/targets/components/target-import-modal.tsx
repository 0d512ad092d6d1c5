import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Radio, Result, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { TargetImportKind } from '../../../../../src/shared/api/targets';
import { errorMessage } from '../../../lib/form-errors';
import { ImportPreviewResult } from '../../../lib/import-preview';
import { previewTargetImport, type TargetImportResult, targetsExportUrl } from '../api/targets-api';
import { useCommitTargetImport } from '../hooks/use-targets';

const MAX_BYTES = 10 * 1024 * 1024;

/** Export as template → fill → check row by row → import the valid rows in one go. */
export function TargetImportModal({
  movementId,
  canPlan,
  onClose,
}: {
  movementId: string;
  canPlan: boolean;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<TargetImportKind>(canPlan ? 'planned' : 'actual');
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [result, setResult] = useState<TargetImportResult | null>(null);
  const preview = useMutation({
    mutationFn: (picked: File) => previewTargetImport(movementId, kind, picked),
  });
  const commit = useCommitTargetImport(movementId);

  const reset = () => {
    setFile(null);
    setLocalError(null);
    setResult(null);
    preview.reset();
    commit.reset();
  };
  const pick = (picked: File) => {
    reset();
    if (!picked.name.toLowerCase().endsWith('.xlsx')) setLocalError('Chỉ nhận tệp Excel .xlsx.');
    else if (picked.size > MAX_BYTES) setLocalError('Tệp quá lớn (tối đa 10 MB).');
    else {
      setFile(picked);
      preview.mutate(picked);
    }
    return false;
  };
  const data = preview.data;
  const error =
    localError ??
    (preview.error ? errorMessage(preview.error) : commit.error ? errorMessage(commit.error) : null);
  const what = kind === 'planned' ? 'kế hoạch' : 'kết quả thực hiện';

  const footer = result ? (
    <Button type="primary" onClick={onClose}>
      Đóng
    </Button>
  ) : (
    <Flex gap={8} justify="end" wrap>
      <Button onClick={onClose}>Hủy</Button>
      {data && <Button onClick={reset}>Chọn tệp khác</Button>}
      {data && (
        <Button
          type="primary"
          disabled={data.validRows === 0}
          loading={commit.isPending}
          onClick={() => file && commit.mutate({ kind, file }, { onSuccess: setResult })}
        >
          Nhập {data.validRows} dòng hợp lệ
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal open title="Nhập chỉ tiêu từ Excel" onCancel={onClose} footer={footer} width={820} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      {!data && !result && (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            Tải tệp Excel chỉ tiêu hiện có, điền cột <b>Kế hoạch</b> (giao chỉ tiêu) hoặc các cột{' '}
            <b>Kỳ báo cáo</b>, <b>Thực hiện</b>, <b>Minh chứng</b> (báo cáo kết quả), rồi chọn tệp để kiểm
            tra. Dòng để trống giá trị được bỏ qua; chưa có gì được lưu cho đến khi bạn xác nhận.
          </Typography.Paragraph>
          <div>
            <Button icon={<DownloadOutlined aria-hidden />} href={targetsExportUrl(movementId)} download>
              Tải tệp Excel chỉ tiêu
            </Button>
          </div>
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            options={[
              ...(canPlan ? [{ value: 'planned', label: 'Nhập kế hoạch (giao chỉ tiêu)' }] : []),
              { value: 'actual', label: 'Nhập kết quả thực hiện' },
            ]}
          />
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            beforeUpload={pick}
            showUploadList={false}
            multiple={false}
            disabled={preview.isPending}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p>{preview.isPending ? 'Đang kiểm tra tệp…' : 'Bấm để chọn tệp .xlsx hoặc kéo tệp vào đây'}</p>
          </Upload.Dragger>
        </Flex>
      )}
      {data && !result && (
        <Flex vertical gap={12}>
          <Typography.Text>
            Tệp: {file?.name} · Nhập {what}
          </Typography.Text>
          <ImportPreviewResult
            totalLabel="Dòng có số liệu"
            totalRows={data.totalRows}
            validRows={data.validRows}
            errors={data.errors}
            columnWidth={140}
          />
        </Flex>
      )}
      {result && (
        <Result
          status="success"
          title={`Đã nhập ${result.imported} dòng ${what}`}
          subTitle={
            result.skippedRows.length > 0
              ? `Bỏ qua ${result.skippedRows.length} dòng có lỗi: ${result.skippedRows.join(', ')}.`
              : 'Không có dòng nào bị bỏ qua.'
          }
        />
      )}
    </Modal>
  );
}
