// A name of 300 letters without a space (a pasted URL, a run of Arabic letters without spaces,
// a joke) has nowhere to break, so Typst and Word would print it past its column and off the
// page. Documents give such runs break opportunities: a zero-width space (U+200B, UAX #14 class
// ZW; joining-transparent, so Arabic letters still join across it) every few characters of any
// run longer than a word ever is. Ordinary words are left alone. Only the printed documents
// use this; the data (CSV, JSON, the database) keeps the name as typed.

/** A run of this many characters without a space is broken up; the longest words in use are shorter. */
export const LONG_RUN = 24;
/** A break opportunity after every this many characters of a long run. */
const EVERY = 6;
const ZWSP = '\u200B';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const LONG = new RegExp(`[^\\s\\u200B]{${LONG_RUN},}`, 'gu');

/** The text with a zero-width space after every few characters of each overlong unbroken run. */
export function withBreakOpportunities(text: string): string {
  if (text.length < LONG_RUN) return text;
  return text.replace(LONG, (run) => {
    const parts = [...graphemes.segment(run)].map((s) => s.segment);
    if (parts.length < LONG_RUN) return run;
    let out = '';
    for (let i = 0; i < parts.length; i++) out += (i > 0 && i % EVERY === 0 ? ZWSP : '') + parts[i];
    return out;
  });
}
