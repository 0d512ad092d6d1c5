/**
 * Years for a select, newest first: from `ahead` years after this one back over `count` years in all.
 * `labelPrefix` gives "Năm 2025" where the select has no label of its own.
 */
export function recentYearOptions(count: number, { ahead = 0, labelPrefix = '' } = {}) {
  const first = new Date().getFullYear() + ahead;
  return Array.from({ length: count }, (_, i) => ({ value: first - i, label: `${labelPrefix}${first - i}` }));
}
