import type { Suggestion } from '../../../../../src/shared/api/eligibility';

export interface SuggestionGroup {
  key: string;
  label: string;
  items: Suggestion[];
}

export const COLLECTIVE_GROUP = 'collective';
// The order a unit proposes them in: the yearly titles first, then the higher forms.
const INDIVIDUAL_ORDER = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'bang-khen-chu-tich-ubnd-tinh',
];

/** One group per individual award, and one for every collective suggestion ("Tập thể"). */
export function groupSuggestions(items: readonly Suggestion[]): SuggestionGroup[] {
  const groups = new Map<string, SuggestionGroup>();
  for (const item of items) {
    const key = item.kind === 'collective' ? COLLECTIVE_GROUP : item.award;
    let group = groups.get(key);
    if (!group) {
      group = { key, label: key === COLLECTIVE_GROUP ? 'Tập thể' : item.awardName, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  const rank = (key: string) => {
    if (key === COLLECTIVE_GROUP) return Number.MAX_SAFE_INTEGER;
    const index = INDIVIDUAL_ORDER.indexOf(key);
    return index === -1 ? INDIVIDUAL_ORDER.length : index;
  };
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key));
}

const PENDING = /^([a-z0-9][a-z0-9.-]*):\s([\s\S]*)$/;
const GENERIC = /^cần người có thẩm quyền xác nhận\s*/;

/**
 * A pending criterion arrives as "<id>: <message> (<article>)"; show its label instead of the id,
 * and the message only when it says more than "to be attested".
 */
export function describePending(text: string, labels: ReadonlyMap<string, string> | undefined): string {
  const match = PENDING.exec(text);
  if (!match) return text;
  const [, id, rest] = match as unknown as [string, string, string];
  const label = labels?.get(id);
  if (!label) return rest;
  const detail = rest.replace(GENERIC, '');
  return detail.startsWith('(') ? `${label} ${detail}` : `${label}: ${detail}`;
}
