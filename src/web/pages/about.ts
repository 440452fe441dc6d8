/**
 * About this archive: what it is, what it is not, and how anyone can verify that nothing has
 * been quietly changed (`unerased verify`, signed checkpoints, the head at /api/head).
 */
import type { HeadView } from '../../http/archive-view.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';

export function aboutPage(ctx: PageContext, head: HeadView, stats: { records: number; synthetic: number }): SafeHtml {
  const ru = ctx.lang === 'ru';
  const body = ru
    ? html`
    <h1>Об этом архиве</h1>
    <p class="lead">unerased — открытый архив жертв и машины советского государственного террора 1917–1953 годов. Его задача противоположна отретушированной фотографии: никого, кто вошёл в архив, нельзя тихо из него удалить.</p>
    <h2>Как он устроен</h2>
    <ul>
      <li><strong>Запись</strong> — то, что один источник говорит об одном человеке, дословно и на языке источника, рядом с нормализованным видом.</li>
      <li><strong>Человек</strong> — вывод о том, что несколько записей описывают одного человека; у каждой связи есть оценка, объяснение и автор.</li>
      <li>У каждого факта есть источник и место в нём. Расходящиеся источники показываются рядом.</li>
      <li>Люди, которые могут быть живы (родились менее 100 лет назад, смерть не записана), публично не показываются.</li>
      <li>Синтетические (сгенерированные) записи всегда помечены.</li>
    </ul>
    <h2 id="verify">Как проверить архив</h2>
    <p>Каждое изменение — запись в журнале, который только дополняется; каждая запись содержит хеш предыдущей. Ничего не удаляется: исправление — новая запись, а изъятие (по закону или ради частной жизни) оставляет хеш и видимую отметку с причиной.</p>
    <ol>
      <li>Скачайте копию архива и выполните <code>unerased verify</code>: команда пересчитывает цепочку хешей от начала до конца.</li>
      <li><code>unerased checkpoint</code> печатает подписанное (Ed25519) заявление: номер, хеш последней записи и время. Сохраните его; позже любое зеркало можно сверить с ним.</li>
      <li>Текущая голова журнала: № <code>${head.seq}</code>, хеш <code class="hash">${head.hash}</code> (также <a href="/api/head">/api/head</a>).</li>
    </ol>
    <p>Записей в архиве: ${stats.records.toLocaleString('ru')}${stats.synthetic ? `, из них синтетических: ${stats.synthetic.toLocaleString('ru')}` : ''}.</p>
    <h2>API</h2>
    <p>Все данные доступны через JSON API; описание — <a href="/api/openapi.json">OpenAPI 3.1</a>. Выгрузка: <a href="/api/export?format=csv">CSV</a>, <a href="/api/export">JSON Lines</a>.</p>`
    : html`
    <h1>About this archive</h1>
    <p class="lead">unerased is an open archive of the victims and the machinery of Soviet state terror, 1917–1953. Its purpose is the opposite of the retouched photograph: nobody who enters the archive can be quietly removed from it again.</p>
    <h2>How it is built</h2>
    <ul>
      <li>A <strong>record</strong> is what one source says about one person, transcribed verbatim in its own script, beside its normalised form.</li>
      <li>A <strong>person</strong> is a conclusion that several records describe one human being; every link carries a score, an explanation and an author.</li>
      <li>Every fact carries its source and the place in it. Sources that disagree stand side by side.</li>
      <li>People who may still be alive (born less than 100 years ago, no death recorded) are not shown publicly.</li>
      <li>Synthetic (generated) records are always labelled.</li>
    </ul>
    <h2 id="verify">How to verify it</h2>
    <p>Every change is an entry in an append-only log, and every entry carries the hash of the one before. Nothing is deleted: a correction is a new entry, and a redaction (legal or privacy) removes a payload's bytes but leaves its hash and a visible tombstone with the reason.</p>
    <ol>
      <li>Take a copy of the archive and run <code>unerased verify</code>: it recomputes the hash chain from the first entry to the last.</li>
      <li><code>unerased checkpoint</code> prints a signed (Ed25519) statement of the sequence number, head hash and time. Keep it; later, any mirror can be checked against it.</li>
      <li>The head of this archive's log now: no. <code>${head.seq}</code>, hash <code class="hash">${head.hash}</code> (also at <a href="/api/head">/api/head</a>).</li>
    </ol>
    <p>Records in this archive: ${stats.records.toLocaleString('en')}${stats.synthetic ? `, of which synthetic: ${stats.synthetic.toLocaleString('en')}` : ''}.</p>
    <h2>API</h2>
    <p>Everything is available through a JSON API, described by an <a href="/api/openapi.json">OpenAPI 3.1 document</a>. Export: <a href="/api/export?format=csv">CSV</a>, <a href="/api/export">JSON Lines</a>.</p>`;
  return layout(ctx, { title: ctx.t.aboutTitle }, body);
}
