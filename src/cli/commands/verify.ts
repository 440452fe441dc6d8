/**
 * `unerased verify`: checks the whole chain (every entry hash, link and payload) and, with
 * --checkpoint, a signed checkpoint. Exit 0 with the count and head hash, 1 naming the first
 * entry that does not verify.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { verify, verifyCheckpoint, type Checkpoint } from '../../archive/index.ts';
import { printJson, withCommandArchive } from '../open-archive.ts';

function readCheckpoint(path: string): Checkpoint {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Checkpoint;
  } catch (error) {
    throw new Error(`${path}: not a readable checkpoint (${(error as Error).message})`);
  }
}

export function register(program: Command): void {
  program
    .command('verify')
    .description('prove the log is intact: every hash, every link, every payload (and a signed checkpoint)')
    .option('--checkpoint <file>', 'also check a checkpoint saved earlier with unerased checkpoint')
    .option('--json', 'print the result as JSON')
    .action(async (options: { checkpoint?: string; json?: boolean }, command: Command) => {
      const checkpoint = options.checkpoint ? readCheckpoint(options.checkpoint) : undefined;
      await withCommandArchive(command, (archive) => {
        const total = archive.head().seq;
        const bar = process.stderr.isTTY && !options.json ? new SingleBar({ stream: process.stderr, format: 'verifying {bar} {value}/{total} entries | ETA {eta_formatted}' }) : undefined;
        bar?.start(total, 0);
        const result = verify(archive, (seq) => bar?.update(seq));
        bar?.stop();
        const checkpointProblem = checkpoint ? verifyCheckpoint(archive, checkpoint) : undefined;
        const ok = result.ok && checkpointProblem === undefined;
        if (options.json) {
          printJson({ ...result, ok, ...(checkpoint ? { checkpoint: checkpointProblem ?? 'ok' } : {}) });
        } else if (result.ok) {
          process.stdout.write(`ok: ${result.count} entries, head ${result.headSeq} ${result.headHash}\n`);
        } else {
          process.stderr.write(`FAILED at entry ${result.firstBad!.seq}: ${result.firstBad!.problem}\n  (${result.count} entries before it verify)\n`);
        }
        if (checkpoint) {
          if (checkpointProblem) process.stderr.write(`checkpoint ${options.checkpoint}: FAILED: ${checkpointProblem}\n`);
          else if (!options.json) process.stdout.write(`checkpoint ${options.checkpoint}: ok (entry ${checkpoint.seq}, signed ${checkpoint.time})\n`);
        }
        if (!ok) process.exitCode = 1;
      });
    });
}
