import type { AppContext } from '../src/server/app-context';
import type { Database } from '../src/server/db/client';
import { convertDocxToPdf } from '../src/server/documents/convert-to-pdf';
import { renderTemplate } from '../src/server/documents/render-template';
import { SAMPLE_DATA } from '../src/server/documents/sample-data';
import { readEnv } from '../src/server/env';
import type { Actor } from '../src/server/modules/auth/actor';
import { getCertificateJob, startCertificateJob } from '../src/server/modules/documents/certificate-jobs';

/*
 * Issue 6 targets: 1,000 certificates of one decision in one batch (≤ 30 s: the real use case, the
 * background job and its progress rows, until the merged PDF is stored) and a decision whose annex
 * lists 500 names (≤ 2 s to fill the Word template). The PDF conversion of that decision by LibreOffice
 * is reported for information.
 */

type Record = (name: string, samples: number[], target: string, ok: boolean | null) => void;

export async function benchDocuments(database: Database, actor: Actor, record: Record): Promise<void> {
  const { rows } = await database.pool.query<{ n: number }>(
    `WITH chosen AS (SELECT id, unit_id FROM person ORDER BY id LIMIT 1000)
     INSERT INTO award_grant (award_code, recipient_kind, person_id, unit_id, year, decision_number, decision_date, issuer, golden_book_number)
     SELECT 'chien-si-thi-dua-co-so', 'individual', id, unit_id, 2025, '999/QĐ-UBND', '2026-01-15',
            'Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm', 'SV-2025-' || lpad((row_number() OVER (ORDER BY id))::text, 4, '0')
       FROM chosen RETURNING 1`,
  );
  const n = rows.length;
  const app = {
    env: readEnv({ TDKT_SECRET: 'bench-secret-that-is-long-enough-0123456789' }),
    database,
  } as AppContext;
  const started = performance.now();
  const job = await startCertificateJob(
    app,
    actor,
    { decisionNumber: '999/QĐ-UBND' },
    'https://tdkt.example.vn',
  );
  let status = job.status;
  while (status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = (await getCertificateJob(database.db, actor, job.id)).status;
  }
  const batchMs = performance.now() - started;
  if (status !== 'done') throw new Error(`certificate job ended ${status}`);
  const { rows: size } = await database.pool.query<{ bytes: number }>(
    'SELECT octet_length(file)::int AS bytes FROM certificate_job WHERE id = $1',
    [job.id],
  );
  record(
    `in ${n.toLocaleString('vi-VN')} giấy chứng nhận một quyết định (1 tệp PDF ${(size[0]!.bytes / 1e6).toFixed(1)} MB)`,
    [batchMs],
    '≤ 30 s',
    batchMs <= 30_000,
  );

  const base = SAMPLE_DATA.decision;
  const recipients = Array.from({ length: 500 }, (_, i) => ({
    ...base.recipients[i % base.recipients.length]!,
    stt: String(i + 1),
    goldenBookNumber: `SV-2025-${String(i + 1).padStart(4, '0')}`,
  }));
  const data = { ...base, recipients };
  const samples: number[] = [];
  let docx: Buffer = Buffer.alloc(0);
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    docx = (await renderTemplate(database.db, 'decision', data)).buffer;
    samples.push(performance.now() - t0);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  record('quyết định kèm danh sách 500 người (.docx)', samples, '≤ 2 s', sorted[sorted.length - 1]! <= 2_000);
  const t1 = performance.now();
  const pdf = await convertDocxToPdf(docx);
  if (pdf)
    record('  … chuyển quyết định 500 người sang PDF (LibreOffice)', [performance.now() - t1], '—', null);
}
