import { CheckCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Col, Row, Typography } from 'antd';
import type { Suggestion } from '../../../../../src/shared/api/eligibility';
import { describePending } from './suggestion-groups';

const listStyle = { margin: 0, paddingInlineStart: 0, listStyle: 'none' } as const;
const itemStyle = { display: 'flex', gap: 8, alignItems: 'baseline', marginBottom: 4 } as const;

/** The expanded row: the criteria the data satisfies (with their articles) and those still to attest. */
export function SuggestionDetails({
  suggestion,
  labels,
}: {
  suggestion: Suggestion;
  labels: ReadonlyMap<string, string> | undefined;
}) {
  return (
    <Row gutter={[24, 12]}>
      <Col xs={24} lg={12}>
        <Typography.Title level={2} style={{ fontSize: 14, marginTop: 0 }}>
          Tiêu chuẩn đã đạt theo dữ liệu
        </Typography.Title>
        {suggestion.reasons.length === 0 ? (
          <Typography.Text type="secondary">Không có</Typography.Text>
        ) : (
          <ul style={listStyle}>
            {suggestion.reasons.map((reason) => (
              <li key={reason} style={itemStyle}>
                <CheckCircleOutlined style={{ color: '#389e0d' }} aria-hidden />
                <span>{reason}</span>
              </li>
            ))}
          </ul>
        )}
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Title level={2} style={{ fontSize: 14, marginTop: 0 }}>
          Cần người có thẩm quyền xác nhận
        </Typography.Title>
        {suggestion.pending.length === 0 ? (
          <Typography.Text type="secondary">Không có</Typography.Text>
        ) : (
          <ul style={listStyle}>
            {suggestion.pending.map((pending) => (
              <li key={pending} style={itemStyle}>
                <QuestionCircleOutlined style={{ color: '#ad6800' }} aria-hidden />
                <span>{describePending(pending, labels)}</span>
              </li>
            ))}
          </ul>
        )}
      </Col>
    </Row>
  );
}
