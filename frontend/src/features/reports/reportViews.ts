// A location's report and the national comparison, as charts with their numbers in tables.
// A count the API withholds (null) is shown as "fewer than k"; the page prints on its own and
// CSV and XLSX come from the server's audited export.
import { barChart } from '../../components/BarChart';
import { h, type Child } from '../../components/dom';
import { icon } from '../../components/icons';
import { lineChart } from '../../components/LineChart';
import { langAttrs, pick } from '../../components/translations';
import { currentLanguage, t } from '../../i18n';
import { formatDay, section } from '../staff/ui';
import { drawCouncils, drawNationalCouncils } from './councilViews';
import type { National, Report } from './reportsData';

/**
 * Links to the server's exports (audited, with the same small-cell protection as the API) of
 * `path` ("/export/location/<id>", "/export/monitor/national", …) for the period from–to, as CSV
 * and XLSX; `kind` names their classes ("report" gives .report-csv and .report-xlsx).
 */
export function exportLinks(path: string, dates: { from?: string; to?: string }, kind: string): HTMLElement[] {
  const query = new URLSearchParams();
  if (dates.from) query.set('from', dates.from);
  if (dates.to) query.set('to', dates.to);
  const q = query.toString();
  return (['csv', 'xlsx'] as const).map((ext) =>
    h('a', { class: `button button-secondary ${kind}-${ext}`, href: `${path}.${ext}${q ? `?${q}` : ''}`, download: true }, icon('download'), h('span', {}, t(`staff.reports.${ext}`))),
  );
}

/**
 * A section the reader can fold away: a location's report holds every poll and every theme's
 * trend, so the long parts start folded and the page opens at its figures.
 */
function fold(title: string, open: boolean, ...children: Child[]): HTMLElement {
  return h('details', { class: 'staff-section report-fold', open }, h('summary', {}, h('h2', {}, title)), ...children);
}

