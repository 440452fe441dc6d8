/**
 * `unerased entity show|list`, `unerased claims ID`, `unerased reference load`: the machinery
 * of terror — organisations, operations, trials, places, events, artefacts, officials — with
 * every claim and its source.
 */
import type { Command } from 'commander';
import { openArchive, type Archive } from '../../archive/index.ts';
import {
  claimsAbout,
  countRecordsByVocab,
  getEntity,
  headsOf,
  listEntities,
  loadReference,
  operationFigures,
  rankClaim,
  recordsNamingCamp,
  relationsOf,
  type StoredClaim,
  type StoredRelation,
} from '../../apparatus/index.ts';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../../domain/entity.ts';
import { formatClaimValue } from '../../domain/claim.ts';
import { archivePath } from '../archive-path.ts';
import { editor } from './link.ts';

function withArchive<T>(command: Command, fn: (archive: Archive) => T): T {
  const archive = openArchive(archivePath(command));
  try {
    return fn(archive);
  } finally {
    archive.close();
  }
}

function sourceLines(item: StoredClaim | StoredRelation, indent: string): string[] {
  const where = [item.source.locator.page ? `at ${item.source.locator.page}` : '', item.source.locator.quote ? `“${item.source.locator.quote}”` : '']
    .filter(Boolean)
    .join(' ');
  return [`${indent}source: ${item.source.citation}`, `${indent}        ${where}`];
}

function rankMark(item: StoredClaim | StoredRelation): string {
  if (item.rank === 'normal') return '';
  return ` [${item.rank}${item.rankReason ? `: ${item.rankReason}` : ''}]`;
}

function renderClaims(claims: StoredClaim[], relations: StoredRelation[], id: string): string {
  const lines: string[] = [];
  if (claims.length > 0) lines.push(`Claims about ${id} (${claims.length}):`);
  for (const c of claims) {
    lines.push(`  ${c.property}: ${formatClaimValue(c.value)}${c.period ? ` (${c.period})` : ''}${rankMark(c)}`, ...sourceLines(c, '    '));
    if (c.note) lines.push(`    note: ${c.note}`);
  }
  if (relations.length > 0) lines.push(`Relations of ${id} (${relations.length}):`);
  for (const r of relations) {
    const version = r.objectVersion ? ` (version: ${r.objectVersion})` : '';
    lines.push(`  ${r.subject} ${r.type} ${r.object}${version}${r.period ? ` (${r.period})` : ''}${rankMark(r)}`, ...sourceLines(r, '    '));
    if (r.note) lines.push(`    note: ${r.note}`);
  }
  if (lines.length === 0) lines.push(`No claims about ${id}.`);
  return `${lines.join('\n')}\n`;
}

function renderEntity(entity: Entity, archive: Archive): string {
  const lines = [`${entity.names.en}  (${entity.id})${entity.synthetic ? '  [SYNTHETIC test data]' : ''}`];
  for (const [lang, name] of Object.entries(entity.names)) if (lang !== 'en') lines.push(`  name (${lang}): ${name}`);
  if (entity.aliases.length) lines.push(`  also: ${entity.aliases.join('; ')}`);
  lines.push(`  kind: ${entity.kind}${entity.subtype ? ` / ${entity.subtype}` : ''}`);
  if (entity.period) lines.push(`  period: ${entity.period}`);
  if (entity.coordinates) lines.push(`  coordinates: ${entity.coordinates.lat}, ${entity.coordinates.lon} (${entity.coordinates.precision})`);
  if (entity.roles) lines.push(`  roles: ${entity.roles.join(', ')}`);
  if (entity.vocabKeys.length) lines.push(`  vocabulary keys: ${entity.vocabKeys.join(', ')}`);
  for (const [key, value] of Object.entries(entity.attributes ?? {})) lines.push(`  ${key}: ${String(value)}`);
  for (const v of entity.versions ?? []) lines.push(`  version ${v.id} — ${v.label}: ${v.description}`);
  const source = archive.db.prepare('SELECT citation FROM sources WHERE id = ?').pluck().get(entity.citation.sourceId) as string | undefined;
  lines.push(`  named in: ${source ?? entity.citation.sourceId}`);
  if (entity.citation.locator.quote) lines.push(`           “${entity.citation.locator.quote}”`);
  if (entity.citation.locator.page) lines.push(`           at ${entity.citation.locator.page}`);
  if (entity.kind === 'organisation') {
    const heads = headsOf(archive, entity.id);
    if (heads.length) lines.push('  heads:');
    for (const h of heads) lines.push(`    ${h.subject}${h.period ? ` (${h.period})` : ''} — ${h.source.citation.slice(0, 60)}…`);
  }
  if (entity.kind === 'operation') {
    const figures = operationFigures(archive, entity.id);
    lines.push(`  records in this archive naming it: ${figures.records.real}${figures.records.synthetic ? ` (+${figures.records.synthetic} synthetic)` : ''}`);
    for (const f of figures.figures) {
      lines.push(`    ${f.claim.property}: ${f.text} — archive names ${(f.share * 100).toFixed(2)}% — ${f.claim.source.citation.slice(0, 60)}…`);
    }
  }
  for (const count of countRecordsByVocab(archive, entity.id)) {
    lines.push(`  records naming it as ${count.field}: ${count.real}${count.synthetic ? ` (+${count.synthetic} synthetic)` : ''}`);
  }
  if (entity.subtype === 'camp') {
    const records = recordsNamingCamp(archive, entity.id);
    lines.push(`  records in this archive naming it: ${records.real.length}${records.synthetic.length ? ` (+${records.synthetic.length} synthetic)` : ''}`);
  }
  lines.push(`  see: unerased claims ${entity.id}`);
  return `${lines.join('\n')}\n`;
}

