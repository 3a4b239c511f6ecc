/**
 * The pages other sites may show: the widget in an iframe, the badge and the share card as
 * images. They may be framed by anyone, set no cookie (not even the language or CSRF one), and
 * are the same for every visitor of a language. See docs/decisions/embeds-and-share-cards.md.
 */
export const EMBEDDABLE_PATH = /^\/statements\/[^/]+\/(?:embed|badge\.svg|card\.png)$/;

export const isEmbeddable = (path: string): boolean => EMBEDDABLE_PATH.test(path);

/** The widget's own policy: no script at all, its one inline stylesheet, framed by any site. */
export const EMBED_CSP = ["default-src 'none'", "style-src 'unsafe-inline'", "img-src 'self' data:", "frame-ancestors *", "base-uri 'none'", "form-action 'none'"].join('; ');
