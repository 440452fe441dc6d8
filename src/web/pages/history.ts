/**
 * The history of a page: every log entry that shaped it — who, when, what, and the hashes
 * that chain it to the rest of the log — and redactions shown as tombstones.
 */
import type { LogEntry } from '../../archive/types.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';

export interface HistoryRow extends LogEntry {
  redaction?: { time: string; actor: string; reason: string };
}

/** What each kind of log entry did, in words. */
const KIND_WORDS: Record<string, { en: string; ru: string }> = {
  'archive.init': { en: 'archive created', ru: 'архив создан' },
  'source.add': { en: 'source added', ru: 'источник добавлен' },
  'record.add': { en: 'record added', ru: 'запись добавлена' },
  'record.correct': { en: 'record corrected', ru: 'запись исправлена' },
  'claim.add': { en: 'claim added', ru: 'утверждение добавлено' },
  'claim.rank': { en: 'claim ranked', ru: 'утверждению присвоен ранг' },
  'entity.add': { en: 'entity added', ru: 'сущность добавлена' },
  'entity.correct': { en: 'entity corrected', ru: 'сущность исправлена' },
  'relation.add': { en: 'relation added', ru: 'связь добавлена' },
  'person.link': { en: 'records joined into a person', ru: 'записи объединены' },
  'person.unlink': { en: 'records separated', ru: 'записи разделены' },
  'review.propose': { en: 'proposed for review', ru: 'предложено на проверку' },
  'review.decide': { en: 'review decided', ru: 'проверка решена' },
  redact: { en: 'redaction', ru: 'изъятие' },
};

export function historyPage(ctx: PageContext, subject: string, subjectHref: string, entries: HistoryRow[]): SafeHtml {
  const { t } = ctx;
  const body = html`
    <h1>${t.history}</h1>
    <p><a href="${subjectHref}">${subject}</a></p>
    <p class="lead">${t.historyIntro}</p>
    <div class="table-scroll"><table>
      <thead><tr><th scope="col" class="num">${t.seq}</th><th scope="col">${t.time}</th><th scope="col">${t.actor}</th><th scope="col">${t.kind}</th><th scope="col">${t.hash}</th></tr></thead>
      <tbody>${entries.map((e) => html`<tr>
        <td class="num">${e.seq}</td>
        <td>${e.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</td>
        <td>${e.actor}</td>
        <td>${KIND_WORDS[e.kind]?.[ctx.lang] ?? e.kind} <code>${e.kind}</code>${e.redaction ? html`<span class="src">${ctx.lang === 'ru' ? 'удалено' : 'redacted'} ${e.redaction.time.slice(0, 10)}, ${e.redaction.actor}: ${e.redaction.reason}</span>` : ''}</td>
        <td><span class="hash" title="${ctx.lang === 'ru' ? 'предыдущий' : 'previous'}: ${e.prevHash}">${e.hash}</span></td>
      </tr>`)}</tbody>
    </table></div>
    <p><a href="/about#verify">${t.aboutTitle}</a></p>`;
  return layout(ctx, { title: `${t.history}: ${subject}` }, body);
}
