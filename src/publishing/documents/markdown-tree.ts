// The statement body is user text. It is parsed once into this JSON tree and
// the PDF template / DOCX builder walk the tree as data; Markdown is never
// turned into another markup language's source text.
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';
import { RENDER_NESTING } from '../../shared/markdown-nesting.ts';

type Token = ReturnType<MarkdownIt['parse']>[number];

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'strike'; children: InlineNode[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: InlineNode[] }
  | { type: 'linebreak' }
  /** `footnote` indexes MarkdownTree.footnotes; `first` is false for a repeated reference. */
  | { type: 'footnoteRef'; footnote: number; first: boolean };

export type BlockNode =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'bulletList'; tight: boolean; items: BlockNode[][] }
  | { type: 'orderedList'; tight: boolean; start: number; items: BlockNode[][] }
  | { type: 'blockquote'; children: BlockNode[] }
  | { type: 'codeBlock'; text: string }
  | { type: 'rule' };

export interface FootnoteDefinition {
  /** Display number, 1-based, in order of first reference. */
  number: number;
  label: string | null;
  blocks: BlockNode[];
}

export interface MarkdownTree {
  blocks: BlockNode[];
  footnotes: FootnoteDefinition[];
}

// html: false — raw HTML stays visible as text; typographer off — the text
// is printed as the coordinator wrote it.
const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false })
  .enable('strikethrough')
  // @types/markdown-it-footnote types against the CommonJS flavour of @types/markdown-it.
  .use(markdownItFootnote as unknown as PluginSimple);
// commonmark's maxNesting (20 of markdown-it's levels, 10 lists) would drop deeper text; allow as much
// as the HTML page (100) and flatten beyond RENDER_NESTING below instead.
Object.assign(md.options, { maxNesting: 100 });

/** Parses statement Markdown (with footnotes) into a JSON-safe tree. */
export function markdownToTree(markdown: string): MarkdownTree {
  const env: Record<string, unknown> = {};
  const tokens = md.parse(markdown, env);
  const blocks: BlockNode[] = [];
  const footnotes: FootnoteDefinition[] = [];
  let pos = 0;
  while (pos < tokens.length) {
    const token = tokens[pos]!;
    if (token.type === 'footnote_block_open') {
      pos = readFootnoteBlock(tokens, pos + 1, footnotes);
    } else {
      const [nodes, next] = readBlock(tokens, pos, 0);
      blocks.push(...nodes);
      pos = next;
    }
  }
  footnotes.sort((a, b) => a.number - b.number);
  return { blocks, footnotes };
}

function readFootnoteBlock(tokens: Token[], pos: number, out: FootnoteDefinition[]): number {
  while (pos < tokens.length && tokens[pos]!.type !== 'footnote_block_close') {
    const open = tokens[pos]!;
    if (open.type !== 'footnote_open') {
      pos++;
      continue;
    }
    const meta = open.meta as { id: number; label?: string };
    const [children, next] = readBlocksUntil(tokens, pos + 1, 'footnote_close', 0);
    out.push({ number: meta.id + 1, label: meta.label ?? null, blocks: children });
    pos = next + 1;
  }
  return pos + 1;
}

function readBlocksUntil(tokens: Token[], pos: number, closeType: string, depth: number): [BlockNode[], number] {
  const children: BlockNode[] = [];
  while (pos < tokens.length && tokens[pos]!.type !== closeType) {
    const [nodes, next] = readBlock(tokens, pos, depth);
    children.push(...nodes);
    pos = next;
  }
  return [children, pos];
}

/**
 * The block at `pos`, `depth` quotes and lists deep. A quote or list deeper than RENDER_NESTING
 * (a body stored before the input limit) gives its blocks to the level above instead of nesting,
 * so the tree handed to Typst and the DOCX builder is never deeper than that.
 */
