import { and, desc, eq, sql } from 'drizzle-orm';
import { punctuateLegalBases } from '../../../domain/decisions/decision-number';
import {
  annexTitleOf,
  authorityLineOf,
  awardPhraseOf,
  deciderShortOf,
  decisionArticlesOf,
  formatVnd,
  kindsWordOf,
} from '../../../domain/decisions/decision-text';
import { DEFAULT_CATALOGUE } from '../../../domain/law/catalogue';
import type { Decision } from '../../../shared/api/decisions';
import type { DbOrTx } from '../../db/client';
import { renderTemplate } from '../../documents/render-template';
import type { DecisionData } from '../../documents/template-data';
import type { Actor } from '../auth/actor';
import { issuedDocument } from '../documents/documents.schema';
import { issueDocument } from '../documents/issue-document';

/** The template data of a decision (a draft prints "   /QĐ-UBND" and no golden-book numbers). */
export async function decisionDataOf(db: DbOrTx, d: Decision): Promise<DecisionData> {
  const { rows } = await db.execute<{ name: string; kind: string }>(
    sql`SELECT name, kind FROM unit WHERE id = ${d.issuerUnitId}`,
  );
  const issuerUnit = rows[0] ?? { name: d.issuerName, kind: 'peoples-committee' };
  const unitIds = [...new Set(d.entries.map((e) => e.unitId))];
  const { rows: units } = unitIds.length
    ? await db.execute<{ id: string; name: string }>(
        sql`SELECT id, name FROM unit WHERE id IN (${sql.join(
          unitIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      )
    : { rows: [] as { id: string; name: string }[] };
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const award = d.awardCode ? DEFAULT_CATALOGUE.awards.get(d.awardCode as never) : undefined;
  const awardPhrase = awardPhraseOf(d.awardName ?? '', award?.awardClass ?? 'title');
  const kindsWord = kindsWordOf([...new Set(d.entries.map((e) => e.recipientKind))]);
  const year = Number(d.subject.match(/năm (\d{4})/)?.[1] ?? d.year);
  const bases = punctuateLegalBases([...d.legalBases, ...(d.proposedBy ? [d.proposedBy] : [])]);
  return {
    parentIssuer: d.parentIssuer ?? '',
    issuer: d.issuerName,
    number: d.numberText ?? `     /${d.symbol}`,
    place: d.place,
    date: d.decisionDate,
    authority: authorityLineOf(d.issuerName),
    subject: d.subject,
    legalBases: bases.map((text) => ({ text })),
    ...decisionArticlesOf({
      awardPhrase,
      year,
      count: d.entries.length,
      kindsWord,
      totalAmount: d.totalAmount,
    }),
    annexTitle: annexTitleOf(kindsWord, awardPhrase, year),
    deciderShort: deciderShortOf(issuerUnit.name, issuerUnit.kind),
    recipients: d.entries.map((e, i) => {
      const unitName = unitNames.get(e.unitId) ?? '';
      const isIndividual = e.recipientKind === 'individual';
      const suffix = `, ${unitName}`;
      const position =
        isIndividual && e.positionUnit.endsWith(suffix) ? e.positionUnit.slice(0, -suffix.length) : '';
      return {
        stt: String(i + 1),
        fullName: e.displayName,
        position,
        unitName: isIndividual ? unitName : e.positionUnit,
        goldenBookNumber: e.goldenBookNumber ?? '',
        amount: e.prizeAmount > 0 ? formatVnd(e.prizeAmount) : '',
      };
    }),
    totalAmount: d.totalAmount > 0 ? formatVnd(d.totalAmount) : '',
    signerAuthority: d.signerAuthority,
    signerPosition: d.signerPosition,
    signerName: d.signerName,
    copyTo: d.recipients.map((text, i) => ({
      text: `${text.replace(/[;.]+$/, '')}${i === d.recipients.length - 1 ? '.' : ';'}`,
    })),
  };
}

export function decisionFileName(d: Decision): string {
  const number = d.numberText ? d.numberText.replace(/\//g, '-') : 'du-thao';
  return `quyet-dinh-${number}.docx`;
}

/** Render the decision with the active 'decision' template. */
export async function renderDecision(db: DbOrTx, d: Decision) {
  return renderTemplate(db, 'decision', await decisionDataOf(db, d));
}

/**
 * Keep the issued decision's .docx with the template version it was made from (inside the issuing
 * transaction, through the documents module), so a later template upload never changes a signed one.
 */
export async function keepIssuedDecision(tx: DbOrTx, actor: Actor, d: Decision): Promise<string> {
  const issued = await issueDocument(
    tx,
    actor,
    'decision',
    await decisionDataOf(tx, d),
    { kind: 'decision', id: d.id },
    decisionFileName(d),
  );
  return issued.id;
}

/** The .docx kept when the decision was issued (null for a draft). */
export async function issuedDecisionFile(db: DbOrTx, decisionId: string) {
  const [row] = await db
    .select({ file: issuedDocument.file, fileName: issuedDocument.fileName })
    .from(issuedDocument)
    .where(and(eq(issuedDocument.ownerKind, 'decision'), eq(issuedDocument.ownerId, decisionId)))
    .orderBy(desc(issuedDocument.createdAt))
    .limit(1);
  return row ?? null;
}
