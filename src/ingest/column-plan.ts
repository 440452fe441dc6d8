/**
 * From a file's header row to what each column holds: by known header names (./headers.ts),
 * a mapping file, columns to ignore, and the free-text column the parser reads. A header the
 * import does not know stops the import before anything is written: silently dropping a column
 * would lose what the source says.
 */
import { readFileSync } from 'node:fs';
import { foldHeader, targetOfHeader, targetOfName, type ColumnTarget } from './headers.ts';
import { ImportError } from './import-error.ts';

/** Version of the mapping file format; others are refused. */
export const MAPPING_VERSION = 1;

/** A mapping file: `{ "version": 1, "columns": { "ФИО полностью": "surname", "Старый №": "ignore" } }`. */
export interface MappingFile {
  version: number;
  columns: Record<string, string>;
}

export interface PlanOptions {
  /** Header → target name, from a mapping file (wins over known headers). */
  mapping?: Record<string, string>;
  /** Headers to leave out on purpose. */
  ignore?: readonly string[];
  /**
   * Headers of the columns of free Book-of-Memory text, read by the entry parser. Several
   * (e.g. NAME and BIO) are joined in this order with " — ", as a printed entry runs.
   */
  textColumns?: readonly string[];
}

export interface ColumnPlan {
  headers: string[];
  targets: ColumnTarget[];
}

export function readMappingFile(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportError(`${path}: not a readable JSON mapping file (${(error as Error).message})`);
  }
  const mapping = parsed as Partial<MappingFile>;
  if (typeof mapping !== 'object' || mapping === null || mapping.version !== MAPPING_VERSION) {
    throw new ImportError(`${path}: mapping version ${String(mapping?.version)} is not supported (expected {"version": ${MAPPING_VERSION}, "columns": {…}})`);
  }
  if (typeof mapping.columns !== 'object' || mapping.columns === null) throw new ImportError(`${path}: "columns" must be an object of header → field`);
  for (const [header, name] of Object.entries(mapping.columns)) {
    if (typeof name !== 'string' || !targetOfName(name)) {
      throw new ImportError(`${path}: column "${header}" maps to "${String(name)}", which is not a record field, "<field>.norm", source, locator, originalText, synthetic or ignore`);
    }
  }
  return mapping.columns;
}

function describe(target: ColumnTarget): string {
  return target.kind === 'field' ? target.field : target.kind === 'norm' || target.kind === 'span' ? `${target.field}.${target.kind}` : target.kind;
}

/** Decides what each column holds; throws an ImportError naming every unknown or doubled column. */
export function planColumns(file: string, headers: string[], options: PlanOptions = {}): ColumnPlan {
  const mapping = new Map(Object.entries(options.mapping ?? {}).map(([h, name]) => [foldHeader(h), targetOfName(name)!]));
  const ignored = new Set((options.ignore ?? []).map(foldHeader));
  const textColumns = (options.textColumns ?? []).map(foldHeader);
  const unknown: string[] = [];
  const targets = headers.map((header, index): ColumnTarget => {
    const folded = foldHeader(header);
    const textIndex = textColumns.indexOf(folded);
    if (textIndex >= 0) return { kind: 'originalText', part: textIndex };
    if (ignored.has(folded) || (folded === '' && header.trim() === '' && index === headers.length - 1)) return { kind: 'ignore' };
    const target = mapping.get(folded) ?? targetOfHeader(header);
    if (!target) unknown.push(`"${header}" (column ${index + 1})`);
    return target ?? { kind: 'ignore' };
  });
  if (unknown.length > 0) {
    throw new ImportError(
      `${file}, line 1: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. ` +
        'Name what each holds in a mapping file (--mapping FILE) or leave it out on purpose (--ignore-column NAME).',
    );
  }
  for (const [index, column] of (options.textColumns ?? []).entries()) {
    if (!targets.some((t) => t.kind === 'originalText' && t.part === index)) {
      throw new ImportError(`${file}, line 1: no column "${column}" for --text-column (columns: ${headers.join(', ')})`);
    }
  }
  const seen = new Map<string, number>();
  targets.forEach((target, index) => {
    if (target.kind === 'ignore' || (target.kind === 'originalText' && target.part !== undefined)) return;
    const key = describe(target);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ImportError(`${file}, line 1: columns ${first + 1} ("${headers[first]}") and ${index + 1} ("${headers[index]}") both hold ${key}`);
    }
    seen.set(key, index);
  });
  return { headers, targets };
}
