import type { Translate } from '../../../i18n/i18n.ts';
import { textDirection } from '../../../i18n/i18n.ts';
import { BAR, INK } from './palette.ts';

export interface Bar {
  /** What the bar is of, in the reader's language. */
  label: string;
  value: number;
  /** A stable key for tests and links (a country code, a type). */
  key: string;
}

const WIDTH = 360;
const ROW = 34;

/**
 * Horizontal bars, a label above each: readable at 390 px, and long names never collide. In a
 * right-to-left language the bars grow from the right and labels align right. Lengths are in
 * proportion to the values (the longest is the largest).
 */
export function BarChart(p: { id: string; title: string; desc: string; bars: Bar[]; t: Translate }) {
  const rtl = textDirection(p.t.locale) === 'rtl';
  const max = Math.max(1, ...p.bars.map((b) => b.value));
  const numberWidth = 44;
  const track = WIDTH - numberWidth;
  const height = Math.max(ROW, p.bars.length * ROW);
  const fmt = new Intl.NumberFormat(p.t.locale);
  return (
    <svg
      id={p.id}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-labelledby={`${p.id}-title ${p.id}-desc`}
      class="chart-svg bars"
      data-chart="bars"
      font-family="system-ui, sans-serif"
      font-size="13"
    >
      <title id={`${p.id}-title`}>{p.title}</title>
      <desc id={`${p.id}-desc`}>{p.desc}</desc>
      {p.bars.map((b, i) => {
        const len = b.value === 0 ? 0 : Math.max(1, (b.value / max) * track);
        const y = i * ROW;
        const x = rtl ? WIDTH - len : 0;
        const numX = rtl ? WIDTH - len - 6 : len + 6;
        return (
          <g data-key={b.key} data-value={String(b.value)}>
            <text x={rtl ? WIDTH : 0} y={y + 12} fill={INK} direction={rtl ? 'rtl' : 'ltr'} text-anchor="start">
              {b.label}
            </text>
            <rect x={x.toFixed(2)} y={y + 16} width={len.toFixed(2)} height="12" fill={BAR} data-length={len.toFixed(2)}>
              <title>{`${b.label}: ${fmt.format(b.value)}`}</title>
            </rect>
            <text x={numX.toFixed(2)} y={y + 27} fill={INK} direction={rtl ? 'rtl' : 'ltr'} text-anchor="start" font-weight="600">
              {fmt.format(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
