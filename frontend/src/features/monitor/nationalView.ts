// The national Monitor page: every domain per kind of location (a table, with a bar in each cell
// drawn as SVG and the score in words beside it), then every location, those needing attention
// first, then the stability figures per kind. Printable as the location's page.
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { t } from '../../i18n';
import { exportLinks } from '../reports/reportViews';
import { domainName, domainPictogram, domainPictogramOf, kindName } from './domains';
import { attentionBadge, figures, periodText } from './locationView';
import type { National } from './monitorData';

const svgNS = 'http://www.w3.org/2000/svg';

/** A score (0–100) as a small horizontal bar; decorative: the number is beside it. */
function bar(score: number | null | undefined): SVGSVGElement {
  const s = document.createElementNS(svgNS, 'svg');
  s.setAttribute('viewBox', '0 0 100 10');
  s.setAttribute('class', 'monitor-bar');
  s.setAttribute('aria-hidden', 'true');
  s.setAttribute('focusable', 'false');
  const track = document.createElementNS(svgNS, 'rect');
  for (const [k, v] of Object.entries({ x: '0', y: '0', width: '100', height: '10', class: 'bar-track' })) track.setAttribute(k, v);
  s.append(track);
  if (score !== null && score !== undefined) {
    const fill = document.createElementNS(svgNS, 'rect');
    for (const [k, v] of Object.entries({ x: '0', y: '0', width: String(Math.max(0, Math.min(100, score))), height: '10', class: 'bar-fill' })) fill.setAttribute(k, v);
    s.append(fill);
  }
  return s;
}

/** `from` is the start the page asked for: the exports cover the same period. */
export function drawNational(n: National, from: string): HTMLElement {
  const f = figures(n.minGroupSize);
  const kinds = [...new Set(n.domains.flatMap((d) => d.kinds.map((k) => k.kind)))];
  const cell = (score: number | null | undefined, locations: number): HTMLElement =>
    h('td', { class: 'monitor-cell' }, bar(score), h('span', {}, f.score(score)), h('span', { class: 'card-meta' }, t('staff.monitor.locations', { n: String(locations) })));
  return h(
    'article',
    { class: 'monitor-report print-area monitor-national' },
    h('p', { class: 'no-print' }, h('a', { href: '/staff/monitor', 'data-link': true }, icon('back', { mirrorInRtl: true }), h('span', {}, t('staff.monitor.title')))),
    h('h1', { tabindex: '-1' }, t('staff.monitor.national')),
    h('p', { class: 'card-meta' }, periodText(n.period)),
    h('p', { class: 'card-meta' }, t('staff.monitor.kNote', { k: String(n.minGroupSize) })),
    h(
      'div',
      { class: 'form-actions no-print' },
      h('button', { type: 'button', class: 'button button-secondary', on: { click: () => window.print() } }, icon('print'), h('span', {}, t('staff.polls.print'))),
      ...exportLinks('/export/monitor/national', { from }, 'monitor'),
    ),
    h(
      'section',
      { class: 'staff-section monitor-kinds' },
      h('h2', {}, t('staff.monitor.byKind')),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'staff-table monitor-kinds-table' },
          h('caption', {}, t('staff.monitor.byKindCaption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('staff.monitor.columns.domain')),
              h('th', { scope: 'col' }, t('staff.monitor.columns.national')),
              ...kinds.map((k) => h('th', { scope: 'col', 'data-kind': k }, kindName(k))),
            ),
          ),
          h(
            'tbody',
            {},
            ...n.domains.map((d) =>
              h(
                'tr',
                { 'data-domain': d.domain },
                h('th', { scope: 'row' }, h('span', { class: 'monitor-domain-name' }, h('span', { class: 'monitor-domain-icon' }, domainPictogram(domainPictogramOf[d.domain] ?? '')), h('span', {}, domainName(d.domain)))),
                cell(d.score, d.locations),
                ...kinds.map((k) => {
                  const ks = d.kinds.find((x) => x.kind === k);
                  return ks ? cell(ks.score, ks.locations) : h('td', {}, '–');
                }),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'staff-section monitor-locations' },
      h('h2', {}, t('staff.monitor.byLocation')),
      n.locations.length === 0
        ? h('p', {}, t('staff.monitor.noRounds'))
        : h(
            'div',
            { class: 'table-scroll' },
            h(
              'table',
              { class: 'staff-table' },
              h('caption', {}, t('staff.monitor.byLocationCaption')),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', { scope: 'col' }, t('staff.reports.columns.location')),
                  h('th', { scope: 'col' }, t('staff.reports.columns.kind')),
                  h('th', { scope: 'col' }, t('staff.monitor.columns.attention')),
                  ...n.domains.map((d) => h('th', { scope: 'col' }, domainName(d.domain))),
                ),
              ),
              h(
                'tbody',
                {},
                ...n.locations.map((l) =>
                  h(
                    'tr',
                    { 'data-location': l.locationID, class: l.attention > 0 ? 'needs-attention' : '' },
                    h('th', { scope: 'row' }, h('a', { href: `/staff/monitor/${l.locationID}`, 'data-link': true }, l.locationName)),
                    h('td', {}, kindName(l.kind)),
                    h('td', {}, String(l.attention)),
                    ...n.domains.map((d) => {
                      const ld = l.domains.find((x) => x.domain === d.domain);
                      if (!ld) return h('td', {}, '–');
                      return h('td', { class: ld.needsAttention ? 'needs-attention' : '' }, f.score(ld.score), ld.needsAttention && attentionBadge());
                    }),
                  ),
                ),
              ),
            ),
          ),
    ),
    h(
      'section',
      { class: 'staff-section monitor-stability' },
      h('h2', {}, t('staff.monitor.stability.title')),
      h(
        'table',
        { class: 'staff-table' },
        h('caption', {}, t('staff.monitor.stability.perKind')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('staff.reports.columns.kind')),
            h('th', { scope: 'col' }, t('staff.monitor.stability.children')),
            h('th', { scope: 'col' }, t('staff.monitor.stability.moves')),
            h('th', { scope: 'col' }, t('staff.monitor.stability.withNotice')),
            h('th', { scope: 'col' }, t('staff.monitor.stability.noticeShare')),
          ),
        ),
        h(
          'tbody',
          {},
          ...n.stability.map((s) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, s.kind ? kindName(s.kind) : t('staff.monitor.allKinds')),
              h('td', {}, f.count(s.children)),
              h('td', {}, f.count(s.moves)),
              h('td', {}, f.count(s.movesWithNotice)),
              h('td', {}, s.noticeSharePercent === null || s.noticeSharePercent === undefined ? '–' : `${f.score(s.noticeSharePercent)} %`),
            ),
          ),
        ),
      ),
    ),
  );
}
