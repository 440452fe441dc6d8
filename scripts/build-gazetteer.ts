/**
 * Builds data/reference/gulag-camps.json from the urbica/gulag-api seed files
 * (PostgreSQL INSERT statements). The statements are executed as they are in an in-memory
 * SQLite database (SQLite reads the same INSERT syntax and has JSON functions), then only the
 * facts are kept: names, type, region, activity, years, cleaned points, yearly counts. The
 * prose descriptions are not copied.
 *
 *   node --import tsx scripts/build-gazetteer.ts [SEED_DIR] [OUT_FILE]
 */
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GAZETTEER_FORMAT_VERSION,
  assignIds,
  cleanPoint,
  cleanText,
  placeholderNames,
  slugOf,
  yearsOf,
  type Camp,
  type CampLocation,
  type Gazetteer,
} from '../src/apparatus/gazetteer.ts';
import { SHARED_DATA } from '../test/shared-data.ts';

const DEFAULT_SEED_DIR = `${SHARED_DATA}/gulag-camps`;
const DEFAULT_OUT = new URL('../data/reference/gulag-camps.json', import.meta.url).pathname;

/** The upstream files and the tables they fill, columns as in gulag-api's migrations. */
const TABLES: [file: string, ddl: string][] = [
  ['camps.sql', 'CREATE TABLE camps(id, title, sub_titles, description, published, type_id, activity_id, region_id, notes, created_at, updated_at)'],
  ['camp-locations.sql', 'CREATE TABLE camp_locations(id, geom, description, camp_id, order_index)'],
  ['camp-statistics.sql', 'CREATE TABLE camp_statistics(id, location_id, year, prisoners_count)'],
  ['camp-types.sql', 'CREATE TABLE camp_types(id, title, description)'],
  ['camp-activities.sql', 'CREATE TABLE camp_activities(id, title)'],
  ['camp-regions.sql', 'CREATE TABLE camp_regions(id, title)'],
];

type Multilingual = { ru?: string; en?: string; de?: string };

function parseTitle(json: string | null, where: string): Multilingual {
  if (json === null) return {};
  try {
    const value = JSON.parse(json) as Record<string, string | undefined>;
    return { ru: cleanText(value.ru), en: cleanText(value.en), de: cleanText(value.de) };
  } catch {
    throw new Error(`${where}: title is not JSON`);
  }
}

