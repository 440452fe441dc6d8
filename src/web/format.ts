/**
 * Small display helpers shared by the pages: a record's name as written, its one-line facts,
 * and a source citation.
 */
import type { RecordData } from '../domain/record.ts';
import { html, type SafeHtml } from './html.ts';
import type { PageContext } from './layout.ts';
import { syntheticBadge } from './layout.ts';

/** The name as the source wrote it: surname, given name, patronymic, in the record's script. */
export function nameAsWritten(data: RecordData): string {
  const f = data.fields;
  const parts = [f.surname?.text, f.givenName?.text, f.patronymic?.text].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' ') : '—';
}

/** Born, nationality, arrest and fate in one line: what tells two namesakes apart. */
export function factsLine(ctx: PageContext, data: RecordData): string {
  const f = data.fields;
  const labels = ctx.lang === 'ru'
    ? { born: 'род.', arrested: 'арест.', executed: 'расстр.', died: 'умер' }
    : { born: 'b.', arrested: 'arrested', executed: 'executed', died: 'died' };
  const bits = [
    f.birthDate && `${labels.born} ${f.birthDate.text}${f.birthPlace ? `, ${f.birthPlace.text}` : ''}`,
    f.nationality?.text,
    f.arrestDate && `${labels.arrested} ${f.arrestDate.text}`,
    f.executionDate && `${labels.executed} ${f.executionDate.text}`,
    !f.executionDate && f.deathDate && `${labels.died} ${f.deathDate.text}`,
  ];
  return bits.filter(Boolean).join(' · ');
}

export function recordHeading(ctx: PageContext, data: RecordData): SafeHtml {
  return html`${nameAsWritten(data)}${data.synthetic ? html` ${syntheticBadge(ctx)}` : ''}`;
}

/** Path of a subject's page from its id (entities have `kind/slug` ids). */
export function recordHref(id: string): string {
  return `/records/${encodeURIComponent(id)}`;
}
export function personHref(id: string): string {
  return `/persons/${encodeURIComponent(id)}`;
}
export function sourceHref(id: string): string {
  return `/sources/${id.split('/').map(encodeURIComponent).join('/')}`;
}
export function entityHref(id: string): string {
  return `/entities/${id.split('/').map(encodeURIComponent).join('/')}`;
}
export function historyHref(id: string): string {
  return `/history/${id.split('/').map(encodeURIComponent).join('/')}`;
}

/** ` lang="ru"` for Cyrillic text, so screen readers pronounce it; nothing otherwise. */
export function langAttr(text: string): SafeHtml {
  return /[\u0400-\u04FF]/.test(text) ? html` lang="ru"` : html``;
}

/** An EDTF interval for reading: "1936-09-26/1938-11-25" → "1936-09-26 – 1938-11-25", open ends as "…". */
export function formatPeriod(edtf: string): string {
  if (!edtf.includes('/')) return edtf;
  const [from, to] = edtf.split('/');
  const end = (part: string | undefined) => (!part || part === '..' ? '…' : part);
  return `${end(from)} – ${end(to)}`;
}
