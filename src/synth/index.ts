/**
 * The synthetic archive with ground truth: test data for search and linkage at scale.
 * Every record and source it makes is marked synthetic.
 */
export {
  generateSynthetic,
  synthesize,
  syntheticSources,
  toRecordData,
  SYNTH_VERSION,
  RECORDS_PER_PERSON,
  type SynthOptions,
  type SyntheticRecord,
  type SyntheticSource,
  type SyntheticArchive,
} from './generate.ts';
export type { SyntheticPerson } from './person.ts';
export { writeSynthetic, CSV_COLUMNS, type SynthFormat, type SynthManifest } from './write.ts';
export { SOURCE_STYLES, type SourceStyle } from './sources.ts';
export { NATIONALITIES, type Nationality } from './nationalities.ts';
export { latinSpelling, LATIN_STYLES, type LatinStyle } from './spellings.ts';
export { createRandom, type Random } from './random.ts';
