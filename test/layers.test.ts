/**
 * The layers of DESIGN.md, enforced: dependencies point down the list, and the pure layers
 * do no I/O. A new folder under src/ must be given a tier here, or this test fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Lower tiers never import higher ones. Layers of one tier may use each other. */
const TIERS: Record<string, number> = {
  types: 0,
  domain: 0,
  names: 1,
  archive: 2,
  ingest: 3,
  search: 3,
  linkage: 3,
  stats: 3,
  apparatus: 3,
  synth: 3,
  http: 4,
  web: 4,
  cli: 5,
};

/** Pure layers: no file system, network, database or process. */
const PURE = new Set(['domain', 'names']);
const IMPURE_MODULES = /^(node:)?(fs|fs\/promises|net|http|https|child_process|worker_threads)$|^better-sqlite3$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function layerOf(path: string): string {
  return relative(SRC, path).split(sep)[0]!;
}

function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) specifiers.push((match[1] ?? match[2])!);
  return specifiers;
}

/** The imports of `file` (text `text`) that point to a higher tier. */
function upwardImports(file: string, text: string): string[] {
  const from = layerOf(file);
  return importsOf(text)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => layerOf(resolve(dirname(file), spec)))
    .filter((to) => (TIERS[to] ?? 0) > (TIERS[from] ?? 0))
    .map((to) => `${relative(SRC, file)} → ${to}`);
}

const files = sourceFiles(SRC);

describe('layers', () => {
  it('every folder under src/ has a tier', () => {
    const layers = new Set(files.map(layerOf).filter((l) => !l.endsWith('.ts')));
    const unknown = [...layers].filter((l) => !(l in TIERS));
    expect(unknown).toEqual([]);
  });

  it('no layer imports a layer above it', () => {
    const violations = files.flatMap((file) => upwardImports(file, readFileSync(file, 'utf8')));
    expect(violations).toEqual([]);
  });

  it('domain and names do no I/O', () => {
    const violations: string[] = [];
    for (const file of files.filter((f) => PURE.has(layerOf(f)))) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (IMPURE_MODULES.test(spec)) violations.push(`${relative(SRC, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('catches an upward import (the check itself can fail)', () => {
    const archiveFile = join(SRC, 'archive', 'fake.ts');
    const upward = "import { search } from '../search/index.ts';\nexport const x = 1;";
    const downward = "import type { RecordData } from '../domain/record.ts';";
    expect(upwardImports(archiveFile, upward)).toEqual([`archive${sep}fake.ts → search`]);
    expect(upwardImports(archiveFile, downward)).toEqual([]);
  });
});
