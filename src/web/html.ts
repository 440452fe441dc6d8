/**
 * A tagged template that escapes every interpolated value, so a name like `<script>` is shown
 * as text. Only values already built by `html` (or marked with `trusted`, for our own SVG)
 * pass through unchanged. Synchronous on purpose: hono's `html` helper may return a Promise,
 * which would leak into every page function's type.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks markup we generated ourselves (SVG charts, JSON-LD already escaped) as safe. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped so no value can end the script. */
export function jsonForScript(value: unknown): SafeHtml {
  return new SafeHtml(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
}
