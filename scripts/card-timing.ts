import { writeFileSync } from 'node:fs';
import { CardRenderer } from '../src/reach/share-card.ts';
const r = new CardRenderer();
let t0 = performance.now();
const en = await r.render({ title: 'Joint statement: End the war on drugs — put people first', count: '312 organisations have signed', brand: 'Undersigned', dir: 'ltr' });
console.log('first render (incl. worker start, fonts)', Math.round(performance.now() - t0), 'ms', en.length);
writeFileSync('/tmp/card-en.png', en);
for (let i = 0; i < 3; i++) {
  t0 = performance.now();
  const ar = await r.render({ title: 'بيان مشترك لمنظمة الصحة: أنهوا الحرب على المخدرات وضعوا الناس أولاً', count: 'وقّعت 312 منظمة على البيان', brand: 'Undersigned', dir: 'rtl' });
  console.log('render', Math.round(performance.now() - t0), 'ms');
  writeFileSync('/tmp/card-ar.png', ar);
}
await r.close();
