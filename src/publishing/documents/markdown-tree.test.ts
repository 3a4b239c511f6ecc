import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testStatementBody } from '../../../test/fixtures/publishing/statement-documents.ts';
import { inlineText, markdownToTree, type BlockNode } from './markdown-tree.ts';

describe('markdownToTree', () => {
  test('paragraphs keep emphasis, links and footnote references as nodes', () => {
    const tree = markdownToTree('We ask **all** *governments* to [act](https://example.org).[^a]\n\n[^a]: The *source*.\n');
    assert.deepEqual(tree.blocks, [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'We ask ' },
          { type: 'strong', children: [{ type: 'text', text: 'all' }] },
          { type: 'text', text: ' ' },
          { type: 'em', children: [{ type: 'text', text: 'governments' }] },
          { type: 'text', text: ' to ' },
          { type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'act' }] },
          { type: 'text', text: '.' },
          { type: 'footnoteRef', footnote: 1, first: true },
        ],
      },
    ]);
    assert.deepEqual(tree.footnotes, [
      {
        number: 1,
        label: 'a',
        blocks: [{ type: 'paragraph', children: [{ type: 'text', text: 'The ' }, { type: 'em', children: [{ type: 'text', text: 'source' }] }, { type: 'text', text: '.' }] }],
      },
    ]);
  });

  test('footnotes are numbered by first reference; a repeated reference points at the same note', () => {
    const tree = markdownToTree('One[^b] two[^a] three[^b] inline^[Inline note].\n\n[^a]: A.\n[^b]: B.\n[^unused]: Never cited.\n');
    const refs = (tree.blocks[0] as Extract<BlockNode, { type: 'paragraph' }>).children.filter((n) => n.type === 'footnoteRef');
    assert.deepEqual(refs, [
      { type: 'footnoteRef', footnote: 1, first: true },
      { type: 'footnoteRef', footnote: 2, first: true },
      { type: 'footnoteRef', footnote: 1, first: false },
      { type: 'footnoteRef', footnote: 3, first: true },
    ]);
    assert.deepEqual(
      tree.footnotes.map((f) => [f.number, f.label, inlineText((f.blocks[0] as Extract<BlockNode, { type: 'paragraph' }>).children)]),
      [[1, 'b', 'B.'], [2, 'a', 'A.'], [3, null, 'Inline note']],
    );
  });

  test('lists, headings, quotes and rules become block nodes', () => {
    const tree = markdownToTree('## Asks\n\n- one\n- two\n  - nested\n\n3. three\n\n   more\n4. four\n\n> quoted\n\n---\n');
    assert.deepEqual(tree.blocks.map((b) => b.type), ['heading', 'bulletList', 'orderedList', 'blockquote', 'rule']);
    const [heading, bullets, ordered] = tree.blocks as [
      Extract<BlockNode, { type: 'heading' }>,
      Extract<BlockNode, { type: 'bulletList' }>,
      Extract<BlockNode, { type: 'orderedList' }>,
    ];
    assert.equal(heading.level, 2);
    assert.equal(bullets.tight, true);
    assert.equal(bullets.items.length, 2);
    assert.equal(bullets.items[1]![1]!.type, 'bulletList');
    assert.equal(ordered.start, 3);
    assert.equal(ordered.tight, false);
    assert.equal(ordered.items[0]!.length, 2);
  });

  test('raw HTML and markup of other languages stay text', () => {
    const tree = markdownToTree('<script>alert(1)</script> #read("/etc/passwd") $x$ [bad](javascript:alert(1))\n');
    const paragraph = tree.blocks[0] as Extract<BlockNode, { type: 'paragraph' }>;
    assert.deepEqual(paragraph.children, [
      { type: 'text', text: '<script>alert(1)</script> #read("/etc/passwd") $x$ [bad](javascript:alert(1))' },
    ]);
  });

  test('the test statement body has its three footnotes and a bullet list', () => {
    const tree = markdownToTree(testStatementBody);
    assert.equal(tree.footnotes.length, 3);
    assert.ok(tree.blocks.some((b) => b.type === 'bulletList' && b.items.length === 3));
    assert.equal(JSON.parse(JSON.stringify(tree)).footnotes.length, 3, 'plain JSON');
  });
});
