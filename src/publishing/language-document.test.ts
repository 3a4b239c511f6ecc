import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collateFor } from './language-document.ts';

const entry = (number: number, name: string) => ({ signatureId: `s${number}`, number, name, country: null, type: null });

test('a list is collated for the language it is printed in, initiators first, numbered again', () => {
  const list = [entry(1, 'Zeta Network'), entry(2, 'Abeille'), entry(3, 'СВОН Плюс'), entry(4, 'جمعية العون'), entry(5, 'Élan')];
  const names = (l: ReturnType<typeof collateFor>) => l.map((e) => `${e.number}. ${e.name}`);
  assert.deepEqual(names(collateFor(list, 'ru', new Set(['s1']))), ['1. Zeta Network', '2. СВОН Плюс', '3. Abeille', '4. Élan', '5. جمعية العون']);
  assert.deepEqual(names(collateFor(list, 'ar', new Set(['s1']))), ['1. Zeta Network', '2. جمعية العون', '3. Abeille', '4. Élan', '5. СВОН Плюс']);
  assert.deepEqual(names(collateFor(list, 'fr', new Set(), 10)), ['10. Abeille', '11. Élan', '12. Zeta Network', '13. СВОН Плюс', '14. جمعية العون']);
});
