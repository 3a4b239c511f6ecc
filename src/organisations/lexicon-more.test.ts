import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MORE, MORE_EXPANSIONS, MORE_TYPES } from './lexicon-more.ts';
import { CONCEPT, LEGAL_FORMS, STOPWORDS, TYPE_CANONICAL, foldText } from './normalise.ts';
import { compareNames } from './similarity.ts';
import { transliterateCased } from './transliterate.ts';

test('every word of lexicon-more.ts is folded and means what the file says, no other thing', () => {
  for (const [concept, words] of Object.entries(MORE)) {
    for (const word of words) {
      assert.equal(foldText(word), word, `${word} is written folded`);
      assert.equal(CONCEPT.get(word), concept, `${word} means ${concept}`);
      assert.ok(!TYPE_CANONICAL.has(word) && !STOPWORDS.has(word) && !LEGAL_FORMS.has(word), `${word} is only a word of the lexicon`);
    }
  }
  for (const [type, words] of Object.entries(MORE_TYPES)) {
    for (const word of words) {
      assert.equal(foldText(word), word, `${word} is written folded`);
      assert.equal(TYPE_CANONICAL.get(word), type, `${word} is a ${type}`);
      assert.ok(!CONCEPT.has(word) && !STOPWORDS.has(word), `${word} is only a kind of body`);
    }
  }
  for (const word of Object.keys(MORE_EXPANSIONS)) assert.ok(!CONCEPT.has(word) && !TYPE_CANONICAL.has(word), `${word} expands, and means nothing else`);
});

test('Greek letter pairs keep their sound when capitals are kept ("τους" is "tous", not "toys")', () => {
  assert.equal(transliterateCased('Ελληνικό Συμβούλιο για τους Πρόσφυγες'), 'Elliniko Symvoulio gia tous Prosfyges');
  assert.equal(transliterateCased('ΚΕΘΕΑ ΟΥΡΑΝΟΣ'), 'KETHEA OURANOS');
  assert.equal(transliterateCased('Бир Дуйно Кыргызстан'), 'Bir Duyno Kyrgyzstan');
});

test('names in the languages of lexicon-more.ts compare with their English names', () => {
  const same: [string, string][] = [
    ['Helsińska Fundacja Praw Człowieka', 'Helsinki Foundation for Human Rights'],
    ['Ελληνικό Συμβούλιο για τους Πρόσφυγες', 'Greek Council for Refugees'],
    ['İnsan Hakları Derneği', 'Human Rights Association'],
    ['Organizace pro pomoc uprchlíkům', 'Organisation for Aid to Refugees'],
    ['Komisi Nasional Hak Asasi Manusia', 'National Commission on Human Rights'],
    ['Magyar Helsinki Bizottság', 'Hungarian Helsinki Committee'],
    ['Hrvatski helsinški odbor', 'Croatian Helsinki Committee'],
    ['Institut for Menneskerettigheder', 'Institute for Human Rights'],
    ['Fundația Salvați Copiii', 'Save the Children Foundation'],
    ['Asociația pentru Apărarea Drepturilor Omului în România', 'Association for the Defence of Human Rights in Romania'],
  ];
  for (const [a, b] of same) assert.equal(compareNames(a, b).same, true, `${a} = ${b}`);
  // Different bodies stay apart: the kind of body and the words that tell them apart still count.
  assert.equal(compareNames('Helsińska Fundacja Praw Człowieka', 'Helsiński Komitet Praw Człowieka').same, false);
  assert.equal(compareNames('Stowarzyszenie Praw Kobiet', 'Stowarzyszenie Praw Dzieci').same, false);
  assert.equal(compareNames('Fred Hollows Foundation', 'Peace Foundation').same, false);
});
