import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Foundation tables in db/schema.ts; each later capability keeps its tables in its module folder.
  schema: ['./src/server/db/schema.ts', './src/server/modules/*/*.schema.ts'],
  out: './src/server/db/migrations',
});
