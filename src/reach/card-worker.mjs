// Renders share cards (1200×630 PNG) in a worker thread, so a render never holds the server's
// event loop: satori lays the card out (HarfBuzz shapes Arabic, lines run right to left), resvg
// paints it. Plain JavaScript: a worker thread does not load the TypeScript loader.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const dir = (pkg) => dirname(require.resolve(`${pkg}/package.json`));
const sans = dir('@expo-google-fonts/noto-sans');
const arabic = dir('@expo-google-fonts/noto-sans-arabic');
// TTF files: satori reads TTF, OTF and WOFF. Arabic is set in the regular weight: with the bold
// file, satori's shaping dropped the dots of some letters (ة, ق) in our renders.
const fonts = [
  { name: 'Noto Sans', weight: 400, style: 'normal', data: readFileSync(join(sans, '400Regular/NotoSans_400Regular.ttf')) },
  { name: 'Noto Sans', weight: 700, style: 'normal', data: readFileSync(join(sans, '700Bold/NotoSans_700Bold.ttf')) },
  { name: 'Noto Sans Arabic', weight: 400, style: 'normal', data: readFileSync(join(arabic, '400Regular/NotoSansArabic_400Regular.ttf')) },
  { name: 'Noto Sans Arabic', weight: 700, style: 'normal', data: readFileSync(join(arabic, '700Bold/NotoSansArabic_700Bold.ttf')) },
];

const el = (type, style, children) => ({ type, props: { style, children } });

async function render({ title, count, brand, dir: direction }) {
  const rtl = direction === 'rtl';
  const fontFamily = rtl ? 'Noto Sans Arabic, Noto Sans' : 'Noto Sans, Noto Sans Arabic';
  const size = title.length > 140 ? 44 : title.length > 80 ? 54 : 64;
  // Explicit sizes: satori adds padding to a box's width, so the frame has none and the content box is sized to fit.
  const tree = el('div', { width: 1200, height: 630, display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily, color: '#111827' }, [
    el('div', { width: 1200, height: 24, background: '#1d4ed8', display: 'flex' }, []),
    el(
      'div',
      { width: 1056, height: 534, marginLeft: 72, marginTop: 40, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', direction: rtl ? 'rtl' : 'ltr' },
      [
        el('div', { display: 'flex', width: 1056, fontSize: size, fontWeight: rtl ? 400 : 700, lineHeight: 1.25, maxHeight: 380, overflow: 'hidden', textAlign: rtl ? 'right' : 'left', justifyContent: 'flex-start', direction: rtl ? 'rtl' : 'ltr' }, title),
        el('div', { display: 'flex', flexDirection: 'column', width: 1056 }, [
          el('div', { display: 'flex', width: 1056, fontSize: 52, fontWeight: rtl ? 400 : 700, color: '#1d4ed8', direction: rtl ? 'rtl' : 'ltr', textAlign: rtl ? 'right' : 'left', justifyContent: 'flex-start' }, count),
          el('div', { display: 'flex', width: 1056, fontSize: 28, color: '#4b5563', marginTop: 8, direction: rtl ? 'rtl' : 'ltr', justifyContent: 'flex-start' }, brand),
        ]),
      ],
    ),
  ]);
  const svg = await satori(tree, { width: 1200, height: 630, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render().asPng();
}

parentPort.on('message', async ({ id, card }) => {
  try {
    const png = await render(card);
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.message ?? error) });
  }
});
