import { CheckCircleFilled, CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import { Descriptions, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import type { Verification } from '../api/documents-api';
import { useVerification } from '../hooks/use-documents';

function Frame({ children }: { children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header
        style={{ background: '#a8071a', color: '#fff', padding: '12px 16px', fontWeight: 600, fontSize: 16 }}
      >
        Kiểm tra giấy khen, giấy chứng nhận
      </header>
      <main style={{ maxWidth: 720, margin: '0 auto', padding: '16px' }}>{children}</main>
    </div>
  );
}

function Details({ v }: { v: Verification }) {
  return (
    <Descriptions column={1} bordered size="middle" style={{ background: '#fff' }}>
      <Descriptions.Item label="Danh hiệu, hình thức">{v.awardName}</Descriptions.Item>
      <Descriptions.Item label="Tặng cho">{v.recipientName}</Descriptions.Item>
      <Descriptions.Item label="Đơn vị">{v.unitName}</Descriptions.Item>
      <Descriptions.Item label="Năm">{v.year}</Descriptions.Item>
      <Descriptions.Item label="Quyết định số">{v.decisionNumber}</Descriptions.Item>
      <Descriptions.Item label="Ngày quyết định">{formatDate(v.decisionDate)}</Descriptions.Item>
      <Descriptions.Item label="Người quyết định">{v.issuer}</Descriptions.Item>
    </Descriptions>
  );
}

/** Public page behind a certificate's QR code: no sign-in, works on a phone. */
export default function VerifyPage() {
  const { code = '' } = useParams();
  usePageTitle('Kiểm tra giấy chứng nhận');
  const { data, isLoading, error } = useVerification(code);
  if (isLoading) {
    return (
      <Frame>
        <Skeleton active />
      </Frame>
    );
  }
  if (error || !data || data.status === 'unverifiable') {
    return (
      <Frame>
        <Result
          icon={<WarningFilled style={{ color: '#d46b08' }} />}
          title="Không xác minh được"
          subTitle="Mã trên giấy không đúng hoặc đã bị sửa. Giấy này không có trong sổ khen thưởng; hãy liên hệ cơ quan đã cấp giấy."
        />
      </Frame>
    );
  }
  const revoked = data.status === 'revoked';
  return (
    <Frame>
      <Result
        icon={
          revoked ? (
            <CloseCircleFilled style={{ color: '#cf1322' }} />
          ) : (
            <CheckCircleFilled style={{ color: '#389e0d' }} />
          )
        }
        title={revoked ? 'Đã bị thu hồi' : 'Còn hiệu lực'}
        subTitle={
          revoked
            ? `Khen thưởng này đã bị thu hồi từ ngày ${formatDate(data.revokedOn)}.`
            : 'Giấy chứng nhận này có trong sổ khen thưởng và đang có hiệu lực.'
        }
      />
      <Details v={data} />
    </Frame>
  );
}
