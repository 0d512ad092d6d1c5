import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Upload } from 'antd';
import type { BlockDetail } from '../../../../../src/shared/api/blocks';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { covenantUrl, uploadCovenant } from '../api/blocks-api';
import { useBlockMutation } from '../hooks/use-blocks';

/** The emulation covenant (giao ước thi đua): when it was signed, and the signed document. */
export function CovenantSection({ block }: { block: BlockDetail }) {
  const { message } = App.useApp();
  const upload = useBlockMutation((file: File) => uploadCovenant(block.id, file));
  return (
    <Card title="Giao ước thi đua">
      <Flex vertical gap={8}>
        <div>
          {block.covenantSignedOn
            ? `Các thành viên ký giao ước ngày ${formatDate(block.covenantSignedOn)}.`
            : 'Chưa ghi ngày ký giao ước.'}
          {block.covenantNote ? ` ${block.covenantNote}` : ''}
        </div>
        <Flex gap={8} wrap>
          {block.covenantFileId ? (
            <Button icon={<DownloadOutlined aria-hidden />} href={covenantUrl(block.id)}>
              Tải văn bản giao ước
            </Button>
          ) : (
            <span style={{ color: '#595959' }}>Chưa có văn bản giao ước đã ký.</span>
          )}
          {block.can.manage && (
            <Upload
              accept=".pdf,.docx,.jpg,.png"
              showUploadList={false}
              beforeUpload={(file) => {
                upload.mutate(file, {
                  onSuccess: () => message.success('Đã lưu văn bản giao ước.'),
                  onError: (e) => message.error(errorMessage(e)),
                });
                return false;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
                {block.covenantFileId ? 'Thay văn bản giao ước' : 'Tải lên văn bản giao ước đã ký'}
              </Button>
            </Upload>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
