import type { ParsedDocument } from '../../../domain/documents/parse-document';
import { foldText } from '../../../domain/people/validate-person-row';
import { MOVEMENT_FIELDS, type MovementDraft, type MovementField } from '../../../shared/api/movements';

/*
 * What a parsed launching document says about a movement, before recipients are matched to units. Pure
 * and deliberately literal: a part the document does not print stays null or empty, nothing is guessed
 * beyond the rules below (each one written for 5834/PĐTĐ-UBND and documents laid out like it).
 */

export type DraftWithoutUnits = Omit<MovementDraft['draft'], 'participantUnitIds'>;

/** "đợt" or "chuyên đề" as whole words of the type or subject make a thematic (time-boxed) movement. */
function kindOf(doc: ParsedDocument): 'regular' | 'thematic' {
  const words = `${doc.type ?? ''} ${doc.subject ?? ''}`.normalize('NFC').toLocaleLowerCase('vi');
  return /(^|[^\p{L}])(đợt|chuyên đề)(?=[^\p{L}]|$)/u.test(words) ? 'thematic' : 'regular';
}

/**
 * The year the subject names ("… năm 2025"; else the first 4-digit year in it); without one, the year
 * of the document date, or the next year for a document dated in December (launched for the coming year).
 */
export function yearOf(doc: ParsedDocument): number | null {
  const subject = doc.subject ?? '';
  const named = /năm\s+((?:19|20)\d{2})\b/iu.exec(subject) ?? /\b((?:19|20)\d{2})\b/u.exec(subject);
  if (named) return Number(named[1]);
  if (!doc.date) return null;
  const [year, month] = doc.date.split('-').map(Number) as [number, number];
  return month === 12 ? year + 1 : year;
}

// Part 3 of the reference lists the fields as "Về lĩnh vực …:" headings; "trên các lĩnh vực kinh tế - xã
// hội" elsewhere is a phrase, not a heading, so the "về lĩnh vực" prefix is required.
const FIELD_PHRASES: Record<MovementField, string> = {
  economy: 've linh vuc kinh te',
  'culture-society': 've linh vuc van hoa',
  'defence-security': 've linh vuc quoc phong',
  'political-system': 've linh vuc xay dung he thong chinh tri',
};

function fieldsOf(body: string): MovementField[] {
  const folded = foldText(body.replace(/[*_]/g, ''));
  return MOVEMENT_FIELDS.filter((f) => folded.includes(FIELD_PHRASES[f]));
}

const QUOTED = /[“"]([^“”"]{3,400})[”"]/gu;

/**
 * Movements named in quotes: a quoted phrase right after "phong trào" / "phong trào thi đua" (optionally
 * "như:"), and the quoted phrases that follow it separated only by commas ("phong trào thi đua “A”, “B”").
 * A quoted phrase elsewhere (a directive's title, a slogan) is not a movement. Only phrases that start with
 * a capital letter count; markdown emphasis is removed; the first spelling of each name is kept.
 */
export function relatedMovementsOf(texts: readonly string[]): string[] {
  const found = new Map<string, string>();
  for (const text of texts) {
    let previousEnd = 0;
    let inChain = false;
    for (const match of text.matchAll(QUOTED)) {
      const gap = foldText(text.slice(previousEnd, match.index).replace(/[*_]/g, ''));
      previousEnd = match.index + match[0].length;
      const afterMovement = /phong trao( thi dua)?( nhu)?\s*:?$/.test(gap);
      const continues: boolean = inChain && /^,?$/.test(gap);
      inChain = afterMovement || continues;
      const name = match[1]!.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
      if (!inChain || !/^\p{Lu}/u.test(name)) continue;
      const key = foldText(name);
      if (!found.has(key)) found.set(key, name);
    }
  }
  return [...found.values()];
}

/** The draft a staff member corrects before saving: nothing here is stored. */
export function draftFromDocument(doc: ParsedDocument): DraftWithoutUnits {
  const texts = doc.sections.map((s) => s.text);
  return {
    title: doc.subject,
    kind: kindOf(doc),
    year: yearOf(doc),
    launchDocument: {
      number: doc.number,
      date: doc.date,
      place: doc.place,
      issuer: doc.issuer,
      parentIssuer: doc.parentIssuer,
      type: doc.type,
      signerAuthority: doc.signer?.authority ?? null,
      signerPosition: doc.signer?.position ?? null,
      signerName: doc.signer?.name ?? null,
    },
    tasks: doc.sections.map((s) => ({ number: s.number, text: s.text, field: null })),
    fields: fieldsOf(texts.join('\n')),
    relatedMovements: relatedMovementsOf(texts),
  };
}

export type RecipientRule =
  | { kind: 'unit-kinds'; unitKinds: readonly string[] }
  | { kind: 'by-name'; folded: string };

/**
 * How a "Nơi nhận" line names units: the two group lines of a city's launching document name every ward
 * and commune, or every agency and public-service unit; any other line is matched to one unit by name.
 */
export function recipientRuleOf(recipient: string): RecipientRule {
  const folded = foldText(recipient.replace(/[;.]+$/u, ''));
  if (/^(ubnd|uy ban nhan dan) cac (xa, phuong|phuong, xa|xa|phuong)\b/.test(folded)) {
    return { kind: 'unit-kinds', unitKinds: ['ward', 'commune'] };
  }
  if (/^cac co quan, don vi\b/.test(folded)) {
    return { kind: 'unit-kinds', unitKinds: ['agency', 'public-service-unit'] };
  }
  return { kind: 'by-name', folded };
}

/** "Lưu: VT" is the issuer's filing copy, not a recipient. */
export function isFilingCopy(recipient: string): boolean {
  return /^lưu\b/iu.test(recipient.normalize('NFC').trim());
}
