#!/usr/bin/env node
// `npx tdkt <command>`: runs the TypeScript command line (src/server/cli/main.ts) through tsx, in this
// process so that stdio, signals and the exit code are the command's own.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/server/cli/main.ts', import.meta.url).href);
