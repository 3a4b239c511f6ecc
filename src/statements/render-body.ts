import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

// Raw HTML in the Markdown is escaped, not passed through (html: false), and markdown-it's
// validateLink refuses javascript:, vbscript: and data: (except images) URLs, so the output
// is safe to embed without a separate sanitiser.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(footnote as never);

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = token.attrGet('href') ?? '';
  if (/^https?:/i.test(href)) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** The statement body as HTML, with footnotes numbered and collected at the end. */
export function renderBody(markdown: string): string {
  return md.render(markdown);
}
