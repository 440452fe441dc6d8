import { describe, expect, it } from 'vitest';
import { columnChart, horizontalBarChart } from './chart.ts';

describe('charts', () => {
  it('draws one bar per category, longest for the largest value', () => {
    const svg = horizontalBarChart([{ label: 'Polish', value: 10 }, { label: 'German', value: 5 }], { title: 'By nationality' });
    const widths = [...svg.matchAll(/<rect class="bar"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeCloseTo(widths[1]! * 2, 0);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>By nationality</title>');
  });

  it('escapes labels, so a category cannot inject markup', () => {
    const svg = horizontalBarChart([{ label: '<script>alert(1)</script>', value: 1 }], { title: 'a"b' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('aria-label="a&quot;b"');
  });

  it('draws a zero-height column for an empty month and labels only every n-th', () => {
    const bars = [{ label: '1937-01', value: 0 }, { label: '1937-02', value: 4 }, { label: '1937-03', value: 2 }];
    const svg = columnChart(bars, { title: 'By month', labelEvery: 2 });
    const heights = [...svg.matchAll(/<rect class="bar"[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights[0]).toBe(0);
    expect(heights[1]).toBeGreaterThan(heights[2]!);
    expect(svg).toContain('>1937-01<');
    expect(svg).not.toContain('>1937-02<');
    expect(svg).toContain('>1937-03<');
  });
});
