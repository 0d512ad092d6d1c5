import { Alert, Card, Col, Flex, Row, Select, Skeleton, Statistic, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DOSSIER_STATE_LABELS } from '../../../../../src/shared/dossier-codes';
import { EChart, type EChartOption } from '../../../lib/echart';
import { errorMessage } from '../../../lib/form-errors';
import { PageHeader } from '../../../lib/page-header';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useProcessingDashboard } from '../hooks/use-dossiers';
import { yearOptions } from './dossier-labels';
import { DossierSettingsButton } from './dossier-settings-modal';

/** Measured processing time (working days at the office) against the 30% reduction target. */
export default function ProcessingDashboardPage() {
  const me = useCurrentUser();
  const [year, setYear] = useState<number | undefined>(undefined);
  const { data, isLoading, error } = useProcessingDashboard(year);

  const monthly: EChartOption | null = useMemo(() => {
    if (!data) return null;
    const months = data.byMonth.map((m) => m.month.split('-').reverse().join('/'));
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months },
      yAxis: {
        type: 'value',
        name: 'ngày LV',
        max: (v: { max: number }) => Math.max(v.max, data.baselineDays) + 2,
      },
      series: [
        {
          name: 'Trung bình thực tế',
          type: 'bar',
          barMaxWidth: 48,
          data: data.byMonth.map((m) => m.averageDays),
          itemStyle: { color: '#1677ff' },
          markLine: {
            symbol: 'none',
            label: { formatter: '{b}: {c} ngày', position: 'insideEndTop' },
            data: [
              {
                name: 'Trước cải cách',
                yAxis: data.baselineDays,
                lineStyle: { color: '#595959', type: 'dashed' },
              },
              {
                name: `Mục tiêu giảm ${data.reductionPercent}%`,
                yAxis: data.targetDays,
                lineStyle: { color: '#389e0d', width: 2 },
              },
            ],
          },
        },
      ],
    };
  }, [data]);

  const byUnit: EChartOption | null = useMemo(() => {
    if (!data) return null;
    const rows = [...data.byUnit].reverse();
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 180, right: 24, top: 8, bottom: 24 },
      xAxis: { type: 'value', name: 'ngày LV' },
      yAxis: { type: 'category', data: rows.map((u) => u.unitName) },
      series: [
        {
          type: 'bar',
          data: rows.map((u) => ({
            value: u.averageDays,
            itemStyle: { color: u.averageDays <= data.targetDays ? '#389e0d' : '#d46b08' },
          })),
        },
      ],
    };
  }, [data]);

  return (
    <>
      <PageHeader
        title="Thời gian xử lý hồ sơ"
        extra={
          <>
            {can(me.roles, 'settings.manage') && <DossierSettingsButton />}
            <Select
              allowClear
              aria-label="Năm xét"
              placeholder="Tất cả các năm"
              style={{ width: 160 }}
              options={yearOptions}
              value={year}
              onChange={setYear}
            />
          </>
        }
      />
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {isLoading && <Skeleton active />}
      {data && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} lg={6}>
              <Card size="small">
                <Statistic
                  title="Thời gian xử lý trung bình"
                  value={data.averageDays ?? '—'}
                  suffix="ngày làm việc"
                />
              </Card>
            </Col>
            <Col xs={12} lg={6}>
              <Card size="small">
                <Statistic
                  title={`Mục tiêu (giảm ${data.reductionPercent}% so với ${data.baselineDays} ngày)`}
                  value={data.targetDays}
                  suffix="ngày làm việc"
                />
              </Card>
            </Col>
            <Col xs={12} lg={6}>
              <Card size="small">
                <Statistic
                  title="Mức giảm đạt được"
                  value={data.reductionAchieved ?? '—'}
                  suffix="%"
                  valueStyle={{
                    color:
                      data.reductionAchieved !== null && data.reductionAchieved >= data.reductionPercent
                        ? '#135200'
                        : '#873800',
                  }}
                />
              </Card>
            </Col>
            <Col xs={12} lg={6}>
              <Card size="small">
                <Statistic
                  title="Đã quyết định / đang xử lý / quá hạn"
                  value={`${data.decidedCount} / ${data.openCount} / ${data.overdueCount}`}
                />
                {data.overdueCount > 0 && <Link to="/dossiers/overdue">Xem hồ sơ quá hạn</Link>}
              </Card>
            </Col>
          </Row>
          <Typography.Paragraph style={{ color: '#595959', marginTop: 12 }}>
            Thời gian xử lý tính bằng ngày làm việc từ khi đơn vị gửi hồ sơ đến khi có quyết định, không tính
            thời gian hồ sơ bị trả lại nằm ở đơn vị; trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ. Mốc “trước cải
            cách” ({data.baselineDays} ngày) là giá trị cấu hình mặc định, chưa đối chiếu số liệu thực tế;
            quản trị viên có thể sửa.
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card size="small" title="Theo tháng ra quyết định">
                {data.byMonth.length === 0 ? (
                  <Typography.Paragraph style={{ color: '#595959' }}>
                    Chưa có hồ sơ nào được quyết định.
                  </Typography.Paragraph>
                ) : (
                  <EChart option={monthly!} label="Thời gian xử lý trung bình theo tháng so với mục tiêu" />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title="Theo đơn vị đề nghị">
                {data.byUnit.length === 0 ? (
                  <Typography.Paragraph style={{ color: '#595959' }}>Chưa có số liệu.</Typography.Paragraph>
                ) : (
                  <EChart
                    option={byUnit!}
                    height={Math.max(160, data.byUnit.length * 36)}
                    label="Thời gian xử lý trung bình theo đơn vị"
                  />
                )}
              </Card>
            </Col>
          </Row>
          <Card size="small" title="Số liệu" style={{ marginTop: 16 }}>
            <Flex gap={24} wrap>
              <Table
                size="small"
                rowKey="unitId"
                pagination={false}
                dataSource={data.byUnit}
                columns={[
                  { title: 'Đơn vị', dataIndex: 'unitName' },
                  { title: 'Số hồ sơ', dataIndex: 'count', align: 'right' },
                  { title: 'Trung bình (ngày LV)', dataIndex: 'averageDays', align: 'right' },
                ]}
              />
              <Table
                size="small"
                rowKey="status"
                pagination={false}
                dataSource={data.byStatus}
                columns={[
                  {
                    title: 'Trạng thái',
                    dataIndex: 'status',
                    render: (s: keyof typeof DOSSIER_STATE_LABELS) => DOSSIER_STATE_LABELS[s],
                  },
                  { title: 'Số hồ sơ', dataIndex: 'count', align: 'right' },
                ]}
              />
            </Flex>
          </Card>
        </>
      )}
    </>
  );
}
