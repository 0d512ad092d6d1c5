import { DownloadOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { usePageTitle } from '../../../lib/page-title';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { type TemplateList, templateFileUrl, templatePreviewUrl } from '../api/documents-api';
import { useActivateTemplate, useTemplates } from '../hooks/use-documents';
import { UploadTemplateModal } from './upload-template-modal';

type Item = TemplateList['items'][number];
type Version = Item['versions'][number];

function Downloads({ item, version, pdf }: { item: Item; version: number; pdf: boolean }) {
  return (
    <Space wrap size={4}>
      <Button size="small" icon={<DownloadOutlined />} href={templateFileUrl(item.key, version)}>
        Tải mẫu
      </Button>
      <Button size="small" icon={<EyeOutlined />} href={templatePreviewUrl(item.key, version, 'docx')}>
        Xem thử (Word)
      </Button>
      {pdf && (
        <Button size="small" icon={<EyeOutlined />} href={templatePreviewUrl(item.key, version, 'pdf')}>
          Xem thử (PDF)
        </Button>
      )}
    </Space>
  );
}

/** Word templates of every document the system issues: versions, replacement upload, preview with demo data. */
export default function TemplatesPage() {
  usePageTitle('Mẫu văn bản');
  const me = useCurrentUser();
  const { message } = App.useApp();
  const canManage = can(me.roles, 'documentTemplate.manage');
  const { data, isLoading, error } = useTemplates();
  const activate = useActivateTemplate();
  const [target, setTarget] = useState<Item | null>(null);

  const versionColumns = (item: Item) => [
    { title: 'Phiên bản', dataIndex: 'version', width: 100, render: (v: number) => `Bản ${v}` },
    {
      title: 'Nguồn',
      render: (_: unknown, v: Version) =>
        v.builtIn ? 'Mẫu có sẵn của phần mềm' : `${v.uploadedBy ?? ''} · ${formatDateTime(v.uploadedAt)}`,
    },
    {
      title: 'Ghi chú',
      dataIndex: 'note',
      render: (n: string | null) => (n && !n.startsWith('Mẫu có sẵn') ? n : ''),
    },
    {
      title: 'Trạng thái',
      width: 130,
      render: (_: unknown, v: Version) =>
        v.active ? <Tag color="green">Đang dùng</Tag> : <Tag>Không dùng</Tag>,
    },
    {
      title: 'Thao tác',
      render: (_: unknown, v: Version) => (
        <Space wrap size={4}>
          <Downloads item={item} version={v.version} pdf={data?.pdfPreview ?? false} />
          {canManage && !v.active && (
            <Popconfirm
              title={`Dùng lại bản ${v.version}?`}
              description="Văn bản lập từ nay sẽ theo bản này; văn bản đã ban hành không thay đổi."
              okText="Dùng bản này"
              cancelText="Hủy"
              onConfirm={() =>
                activate
                  .mutateAsync({ key: item.key, version: v.version })
                  .then(() => message.success(`Đã chuyển sang bản ${v.version}.`))
                  .catch((e) => message.error(errorMessage(e)))
              }
            >
              <Button size="small">Dùng lại bản này</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="Mẫu văn bản" />
      <Typography.Paragraph type="secondary">
        Các mẫu Word theo thể thức Nghị định 30/2020/NĐ-CP dùng để lập quyết định, tờ trình, biên bản, báo
        cáo. Bấm "Xem thử" để tải văn bản điền dữ liệu mẫu. Quản trị viên có thể tải lên mẫu đã sửa bằng Word.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {data && !data.pdfPreview && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Máy chủ chưa cài LibreOffice nên chỉ xem thử được dạng Word."
        />
      )}
      {data && (
        <Table<Item>
          rowKey="key"
          pagination={false}
          dataSource={data.items}
          expandable={{
            expandedRowRender: (item) => (
              <Table<Version>
                rowKey="version"
                size="small"
                pagination={false}
                dataSource={item.versions}
                columns={versionColumns(item)}
              />
            ),
          }}
          columns={[
            { title: 'Loại văn bản', dataIndex: 'label' },
            {
              title: 'Đang dùng',
              width: 160,
              render: (_: unknown, item: Item) =>
                item.activeVersion === 1 ? (
                  <Tag>Bản 1 (có sẵn)</Tag>
                ) : (
                  <Tag color="blue">Bản {item.activeVersion}</Tag>
                ),
            },
            {
              title: 'Thao tác',
              render: (_: unknown, item: Item) => (
                <Space wrap size={4}>
                  <Downloads item={item} version={item.activeVersion} pdf={data.pdfPreview} />
                  {canManage && (
                    <Button
                      size="small"
                      type="primary"
                      icon={<UploadOutlined />}
                      onClick={() => setTarget(item)}
                    >
                      Tải lên mẫu thay thế
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <UploadTemplateModal
        target={target}
        onClose={() => setTarget(null)}
        onDone={(version) => message.success(`Đã lưu mẫu mới (bản ${version}) và đưa vào sử dụng.`)}
      />
    </>
  );
}
