import { z } from 'zod';

/**
 * One thing to do today ("Việc cần làm"): how many, a plain label, where to do it, and the nearest
 * deadline when there is one. `detail` carries e.g. the reason a pledge or dossier was returned.
 */
export const DashboardTaskSchema = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
  link: z.string(),
  detail: z.string().nullable(),
  /** The nearest deadline among the counted records ('YYYY-MM-DD'), or null. */
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type DashboardTask = z.infer<typeof DashboardTaskSchema>;

/**
 * Headline figures for the home-affairs office and the chairman: `year` is the current year (awards);
 * dossiers in progress and the average processing time count every dossier of the user's units.
 */
export const DashboardHeadlineSchema = z.object({
  year: z.number().int(),
  activeMovements: z.number().int(),
  dossiersInProgress: z.number().int(),
  averageDays: z.number().nullable(),
  baselineDays: z.number(),
  targetDays: z.number(),
  reductionPercent: z.number(),
  reductionAchieved: z.number().nullable(),
  awardsThisYear: z.number().int(),
});
export type DashboardHeadline = z.infer<typeof DashboardHeadlineSchema>;

export const DashboardSchema = z.object({
  unitCount: z.number().int(),
  peopleCount: z.number().int(),
  accountCount: z.number().int().nullable(),
  ratingsByYear: z.array(
    z.object({
      year: z.number().int(),
      excellent: z.number().int(),
      good: z.number().int(),
      complete: z.number().int(),
      incomplete: z.number().int(),
    }),
  ),
  recentActivity: z
    .array(z.object({ occurredAt: z.string(), actorLabel: z.string().nullable(), action: z.string() }))
    .nullable(),
  /** What the signed-in user has to do, for their roles and units (empty when nothing). */
  tasks: z.array(DashboardTaskSchema),
  headline: DashboardHeadlineSchema.nullable(),
});
export type Dashboard = z.infer<typeof DashboardSchema>;
