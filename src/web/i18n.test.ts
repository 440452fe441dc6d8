import { describe, expect, it } from 'vitest';
import { chooseLanguage, FIELD_LABELS, messages } from './i18n.ts';
import { RECORD_FIELDS } from '../domain/record.ts';
import { withLanguage } from './layout.ts';

describe('language', () => {
  it('takes an explicit choice first, then Accept-Language, then English', () => {
    expect(chooseLanguage('ru', 'en-GB,en;q=0.9')).toBe('ru');
    expect(chooseLanguage(undefined, 'ru-RU,ru;q=0.9,en;q=0.5')).toBe('ru');
    expect(chooseLanguage('xx', 'de-DE,de;q=0.9')).toBe('en');
    expect(chooseLanguage(undefined, undefined)).toBe('en');
  });

  it('has every word and every record field in both languages', () => {
    expect(Object.keys(messages('ru')).sort()).toEqual(Object.keys(messages('en')).sort());
    for (const lang of ['en', 'ru'] as const) for (const field of RECORD_FIELDS) expect(FIELD_LABELS[lang][field]).toBeTruthy();
  });

  it('links the same page in another language, keeping the query', () => {
    expect(withLanguage(new URL('http://x/search?q=%D0%95&page=2'), 'ru')).toBe('/search?q=%D0%95&page=2&lang=ru');
    expect(withLanguage(new URL('http://x/about?lang=ru'), 'en')).toBe('/about?lang=en');
  });
});
