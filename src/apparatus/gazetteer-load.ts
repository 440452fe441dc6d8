/**
 * Turns the committed gazetteer into log payloads: one `place` entity per camp (subtype
 * `camp`) and one claim per known yearly prisoner count, all cited to Memorial's reference
 * with the camp's entry as the locator.
 */
import type { ClaimAdd } from '../domain/claim.ts';
import type { EntityAdd } from '../domain/entity.ts';
import type { Camp, Gazetteer } from './gazetteer.ts';
import type { SourceResolver } from './reference-files.ts';

function locatorOf(camp: Camp): { page: string } {
  return { page: `entry «${camp.names.ru}» (urbica/gulag-api camps.id ${camp.gulagApiId})` };
}

export function campEntity(camp: Camp, sourceId: string): EntityAdd {
  const located = camp.locations.find((l) => l.coordinates !== null)?.coordinates;
  const aliases = [...new Set([camp.names.en, camp.names.de].filter((n): n is string => n !== undefined))];
  return {
    id: camp.id,
    kind: 'place',
    names: { en: camp.names.en ?? camp.names.ru, ru: camp.names.ru, ...(camp.names.de ? { de: camp.names.de } : {}) },
    aliases,
    subtype: 'camp',
    ...(camp.years ? { period: camp.years } : {}),
    vocabKeys: [],
    // Points in the reference locate the camp's administration at settlement level.
    ...(located ? { coordinates: { lat: located.lat, lon: located.lon, precision: 'approximate' as const } } : {}),
    attributes: {
      gulagApiId: camp.gulagApiId,
      ...(camp.type ? { type: camp.type.en } : {}),
      ...(camp.region ? { region: camp.region } : {}),
      ...(camp.activity ? { activity: camp.activity } : {}),
      locations: camp.locations.length,
      locationsWithoutCoordinates: camp.locations.filter((l) => l.coordinates === null).length,
    },
    citation: { sourceId, locator: locatorOf(camp) },
  };
}

/** One claim per location and year with a known count; unknown counts stay only in the file. */
export function campCountClaims(camp: Camp, sourceId: string): ClaimAdd[] {
  const slug = camp.id.replace('/', '-');
  return camp.locations.flatMap((location, index) =>
    location.prisoners
      .filter((p): p is { year: number; count: number } => p.count !== null)
      .map((p) => ({
        id: `claim/${slug}.prisoners.${p.year}.${index + 1}`,
        subject: camp.id,
        property: 'prisoners',
        value: { type: 'quantity' as const, amount: p.count, qualifier: 'exact' as const, unit: 'prisoners' },
        period: String(p.year),
        citation: { sourceId, locator: locatorOf(camp) },
        ...(camp.locations.length > 1 ? { note: `location ${index + 1} of ${camp.locations.length}` } : {}),
      })),
  );
}

export function campChanges(gazetteer: Gazetteer, resolve: SourceResolver): { entities: { payload: EntityAdd }[]; claims: ClaimAdd[] } {
  const sourceId = resolve(gazetteer.sourceId, 'gulag-camps.json');
  return {
    entities: gazetteer.camps.map((camp) => ({ payload: campEntity(camp, sourceId) })),
    claims: gazetteer.camps.flatMap((camp) => campCountClaims(camp, sourceId)),
  };
}
