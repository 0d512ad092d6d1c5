import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type {
  CertificateDecision,
  CertificateJob,
  CertificateJobCreate,
} from '../../../shared/api/documents';
import type { AppContext } from '../../app-context';
import type { DbOrTx } from '../../db/client';
import { renderCertificates } from '../../documents/certificate-pdf';
import { AppError, notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { certificateDataOf, loadGrantRows, verificationKey } from './certificate-data';
import { certificateJob } from './documents.schema';

/** A batch larger than this is refused (one decision never names that many). */
export const MAX_BATCH = 10_000;
const PROGRESS_EVERY = 25;
/** A running job not updated for this long died with its process. */
const STALE_MS = 5 * 60_000;

const inScope = (actor: Actor) => sql`u.path LIKE ${`${actor.scopePath}%`}`;

/** Decisions in the registry with the number of grants in the actor's units (for the picker). */
export async function listCertificateDecisions(
  db: DbOrTx,
  actor: Actor,
  q: string | undefined,
): Promise<{ items: CertificateDecision[] }> {
  const filter = q ? sql`AND g.decision_number ILIKE ${`%${q.replace(/[%_\\]/g, '\\$&')}%`}` : sql``;
  const { rows } = await db.execute<{
    decision_number: string;
    decision_date: string | null;
    issuer: string | null;
    award_codes: string[];
    count: number;
  }>(sql`
    SELECT g.decision_number, max(g.decision_date)::text AS decision_date, g.issuer,
           array_agg(DISTINCT g.award_code) AS award_codes, count(*)::int AS count
      FROM award_grant g JOIN unit u ON u.id = g.unit_id
     WHERE g.decision_number IS NOT NULL AND ${inScope(actor)} ${filter}
     GROUP BY g.decision_number, g.issuer
     ORDER BY max(g.decision_date) DESC NULLS LAST, g.decision_number
     LIMIT 100`);
  return {
    items: rows.map((r) => ({
      decisionNumber: r.decision_number,
      decisionDate: r.decision_date,
      issuer: r.issuer,
      awardCodes: r.award_codes,
      count: r.count,
    })),
  };
}

function present(row: typeof certificateJob.$inferSelect): CertificateJob {
  return {
    id: row.id,
    decisionNumber: row.decisionNumber,
    issuer: row.issuer,
    status: row.status as CertificateJob['status'],
    total: row.total,
    done: row.done,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

// One batch at a time per process: certificates are CPU work and the machine has two cores.
let queue: Promise<void> = Promise.resolve();

/**
 * Start printing every certificate of a decision (grants in the actor's units) into one PDF, in the
 * background; the job row carries done/total for the page to poll.
 */
export async function startCertificateJob(
  app: AppContext,
  actor: Actor,
  input: CertificateJobCreate,
  baseUrl: string,
): Promise<CertificateJob> {
  const { db } = app.database;
  const where = and(
    sql`g.decision_number = ${input.decisionNumber}`,
    input.issuer ? sql`g.issuer = ${input.issuer}` : undefined,
    inScope(actor),
  )!;
  const rows = await loadGrantRows(db, where, MAX_BATCH + 1);
  if (rows.length === 0) {
    throw new AppError(
      'NOT_FOUND',
      `Không có khen thưởng nào theo quyết định số "${input.decisionNumber}" trong các đơn vị bạn quản lý.`,
    );
  }
  if (rows.length > MAX_BATCH) {
    throw new AppError('UNPROCESSABLE', `Quyết định có quá ${MAX_BATCH} người; hãy in theo từng đơn vị.`);
  }
  const job = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(certificateJob)
      .values({
        decisionNumber: input.decisionNumber,
        issuer: input.issuer || null,
        total: rows.length,
        createdBy: actor.email,
      })
      .returning();
    await writeAudit(tx, auditContextOf(actor), {
      action: 'certificate.batch',
      objectType: 'certificate_job',
      objectId: row!.id,
      after: { decisionNumber: input.decisionNumber, issuer: input.issuer ?? null, total: rows.length },
    });
    return row!;
  });
  const key = await verificationKey(app);
  const list = rows.map((r) => certificateDataOf(r, key, baseUrl));
  queue = queue.then(() => runJob(db, job.id, list, input.decisionNumber));
  return present(job);
}

async function runJob(
  db: DbOrTx,
  id: string,
  list: Parameters<typeof renderCertificates>[0],
  decisionNumber: string,
): Promise<void> {
  try {
    // Waiting in the queue is not a stall: the clock for "interrupted" starts when the work does.
    await db.update(certificateJob).set({ updatedAt: new Date() }).where(eq(certificateJob.id, id));
    const file = await renderCertificates(
      list,
      `Giấy chứng nhận - Quyết định ${decisionNumber}`,
      async (done) => {
        if (done % PROGRESS_EVERY === 0 && done < list.length) {
          await db
            .update(certificateJob)
            .set({ done, updatedAt: new Date() })
            .where(eq(certificateJob.id, id));
        }
      },
    );
    const now = new Date();
    await db
      .update(certificateJob)
      .set({ done: list.length, status: 'done', file, finishedAt: now, updatedAt: now })
      .where(eq(certificateJob.id, id));
  } catch {
    const now = new Date();
    await db
      .update(certificateJob)
      .set({
        status: 'failed',
        error: 'Không tạo được tệp PDF; hãy thử lại.',
        finishedAt: now,
        updatedAt: now,
      })
      .where(eq(certificateJob.id, id))
      .catch(() => {});
  }
}

async function loadJob(db: DbOrTx, actor: Actor, id: string) {
  // A job is seen by whoever started it, or by anyone with the same scope (the office's staff).
  const [row] = await db.select().from(certificateJob).where(eq(certificateJob.id, id));
  if (!row) throw notFound('Lượt in');
  const { rows } = await db.execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM award_grant g JOIN unit u ON u.id = g.unit_id
     WHERE g.decision_number = ${row.decisionNumber} AND ${inScope(actor)}`);
  if (row.createdBy !== actor.email && (rows[0]?.n ?? 0) < row.total) throw notFound('Lượt in');
  return row;
}

/** A job's progress; a job whose process died is reported as failed. */
export async function getCertificateJob(db: DbOrTx, actor: Actor, id: string): Promise<CertificateJob> {
  const row = await loadJob(db, actor, id);
  if (row.status === 'running' && Date.now() - row.updatedAt.getTime() > STALE_MS) {
    await db
      .update(certificateJob)
      .set({ status: 'failed', error: 'Lượt in bị gián đoạn; hãy in lại.', finishedAt: new Date() })
      .where(and(eq(certificateJob.id, id), lt(certificateJob.updatedAt, new Date(Date.now() - STALE_MS))));
    return getCertificateJob(db, actor, id);
  }
  return present(row);
}

/** The merged PDF of a finished job (audited as a download). */
export async function loadCertificateJobFile(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<{ file: Buffer; decisionNumber: string }> {
  const row = await loadJob(db, actor, id);
  if (row.status !== 'done' || !row.file) {
    throw new AppError('CONFLICT', 'Tệp chưa sẵn sàng: lượt in chưa xong hoặc đã lỗi.');
  }
  await writeAudit(db, auditContextOf(actor), {
    action: 'certificate.download',
    objectType: 'certificate_job',
    objectId: id,
    after: { decisionNumber: row.decisionNumber, total: row.total },
  });
  return { file: row.file, decisionNumber: row.decisionNumber };
}

/** The actor's latest jobs (newest first). */
export async function listCertificateJobs(db: DbOrTx, actor: Actor): Promise<{ items: CertificateJob[] }> {
  const rows = await db
    .select()
    .from(certificateJob)
    .where(eq(certificateJob.createdBy, actor.email))
    .orderBy(desc(certificateJob.createdAt))
    .limit(20);
  return { items: rows.map(present) };
}
