/**
 * `unerased synth --people N --seed S --out DIR`: writes a synthetic archive (test data, marked
 * synthetic everywhere) with its ground truth, ready for `unerased import`.
 */
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { writeSynthetic, type SynthFormat } from '../../synth/index.ts';

function wholeNumber(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
    return n;
  };
}

export function register(program: Command): void {
  program
    .command('synth')
    .description('write a SYNTHETIC archive (fake people, marked synthetic) with ground truth, for tests and benchmarks')
    .requiredOption('--people <n>', 'how many synthetic people', wholeNumber('people', 1))
    .option('--seed <s>', 'random seed (same seed, same archive)', wholeNumber('seed', 0), 1)
    .requiredOption('--out <dir>', 'folder to write (one file per source, truth.csv, manifest.json)')
    .option('--format <f>', 'jsonl or csv', 'jsonl')
    .option('--json', 'print the manifest as JSON')
    .addHelpText('after', '\nEach person appears in 1–4 synthetic sources, spelled differently in each (Cyrillic, romanised,\nPolish or German spelling, typos, uncertain dates). truth.csv maps each record (locator) to its person.')
    .action((options: { people: number; seed: number; out: string; format: string; json?: boolean }) => {
      if (options.format !== 'jsonl' && options.format !== 'csv') throw new Error(`--format must be jsonl or csv, got "${options.format}"`);
      const bar = process.stderr.isTTY && !options.json ? new SingleBar({ format: 'synth [{bar}] {value}/{total} people' }, Presets.shades_classic) : undefined;
      bar?.start(options.people, 0);
      const manifest = writeSynthetic(options.out, { people: options.people, seed: options.seed, format: options.format as SynthFormat }, (done) => bar?.update(done));
      bar?.update(options.people);
      bar?.stop();
      if (options.json) {
        process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
        return;
      }
      process.stdout.write(`Wrote ${manifest.records} SYNTHETIC records of ${manifest.people} synthetic people to ${options.out}\n`);
      process.stdout.write('Import them with:\n');
      for (const s of manifest.sources) process.stdout.write(`  unerased import ${options.out}/${s.file} --source ${JSON.stringify(s.citation)}\n`);
    });
}