function loadSeeds(seedDir: string): Database.Database {
  const db = new Database(':memory:');
  for (const [file, ddl] of TABLES) {
    db.exec(ddl);
    const sql = readFileSync(join(seedDir, file), 'utf8')
      // The PostgreSQL sequence resets at the end of each file mean nothing here.
      .replace(/^SELECT setval\(.*$/gm, '');
    try {
      db.exec(sql);
    } catch (error) {
      throw new Error(`${join(seedDir, file)}: ${(error as Error).message}`);
    }
  }
  return db;
}

interface CampRow { id: number; title: string; type_id: number | null; activity_id: number | null; region_id: number | null }
interface LocationRow { id: number; camp_id: number; geom: string; description: string | null }
interface CountRow { location_id: number; year: number; prisoners_count: number | null }

export function buildGazetteer(seedDir: string): Gazetteer {
  const db = loadSeeds(seedDir);
  const lookup = (table: string): Map<number, Multilingual> =>
    new Map(
      (db.prepare(`SELECT id, title FROM ${table}`).all() as { id: number; title: string }[]).map((r) => [
        r.id,
        parseTitle(r.title, `${seedDir}/${table} id ${r.id}`),
      ]),
    );
  const types = lookup('camp_types');
  const activities = lookup('camp_activities');
  const regions = lookup('camp_regions');

  // The upstream file inserts camp 10 (Прорвинский ИТЛ) twice, byte for byte: identical rows
  // are one camp; two different rows under one id would be a conflict to resolve by hand.
  const distinct = db.prepare('SELECT DISTINCT id, title, type_id, activity_id, region_id, description, notes FROM camps ORDER BY id').all() as (CampRow & { description: string })[];
  const campRows: CampRow[] = [];
  for (const row of distinct) {
    if (campRows.at(-1)?.id === row.id) throw new Error(`${seedDir}/camps.sql: camp id ${row.id} appears twice with different contents`);
    campRows.push(row);
  }
  const locationRows = db.prepare('SELECT id, camp_id, geom, description FROM camp_locations ORDER BY camp_id, order_index, id').all() as LocationRow[];
  const countRows = db.prepare('SELECT location_id, year, prisoners_count FROM camp_statistics ORDER BY location_id, year').all() as CountRow[];

  const countsByLocation = new Map<number, CampLocation['prisoners']>();
  for (const row of countRows) {
    const list = countsByLocation.get(row.location_id) ?? [];
    list.push({ year: row.year, count: row.prisoners_count });
    countsByLocation.set(row.location_id, list);
  }
  const locationsByCamp = new Map<number, CampLocation[]>();
  for (const row of locationRows) {
    const where = `${seedDir}/camp-locations.sql id ${row.id}`;
    let geometry: { coordinates?: unknown };
    try {
      geometry = JSON.parse(row.geom) as { coordinates?: unknown };
    } catch {
      throw new Error(`${where}: geom is not JSON`);
    }
    const point = cleanPoint(geometry.coordinates);
    const address = parseTitle(row.description, where);
    const location: CampLocation = {
      coordinates: point.coordinates,
      ...(point.problem ? { coordinatesUnknown: point.problem } : {}),
      address: { ...(address.ru ? { ru: address.ru } : {}), ...(address.en ? { en: address.en } : {}) },
      prisoners: countsByLocation.get(row.id) ?? [],
    };
    const list = locationsByCamp.get(row.camp_id) ?? [];
    list.push(location);
    locationsByCamp.set(row.camp_id, list);
  }

  const titles = campRows.map((row) => parseTitle(row.title, `${seedDir}/camps.sql id ${row.id}`));
  const placeholders = {
    en: placeholderNames(titles.map((t) => ({ ru: t.ru ?? '', other: t.en }))),
    de: placeholderNames(titles.map((t) => ({ ru: t.ru ?? '', other: t.de }))),
  };
  const ids = assignIds(titles.map((t) => slugOf(t.ru ?? t.en ?? 'unnamed')));

  const camps: Camp[] = campRows.map((row, i) => {
    const title = titles[i]!;
    if (!title.ru) throw new Error(`${seedDir}/camps.sql id ${row.id}: no Russian name`);
    const type = row.type_id === null ? undefined : types.get(row.type_id);
    const locations = locationsByCamp.get(row.id) ?? [];
    return {
      id: ids[i]!,
      gulagApiId: row.id,
      names: {
        ru: title.ru,
        ...(title.en && !placeholders.en.has(title.en) ? { en: title.en } : {}),
        ...(title.de && !placeholders.de.has(title.de) ? { de: title.de } : {}),
      },
      type: type?.en && type.ru ? { en: type.en, ru: type.ru } : null,
      region: (row.region_id !== null ? regions.get(row.region_id)?.en : undefined) ?? null,
      activity: (row.activity_id !== null ? activities.get(row.activity_id)?.en : undefined) ?? null,
      years: yearsOf(locations),
      locations,
    };
  });
  db.close();
  return {
    formatVersion: GAZETTEER_FORMAT_VERSION,
    sourceId: 'source/memorial-gulag-reference',
    transcriptionSourceId: 'source/urbica-gulag-api',
    derivedFrom: 'urbica/gulag-api src/db/seeds/ at commit 7512628, by scripts/build-gazetteer.ts',
    camps,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seedDir = process.argv[2] ?? DEFAULT_SEED_DIR;
  const out = process.argv[3] ?? DEFAULT_OUT;
  const gazetteer = buildGazetteer(seedDir);
  writeFileSync(out, `${JSON.stringify(gazetteer, null, 1)}\n`);
  const unknown = gazetteer.camps.flatMap((c) => c.locations).filter((l) => l.coordinates === null).length;
  process.stdout.write(`${out}: ${gazetteer.camps.length} camps, ${unknown} locations without usable coordinates\n`);
}
