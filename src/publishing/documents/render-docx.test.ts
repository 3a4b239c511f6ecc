import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  addendumNames,
  hostileNames,
  ihrcSignatories,
  ihrcStatementDocument,
} from '../../../test/fixtures/publishing/statement-documents.ts';
import { unzip } from '../../../test/fixtures/publishing/unzip.ts';
import { renderDocx } from './render-docx.ts';

function xmlUnescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/** The text of each w:p in a part, runs joined. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => xmlUnescape(m[1]!)).join(''),
  }));
}

describe('renderDocx', () => {
  let files: Map<string, Buffer>;
  let documentXml: string;

  before(async () => {
    files = unzip(await renderDocx(ihrcStatementDocument()));
    documentXml = files.get('word/document.xml')!.toString('utf8');
  });

  test('the title and list headings are real Word heading styles', () => {
    const paras = paragraphs(documentXml);
    const styleOf = (text: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(paras.find((p) => p.text === text)?.xml ?? '')?.[1];
    assert.equal(styleOf('336 organisations call on governments to fund harm reduction and end punishment'), 'Title');
    assert.equal(styleOf('List of signatory organisations'), 'Heading1');
    assert.equal(styleOf('Signed after publication'), 'Heading1');
    assert.equal(styleOf('Individual signatories'), 'Heading1');
    assert.equal(styleOf('What we will do'), 'Heading2');
    const styles = files.get('word/styles.xml')!.toString('utf8');
    assert.match(styles, /w:styleId="Heading1"/);
  });

  test('body footnotes are real footnotes', () => {
    const footnotes = paragraphs(files.get('word/footnotes.xml')!.toString('utf8')).map((p) => p.text);
    assert.ok(footnotes.some((t) => t.includes('Coalition survey of member organisations, March 2019.')));
    assert.ok(footnotes.some((t) => t.includes('Estimate by the coalition secretariat.')));
    const references = [...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    assert.deepEqual(references, [1, 2, 3]);
    const paras = paragraphs(documentXml);
    const first = paras.find((p) => p.text.startsWith('As harm reduction workers'))!;
    assert.match(first.xml, /<w:b\/>.*336 organisations/s, 'bold run from **…**');
    assert.ok(first.xml.includes('<w:footnoteReference w:id="1"/>'));
  });

  test('signatories are a real numbered list in two columns, every name literal and in order', () => {
    const paras = paragraphs(documentXml);
    let from = paras.findIndex((p) => p.text === 'List of signatory organisations');
    for (const entry of ihrcSignatories()) {
      const at = paras.findIndex((p, i) => i > from && p.text === entry.name);
      assert.ok(at > from, `"${entry.name}" missing or out of order`);
      assert.match(paras[at]!.xml, /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/, `${entry.name} is a list item`);
      from = at;
    }
    assert.ok(!documentXml.includes('>1. International'), 'numbers are not typed into the text');
    assert.match(documentXml, /<w:cols [^>]*w:num="2"/);
    const numbering = files.get('word/numbering.xml')!.toString('utf8');
    assert.match(numbering, /<w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/);
    assert.match(numbering, /<w:start w:val="337"\/>/, 'the addendum continues the numbering');
    const arabic = paras.find((p) => p.text === addendumNames[1]!.name + ` (${addendumNames[1]!.country})`);
    assert.ok(arabic, 'Arabic name present');
    assert.match(arabic.xml, /<w:rtl\/>/, 'Arabic runs are right-to-left');
    assert.ok(paras.some((p) => p.text.includes('and 4 organisations that cannot be named for their safety')));
  });

  test('page numbers are fields in the footer', () => {
    const footer = [...files.entries()].find(([name]) => name.startsWith('word/footer'))![1].toString('utf8');
    assert.match(footer, /PAGE/);
    assert.match(footer, /NUMPAGES/);
    assert.ok(footer.includes('Edition 1, published 28 April 2019'));
  });

  test('hostile names stay literal text and control characters cannot break the XML', async () => {
    const names = [...hostileNames, { number: 8, name: 'Bell\u0007 and \uD800 lone', country: null }];
    const xml = unzip(await renderDocx(ihrcStatementDocument({ signatories: names, addendum: [], individuals: [] })))
      .get('word/document.xml')!
      .toString('utf8');
    const texts = paragraphs(xml).map((p) => p.text);
    for (const entry of hostileNames) assert.ok(texts.includes(entry.name), `${entry.name} literal`);
    assert.ok(texts.includes('Bell and \uFFFD lone'));
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
