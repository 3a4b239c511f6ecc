import { countryName } from '../../../i18n/countries.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { countryShapes, MAP_HEIGHT, MAP_WIDTH } from '../../../reach/world-shapes.ts';
import { INK, mapShade, MAP_EMPTY } from './palette.ts';

/**
 * The world shaded by approved signatories per country: the more, the darker. Each country's
 * outline carries its code and count (data-*) and a <title> with its name and figure. A map is
 * never mirrored, even in Arabic; its legend is.
 */
export function WorldMap(p: { id: string; title: string; desc: string; counts: Map<string, number>; t: Translate }) {
  const max = Math.max(0, ...p.counts.values());
  const fmt = new Intl.NumberFormat(p.t.locale);
  const rtl = p.t.locale === 'ar';
  const legendY = MAP_HEIGHT + 8;
  const steps = max > 0 ? [...new Set([1, Math.ceil(max / 4), Math.ceil(max / 2), Math.ceil((3 * max) / 4), max].filter((v) => v >= 1))] : [];
  return (
    <svg id={p.id} viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT + 40}`} width={MAP_WIDTH} height={MAP_HEIGHT + 40} role="img" aria-labelledby={`${p.id}-title ${p.id}-desc`} class="chart-svg map" data-chart="map" font-family="system-ui, sans-serif">
      <title id={`${p.id}-title`}>{p.title}</title>
      <desc id={`${p.id}-desc`}>{p.desc}</desc>
      <g stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">
        {countryShapes().map((s) => {
          const n = p.counts.get(s.country) ?? 0;
          return (
            <path d={s.d} fill={mapShade(n, max)} data-country={s.country} data-count={String(n)}>
              <title>{`${countryName(s.country, p.t.locale)}: ${fmt.format(n)}`}</title>
            </path>
          );
        })}
      </g>
      <g font-size="14" fill={INK} data-legend="">
        <rect x={rtl ? MAP_WIDTH - 24 : 4} y={legendY} width="20" height="14" fill={MAP_EMPTY} />
        <text x={rtl ? MAP_WIDTH - 30 : 30} y={legendY + 12} text-anchor={rtl ? 'end' : 'start'}>{fmt.format(0)}</text>
        {steps.map((v, i) => {
          const x = 70 + i * 70;
          return (
            <>
              <rect x={rtl ? MAP_WIDTH - x - 20 : x} y={legendY} width="20" height="14" fill={mapShade(v, max)} />
              <text x={rtl ? MAP_WIDTH - x - 26 : x + 26} y={legendY + 12} text-anchor={rtl ? 'end' : 'start'}>{fmt.format(v)}</text>
            </>
          );
        })}
      </g>
    </svg>
  );
}
