import { readFileSync } from 'node:fs';
import { EligibilityRuleError, evaluateEligibility } from '../../../domain/eligibility/evaluate-eligibility';
import { EligibilityInputError } from '../../../domain/eligibility/input-schema';
import { type CliCommand, CliError, parseCommandArgs, UsageError } from '../command';

/** Read FILE, or stdin for '-'; a missing file is a data error (exit 1), not a usage error. */
function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new CliError(`Không đọc được tệp đầu vào ${file} / cannot read input file: ${e.code ?? e.message}`);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `Tệp ${file} không phải JSON hợp lệ (trường: toàn bộ tệp) / ${file} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

export const eligibilityCommand: CliCommand = {
  path: ['eligibility'],
  args: '--input FILE',
  summary: 'Xét điều kiện một danh hiệu, hình thức khen thưởng / evaluate eligibility for one award',
  help:
    'Đọc JSON đầu vào (FILE hoặc - cho stdin) theo contracts.md §2.1, xét theo quy định có hiệu lực vào\n' +
    'ngày quyết định và in kết quả JSON. Không dùng cơ sở dữ liệu.\n' +
    'Reads the input JSON (FILE, or - for stdin), evaluates it under the law in force on the decision date\n' +
    'and prints the result as JSON. No database.\n' +
    'Exit 0: đã xét / evaluated; 1: dữ liệu sai (nêu tên trường) / bad input (names the field); 2: sai cách dùng.',
  run: async (args, ctx) => {
    const parsed = parseCommandArgs(args, { input: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const file = parsed.values.input;
    if (typeof file !== 'string' || file === '')
      throw new UsageError('Thiếu tham số --input FILE / missing --input FILE');
    const input = parseJson(readInput(file), file);
    try {
      ctx.json(evaluateEligibility(input));
      return 0;
    } catch (error) {
      if (error instanceof EligibilityInputError || error instanceof EligibilityRuleError)
        throw new CliError(error.message);
      throw error;
    }
  },
};
