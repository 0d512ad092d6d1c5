import { AUTHORITY_LEVELS } from '../../../../../src/shared/api/eligibility';
import type { CatalogueView } from '../../../../../src/shared/api/law';
import type { OverrideKind } from '../api/law-api';

/** What the target of each kind looks like, shown under the field. */
export const TARGET_HELP: Record<OverrideKind, string> = {
  coefficient:
    'Dạng <mã danh hiệu>:<đối tượng> hoặc <mã danh hiệu>:<đối tượng>:<cấp>, ví dụ giay-khen:individual:commune',
  'base-salary': 'Luôn là base-salary',
  'vote-threshold': 'Mã danh hiệu, ví dụ chien-si-thi-dua-co-so',
  parameter: 'Mã tham số, ví dụ ldtt.min-months-of-service',
  authority: 'Dạng <mã danh hiệu>:<cấp>, ví dụ lao-dong-tien-tien:commune',
};

/** Every target the catalogue already names for a kind, offered as suggestions (free text stays allowed). */
export function targetSuggestions(
  catalogue: CatalogueView | undefined,
  kind: OverrideKind | undefined,
): string[] {
  if (!catalogue || !kind) return [];
  if (kind === 'base-salary') return ['base-salary'];
  const codes = [...new Set(catalogue.awards.map((a) => a.code))];
  const fromRefs = (prefix: string) =>
    catalogue.unverified
      .filter((u) => u.ref.startsWith(`${prefix}:`))
      .map((u) => u.ref.slice(prefix.length + 1).split('@')[0]!);
  const out = new Set<string>();
  switch (kind) {
    case 'vote-threshold':
      for (const code of codes) out.add(code);
      break;
    case 'authority':
      for (const code of codes) for (const level of AUTHORITY_LEVELS) out.add(`${code}:${level}`);
      break;
    case 'coefficient':
      for (const award of catalogue.awards) for (const k of award.kinds) out.add(`${award.code}:${k}`);
      for (const key of fromRefs('coefficient')) out.add(key);
      break;
    case 'parameter':
      for (const id of fromRefs('parameter')) out.add(id);
      out.add('ldtt.min-months-of-service');
      break;
  }
  return [...out].sort();
}
