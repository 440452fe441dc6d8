/**
 * The machinery of terror through the public command, against a fresh archive file with the
 * reference loaded: `reference load`, `entity show`, `entity list`, `claims`. Each check reads
 * what a historian would read: the fact, its source and the quote.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsAbout, type StoredClaim, type StoredRelation } from '../src/apparatus/index.ts';
import { openArchive, type Archive } from '../src/archive/index.ts';

let dir: string;
let file: string;

function cli(...args: string[]): string {
  return execFileSync('node', ['bin/unerased.js', '--archive', file, ...args], { encoding: 'utf8' });
}
function cliFails(...args: string[]): string {
  try {
    cli(...args);
  } catch (error) {
    return String((error as { stderr?: string }).stderr);
  }
  throw new Error(`expected "${args.join(' ')}" to fail`);
}
function inArchive<T>(fn: (archive: Archive) => T): T {
  const archive = openArchive(file);
  try {
    return fn(archive);
  } finally {
    archive.close();
  }
}
function claimsJson(id: string): { claims: StoredClaim[]; relations: StoredRelation[] } {
  return JSON.parse(cli('claims', id, '--json'));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unerased-apparatus-'));
  file = join(dir, 'archive.sqlite');
  const summary = JSON.parse(cli('reference', 'load', '--json'));
  expect(summary.entities).toBeGreaterThan(600);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('unerased entity / claims', () => {
  it('a second reference load adds nothing', () => {
    expect(JSON.parse(cli('reference', 'load', '--json'))).toEqual({ sources: 0, entities: 0, corrections: 0, claims: 0, relations: 0 });
  });

  it('Yezhov headed the NKVD 1936–38 and was executed in 1940, each with its quoted source', () => {
    const { claims, relations } = claimsJson('person/nikolai-yezhov');
    const head = relations.find((r) => r.type === 'head-of' && r.object === 'organisation/nkvd' && r.period);
    expect(head?.period).toBe('1936-09-26/1938-11-25');
    expect(head?.source.citation).toMatch(/Wikipedia/);
    expect(head?.source.locator.quote).toContain('head of the NKVD from 1936 to 1938');
    const executed = claims.find((c) => c.property === 'executed');
    expect(executed?.value).toEqual({ type: 'date', edtf: '1940' });
    expect(executed?.source.citation).toMatch(/^Harvey, Austin\./);
    expect(executed?.source.locator.quote).toContain('He was executed in 1940');
    const text = cli('claims', 'person/nikolai-yezhov');
    expect(text).toContain('executed: 1940');
    expect(text).toContain('“He was executed in 1940 after enduring the same trial process that he helped create”');
    expect(text).toContain('person/nikolai-yezhov head-of organisation/nkvd (1936-09-26/1938-11-25)');
  });

  it('shows both figures for the Great Purge dead with their sources', () => {
    const text = cli('claims', 'event/great-purge');
    expect(text).toMatch(/dead: over 1,000,000 people\n {4}source: “The start of Stalin’s Great Purge\.”/);
    expect(text).toContain('“In the show trials that took place in the late 1930s, over a million people were put to death after a sham judicial process.”');
    expect(text).toMatch(/executed: at least 750,000 people \(1936\/1938\)\n {4}source: Harvey, Austin\./);
    expect(text).toContain('sentenced-to-death: 668,305 people (1936-10-01/1938-11-01)');
  });

  it('lists both published pairs of the Polish operation beside the records the archive names', () => {
    const shown = JSON.parse(cli('entity', 'show', 'operation/order-00485', '--json'));
    const figures = shown.figures.figures.map((f: { claim: StoredClaim; text: string }) => `${f.claim.property} ${f.text} ${f.claim.source.citation.split(/[.,]/)[0]}`);
    expect(figures.sort()).toEqual([
      'arrested 139,815 people Harvey',
      'executed 111,071 people Harvey',
      'sentenced 139,835 people Petrov',
      'shot 111,091 people Petrov',
    ]);
    expect(shown.figures.records).toEqual({ real: 0, synthetic: 0 });
  });

  it('tabulates every operation beside its published figures, conflicting ones included', () => {
    const text = cli('entity', 'figures');
    expect(text).toContain('Kulak operation (NKVD order 00447) (operation/order-00447): 0 records');
    expect(text).toMatch(/shot +about 437,000–445,000 people +0\.00 % named +Roginsky/);
    expect(text).toMatch(/shot +about 387,000 people +0\.00 % named +Jansen/);
  });

  it('the retouched photograph is one artefact with two versions and a relation naming the person erased', () => {
    const shown = JSON.parse(cli('entity', 'show', 'artefact/stalin-yezhov-moscow-canal-photograph', '--json'));
    expect(shown.entity.versions.map((v: { id: string }) => v.id)).toEqual(['original', 'retouched']);
    const erased = claimsJson('artefact/stalin-yezhov-moscow-canal-photograph').relations.filter((r) => r.type === 'erased-from');
    expect(erased.map((r) => [r.subject, r.objectVersion])).toEqual([['person/nikolai-yezhov', 'retouched']]);
    expect(erased[0]?.source.locator.quote).toBe('The photo that Stalin had retouched to remove Yezhov after his execution');
  });

  it('lists entities of a kind, and the heads of an organisation', () => {
    const operations = JSON.parse(cli('entity', 'list', '--kind', 'operation', '--json')).map((e: { id: string }) => e.id);
    expect(operations).toEqual(expect.arrayContaining(['operation/order-00485', 'operation/order-00447', 'operation/order-00593', 'operation/german-operation']));
    expect(operations.every((id: string) => id.startsWith('operation/'))).toBe(true);
    expect(cli('entity', 'show', 'organisation/nkvd')).toMatch(/heads:\n {4}person\/nikolai-yezhov \(1936-09-26\/1938-11-25\)/);
  });

  it('an editor ranks one figure preferred, with a reason; the other stays beside it', () => {
    const before = inArchive((archive) => claimsAbout(archive, 'event/great-purge'));
    const dead = before.filter((c) => c.property === 'dead' && c.value.type === 'quantity');
    const executed = before.find((c) => c.property === 'executed')!;
    expect(cli('claim', 'rank', executed.id, '--rank', 'preferred', '--reason', 'archival figure', '--actor', 'historian')).toContain('ranked preferred');
    const after = claimsJson('event/great-purge').claims;
    expect(after.find((c) => c.id === executed.id)).toMatchObject({ rank: 'preferred', rankReason: 'archival figure' });
    expect(after.filter((c) => c.property === 'dead' && c.value.type === 'quantity').map((c) => c.id)).toEqual(dead.map((c) => c.id));
    expect(cliFails('claim', 'rank', executed.id, '--rank', 'hidden', '--reason', 'x')).toMatch(/rank: field rank/);
  });

  it('fails clearly on an unknown id', () => {
    expect(cliFails('entity', 'show', 'organisation/nothing')).toContain('no entity "organisation/nothing"');
  });
});
