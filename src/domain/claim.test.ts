import { describe, expect, it } from 'vitest';
import { ClaimAddSchema, ClaimRankSchema, RelationAddSchema, formatClaimValue } from './claim.ts';
import { LocatorSchema } from './citation.ts';

const citation = { sourceId: 'src_0123456789abcdef01234567', locator: { quote: 'at least 750,000 people were executed' } };

describe('claim.add payload', () => {
  it('keeps an uncertain figure as the source states it', () => {
    const claim = ClaimAddSchema.parse({
      id: 'claim/event-great-purge.executed.seed-003',
      subject: 'event/great-purge',
      property: 'executed',
      value: { type: 'quantity', amount: 750000, qualifier: 'at-least', unit: 'people' },
      citation,
    });
    expect(formatClaimValue(claim.value)).toBe('at least 750,000 people');
  });

  it('refuses a claim without a source, a locator or a subject entity id', () => {
    const base = { id: 'claim/x', subject: 'event/great-purge', property: 'dead', value: { type: 'text', text: 'many' } };
    expect(ClaimAddSchema.safeParse(base).success).toBe(false);
    expect(ClaimAddSchema.safeParse({ ...base, citation: { sourceId: citation.sourceId, locator: {} } }).success).toBe(false);
    expect(ClaimAddSchema.safeParse({ ...base, subject: 'great purge', citation }).success).toBe(false);
    expect(ClaimAddSchema.safeParse({ ...base, citation: { ...citation, sourceId: 'seed 3' } }).success).toBe(false);
  });

  it('checks ranges and EDTF dates', () => {
    const base = { id: 'claim/x', subject: 'operation/order-00447', property: 'shot', citation };
    expect(ClaimAddSchema.safeParse({ ...base, value: { type: 'range', min: 445000, max: 437000, unit: 'people' } }).success).toBe(false);
    const range = ClaimAddSchema.parse({ ...base, value: { type: 'range', min: 437000, max: 445000, qualifier: 'about', unit: 'people' } });
    expect(formatClaimValue(range.value)).toBe('about 437,000–445,000 people');
    expect(ClaimAddSchema.safeParse({ ...base, value: { type: 'date', edtf: '1940' } }).success).toBe(true);
    expect(ClaimAddSchema.safeParse({ ...base, value: { type: 'date', edtf: 'spring 1940' } }).success).toBe(false);
  });
});

describe('claim.rank', () => {
  it('needs a reason and has no rank that hides', () => {
    expect(ClaimRankSchema.safeParse({ claimId: 'claim/x', rank: 'preferred', reason: '' }).success).toBe(false);
    expect(ClaimRankSchema.safeParse({ claimId: 'claim/x', rank: 'hidden', reason: 'wrong' }).success).toBe(false);
    expect(ClaimRankSchema.safeParse({ claimId: 'relation/y', rank: 'deprecated', reason: 'misread' }).success).toBe(true);
  });
});

describe('relation.add', () => {
  it('links two different entities over a period, optionally to an artefact version', () => {
    const relation = {
      id: 'relation/yezhov.erased-from.photo',
      type: 'erased-from',
      subject: 'person/nikolai-yezhov',
      object: 'artefact/stalin-yezhov-moscow-canal-photograph',
      objectVersion: 'retouched',
      citation,
    };
    expect(RelationAddSchema.safeParse(relation).success).toBe(true);
    expect(RelationAddSchema.safeParse({ ...relation, object: relation.subject }).success).toBe(false);
    expect(RelationAddSchema.safeParse({ ...relation, type: 'likes' }).success).toBe(false);
    expect(RelationAddSchema.safeParse({ ...relation, period: '1936-09-26/1938-11-25' }).success).toBe(true);
  });
});

describe('locator', () => {
  it('needs a quote or a page', () => {
    expect(LocatorSchema.safeParse({}).success).toBe(false);
    expect(LocatorSchema.safeParse({ page: '12' }).success).toBe(true);
    expect(LocatorSchema.safeParse({ quote: '  ' }).success).toBe(false);
  });
});