function readBlock(tokens: Token[], pos: number, depth: number): [BlockNode[], number] {
  const token = tokens[pos]!;
  switch (token.type) {
    case 'heading_open': {
      const level = Math.min(6, Math.max(1, Number(token.tag.slice(1)))) as 1 | 2 | 3 | 4 | 5 | 6;
      return [[{ type: 'heading', level, children: readInline(tokens[pos + 1], depth) }], pos + 3];
    }
    case 'paragraph_open': {
      return [[{ type: 'paragraph', children: readInline(tokens[pos + 1], depth) }], pos + 3];
    }
    case 'bullet_list_open':
    case 'ordered_list_open': {
      const ordered = token.type === 'ordered_list_open';
      const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
      const items: BlockNode[][] = [];
      let tight = true;
      let p = pos + 1;
      while (p < tokens.length && tokens[p]!.type !== close) {
        if (tokens[p]!.type === 'list_item_open') {
          const [children, next] = readBlocksUntil(tokens, p + 1, 'list_item_close', depth + 1);
          items.push(children);
          p = next + 1;
        } else {
          p++;
        }
      }
      // markdown-it marks the paragraphs of a tight list as hidden.
      for (let i = pos + 1; i < p; i++) {
        const t = tokens[i]!;
        if (t.type === 'paragraph_open' && t.level === token.level + 2 && !t.hidden) tight = false;
      }
      if (depth + 1 > RENDER_NESTING) return [items.flat(), p + 1];
      const node: BlockNode = ordered
        ? { type: 'orderedList', tight, start: Number(token.attrGet('start') ?? 1) || 1, items }
        : { type: 'bulletList', tight, items };
      return [[node], p + 1];
    }
    case 'blockquote_open': {
      const [children, next] = readBlocksUntil(tokens, pos + 1, 'blockquote_close', depth + 1);
      if (depth + 1 > RENDER_NESTING) return [children, next + 1];
      return [[{ type: 'blockquote', children }], next + 1];
    }
    case 'fence':
    case 'code_block':
      return [[{ type: 'codeBlock', text: token.content.replace(/\n$/, '') }], pos + 1];
    case 'hr':
      return [[{ type: 'rule' }], pos + 1];
    case 'html_block':
      // Unreachable with html: false; kept so raw HTML can never vanish silently.
      return [[{ type: 'paragraph', children: [{ type: 'text', text: token.content }] }], pos + 1];
    default:
      return [[], pos + 1];
  }
}

/** Inline nodes of a paragraph `depth` quotes and lists deep; emphasis or links beyond RENDER_NESTING stay text. */
function readInline(token: Token | undefined, depth: number): InlineNode[] {
  if (!token || token.type !== 'inline') return [];
  const root: InlineNode[] = [];
  const stack: InlineNode[][] = [root];
  // Whether each open structure was kept (true) or flattened into its parent (false).
  const kept: boolean[] = [];
  const push = (node: InlineNode) => stack[stack.length - 1]!.push(node);
  const open = (node: InlineNode & { children: InlineNode[] }) => {
    if (depth + stack.length > RENDER_NESTING) {
      kept.push(false);
      return;
    }
    kept.push(true);
    push(node);
    stack.push(node.children);
  };
  const close = () => {
    if (kept.pop() && stack.length > 1) stack.pop();
  };
  for (const child of token.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'html_inline':
        pushText(stack[stack.length - 1]!, child.content);
        break;
      case 'softbreak':
        pushText(stack[stack.length - 1]!, ' ');
        break;
      case 'hardbreak':
        push({ type: 'linebreak' });
        break;
      case 'code_inline':
        push({ type: 'code', text: child.content });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'em', children: [] });
        break;
      case 's_open':
        open({ type: 'strike', children: [] });
        break;
      case 'link_open':
        open({ type: 'link', href: child.attrGet('href') ?? '', children: [] });
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        close();
        break;
      case 'footnote_ref': {
        const meta = child.meta as { id: number; subId?: number };
        push({ type: 'footnoteRef', footnote: meta.id + 1, first: (meta.subId ?? 0) === 0 });
        break;
      }
      case 'image':
        // Images are not fetched into documents; keep their alt text.
        pushText(stack[stack.length - 1]!, child.content);
        break;
      default:
        if (child.content) pushText(stack[stack.length - 1]!, child.content);
    }
  }
  return root;
}

function pushText(into: InlineNode[], text: string): void {
  const last = into[into.length - 1];
  if (last?.type === 'text') last.text += text;
  else into.push({ type: 'text', text });
}

/**
 * The outline level for a body heading when the document's own headings
 * (title, list headings) take level 1: the body's top heading level becomes 2,
 * whether the coordinator wrote '#' or '##'.
 */
export function documentHeadingLevel(tree: MarkdownTree, level: number): number {
  let top = 6;
  const visit = (blocks: BlockNode[]) => {
    for (const b of blocks) {
      if (b.type === 'heading') top = Math.min(top, b.level);
      else if (b.type === 'blockquote') visit(b.children);
    }
  };
  visit(tree.blocks);
  return Math.min(6, level - top + 2);
}

/** Plain text of inline nodes (for document metadata, outlines, tests). */
export function inlineText(nodes: InlineNode[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'code':
          return n.text;
        case 'linebreak':
          return '\n';
        case 'footnoteRef':
          return '';
        default:
          return inlineText(n.children);
      }
    })
    .join('');
}
