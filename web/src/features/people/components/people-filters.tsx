import { Checkbox, Col, Form, Row, Select } from 'antd';
import { sexOptions, staffTypeOptions } from '../../../lib/options';
import { SearchField } from '../../../lib/search-field';
import { UnitTreeSelect } from '../../../lib/unit-tree-select';
import type { PersonFilters } from '../api/people-api';

/** The filters are applied by the server; the name search waits for the user to pause typing. */
export function PeopleFilters({
  value,
  onChange,
}: {
  value: PersonFilters;
  onChange: (next: PersonFilters) => void;
}) {
  return (
    <Form layout="vertical" role="search" aria-label="Lọc danh sách cán bộ">
      <Row gutter={[12, 0]}>
        <Col xs={24} md={12} xl={7}>
          <SearchField
            id="people-search"
            label="Tìm theo tên"
            placeholder="Nhập họ tên (không cần dấu)"
            value={value.q}
            onSearch={(q) => onChange({ ...value, q })}
          />
        </Col>
        <Col xs={24} md={12} xl={7}>
          <Form.Item label="Đơn vị" htmlFor="people-unit" style={{ marginBottom: 4 }}>
            <UnitTreeSelect
              id="people-unit"
              value={value.unitId}
              onChange={(unitId?: string) => onChange({ ...value, unitId })}
              allowClear
              treeDefaultExpandAll={false}
              placeholder="Tất cả đơn vị"
            />
          </Form.Item>
          <Checkbox
            checked={value.includeSubunits}
            disabled={!value.unitId}
            onChange={(event) => onChange({ ...value, includeSubunits: event.target.checked })}
            style={{ marginBottom: 12 }}
          >
            Gồm cả đơn vị trực thuộc
          </Checkbox>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item label="Giới tính" htmlFor="people-sex" style={{ marginBottom: 12 }}>
            <Select
              id="people-sex"
              options={sexOptions}
              value={value.sex}
              onChange={(sex?: string) => onChange({ ...value, sex })}
              allowClear
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={16} xl={6}>
          <Form.Item label="Loại cán bộ" htmlFor="people-staff-type" style={{ marginBottom: 12 }}>
            <Select
              id="people-staff-type"
              options={staffTypeOptions}
              value={value.staffType}
              onChange={(staffType?: string) => onChange({ ...value, staffType })}
              allowClear
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
