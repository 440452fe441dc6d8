import { describe, expect, it } from 'vitest';
import { EntityAddSchema, EntityCorrectSchema, correctEntity, foldName, kindOfId } from './entity.ts';

const SOURCE = 'src_0123456789abcdef01234567';
const valid = {
  id: 'organisation/nkvd',
  kind: 'organisation',
  names: { en: 'NKVD', ru: 'НКВД' },
  citation: { sourceId: SOURCE, locator: { quote: 'the NKVD' } },
};

describe('entity.add payload', () => {
  it('accepts a cited entity and fills defaults', () => {
    const entity = EntityAddSchema.parse(valid);
    expect(entity.aliases).toEqual([]);
    expect(entity.vocabKeys).toEqual([]);
  });

  it('refuses an entity without a source or without a locator', () => {
    const { citation: _omit, ...uncited } = valid;
    expect(EntityAddSchema.safeParse(uncited).success).toBe(false);
    expect(EntityAddSchema.safeParse({ ...valid, citation: { sourceId: SOURCE, locator: {} } }).success).toBe(false);
  });

  it('refuses ids that are not kind/slug and kinds that contradict the id', () => {
    expect(EntityAddSchema.safeParse({ ...valid, id: 'NKVD' }).success).toBe(false);
    expect(EntityAddSchema.safeParse({ ...valid, id: 'organisation/NKVD' }).success).toBe(false);
    const mismatch = EntityAddSchema.safeParse({ ...valid, kind: 'place' });
    expect(mismatch.success).toBe(false);
    expect(mismatch.error?.issues[0]?.message).toMatch(/does not match id/);
  });

  it('requires an English name and a valid EDTF period', () => {
    expect(EntityAddSchema.safeParse({ ...valid, names: { ru: 'НКВД' } }).success).toBe(false);
    expect(EntityAddSchema.safeParse({ ...valid, period: '1934/1946' }).success).toBe(true);
    expect(EntityAddSchema.safeParse({ ...valid, period: '1934 to 1946' }).success).toBe(false);
  });

  it('gives versions only to artefacts and roles only to persons', () => {
    const version = { id: 'retouched', label: 'Retouched', description: 'Yezhov removed' };
    expect(EntityAddSchema.safeParse({ ...valid, versions: [version] }).success).toBe(false);
    expect(
      EntityAddSchema.safeParse({ ...valid, id: 'artefact/photo', kind: 'artefact', versions: [version] }).success,
    ).toBe(true);
    expect(EntityAddSchema.safeParse({ ...valid, roles: ['official'] }).success).toBe(false);
  });
});

describe('entity.correct', () => {
  it('needs a reason and at least one field, and replaces only what it sets', () => {
    expect(EntityCorrectSchema.safeParse({ id: valid.id, set: {}, reason: 'x' }).success).toBe(false);
    expect(EntityCorrectSchema.safeParse({ id: valid.id, set: { aliases: ['NKWD'] }, reason: '' }).success).toBe(false);
    const correction = EntityCorrectSchema.parse({ id: valid.id, set: { aliases: ['NKWD'] }, reason: 'Polish spelling' });
    const corrected = correctEntity(EntityAddSchema.parse(valid), correction);
    expect(corrected.aliases).toEqual(['NKWD']);
    expect(corrected.names).toEqual(valid.names);
  });
});

describe('names and ids', () => {
  it('reads the kind from an id', () => {
    expect(kindOfId('place/butovo')).toBe('place');
    expect(kindOfId('victim/x')).toBeUndefined();
  });

  it('folds case, accents, ё and spaces, and folding twice changes nothing', () => {
    expect(foldName('  Jeżow ')).toBe('jezow');
    expect(foldName('Ежов')).toBe(foldName('ЕЖОВ'));
    expect(foldName('Соловьёв')).toBe('соловьев');
    for (const name of ['Nikołaj  Jeżow', 'Бутовский полигон', 'Müller']) expect(foldName(foldName(name))).toBe(foldName(name));
  });
});
