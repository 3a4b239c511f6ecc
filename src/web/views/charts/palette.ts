// Colours chosen for at least 3:1 contrast against the white page (WCAG 1.4.11, graphical
// objects), and told apart by more than hue: every chart also has its figures as a table.
export const INK = '#1f2937';
export const MUTED = '#4b5563';
export const GRID = '#d1d5db';
export const BAR = '#1d4ed8';

/** Each signature state's colour in the stacked day bars and their legend. */
export const STATE_COLOURS = {
  approved: '#1d4ed8',
  confirmed: '#b45309',
  unconfirmed: '#6b7280',
  rejected: '#b91c1c',
  withdrawn: '#7e22ce',
} as const;
export type ChartState = keyof typeof STATE_COLOURS;
export const CHART_STATES = Object.keys(STATE_COLOURS) as ChartState[];

/** A country with no approved signatory. */
export const MAP_EMPTY = '#e5e7eb';
const MAP_LIGHT = [158, 202, 225]; // #9ecae1
const MAP_DARK = [8, 48, 107]; // #08306b

/** The map's shade for `count` of `max`: lighter to darker in proportion, so more is always darker. */
export function mapShade(count: number, max: number): string {
  if (count <= 0 || max <= 0) return MAP_EMPTY;
  const t = max === 1 ? 1 : Math.sqrt((count - 1) / (max - 1));
  const c = MAP_LIGHT.map((l, i) => Math.round(l + (MAP_DARK[i]! - l) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG), for tests and for choosing the label colour on a shade. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
