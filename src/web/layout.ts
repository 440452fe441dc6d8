/**
 * The frame of every page: header with the archive's name, navigation, the language switch,
 * the page's content, and a footer. Works without JavaScript; no inline scripts or styles,
 * so the Content-Security-Policy can forbid them.
 */
import { html, type SafeHtml } from './html.ts';
import { LANGUAGES, messages, type Dictionary, type Language } from './i18n.ts';

/** What a page needs to know about the request it answers. */
export interface PageContext {
  lang: Language;
  t: Dictionary;
  /** Path and query of the current request, to build the language switch links. */
  url: URL;
}

export function pageContext(lang: Language, url: URL): PageContext {
  return { lang, t: messages(lang), url };
}

/** The same page in another language: the current URL with `lang` set. */
export function withLanguage(url: URL, lang: Language): string {
  const next = new URL(url.href);
  next.searchParams.set('lang', lang);
  return `${next.pathname}${next.search}`;
}

/** A link within the site that keeps nothing but the path and the given query. */
export function href(path: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

export interface LayoutOptions {
  title: string;
  /** Extra elements for <head>, e.g. JSON-LD. */
  head?: SafeHtml;
  /** The "history of this page" link, when the page has one. */
  historyHref?: string;
}

export function layout(ctx: PageContext, options: LayoutOptions, body: SafeHtml): SafeHtml {
  const { t, lang } = ctx;
  const path = ctx.url.pathname;
  const current = (prefix: string) => (prefix === '/' ? path === '/' || path.startsWith('/search') : path.startsWith(prefix));
  const nav = [
    { to: '/', label: t.navSearch, key: '/' },
    { to: '/statistics', label: t.navStatistics, key: '/statistics' },
    { to: '/about', label: t.navAbout, key: '/about' },
  ];
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — ${t.siteName}</title>
<link rel="stylesheet" href="/assets/style.css">
${options.head}
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="site">
  <div class="wrap">
    <p class="brand"><a href="/">${t.siteName}</a> <span class="tagline">${t.tagline}</span></p>
    <nav aria-label="${t.navSearch}">
      <ul>${nav.map((item) => html`<li><a href="${item.to}"${current(item.key) ? html` aria-current="page"` : ''}>${item.label}</a></li>`)}</ul>
    </nav>
    <p class="lang" aria-label="${t.language}">${LANGUAGES.map((code) =>
      code === lang
        ? html`<span aria-current="true" lang="${code}">${LANGUAGE_NAMES[code]}</span>`
        : html`<a href="${withLanguage(ctx.url, code)}" lang="${code}" hreflang="${code}">${LANGUAGE_NAMES[code]}</a>`,
    )}</p>
  </div>
</header>
<main id="main" class="wrap">
${body}
</main>
<footer class="site">
  <div class="wrap">
    ${options.historyHref ? html`<p><a href="${options.historyHref}">${t.history}</a></p>` : ''}
    <p><a href="/about">${t.navAbout}</a> · <a href="/api/openapi.json">API (OpenAPI 3.1)</a></p>
  </div>
</footer>
</body>
</html>`;
}

/** The small grey "synthetic" label every synthetic record carries. */
export function syntheticBadge(ctx: PageContext): SafeHtml {
  return html`<span class="badge synthetic" title="${ctx.t.syntheticNote}">${ctx.t.synthetic}</span>`;
}
