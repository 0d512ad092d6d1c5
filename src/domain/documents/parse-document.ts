import { z } from 'zod';
import { findPlaceDate } from './document-date';
import { parseHeader } from './header';
import { toDocLines } from './normalize-lines';
import { parseRecipients } from './recipients';
import { parseSections } from './sections';
import { parseSigner } from './signer';
import { parseTitle } from './title';

/** The parts of a Vietnamese administrative document (contracts §2.2). */
export const ParsedDocumentSchema = z.object({
  issuer: z.string().nullable(),
  parentIssuer: z.string().nullable(),
  number: z.string().nullable(),
  place: z.string().nullable(),
  date: z.iso.date().nullable(),
  type: z.string().nullable(),
  subject: z.string().nullable(),
  signer: z
    .object({
      authority: z.string().nullable(),
      position: z.string().nullable(),
      name: z.string().nullable(),
    })
    .nullable(),
  recipients: z.array(z.string()),
  sections: z.array(z.object({ number: z.string(), text: z.string() })),
});
export type ParsedDocument = z.infer<typeof ParsedDocumentSchema>;

/**
 * Parse the text of an administrative document laid out per Decree 30/2020 (plain text, markdown, or a
 * .docx rendered to text with tables as "| cell | cell |" rows). Pure: what is not printed is null or [].
 */
export function parseAdministrativeDocument(text: string): ParsedDocument {
  const lines = toDocLines(text);
  const placeDate = findPlaceDate(lines);
  const header = parseHeader(lines, placeDate?.index ?? null);
  const title = parseTitle(lines, header.end, header.numberSubject);
  const recipients = parseRecipients(lines, title.bodyStart);
  const inRecipients = (i: number) =>
    recipients.start !== null && recipients.end !== null && i >= recipients.start && i < recipients.end;
  const signer = parseSigner(lines, title.bodyStart, inRecipients);
  const bodyEnds = [recipients.start, signer.start, lines.length].filter(
    (i): i is number => i !== null && i >= title.bodyStart,
  );
  if (placeDate && placeDate.index >= title.bodyStart) bodyEnds.push(placeDate.index);
  const sections = parseSections(lines, title.bodyStart, Math.min(...bodyEnds));
  return {
    issuer: header.issuer,
    parentIssuer: header.parentIssuer,
    number: header.number,
    place: placeDate?.value.place ?? null,
    date: placeDate?.value.date ?? null,
    type: title.type,
    subject: title.subject,
    signer: signer.signer,
    recipients: recipients.recipients,
    sections,
  };
}
