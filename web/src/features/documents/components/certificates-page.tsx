import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Popconfirm,
  Progress,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { awardLabelOf } from '../../../../../src/shared/api/initiatives';
import { errorMessage } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { usePageTitle } from '../../../lib/page-title';
import { SearchField } from '../../../lib/search-field';
import { type CertificateDecision, type CertificateJob, certificateJobFileUrl } from '../api/documents-api';
import {
  useCertificateDecisions,
  useCertificateJob,
  useCertificateJobs,
  useStartCertificateJob,
} from '../hooks/use-documents';

const STATUS: Record<CertificateJob['status'], { label: string; color: string }> = {
  running: { label: 'Đang in', color: 'processing' },
  done: { label: 'Đã xong', color: 'success' },
  failed: { label: 'Bị lỗi', color: 'error' },
};

/** The progress of the batch just started, then its download. */
function JobProgress({ id }: { id: string }) {
  const { data: job, error } = useCertificateJob(id);
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  if (!job) return <Skeleton active paragraph={{ rows: 1 }} />;
  const percent = job.total === 0 ? 0 : Math.floor((job.done / job.total) * 100);
  return (
    <Card title={`Quyết định số ${job.decisionNumber}`} style={{ marginBottom: 16 }} aria-live="polite">
      <Progress
        percent={percent}
        status={job.status === 'failed' ? 'exception' : job.status === 'done' ? 'success' : 'active'}
      />
      <Typography.Paragraph style={{ marginTop: 8 }}>
        {job.status === 'running' && `Đang tạo giấy chứng nhận: ${job.done}/${job.total}…`}
        {job.status === 'done' && `Đã tạo xong ${job.total} giấy chứng nhận trong một tệp PDF khổ A4 ngang.`}
        {job.status === 'failed' && (job.error ?? 'Lượt in bị lỗi; hãy in lại.')}
      </Typography.Paragraph>
      {job.status === 'done' && (
        <Button type="primary" icon={<DownloadOutlined />} href={certificateJobFileUrl(job.id)}>
          Tải tệp PDF để in
        </Button>
      )}
    </Card>
  );
}

/** Print the certificates (Giấy khen, CSTĐCS …) of a whole decision into one PDF, with progress. */
export default function CertificatesPage() {
  usePageTitle('In giấy chứng nhận');
  const { message } = App.useApp();
  // `/certificates?q=30/QĐ-UBND` opens on one decision (the decisions page links here).
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [jobId, setJobId] = useState<string | null>(null);
  const decisions = useCertificateDecisions(q);
  const jobs = useCertificateJobs();
  const start = useStartCertificateJob();

  const print = (d: CertificateDecision) =>
    start
      .mutateAsync({ decisionNumber: d.decisionNumber, issuer: d.issuer })
      .then((job) => setJobId(job.id))
      .catch((e) => message.error(errorMessage(e)));

  return (
    <>
      <PageHeader title="In giấy chứng nhận" />
      <Typography.Paragraph type="secondary">
        Chọn quyết định khen thưởng để in giấy khen, giấy chứng nhận danh hiệu của mọi người có tên trong
        quyết định. Mỗi giấy có mã QR để bất kỳ ai kiểm tra giấy là thật và còn hiệu lực.
      </Typography.Paragraph>
      {jobId && <JobProgress id={jobId} />}
      <Form layout="vertical" style={{ maxWidth: 420 }}>
        <SearchField
          id="certificate-decision-search"
          label="Tìm số quyết định"
          placeholder="Ví dụ: 16/QĐ-UBND"
          value={q}
          onSearch={setQ}
        />
      </Form>
      {decisions.error && <Alert type="error" showIcon title={errorMessage(decisions.error)} />}
      <Table<CertificateDecision>
        rowKey={(d) => `${d.decisionNumber}|${d.issuer ?? ''}`}
        loading={decisions.isLoading}
        dataSource={decisions.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="Không có quyết định khen thưởng nào trong sổ." /> }}
        scroll={{ x: 800 }}
        columns={[
          {
            title: 'Số quyết định',
            dataIndex: 'decisionNumber',
            width: 140,
            render: (n: string) => <span style={{ whiteSpace: 'nowrap' }}>{n}</span>,
          },
          {
            title: 'Ngày',
            dataIndex: 'decisionDate',
            width: 110,
            render: (d: string | null) => formatDate(d),
          },
          { title: 'Người quyết định', dataIndex: 'issuer' },
          {
            title: 'Danh hiệu, hình thức',
            dataIndex: 'awardCodes',
            render: (codes: string[]) => codes.map(awardLabelOf).join('; '),
          },
          { title: 'Số người, tập thể', dataIndex: 'count', width: 120, align: 'right' },
          {
            title: 'Thao tác',
            width: 200,
            render: (_: unknown, d: CertificateDecision) => (
              <Popconfirm
                title={`In ${d.count} giấy chứng nhận?`}
                description={`Theo quyết định số ${d.decisionNumber}.`}
                okText="In"
                cancelText="Hủy"
                onConfirm={() => print(d)}
              >
                <Button icon={<PrinterOutlined />} loading={start.isPending}>
                  In giấy chứng nhận
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <h2 style={{ fontSize: 18, marginTop: 24 }}>Các lượt in gần đây của bạn</h2>
      <Table<CertificateJob>
        rowKey="id"
        size="small"
        loading={jobs.isLoading}
        dataSource={jobs.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="Bạn chưa in lượt nào." /> }}
        columns={[
          { title: 'Lúc', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          { title: 'Quyết định', dataIndex: 'decisionNumber' },
          { title: 'Số giấy', render: (_: unknown, j: CertificateJob) => `${j.done}/${j.total}` },
          {
            title: 'Trạng thái',
            render: (_: unknown, j: CertificateJob) => (
              <Tag color={STATUS[j.status].color}>{STATUS[j.status].label}</Tag>
            ),
          },
          {
            title: 'Tệp',
            render: (_: unknown, j: CertificateJob) =>
              j.status === 'done' ? (
                <Space>
                  <Button size="small" icon={<DownloadOutlined />} href={certificateJobFileUrl(j.id)}>
                    Tải PDF
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </>
  );
}
