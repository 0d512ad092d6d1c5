import type { Dayjs } from 'dayjs';
import type {
  MovementDetail,
  MovementDraft,
  MovementField,
  MovementSave,
} from '../../../../../src/shared/api/movements';
import { fromIsoDate, toIsoDate } from '../../../lib/format';

type Kind = MovementSave['kind'];
type MilestoneKind = MovementSave['milestones'][number]['kind'];

export interface LaunchDocumentValues {
  number?: string;
  date?: Dayjs;
  place?: string;
  issuer?: string;
  parentIssuer?: string;
  type?: string;
  signerAuthority?: string;
  signerPosition?: string;
  signerName?: string;
}

/** The review form's values: the API shape, with dates as Dayjs for the pickers. */
export interface MovementFormValues {
  launchDocument: LaunchDocumentValues;
  title: string;
  kind?: Kind;
  year?: number;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  parentMovementId?: string;
  fields: MovementField[];
  tasks: { number?: string; text: string; field?: MovementField }[];
  relatedMovements: string[];
  participantUnitIds: string[];
  milestones: { kind?: MilestoneKind; title?: string; dueOn?: Dayjs }[];
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
const text = (value: string | undefined) => value?.trim() || undefined;

function launchDocumentValues(doc: MovementDetail['launchDocument']): LaunchDocumentValues {
  return {
    number: orUndefined(doc.number),
    date: fromIsoDate(doc.date),
    place: orUndefined(doc.place),
    issuer: orUndefined(doc.issuer),
    parentIssuer: orUndefined(doc.parentIssuer),
    type: orUndefined(doc.type),
    signerAuthority: orUndefined(doc.signerAuthority),
    signerPosition: orUndefined(doc.signerPosition),
    signerName: orUndefined(doc.signerName),
  };
}

export function emptyValues(): MovementFormValues {
  return {
    launchDocument: {},
    title: '',
    kind: 'regular',
    year: new Date().getFullYear(),
    fields: [],
    tasks: [],
    relatedMovements: [],
    participantUnitIds: [],
    milestones: [],
  };
}

/** What the parser read: nothing is guessed beyond it (dates of the movement stay empty). */
export function valuesFromDraft({ draft }: MovementDraft): MovementFormValues {
  const docYear = draft.launchDocument.date ? Number(draft.launchDocument.date.slice(0, 4)) : undefined;
  return {
    ...emptyValues(),
    launchDocument: launchDocumentValues(draft.launchDocument),
    title: draft.title ?? '',
    kind: draft.kind,
    year: draft.year ?? docYear ?? new Date().getFullYear(),
    fields: draft.fields,
    tasks: draft.tasks.map((task) => ({
      number: orUndefined(task.number),
      text: task.text,
      field: orUndefined(task.field),
    })),
    relatedMovements: draft.relatedMovements,
    participantUnitIds: draft.participantUnitIds,
  };
}

export function valuesFromMovement(movement: MovementDetail): MovementFormValues {
  return {
    launchDocument: launchDocumentValues(movement.launchDocument),
    title: movement.title,
    kind: movement.kind,
    year: movement.year,
    startsOn: fromIsoDate(movement.startsOn),
    endsOn: fromIsoDate(movement.endsOn),
    parentMovementId: movement.parentMovement?.id,
    fields: movement.fields,
    tasks: movement.tasks.map((task) => ({
      number: orUndefined(task.number),
      text: task.text,
      field: orUndefined(task.field),
    })),
    relatedMovements: movement.relatedMovements,
    participantUnitIds: movement.participants.map((p) => p.unitId),
    milestones: movement.milestones.map((m) => ({
      kind: m.kind,
      title: m.title,
      dueOn: fromIsoDate(m.dueOn),
    })),
  };
}

/** Form values → the body of POST/PUT: empty texts are left out rather than stored as ''. */
export function toSaveBody(values: MovementFormValues): MovementSave {
  const doc = values.launchDocument ?? {};
  return {
    title: values.title.trim(),
    kind: values.kind!,
    year: values.year!,
    startsOn: toIsoDate(values.startsOn),
    endsOn: toIsoDate(values.endsOn),
    parentMovementId: values.parentMovementId || undefined,
    relatedMovements: (values.relatedMovements ?? []).map((m) => m.trim()).filter(Boolean),
    fields: values.fields ?? [],
    launchDocument: {
      number: text(doc.number),
      date: toIsoDate(doc.date),
      place: text(doc.place),
      issuer: text(doc.issuer),
      parentIssuer: text(doc.parentIssuer),
      type: text(doc.type),
      signerAuthority: text(doc.signerAuthority),
      signerPosition: text(doc.signerPosition),
      signerName: text(doc.signerName),
    },
    tasks: (values.tasks ?? []).map((task) => ({
      number: text(task.number),
      text: task.text.trim(),
      field: task.field || undefined,
    })),
    participantUnitIds: values.participantUnitIds ?? [],
    milestones: (values.milestones ?? []).map((m) => ({
      kind: m.kind!,
      title: (m.title ?? '').trim(),
      dueOn: toIsoDate(m.dueOn)!,
    })),
  };
}
