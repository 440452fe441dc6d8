/**
 * `unerased review list|accept|reject`: the pairs linkage was unsure of, and family
 * suggestions, for an editor to decide with a reason (kept in the log).
 */
import type { Command } from 'commander';
import { openArchive } from '../../archive/index.ts';
import { decideReview, listReviews, type ReviewItem } from '../../linkage/index.ts';
import { archivePath } from '../archive-path.ts';
import { editor } from './link.ts';

const STATUSES = ['pending', 'accepted', 'rejected'] as const;
const KINDS = ['same-person', 'father', 'sibling', 'relative'] as const;

function describe(item: ReviewItem): string {
  const score = item.probability === null ? '' : ` p=${item.probability.toFixed(3)} (${item.weight?.toFixed(1)} bits)`;
  const fields = item.fields.map((f) => `    ${f.field}: ${f.level} (${f.bits >= 0 ? '+' : ''}${f.bits} bits)`).join('\n');
  return `${item.id}  ${item.kind}${score}  ${item.left} ↔ ${item.right}\n    ${item.reason}${fields ? `\n${fields}` : ''}${item.decisionReason ? `\n    decided by ${item.decidedBy}: ${item.decisionReason}` : ''}`;
}

export function register(program: Command): void {
  const review = program.command('review').description('the review queue: uncertain same-person pairs and family suggestions');

  review
    .command('list')
    .description('list review items, most probable first')
    .option('--status <s>', `one of ${STATUSES.join(', ')}`, 'pending')
    .option('--kind <k>', `one of ${KINDS.join(', ')}`)
    .option('--limit <n>', 'how many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--json', 'print as JSON')
    .action((options: { status: string; kind?: string; limit: string; offset: string; json?: boolean }, command: Command) => {
      if (!(STATUSES as readonly string[]).includes(options.status)) throw new Error(`--status must be one of ${STATUSES.join(', ')}, got "${options.status}"`);
      if (options.kind && !(KINDS as readonly string[]).includes(options.kind)) throw new Error(`--kind must be one of ${KINDS.join(', ')}, got "${options.kind}"`);
      const limit = Number(options.limit);
      const offset = Number(options.offset);
      if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0) throw new Error('--limit must be ≥ 1 and --offset ≥ 0, whole numbers');
      const archive = openArchive(archivePath(command));
      try {
        const items = listReviews(archive, { status: options.status as ReviewItem['status'], kind: options.kind as ReviewItem['kind'] | undefined, limit, offset });
        if (options.json) process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        else if (items.length === 0) process.stdout.write(`No ${options.status} review items.\n`);
        else process.stdout.write(`${items.map(describe).join('\n\n')}\n`);
      } finally {
        archive.close();
      }
    });

  for (const decision of ['accept', 'reject'] as const) {
    review
      .command(`${decision} <id>`)
      .description(decision === 'accept' ? 'accept: link the two records (same-person) or confirm the suggestion' : 'reject: keep the two records apart for good')
      .requiredOption('--reason <text>', 'why (kept in the log)')
      .option('--actor <name>', 'who decides (default $UNERASED_ACTOR or $USER)')
      .action((id: string, options: { reason: string; actor?: string }, command: Command) => {
        const archive = openArchive(archivePath(command));
        try {
          const seqs = decideReview(archive, id, decision, options.reason, editor(options));
          process.stdout.write(`${decision === 'accept' ? 'Accepted' : 'Rejected'} ${id} (log entries ${seqs.join(', ')}).\n`);
        } finally {
          archive.close();
        }
      });
  }
}
