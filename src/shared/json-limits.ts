// Limits on JSON a client sends (docs/decisions/input-limits.md). JSON.parse copes with deep
// nesting, but whatever walks the result afterwards (validation, logging, serialising it back)
// may recurse, and a million-element array costs time for nothing. So the text is measured
// before it is parsed, in one pass without recursion.

/** Objects and arrays inside one another; the deepest body the API reads is 3. */
export const MAX_JSON_DEPTH = 32;
/** Values in one body (roughly: separators), far above any list the API takes. */
export const MAX_JSON_VALUES = 100_000;

/** What is wrong with the shape of a JSON text, or null if it is within the limits. */
export function jsonShapeProblem(text: string): 'depth' | 'values' | null {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return 'depth';
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2c && ++values > MAX_JSON_VALUES) return 'values';
  }
  return null;
}
