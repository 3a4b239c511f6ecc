import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
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
const scratch = mkdtempSync(join(tmpdir(), 'undersigned-pdf-'));

function pdfText(pdf: Buffer, ...args: string[]): string {
  const file = join(scratch, `t-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

interface Word { text: string; page: number; yMin: number; pageHeight: number }

/** Words with their position, from pdftotext -bbox. */
function pdfWords(pdf: Buffer): Word[] {
  const html = pdfText(pdf, '-bbox');
  const words: Word[] = [];
  let page = 0;
  let pageHeight = 0;
  for (const match of html.matchAll(/<page width="[\d.]+" height="([\d.]+)">|<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (match[1]) {
      page++;
      pageHeight = Number(match[1]);
    } else {
      words.push({ text: match[3]!, page, yMin: Number(match[2]), pageHeight });
    }
  }
  return words;
}

describe('renderPdf', () => {
  let ihrcPdf: Buffer;

  before(async () => {
    ihrcPdf = await renderPdf(ihrcStatementDocument());
  });
  after(async () => {
    await shutdownPdfRenderer();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('produces a complete A4 PDF with only the fonts shipped through npm', () => {
    assert.equal(ihrcPdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const file = join(scratch, 'fonts.pdf');
    writeFileSync(file, ihrcPdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    assert.match(info, /Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    assert.ok(fonts.length >= 3, `fonts: ${fonts.join(', ')}`);
    for (const font of fonts) assert.match(font, /^NotoSans(Arabic)?-/, `unexpected font ${font}`);
    assert.ok(fonts.includes('NotoSansArabic-Regular'), 'the Arabic name uses Noto Sans Arabic');
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
    // Arabic is checked by its font above and by eye in the page images: poppler
    // cannot extract it (Noto Sans Arabic draws dots as separate glyphs and Typst
    // marks the runs /ReversedChars, which poppler ignores), so only the numbers are checked.
    assert.ok(text.includes('338. ') && text.includes('341. '));
    assert.ok(text.includes('2. Иван Петров (Россия)'));
  });

  test('a footnote in the body is a real footnote at the foot of its page', () => {
    const words = pdfWords(ihrcPdf);
    const note = words.filter((w, i) => /^1?Coalition$/.test(w.text) && words[i + 1]?.text === 'survey');
    assert.equal(note.length, 1, 'footnote text printed once');
    const [word] = note;
    assert.equal(word!.page, 1);
    assert.ok(word!.yMin > word!.pageHeight * 0.8, `footnote at y=${word!.yMin} of ${word!.pageHeight}`);
    const body = oneLine(pdfText(ihrcPdf, '-f', '1', '-l', '1'));
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
    // Right-to-left: the number sits at the right, so pdftotext reads 'AIDES .12'.
    assert.ok(text.includes('AIDES .12'), 'number on the right of a Latin name');
    assert.ok(text.indexOf('AIDES .12') > text.indexOf('International Drug Policy Consortium .1'));
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
  const file = join(previewDir.pathname, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', String(first), '-l', String(last), file, join(previewDir.pathname, name)], { stdio: 'ignore' });
}
