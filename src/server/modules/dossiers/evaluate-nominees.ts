import { eq, sql } from 'drizzle-orm';
import {
  type EligibilityOutput,
  evaluateEligibility,
} from '../../../domain/eligibility/evaluate-eligibility';
import type { Catalogue } from '../../../domain/law/catalogue';
import type { NomineeFlag } from '../../../shared/api/dossiers';
import type { DbOrTx } from '../../db/client';
import {
  buildPersonHistories,
  buildUnitHistory,
  type CandidateHistory,
} from '../eligibility/build-eligibility-input';
import { catalogueOf } from '../law/law-overrides';
import { readDossierSettings } from './dossier-settings';
import type { DossierRow } from './dossiers.policy';
import { dossierNominee } from './dossiers.schema';

type NomineeRow = typeof dossierNominee.$inferSelect;

/** What is stored per run: the engine's output, or why it could not run (then nobody is "eligible"). */
export type StoredVerdict =
  | EligibilityOutput
  | { status: 'needs-attestation'; error: string; criteria: EligibilityOutput['criteria'] };

function emptyHistory(kind: 'household' | 'individual' | 'collective'): CandidateHistory {
  return {
    kind: kind as CandidateHistory['kind'],
    records: [],
    initiatives: [],
    scienceWorks: [],
    discipline: [],
    underReview: false,
    attestations: {},
  };
}

function evaluateOne(
  dossier: DossierRow,
  nominee: NomineeRow,
  history: CandidateHistory | undefined,
  authorityLevel: string,
  catalogue: Catalogue,
): StoredVerdict {
  const candidate = {
    ...(history ?? emptyHistory(nominee.kind as 'household')),
    attestations: nominee.attestations as Record<string, boolean>,
  };
  try {
    return evaluateEligibility(
      { award: dossier.awardCode, year: dossier.year, authority: { level: authorityLevel }, candidate },
      catalogue,
    );
  } catch (error) {
    const message = `Không chạy được bộ kiểm tra điều kiện: ${(error as Error).message}. Cần thẩm định thủ công.`;
    return {
      status: 'needs-attestation',
      error: (error as Error).message,
      criteria: [{ id: 'engine.unavailable', ok: null, source: '', message }],
    };
  }
}