export function drawReport(report: Report, dates: { from: string; to: string }): HTMLElement {
  const language = currentLanguage();
  const k = String(report.minGroupSize);
  const hidden = t('staff.polls.fewerThan', { k });
  const number = (v: number | null | undefined, digits = 0): string =>
    v === null || v === undefined ? hidden : v.toLocaleString(language, { maximumFractionDigits: digits });
  const hours = (v: number | null | undefined): string => (v === null || v === undefined ? t('staff.reports.notEnough') : t('staff.reports.hours', { hours: v.toLocaleString(language, { maximumFractionDigits: 1 }) }));
  const p = report.participation;
  const figures: Array<[string, string]> = [
    [t('staff.reports.activeMembers'), number(p.activeMembers)],
    [t('staff.reports.voters'), number(p.voters)],
    [t('staff.reports.turnout'), p.turnoutPercent === null || p.turnoutPercent === undefined ? hidden : `${number(p.turnoutPercent, 0)} %`],
    [t('staff.reports.posts'), number(p.posts)],
    [t('staff.reports.safetyScore'), report.safetyScore === null || report.safetyScore === undefined ? t('staff.reports.notEnough') : `${number(report.safetyScore, 1)} / 5`],
    [t('staff.reports.overdue'), number(report.overdueResponses)],
    [t('staff.reports.safeguarding'), number(report.openSafeguardingCases)],
    [t('staff.reports.moderationTime'), hours(report.feedback.medianModerationHours)],
    [t('staff.reports.responseTime'), hours(report.feedback.medianResponseHours)],
  ];

  const themes = report.themes.filter((th) => th.theme);
  const themeName = (theme: string | null | undefined): string => (theme ? t(`themes.${theme as 'OTHER'}`) : '');
  const trendByTheme = new Map<string, Report['smileyTrend']>();
  for (const point of report.smileyTrend) trendByTheme.set(point.theme, [...(trendByTheme.get(point.theme) ?? []), point]);

  return h(
    'article',
    { class: 'report print-area', 'data-location': report.locationID },
    h('h2', { class: 'report-title' }, report.locationName),
    h(
      'p',
      { class: 'card-meta' },
      t('staff.reports.period', { from: formatDay(report.period.from), to: formatDay(new Date(new Date(report.period.to).getTime() - 1).toISOString()), weeks: String(report.period.weeks) }),
    ),
    h(
      'div',
      { class: 'form-actions no-print' },
      h('button', { type: 'button', class: 'button button-secondary', on: { click: () => window.print() } }, icon('print'), h('span', {}, t('staff.polls.print'))),
      ...exportLinks(`/export/location/${encodeURIComponent(report.locationID)}`, dates, 'report'),
    ),
    section(
      t('staff.reports.participation'),
      h('dl', { class: 'figures' }, ...figures.map(([name, value]) => h('div', { class: 'figure' }, h('dt', {}, name), h('dd', {}, value)))),
    ),
    drawCouncils(report.councils, report.minGroupSize),
    themes.length > 0 &&
      fold(
        t('staff.reports.themes'),
        false,
        barChart({
          title: t('staff.reports.threadsPerTheme'),
          bars: themes.map((th) => ({ label: themeName(th.theme), value: th.threads ?? null })),
          suppressedText: hidden,
          labelHeading: t('staff.polls.theme'),
          valueHeading: t('staff.reports.threads'),
        }),
        barChart({
          title: t('staff.reports.responseTimePerTheme'),
          bars: themes.map((th) => ({ label: themeName(th.theme), value: th.medianResponseHours === null || th.medianResponseHours === undefined ? null : Math.round(th.medianResponseHours) })),
          suppressedText: t('staff.reports.notEnough'),
          labelHeading: t('staff.polls.theme'),
          valueHeading: t('staff.reports.hoursHeading'),
        }),
      ),
    trendByTheme.size > 0 &&
      fold(
        t('staff.reports.trend'),
        false,
        ...[...trendByTheme].map(([theme, points]) =>
          lineChart({
            title: t('staff.reports.trendOf', { theme: themeName(theme) }),
            points: points.map((pt) => ({ label: new Date(pt.start).toLocaleDateString(language, { day: 'numeric', month: 'short' }), value: pt.score })),
            min: 1,
            max: 5,
            labelHeading: t('staff.reports.week'),
            valueHeading: t('staff.reports.score'),
          }),
        ),
      ),
    fold(
      t('staff.reports.polls'),
      false,
      report.polls.length === 0
        ? h('p', {}, t('staff.reports.noPolls'))
        : h(
            'div',
            { class: 'report-polls' },
            ...report.polls.map((poll) => {
              const q = pick(poll.question, language);
              return h(
                'div',
                { class: 'report-poll' },
                h('h3', q ? langAttrs(q.lang) : {}, q?.text ?? ''),
                h('p', { class: 'card-meta' }, t('staff.polls.turnout', { turnout: poll.turnoutSuppressed ? hidden : number(poll.turnout) })),
                // A scale's middle answer (SLIDER: 0–10), when the API shows it.
                poll.median !== null && poll.median !== undefined && h('p', { class: 'report-median' }, t('staff.polls.median', { median: number(poll.median, 1) })),
                barChart({
                  title: q?.text ?? '',
                  bars: [...poll.options]
                    .sort((a, b) => a.position - b.position)
                    .map((o) => {
                      const label = pick(o.label, language);
                      return { label: label?.text ?? String(o.position + 1), value: o.suppressed ? null : (o.count ?? null), lang: label?.lang ?? language };
                    }),
                  suppressedText: t('staff.polls.fewerThan', { k: String(poll.minGroupSize) }),
                  labelHeading: t('staff.polls.answer'),
                  valueHeading: t('staff.polls.children'),
                }),
              );
            }),
          ),
    ),
    h('p', { class: 'field-hint' }, t('staff.polls.protection', { k })),
  );
}


