import { eq, sql } from 'drizzle-orm';
import { DEFAULT_STEP_DEADLINES } from '../../../domain/dossiers/working-days';
import { type DossierSettings, DossierSettingsSchema } from '../../../shared/api/dossiers';
import type { DbOrTx } from '../../db/client';
import { appSetting } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';

const KEY = 'dossier.settings';

/**
 * Configurable defaults, named as such in the UI: no national text fixes the step deadlines or the
 * pre-reform processing time at commune or ward level (legal.md §4.4, UNVERIFIED).
 */
export const DEFAULT_DOSSIER_SETTINGS: DossierSettings = {
  deadlines: { ...DEFAULT_STEP_DEADLINES },
  baselineDays: 20,
  reductionPercent: 30,
  // Since 1/7/2025 (Decree 129/2025 Art 59) the commune or ward chairman holds the former district powers.
  authorityLevel: 'commune',
};

export async function readDossierSettings(db: DbOrTx): Promise<DossierSettings> {
  const [row] = await db.select().from(appSetting).where(eq(appSetting.key, KEY));
  if (!row) return DEFAULT_DOSSIER_SETTINGS;
  const value = row.value as Partial<DossierSettings>;
  const merged = {
    ...DEFAULT_DOSSIER_SETTINGS,
    ...value,
    deadlines: { ...DEFAULT_DOSSIER_SETTINGS.deadlines, ...(value.deadlines ?? {}) },
  };
  const parsed = DossierSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_DOSSIER_SETTINGS;
}

/** Save the deadlines and the processing-time baseline (administrators), audited. */
export async function saveDossierSettings(
  tx: DbOrTx,
  actor: Actor,
  value: DossierSettings,
): Promise<DossierSettings> {
  const before = await readDossierSettings(tx);
  await tx
    .insert(appSetting)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: appSetting.key, set: { value, updatedAt: sql`now()` } });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'settings.dossier.update',
    objectType: 'app_setting',
    objectId: KEY,
    before,
    after: value,
  });
  return value;
}
