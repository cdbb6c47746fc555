// The console's Monitor section (/staff/monitor/…): the choice of a location (and "all
// locations" for national admins), a location's page (locationView.ts) and the national page
// (nationalView.ts). Managers, partners and national admins read it (READ_MONITOR); a location's
// managers and national admins start a round from it (START_MONITOR_ROUNDS).
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { t } from '../../i18n';
import { ReportLocationsDoc } from '../reports/reportsData';
import type { StaffContext, StaffPage } from '../staff/console';
import { loading, outcome } from '../staff/ui';
import { drawLocation } from './locationView';
import { MonitorScorecardDoc, NationalMonitorDoc } from './monitorData';
import { drawNational } from './nationalView';
import '../reports/reports.css';
import './monitor-console.css';

/** The pages cover the year up to now: rounds come a quarter apart, so a year shows a trend. */
function yearAgo(): string {
  return new Date(Date.now() - 364 * 24 * 3600 * 1000).toISOString();
}

export function monitorPage(ctx: StaffContext, rest: readonly string[]): StaffPage {
  if (rest[0] === 'national') return nationalPage();
  if (rest[0]) return locationPage(ctx, rest[0]);
  return indexPage(ctx);
}

/** Shows the page's data once loaded, or what went wrong. */
function load<T>(body: HTMLElement, fetch: () => Promise<T>, draw: (data: T) => HTMLElement): void {
  body.replaceChildren(loading());
  void fetch().then(
    (data) => body.replaceChildren(draw(data)),
    (error: unknown) => {
      const o = outcome();
      o.error(error);
      body.replaceChildren(o.element);
    },
  );
}

function indexPage(ctx: StaffContext): StaffPage {
  return {
    title: t('staff.monitor.title'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(h('h1', { tabindex: '-1' }, t('staff.monitor.title')), h('p', { class: 'card-meta' }, t('staff.monitor.intro')), body);
      const national = ctx.viewer.capabilities.includes('READ_NATIONAL_MONITOR');
      load(
        body,
        () => execute(ReportLocationsDoc),
        ({ locations }) => {
          const nodes = locations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
          return h(
            'ul',
            { class: 'monitor-index', role: 'list' },
            national &&
              h('li', {}, h('a', { href: '/staff/monitor/national', 'data-link': true, class: 'button button-primary' }, icon('chart'), h('span', {}, t('staff.monitor.national')))),
            ...nodes.map((n) => h('li', {}, h('a', { href: `/staff/monitor/${n.id}`, 'data-link': true, class: 'button button-secondary' }, icon('home'), h('span', {}, n.name)))),
          );
        },
      );
    },
  };
}

function locationPage(ctx: StaffContext, locationID: string): StaffPage {
  return {
    title: t('staff.monitor.title'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(body);
      const from = yearAgo();
      load(
        body,
        () => execute(MonitorScorecardDoc, { locationID, from }),
        ({ monitorScorecard }) =>
          drawLocation(monitorScorecard, {
            mayStart: ctx.viewer.capabilities.includes('START_MONITOR_ROUNDS'),
            national: ctx.viewer.capabilities.includes('READ_NATIONAL_MONITOR'),
            from,
          }),
      );
    },
  };
}

function nationalPage(): StaffPage {
  return {
    title: t('staff.monitor.national'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(body);
      const from = yearAgo();
      load(body, () => execute(NationalMonitorDoc, { from }), ({ nationalMonitor }) => drawNational(nationalMonitor, from));
    },
  };
}
