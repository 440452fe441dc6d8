import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';

/** The environment variable that chooses the archive file when `--archive` is not given. */
export const ARCHIVE_ENV = 'UNERASED_ARCHIVE';

/** The archive file a command works on: `--archive`, then $UNERASED_ARCHIVE, then the user's data folder. */
export function archivePath(command: Command): string {
  const fromFlag = command.optsWithGlobals<{ archive?: string }>().archive;
  if (fromFlag) return fromFlag;
  const fromEnv = process.env[ARCHIVE_ENV];
  if (fromEnv) return fromEnv;
  const dataHome = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(dataHome, 'unerased', 'archive.sqlite');
}
