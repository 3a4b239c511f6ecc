import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pdfFonts, pdfPageSize, pdfText, pdfWords, renderPdfPage, type PdfWord } from '../../../test/support/pdf.ts';
import {
  addendumNames,
  hostileNames,
  ihrcSignatories,
  ihrcStatementDocument,
  syntheticSignatories,
} from '../../../test/fixtures/publishing/statement-documents.ts';
import { buildPdfData, DocumentRenderError, renderPdf, shutdownPdfRenderer } from './render-pdf.ts';

// Page images for a person to look at; tmp/ is git-ignored.
const previewDir = new URL('../../../tmp/documents/', import.meta.url);

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The word on the same line as `word`, matching `pattern`. */
function sameLine(words: PdfWord[], word: PdfWord, pattern: RegExp): PdfWord | undefined {
  return words.find((w) => w !== word && w.page === word.page && Math.abs(w.yMin - word.yMin) < 1 && pattern.test(w.text));
}

describe('renderPdf', () => {
  let ihrcPdf: Buffer;

  before(async () => {
    ihrcPdf = await renderPdf(ihrcStatementDocument());
  });
  after(async () => {
    await shutdownPdfRenderer();
  });

  test('produces a complete A4 PDF with only the fonts shipped through npm, embedded', () => {
    assert.equal(ihrcPdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const { width, height } = pdfPageSize(ihrcPdf);
    assert.deepEqual([Math.round(width), Math.round(height)], [595, 842], 'A4 in points');
    const fonts = pdfFonts(ihrcPdf);
    const names = fonts.map((f) => f.name);
    assert.ok(fonts.length >= 3, `fonts: ${names.join(', ')}`);
    for (const font of fonts) {
      assert.match(font.name, /^NotoSans(Arabic)?-/, `unexpected font ${font.name}`);
      assert.ok(font.embedded, `${font.name} is embedded`);
    }
    assert.ok(names.includes('NotoSansArabic-Regular'), 'the Arabic name uses Noto Sans Arabic');
  });

  test('the title, the date line and every one of the 336 names appear with their numbers, in order', () => {
    const text = oneLine(pdfText(ihrcPdf));
    assert.ok(text.startsWith('336 organisations call on governments'), text.slice(0, 80));
    assert.ok(text.includes('Porto, 28 April 2019'));
    let from = text.indexOf('List of signatory organisations');
    assert.ok(from > 0, 'list heading present');
    for (const entry of ihrcSignatories()) {
      const needle = `${entry.number}. ${oneLine(entry.name)}`;
      const at = text.indexOf(needle, from);
      assert.ok(at >= 0, `entry "${needle}" missing or out of order`);
      from = at + needle.length;
    }
    assert.ok(text.includes('336. СВОН Плюс'), 'Cyrillic name present');
    assert.ok(text.indexOf('and 4 organisations that cannot be named for their safety') > from, 'confidential count follows the list');
  });

  test('addendum and individuals follow as separate lists, in every script', () => {
    const text = oneLine(pdfText(ihrcPdf));
    const addendumAt = text.indexOf('Signed after publication');
    const individualsAt = text.indexOf('Individual signatories');
    assert.ok(addendumAt > text.indexOf('336. СВОН Плюс') && individualsAt > addendumAt);
    for (const entry of addendumNames.filter((e) => !/\p{Script=Arabic}/u.test(e.name))) {
      assert.ok(text.includes(`${entry.number}. ${entry.name}`), `addendum entry ${entry.name}`);
    }
    // Arabic is checked by its font above and by eye in the page images: text extraction
    // doubles its letters (Noto Sans Arabic draws the dots as glyphs of their own, each mapped
    // back to the letter), so only the numbers are checked.
    assert.match(text, /338\. ?\S/);
    assert.match(text, /341\. ?\S/);
    assert.ok(text.includes('2. Иван Петров (Россия)'));
  });

  test('a footnote in the body is a real footnote at the foot of its page', () => {
    const words = pdfWords(ihrcPdf);
    const note = words.filter((w, i) => /^1?Coalition$/.test(w.text) && words[i + 1]?.text === 'survey');
    assert.equal(note.length, 1, 'footnote text printed once');
    const [word] = note;
    assert.equal(word!.page, 1);
    assert.ok(word!.yMin > word!.pageHeight * 0.8, `footnote at y=${word!.yMin} of ${word!.pageHeight}`);
    const body = oneLine(pdfText(ihrcPdf, { first: 1, last: 1 }));
    assert.match(body, /use drugs\.\s?1 Our members/, 'reference mark after the sentence');
    assert.match(body, /1 ?Coalition survey of member organisations/, 'numbered footnote entry');
    assert.match(body, /3 ?Estimate by the coalition secretariat\./);
  });

  test('names and body text are data: markup, code and escapes in them are printed literally', async () => {
    const doc = ihrcStatementDocument({
      title: '#read("/etc/hostname") title',
      bodyMarkdown: 'Body with #emph[x] and $y$ and `#panic()` and <script>.\n\n- #set page(width: 1pt)\n',
      signatories: hostileNames,
      addendum: [],
      individuals: [],
      confidentialCount: 0,
    });
    const pdf = await renderPdf(doc);
    const text = oneLine(pdfText(pdf));
    for (const entry of hostileNames.slice(0, 5)) {
      assert.ok(text.includes(`${entry.number}. ${entry.name}`), `"${entry.name}" printed literally`);
    }
    assert.ok(text.includes('#{ panic("x") } @label <lbl> // comment'));
    assert.ok(text.includes('#read("/etc/hostname") title'));
    assert.ok(text.includes('Body with #emph[x] and $y$ and #panic() and <script>.'));
    assert.ok(text.includes('#set page(width: 1pt)'));
    assert.ok(!text.includes('root:'), 'no file was read');
    // An override character in one name cannot pull its number or the next entry.
    assert.ok(text.includes('7. #{'), 'entry after the override keeps its number first');
  });

  test('a right-to-left statement renders', async () => {
    const pdf = await renderPdf(ihrcStatementDocument({
      language: 'ar',
      title: 'بيان مشترك من ٣٣٦ منظمة',
      dateLine: 'بورتو، ٢٨ أبريل ٢٠١٩',
      bodyMarkdown: 'نص **البيان** هنا.[^1]\n\n- أولاً\n- ثانياً\n\n[^1]: مصدر الحاشية.\n',
      signatories: ihrcSignatories().slice(0, 12),
    }));
    writePreview('arabic', pdf, 1, 1);
    const text = oneLine(pdfText(pdf));
    assert.ok(text.includes('International Drug Policy Consortium'));
    // Right-to-left: each number stands at the right of its name, Latin names included.
    const words = pdfWords(pdf);
    const aides = words.find((w) => w.text === 'AIDES');
    const consortium = words.find((w) => w.text === 'Consortium');
    assert.ok(aides && consortium, 'both names on the page');
    const twelve = sameLine(words, aides, /^12\.?$/);
    const one = sameLine(words, consortium, /^1\.?$/);
    assert.ok(twelve && twelve.xMin >= aides.xMax, 'number 12 on the right of AIDES');
    assert.ok(one && one.xMin >= consortium.xMax, 'number 1 on the right of the first name');
    assert.ok(aides.yMin > consortium.yMin, 'entry 12 below entry 1');
  });

  test('the numbered list runs down the first column, then the second', () => {
    const words = pdfWords(ihrcPdf, { first: 1, last: 1 });
    const heading = words.find((w, i) => w.text === 'List' && words[i + 1]?.text === 'of' && words[i + 2]?.text === 'signatory');
    assert.ok(heading, 'list heading on page 1');
    const footnotes = words.find((w, i) => /^1?Coalition$/.test(w.text) && words[i + 1]?.text === 'survey');
    assert.ok(footnotes, 'footnotes below the list');
    const numbers = words.filter((w) => /^\d+\.$/.test(w.text) && w.yMin > heading.yMax && w.yMax < footnotes.yMin);
    const middle = heading.pageWidth / 2;
    const left = numbers.filter((w) => w.xMax < middle).map((w) => parseInt(w.text, 10));
    const right = numbers.filter((w) => w.xMin > middle);
    assert.ok(left.length >= 10 && right.length >= 10, `${left.length} entries on the left, ${right.length} on the right`);
    assert.deepEqual(left, left.map((_, i) => i + 1), 'the first column counts 1, 2, 3… downwards');
    const firstRight = right.reduce((a, b) => (a.yMin <= b.yMin ? a : b));
    assert.equal(parseInt(firstRight.text, 10), left.length + 1, 'the second column continues the first');
    assert.ok(firstRight.yMin < Math.max(...numbers.filter((w) => w.xMax < middle).map((w) => w.yMin)), 'the columns stand side by side');
  });

  test('writes page images of the statement for review', () => {
    writePreview('ihrc', ihrcPdf, 1, 5);
    const pngs = readdirSync(previewDir).filter((f) => /^ihrc-\d+\.png$/.test(f));
    assert.ok(pngs.length >= 5, `page images in ${previewDir.pathname}`);
  });

  test('a render over its time limit fails with DocumentRenderError and the next render works', async () => {
    const big = ihrcStatementDocument({ signatories: syntheticSignatories(3000, ' timeout') });
    await assert.rejects(renderPdf(big, { timeoutMs: 50 }), (error: unknown) => {
      assert.ok(error instanceof DocumentRenderError);
      assert.equal(error.reason, 'timeout');
      assert.match(error.message, /50 ms/);
      return true;
    });
    const pdf = await renderPdf(ihrcStatementDocument({ addendum: [], individuals: [] }));
    assert.ok(oneLine(pdfText(pdf)).includes('336. СВОН Плюс'));
  });

  test('a render over its memory limit fails with DocumentRenderError', async () => {
    await assert.rejects(renderPdf(ihrcStatementDocument(), { maxMemoryMb: 5 }), (error: unknown) => {
      assert.ok(error instanceof DocumentRenderError);
      assert.equal(error.reason, 'memory');
      return true;
    });
    const pdf = await renderPdf(ihrcStatementDocument());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  test('renders queued in parallel all complete, each with its own content', async () => {
    const titles = ['First statement', 'Second statement', 'Third statement'];
    const pdfs = await Promise.all(titles.map((title) => renderPdf(ihrcStatementDocument({ title, signatories: ihrcSignatories().slice(0, 3) }))));
    pdfs.forEach((pdf, i) => assert.ok(pdfText(pdf).startsWith(titles[i]!)));
  });
});

describe('buildPdfData', () => {
  test('marks right-to-left names and languages, and keeps names as given', () => {
    const data = buildPdfData(ihrcStatementDocument({ language: 'ar-MA' }));
    assert.equal(data.lang, 'ar');
    assert.equal(data.region, 'MA');
    assert.equal(data.dir, 'rtl');
    const addendum = data.lists[1]!.entries;
    assert.deepEqual(addendum.map((e) => e.rtl), [false, true, false, false, true]);
    assert.equal(addendum[0]!.name, addendumNames[0]!.name);
    assert.equal(buildPdfData(ihrcStatementDocument({ language: 'pt-BR' })).dir, 'ltr');
  });

  test('omits the confidential line when nobody is confidential', () => {
    const data = buildPdfData(ihrcStatementDocument({ confidentialCount: 0 }));
    assert.equal(data.lists[0]!.note, null);
  });
});

function writePreview(name: string, pdf: Buffer, first: number, last: number): void {
  mkdirSync(previewDir, { recursive: true });
  for (const old of readdirSync(previewDir)) {
    if (old.startsWith(`${name}-`) && old.endsWith('.png')) rmSync(join(previewDir.pathname, old));
  }
  writeFileSync(join(previewDir.pathname, `${name}.pdf`), pdf);
  for (let page = first; page <= last; page++) {
    const png = renderPdfPage(pdf, page, 80);
    assert.equal(Buffer.from(png.subarray(1, 4)).toString('latin1'), 'PNG');
    writeFileSync(join(previewDir.pathname, `${name}-${page}.png`), png);
  }
}
