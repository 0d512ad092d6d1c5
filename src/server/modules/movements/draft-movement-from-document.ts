import { sql } from 'drizzle-orm';
import { parseAdministrativeDocument } from '../../../domain/documents/parse-document';
import { foldText } from '../../../domain/people/validate-person-row';
import type { MovementDraft } from '../../../shared/api/movements';
import type { DbOrTx } from '../../db/client';
import { DocumentReadError, documentBytesToText } from '../../documents/read-document-file';
import { badRequest } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { draftFromDocument, isFilingCopy, recipientRuleOf } from './movement-draft';

export interface UploadedDocument {
  buffer: Buffer;
  fileName: string;
}

type UnitRef = { id: string; name: string; short_name: string | null; kind: string };

/** The document's text, or 400 with the Vietnamese half of the reader's message. */
function textOf(file: UploadedDocument): string {
  try {
    return documentBytesToText(file.buffer, file.fileName || 'tệp tải lên');
  } catch (error) {
    if (error instanceof DocumentReadError) {
      throw badRequest(error.message.split('\n')[0]!, [{ path: 'file', message: 'Tệp không đọc được' }]);
    }
    throw error;
  }
}

/** "Nơi nhận" lines → units of the actor's subtree (active ones); unmatched lines keep unitIds []. */
function matchRecipients(recipients: readonly string[], units: readonly UnitRef[]) {
  return recipients
    .filter((text) => !isFilingCopy(text))
    .map((text) => {
      const rule = recipientRuleOf(text);
      const unitIds =
        rule.kind === 'unit-kinds'
          ? units.filter((u) => rule.unitKinds.includes(u.kind)).map((u) => u.id)
          : units
              .filter(
                (u) =>
                  foldText(u.name) === rule.folded ||
                  (u.short_name !== null && foldText(u.short_name) === rule.folded),
              )
              .map((u) => u.id);
      return { text, unitIds };
    });
}

/** Parse an uploaded launching document into a movement draft for staff to correct; nothing is stored. */
export async function draftMovementFromDocument(
  db: DbOrTx,
  actor: Actor,
  file: UploadedDocument,
): Promise<MovementDraft> {
  const parsed = parseAdministrativeDocument(textOf(file));
  const { rows: units } = await db.execute<UnitRef>(sql`
    SELECT id, name, short_name, kind FROM unit
     WHERE path LIKE ${`${actor.scopePath}%`} AND status = 'active'
     ORDER BY sort_order, name COLLATE "vi-x-icu", id`);
  const recipients = matchRecipients(parsed.recipients, units);
  const participantUnitIds = [...new Set(recipients.flatMap((r) => r.unitIds))];
  return { draft: { ...draftFromDocument(parsed), participantUnitIds }, recipients };
}
