import { Col, Form, Row, Select } from 'antd';
import {
  INITIATIVE_SCOPE_LABELS,
  INITIATIVE_SCOPES,
  type InitiativeScope,
} from '../../../../../src/shared/api/initiatives';
import { SearchField } from '../../../lib/search-field';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import { recentYearOptions } from '../../../lib/year-options';
import type { InitiativeFilters as Filters } from '../api/initiatives-api';

export const scopeOptions = INITIATIVE_SCOPES.map((value) => ({
  value,
  label: INITIATIVE_SCOPE_LABELS[value],
}));

// Recognition years offered in the filter: this year and the fifteen before it.
const yearOptions = recentYearOptions(16);

/** The filters are applied by the server; the title search waits for the user to pause typing. */
export function InitiativeFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
}) {
  return (
    <Form layout="vertical" role="search" aria-label="Lọc danh sách sáng kiến">
      <Row gutter={[12, 0]}>
        <Col xs={24} md={12} xl={9}>
          <SearchField
            id="initiative-search"
            label="Tìm theo tên sáng kiến"
            placeholder="Nhập tên sáng kiến (không cần dấu)"
            value={value.q}
            onSearch={(q) => onChange({ ...value, q })}
          />
        </Col>
        <Col xs={24} md={12} xl={7}>
          <Form.Item label="Đơn vị" htmlFor="initiative-unit" style={{ marginBottom: 12 }}>
            <UnitTreeSelect
              id="initiative-unit"
              value={value.unitId}
              onChange={(unitId?: string) => onChange({ ...value, unitId })}
              allowClear
              treeDefaultExpandAll={false}
              placeholder="Tất cả đơn vị"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={12} xl={4}>
          <Form.Item label="Phạm vi ảnh hưởng" htmlFor="initiative-scope" style={{ marginBottom: 12 }}>
            <Select
              id="initiative-scope"
              options={scopeOptions}
              value={value.scope}
              onChange={(scope?: InitiativeScope) => onChange({ ...value, scope })}
              allowClear
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={12} xl={4}>
          <Form.Item label="Năm công nhận" htmlFor="initiative-year" style={{ marginBottom: 12 }}>
            <Select
              id="initiative-year"
              options={yearOptions}
              value={value.year}
              onChange={(year?: number) => onChange({ ...value, year })}
              allowClear
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
