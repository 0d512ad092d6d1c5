import { Card, Col, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DashboardHeadline } from '../../../../../src/shared/api/dashboard';
import { numberFormat } from '../../../lib/format';
import { StatusTag } from '../../../lib/status-tag';

const days = (n: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n)} ngày`;

function Headline({
  title,
  value,
  link,
  footer,
}: {
  title: string;
  value: ReactNode;
  link: string;
  footer?: ReactNode;
}) {
  return (
    <Col xs={12} lg={6}>
      <Card size="small" style={{ height: '100%' }}>
        <Statistic title={<Link to={link}>{title}</Link>} value={value as string} />
        {footer && <div style={{ marginTop: 6, fontSize: 13, color: '#595959' }}>{footer}</div>}
      </Card>
    </Col>
  );
}

/** The office's and chairman's figures: movements, dossiers in progress, processing time vs the 30% target, awards. */
export function HeadlineCards({ headline }: { headline: DashboardHeadline }) {
  const { averageDays, targetDays } = headline;
  const met = averageDays !== null && averageDays <= targetDays;
  return (
    <>
      <Headline
        title="Phong trào đang triển khai"
        value={numberFormat.format(headline.activeMovements)}
        link="/movements"
      />
      <Headline
        title="Hồ sơ đang xử lý"
        value={numberFormat.format(headline.dossiersInProgress)}
        link="/dossiers"
      />
      <Headline
        title="Thời gian xử lý hồ sơ bình quân"
        value={averageDays === null ? '—' : days(averageDays)}
        link="/dossiers/dashboard"
        footer={
          <>
            Mục tiêu: không quá {days(targetDays)} (giảm {headline.reductionPercent}% so với{' '}
            {days(headline.baselineDays)}){' '}
            {averageDays === null ? (
              <StatusTag tone="neutral">Chưa có hồ sơ đã có quyết định</StatusTag>
            ) : met ? (
              <StatusTag tone="success">Đạt mục tiêu</StatusTag>
            ) : (
              <StatusTag tone="warning">Chưa đạt mục tiêu</StatusTag>
            )}
          </>
        }
      />
      <Headline
        title={`Khen thưởng năm ${headline.year}`}
        value={numberFormat.format(headline.awardsThisYear)}
        link="/registry"
        footer="Lượt khen thưởng còn hiệu lực trong sổ"
      />
    </>
  );
}
