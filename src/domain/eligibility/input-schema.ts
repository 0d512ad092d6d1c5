import { z } from 'zod';
import { DISCIPLINE_LEVELS, RATINGS, SEXES, STAFF_TYPES } from '../../shared/codes';
import { AUTHORITY_LEVELS, AWARD_CODES } from '../law/types';

/*
 * The input of `tdkt eligibility` (contracts.md §2.1). Fields beyond the contract are all optional, so
 * the contract example stays valid: maternityLeave, initiatives[].usedFor, commendations[] (to tell
 * ad-hoc and thematic results apart), members[].sex and blockRank.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Arithmetic, not `new Date`: this runs for every date of every person in a 200,000-person batch. */
function isCalendarDate(v: string): boolean {
  const y = Number(v.slice(0, 4));
  const m = Number(v.slice(5, 7));
  const d = Number(v.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const isLeap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && isLeap ? 29 : DAYS_IN_MONTH[m - 1]);
}

export const EligibilityDateSchema = z
  .string({ error: 'phải là ngày dạng YYYY-MM-DD / must be a YYYY-MM-DD date' })
  .regex(ISO_DATE, { error: 'phải là ngày dạng YYYY-MM-DD / must be a YYYY-MM-DD date' })
  .refine(isCalendarDate, { error: 'ngày không tồn tại trong lịch / no such calendar date' });

const PeriodSchema = z
  .object({ from: EligibilityDateSchema, to: EligibilityDateSchema.optional() })
  .refine((p) => p.to === undefined || p.to >= p.from, {
    error: 'ngày kết thúc trước ngày bắt đầu / "to" is before "from"',
    path: ['to'],
  });

const DisciplineSchema = z
  .object({
    level: z.enum(DISCIPLINE_LEVELS),
    from: EligibilityDateSchema,
    /** Absent = still in force. */
    to: EligibilityDateSchema.optional(),
  })
  .refine((p) => p.to === undefined || p.to >= p.from, {
    error: 'ngày kết thúc trước ngày bắt đầu / "to" is before "from"',
    path: ['to'],
  });

const ScopeSchema = z.enum(['grassroots', 'province', 'national']);
const YearSchema = z.number().int().min(1945).max(2200);
const TitlesSchema = z.array(z.string().min(1)).default([]);

const UsedForSchema = z.union([
  z.string().min(1),
  z.object({ award: z.string().min(1), year: YearSchema.optional() }),
]);

const RecordSchema = z.object({
  year: YearSchema,
  rating: z.enum(RATINGS).optional(),
  titles: TitlesSchema,
});

const MemberSchema = z.object({
  rating: z.enum(RATINGS),
  titles: TitlesSchema,
  discipline: z.array(DisciplineSchema).default([]),
  sex: z.enum(SEXES).optional(),
});

const CandidateSchema = z
  .object({
    kind: z.enum(['individual', 'collective', 'household']),
    staffType: z.enum(STAFF_TYPES).optional(),
    sex: z.enum(SEXES).optional(),
    recruitedOn: EligibilityDateSchema.optional(),
    records: z.array(RecordSchema).default([]),
    initiatives: z
      .array(
        z.object({
          recognizedOn: EligibilityDateSchema,
          scope: ScopeSchema,
          /** The award it already supported (Law Art 5: one achievement, one award). */
          usedFor: UsedForSchema.optional(),
        }),
      )
      .default([]),
    scienceWorks: z
      .array(
        z.object({
          acceptedOn: EligibilityDateSchema,
          scope: ScopeSchema,
          usedFor: UsedForSchema.optional(),
        }),
      )
      .default([]),
    discipline: z.array(DisciplineSchema).default([]),
    underReview: z.boolean().default(false),
    maternityLeave: z.array(PeriodSchema).optional(),
    /** Past commendations with their type; ad-hoc and thematic ones never count as a basis (D152 Art 4(3)). */
    commendations: z
      .array(
        z.object({
          award: z.string().min(1),
          year: YearSchema,
          track: z.enum(['merit', 'ad-hoc', 'thematic', 'long-service']),
        }),
      )
      .optional(),
    members: z.array(MemberSchema).optional(),
    /** Rank of the collective in its emulation block or cluster this year (1 = leading). */
    blockRank: z.number().int().min(1).optional(),
    attestations: z.record(z.string(), z.boolean()).default({}),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<number>();
    c.records.forEach((r, i) => {
      if (seen.has(r.year))
        ctx.addIssue({
          code: 'custom',
          path: ['records', i, 'year'],
          message: `năm ${r.year} bị lặp / duplicate year ${r.year}`,
        });
      seen.add(r.year);
    });
  });

export const EligibilityInputSchema = z.object({
  award: z.enum(AWARD_CODES),
  year: YearSchema,
  decisionDate: EligibilityDateSchema.optional(),
  authority: z.object({ level: z.enum(AUTHORITY_LEVELS) }),
  candidate: CandidateSchema,
});

export type EligibilityInput = z.infer<typeof EligibilityInputSchema>;
/** What a caller may pass before defaults are filled in. */
export type EligibilityInputRaw = z.input<typeof EligibilityInputSchema>;
export type Candidate = EligibilityInput['candidate'];

/** A malformed input; `issues` name each bad field by its JSON path. */
export class EligibilityInputError extends Error {
  constructor(readonly issues: readonly { path: string; message: string }[]) {
    super(
      `Dữ liệu đầu vào không hợp lệ / invalid input:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
    );
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(gốc / root)';
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      let value: unknown = input;
      for (const p of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[p];
      return value === undefined
        ? `thiếu trường bắt buộc / required field is missing (${issue.expected})`
        : `sai kiểu, cần ${issue.expected} / expected ${issue.expected}`;
    }
    case 'invalid_value':
      return `giá trị không hợp lệ, chỉ nhận / must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `giá trị quá nhỏ, tối thiểu ${String(issue.minimum)} / too small, minimum ${String(issue.minimum)}`;
    case 'too_big':
      return `giá trị quá lớn, tối đa ${String(issue.maximum)} / too big, maximum ${String(issue.maximum)}`;
    case 'invalid_union':
      return 'không đúng dạng cho phép / does not match any allowed shape';
    default:
      return issue.message;
  }
}

/** Validate with the schema; on failure throw EligibilityInputError naming every bad field. */
export function parseEligibilityInput(input: unknown): EligibilityInput {
  const result = EligibilityInputSchema.safeParse(input);
  if (result.success) return result.data;
  throw new EligibilityInputError(
    result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describeIssue(issue, input),
    })),
  );
}
