import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Modal, Result, Steps, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../lib/form-errors';
import { numberFormat } from '../../../lib/format';
import { ImportPreviewResult } from '../../../lib/import-preview';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import type { ImportCommitResult } from '../api/people-api';
import { importTemplateUrl, previewImport } from '../api/people-api';
import { useCommitImport } from '../hooks/use-people';

const MAX_BYTES = 10 * 1024 * 1024;

/** Template → upload → row-by-row check → import the valid rows → result. */
export function ImportWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [unitId, setUnitId] = useState<string | undefined>();
  const [localError, setLocalError] = useState<string | null>(null);
  const preview = useMutation({ mutationFn: (picked: File) => previewImport(picked, unitId) });
  const commit = useCommitImport();
  const [result, setResult] = useState<ImportCommitResult | null>(null);

  const reset = () => {
    setFile(null);
    setLocalError(null);
    setResult(null);
    preview.reset();
    commit.reset();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the wizard opens.
  useEffect(() => {
    if (open) reset();
  }, [open]);

  const pick = (picked: File) => {
    reset();
    if (!picked.name.toLowerCase().endsWith('.xlsx')) {
      setLocalError('Chỉ nhận tệp Excel .xlsx. Hãy dùng tệp mẫu.');
    } else if (picked.size > MAX_BYTES) {
      setLocalError('Tệp quá lớn (tối đa 10 MB). Hãy chia thành nhiều tệp.');
    } else {
      setFile(picked);
      preview.mutate(picked);
    }
    return false;
  };

  const data = preview.data;
  const step = result ? 2 : data ? 1 : 0;
  const error =
    localError ??
    (preview.error ? errorMessage(preview.error) : commit.error ? errorMessage(commit.error) : null);

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
          onClick={() => file && commit.mutate({ file, unitId }, { onSuccess: setResult })}
        >
          Nhập {numberFormat.format(data.validRows)} dòng hợp lệ
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal
      open={open}
      title="Nhập cán bộ từ Excel"
      onCancel={onClose}
      footer={footer}
      width={820}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[{ title: 'Chọn tệp' }, { title: 'Kiểm tra' }, { title: 'Kết quả' }]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      {step === 0 && (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            Tải tệp mẫu, điền mỗi cán bộ một dòng, rồi chọn tệp để kiểm tra. Chưa có dữ liệu nào được lưu cho
            đến khi bạn xác nhận.
          </Typography.Paragraph>
          <div>
            <Button icon={<DownloadOutlined />} href={importTemplateUrl()} download>
              Tải tệp mẫu
            </Button>
          </div>
          <Form layout="vertical">
            <Form.Item
              label="Đơn vị nhận (dùng cho các dòng không ghi đơn vị)"
              htmlFor="import-unit"
              style={{ marginBottom: 0 }}
            >
              <UnitTreeSelect
                id="import-unit"
                value={unitId}
                onChange={setUnitId}
                allowClear
                placeholder="Không chọn"
              />
            </Form.Item>
          </Form>
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
      {step === 1 && data && (
        <Flex vertical gap={12}>
          <Typography.Text>Tệp: {file?.name}</Typography.Text>
          <ImportPreviewResult
            totalLabel="Tổng số dòng"
            totalRows={data.totalRows}
            validRows={data.validRows}
            errors={data.errors}
            groupSeparator="."
          />
        </Flex>
      )}
      {step === 2 && result && (
        <Result
          status="success"
          title={`Đã nhập ${numberFormat.format(result.imported)} cán bộ`}
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
