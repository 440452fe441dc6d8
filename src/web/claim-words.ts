/**
 * Claims in the visitor's language: property names and quantities ("over 767,000 people" /
 * "более 767 000 чел."). The value itself is never changed, only the words around it; unknown
 * properties and units are shown as the reference wrote them.
 */
import type { ClaimValue } from '../domain/claim.ts';
import { formatClaimValue } from '../domain/claim.ts';
import type { Language } from './i18n.ts';

const PROPERTIES: Record<string, { en: string; ru: string }> = {
  arrested: { en: 'arrested', ru: 'арестовано' },
  executed: { en: 'executed', ru: 'расстреляно' },
  shot: { en: 'shot', ru: 'расстреляно' },
  sentenced: { en: 'sentenced', ru: 'осуждено' },
  'sentenced-to-death': { en: 'sentenced to death', ru: 'приговорено к расстрелу' },
  died: { en: 'died', ru: 'умерло' },
  dead: { en: 'dead', ru: 'погибло' },
  victims: { en: 'victims', ru: 'жертв' },
  prisoners: { en: 'prisoners', ru: 'заключённых' },
  founded: { en: 'founded', ru: 'основан' },
  dissolved: { en: 'dissolved', ru: 'упразднён' },
  period: { en: 'period', ru: 'период' },
  start: { en: 'start', ru: 'начало' },
  date: { en: 'date', ru: 'дата' },
  born: { en: 'born', ru: 'родился' },
  buried: { en: 'buried', ru: 'похоронен' },
  statement: { en: 'statement', ru: 'заявление' },
  position: { en: 'position', ru: 'должность' },
  pretext: { en: 'pretext', ru: 'предлог' },
};

const QUALIFIERS_RU: Record<string, string> = {
  exact: '',
  about: 'около ',
  'at-least': 'не менее ',
  over: 'более ',
  'at-most': 'не более ',
  under: 'менее ',
};

const UNITS_RU: Record<string, string> = { people: 'чел.', prisoners: 'чел.', votes: 'голосов', messages: 'сообщений' };

export function propertyLabel(property: string, lang: Language): string {
  return PROPERTIES[property]?.[lang] ?? property.replace(/-/g, ' ');
}

export function claimValueText(value: ClaimValue, lang: Language): string {
  if (lang === 'en') return formatClaimValue(value);
  const n = (x: number) => x.toLocaleString('ru');
  const unit = (u: string) => UNITS_RU[u] ?? u;
  switch (value.type) {
    case 'quantity':
      return `${QUALIFIERS_RU[value.qualifier] ?? ''}${n(value.amount)} ${unit(value.unit)}`;
    case 'range':
      return `${QUALIFIERS_RU[value.qualifier] ?? ''}${n(value.min)}–${n(value.max)} ${unit(value.unit)}`;
    default:
      return formatClaimValue(value);
  }
}
