/**
 * Writes benchmark figures into BENCHMARKS.md. Each benchmark owns one section, delimited by
 * HTML comments, so benchmarks run alone or together never overwrite each other's figures.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';

export const BENCHMARKS_FILE = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

const HEADER = `# Benchmarks

Written by \`npm run bench\` (one section per benchmark; \`npm run bench -- NAME\` runs one).
This machine is shared and noisy: figures are medians, and every speed is given beside a
baseline measured in the same run.
`;

/** One line naming the machine and the date, for the top of a section. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  return `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpu}, ${gib} GiB, ${platform()} ${release()}, Node ${process.version}.`;
}

/** Replaces (or appends) the section `name` of BENCHMARKS.md with `markdown`. */
export function writeSection(name: string, title: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const body = `${start}\n## ${title}\n\n${machineLine()}\n\n${markdown.trim()}\n${end}`;
  let text = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : HEADER;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) text = text.slice(0, from) + body + text.slice(to + end.length);
  else text = `${text.trimEnd()}\n\n${body}\n`;
  writeFileSync(BENCHMARKS_FILE, text);
}

/** The median of a list of numbers (the list is not modified). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (0..1) by linear interpolation. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Renders rows as a Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
