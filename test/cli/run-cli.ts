/** Runs the `unerased` command as a real process, for the command tests. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/unerased.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(archive: string, args: string[], cwd?: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, '--archive', archive, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, UNERASED_ARCHIVE: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function cliJson<T>(archive: string, args: string[]): T {
  const result = cli(archive, [...args, '--json']);
  if (result.status !== 0) throw new Error(`unerased ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export function cliSpawn(archive: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, '--archive', archive, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}
