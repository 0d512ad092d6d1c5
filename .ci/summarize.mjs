// Sum the test counts printed by vitest and Playwright, add failed CI steps, print "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const [, , ...args] = process.argv;
const stepFailures = Number(args.pop() ?? 0);
let passed = 0;
let failed = 0;
for (const file of args) {
  if (!existsSync(file)) continue;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes
  const text = readFileSync(file, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
  for (const line of text.split('\n')) {
    const vitest = line.match(/^\s*Tests\s+(.*)$/);
    if (vitest) {
      passed += Number(vitest[1].match(/(\d+) passed/)?.[1] ?? 0);
      failed += Number(vitest[1].match(/(\d+) failed/)?.[1] ?? 0);
      continue;
    }
    const pwPassed = line.match(/^\s*(\d+) passed \(/);
    if (pwPassed) passed += Number(pwPassed[1]);
    const pwFailed = line.match(/^\s*(\d+) failed$/);
    if (pwFailed) failed += Number(pwFailed[1]);
  }
}
// A failing step that printed no failed test (lint, typecheck, install) still counts as a failure.
if (stepFailures > 0 && failed === 0) failed = stepFailures;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || stepFailures > 0 ? 1 : 0);
