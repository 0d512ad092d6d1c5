import { z } from 'zod';

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
});
export type Dashboard = z.infer<typeof DashboardSchema>;
