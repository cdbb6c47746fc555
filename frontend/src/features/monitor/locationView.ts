// A location's Monitor page: an overview table, then a card per domain (latest score, trend, the
// kind's and the country's score, its rounds as a line chart with the kind's score as a reference
// line, and the same rounds as a table), then the stability figures. Printed, it is a report: no
// navigation, one domain per page (monitor-console.css). A withheld figure reads "fewer than k".
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { t } from '../../i18n';
import { exportLinks } from '../reports/reportViews';
import { confirmAction } from '../staff/confirm';
import { formatDay, outcome } from '../staff/ui';
import { domainName, domainPictogram, domainPictogramOf, kindName } from './domains';
import { scoreChart } from './monitorChart';
import { scheduleSection } from './scheduleView';
import { StartMonitorRoundDoc, type DomainCard, type Scorecard } from './monitorData';

export interface LocationViewOptions {
  mayStart: boolean;
  national: boolean;
  /** The start the page asked for: the exports cover the same period. */
  from: string;
}

/** Number formatting of the page: withheld figures as "fewer than k", never 0. */
export function figures(k: number): {
  count(v: number | null | undefined): string;
  score(v: number | null | undefined): string;
  trend(v: number | null | undefined): string;
} {
  const lang = document.documentElement.lang || undefined;
  const num = (v: number): string => v.toLocaleString(lang, { maximumFractionDigits: 1 });
  return {
    count: (v) => (v === null || v === undefined ? t('staff.polls.fewerThan', { k: String(k) }) : num(v)),
    score: (v) => (v === null || v === undefined ? t('staff.monitor.noScore') : num(v)),
    trend: (v) => (v === null || v === undefined ? '–' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${num(Math.abs(v))}`),
  };
}

export function periodText(p: { from: string; to: string; weeks: number }): string {
  return t('staff.reports.period', { from: formatDay(p.from), to: formatDay(new Date(new Date(p.to).getTime() - 1).toISOString()), weeks: String(p.weeks) });
}

export function attentionBadge(): HTMLElement {
  return h('span', { class: 'badge badge-warning monitor-attention-badge' }, icon('alert'), h('span', {}, t('staff.monitor.attention')));
}

export function drawLocation(sc: Scorecard, options: LocationViewOptions): HTMLElement {
  const f = figures(sc.minGroupSize);
  const result = outcome();
  const start = async (): Promise<void> => {
    const ok = await confirmAction({ title: t('staff.monitor.startTitle'), text: t('staff.monitor.startText'), confirm: t('staff.monitor.start') });
    if (!ok) return;
    try {
      const { startMonitorRound } = await execute(StartMonitorRoundDoc, { locationID: sc.locationID });
      result.success(t('staff.monitor.started', { round: String(startMonitorRound.round) }));
    } catch (error) {
      result.error(error);
    }
  };
  const domains = [...sc.domains].sort((a, b) => Number(b.needsAttention) - Number(a.needsAttention));
  return h(
    'article',
    { class: 'monitor-report print-area', 'data-location': sc.locationID },
    h('p', { class: 'no-print' }, h('a', { href: '/staff/monitor', 'data-link': true }, icon('back', { mirrorInRtl: true }), h('span', {}, t('staff.monitor.title')))),
    h('h1', { tabindex: '-1' }, t('staff.monitor.locationTitle', { name: sc.locationName })),
    h('p', { class: 'card-meta' }, `${kindName(sc.kind)} · ${periodText(sc.period)}`),
    h('p', { class: 'card-meta' }, t('staff.monitor.kNote', { k: String(sc.minGroupSize) })),
    h(
      'div',
      { class: 'form-actions no-print' },
      h('button', { type: 'button', class: 'button button-secondary', on: { click: () => window.print() } }, icon('print'), h('span', {}, t('staff.polls.print'))),
      options.mayStart &&
        h('button', { type: 'button', class: 'button button-primary monitor-start', on: { click: () => void start() } }, icon('vote'), h('span', {}, t('staff.monitor.start'))),
      ...exportLinks(`/export/monitor/${encodeURIComponent(sc.locationID)}`, { from: options.from }, 'monitor'),
      options.national && h('a', { href: '/staff/monitor/national', 'data-link': true, class: 'button button-secondary' }, icon('chart'), h('span', {}, t('staff.monitor.national'))),
    ),
    result.element,
    scheduleSection(sc.schedule, options.mayStart),
    overview(sc, f),
    ...domains.map((d) => domainSection(sc, d, f)),
    stability(sc, f),
  );
}

function overview(sc: Scorecard, f: ReturnType<typeof figures>): HTMLElement {
  return h(
    'section',
    { class: 'staff-section monitor-overview' },
    h('h2', {}, t('staff.monitor.overview')),
    h(
      'table',
      { class: 'staff-table' },
      h('caption', {}, t('staff.monitor.overviewCaption', { kind: kindName(sc.kind) })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['domain', 'score', 'trend', 'kind', 'national', 'answers'].map((c) => h('th', { scope: 'col' }, t(`staff.monitor.columns.${c as 'domain'}`))),
        ),
      ),
      h(
        'tbody',
        {},
        ...sc.domains.map((d) =>
          h(
            'tr',
            { class: d.needsAttention ? 'needs-attention' : '', 'data-domain': d.domain },
            h('th', { scope: 'row' }, domainName(d.domain), d.needsAttention && attentionBadge()),
            h('td', {}, d.latest ? f.score(d.latest.score) : t('staff.monitor.notAsked')),
            h('td', {}, f.trend(d.trend)),
            h('td', {}, f.score(d.kindScore)),
            h('td', {}, f.score(d.nationalScore)),
            h('td', {}, d.latest ? f.count(d.latest.answers) : '–'),
          ),
        ),
      ),
    ),
  );
}

function domainSection(sc: Scorecard, d: DomainCard, f: ReturnType<typeof figures>): HTMLElement {
  const name = domainName(d.domain);
  const id = `monitor-${d.domain.toLowerCase()}`;
  const facts: Array<[string, string]> = [
    [t('staff.monitor.latest'), d.latest ? f.score(d.latest.score) : t('staff.monitor.notAsked')],
    [t('staff.monitor.columns.answers'), d.latest ? f.count(d.latest.answers) : '–'],
    [t('staff.monitor.columns.trend'), f.trend(d.trend)],
    [t('staff.monitor.kindScore', { kind: kindName(sc.kind) }), `${f.score(d.kindScore)} (${t('staff.monitor.locations', { n: String(d.kindLocations) })})`],
    [t('staff.monitor.columns.national'), `${f.score(d.nationalScore)} (${t('staff.monitor.locations', { n: String(d.nationalLocations) })})`],
    [t('staff.monitor.threshold'), f.score(d.threshold)],
  ];
  const rounds = d.history.map((r) => ({ label: `${t('staff.monitor.round', { n: String(r.round) })}`, r }));
  return h(
    'section',
    { class: d.needsAttention ? 'staff-section monitor-domain-card needs-attention' : 'staff-section monitor-domain-card', 'data-domain': d.domain, 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h` }, h('span', { class: 'monitor-domain-icon' }, domainPictogram(domainPictogramOf[d.domain] ?? '')), h('span', {}, name), d.needsAttention && attentionBadge()),
    h('dl', { class: 'figures' }, ...facts.map(([k, v]) => h('div', { class: 'figure' }, h('dt', {}, k), h('dd', {}, v)))),
    d.needsAttention && d.latest && answerLinks(d.latest.byAge),
    rounds.length > 0
      ? h(
          'figure',
          { class: 'chart monitor-figure' },
          scoreChart({
            id,
            title: t('staff.monitor.chartTitle', { domain: name }),
            points: rounds.map(({ label, r }) => ({ label, score: r.score })),
            kindScore: d.kindScore,
            threshold: d.threshold,
          }),
          h(
            'p',
            { class: 'monitor-legend', 'aria-hidden': 'true' },
            h('span', { class: 'legend-line' }, t('staff.monitor.legendScore')),
            h('span', { class: 'legend-kind' }, t('staff.monitor.legendKind')),
            h('span', { class: 'legend-threshold' }, t('staff.monitor.legendThreshold')),
          ),
          h(
            'table',
            { class: 'staff-table chart-table' },
            h('caption', {}, t('staff.monitor.chartTitle', { domain: name })),
            h(
              'thead',
              {},
              h('tr', {}, ...['round', 'closed', 'answers', 'score'].map((c) => h('th', { scope: 'col' }, t(`staff.monitor.columns.${c as 'round'}`)))),
            ),
            h(
              'tbody',
              {},
              ...rounds.map(({ label, r }) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, formatDay(r.closedAt)), h('td', {}, f.count(r.answers)), h('td', {}, f.score(r.score)))),
            ),
          ),
        )
      : h('p', { class: 'card-meta' }, t('staff.monitor.notAsked')),
  );
}

