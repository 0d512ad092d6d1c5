import { z } from 'zod';

/** The only reader of process.env: the app refuses to start on a bad value. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  TDKT_DATA_DIR: z.string().default('./data'),
  TDKT_DB_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  TDKT_DEMO: z.enum(['0', '1']).default('1'),
  TDKT_PUBLIC_URL: z.string().url().optional(),
  TDKT_SECRET: z.string().min(32).optional(),
  TDKT_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  TDKT_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  TDKT_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  TDKT_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  TDKT_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  TDKT_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  TDKT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable (DATABASE_URL=) means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ / invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
