/**
 * `unerased link`: links the archive's records into persons (automatic links above the
 * threshold, the uncertain ones to the review queue), and `unerased link undo SEQ`.
 */
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { openArchive } from '../../archive/index.ts';
import { runLinkage, undoLink, LINK_PROBABILITY, REVIEW_PROBABILITY, countArchivePeople } from '../../linkage/index.ts';
import { archivePath } from '../archive-path.ts';

function probability(name: string) {
  return (value: string): number => {
    const p = Number(value);
    if (!(p > 0 && p < 1)) throw new Error(`--${name} must be a probability between 0 and 1 (exclusive), got "${value}"`);
    return p;
  };
}

export function editor(options: { actor?: string }): string {
  return options.actor ?? process.env.UNERASED_ACTOR ?? process.env.USER ?? 'editor';
}

export function register(program: Command): void {
  const link = program
    .command('link')
    .description('link records that describe one person (scores learned from the data; uncertain pairs go to review)')
    .option('--threshold <p>', `match probability from which records are linked without review`, probability('threshold'), LINK_PROBABILITY)
    .option('--review-threshold <p>', `match probability from which a pair goes to the review queue`, probability('review-threshold'), REVIEW_PROBABILITY)
    .option('--dry-run', 'compute and report, append nothing')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nEvery link is a log entry (author "linkage", score, per-field explanation) and can be undone:\n  unerased person unlink PERSON RECORD --reason "…"   or   unerased link undo SEQ --reason "…"\nA pair is never linked on the name alone: without agreement beyond the name it goes to review.')
    .action((options: { threshold: number; reviewThreshold: number; dryRun?: boolean; json?: boolean }, command: Command) => {
      if (options.reviewThreshold > options.threshold) throw new Error('--review-threshold must not exceed --threshold');
      const archive = openArchive(archivePath(command));
      try {
        const bar = process.stderr.isTTY && !options.json ? new SingleBar({ format: 'link {stage} [{bar}] {percentage}% | {value}/{total}' }, Presets.shades_classic) : undefined;
        let current = '';
        const report = runLinkage(archive, {
          thresholds: { linkProbability: options.threshold, reviewProbability: options.reviewThreshold },
          dryRun: options.dryRun,
          onProgress: (stage, done, total) => {
            if (!bar) return;
            if (stage !== current) {
              if (current) bar.stop();
              current = stage;
              bar.start(total, done, { stage });
            } else bar.update(done, { stage });
          },
        });
        bar?.stop();
        const count = countArchivePeople(archive);
        const summary = {
          records: report.records,
          pairsCompared: report.pairsCompared,
          linksAppended: report.linksAppended,
          personsLinked: report.personsTouched,
          reviewsProposed: report.reviewsProposed,
          familySuggestions: report.familySuggestions,
          emIterations: report.emIterations,
          seconds: report.seconds,
          people: count,
          dryRun: options.dryRun ?? false,
        };
        if (options.json) {
          process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${options.dryRun ? '(dry run, nothing appended) ' : ''}${report.records} records, ${report.pairsCompared} pairs compared: ` +
            `${report.linksAppended} links in ${report.personsTouched} persons, ${report.reviewsProposed} pairs and ${report.familySuggestions} family suggestions for review.\n` +
            `Distinct people: ${count.linked} (between ${count.low} and ${count.high} once the ${count.pendingReviews} pending reviews are decided; expected ${count.expected}).\n`,
        );
      } finally {
        archive.close();
      }
    });

  link
    .command('undo <seq>')
    .description('undo a person.link entry: the records it joined leave the person (a person.unlink entry)')
    .requiredOption('--reason <text>', 'why (kept in the log)')
    .option('--actor <name>', 'who decides (default $UNERASED_ACTOR or $USER)')
    .action((seq: string, options: { reason: string; actor?: string }, command: Command) => {
      const n = Number(seq);
      if (!Number.isInteger(n) || n < 1) throw new Error(`SEQ must be a log entry number, got "${seq}"`);
      const archive = openArchive(archivePath(command));
      try {
        const appended = undoLink(archive, n, options.reason, editor(options));
        process.stdout.write(`Undone: entry ${n} taken back by person.unlink entry ${appended}.\n`);
      } finally {
        archive.close();
      }
    });
}
