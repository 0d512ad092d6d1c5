import type { CliCommand } from '../command';
import { auditVerifyCommand } from './audit-verify';
import { backupCommand } from './backup';
import { eligibilityCommand } from './eligibility';
import { parseDocumentCommand } from './parse-document';
import { restoreCommand } from './restore';

/** Every `tdkt` command; a new one is a file in this folder and a line here. */
export const commands: readonly CliCommand[] = [
  auditVerifyCommand,
  backupCommand,
  restoreCommand,
  parseDocumentCommand,
  eligibilityCommand,
];
