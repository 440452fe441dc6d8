/**
 * The page of a person (several records judged to be one human) or of a single record: the
 * name as written with its transliterations, a timeline, every record side by side with the
 * fields that disagree marked and each value's source, relations, "cite this page", and a
 * schema.org Person in JSON-LD.
 */
import type { Entity } from '../../domain/entity.ts';
import { RECORD_FIELDS, type RecordField } from '../../domain/record.ts';
import type { PersonLinkView, RecordView, SourceView } from '../../http/archive-view.ts';
import { transliterate } from '../../names/transliterate.ts';
import { FIELD_LABELS } from '../i18n.ts';
import { html, jsonForScript, type SafeHtml } from '../html.ts';
import { layout, syntheticBadge, type PageContext } from '../layout.ts';
import { entityHref, factsLine, historyHref, langAttr, nameAsWritten, personHref, recordHref, sourceHref } from '../format.ts';

/** The romanisations shown under a Cyrillic name: English, scholarly, library, Polish, German, French. */
export const SHOWN_SCHEMES: readonly { scheme: string; label: string }[] = [
  { scheme: 'wikipedia', label: 'English (Wikipedia)' },
  { scheme: 'bgn_pcgn', label: 'BGN/PCGN' },
  { scheme: 'scientific', label: 'Scholarly (ISO 9)' },
  { scheme: 'ala_lc', label: 'Library of Congress' },
  { scheme: 'pl_pwn', label: 'Polski' },
  { scheme: 'de_duden', label: 'Deutsch' },
  { scheme: 'mvd_310_fr', label: 'Français' },
];

/** Record fields that may name an entity of the apparatus (by vocabulary key). */
const ENTITY_FIELDS: readonly RecordField[] = ['operation', 'arrestingBody', 'sentencingBody', 'burialPlace', 'deathPlace'];

export interface PersonPageInput {
  /** `person` for a linked person, `record` for one record on its own. */
  kind: 'person' | 'record';
  id: string;
  records: RecordView[];
  sources: Map<string, SourceView>;
  links: PersonLinkView[];
  /** Entities named by the records' fields, by vocabulary key. */
  entities: Map<string, Entity>;
  /** Absolute URL of this page, for "cite this page". */
  canonicalUrl: string;
  /** Today, for "retrieved on" (passed in so tests are stable). */
  today: string;
  /** Records like these that are not (yet) linked to this person: namesakes or the same human. */
  similar: RecordView[];
}

/** Distinct romanisations of a Cyrillic name, labelled by scheme. */
export function transliterationsOf(name: string): { label: string; text: string }[] {
  if (!/[\u0400-\u04FF]/.test(name)) return [];
  const seen = new Set<string>();
  const out: { label: string; text: string }[] = [];
  for (const { scheme, label } of SHOWN_SCHEMES) {
    const text = transliterate(name, scheme);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ label, text });
  }
  return out;
}

/** A field's comparable value: normalised if known, else the text folded. */
function comparable(records: RecordView[], field: RecordField): string[] {
  return records.map((r) => r.data.fields[field]).filter((v) => v !== undefined).map((v) => (v.norm ?? v.text).trim().toLowerCase());
}

/**
 * Name fields are spelt differently by design (scripts, transliterations); that is how the
 * records were found, not a disagreement between sources.
 */
const SPELLING_FIELDS: readonly RecordField[] = ['surname', 'givenName', 'patronymic', 'nameVariants'];

/** True when two or more records give different values for the field. */
export function disagrees(records: RecordView[], field: RecordField): boolean {
  if (SPELLING_FIELDS.includes(field)) return false;
  return new Set(comparable(records, field)).size > 1;
}

const TIMELINE: readonly { field: RecordField; key: 'birth' | 'arrest' | 'sentenced' | 'execution' | 'death' | 'rehabilitation'; extra?: RecordField[] }[] = [
  { field: 'birthDate', key: 'birth', extra: ['birthPlace'] },
  { field: 'arrestDate', key: 'arrest', extra: ['arrestingBody'] },
  { field: 'sentenceDate', key: 'sentenced', extra: ['sentencingBody', 'sentence'] },
  { field: 'executionDate', key: 'execution', extra: ['burialPlace'] },
  { field: 'deathDate', key: 'death', extra: ['deathPlace'] },
  { field: 'rehabilitationDate', key: 'rehabilitation', extra: ['rehabilitationBody'] },
];

