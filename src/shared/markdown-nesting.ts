// How deeply a statement body nests quotes, lists, emphasis and links. Deep nesting is refused
// when a body is written (MAX_BODY_NESTING) and, for any body stored before that or reaching a
// renderer some other way, flattened beyond RENDER_NESTING, so no body can make a page, PDF or
// DOCX fail (Typst's recursion limit, a stack overflow in a tree walker). See
// docs/decisions/input-limits.md.
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';

/** The deepest nesting a coordinator may write: a quote holding a list holding bold italic link text is 5. */
export const MAX_BODY_NESTING = 12;
/** Renderers print anything deeper than this as the text of its level, without more structure. */
export const RENDER_NESTING = 16;

type Token = ReturnType<MarkdownIt['parse']>[number];

/** Block tokens that add a level a reader sees (a list item is part of its list's level). */
export const BLOCK_NESTING = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open']);
const BLOCK_CLOSING = new Set(['blockquote_close', 'bullet_list_close', 'ordered_list_close']);

// The same Markdown as the documents' tree, but with room to see past the limit: markdown-it stops
// nesting blocks at maxNesting (and drops what is deeper), so measuring needs maxNesting above
// MAX_BODY_NESTING counted in its own levels (a list and its item are two).
const measuring = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false })
  .enable('strikethrough')
  .use(markdownItFootnote as unknown as PluginSimple);
// Not in @types/markdown-it's Options, but read by markdown-it's block and inline parsers.
Object.assign(measuring.options, { maxNesting: 4 * MAX_BODY_NESTING });

/** The deepest nesting of quotes, lists, emphasis, strikethrough and links in the tokens. */
export function tokenNesting(tokens: Token[]): number {
  let block = 0;
  let deepest = 0;
  for (const token of tokens) {
    if (BLOCK_NESTING.has(token.type)) deepest = Math.max(deepest, ++block);
    else if (BLOCK_CLOSING.has(token.type)) block = Math.max(0, block - 1);
    else if (token.type === 'inline') {
      let inline = 0;
      for (const child of token.children ?? []) {
        if (child.nesting === 1) deepest = Math.max(deepest, block + ++inline);
        else if (child.nesting === -1) inline = Math.max(0, inline - 1);
      }
    }
  }
  return deepest;
}

/** How many levels deep the body nests quotes, lists, emphasis and links (0 for plain paragraphs). */
export function bodyNesting(markdown: string): number {
  return tokenNesting(measuring.parse(markdown, {}));
}

/**
 * Hides (markdown-it's `hidden`, rendered as nothing) the opening and closing tokens of every
 * structure deeper than `limit`, so their text is printed at the level above. For the HTML page.
 */
export function hideDeepTokens(tokens: Token[], limit: number): void {
  let block = 0;
  const hiddenBlocks: boolean[] = [];
  for (const token of tokens) {
    if (BLOCK_NESTING.has(token.type)) {
      block++;
      const hide = block > limit;
      hiddenBlocks.push(hide);
      if (hide) token.hidden = true;
    } else if (BLOCK_CLOSING.has(token.type)) {
      const hide = hiddenBlocks.pop() ?? false;
      if (hide) token.hidden = true;
      block = Math.max(0, block - 1);
    } else if ((token.type === 'list_item_open' || token.type === 'list_item_close') && block > limit) {
      token.hidden = true;
    } else if (token.type === 'inline') {
      const hiddenInline: boolean[] = [];
      let inline = 0;
      for (const child of token.children ?? []) {
        if (child.nesting === 1) {
          inline++;
          const hide = block + inline > limit;
          hiddenInline.push(hide);
          if (hide) child.hidden = true;
        } else if (child.nesting === -1) {
          if (hiddenInline.pop()) child.hidden = true;
          inline = Math.max(0, inline - 1);
        }
      }
    }
  }
}
