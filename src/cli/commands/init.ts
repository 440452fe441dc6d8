/**
 * `unerased init`: creates an archive (WAL SQLite file, key pair, first log entry), or reports
 * the one that is there.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { getEntry, type InitPayload } from '../../archive/index.ts';
import { archivePath } from '../archive-path.ts';
import { printJson, withCommandArchive } from '../open-archive.ts';

export function register(program: Command): void {
  program
    .command('init')
    .description('create an archive file (the default place, --archive PATH, or $UNERASED_ARCHIVE)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const path = archivePath(command);
      const existed = existsSync(path);
      await withCommandArchive(
        command,
        (archive) => {
          const init = getEntry(archive, 1)!;
          const publicKey = (init.payload as InitPayload).publicKey;
          const fingerprint = createHash('sha256').update(publicKey).digest('hex').slice(0, 16);
          const head = archive.head();
          const result = { path, created: !existed, archiveId: init.hash, keyFingerprint: fingerprint, entries: head.seq, headHash: head.hash };
          if (options.json) printJson(result);
          else {
            process.stdout.write(`${existed ? 'Archive already exists' : 'Created archive'}: ${path}\n`);
            process.stdout.write(`  archive id   ${init.hash}\n  signing key  ed25519 ${fingerprint}\n  entries      ${head.seq}\n`);
          }
        },
        { create: true },
      );
    });
}
