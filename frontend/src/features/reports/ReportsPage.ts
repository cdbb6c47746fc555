// Location reports for managers, partners and national admins: participation, poll
// results, feedback per theme, how fast adults reacted, and the smiley trend. This page is
// the choice of location and period; reportViews.ts draws the report, reportsData.ts holds
// the operations. Every count below the disclosure threshold arrives as null from the API.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import type { ReportTrendInterval } from '../../gql/graphql';
import { t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { field, input, loading, onSubmit, outcome, select } from '../staff/ui';
import { LocationReportDoc, NationalReportDoc, ReportLocationsDoc } from './reportsData';
import { drawNational, drawReport } from './reportViews';
import '../polls/polls.css';
import './reports.css';

/** A moment as the date field's value (YYYY-MM-DD), in the reader's time zone. */
function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

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
          // The fields show the period the report covers: the server's default (the 13 weeks up
          // to now) until the reader picks another, never empty.
          const showPeriod = (p: { from: string; to: string }): void => {
            if (!from.value) from.value = localDay(p.from);
            if (!to.value) to.value = localDay(new Date(new Date(p.to).getTime() - 1).toISOString());
          };
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
                showPeriod(nationalReport.period);
                report.replaceChildren(drawNational(nationalReport));
                return;
              }
              const { locationReport } = await execute(LocationReportDoc, { locationID: location.value, ...period });
              showPeriod(locationReport.period);
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
