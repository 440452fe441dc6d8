import { describe, expect, it } from 'vitest';
import { MIN_CONTAINED_NAME_LENGTH, NameIndex, wordTokens } from './name-index.ts';

describe('NameIndex', () => {
  const index = new NameIndex();
  index.add('place/camp-vishersky-itl', 'Вишерский ИТЛ');
  index.add('place/camp-vishersky-itl', 'Vishersky ITL');
  index.add('place/camp-x', 'ИТЛ');
  index.add('operation/latvian-operation', 'латышская операция');

  it('matches a whole text in any case, script form or punctuation', () => {
    expect(index.match('  ВИШЕРСКИЙ   итл. ')).toEqual(['place/camp-vishersky-itl']);
    expect(index.match('vishersky-itl')).toEqual(['place/camp-vishersky-itl']);
    expect(index.match('ИТЛ')).toEqual(['place/camp-x']);
  });

  it('finds long names as whole words inside a text, never short ones or word parts', () => {
    expect(index.match('осужден; латышская операция, 1938')).toEqual(['operation/latvian-operation']);
    expect(index.match('этап в ИТЛ')).toEqual([]);
    expect(index.match('невишерский итл')).toEqual([]);
    expect('итл'.length).toBeLessThan(MIN_CONTAINED_NAME_LENGTH);
  });

  it('gives the same answer whatever the order names were added in', () => {
    const reversed = new NameIndex();
    reversed.add('operation/latvian-operation', 'латышская операция');
    reversed.add('place/camp-x', 'ИТЛ');
    reversed.add('place/camp-vishersky-itl', 'Vishersky ITL');
    reversed.add('place/camp-vishersky-itl', 'Вишерский ИТЛ');
    for (const text of ['Вишерский ИТЛ', 'ИТЛ', 'латышская операция 1938', 'Москва']) expect(reversed.match(text)).toEqual(index.match(text));
  });

  it('cuts folded word tokens', () => {
    expect(wordTokens('Приказ НКВД №00485')).toEqual(['приказ', 'нквд', '00485']);
  });
});
