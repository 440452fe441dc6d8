/**
 * The names layer: any spelling of a name, in any script, into forms that meet, and how alike two
 * names are. Pure code, no I/O. The public surface other layers import.
 */
export { normalizeName, isCyrillic } from './normalize.ts';
export { transliterate, TRANSLIT_SCHEMES } from './transliterate.ts';
export { latinForms, keyLatinForms, KEY_SCHEMES } from './latin-forms.ts';
export { conventionSkeletons } from './skeleton.ts';
export { daitchMokotoff } from './daitch-mokotoff.ts';
export { surnameBase } from './surname-base.ts';
export { surnameKeys, givenNameKeys, nameKeys, clearNameCaches, type NameKeys } from './keys.ts';
export { givenNameGroup, givenNameGroups, isKnownGivenName, type GivenNameGroup } from './given-names.ts';
export { patronymicToGivenName } from './patronymic.ts';
export { parsePersonName, type ParsedPersonName } from './person-name.ts';
export {
  compareNames,
  NAME_PART_WEIGHTS,
  SCORE_EXACT,
  SCORE_SAME_BASE,
  SCORE_EQUIVALENT,
  SCORE_SAME_KEY,
  SCORE_INITIAL,
  type PersonName,
  type NameComparison,
  type NamePartComparison,
  type NameField,
} from './compare.ts';
