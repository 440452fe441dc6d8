/**
 * `unerased serve` as a user starts it: a spawned process that creates the archive on first
 * start, loads the reference archive, prints its address and serves; and clear errors for
 * bad options.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', 'bin', 'unerased.js');
const dir = mkdtempSync(join(tmpdir(), 'unerased-serve-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function serve(args: string[]): Promise<{ url: string; stderr: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const match = / at (http:\/\/\S+)/.exec(out);
      if (match) resolve({ url: match[1]!, stderr, child });
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
}

describe('unerased serve', () => {
  it('creates the archive on first start, loads the reference and serves pages and API', async () => {
    const path = join(dir, 'new', 'archive.sqlite');
    const { url, stderr } = await serve(['--archive', path, 'serve', '--port', '0']);
    expect(existsSync(path)).toBe(true);
    expect(stderr).toMatch(/loaded the reference archive: \d+ sources, \d+ entities/);
    const head = (await (await fetch(`${url}/api/head`)).json()) as { seq: number };
    expect(head.seq).toBeGreaterThan(100);
    const page = await fetch(`${url}/entities/organisation/nkvd`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('NKVD');
  });

  it('serves from two processes sharing one port, and replaces one that dies', async () => {
    const path = join(dir, 'new', 'archive.sqlite');
    const { url, child } = await serve(['--archive', path, 'serve', '--port', '0', '--workers', '2', '--no-reference']);
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(`${url}/api/head`).then((r) => r.status)));
    expect(answers).toEqual(Array(8).fill(200));
    const workers = () => execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    const before = workers();
    expect(before).toHaveLength(2);
    // Kill one: whichever process announced the address, the shared port stays served.
    process.kill(Number(before[0]), 'SIGKILL');
    // Once the supervisor has noticed (the dead process is reaped and a new one forked),
    // every request is answered.
    for (let i = 0; i < 150 && !(workers().length === 2 && !workers().includes(before[0]!)); i++) await new Promise((r) => setTimeout(r, 200));
    expect(workers()).toHaveLength(2);
    expect(workers()).not.toContain(before[0]);
    // New connections (fetch's pool may still hold one to the killed process).
    const freshStatus = () => new Promise<number>((resolve, reject) => get(`${url}/api/head`, { agent: false }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }).on('error', reject));
    // On a loaded machine the primary may still be handing the port to the new process:
    // a refused connection is retried for a few seconds, a wrong answer is not.
    const settled = async (): Promise<number> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await freshStatus();
        } catch (error) {
          if (attempt >= 25 || (error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    const after = await Promise.all(Array.from({ length: 4 }, settled));
    expect(after).toEqual(Array(4).fill(200));
  });

  it.each([
    [['serve', '--port', 'eighty'], /--port: eighty is not a port number/],
    [['serve', '--search-rate', '-3'], /--search-rate: -3 is not a number/],
    [['serve', '--workers', '0'], /--workers: 0 is not a number of processes/],
  ])('refuses bad options %j with a clear message', (args, message) => {
    const result = spawnSync(process.execPath, [CLI, '--archive', join(dir, 'x.sqlite'), ...args], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});
