/**
 * The pages in a real browser (Debian chromium): search a name in another script than the
 * record, open the person, see the source; switch the language; the statistics chart; markup
 * in a name shown as text; accessibility (axe-core) with no serious violations; screenshots of
 * the main pages at desktop and phone widths in test-output/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/archive/index.ts';
import { searchProjection } from '../../src/search/index.ts';
import { openArchiveView } from '../../src/http/open-archive-view.ts';
import type { ArchiveView } from '../../src/http/archive-view.ts';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import { buildFixture, XSS_NAME, type Fixture } from '../http-fixture.ts';
import { launchBrowser, VIEWPORTS, type Browser } from './browser.ts';

const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe impacts that fail the test. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);
const CAMP = 'place/camp-chaunsky-itl-dalstroya';
const OPERATION = 'operation/order-00485';

let fixture: Fixture;
let view: ArchiveView;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  fixture = buildFixture();
  view = openArchiveView(openArchive(fixture.path, { projections: [searchProjection] }));
  server = await startServer({ view, port: 0, host: '127.0.0.1', searchRate: false });
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  view?.close();
  fixture?.cleanup();
});

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('dialog', () => {
    throw new Error('a dialog opened: a script ran');
  });
  return page;
}

async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run();
  });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
}

async function screenshot(page: Page, name: string): Promise<void> {
  for (const [width, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    // Nothing may make the page wider than the screen (wide tables scroll inside their box).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${width} width is wider than the screen`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

describe('in chromium', () => {
  it('finds a Cyrillic record from a Latin spelling, opens the person and shows the source', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/?lang=en`);
    await page.getByLabel('Name or words').fill('Kovalskij');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?/);
    const hit = page.getByRole('link', { name: /Ковальский Ян Станиславович/ });
    await expect(hit.count()).resolves.toBe(1);
    await screenshot(page, 'search-results');
    await hit.click();
    await page.waitForURL(/\/persons\//);
    await expect(page.locator('h1').textContent()).resolves.toBe('Ковальский Ян Станиславович');
    const body = await page.locator('main').textContent();
    expect(body).toContain('Synthetic Book of Memory, vol. 1');
    expect(body).toContain('p. 17, no. 4');
    expect(body).toContain('Kovalsky Yan Stanislavovich'); // a transliteration (Wikipedia scheme)
    expect(body).toContain('Kowalskij Jan Stanisławowicz'); // and the Polish one
    expect(body).toContain('Sources disagree');
    expect(await page.locator('.badge.synthetic').count()).toBeGreaterThan(0);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'Person', name: 'Ковальский Ян Станиславович', birthDate: '1898', disambiguatingDescription: expect.stringContaining('SYNTHETIC') });
    await screenshot(page, 'person');
    await page.close();
  });

  it('switches the interface to Russian and remembers it', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/about`);
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Об этом архиве');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.goto(`${server.url}/statistics`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Статистика');
    await screenshot(page, 'statistics-ru');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Statistics');
    await page.close();
  });

  it('shows the statistics with charts drawn on the server', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/statistics?lang=en`);
    const chart = page.locator('figure.chart svg[role="img"]').first();
    await expect(chart.isVisible()).resolves.toBe(true);
    expect(await page.locator('figure.chart svg rect.bar').count()).toBeGreaterThan(0);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await expect(page.locator('main').textContent()).resolves.toContain('Published figures');
    await screenshot(page, 'statistics');
    await page.close();
  });

  it('shows a name that is markup as text, and runs no script', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/records/${fixture.ids.xss}?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toContain(XSS_NAME);
    expect(await page.locator('main script').count()).toBe(0);
    await page.close();
  });

  it('shows a camp on a map, an operation with its figures, heads of an organisation, an artefact with its versions', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/entities/${CAMP}?lang=en`);
    expect(await page.locator('figure.map svg path.land').count()).toBe(1);
    await screenshot(page, 'camp');
    await page.goto(`${server.url}/entities/${OPERATION}?lang=en`);
    const text = await page.locator('main').textContent();
    expect(text).toContain('Published figures');
    expect(text).toContain('Records in this archive');
    await screenshot(page, 'operation');
    await page.goto(`${server.url}/entities/organisation/nkvd?lang=en`);
    await expect(page.getByRole('heading', { name: 'Heads over time' }).count()).resolves.toBe(1);
    expect(await page.locator('main').textContent()).toContain('Yezhov');
    await screenshot(page, 'organisation');
    await page.goto(`${server.url}/entities/artefact/stalin-yezhov-moscow-canal-photograph?lang=en`);
    expect(await page.locator('.versions figure.version').count()).toBe(2);
    await screenshot(page, 'artefact');
    await page.goto(`${server.url}/history/${fixture.ids.cyrillic}?lang=en`);
    await expect(page.locator('main').textContent()).resolves.toContain('record.add');
    await screenshot(page, 'history');
    await page.close();
  });

  it('has no serious accessibility violations on the main pages', async () => {
    const page = await newPage();
    const paths = [
      '/?lang=en',
      '/search?q=Kowalski',
      `/persons/${fixture.ids.person}`,
      `/entities/${OPERATION}`,
      `/entities/${CAMP}`,
      '/statistics',
      '/about',
      `/history/${fixture.ids.cyrillic}`,
      '/search?q=Zzyzzx',
      '/?lang=ru',
    ];
    const found: Record<string, { id: string; impact: string; nodes: number }[]> = {};
    for (const path of paths) {
      await page.goto(server.url + path);
      const serious = (await axeViolations(page)).filter((v) => FAILING_IMPACTS.has(v.impact));
      if (serious.length > 0) found[path] = serious;
    }
    await page.goto(`${server.url}/?lang=en`);
    await screenshot(page, 'home');
    await page.goto(`${server.url}/about`);
    await screenshot(page, 'about');
    expect(found).toEqual({});
    await page.close();
  });
});