function parseKind(kind: string | undefined): EntityKind | undefined {
  if (kind === undefined) return undefined;
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown kind "${kind}" (one of: ${ENTITY_KINDS.join(', ')})`);
  return kind as EntityKind;
}

export function register(program: Command): void {
  const entity = program.command('entity').description('organisations, operations, trials, places, events, artefacts and officials');

  entity
    .command('show <id>')
    .description('show an entity (e.g. organisation/nkvd, operation/order-00485), its heads or its figures beside the records')
    .option('--json', 'print as JSON')
    .action((id: string, options: { json?: boolean }, command: Command) => {
      withArchive(command, (archive) => {
        const found = getEntity(archive, id);
        if (!found) throw new Error(`no entity "${id}" (try: unerased entity list)`);
        if (options.json) {
          const extra = found.kind === 'operation' ? { figures: operationFigures(archive, id) } : found.kind === 'organisation' ? { heads: headsOf(archive, id) } : {};
          process.stdout.write(`${JSON.stringify({ entity: found, ...extra }, null, 2)}\n`);
        } else process.stdout.write(renderEntity(found, archive));
      });
    });

  entity
    .command('list')
    .description('list entities, optionally of one kind')
    .option('--kind <kind>', `one of: ${ENTITY_KINDS.join(', ')}`)
    .option('--subtype <subtype>', 'e.g. camp, order, execution-site, show-trial')
    .option('--camps', 'include the Gulag camps of the gazetteer (hundreds)')
    .option('--json', 'print as JSON')
    .action((options: { kind?: string; subtype?: string; camps?: boolean; json?: boolean }, command: Command) => {
      withArchive(command, (archive) => {
        const list = listEntities(archive, {
          ...(options.kind ? { kind: parseKind(options.kind)! } : {}),
          ...(options.subtype ? { subtype: options.subtype } : {}),
          includeCamps: options.camps ?? false,
        });
        if (options.json) process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        else process.stdout.write(list.map((e) => `${e.id}\t${e.name}`).join('\n') + (list.length ? '\n' : 'No entities. (Load the reference: unerased reference load)\n'));
      });
    });

  entity
    .command('figures')
    .description('every operation: the records in this archive that name it, beside each published figure and its source')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }, command: Command) => {
      withArchive(command, (archive) => {
        const all = listEntities(archive, { kind: 'operation' }).map((op) => operationFigures(archive, op.id));
        if (options.json) {
          process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
          return;
        }
        const lines: string[] = [];
        for (const op of all) {
          lines.push(`${op.name} (${op.id}): ${op.records.real} records${op.records.synthetic ? ` (+${op.records.synthetic} synthetic)` : ''}`);
          for (const f of op.figures) {
            const author = f.claim.source.citation.split(/[.,]/)[0];
            lines.push(`  ${f.claim.property.padEnd(20)} ${f.text.padEnd(30)} ${(f.share * 100).toFixed(2).padStart(6)} % named   ${author}`);
          }
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });

  program
    .command('claims <id>')
    .description('every claim and relation about an entity, each with its source and quote; conflicting ones side by side')
    .option('--property <name>', 'only claims of this property (e.g. executed)')
    .option('--json', 'print as JSON')
    .action((id: string, options: { property?: string; json?: boolean }, command: Command) => {
      withArchive(command, (archive) => {
        if (!getEntity(archive, id)) throw new Error(`no entity "${id}"`);
        const claims = claimsAbout(archive, id, options.property);
        const relations = options.property ? [] : relationsOf(archive, id);
        process.stdout.write(options.json ? `${JSON.stringify({ id, claims, relations }, null, 2)}\n` : renderClaims(claims, relations, id));
      });
    });

  program
    .command('claim')
    .description('edit the standing of one claim or relation')
    .command('rank <claimId>')
    .description('prefer or deprecate a claim or relation, with a reason; it stays visible beside the others')
    .requiredOption('--rank <rank>', 'preferred, normal or deprecated')
    .requiredOption('--reason <text>', 'why (kept in the log)')
    .option('--actor <name>', 'who decides (default $UNERASED_ACTOR or $USER)')
    .action((claimId: string, options: { rank: string; reason: string; actor?: string }, command: Command) => {
      withArchive(command, (archive) => {
        rankClaim(archive, { claimId, rank: options.rank, reason: options.reason }, editor(options));
        process.stdout.write(`${claimId} ranked ${options.rank}\n`);
      });
    });

  program
    .command('reference')
    .description('the reference archive (data/reference): cited entities, claims, relations, Gulag camps')
    .command('load')
    .description('load the reference into the archive through the log (actor "reference"); a second load adds nothing')
    .option('--dir <path>', 'another reference folder')
    .option('--json', 'print the summary as JSON')
    .action((options: { dir?: string; json?: boolean }, command: Command) => {
      withArchive(command, (archive) => {
        const summary = loadReference(archive, options.dir);
        process.stdout.write(
          options.json
            ? `${JSON.stringify(summary)}\n`
            : `reference loaded: ${summary.sources} sources, ${summary.entities} entities, ${summary.corrections} corrections, ${summary.claims} claims, ${summary.relations} relations added\n`,
        );
      });
    });
}