/** Double counting (Law Art 5; Decree 152 Art 4(3)): reused initiatives, ad-hoc results, duplicate proposals. */
export async function detectFlags(
  tx: DbOrTx,
  dossier: DossierRow,
  nominee: NomineeRow,
): Promise<NomineeFlag[]> {
  const flags: NomineeFlag[] = [];
  if (nominee.initiativeIds.length > 0) {
    const ids = sql.param(nominee.initiativeIds);
    const reused = await tx.execute<{ dossier_id: string; dossier_title: string; initiative: string }>(sql`
      SELECT DISTINCT d.id AS dossier_id, d.title AS dossier_title, i.title AS initiative
        FROM dossier_nominee n JOIN dossier d ON d.id = n.dossier_id
        JOIN initiative i ON i.id = ANY(n.initiative_ids)
       WHERE n.id <> ${nominee.id} AND n.initiative_ids && ${ids}::uuid[] AND i.id = ANY(${ids}::uuid[])
         AND d.status NOT IN ('withdrawn', 'rejected')`);
    for (const r of reused.rows) {
      flags.push({
        code: 'initiative-reused',
        message: `Sáng kiến “${r.initiative}” cũng được dùng trong hồ sơ “${r.dossier_title}”.`,
        otherDossierId: r.dossier_id,
      });
    }
    const rewarded = await tx.execute<{ initiative: string; award_code: string; year: number }>(sql`
      SELECT i.title AS initiative, g.award_code, g.year FROM initiative_use u
        JOIN initiative i ON i.id = u.initiative_id JOIN award_grant g ON g.id = u.award_grant_id
       WHERE u.initiative_id = ANY(${ids}::uuid[]) AND g.status = 'valid'`);
    for (const r of rewarded.rows) {
      flags.push({
        code: 'initiative-already-rewarded',
        message: `Sáng kiến “${r.initiative}” đã được dùng làm căn cứ khen thưởng năm ${r.year}.`,
        otherDossierId: null,
      });
    }
  }
  if (dossier.track === 'regular' && nominee.basisGrantIds.length > 0) {
    const adhoc = await tx.execute<{ award_code: string; year: number; track: string }>(sql`
      SELECT award_code, year, track FROM award_grant
       WHERE id = ANY(${sql.param(nominee.basisGrantIds)}::uuid[]) AND track IN ('ad-hoc', 'thematic')`);
    for (const r of adhoc.rows) {
      const kind = r.track === 'ad-hoc' ? 'đột xuất' : 'theo chuyên đề';
      flags.push({
        code: 'adhoc-basis',
        message: `Khen thưởng ${kind} năm ${r.year} không được dùng làm căn cứ đề nghị khen thưởng công trạng (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3).`,
        otherDossierId: null,
      });
    }
  }
  const same =
    nominee.kind === 'individual'
      ? sql`n.person_id = ${nominee.personId}`
      : nominee.kind === 'collective'
        ? sql`n.kind = 'collective' AND n.unit_id = ${nominee.unitId}`
        : sql`n.kind = 'household' AND n.unit_id = ${nominee.unitId} AND tdkt_fold(n.household_name) = tdkt_fold(${nominee.householdName})`;
  const duplicates = await tx.execute<{ dossier_id: string; title: string }>(sql`
    SELECT DISTINCT d.id AS dossier_id, d.title FROM dossier_nominee n JOIN dossier d ON d.id = n.dossier_id
     WHERE n.id <> ${nominee.id} AND ${same} AND d.year = ${dossier.year} AND d.award_code = ${dossier.awardCode}
       AND d.status NOT IN ('withdrawn', 'rejected')`);
  for (const r of duplicates.rows) {
    flags.push({
      code: 'duplicate-proposal',
      message: `Đã được đề nghị cùng danh hiệu, cùng năm trong hồ sơ “${r.title}”.`,
      otherDossierId: r.dossier_id,
    });
  }
  return flags;
}

/**
 * Run the law engine for every nominee of the dossier with the database-backed input builder and store
 * the verdict snapshot for the stage (submission or appraisal), with the double-counting flags.
 */
export async function evaluateNominees(
  tx: DbOrTx,
  dossier: DossierRow,
  stage: 'submission' | 'appraisal',
  now: Date,
  onlyNomineeId?: string,
): Promise<void> {
  const nominees = (
    await tx.select().from(dossierNominee).where(eq(dossierNominee.dossierId, dossier.id))
  ).filter((n) => !onlyNomineeId || n.id === onlyNomineeId);
  if (nominees.length === 0) return;
  const catalogue = await catalogueOf(tx);
  const settings = await readDossierSettings(tx);
  const personIds = nominees.flatMap((n) => (n.kind === 'individual' && n.personId ? [n.personId] : []));
  const people = await buildPersonHistories(tx, personIds, dossier.year);
  for (const nominee of nominees) {
    const history =
      nominee.kind === 'individual'
        ? people.get(nominee.personId!)
        : nominee.kind === 'collective'
          ? ((await buildUnitHistory(tx, nominee.unitId!, dossier.year)) ?? undefined)
          : undefined;
    const verdict = evaluateOne(dossier, nominee, history, settings.authorityLevel, catalogue);
    const flags = await detectFlags(tx, dossier, nominee);
    const engineStatus = verdict.status;
    const stageValues =
      stage === 'submission'
        ? {
            submissionVerdict: verdict,
            submissionVerdictAt: now,
            appraisalVerdict: null,
            appraisalVerdictAt: null,
          }
        : { appraisalVerdict: verdict, appraisalVerdictAt: now };
    await tx
      .update(dossierNominee)
      .set({
        ...stageValues,
        engineStatus,
        verdictStatus: nominee.overrideStatus ?? engineStatus,
        flags,
        updatedAt: now,
      })
      .where(eq(dossierNominee.id, nominee.id));
  }
}
