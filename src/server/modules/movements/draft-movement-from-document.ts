import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { parseAdministrativeDocument } from '../../../domain/documents/parse-document';
import { foldText } from '../../../domain/people/validate-person-row';
import type { MovementDraft } from '../../../shared/api/movements';
import type { DbOrTx } from '../../db/client';
import { DocumentReadError, documentBytesToText } from '../../documents/read-document-file';
import { badRequest } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { storeUpload } from '../files/store-upload';
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

/** Before a movement exists, its uploaded launching document is kept under this owner kind. */
export const MOVEMENT_DRAFT_FILE_KIND = 'movement-draft';

/**
 * Parse an uploaded launching document into a movement draft for staff to correct. No movement is
 * stored; the file is kept (`documentFileId`) so that saving the movement keeps it as its document.
 */
export async function draftMovementFromDocument(
  db: DbOrTx,
  actor: Actor,
  file: UploadedDocument,
  maxBytes: number,
): Promise<MovementDraft> {
  const parsed = parseAdministrativeDocument(textOf(file));
  const { rows: units } = await db.execute<UnitRef>(sql`
    SELECT id, name, short_name, kind FROM unit
     WHERE path LIKE ${`${actor.scopePath}%`} AND status = 'active'
     ORDER BY sort_order, name COLLATE "vi-x-icu", id`);
  const recipients = matchRecipients(parsed.recipients, units);
  const participantUnitIds = [...new Set(recipients.flatMap((r) => r.unitIds))];
  const stored = await db.transaction((tx) =>
    storeUpload(tx, actor, {
      filename: file.fileName || 'van-ban-phat-dong.txt',
      buffer: file.buffer,
      allowed: ['docx', 'txt', 'md'],
      maxBytes: maxBytes,
      ownerKind: MOVEMENT_DRAFT_FILE_KIND,
      ownerId: randomUUID(),
      unitId: actor.unitId,
      purpose: 'launch-document',
    }),
  );
  return {
    draft: { ...draftFromDocument(parsed), participantUnitIds },
    recipients,
    documentFileId: stored.id,
  };
}
