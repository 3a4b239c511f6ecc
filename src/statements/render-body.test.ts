import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderBody } from './render-body.ts';

test('footnotes, lists, quotes and links render', () => {
  const html = renderBody('# Call\n\nHIV is rising.[^1]\n\n- fund harm reduction\n- end detention\n\n> quoted\n\n[IDPC](https://idpc.net)\n\n[^1]: UNAIDS, 2018.');
  assert.match(html, /<h1>Call<\/h1>/);
  assert.match(html, /<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
  assert.match(html, /<section class="footnotes">[\s\S]*UNAIDS, 2018\./);
  assert.match(html, /<ul>\s*<li>fund harm reduction<\/li>/);
  assert.match(html, /<blockquote>/);
  assert.match(html, /<a href="https:\/\/idpc.net" rel="noopener noreferrer">IDPC<\/a>/);
});

test('raw HTML and script URLs are inert', () => {
  const html = renderBody('<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>');
  assert.doesNotMatch(html, /<script>/);
  assert.doesNotMatch(html, /<img/);
  assert.doesNotMatch(html, /href="javascript:/);
  assert.match(html, /&lt;script&gt;/);
});
