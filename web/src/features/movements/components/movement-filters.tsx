import { Col, Form, Row, Select } from 'antd';
import { SearchField } from '../../../lib/search-field';
import type { MovementFilters as Filters, MovementStatus } from '../api/movements-api';
import { statusOptions, yearOptions } from './movement-labels';

/** Filters applied by the server; the title search waits for the user to pause typing. */
export function MovementFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  return (
    <Form layout="vertical" role="search" aria-label="Lọc danh sách phong trào thi đua">
      <Row gutter={[12, 0]}>
        <Col xs={24} md={12} xl={12}>
          <SearchField
            id="movement-search"
            label="Tìm theo tên phong trào"
            placeholder="Nhập tên phong trào (không cần dấu)"
            value={value.q}
            onSearch={(q) => onChange({ ...value, q })}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item label="Năm" htmlFor="movement-year" style={{ marginBottom: 12 }}>
            <Select
              id="movement-year"
              options={yearOptions}
              value={value.year}
              onChange={(year?: number) => onChange({ ...value, year })}
              allowClear
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item label="Trạng thái" htmlFor="movement-status" style={{ marginBottom: 12 }}>
            <Select
              id="movement-status"
              options={statusOptions}
              value={value.status}
              onChange={(status?: MovementStatus) => onChange({ ...value, status })}
              allowClear
              placeholder="Tất cả"
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
