import { Col, Form, Input, Row, Select } from 'antd';
import {
  GRANT_STATUS_LABELS,
  GRANT_STATUSES,
  RECIPIENT_KIND_LABELS,
  RECIPIENT_KINDS,
} from '../../../../../src/shared/api/registry';
import { SearchField } from '../../../lib/search-field';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { recentYearOptions } from '../../../lib/year-options';
import type { RegistryFilters as Filters } from '../api/registry-api';
import { useAwardOptions } from '../hooks/use-registry';

const yearOptions = recentYearOptions(21);
const statusOptions = GRANT_STATUSES.map((value) => ({ value, label: GRANT_STATUS_LABELS[value] }));
const kindOptions = RECIPIENT_KINDS.map((value) => ({ value, label: RECIPIENT_KIND_LABELS[value] }));

/** Filters applied by the server; the name search waits for the user to pause typing. */
export function RegistryFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const awards = useAwardOptions();
  return (
    <Form layout="vertical" role="search" aria-label="Tìm trong sổ khen thưởng">
      <Row gutter={[12, 0]}>
        <Col xs={24} md={12} xl={8}>
          <SearchField
            id="registry-search"
            label="Tìm theo tên người, tập thể, danh hiệu hoặc số quyết định"
            placeholder="Ví dụ: nguyen van an (không cần dấu)"
            value={value.q}
            onSearch={(q) => onChange({ ...value, q })}
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="Đơn vị" htmlFor="registry-unit" style={{ marginBottom: 12 }}>
            <UnitTreeSelect
              id="registry-unit"
              value={value.unitId}
              onChange={(unitId?: string) => onChange({ ...value, unitId })}
              allowClear
              treeDefaultExpandAll={false}
              placeholder="Tất cả đơn vị"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="Danh hiệu/hình thức" htmlFor="registry-award" style={{ marginBottom: 12 }}>
            <Select
              id="registry-award"
              options={awards.data ?? []}
              value={value.awardCode}
              onChange={(awardCode?: string) => onChange({ ...value, awardCode })}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item label="Năm" htmlFor="registry-year" style={{ marginBottom: 12 }}>
            <Select
              id="registry-year"
              options={yearOptions}
              value={value.year}
              onChange={(year?: number) => onChange({ ...value, year })}
              allowClear
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={6}>
          <Form.Item label="Số quyết định" htmlFor="registry-decision" style={{ marginBottom: 12 }}>
            <Input
              id="registry-decision"
              allowClear
              placeholder="Ví dụ: 12/QĐ-UBND"
              defaultValue={value.decision}
              onPressEnter={(e) => onChange({ ...value, decision: e.currentTarget.value })}
              onBlur={(e) => onChange({ ...value, decision: e.currentTarget.value })}
              onClear={() => onChange({ ...value, decision: undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item label="Đối tượng" htmlFor="registry-kind" style={{ marginBottom: 12 }}>
            <Select
              id="registry-kind"
              options={kindOptions}
              value={value.kind}
              onChange={(kind?: Filters['kind']) => onChange({ ...value, kind })}
              allowClear
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item label="Tình trạng" htmlFor="registry-status" style={{ marginBottom: 12 }}>
            <Select
              id="registry-status"
              options={statusOptions}
              value={value.status}
              onChange={(status?: Filters['status']) => onChange({ ...value, status })}
              allowClear
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
