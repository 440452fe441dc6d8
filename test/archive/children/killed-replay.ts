/**
 * A child process for bulk-journal-kill.test.ts: opens the archive at argv[2] with a new
 * projection whose replay is written through a rollback journal and spills pages into the
 * file, then kills itself midway (SIGKILL: no clean-up of any kind).
 */
import { openArchive, type Projection } from '../../../src/archive/index.ts';
import { bulkJournalLimits } from '../../../src/archive/bulk-journal.ts';

bulkJournalLimits.minEntries = 1;
let applied = 0;
const filler: Projection = {
  name: 'filler',
  version: 1,
  schema: 'CREATE TABLE IF NOT EXISTS filler (n INTEGER, pad BLOB)',
  tables: ['filler'],
  apply(db) {
    // A tiny page cache: the transaction's pages go into the database file as it runs.
    if (applied === 0) db.pragma('cache_size = 8');
    const insert = db.prepare('INSERT INTO filler VALUES (?, ?)');
    for (let i = 0; i < 200; i++) insert.run(applied * 200 + i, Buffer.alloc(2000, applied % 251));
    if (++applied === 3) {
      process.stdout.write(`${db.pragma('journal_mode', { simple: true }) as string}\n`);
      process.kill(process.pid, 'SIGKILL');
    }
  },
};
openArchive(process.argv[2]!, { projections: [filler] });