function timeline(ctx: PageContext, records: RecordView[]): SafeHtml {
  const items = TIMELINE.flatMap(({ field, key, extra }) => {
    const values = [...new Set(records.map((r) => r.data.fields[field]?.text).filter((t): t is string => Boolean(t)))];
    const details = [...new Set(records.flatMap((r) => (extra ?? []).map((f) => r.data.fields[f]?.text)).filter((t): t is string => Boolean(t)))];
    if (values.length === 0 && details.length === 0) return [];
    return [html`<li><span class="when">${ctx.t[key]}</span> ${values.join(' / ')}${details.length ? html` — <span${langAttr(details.join(' '))}>${details.join('; ')}</span>` : ''}${values.length > 1 ? html` <span class="flag">${ctx.t.disagree}</span>` : ''}</li>`];
  });
  if (items.length === 0) return html``;
  return html`<h2>${ctx.t.timeline}</h2><ol class="timeline">${items}</ol>`;
}

function sourceLabel(input: PersonPageInput, record: RecordView): SafeHtml {
  const source = input.sources.get(record.data.sourceId);
  const citation = source?.data.citation ?? record.data.sourceId;
  return html`<a href="${sourceHref(record.data.sourceId)}">${citation}</a>${record.data.locator ? html`<span class="src">${record.data.locator}</span>` : ''}`;
}

function recordsTable(ctx: PageContext, input: PersonPageInput): SafeHtml {
  const { records } = input;
  const labels = FIELD_LABELS[ctx.lang];
  const fields = RECORD_FIELDS.filter((f) => records.some((r) => r.data.fields[f]));
  const header = html`<tr><th scope="col">${ctx.t.field}</th>${records.map((r, i) => html`<th scope="col">${ctx.t.record} ${i + 1}${r.data.synthetic ? html` ${syntheticBadge(ctx)}` : ''}<span class="src">${sourceLabel(input, r)}</span></th>`)}</tr>`;
  const rows = fields.map((field) => {
    const differ = records.length > 1 && disagrees(records, field);
    return html`<tr${differ ? html` class="disagree"` : ''}><th scope="row">${labels[field]}${differ ? html` <span class="flag">${ctx.t.disagree}</span>` : ''}</th>${records.map((r) => {
      const value = r.data.fields[field];
      const entity = ENTITY_FIELDS.includes(field) && value?.norm ? input.entities.get(value.norm) : undefined;
      const text = value ? (entity ? html`<a href="${entityHref(entity.id)}">${value.text}</a>` : value.text) : '';
      return html`<td${langAttr(value?.text ?? '')}>${text}</td>`;
    })}</tr>`;
  });
  return html`<h2>${input.kind === 'person' ? ctx.t.recordsAbout : ctx.t.record}</h2>
    <div class="table-scroll"><table><thead>${header}</thead><tbody>${rows}</tbody></table></div>
    ${records.filter((r) => r.data.originalText).map((r, i) => html`<h3>${ctx.t.asWritten} (${ctx.t.record} ${i + 1})</h3><blockquote class="cite"${langAttr(r.data.originalText!)}>${r.data.originalText}</blockquote>`)}`;
}

function relations(ctx: PageContext, input: PersonPageInput): SafeHtml {
  const found = [...new Map(input.records.flatMap((r) => ENTITY_FIELDS.flatMap((f) => {
    const key = r.data.fields[f]?.norm;
    const entity = key ? input.entities.get(key) : undefined;
    return entity ? [[entity.id, { entity, field: f }] as const] : [];
  }))).values()];
  if (found.length === 0) return html``;
  const labels = FIELD_LABELS[ctx.lang];
  return html`<h2>${ctx.t.relations}</h2><ul>${found.map(({ entity, field }) => html`<li>${labels[field]}: <a href="${entityHref(entity.id)}">${entity.names[ctx.lang] ?? entity.names.en}</a></li>`)}</ul>`;
}

/** "Record 2" for a record of this page, else its id. */
function recordNumber(input: PersonPageInput, id: string): string {
  const i = input.records.findIndex((r) => r.id === id);
  return i >= 0 ? `#${i + 1}` : id;
}

function links(ctx: PageContext, input: PersonPageInput): SafeHtml {
  if (input.kind !== 'person' || input.links.length === 0) return html``;
  return html`<h2>${ctx.lang === 'ru' ? 'Почему эти записи объединены' : 'Why these records were joined'}</h2>
    <ul>${input.links.map((l) => html`<li><a href="${recordHref(l.left)}">${recordNumber(input, l.left)}</a> ↔ <a href="${recordHref(l.right)}">${recordNumber(input, l.right)}</a>${l.score !== undefined ? ` — ${(l.score * 100).toFixed(1)} %` : ''} — ${l.reason} <span class="src">${l.author}, ${l.time.slice(0, 10)}</span></li>`)}</ul>`;
}

