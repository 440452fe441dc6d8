import { describe, expect, it } from 'vitest';
import { generateSynthetic, toRecordData } from '../synth/index.ts';
import { encodeRecords } from './encode.ts';
import { nameFeature, type FeatureKind } from './name-features.ts';
import { FEATURE_BATCH, NameFeatureQueue } from './name-features-queue.ts';
import { normalizeName } from './names-bridge.ts';

const synthetic = generateSynthetic({ people: 800, seed: 11 });
const inputs = synthetic.records.map((r, i) => ({ id: `r${i}`, data: toRecordData(r, r.sourceCode) }));

/** Requests of every kind for the synthetic names, more than a batch. */
function requests(): [FeatureKind, string][] {
  const out: [FeatureKind, string][] = [];
  for (const { data } of inputs) {
    const f = data.fields;
    if (f.surname) out.push(['S', normalizeName(f.surname.text)]);
    if (f.givenName) out.push(['G', normalizeName(f.givenName.text)], ['L', normalizeName(f.givenName.text)]);
    if (f.patronymic) out.push(['P', normalizeName(f.patronymic.text)]);
  }
  return out;
}

describe('name features on a worker thread', () => {
  it('answers every request in order, as this thread would, the worker taking the batches it reaches first', async () => {
    const asked = requests();
    expect(asked.length).toBeGreaterThan(2 * FEATURE_BATCH);
    const queue = new NameFeatureQueue(inputs.length, true);
    for (const [kind, text] of asked) queue.request(kind, text);
    const posted = Math.floor(asked.length / FEATURE_BATCH);
    // Let the worker start and claim every full batch; finish() posts the last, partial one,
    // and leaves it to the worker, which is not behind.
    for (let waited = 0; queue.batchesClaimed() < posted && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(queue.batchesClaimed()).toBe(posted);
    const answers = queue.finish();
    expect(queue.workerAnswered).toBe(asked.length);
    expect(answers).toEqual(asked.map(([kind, text]) => nameFeature(kind, text)));
  });

  it('gives the same answers when finished before the worker has started', () => {
    const asked = requests();
    const queue = new NameFeatureQueue(inputs.length, true);
    for (const [kind, text] of asked) queue.request(kind, text);
    // finish() at once: the worker is (almost always) still loading, so this thread claims the batches.
    const answers = queue.finish();
    expect(answers).toEqual(asked.map(([kind, text]) => nameFeature(kind, text)));
  });

  it('encodes the same records with or without the worker', () => {
    const here = encodeRecords(inputs, undefined, { nameWorker: false });
    const there = encodeRecords(inputs, undefined, { nameWorker: true });
    expect(there).toEqual(here);
  });

  it('reads initials, known names, patronymics and surnames', () => {
    expect(nameFeature('G', 'и')).toEqual({ group: null, keys: [], initial: 'i'.charCodeAt(0) });
    const ivan = nameFeature('G', 'иван') as { group: string };
    expect(nameFeature('G', 'ivan')).toEqual(ivan);
    expect((nameFeature('P', 'иванович') as { group: string }).group).toBe(ivan.group);
    const petrov = nameFeature('S', 'петров') as { keys: string[]; latin: string[] };
    expect(petrov.latin[0]).toBe('petrov');
    expect(nameFeature('S', 'петрова')).toEqual(petrov);
  });
});
