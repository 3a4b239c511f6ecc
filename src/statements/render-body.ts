import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { hideDeepTokens, RENDER_NESTING } from '../shared/markdown-nesting.ts';

// Raw HTML in the Markdown is escaped, not passed through (html: false), and markdown-it's
// validateLink refuses javascript:, vbscript: and data: (except images) URLs, so the output
// is safe to embed without a separate sanitiser.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(footnote as never);

// Structure nested deeper than renderers allow (a body stored before the input limit) is printed
// as the text of the level above it rather than as hundreds of nested elements.
md.core.ruler.push('flatten_deep_nesting', (state) => {
  hideDeepTokens(state.tokens, RENDER_NESTING);
  return true;
});

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (token.hidden) return '';
  const href = token.attrGet('href') ?? '';
  if (/^https?:/i.test(href)) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** The statement body as HTML, with footnotes numbered and collected at the end. */
export function renderBody(markdown: string): string {
  return md.render(markdown);
}
