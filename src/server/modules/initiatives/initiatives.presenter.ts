import type { Initiative, InitiativeScope } from '../../../shared/api/initiatives';

export type InitiativeListRow = {
  id: string;
  title: string;
  unit_id: string;
  unit_name: string;
  scope: string;
  decision_number: string | null;
  recognized_on: string;
  summary: string | null;
  version: number;
  authors: { id: string; fullName: string }[];
  used_for: { awardCode: string; year: number; decisionNumber: string | null }[];
};

export function presentInitiative(row: InitiativeListRow): Initiative {
  return {
    id: row.id,
    title: row.title,
    unitId: row.unit_id,
    unitName: row.unit_name,
    scope: row.scope as InitiativeScope,
    decisionNumber: row.decision_number,
    recognizedOn: row.recognized_on,
    summary: row.summary,
    authors: row.authors,
    usedFor: row.used_for,
    version: row.version,
  };
}
