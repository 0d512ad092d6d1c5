import { runCli } from './run';

// Entry point of `tdkt` (bin/tdkt.mjs, or `npm run tdkt -- …`). Pipes and files are written synchronously
// on POSIX, so exiting right after the command returns loses no output.
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exit(code);
