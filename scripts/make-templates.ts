/*
 * Regenerates the built-in Word templates in templates/ from src/server/documents/wordml/:
 *   npx tsx scripts/make-templates.ts
 * The output is deterministic (fixed zip dates), so a re-run without source changes changes no file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATE_KEYS } from '../src/server/documents/template-data';
import { BUILT_IN_TEMPLATE_DIR, builtInFileName } from '../src/server/documents/template-store';
import { makeBuiltInTemplate } from '../src/server/documents/wordml/built-in-templates';

for (const key of TEMPLATE_KEYS) {
  const file = path.join(BUILT_IN_TEMPLATE_DIR, builtInFileName(key));
  writeFileSync(file, makeBuiltInTemplate(key));
  console.log(`đã ghi ${path.relative(process.cwd(), file)}`);
}
