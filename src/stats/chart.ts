/**
 * Bar charts as SVG strings, drawn on the server so the statistics page needs no JavaScript.
 * Every label is escaped here, because the SVG is inserted into pages as trusted markup.
 */

export interface Bar {
  label: string;
  value: number;
}

export interface ChartOptions {
  /** Accessible name of the chart (becomes <title> and aria-label). */
  title: string;
  /** Pixel width of the drawing's coordinate system (it scales with the page). */
  width?: number;
}

/** Layout constants, in SVG user units. */
const DEFAULT_WIDTH = 720;
const ROW_HEIGHT = 22;
const BAR_GAP = 5;
/** Room for category labels left of horizontal bars; longer labels are shortened. */
const LABEL_WIDTH = 220;
const MAX_LABEL_CHARS = 32;
/** Room for the value written after a horizontal bar. */
const VALUE_WIDTH = 70;
const COLUMN_CHART_HEIGHT = 240;
const AXIS_SPACE = 40;
/** Least distance of a centred column label from the left edge, so it is never cut. */
const LABEL_MARGIN = 28;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function shorten(text: string): string {
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

function formatNumber(n: number): string {
  return n.toLocaleString('en').replace(/,/g, '\u202f');
}

/** Horizontal bars, one row per category: for operations, nationalities, sentences, regions. */
export function horizontalBarChart(bars: readonly Bar[], options: ChartOptions): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = Math.max(bars.length, 1) * ROW_HEIGHT + BAR_GAP;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const span = width - LABEL_WIDTH - VALUE_WIDTH;
  const rows = bars.map((bar, i) => {
    const y = i * ROW_HEIGHT + BAR_GAP;
    const w = bar.value > 0 ? Math.max(1, (bar.value / max) * span) : 0;
    return (
      `<g><title>${escapeXml(bar.label)}: ${formatNumber(bar.value)}</title>` +
      `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW_HEIGHT / 2 + 1}" text-anchor="end" dominant-baseline="middle">${escapeXml(shorten(bar.label))}</text>` +
      `<rect class="bar" x="${LABEL_WIDTH}" y="${y}" width="${w.toFixed(1)}" height="${ROW_HEIGHT - BAR_GAP}"/>` +
      `<text class="value" x="${(LABEL_WIDTH + w + 6).toFixed(1)}" y="${y + ROW_HEIGHT / 2 + 1}" dominant-baseline="middle">${formatNumber(bar.value)}</text></g>`
    );
  });
  return svg(width, height, options.title, rows.join(''));
}

/** Vertical columns in order: for years and months. Labels every `labelEvery` columns. */
export function columnChart(bars: readonly Bar[], options: ChartOptions & { labelEvery?: number }): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const plotHeight = COLUMN_CHART_HEIGHT - AXIS_SPACE;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = (width - 2 * BAR_GAP) / Math.max(bars.length, 1);
  const every = options.labelEvery ?? 1;
  const columns = bars.map((bar, i) => {
    const h = bar.value > 0 ? Math.max(1, (bar.value / max) * (plotHeight - 16)) : 0;
    const x = BAR_GAP + i * step;
    const label = i % every === 0
      ? `<text class="label" x="${Math.max(x + step / 2, LABEL_MARGIN).toFixed(1)}" y="${plotHeight + 16}" text-anchor="middle">${escapeXml(bar.label)}</text>`
      : '';
    return (
      `<g><title>${escapeXml(bar.label)}: ${formatNumber(bar.value)}</title>` +
      `<rect class="bar" x="${(x + 1).toFixed(1)}" y="${(plotHeight - h).toFixed(1)}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h.toFixed(1)}"/>${label}</g>`
    );
  });
  const axis = `<line class="axis" x1="${BAR_GAP}" y1="${plotHeight}" x2="${width - BAR_GAP}" y2="${plotHeight}"/>`;
  const top = `<text class="value" x="${BAR_GAP}" y="12">${formatNumber(max)}</text>`;
  return svg(width, COLUMN_CHART_HEIGHT, options.title, axis + top + columns.join(''));
}

function svg(width: number, height: number, title: string, body: string): string {
  const t = escapeXml(title);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${t}"><title>${t}</title>${body}</svg>`;
}
