import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project's root, where `npm run letter` runs. */
export const ROOT = join(import.meta.dirname, '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run letter -- …` as a user would (tsx, a child process) and returns its exit code and output. */
export function runLetterCli(args: readonly string[], timeout = 60_000): Promise<CliResult> {
  return run('npx', ['tsx', 'scripts/letter-cli.ts', ...args], { cwd: ROOT, timeout }).then(
    (result) => ({ code: 0, ...result }),
    (error: CliResult) => error,
  );
}
