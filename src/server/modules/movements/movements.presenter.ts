import type { MovementDetail, MovementField } from '../../../shared/api/movements';

/** A list row as selected by movements.queries.ts (dates as ISO text, timestamps as Date). */
export type MovementListRow = {
  id: string;
  title: string;
  kind: 'regular' | 'thematic';
  status: 'draft' | 'launched' | 'closed';
  year: number;
  unit_id: string;
  unit_name: string;
  doc_number: string | null;
  doc_date: string | null;
  participant_count: number;
  launched_at: Date | string | null;
};

export type MovementDetailRow = MovementListRow & {
  version: number;
  starts_on: string | null;
  ends_on: string | null;
  closed_at: Date | string | null;
  related_movements: string[];
  fields: MovementField[];
  doc_place: string | null;
  doc_issuer: string | null;
  doc_parent_issuer: string | null;
  doc_type: string | null;
  signer_authority: string | null;
  signer_position: string | null;
  signer_name: string | null;
  parent_movement: MovementDetail['parentMovement'];
  sub_movements: MovementDetail['subMovements'];
  tasks: MovementDetail['tasks'];
  participants: MovementDetail['participants'];
  milestones: MovementDetail['milestones'];
};

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function presentMovementListItem(row: MovementListRow) {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    year: row.year,
    unitId: row.unit_id,
    unitName: row.unit_name,
    docNumber: row.doc_number,
    docDate: row.doc_date,
    participantCount: row.participant_count,
    launchedAt: iso(row.launched_at),
  };
}

export function presentMovementDetail(row: MovementDetailRow): MovementDetail {
  return {
    ...presentMovementListItem(row),
    version: row.version,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    parentMovement: row.parent_movement,
    subMovements: row.sub_movements,
    relatedMovements: row.related_movements,
    fields: row.fields,
    launchDocument: {
      number: row.doc_number,
      date: row.doc_date,
      place: row.doc_place,
      issuer: row.doc_issuer,
      parentIssuer: row.doc_parent_issuer,
      type: row.doc_type,
      signerAuthority: row.signer_authority,
      signerPosition: row.signer_position,
      signerName: row.signer_name,
    },
    tasks: row.tasks,
    participants: row.participants,
    milestones: row.milestones,
    closedAt: iso(row.closed_at),
  };
}
