import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { pdfWords } from '../../../test/support/pdf.ts';
import { ihrcStatementDocument } from '../../../test/fixtures/publishing/statement-documents.ts';
import { buildDocx } from './render-docx.ts';
import { renderPdf, shutdownPdfRenderer } from './render-pdf.ts';
import { Packer } from 'docx';

after(() => shutdownPdfRenderer());
const latin = 'Internationalharmreductionassociation'.repeat(9).slice(0, 300);
const arabic = 'جمعيةالشفاءللحدمنالضرر'.repeat(14).slice(0, 300);
const MARGIN = 62.36; // 2.2 cm

for (const [language, name] of [['en', latin], ['ar', arabic]] as const) {
  test(`a 300-character name without spaces stays within the page and its column (${language})`, async () => {
    const signatories = [{ number: 1, name: 'Short one', country: null }, { number: 2, name, country: 'Lebanon' }, { number: 3, name: 'Another short', country: null }];
    const pdf = await renderPdf(ihrcStatementDocument({ language, signatories, addendum: [], individuals: [] }));
    const words = pdfWords(pdf);
    const mid = words[0]!.pageWidth / 2;
    const pieces = words.filter((w) => /^[\u200B]*(Internat|[a-z]{6,}|[\u0600-\u06FF\u200B]{6,})/u.test(w.text) && w.text.replace(/\u200B/g, '').length > 12);
    assert.ok(pieces.length >= 3, `the name wraps over several lines (${pieces.length})`);
    for (const w of words) {
      assert.ok(w.xMin >= MARGIN - 2 && w.xMax <= w.pageWidth - MARGIN + 2, `"${w.text.slice(0, 20)}" at ${Math.round(w.xMin)}–${Math.round(w.xMax)} leaves the text area`);
    }
    for (const w of pieces) assert.ok(w.xMax <= mid + 2 || w.xMin >= mid - 2, `"${w.text.slice(0, 20)}" crosses into the other column (${Math.round(w.xMin)}–${Math.round(w.xMax)})`);
  });
}

test('the DOCX gives an overlong name break opportunities and leaves ordinary words alone', async () => {
  const signatories = [{ number: 1, name: latin, country: null }, { number: 2, name: arabic, country: null }, { number: 3, name: 'Médecins du Monde', country: null }];
  const zip = await Packer.toBuffer(buildDocx(ihrcStatementDocument({ signatories, addendum: [], individuals: [] })));
  const { default: JSZip } = await import('jszip');
  const xml = await (await JSZip.loadAsync(zip)).file('word/document.xml')!.async('string');
  assert.ok(!xml.includes(latin) && !xml.includes(arabic), 'no 300-character run without a break');
  const runs = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
  for (const run of runs) for (const word of run.split(/[\s\u200B]/)) assert.ok([...word].length < 24, `unbroken run "${word.slice(0, 30)}…"`);
  assert.ok(runs.some((r) => r.includes('Médecins du Monde')));
});
