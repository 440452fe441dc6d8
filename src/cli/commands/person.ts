/**
 * `unerased person show|unlink|count`: a person's records and why they were joined; taking
 * records out of a person; how many distinct people the archive holds.
 */
import type { Command } from 'commander';
import { openArchive } from '../../archive/index.ts';
import { countArchivePeople, showPerson, unlinkRecords, type PersonView } from '../../linkage/index.ts';
import { archivePath } from '../archive-path.ts';
import { editor } from './link.ts';

function render(view: PersonView): string {
  const lines = [`Person ${view.personId}${view.synthetic ? '  [SYNTHETIC test data, not a real person]' : ''}`, '', `Records (${view.records.length}):`];
  for (const r of view.records) {
    const f = r.fields;
    const name = [f.surname?.text, f.givenName?.text, f.patronymic?.text].filter(Boolean).join(' ');
    const born = f.birthDate ? `, born ${f.birthDate.text}` : '';
    lines.push(`  ${r.id}  ${name}${born}`, `      source: ${r.citation ?? r.sourceId}${r.locator ? `, ${r.locator}` : ''}`);
  }
  if (view.links.length > 0) lines.push('', 'Why these records are one person:');
  for (const l of view.links) {
    const score = l.probability === null ? '' : ` p=${l.probability} (${l.weight} bits)`;
    lines.push(`  [entry ${l.seq}] ${l.left} ↔ ${l.right}${score} by ${l.actor} at ${l.time}${l.undoneSeq ? ` — UNDONE by entry ${l.undoneSeq}` : ''}`, `      ${l.reason}`);
    for (const c of l.fields) lines.push(`      ${c.field}: ${c.level} (${c.bits >= 0 ? '+' : ''}${c.bits} bits)`);
  }
  if (view.pendingReviews.length > 0) {
    lines.push('', 'Waiting for review:');
    for (const r of view.pendingReviews) lines.push(`  ${r.id} ${r.kind} ${r.left} ↔ ${r.right}: ${r.reason}`);
  }
  if (view.history.length > 0) {
    lines.push('', 'History:');
    for (const h of view.history) lines.push(`  ${h.seq} ${h.time} ${h.actor} ${h.kind}`);
  }
  return `${lines.join('\n')}\n`;
}

export function register(program: Command): void {
  const person = program.command('person').description('persons: records judged to describe one human being');

  person
    .command('show <id>')
    .description('show a person (per_…) or the person a record (rec_…) belongs to, with why its records were joined')
    .option('--json', 'print as JSON')
    .action((id: string, options: { json?: boolean }, command: Command) => {
      const archive = openArchive(archivePath(command));
      try {
        const view = showPerson(archive, id);
        if (!view) throw new Error(`no person or record "${id}"`);
        process.stdout.write(options.json ? `${JSON.stringify(view, null, 2)}\n` : render(view));
      } finally {
        archive.close();
      }
    });

  person
    .command('unlink <personId> <recordIds...>')
    .description('take records out of a person (they are not linked to it again automatically)')
    .requiredOption('--reason <text>', 'why (kept in the log)')
    .option('--actor <name>', 'who decides (default $UNERASED_ACTOR or $USER)')
    .action((personId: string, recordIds: string[], options: { reason: string; actor?: string }, command: Command) => {
      const archive = openArchive(archivePath(command));
      try {
        const seq = unlinkRecords(archive, personId, recordIds, options.reason, editor(options));
        process.stdout.write(`Unlinked ${recordIds.length} record(s) from ${personId} (log entry ${seq}).\n`);
      } finally {
        archive.close();
      }
    });

  person
    .command('count')
    .description('how many distinct people the archive holds, with the uncertainty the review queue leaves')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }, command: Command) => {
      const archive = openArchive(archivePath(command));
      try {
        const c = countArchivePeople(archive);
        if (options.json) process.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
        else process.stdout.write(`${c.linked} distinct people (between ${c.low} and ${c.high} once the ${c.pendingReviews} pending reviews are decided; expected ${c.expected}).\n`);
      } finally {
        archive.close();
      }
    });
}
