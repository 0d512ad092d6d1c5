/*
 * `npm run bench`: the foundation's speed targets on this machine, printed as a table with p50/p95.
 *   - generate and insert 200,000 people (with 4 years of ratings) into a fresh embedded database;
 *   - import a 20,000-row workbook through the real import use case (parse, validate, insert, audit):
 *     target ≤ 20 s;
 *   - diacritic-insensitive name search through the real list query at 200,000 people: target p95 ≤ 50 ms;
 *   - 1,000 certificates of one decision in one PDF (≤ 30 s) and a decision with a 500-name annex (≤ 2 s).
 * Each benchmark stops by itself; nothing leaves 127.0.0.1.
 * `npm run bench -- --load` adds the load checks H1–H4 in their short form (bench/load.ts --quick).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  evaluateIndividualAwards,
  individualAwardCodes,
} from '../src/domain/eligibility/evaluate-individual-awards';
import { DEFAULT_CATALOGUE } from '../src/domain/law/catalogue';
import { IMPORT_COLUMNS } from '../src/domain/people/validate-person-row';
import { migrateDatabase, openDatabase } from '../src/server/db/client';
import { startEmbeddedDatabase } from '../src/server/db/embedded';
import type { Actor } from '../src/server/modules/auth/actor';
import { forEachHistoryPage } from '../src/server/modules/eligibility/build-eligibility-input';
import { commitPeopleImport, previewPeopleImport } from '../src/server/modules/people/import-people';
import { queryPeople } from '../src/server/modules/people/people.queries';
import { insertPeopleBatch, insertRatingsBatch, insertUnit } from '../src/server/seed/factories';
import { generatePeople, generateRatings } from '../src/server/seed/people-generator';
import { ETHNICITIES, STAFF_TYPE_LABELS } from '../src/shared/codes';
import { benchDocuments } from './documents';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 200_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);
const RATING_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

interface Row {
  name: string;
  n: number;
  p50: number;
  p95: number;
  total: number;
  target: string;
  ok: boolean | null;
}
const results: Row[] = [];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function record(name: string, samples: number[], target: string, ok: boolean | null) {
  const sorted = [...samples].sort((a, b) => a - b);
  results.push({
    name,
    n: samples.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    total: samples.reduce((a, b) => a + b, 0),
    target,
    ok,
  });
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

async function buildWorkbook(rows: number, unitNames: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cán bộ');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.header));
  const people = generatePeople(rows, ['00000000-0000-4000-8000-000000000001'], 7);
  people.forEach((p, i) => {
    const ethnicity = ETHNICITIES.find((e) => e.code === p.ethnicityCode)?.name ?? 'Kinh';
    const [y, m, d] = (p.birthDate ?? '1990-01-01').split('-');
    ws.addRow([
      p.fullName,
      p.sex === 'female' ? 'Nữ' : 'Nam',
      `${d}/${m}/${y}`,
      ethnicity,
      '',
      p.position ?? '',
      STAFF_TYPE_LABELS[p.staffType],
      unitNames[i % unitNames.length],
      '01/09/2015',
    ]);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-'));
  const embedded = await startEmbeddedDatabase({ dataDir, port: 58000 + Math.floor(Math.random() * 900) });
  const database = openDatabase(embedded.url, { max: 4 });
  try {
    await migrateDatabase(database);
    const { db } = database;
    const units = await db.transaction(async (tx) => {
      const root = await insertUnit(tx, {
        parentId: null,
        name: 'Ủy ban nhân dân tỉnh Thử nghiệm',
        kind: 'peoples-committee',
      });
      const list = [];
      for (let i = 1; i <= 100; i++) {
        list.push(
          await insertUnit(tx, {
            parentId: root.id,
            parentPath: root.path,
            name: `Xã Thử nghiệm số ${i}`,
            kind: 'commune',
          }),
        );
      }
      return { root, list };
    });
    const actor: Actor = {
      userId: 'bench',
      name: 'bench',
      email: 'bench@localhost',
      unitId: units.root.id,
      unitName: units.root.name,
      scopePath: units.root.path,
      roles: ['staff'],
      sessionId: 'bench',
      mustChangePassword: false,
      twoFactorEnabled: false,
      twoFactorRequired: false,
      ip: '127.0.0.1',
    };

    // 1. Generate and insert people with ratings, in chunks of 10,000 per transaction.
    const refs = units.list.map((u) => ({ id: u.id, kind: 'commune' as const }));
    const [, genMs] = await time(async () => {
      const people = generatePeople(PEOPLE, refs, 20241231);
      for (let i = 0; i < people.length; i += 10_000) {
        await db.transaction(async (tx) => {
          const inserted = await insertPeopleBatch(tx, people.slice(i, i + 10_000));
          await insertRatingsBatch(tx, generateRatings(inserted, RATING_YEARS, i));
        });
      }
    });
    await database.pool.query('ANALYZE');
    // The registry those ratings imply: LĐTT for every good or excellent year up to 2024, set-based.
    const [, grantMs] = await time(() =>
      database.pool.query(`INSERT INTO award_grant (award_code, recipient_kind, person_id, unit_id, year, decision_number, decision_date)
        SELECT 'lao-dong-tien-tien', 'individual', r.person_id, p.unit_id, r.year, '1/QĐ-UBND', make_date(r.year + 1, 1, 15)
          FROM person_rating r JOIN person p ON p.id = r.person_id WHERE r.rating IN ('good', 'excellent') AND r.year <= 2024`),
    );
    record(
      `sinh ${PEOPLE.toLocaleString('vi-VN')} cán bộ + xếp loại ${RATING_YEARS.length} năm + sổ khen thưởng`,
      [genMs + grantMs],
      '—',
      null,
    );

    // 2. Import a 20,000-row workbook: preview (parse + validate) and commit (one transaction).
    const workbook = await buildWorkbook(
      IMPORT_ROWS,
      units.list.slice(0, 20).map((u) => u.name),
    );
    const input = { buffer: workbook, fileName: 'can-bo.xlsx', defaultUnitId: units.list[0]!.id };
    const [preview, previewMs] = await time(() => previewPeopleImport(db, actor, input));
    if (preview.validRows !== IMPORT_ROWS)
      throw new Error(
        `preview found ${preview.errors.length} errors, e.g. ${JSON.stringify(preview.errors[0])}`,
      );
    record(
      `xem trước tệp ${IMPORT_ROWS.toLocaleString('vi-VN')} dòng`,
      [previewMs],
      '≤ 20 s',
      previewMs <= 20_000,
    );
    const [committed, commitMs] = await time(() => commitPeopleImport(db, actor, input));
    if (committed.imported !== IMPORT_ROWS) throw new Error(`imported ${committed.imported}`);
    record(`nhập tệp ${IMPORT_ROWS.toLocaleString('vi-VN')} dòng`, [commitMs], '≤ 20 s', commitMs <= 20_000);
    await database.pool.query('ANALYZE person');

    // 3. Diacritic-insensitive search at full size, through the same query the API runs.
    const terms = [
      'nguyen van an',
      'lo thi',
      'giang a',
      'tran thi bich',
      'hoang',
      'vang van',
      'lu',
      'tan lao',
      'sung thi my',
      'pham duc',
    ];
    const samples: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const q = terms[i % terms.length]!;
      const [, ms] = await time(() =>
        queryPeople(db, actor, { q, includeSubunits: 'true', sort: 'name' }, { limit: 20, offset: 0 }),
      );
      samples.push(ms);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    record(
      `tìm tên không dấu (${(PEOPLE + IMPORT_ROWS).toLocaleString('vi-VN')} cán bộ)`,
      samples,
      'p95 ≤ 50 ms',
      percentile(sorted, 95) <= 50,
    );

    // 4. Eligibility: every individual award for everyone, history read from the database page by page
    //    (the next page loads while this one is evaluated).
    const catalogue = DEFAULT_CATALOGUE;
    const awards = individualAwardCodes(catalogue);
    let evaluated = 0;
    let eligible = 0;
    const [, eligibilityMs] = await time(async () => {
      await forEachHistoryPage(database.pool, actor.scopePath, 2025, 5000, async (rows) => {
        for (let i = 0; i < rows.length; i++) {
          const input = {
            award: 'lao-dong-tien-tien',
            year: 2025,
            authority: { level: 'commune' },
            candidate: rows[i]!.history,
          };
          for (const out of evaluateIndividualAwards(input, catalogue, { isTrusted: true, awards }))
            if (out.eligible) eligible++;
          evaluated++;
          // Let the next page arrive and parse while this one is evaluated (one event loop).
          if (i % 250 === 249) await new Promise((resolve) => setImmediate(resolve));
        }
      });
    });
    record(
      `xét ${awards.length} danh hiệu/hình thức cá nhân cho ${evaluated.toLocaleString('vi-VN')} người (lịch sử ${RATING_YEARS.length} năm từ CSDL)`,
      [eligibilityMs],
      '≤ 10 s',
      eligibilityMs <= 10_000,
    );

    // 5. Documents: a decision's certificates in one batch, a decision with a 500-name annex.
    await benchDocuments(database, actor, record);

    console.log(
      `\nXét điều kiện: ${Math.round(evaluated / (eligibilityMs / 1000)).toLocaleString('vi-VN')} người/giây; ${eligible.toLocaleString('vi-VN')} kết quả không trượt tiêu chí nào.`,
    );
    const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
    console.log('\n| phép đo | n | p50 | p95 | tổng | mục tiêu | đạt |');
    console.log('|---|---:|---:|---:|---:|---|---|');
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.n} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.total)} | ${r.target} | ${r.ok === null ? '—' : r.ok ? 'đạt' : 'KHÔNG ĐẠT'} |`,
      );
    }
    console.log(
      `\nTốc độ sinh dữ liệu: ${Math.round(PEOPLE / (genMs / 1000)).toLocaleString('vi-VN')} cán bộ/giây; nhập Excel: ${Math.round(IMPORT_ROWS / (commitMs / 1000)).toLocaleString('vi-VN')} dòng/giây.`,
    );
    if (results.some((r) => r.ok === false)) process.exitCode = 1;
  } finally {
    await database.close();
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main()
  .then(() => {
    // `npm run bench -- --load`: the load checks H1–H4 (short form) as a last section, in their own
    // process with their own app and data directory (full form: `npm run load`).
    if (!process.argv.includes('--load')) return;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/load.ts', '--quick'], {
      stdio: 'inherit',
    });
    if (run.status !== 0) process.exitCode = 1;
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
