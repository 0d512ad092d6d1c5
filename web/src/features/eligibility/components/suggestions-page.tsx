import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Statistic, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../../lib/form-errors';
import { numberFormat } from '../../../lib/format';
import { PageHeader } from '../../../lib/page-header';
import { StatusTag } from '../../../lib/status-tag';
import type { SuggestionFilters as Filters } from '../api/eligibility-api';
import { suggestionsExportUrl } from '../api/eligibility-api';
import { useCriterionLabels, useSuggestions } from '../hooks/use-suggestions';
import { SuggestionFilters } from './suggestion-filters';
import { COLLECTIVE_GROUP, groupSuggestions } from './suggestion-groups';
import { SuggestionsTable } from './suggestions-table';

const ALL = 'all';
const STAT_STYLES = { content: { fontSize: 22 } };

/** Who already meets each award's data criteria for the year, grouped by award, ready to draft the proposals. */
export default function SuggestionsPage() {
  const [filters, setFilters] = useState<Filters>({
    year: new Date().getFullYear(),
    authority: 'commune',
  });
  const [tab, setTab] = useState(ALL);
  const { data, isFetching, error } = useSuggestions(filters);
  const labels = useCriterionLabels().data;
  const items = data?.items ?? [];
  const groups = useMemo(() => groupSuggestions(data?.items ?? []), [data]);
  const activeTab = tab === ALL || groups.some((g) => g.key === tab) ? tab : ALL;
  const eligible = items.filter((s) => s.status === 'eligible').length;
  const referred = items.filter((s) => !s.canConfer).length;

  return (
    <>
      <PageHeader
        title="Gợi ý khen thưởng"
        extra={
          <Button icon={<DownloadOutlined />} href={suggestionsExportUrl(filters)} download>
            Xuất Excel
          </Button>
        }
      />
      <Typography.Paragraph style={{ maxWidth: 900 }}>
        Danh sách những người, tập thể đã đạt các tiêu chuẩn có thể kiểm tra bằng dữ liệu; các tiêu chuẩn cần
        người có thẩm quyền đánh giá được ghi rõ để xác nhận khi lập hồ sơ.
      </Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <SuggestionFilters value={filters} onChange={setFilters} />
        {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      </Card>
      <Card
        size="small"
        title={`Tổng hợp năm ${data?.year ?? filters.year}`}
        style={{ marginBottom: 16 }}
        loading={!data && isFetching}
      >
        <Flex gap="12px 40px" wrap align="flex-end">
          <Statistic title="Tổng số gợi ý" value={items.length} groupSeparator="." styles={STAT_STYLES} />
          {groups.map((group) => (
            <Statistic
              key={group.key}
              title={group.label}
              value={group.items.length}
              groupSeparator="."
              styles={STAT_STYLES}
            />
          ))}
          <Flex gap={8} wrap style={{ paddingBottom: 4 }}>
            <StatusTag tone="success">Đủ tiêu chuẩn: {numberFormat.format(eligible)}</StatusTag>
            <StatusTag tone="warning">Cần xác nhận: {numberFormat.format(items.length - eligible)}</StatusTag>
            <StatusTag tone="info">Trình cấp trên: {numberFormat.format(referred)}</StatusTag>
          </Flex>
        </Flex>
      </Card>
      <Card size="small">
        <Tabs
          activeKey={activeTab}
          onChange={setTab}
          items={[
            { key: ALL, label: `Tất cả (${numberFormat.format(items.length)})`, items },
            ...groups.map((g) => ({
              key: g.key,
              label: `${g.label} (${numberFormat.format(g.items.length)})`,
              items: g.items,
            })),
          ].map((t) => ({
            key: t.key,
            label: t.label,
            children: (
              <SuggestionsTable
                items={t.items}
                loading={isFetching}
                labels={labels}
                collective={t.key === COLLECTIVE_GROUP}
                singleAward={t.key !== ALL && t.key !== COLLECTIVE_GROUP}
              />
            ),
          }))}
        />
      </Card>
    </>
  );
}
