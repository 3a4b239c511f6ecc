import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToTree, type BlockNode, type InlineNode } from '../publishing/documents/markdown-tree.ts';
import { renderBody } from '../statements/render-body.ts';
import { StatementInput, TranslationInput } from '../statements/statement-input.ts';
import { bodyNesting, MAX_BODY_NESTING, RENDER_NESTING } from './markdown-nesting.ts';
import { jsonShapeProblem, MAX_JSON_DEPTH } from './json-limits.ts';

const deepEmphasis = (n: number) => '*'.repeat(n) + 'x' + '*'.repeat(n);
const nestedList = (n: number) => Array.from({ length: n }, (_, i) => '  '.repeat(i) + '- level ' + i).join('\n');

test('nesting is measured across quotes, lists, emphasis and links', () => {
  assert.equal(bodyNesting('Plain text.\n\nAnother paragraph.'), 0);
  assert.equal(bodyNesting('**bold** and *em*'), 1);
  assert.equal(bodyNesting('> - **[*x*](https://a.example)**'), 5);
  assert.equal(bodyNesting(nestedList(3)), 3);
  assert.ok(bodyNesting(deepEmphasis(125)) > MAX_BODY_NESTING);
  assert.ok(bodyNesting('>'.repeat(5000) + ' x') > MAX_BODY_NESTING);
  assert.ok(bodyNesting(nestedList(30)) > MAX_BODY_NESTING);
});

test('a body nested too deeply is refused with a field error, in statements and translations', () => {
  for (const body of [deepEmphasis(125), deepEmphasis(5000), '>'.repeat(200) + ' x', nestedList(30)]) {
    const r = StatementInput.safeParse({ slug: 'deep', language: 'en', title: 'Deep', body });
    assert.equal(r.success, false);
    assert.deepEqual(r.error!.issues.map((i) => i.path.join('.')), ['body']);
    assert.match(r.error!.issues[0]!.message, /limits\.bodyNesting/);
    assert.equal(TranslationInput.safeParse({ language: 'fr', title: 'Profond', body }).success, false);
  }
  assert.equal(StatementInput.safeParse({ slug: 'ok', language: 'en', title: 'Fine', body: '> - **[*x*](https://a.example)**\n' + nestedList(6) }).success, true);
});

const inlineDepth = (nodes: InlineNode[]): number => Math.max(0, ...nodes.map((n) => ('children' in n ? 1 + inlineDepth(n.children) : 0)));
const blockDepth = (nodes: BlockNode[]): number =>
  Math.max(0, ...nodes.map((b) => (b.type === 'blockquote' ? 1 + blockDepth(b.children) : b.type === 'bulletList' || b.type === 'orderedList' ? 1 + Math.max(0, ...b.items.map(blockDepth)) : 'children' in b ? inlineDepth(b.children as InlineNode[]) : 0)));

test('renderers flatten anything deeper than the render limit and keep its text', () => {
  for (const body of [deepEmphasis(125), deepEmphasis(5000), '>'.repeat(5000) + ' deep text', nestedList(40), '> - '.repeat(30) + '**_~~x~~_**']) {
    const tree = markdownToTree(body);
    assert.ok(blockDepth(tree.blocks) <= RENDER_NESTING, `tree depth ${blockDepth(tree.blocks)}`);
    JSON.stringify(tree); // would overflow the stack on a 5000-deep tree
    const html = renderBody(body);
    const opened = (html.match(/<(em|strong|s|a|blockquote|ul|ol)[ >]/g) ?? []).length;
    assert.ok(opened <= RENDER_NESTING * 2, `${opened} nested elements`);
  }
  assert.match(renderBody(deepEmphasis(125)), /x/);
  assert.match(JSON.stringify(markdownToTree(nestedList(40))), /level 39/);
});

test('JSON deeper than the limit or with too many values is caught before parsing', () => {
  assert.equal(jsonShapeProblem('{"a":[1,2,{"b":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}]}'), null, 'brackets inside strings do not count');
  assert.equal(jsonShapeProblem('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)), null);
  assert.equal(jsonShapeProblem('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)), 'depth');
  assert.equal(jsonShapeProblem('[' + '0,'.repeat(200_000) + '0]'), 'values');
  assert.equal(jsonShapeProblem('{"a":"\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}'), null, 'escaped quotes stay inside the string');
});
