import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The real launcher, as a user runs it; pure command, so no database is created for it.
const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repoRoot, 'tests/fixtures/eligibility');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function tdkt(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/tdkt.mjs'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

function expectContractOutput(r: Run): void {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out).toMatchObject({
    award: 'chien-si-thi-dua-co-so',
    eligible: true,
    status: 'needs-attestation',
    canConfer: true,
    prize: { coefficient: 1, baseSalary: 2_340_000, amount: 2_340_000, items: ['Giấy chứng nhận', 'khung'] },
  });
  const byId = Object.fromEntries(out.criteria.map((c: { id: string }) => [c.id, c]));
  expect(byId['cstdcs.ldtt-standard']).toMatchObject({
    ok: true,
    source: 'Luật Thi đua, khen thưởng 2022, Điều 23',
  });
  expect(byId['cstdcs.excellent-or-initiative']).toMatchObject({ ok: true });
  expect(byId['ldtt.self-reliance']).toMatchObject({ ok: null, message: 'cần người có thẩm quyền xác nhận' });
}

describe('tdkt eligibility (contracts §2.1)', () => {
  it('evaluates the contract example from a file, with and without --json', async () => {
    const file = path.join(fixtures, 'contract-example.json');
    expectContractOutput(await tdkt(['eligibility', '--input', file]));
    expectContractOutput(await tdkt(['eligibility', '--input', file, '--json']));
  });

  it('reads stdin with --input -', async () => {
    const text = readFileSync(path.join(fixtures, 'contract-example.json'), 'utf8');
    expectContractOutput(await tdkt(['eligibility', '--input', '-'], text));
  });

  it('exits 1 naming the bad field for input failing the schema', async () => {
    const r = await tdkt(['eligibility', '--input', path.join(fixtures, 'bad-rating.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('candidate.records[1].rating');
    expect(r.stderr).toMatch(/Dữ liệu đầu vào không hợp lệ \/ invalid input/);
    const missing = await tdkt(['eligibility', '--input', path.join(fixtures, 'missing-authority.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/authority: thiếu trường bắt buộc/);
  });

  it('exits 1 for malformed JSON and for a missing file', async () => {
    const r = await tdkt(['eligibility', '--input', path.join(fixtures, 'not-json.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không phải JSON hợp lệ/);
    const none = await tdkt(['eligibility', '--input', path.join(fixtures, 'no-such-file.json')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/ENOENT/);
  });

  it('exits 2 on usage errors: missing --input, unknown flag', async () => {
    const missing = await tdkt(['eligibility']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing --input FILE/);
    const unknown = await tdkt(['eligibility', '--input', 'x.json', '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
  });
});