function similar(ctx: PageContext, input: PersonPageInput): SafeHtml {
  if (input.similar.length === 0) return html``;
  return html`<h2>${ctx.lang === 'ru' ? 'Похожие записи' : 'Similar records'}</h2>
    <p class="lead">${ctx.lang === 'ru' ? 'Записи с похожим именем и годом рождения: возможно, тот же человек, возможно, однофамилец.' : 'Records with a similar name and year of birth: perhaps the same person, perhaps a namesake.'}</p>
    <ul>${input.similar.map((r) => html`<li><a href="${r.personId ? personHref(r.personId) : recordHref(r.id)}"${langAttr(nameAsWritten(r.data))}>${nameAsWritten(r.data)}</a>${r.data.synthetic ? html` ${syntheticBadge(ctx)}` : ''} <span class="src">${factsLine(ctx, r.data)}</span></li>`)}</ul>`;
}

function citation(ctx: PageContext, input: PersonPageInput, name: string): SafeHtml {
  const sources = [...new Set(input.records.map((r) => input.sources.get(r.data.sourceId)?.data.citation ?? r.data.sourceId))];
  const retrieved = ctx.lang === 'ru' ? 'дата обращения' : 'retrieved';
  const text = `${name}. unerased, ${input.canonicalUrl} (${retrieved} ${input.today}). ${ctx.t.source}: ${sources.join('; ')}.`;
  return html`<h2>${ctx.t.citeThisPage}</h2><blockquote class="cite">${text}</blockquote>`;
}

function jsonLd(input: PersonPageInput, name: string): SafeHtml {
  const first = <F extends RecordField>(field: F) => input.records.map((r) => r.data.fields[field]).find((v) => v !== undefined);
  const person: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name,
    url: input.canonicalUrl,
  };
  const birth = first('birthDate');
  if (birth) person.birthDate = birth.norm ?? birth.text;
  const death = first('executionDate') ?? first('deathDate');
  if (death) person.deathDate = death.norm ?? death.text;
  const birthPlace = first('birthPlace');
  if (birthPlace) person.birthPlace = { '@type': 'Place', name: birthPlace.text };
  const deathPlace = first('deathPlace');
  if (deathPlace) person.deathPlace = { '@type': 'Place', name: deathPlace.text };
  const occupation = first('occupation');
  if (occupation) person.jobTitle = occupation.text;
  const variants = [...new Set(input.records.map((r) => nameAsWritten(r.data)))].filter((n) => n !== name);
  if (variants.length) person.alternateName = variants;
  // Honest data: a machine reading the page learns it is generated, as a person does.
  if (input.records.some((r) => r.data.synthetic)) person.disambiguatingDescription = 'SYNTHETIC test data, not a real person';
  return html`<script type="application/ld+json">${jsonForScript(person)}</script>`;
}

export function personPage(ctx: PageContext, input: PersonPageInput): SafeHtml {
  const name = nameAsWritten(input.records[0]!.data);
  const synthetic = input.records.some((r) => r.data.synthetic);
  const translits = transliterationsOf(name);
  const personId = input.kind === 'record' ? input.records[0]!.personId : undefined;
  const body = html`
    <p class="lead">${input.kind === 'person' ? ctx.t.person : ctx.t.record}${synthetic ? html` ${syntheticBadge(ctx)} — ${ctx.t.syntheticNote}` : ''}</p>
    <h1 class="name-as-written"${langAttr(name)}>${name}</h1>
    ${translits.length > 0 ? html`<h2 class="visually-plain">${ctx.t.transliterations}</h2><dl class="translit">${translits.map((t) => html`<dt>${t.label}</dt><dd>${t.text}</dd>`)}</dl>` : ''}
    ${personId ? html`<p><a href="${personHref(personId)}">${ctx.t.person} →</a></p>` : ''}
    ${timeline(ctx, input.records)}
    ${recordsTable(ctx, input)}
    ${relations(ctx, input)}
    ${links(ctx, input)}
    ${similar(ctx, input)}
    ${citation(ctx, input, name)}`;
  return layout(ctx, { title: name, head: jsonLd(input, name), historyHref: historyHref(input.id) }, body);
}
