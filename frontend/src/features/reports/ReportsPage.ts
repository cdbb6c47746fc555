// Location reports for managers, partners and national admins: participation, poll
// results, feedback per theme, how fast adults reacted, and the smiley trend, as charts
// with their numbers in tables. Every count below the disclosure threshold arrives as null
// from the API and is shown as "fewer than k". The page prints on its own; CSV and XLSX come
// from the server's export, which applies the same protection and audits every download.
import { execute } from '../../api/graphql';
import { barChart } from '../../components/BarChart';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { lineChart } from '../../components/LineChart';
import { langAttrs, pick } from '../../components/translations';
import { graphql } from '../../gql';
import type { LocationReportQuery, NationalReportQuery, ReportTrendInterval } from '../../gql/graphql';
import { currentLanguage, t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { field, formatDay, input, loading, onSubmit, outcome, section, select } from '../staff/ui';
import '../polls/polls.css';
import './reports.css';

const ReportLocationsDoc = graphql(`
  query ReportLocations {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const LocationReportDoc = graphql(`
  query LocationReport($locationID: ID!, $from: Time, $to: Time, $trend: ReportTrendInterval) {
    locationReport(locationID: $locationID, from: $from, to: $to, trend: $trend) {
      locationID
      locationName
      kind
      municipality
      childrenHoused
      minGroupSize
      answerDeadlineDays
      period {
        from
        to
        weeks
      }
      participation {
        activeMembers
        voters
        posts
        turnoutPercent
        turnoutOfHousedPercent
      }
      polls {
        pollID
        kind
        theme
        question {
          lang
          text
        }
        closedAt
        minGroupSize
        turnout
        turnoutSuppressed
        score
        options {
          optionID
          position
          label {
            lang
            text
          }
          count
          suppressed
        }
      }
      themes {
        theme
        threads
        posts
        open
        inProgress
        done
        overdue
        medianModerationHours
        medianResponseHours
      }
      feedback {
        threads
        posts
        open
        inProgress
        done
        notPossible
        overdue
        medianModerationHours
        medianResponseHours
      }
      overdueResponses
      openSafeguardingCases
      safetyScore
      smileyTrend {
        theme
        start
        polls
        responses
        score
      }
      generatedAt
    }
  }
`);

const NationalReportDoc = graphql(`
  query NationalReport($from: Time, $to: Time, $trend: ReportTrendInterval) {
    nationalReport(from: $from, to: $to, trend: $trend) {
      minGroupSize
      period {
        from
        to
        weeks
      }
      locations {
        locationID
        locationName
        kind
        childrenHoused
        participation {
          voters
          turnoutPercent
          posts
        }
        overdueResponses
        safetyScore
        concerns
      }
      kinds {
        kind
        locations
        participation {
          voters
        }
        safetyScore
      }
      total {
        locations
        childrenHoused
        participation {
          voters
          posts
        }
        overdueResponses
        openSafeguardingCases
        safetyScore
      }
    }
  }
`);

type Report = LocationReportQuery['locationReport'];
type National = NationalReportQuery['nationalReport'];

export function reportsPage(ctx: StaffContext): StaffPage {
  return {
    title: t('staff.reports.title'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(h('h1', { class: 'no-print', tabindex: '-1' }, t('staff.reports.title')), body);
      void execute(ReportLocationsDoc).then(
        ({ locations }) => {
          const nodes = locations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
          if (nodes.length === 0) {
            body.replaceChildren(h('p', {}, t('staff.locations.none')));
            return;
          }
          const national = ctx.viewer.capabilities.includes('READ_NATIONAL_REPORT');
          const location = select(
            [...(national ? [['national', t('staff.reports.national')] as [string, string]] : []), ...nodes.map((n): [string, string] => [n.id, n.name])],
            { name: 'location' },
          );
          const from = input({ type: 'date', name: 'from' });
          const to = input({ type: 'date', name: 'to' });
          const trend = select([['WEEK', t('staff.reports.weeks')], ['MONTH', t('staff.reports.months')]], { name: 'trend' });
          const result = outcome();
          const report = h('div', { class: 'report-slot' });
          const form = h(
            'form',
            { class: 'staff-form report-form no-print' },
            field(t('staff.reports.location'), location),
            h('div', { class: 'report-dates' }, field(t('staff.reports.from'), from), field(t('staff.reports.to'), to), field(t('staff.reports.trendPer'), trend)),
            result.element,
            h('button', { type: 'submit', class: 'button button-primary' }, icon('chart'), h('span', {}, t('staff.reports.show'))),
          );
          const load = async (): Promise<void> => {
            result.clear();
            report.replaceChildren(loading());
            const period = {
              from: from.value ? new Date(`${from.value}T00:00:00`).toISOString() : null,
              to: to.value ? new Date(`${to.value}T23:59:59`).toISOString() : null,
              trend: trend.value as ReportTrendInterval,
            };
            try {
              if (location.value === 'national') {
                const { nationalReport } = await execute(NationalReportDoc, period);
                report.replaceChildren(drawNational(nationalReport));
                return;
              }
              const { locationReport } = await execute(LocationReportDoc, { locationID: location.value, ...period });
              report.replaceChildren(drawReport(locationReport, { from: from.value, to: to.value }));
            } catch (error) {
              report.replaceChildren();
              result.error(error);
            }
          };
          onSubmit(form, load);
          body.replaceChildren(form, report);
          void load();
        },
        (error: unknown) => {
          const o = outcome();
          o.error(error);
          body.replaceChildren(o.element);
        },
      );
    },
  };
}

/** The server's exports (audited, with the same small-cell protection as the API). */
function exportURL(report: Report, ext: 'csv' | 'xlsx', dates: { from: string; to: string }): string {
  const query = new URLSearchParams();
  if (dates.from) query.set('from', dates.from);
  if (dates.to) query.set('to', dates.to);
  const q = query.toString();
  return `/export/location/${encodeURIComponent(report.locationID)}.${ext}${q ? `?${q}` : ''}`;
}

function drawReport(report: Report, dates: { from: string; to: string }): HTMLElement {
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
      h('a', { class: 'button button-secondary report-csv', href: exportURL(report, 'csv', dates), download: true }, icon('download'), h('span', {}, t('staff.reports.csv'))),
      h('a', { class: 'button button-secondary report-xlsx', href: exportURL(report, 'xlsx', dates), download: true }, icon('download'), h('span', {}, t('staff.reports.xlsx'))),
    ),
    section(
      t('staff.reports.participation'),
      h('dl', { class: 'figures' }, ...figures.map(([name, value]) => h('div', { class: 'figure' }, h('dt', {}, name), h('dd', {}, value)))),
    ),
    themes.length > 0 &&
      section(
        t('staff.reports.themes'),
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
      section(
        t('staff.reports.trend'),
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
    section(
      t('staff.reports.polls'),
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
function drawNational(report: National): HTMLElement {
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
