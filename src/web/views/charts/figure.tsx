import type { Child } from 'hono/jsx';
import type { Translate } from '../../../i18n/i18n.ts';

/**
 * A chart with its title and description (for screen readers: role="img" named by both) and
 * the same figures as a table in a <details>, open for whoever prefers to read numbers.
 */
export function ChartFigure(p: { id: string; title: string; desc: string; svg: Child; table: Child; t: Translate }) {
  return (
    <figure class="chart" id={p.id}>
      <figcaption>
        <h3>{p.title}</h3>
        <p class="muted">{p.desc}</p>
      </figcaption>
      {p.svg}
      <details>
        <summary>{p.t('reach.table.show')}</summary>
        {p.table}
      </details>
    </figure>
  );
}

/** A simple two-or-more column table of figures. */
export function FiguresTable(p: { head: string[]; rows: (string | number)[][] }) {
  return (
    <table class="figures">
      <thead>
        <tr>
          {p.head.map((h) => (
            <th scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r) => (
          <tr>
            {r.map((v, i) => (i === 0 ? <th scope="row">{v}</th> : <td>{v}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
