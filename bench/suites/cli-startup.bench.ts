/**
 * Startup cost of the `unerased` command: every spawned `node bin/unerased.js …` (each test,
 * each script) pays it. The command loads only the module of the command it runs; the baseline
 * is the same program with every command module loaded up front, as main.ts did before
 * (`fullProgram()`, then the same parse). Runs are interleaved so both see the same machine load.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, table } from '../report.ts';

export const name = 'cli-startup';
export const title = 'CLI startup: lazy command modules vs all loaded up front';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
/** Spawns per command line and variant; the median is reported. */
const RUNS = Math.max(3, Math.round(10 * SCALE));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = `${ROOT}bin/unerased.js`;
/** The baseline: the old main.ts, every module registered before parsing. */
const EAGER = `import { register } from 'tsx/esm/api';
register();
const { fullProgram } = await import(${JSON.stringify(`${ROOT}src/cli/program.ts`)});
const program = await fullProgram();
await program.parseAsync(process.argv.slice(1), { from: 'user' });`;

const COMMAND_LINES: string[][] = [['--help'], ['names', 'keys', 'Ежов'], ['import', '--help']];

interface Timing {
  wall: number;
  cpu: number;
}

/** One spawn under /usr/bin/time: wall-clock and user+system CPU seconds of the child. */
function timed(args: string[]): Timing {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, UNERASED_ARCHIVE: '' } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [wall, user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall: wall!, cpu: user! + system! };
}

export async function run(): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const line of COMMAND_LINES) {
    const lazy: Timing[] = [];
    const eager: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      lazy.push(timed([process.execPath, BIN, ...line]));
      eager.push(timed([process.execPath, '--input-type=module', '-e', EAGER, '--', ...line]));
    }
    const m = (ts: Timing[], key: keyof Timing) => median(ts.map((t) => t[key]));
    process.stderr.write(`unerased ${line.join(' ')}: lazy cpu ${m(lazy, 'cpu').toFixed(2)} s, eager ${m(eager, 'cpu').toFixed(2)} s\n`);
    rows.push([
      `\`unerased ${line.join(' ')}\``,
      m(lazy, 'cpu').toFixed(2),
      m(eager, 'cpu').toFixed(2),
      `${(m(eager, 'cpu') / m(lazy, 'cpu')).toFixed(1)}×`,
      m(lazy, 'wall').toFixed(2),
      m(eager, 'wall').toFixed(2),
      `${(m(eager, 'wall') / m(lazy, 'wall')).toFixed(1)}×`,
    ]);
  }
  return [
    `Medians of ${RUNS} spawns of each command line (\`node bin/unerased.js …\`), lazy and eager interleaved. CPU is user + system seconds of the process (less sensitive to the shared machine's load than wall-clock).`,
    '',
    table(['command line', 'CPU lazy (s)', 'CPU all loaded (s)', 'CPU ratio', 'wall lazy (s)', 'wall all loaded (s)', 'wall ratio'], rows),
  ].join('\n');
}
