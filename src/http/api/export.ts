/**
 * Export of every public record as JSON Lines or CSV, streamed so a million records never sit
 * in memory at once. Records that may describe living people are left out.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { RECORD_FIELDS } from '../../domain/record.ts';
import type { ArchiveView } from '../archive-view.ts';
import { mayBeAlive } from '../privacy.ts';
import { ExportQuerySchema, ErrorSchema } from '../schemas.ts';
import { recordJson } from './serialize.ts';
import type { ErrorLogger } from '../errors.ts';

/** Records written per chunk of the response stream. */
const CHUNK_RECORDS = 500;

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  summary: 'Every public record, as JSON Lines or CSV (text as written; for R or Python)',
  request: { query: ExportQuerySchema },
  responses: {
    200: {
      description: 'One record a line (jsonl) or a CSV with a header row; values as written in the source.',
      content: { 'application/x-ndjson': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } },
    },
    400: { description: 'Invalid format.', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

const CSV_COLUMNS = ['id', 'sourceId', 'locator', 'synthetic', ...RECORD_FIELDS] as const;

/** Quotes a CSV cell (RFC 4180), and defuses cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function registerExport(api: OpenAPIHono, view: ArchiveView, log: ErrorLogger): void {
  api.openapi(exportRoute, (c) => {
    const { format } = c.req.valid('query');
    c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="unerased-records.${format}"`);
    return stream(c, async (out) => {
      let chunk: string[] = [];
      if (format === 'csv') chunk.push(CSV_COLUMNS.join(','));
      for (const record of view.allRecords()) {
        if (mayBeAlive([record.data])) continue;
        if (format === 'csv') {
          const { data } = record;
          const cells = [record.id, data.sourceId, data.locator ?? '', String(data.synthetic), ...RECORD_FIELDS.map((f) => data.fields[f]?.text ?? '')];
          chunk.push(cells.map(csvCell).join(','));
        } else {
          chunk.push(JSON.stringify(recordJson(record)));
        }
        if (chunk.length >= CHUNK_RECORDS) {
          await out.write(`${chunk.join('\n')}\n`);
          chunk = [];
        }
      }
      if (chunk.length > 0) await out.write(`${chunk.join('\n')}\n`);
    }, async (error) => {
      // The status line is already sent: log, and end the stream so the client sees it cut short.
      log(error, { method: c.req.method, path: c.req.path });
    }) as never;
  });
}
