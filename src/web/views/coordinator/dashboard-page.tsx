import type { Coordinator } from '../../../accounts/coordinator.ts';
import { countryName } from '../../../i18n/countries.ts';
import { formatDate, languageName, textDirection, type Translate } from '../../../i18n/i18n.ts';
import { partnerUrl, type PartnerLink } from '../../../reach/partner-link.ts';
import { cumulative, type StatementStats } from '../../../reach/statement-stats.ts';
import type { Statement } from '../../../statements/statement.ts';
import { BarChart, type Bar } from '../charts/bar-chart.tsx';
import { ChartFigure, FiguresTable } from '../charts/figure.tsx';
import { CumulativeChart, DailyChart } from '../charts/time-charts.tsx';
import { WorldMap } from '../charts/world-map.tsx';
import { CHART_STATES } from '../charts/palette.ts';
import { CsrfField, ErrorSummary, Field, Layout } from '../layout.tsx';

export interface DashboardProps {
  statement: Statement;
  stats: StatementStats;
  links: PartnerLink[];
  publicUrl: string;
  coordinator: Coordinator;
  csrfToken: string;
  notice?: string | undefined;
  linkValues?: Record<string, string> | undefined;
  linkErrors?: Record<string, string> | undefined;
  t: Translate;
}

/** The coordinator's dashboard: every chart an SVG drawn here, readable with JavaScript off. */
export function DashboardPage(p: DashboardProps) {
  const { t, stats: st, statement: s } = p;
  const fmt = new Intl.NumberFormat(t.locale);
  const base = `/coordinator/statements/${s.slug}`;
  const place = (code: string | null) => (code ? countryName(code, t.locale) : t('reach.noCountry'));
  const region = (code: string | null) => (code ? countryName(code, t.locale) : t('reach.noCountry'));
  const type = (k: string | null) => (k ? t(`orgType.${k}` as Parameters<Translate>[0]) : t('reach.noType'));
  const language = (tag: string | null) => (tag ? languageName(tag, t.locale) : t('reach.noLanguage'));
  const partner = (r: { name: string | null }) => r.name ?? t('reach.direct');
  const bars = <R,>(rows: R[], label: (r: R) => string, key: (r: R) => string, value: (r: R) => number): Bar[] => rows.map((r) => ({ label: label(r), key: key(r), value: value(r) }));
  const barsDesc = (list: Bar[]) => t('reach.chart.barsDesc', { list: list.map((b) => `${b.label} ${fmt.format(b.value)}`).join(', ') || '—' });
  const withCountry = st.byCountry.filter((r) => r.country && r.approved > 0);
  const noCountry = st.byCountry.find((r) => r.country === null)?.approved ?? 0;
  const counts = new Map(withCountry.map((r) => [r.country!, r.approved]));
  const top = withCountry.slice(0, 3).map((r) => `${place(r.country)} ${fmt.format(r.approved)}`).join(', ') || '—';
  const points = cumulative(st.byDay);

  const approvedBars = (id: string, title: string, rows: Bar[], head: string) => (
    <ChartFigure id={id} title={title} desc={barsDesc(rows)} t={t} svg={<BarChart id={`${id}-svg`} title={title} desc={barsDesc(rows)} bars={rows} t={t} />} table={<FiguresTable head={[head, t('reach.col.approved')]} rows={rows.map((b) => [b.label, fmt.format(b.value)])} />} />
  );
  const signedTable = <R extends { signed: number; approved: number }>(head: string, rows: R[], label: (r: R) => string) => (
    <FiguresTable head={[head, t('reach.col.signed'), t('reach.col.approved')]} rows={rows.map((r) => [label(r), fmt.format(r.signed), fmt.format(r.approved)])} />
  );
  const signedBars = <R extends { signed: number; approved: number }>(id: string, title: string, head: string, rows: R[], label: (r: R) => string, key: (r: R) => string) => {
    const b = bars(rows, label, key, (r) => r.signed);
    return <ChartFigure id={id} title={title} desc={barsDesc(b)} t={t} svg={<BarChart id={`${id}-svg`} title={title} desc={barsDesc(b)} bars={b} t={t} />} table={signedTable(head, rows, label)} />;
  };

  const types = bars(st.byType.filter((r) => r.approved > 0), (r) => type(r.type), (r) => r.type ?? 'none', (r) => r.approved);
  const regions = bars(st.byRegion.filter((r) => r.approved > 0), (r) => region(r.region), (r) => r.region ?? 'none', (r) => r.approved);
  const countryBars = bars(withCountry, (r) => place(r.country), (r) => r.country!, (r) => r.approved);
  const embedUrl = `${p.publicUrl}/statements/${s.slug}/embed`;
  const badgeUrl = `${p.publicUrl}/statements/${s.slug}/badge.svg`;
  const lv = p.linkValues ?? {};
  const le = p.linkErrors ?? {};
  return (
    <Layout title={`${t('reach.dashboard.heading')} — ${s.title}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t} wide>
      <h1>{t('reach.dashboard.heading')}</h1>
      <p>
        <a href={base} lang={s.language} dir={textDirection(s.language)}>{s.title}</a>
      </p>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p id="totals" data-signed={String(st.totals.signed)} data-approved={String(st.totals.approved)}>
        {t('reach.dashboard.totals', { signed: st.totals.signed, approved: st.totals.approved })}
      </p>
      <p>
        <a href={`/api/v1/statements/${s.slug}/stats`}>{t('reach.dashboard.json')}</a>
      </p>
      {st.totals.signed === 0 ? <p class="muted">{t('reach.none')}</p> : null}
      <div class="charts">
        <ChartFigure
          id="chart-daily"
          title={t('reach.chart.daily.title')}
          desc={t('reach.chart.daily.desc')}
          t={t}
          svg={<DailyChart id="chart-daily-svg" title={t('reach.chart.daily.title')} desc={t('reach.chart.daily.desc')} days={st.byDay} t={t} />}
          table={
            <FiguresTable
              head={[t('reach.col.date'), ...CHART_STATES.map((k) => t(`signatureState.${k}`)), t('reach.col.signed')]}
              rows={st.byDay.map((d) => [formatDate(new Date(`${d.date}T00:00:00Z`), t.locale), ...CHART_STATES.map((k) => fmt.format(d.byState[k])), fmt.format(d.signed)])}
            />
          }
        />
        <ChartFigure
          id="chart-cumulative"
          title={t('reach.chart.cumulative.title')}
          desc={t('reach.chart.cumulative.desc', { approved: fmt.format(st.totals.approved) })}
          t={t}
          svg={<CumulativeChart id="chart-cumulative-svg" title={t('reach.chart.cumulative.title')} desc={t('reach.chart.cumulative.desc', { approved: fmt.format(st.totals.approved) })} points={points} t={t} />}
          table={<FiguresTable head={[t('reach.col.date'), t('reach.col.cumulativeSigned'), t('reach.col.cumulativeApproved')]} rows={points.map((d) => [formatDate(new Date(`${d.date}T00:00:00Z`), t.locale), fmt.format(d.signed), fmt.format(d.approved)])} />}
        />
      </div>
      <ChartFigure
        id="chart-map"
        title={t('reach.chart.map.title')}
        desc={t('reach.chart.map.desc', { top })}
        t={t}
        svg={<WorldMap id="chart-map-svg" title={t('reach.chart.map.title')} desc={t('reach.chart.map.desc', { top })} counts={counts} t={t} />}
        table={<FiguresTable head={[t('reach.col.country'), t('reach.col.approved')]} rows={[...countryBars.map((b) => [b.label, fmt.format(b.value)]), ...(noCountry ? [[t('reach.noCountry'), fmt.format(noCountry)]] : [])]} />}
      />
      {noCountry ? <p class="muted">{t('reach.chart.map.noCountry', { count: fmt.format(noCountry) })}</p> : null}
      <div class="charts">
        {approvedBars('chart-countries', t('reach.chart.map.title'), countryBars, t('reach.col.country'))}
        {approvedBars('chart-types', t('reach.chart.types.title'), types, t('reach.col.type'))}
        {approvedBars('chart-regions', t('reach.chart.regions.title'), regions, t('reach.col.region'))}
        <ChartFigure
          id="chart-backlog"
          title={t('reach.chart.backlog.title')}
          desc={t('reach.chart.backlog.desc', { confirmed: fmt.format(st.totals.byState.confirmed), unconfirmed: fmt.format(st.totals.byState.unconfirmed) })}
          t={t}
          svg={
            <BarChart
              id="chart-backlog-svg"
              title={t('reach.chart.backlog.title')}
              desc={t('reach.chart.backlog.desc', { confirmed: fmt.format(st.totals.byState.confirmed), unconfirmed: fmt.format(st.totals.byState.unconfirmed) })}
              bars={(['confirmed', 'unconfirmed'] as const).map((k) => ({ key: k, label: t(`signatureState.${k}`), value: st.totals.byState[k] }))}
              t={t}
            />
          }
          table={<FiguresTable head={[t('reach.col.state'), t('reach.col.count')]} rows={CHART_STATES.map((k) => [t(`signatureState.${k}`), fmt.format(st.totals.byState[k])])} />}
        />
        {signedBars('chart-languages', t('reach.chart.languages.title'), t('reach.col.language'), st.byLanguage, (r) => language(r.language), (r) => r.language ?? 'none')}
        {signedBars('chart-versions', t('reach.chart.versions.title'), t('reach.col.version'), st.byTextVersion, (r) => t('reach.version', { version: r.version }), (r) => String(r.version))}
        {signedBars('chart-referrers', t('reach.chart.referrers.title'), t('reach.col.partner'), st.byReferrer, partner, (r) => r.code ?? 'none')}
      </div>

      <h2 id="partner-links">{t('reach.links.heading')}</h2>
      <p class="muted">{t('reach.links.intro')}</p>
      {p.links.length === 0 ? (
        <p class="muted">{t('reach.links.none')}</p>
      ) : (
        <table class="figures" id="partner-link-list">
          <thead>
            <tr>
              <th scope="col">{t('reach.col.partner')}</th>
              <th scope="col">{t('reach.col.link')}</th>
            </tr>
          </thead>
          <tbody>
            {p.links.map((l) => (
              <tr data-code={l.code}>
                <th scope="row"><bdi>{l.name}</bdi></th>
                <td dir="ltr" class="url">{partnerUrl(p.publicUrl, s.slug, l.code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorSummary errors={le} message={t('common.fixErrors')} />
      <form method="post" action={`${base}/partner-links`}>
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="name" label={t('reach.links.name')} value={lv.name} error={le.name} required maxlength={200} dir="auto" />
        <Field t={t} name="code" label={t('reach.links.code')} value={lv.code} error={le.code} maxlength={40} hint={t('reach.links.codeHint')} dir="ltr" />
        <button type="submit">{t('reach.links.add')}</button>
      </form>

      <h2>{t('reach.share.heading')}</h2>
      <p>{t('reach.share.embed')}</p>
      <pre dir="ltr" class="snippet"><code>{`<iframe src="${embedUrl}" width="320" height="180" title="${s.title.replace(/"/g, '&quot;')}" loading="lazy"></iframe>`}</code></pre>
      <p>{t('reach.share.badge')}</p>
      <pre dir="ltr" class="snippet"><code>{`<a href="${p.publicUrl}/statements/${s.slug}"><img src="${badgeUrl}" alt="${s.title.replace(/"/g, '&quot;')}"></a>`}</code></pre>
      <p>
        <img src={`/statements/${s.slug}/badge.svg`} alt={t('reach.badge.count', { count: s.approvedCount })} />
      </p>
      <p>{t('reach.share.card')}</p>
      <p>
        <img class="card-preview" src={`/statements/${s.slug}/card.png?lang=${t.locale}`} width="600" height="315" alt={t('reach.card.alt', { title: s.title, count: t('statement.count', { count: s.approvedCount }) })} />
      </p>
    </Layout>
  );
}
