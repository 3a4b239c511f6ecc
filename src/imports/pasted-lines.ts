/**
 * Turning pasted text (from a PDF, a web page or an email) into lines, and
 * dropping the lines that are artefacts of where it was copied from rather
 * than entries: footnotes, page headers and footers, page numbers.
 */

export interface SourceLine {
  /** 1-based line number in the text as given. */
  number: number;
  text: string;
  /** A form feed preceded this line: pdftotext marks a new page that way. */
  pageBreakBefore: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’',
  lsquo: '‘', ldquo: '“', rdquo: '”', middot: '·', bull: '•', hellip: '…', eacute: 'é', egrave: 'è',
  aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    const name = body.toLowerCase();
    return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : whole;
  });
}

/** Remove HTML/Markdown markup so that only the written text is left. */
export function stripMarkup(text: string): string {
  return decodeEntities(
    text
      // Block-level tags separate entries the way line breaks do.
      .replace(/<\s*(br|\/p|\/li|\/div|\/tr|\/h[1-6])\b[^>]*>/gi, '\n')
      .replace(/<\/?[a-z][a-z0-9]*\b[^>]*>/gi, '')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/__(.+?)__/g, '$1'),
  );
}

/** Split pasted text into lines, normalising invisible characters pasted along with it. */
export function toSourceLines(text: string): SourceLine[] {
  const cleaned = stripMarkup(text.replace(/\r\n?/g, '\n'))
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ');
  let pendingBreak = false;
  return cleaned.split('\n').map((raw, index) => {
    const pageBreakBefore = pendingBreak || raw.includes('\f');
    pendingBreak = false;
    // A form feed at the end of a line starts the next page.
    if (/\f\s*$/.test(raw) && !/^\s*\f/.test(raw)) pendingBreak = true;
    return { number: index + 1, text: raw.replace(/\f/g, '').replace(/\s+$/, ''), pageBreakBefore };
  });
}

const URL_PATTERN = /(https?:\/\/|www\.)\S+/i;
const PAGE_NUMBER = /^\s*(?:page\s+\d+(?:\s+(?:of|\/)\s+\d+)?|[-–]?\s*\d{1,3}\s*[-–]?|\d{1,3}\s*\/\s*\d{1,3})\s*$/i;

/** A URL line is footnote material in a list of names; a bare number is a footnote marker or page number. */
function looksLikeFootnote(line: string): boolean {
  return URL_PATTERN.test(line) || PAGE_NUMBER.test(line);
}

/**
 * Drop footnotes and page furniture. pdftotext prints a page's footnotes
 * after its last line and before the form feed, so once a footnote-looking
 * line appears, everything up to the next page break is footnote text.
 */
export function dropPageArtefacts(lines: SourceLine[], warnings: string[]): SourceLine[] {
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (dropped.has(i) || !looksLikeFootnote(line.text)) continue;
    const nextBreak = lines.findIndex((l, j) => j > i && l.pageBreakBefore);
    // Only a block that also holds footnote markers is a footnote block; a
    // list may give an organisation's website on its own line too.
    const isBlock =
      URL_PATTERN.test(line.text) &&
      nextBreak !== -1 &&
      nextBreak - i <= 60 &&
      lines.slice(i, nextBreak).some((l) => /^\s*\d{1,3}\s*$/.test(l.text));
    const blockEnd = isBlock ? nextBreak : i + 1;
    if (!isBlock && URL_PATTERN.test(line.text) && !isMostlyUrl(line.text)) continue;
    // The footnote text may begin a few lines before its first URL.
    let blockStart = i;
    if (blockEnd > i + 1) {
      while (blockStart > 0 && isFootnoteLead(lines[blockStart - 1]!.text)) blockStart--;
    }
    for (let j = blockStart; j < blockEnd; j++) dropped.add(j);
    if (blockEnd - blockStart > 1) {
      warnings.push(`Lines ${lines[blockStart]!.number}–${lines[blockEnd - 1]!.number} look like footnotes and were skipped.`);
    }
  }
  dropRepeatedPageEdges(lines, dropped, warnings);
  return lines.filter((_, i) => !dropped.has(i));
}

function isMostlyUrl(line: string): boolean {
  const url = URL_PATTERN.exec(line)?.[0] ?? '';
  return url.length >= line.trim().length / 2;
}

// Footnote text begins with its number ("12 See…") or a citation in quotes.
function isFootnoteLead(line: string): boolean {
  return /^\s*\d{1,3}\s+\S/.test(line) && !/^\s*\d{1,4}[.)]/.test(line);
}

/** A header or footer repeats at the same edge of several pages; names do not. */
function dropRepeatedPageEdges(lines: SourceLine[], dropped: Set<number>, warnings: string[]): void {
  const edges = new Map<string, number[]>();
  const note = (index: number) => {
    const key = lines[index]!.text.trim().toLowerCase();
    if (!key) return;
    edges.set(key, [...(edges.get(key) ?? []), index]);
  };
  // The text's first line is the top of a page as well.
  const first = lines.findIndex((l) => l.text.trim() !== '');
  lines.forEach((line, i) => {
    if (!line.pageBreakBefore && i !== first) return;
    note(i);
    let before = i - 1;
    while (before >= 0 && !lines[before]!.text.trim()) before--;
    if (before >= 0) note(before);
  });
  for (const [text, indices] of edges) {
    if (indices.length < 2) continue;
    indices.forEach((i) => dropped.add(i));
    warnings.push(`"${text}" repeats at page breaks and was treated as a page header or footer.`);
  }
}
