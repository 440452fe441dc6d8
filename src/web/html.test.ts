import { describe, expect, it } from 'vitest';
import { html, jsonForScript, trusted } from './html.ts';

describe('html', () => {
  it('escapes interpolated text, so markup in a value is shown as text', () => {
    const name = '<script>alert("x")</script> & \'o\'';
    expect(html`<p>${name}</p>`.value).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;o&#39;</p>');
  });

  it('nests built fragments without escaping them twice', () => {
    const inner = html`<b>${'a<b'}</b>`;
    expect(html`<p>${inner}${[inner, 'c&']}</p>`.value).toBe('<p><b>a&lt;b</b><b>a&lt;b</b>c&amp;</p>');
  });

  it('drops null, undefined and false; keeps 0', () => {
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
  });

  it('passes trusted markup through', () => {
    expect(html`${trusted('<svg></svg>')}`.value).toBe('<svg></svg>');
  });

  it('keeps a script block closed whatever the JSON holds', () => {
    const out = jsonForScript({ name: '</script><script>alert(1)</script>' }).value;
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