/** Every location compared (national admins): flagged locations first. */
export function drawNational(report: National): HTMLElement {
  const language = currentLanguage();
  const hidden = t('staff.polls.fewerThan', { k: String(report.minGroupSize) });
  const number = (v: number | null | undefined, digits = 0): string =>
    v === null || v === undefined ? hidden : v.toLocaleString(language, { maximumFractionDigits: digits });
  const score = (v: number | null | undefined): string => (v === null || v === undefined ? t('staff.reports.notEnough') : `${number(v, 1)} / 5`);
  const columns = ['location', 'kind', 'housed', 'voters', 'turnout', 'posts', 'overdue', 'safety', 'concerns'] as const;
  return h(
    'article',
    { class: 'report print-area', 'data-location': 'national' },
    h('h2', { class: 'report-title' }, t('staff.reports.national')),
    h(
      'p',
      { class: 'card-meta' },
      t('staff.reports.period', { from: formatDay(report.period.from), to: formatDay(new Date(new Date(report.period.to).getTime() - 1).toISOString()), weeks: String(report.period.weeks) }),
    ),
    h(
      'div',
      { class: 'form-actions no-print' },
      h('button', { type: 'button', class: 'button button-secondary', on: { click: () => window.print() } }, icon('print'), h('span', {}, t('staff.polls.print'))),
    ),
    section(
      t('staff.reports.participation'),
      h(
        'dl',
        { class: 'figures' },
        ...([
          [t('staff.reports.locationsCount'), String(report.total.locations)],
          [t('staff.locations.childrenHoused'), number(report.total.childrenHoused)],
          [t('staff.reports.voters'), number(report.total.participation.voters)],
          [t('staff.reports.posts'), number(report.total.participation.posts)],
          [t('staff.reports.overdue'), number(report.total.overdueResponses)],
          [t('staff.reports.safeguarding'), number(report.total.openSafeguardingCases)],
          [t('staff.reports.safetyScore'), score(report.total.safetyScore)],
        ] as Array<[string, string]>).map(([name, value]) => h('div', { class: 'figure' }, h('dt', {}, name), h('dd', {}, value))),
      ),
    ),
    section(
      t('staff.reports.byLocation'),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'staff-table national-table' },
          h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, t(`staff.reports.columns.${c}`))))),
          h(
            'tbody',
            {},
            ...report.locations.map((l) =>
              h(
                'tr',
                { class: l.concerns.length > 0 ? 'has-concern' : '' },
                h('th', { scope: 'row' }, l.locationName ?? ''),
                h('td', {}, l.kind ? t(`staff.locationKinds.${l.kind}`) : ''),
                h('td', {}, number(l.childrenHoused)),
                h('td', {}, number(l.participation.voters)),
                h('td', {}, l.participation.turnoutPercent === null || l.participation.turnoutPercent === undefined ? hidden : `${number(l.participation.turnoutPercent)} %`),
                h('td', {}, number(l.participation.posts)),
                h('td', {}, number(l.overdueResponses)),
                h('td', {}, score(l.safetyScore)),
                h('td', {}, ...l.concerns.map((c) => h('span', { class: 'badge badge-warning' }, icon('alert'), t(`staff.reports.concerns.${c}`)))),
              ),
            ),
          ),
        ),
      ),
    ),
    drawNationalCouncils(report),
    section(
      t('staff.reports.byKind'),
      barChart({
        title: t('staff.reports.votersPerKind'),
        bars: report.kinds.map((k) => ({ label: k.kind ? t(`staff.locationKinds.${k.kind}`) : '', value: k.participation.voters ?? null })),
        suppressedText: hidden,
        labelHeading: t('staff.locations.kind'),
        valueHeading: t('staff.reports.voters'),
      }),
    ),
    h('p', { class: 'field-hint' }, t('staff.polls.protection', { k: String(report.minGroupSize) })),
  );
}
