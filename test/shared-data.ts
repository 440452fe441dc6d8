/**
 * Where the shared real data lives (../shared beside the checkout, as CI lays it out), for
 * tests, benchmarks and scripts. None of it is copied into the repository.
 * $UNERASED_SHARED overrides it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));

function sharedDir(): string {
  if (process.env.UNERASED_SHARED) return process.env.UNERASED_SHARED;
  const beside = join(REPO, '..', 'shared');
  return existsSync(beside) ? beside : '/work/shared';
}

export const SHARED_DIR = sharedDir();
export const SHARED_DATA = join(SHARED_DIR, 'data', 'real');
export const SHARED_SEEDS = join(SHARED_DIR, 'seeds');
