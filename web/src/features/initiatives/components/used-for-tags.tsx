import { Flex, Tag, Typography } from 'antd';
import { awardLabelOf, type Initiative } from '../../../../../src/shared/api/initiatives';

/** The granted awards an initiative supported, one tag each (award, year, decision number). */
export function UsedForTags({ uses, compact = false }: { uses: Initiative['usedFor']; compact?: boolean }) {
  if (uses.length === 0) {
    return (
      <Typography.Text type="secondary">{compact ? '—' : 'Chưa dùng để đề nghị khen thưởng'}</Typography.Text>
    );
  }
  return (
    <Flex wrap gap={4}>
      {uses.map((use) => (
        <Tag
          key={`${use.awardCode}-${use.year}-${use.decisionNumber ?? ''}`}
          color="gold"
          style={{ marginInlineEnd: 0 }}
        >
          {awardLabelOf(use.awardCode)} {use.year}
          {!compact && use.decisionNumber ? ` · QĐ số ${use.decisionNumber}` : ''}
        </Tag>
      ))}
    </Flex>
  );
}
