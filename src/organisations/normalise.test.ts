import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText, normaliseName } from './normalise.ts';
import { analyseName, extractAcronyms } from './name-analysis.ts';
import { transliterate } from './transliterate.ts';

test('case, accents, punctuation, "&" and legal forms fold away', () => {
  assert.equal(normaliseName('Restore The Fourth, Inc.'), normaliseName('Restore the Fourth'));
  assert.equal(normaliseName('Defending Rights & Dissent'), normaliseName('Defending Rights and Dissent'));
  assert.equal(normaliseName('Acción Técnica Social'), normaliseName('ACCION TECNICA SOCIAL'));
  assert.equal(normaliseName('Iuridicum Remedium, z.s.'), normaliseName('Iuridicum Remedium'));
  assert.equal(normaliseName('Cultura Joven A.C.'), 'cultura joven');
  assert.equal(normaliseName('akzept e.V. Bundesverband'), 'akzept bundesverband');
  assert.notEqual(normaliseName('Harm Reduction International'), normaliseName('Harm Reduction Coalition'));
});

test('dotted acronyms are joined, elisions and possessives dropped', () => {
  assert.equal(foldText('Centre des R.O.S.É.S. de l’Abitibi'), 'centre des roses de abitibi');
  assert.equal(foldText("New America's Open Technology Institute"), 'new america open technology institute');
});

test('kinds of body in other languages map to one word', () => {
  assert.equal(normaliseName('Fundación Karisma'), normaliseName('Foundation Karisma'));
  assert.equal(normaliseName('Centro de Investigación'), 'centre investigacion');
});

test('Cyrillic and Greek are written in Latin letters', () => {
  assert.equal(transliterate('свон плюс'), 'svon plyus');
  assert.equal(transliterate('θετική φωνή'), 'thetiki foni');
  assert.equal(foldText('Ишонч ва Ҳаёт'), 'ishonch va hayot');
});

test('acronyms in brackets, after a dash or alone are found', () => {
  assert.deepEqual(extractAcronyms('Center for Democracy & Technology (CDT)'), ['CDT']);
  assert.deepEqual(extractAcronyms('European Digital Rights - EDRi'), ['EDRI']);
  assert.deepEqual(extractAcronyms('SMEX'), ['SMEX']);
  assert.deepEqual(extractAcronyms('Asian Harm Reduction Network (AHRN Myanmar)'), ['AHRN']);
  assert.deepEqual(extractAcronyms('A New PATH (Parents for Addiction Treatment & Healing)'), []);
});

test('a country after a separator, in brackets or fused into the name is recognised', () => {
  assert.equal(analyseName('Unwanted Witness, Uganda').location?.iso, 'UG');
  assert.equal(analyseName('Unwanted Witness Uganda').location?.iso, 'UG');
  assert.equal(analyseName('Foundation for Media Alternatives (Philippines)').location?.iso, 'PH');
  assert.equal(analyseName('LEAP UK').location?.iso, 'GB');
  assert.equal(analyseName('Kenya AIDS NGOs Consortium').location?.iso, 'KE');
  assert.equal(analyseName('National Coalition of Human Rights Defenders - Burundi').location?.iso, 'BI');
  assert.equal(analyseName('Help Us Now').location, null, 'a lower-case "us" is a word, not a country');
  assert.equal(analyseName('Harm Reduction International').location, null);
  assert.deepEqual(analyseName('Unwanted Witness Uganda').tokens, ['unwanted', 'witness']);
});

test('words that are names of object properties are words like any other', () => {
  for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
    const a = analyseName(`{{${word}.${word}("alert(1)")()}} ${word.toUpperCase()}`);
    assert.ok(a.tokens.length > 0, word);
    assert.ok(a.tokens.every((t) => typeof t === 'string'), word);
  }
});
