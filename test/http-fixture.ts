/**
 * A small real archive for the web and API tests: the reference archive, and a handful of
 * SYNTHETIC records (invented people, marked synthetic) chosen to exercise the pages — one
 * person in two scripts linked by an editor, a name that is markup, a person who may be alive.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addRecords, addSource, openArchive, type Archive } from '../src/archive/index.ts';
import { loadReference } from '../src/apparatus/load-reference.ts';
import type { RecordData } from '../src/domain/record.ts';
import { searchProjection } from '../src/search/index.ts';

export const XSS_NAME = '<script>alert("x")</script>';

export interface Fixture {
  dir: string;
  path: string;
  ids: { cyrillic: string; latin: string; xss: string; living: string; person: string; source: string };
  cleanup(): void;
}

const f = (text: string, norm?: string) => (norm === undefined ? { text } : { text, norm });

/** Writes the fixture archive to a fresh temp folder and closes it. */
export function buildFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'unerased-http-'));
  const path = join(dir, 'archive.sqlite');
  const archive: Archive = openArchive(path, { projections: [searchProjection] });
  try {
    loadReference(archive);
    const book = addSource(archive, { citation: 'Synthetic Book of Memory, vol. 1 (test data, not real people)', kind: 'synthetic', synthetic: true }, 'test').id;
    const list = addSource(archive, { citation: 'Synthetic execution list (test data, not real people)', kind: 'synthetic', synthetic: true }, 'test').id;
    const cyrillic: RecordData = {
      sourceId: book,
      locator: 'p. 17, no. 4',
      synthetic: true,
      fields: {
        surname: f('Ковальский'), givenName: f('Ян'), patronymic: f('Станиславович'),
        birthDate: f('1898', '1898'), birthPlace: f('Минск'), nationality: f('поляк', 'polish'),
        residence: f('Москва, ул. Тверская'), arrestDate: f('12.08.1937', '1937-08-12'),
        sentencingBody: f('Комиссия НКВД и Прокурора СССР'), sentenceDate: f('29.09.1937', '1937-09-29'),
        sentence: f('ВМН'), executionDate: f('03.10.1937', '1937-10-03'), burialPlace: f('Бутово'),
        operation: f('польская операция', 'polish-operation'), rehabilitationDate: f('1958', '1958'),
      },
    };
    const latin: RecordData = {
      sourceId: list,
      locator: 'sheet 212',
      synthetic: true,
      fields: {
        surname: f('Kowalski'), givenName: f('Jan'), birthDate: f('1899?', '1899?'), nationality: f('Pole', 'polish'),
        arrestDate: f('08.1937', '1937-08'), sentence: f('shot'), executionDate: f('3 Oct 1937', '1937-10-03'),
      },
    };
    const xss: RecordData = {
      sourceId: book, locator: 'p. 18', synthetic: true,
      fields: { surname: f(XSS_NAME), givenName: f('<b>Ivan</b>'), birthDate: f('1901', '1901'), executionDate: f('1938', '1938') },
    };
    const living: RecordData = {
      sourceId: book, locator: 'p. 19', synthetic: true,
      fields: { surname: f('Живущенко'), givenName: f('Пётр'), birthDate: f('1950', '1950'), arrestDate: f('1970', '1970') },
    };
    const added = addRecords(archive, [cyrillic, latin, xss, living], 'test');
    const [cyrillicId, latinId, xssId, livingId] = added.added as [string, string, string, string];
    const person = 'per_fixture0000000000000001';
    archive.append(
      [{
        kind: 'person.link',
        payload: {
          v: 1, personId: person, recordIds: [cyrillicId, latinId],
          pairs: [{ left: cyrillicId, right: latinId, probability: 0.97, weight: 9.1 }],
          reason: 'same name across scripts, birth year within one, same execution date',
        },
      }],
      'test-editor',
    );
    return {
      dir, path,
      ids: { cyrillic: cyrillicId, latin: latinId, xss: xssId, living: livingId, person, source: book },
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  } finally {
    archive.close();
  }
}
