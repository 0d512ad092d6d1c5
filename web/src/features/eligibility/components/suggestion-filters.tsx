import { Col, Form, Row, Select } from 'antd';
import { AUTHORITY_LEVEL_LABELS, AUTHORITY_LEVELS } from '../../../../../src/shared/api/eligibility';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import type { AuthorityLevel, SuggestionFilters as Filters } from '../api/eligibility-api';

const FIRST_YEAR = 2022;
const thisYear = new Date().getFullYear();
// Years of the 2022 Law: from its first emulation year to next year (lists are drafted ahead).
const yearOptions = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => {
  const year = thisYear + 1 - i;
  return { value: year, label: String(year) };
});
const authorityOptions = AUTHORITY_LEVELS.map((value) => ({ value, label: AUTHORITY_LEVEL_LABELS[value] }));

/** Year, unit and the authority that will sign; every change asks the server again. */
export function SuggestionFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
}) {
  return (
    <Form layout="vertical" role="search" aria-label="Lọc danh sách gợi ý khen thưởng">
      <Row gutter={[12, 0]}>
        <Col xs={12} md={6} xl={4}>
          <Form.Item label="Năm" htmlFor="suggestion-year" style={{ marginBottom: 12 }}>
            <Select
              id="suggestion-year"
              options={yearOptions}
              value={value.year}
              onChange={(year: number) => onChange({ ...value, year })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10} xl={10}>
          <Form.Item label="Đơn vị" htmlFor="suggestion-unit" style={{ marginBottom: 12 }}>
            <UnitTreeSelect
              id="suggestion-unit"
              value={value.unitId}
              onChange={(unitId?: string) => onChange({ ...value, unitId })}
              allowClear
              treeDefaultExpandAll={false}
              placeholder="Tất cả đơn vị của tôi"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={10}>
          <Form.Item
            label="Thẩm quyền khen thưởng"
            htmlFor="suggestion-authority"
            style={{ marginBottom: 12 }}
          >
            <Select
              id="suggestion-authority"
              options={authorityOptions}
              value={value.authority}
              onChange={(authority: AuthorityLevel) => onChange({ ...value, authority })}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
