import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/*
 * .docx → PDF with LibreOffice headless, when the server has it (Debian libreoffice-writer-nogui).
 * Each conversion gets its own user profile directory so parallel conversions never share a lock.
 */

const run = promisify(execFile);
const CANDIDATES = ['soffice', 'libreoffice'];
let found: Promise<string | null> | null = null;

/** The LibreOffice command, or null when it is not installed. */
export function findLibreOffice(): Promise<string | null> {
  found ??= (async () => {
    for (const command of CANDIDATES) {
      try {
        await run(command, ['--version'], { timeout: 30_000 });
        return command;
      } catch {}
    }
    return null;
  })();
  return found;
}

/** Convert a .docx (bytes) to PDF (bytes); null when LibreOffice is not installed. */
export async function convertDocxToPdf(docx: Buffer): Promise<Buffer | null> {
  const command = await findLibreOffice();
  if (!command) return null;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tdkt-pdf-'));
  try {
    const input = path.join(dir, 'document.docx');
    await writeFile(input, docx);
    await run(
      command,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    return await readFile(path.join(dir, 'document.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
