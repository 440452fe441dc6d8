import { describe, expect, it } from 'vitest';
import type { SearchHitView } from '../../http/archive-view.ts';
import { groupByPerson } from './search.ts';

const hit = (id: string, personId?: string): SearchHitView => ({
  record: { id, ...(personId ? { personId } : {}), data: { sourceId: 's', synthetic: true, fields: {} } },
  score: 1,
  reasons: [],
});

describe('groupByPerson', () => {
  it('gathers the records of one person under the best-ranked, keeping rank order', () => {
    const groups = groupByPerson([hit('a', 'p1'), hit('b'), hit('c', 'p1'), hit('d', 'p2'), hit('e')]);
    expect(groups.map((g) => g.map((h) => h.record.id))).toEqual([['a', 'c'], ['b'], ['d'], ['e']]);
  });
});
