import { formatDate, textDirection, type Translate } from '../../../i18n/i18n.ts';
import type { DayTally } from '../../../reach/statement-stats.ts';
import { BAR, CHART_STATES, GRID, INK, MUTED, STATE_COLOURS } from './palette.ts';

const W = 360;
const H = 200;
const PAD = { top: 12, bottom: 34, side: 34 };

/** The day on the axis as the reader writes it ("28 Apr"). */
const shortDay = (date: string, locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** Time runs in the reading direction: left to right, or right to left in Arabic. */
function axis(locale: string, n: number) {
  const rtl = textDirection(locale) === 'rtl';
  const inner = W - 2 * PAD.side;
  const step = n > 0 ? inner / n : inner;
  const slotX = (i: number) => (rtl ? W - PAD.side - (i + 1) * step : PAD.side + i * step);
  const pointX = (i: number) => (n <= 1 ? W / 2 : rtl ? W - PAD.side - (i / (n - 1)) * inner : PAD.side + (i / (n - 1)) * inner);
  return { rtl, step, slotX, pointX, valueSide: rtl ? W - PAD.side + 4 : PAD.side - 4, anchor: rtl ? 'start' : 'end' } as const;
}

const yOf = (v: number, max: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);

function Frame(p: { max: number; locale: string; days: string[]; a: ReturnType<typeof axis> }) {
  const fmt = new Intl.NumberFormat(p.locale);
  const first = p.days[0];
  const last = p.days[p.days.length - 1];
  const n = p.days.length;
  return (
    <g font-size="12" fill={MUTED}>
      <line x1={PAD.side} x2={W - PAD.side} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke={INK} />
      <line x1={PAD.side} x2={W - PAD.side} y1={PAD.top} y2={PAD.top} stroke={GRID} stroke-dasharray="3 3" />
      <text x={p.a.valueSide} y={PAD.top + 4} text-anchor="end" direction="ltr" data-axis="max">{fmt.format(p.max)}</text>
      <text x={p.a.valueSide} y={H - PAD.bottom + 4} text-anchor="end" direction="ltr">{fmt.format(0)}</text>
      {first ? (
        <text x={p.a.rtl ? W - PAD.side : PAD.side} y={H - PAD.bottom + 18} text-anchor={p.a.rtl ? 'end' : 'start'}>
          {shortDay(first, p.locale)}
        </text>
      ) : null}
      {last && n > 1 ? (
        <text x={p.a.rtl ? PAD.side : W - PAD.side} y={H - PAD.bottom + 18} text-anchor={p.a.rtl ? 'start' : 'end'}>
          {shortDay(last, p.locale)}
        </text>
      ) : null}
    </g>
  );
}

/** Sign-ons per day, each day's bar stacked by the state its sign-ons are in now. */
export function DailyChart(p: { id: string; title: string; desc: string; days: DayTally[]; t: Translate }) {
  const a = axis(p.t.locale, p.days.length);
  const max = Math.max(1, ...p.days.map((d) => CHART_STATES.reduce((s, k) => s + d.byState[k], 0)));
  const gap = a.step > 4 ? 1 : 0;
  return (
    <svg id={p.id} viewBox={`0 0 ${W} ${H + 40}`} width={W} height={H + 40} role="img" aria-labelledby={`${p.id}-title ${p.id}-desc`} class="chart-svg" data-chart="daily" font-family="system-ui, sans-serif">
      <title id={`${p.id}-title`}>{p.title}</title>
      <desc id={`${p.id}-desc`}>{p.desc}</desc>
      <Frame max={max} locale={p.t.locale} days={p.days.map((d) => d.date)} a={a} />
      {p.days.map((d, i) => {
        let below = 0;
        return (
          <g data-date={d.date} data-signed={String(d.signed)} data-approved={String(d.approved)}>
            {CHART_STATES.filter((k) => d.byState[k] > 0).map((k) => {
              const y0 = yOf(below, max);
              below += d.byState[k];
              const y1 = yOf(below, max);
              return (
                <rect x={(a.slotX(i) + gap).toFixed(2)} width={Math.max(0.5, a.step - 2 * gap).toFixed(2)} y={y1.toFixed(2)} height={(y0 - y1).toFixed(2)} fill={STATE_COLOURS[k]} data-state={k} data-value={String(d.byState[k])}>
                  <title>{`${formatDate(new Date(`${d.date}T00:00:00Z`), p.t.locale)} · ${p.t(`signatureState.${k}`)}: ${d.byState[k]}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
      <Legend y={H + 4} t={p.t} rtl={a.rtl} items={CHART_STATES.map((k) => ({ colour: STATE_COLOURS[k], label: p.t(`signatureState.${k}`) }))} />
    </svg>
  );
}

/** Running totals: every sign-on (dashed) and the approved signatories (solid), ending at today's figures. */
export function CumulativeChart(p: { id: string; title: string; desc: string; points: { date: string; signed: number; approved: number }[]; t: Translate }) {
  const a = axis(p.t.locale, p.points.length);
  const max = Math.max(1, ...p.points.map((d) => d.signed));
  const line = (pick: (d: { signed: number; approved: number }) => number) =>
    p.points.map((d, i) => `${i === 0 ? 'M' : 'L'}${a.pointX(i).toFixed(2)},${yOf(pick(d), max).toFixed(2)}`).join('');
  const last = p.points[p.points.length - 1];
  return (
    <svg id={p.id} viewBox={`0 0 ${W} ${H + 40}`} width={W} height={H + 40} role="img" aria-labelledby={`${p.id}-title ${p.id}-desc`} class="chart-svg" data-chart="cumulative" font-family="system-ui, sans-serif">
      <title id={`${p.id}-title`}>{p.title}</title>
      <desc id={`${p.id}-desc`}>{p.desc}</desc>
      <Frame max={max} locale={p.t.locale} days={p.points.map((d) => d.date)} a={a} />
      {p.points.length > 0 ? (
        <>
          <path d={line((d) => d.signed)} fill="none" stroke={STATE_COLOURS.unconfirmed} stroke-width="2" stroke-dasharray="5 3" data-series="signed" data-end={String(last!.signed)} />
          <path d={line((d) => d.approved)} fill="none" stroke={BAR} stroke-width="3" data-series="approved" data-end={String(last!.approved)} />
          {p.points.map((d, i) => (
            <circle cx={a.pointX(i).toFixed(2)} cy={yOf(d.approved, max).toFixed(2)} r="3" fill={BAR}>
              <title>{`${formatDate(new Date(`${d.date}T00:00:00Z`), p.t.locale)}: ${p.t('reach.col.cumulativeApproved')} ${d.approved}, ${p.t('reach.col.cumulativeSigned')} ${d.signed}`}</title>
            </circle>
          ))}
        </>
      ) : null}
      <Legend y={H + 4} t={p.t} rtl={a.rtl} items={[{ colour: STATE_COLOURS.unconfirmed, label: p.t('reach.col.cumulativeSigned'), dashed: true }, { colour: BAR, label: p.t('reach.col.cumulativeApproved') }]} />
    </svg>
  );
}

/** A one-line legend; items wrap to a second line when the language's words are long. */
function Legend(p: { y: number; items: { colour: string; label: string; dashed?: boolean }[]; t: Translate; rtl: boolean }) {
  // Approximate widths (7 units a character at 12 px) are enough to lay out a legend.
  let x = 0;
  let row = 0;
  const placed = p.items.map((it) => {
    const w = 22 + it.label.length * 6.5;
    if (x + w > W && x > 0) {
      x = 0;
      row += 1;
    }
    const at = { ...it, x, row };
    x += w + 8;
    return at;
  });
  return (
    <g font-size="12" fill={INK} data-legend="">
      {placed.map((it) => {
        const sx = p.rtl ? W - it.x - 14 : it.x;
        const y = p.y + it.row * 16;
        return (
          <g>
            {it.dashed ? <line x1={sx} x2={sx + 14} y1={y + 6} y2={y + 6} stroke={it.colour} stroke-width="2" stroke-dasharray="4 2" /> : <rect x={sx} y={y} width="14" height="10" fill={it.colour} />}
            <text x={p.rtl ? sx - 4 : sx + 18} y={y + 9} direction={p.rtl ? 'rtl' : 'ltr'} text-anchor="start">
              {it.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
