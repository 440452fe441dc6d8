/**
 * The Gulag gazetteer: camps with their names (ru/en/de), type, years, located points and
 * yearly prisoner counts, as derived from the urbica/gulag-api transcription of Memorial's
 * reference "Система исправительно-трудовых лагерей в СССР". Only facts are kept: the
 * descriptions are prose and are not copied.
 *
 * The transcription has flaws that this module cleans, each marked rather than guessed:
 * coordinates written as strings, a whole-degree placeholder point, a template name
 * ("New prison" / "Neue Gefängnis") on dozens of unrelated filtration camps, stray
 * whitespace and HTML entities.
 */
import iuliia from 'iuliia';

/** The committed gazetteer's format; the loader refuses any other. */
export const GAZETTEER_FORMAT_VERSION = 1;

/**
 * A name shared by this many camps whose Russian names all differ is a template placeholder,
 * not a name: genuine duplicates in the data come in pairs (a camp reorganised twice), while
 * the "New prison" template covers 83 filtration camps.
 */
export const PLACEHOLDER_NAME_MIN_CAMPS = 10;

export type CoordinateProblem = 'placeholder' | 'unparseable' | 'out-of-range';

export interface CampLocation {
  /** Cleaned point, or null when the transcription gives none worth trusting. */
  coordinates: { lat: number; lon: number } | null;
  /** Why `coordinates` is null. */
  coordinatesUnknown?: CoordinateProblem;
  /** Place as the reference describes it: ru is the original, en the transcription's translation. */
  address: { ru?: string; en?: string };
  /** Prisoners on the reference's count date of each year; null = the year is listed without a count. */
  prisoners: { year: number; count: number | null }[];
}

export interface Camp {
  /** Stable readable id: `place/camp-<slug of the Russian name>`. */
  id: string;
  /** Id in urbica/gulag-api, for tracing a fact back to its transcription. */
  gulagApiId: number;
  names: { ru: string; en?: string; de?: string };
  /** Camp type (ITL, special camp, filtration camp…) in English and Russian; null if not given. */
  type: { en: string; ru: string } | null;
  region: string | null;
  activity: string | null;
  /** First and last year listed in the yearly counts (EDTF interval or year), or null. */
  years: string | null;
  locations: CampLocation[];
}

export interface Gazetteer {
  formatVersion: number;
  /** The source the facts are cited to, and the transcription they were read from. */
  sourceId: string;
  transcriptionSourceId: string;
  /** Where and when the derived file was built from. */
  derivedFrom: string;
  camps: Camp[];
}

/** Collapses whitespace and the HTML entities the transcription carries. */
export function cleanText(text: string | null | undefined): string | undefined {
  if (text === null || text === undefined) return undefined;
  const cleaned = text
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? undefined : cleaned;
}

/** A coordinate as the transcription writes it (number or numeric string) → number or NaN. */
function coordinateNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value.trim())) return Number(value.trim());
  return Number.NaN;
}

/**
 * Cleans a GeoJSON point ([lon, lat]). Whole-degree points on both axes are placeholders: the
 * transcription puts [90, 62] (the middle of Siberia) where the reference gives no place.
 */
export function cleanPoint(coordinates: unknown): { coordinates: CampLocation['coordinates']; problem?: CoordinateProblem } {
  if (!Array.isArray(coordinates) || coordinates.length < 2) return { coordinates: null, problem: 'unparseable' };
  const lon = coordinateNumber(coordinates[0]);
  const lat = coordinateNumber(coordinates[1]);
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return { coordinates: null, problem: 'unparseable' };
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return { coordinates: null, problem: 'out-of-range' };
  if (Number.isInteger(lat) && Number.isInteger(lon)) return { coordinates: null, problem: 'placeholder' };
  return { coordinates: { lat, lon } };
}

/** Names (per language) that are templates: shared by many camps with different Russian names. */
export function placeholderNames(camps: { ru: string; other: string | undefined }[]): Set<string> {
  const russianByName = new Map<string, Set<string>>();
  for (const { ru, other } of camps) {
    if (!other) continue;
    const set = russianByName.get(other) ?? new Set<string>();
    set.add(ru);
    russianByName.set(other, set);
  }
  return new Set([...russianByName].filter(([, ru]) => ru.size >= PLACEHOLDER_NAME_MIN_CAMPS).map(([name]) => name));
}

/** A readable slug of a Russian name: Wikipedia romanisation, lowercase, hyphens. */
export function slugOf(russian: string): string {
  const latin = iuliia.translate(russian, iuliia.WIKIPEDIA).normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = latin
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'unnamed' : slug;
}

/** Gives every camp a unique id, numbering repeated slugs in the order given (by gulag-api id). */
export function assignIds(slugs: string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((slug) => {
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return `place/camp-${slug}${n === 1 ? '' : `-${n}`}`;
  });
}

/** The years a camp is counted in, as an EDTF interval (or a single year). */
export function yearsOf(locations: CampLocation[]): string | null {
  const years = locations.flatMap((l) => l.prisoners.map((p) => p.year));
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}/${last}`;
}

/** Checks a parsed gazetteer file's version; throws a clear error on an unknown one. */
export function checkGazetteer(value: unknown, file: string): Gazetteer {
  const gazetteer = value as Partial<Gazetteer> | null;
  if (!gazetteer || typeof gazetteer !== 'object' || !Array.isArray(gazetteer.camps)) {
    throw new Error(`${file}: not a gazetteer (no camps list)`);
  }
  if (gazetteer.formatVersion !== GAZETTEER_FORMAT_VERSION) {
    throw new Error(`${file}: gazetteer formatVersion ${String(gazetteer.formatVersion)} is not supported (expected ${GAZETTEER_FORMAT_VERSION})`);
  }
  return gazetteer as Gazetteer;
}