function stability(sc: Scorecard, f: ReturnType<typeof figures>): HTMLElement {
  const s = sc.stability;
  const rows: Array<[string, string]> = [
    [t('staff.monitor.stability.children'), f.count(s.children)],
    ...s.childrenByMoves.map((b): [string, string] => [t('staff.monitor.stability.byMoves', { moves: b.moves }), f.count(b.children)]),
    [t('staff.monitor.stability.moves'), f.count(s.moves)],
    [t('staff.monitor.stability.withNotice'), f.count(s.movesWithNotice)],
    [t('staff.monitor.stability.shortNotice'), f.count(s.movesShortNotice)],
    [t('staff.monitor.stability.noticeUnknown'), f.count(s.movesNoticeUnknown)],
    [t('staff.monitor.stability.noticeShare'), s.noticeSharePercent === null || s.noticeSharePercent === undefined ? '–' : `${f.score(s.noticeSharePercent)} %`],
  ];
  return h(
    'section',
    { class: 'staff-section monitor-stability' },
    h('h2', {}, t('staff.monitor.stability.title')),
    h('dl', { class: 'figures' }, ...rows.map(([k, v]) => h('div', { class: 'figure' }, h('dt', {}, k), h('dd', {}, v)))),
  );
}

const agesOf: Record<string, string> = { AGE_6_11: '6–11', AGE_12_17: '12–17', ALL_AGES: '6–17' };

// answerLinks leads to the round's polls of a domain needing attention, one per age version, where
// staff publish them and say what they did ("you said, we did"); the children then read it on
// their "what children here said" screen.
function answerLinks(byAge: ReadonlyArray<{ ageVersion: string; pollID: string }>): HTMLElement {
  return h(
    'p',
    { class: 'monitor-answer' },
    ...byAge.map((a) =>
      h(
        'a',
        { class: 'button button-secondary button-small monitor-answer-link', href: `/staff/polls/${a.pollID}`, 'data-link': true, 'data-poll': a.pollID },
        icon('write'),
        h('span', {}, t('staff.monitor.answerPoll', { ages: agesOf[a.ageVersion] ?? a.ageVersion })),
      ),
    ),
  );
}
