// A poll's results as a chart, printable, with the numbers the API lets be shown; while the poll
// is open, its turnout live, the same line as on the poll list (pollTurnout.ts).
import { execute } from '../../api/graphql';
import { barChart } from '../../components/BarChart';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { langAttrs, pick } from '../../components/translations';
import type { PollStatus } from '../../gql/graphql';
import { currentLanguage, t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { formatDate, loading, outcome, section } from '../staff/ui';
import { PollResultsDoc } from './pollsData';
import { liveTurnout, shownTurnout } from './pollTurnout';
import { weDidSection } from './pollWeDid';

export function resultsPage(_ctx: StaffContext, id: string): StaffPage {
  return {
    title: t('staff.polls.results'),
    render(main) {
      const body = h('div', {}, loading());
      let live: { element: HTMLElement; stop(): void } | undefined;
      let gone = false;
      main.append(
        h('p', { class: 'no-print' }, h('a', { href: '/staff/polls', 'data-link': true }, icon('back', { mirrorInRtl: true }), h('span', {}, t('staff.polls.title')))),
        body,
      );
      const load = (): void => void execute(PollResultsDoc, { id }).then(
        ({ node, pollResults }) => {
          if (!node || !('options' in node)) {
            body.replaceChildren(h('h1', { tabindex: '-1' }, t('staff.errors.NOT_FOUND')));
            return;
          }
          const language = currentLanguage();
          const question = pick(node.question, language);
          const suppressed = t('staff.polls.fewerThan', { k: String(pollResults.minGroupSize) });
          const counts = new Map(pollResults.options.map((o) => [o.optionID, o]));
          const bars = [...node.options]
            .sort((a, b) => a.position - b.position)
            .map((o) => {
              const label = pick(o.label, language);
              const r = counts.get(o.id);
              return { label: label?.text ?? o.pictogram ?? '', value: r && !r.suppressed ? (r.count ?? null) : null, lang: label?.lang ?? language };
            });
          const turnout = shownTurnout(pollResults);
          if (pollResults.status === 'OPEN' && !gone) live = liveTurnout(node.id, 'report-figure');
          body.replaceChildren(
            h(
              'article',
              { class: 'report print-area' },
              h('h1', { tabindex: '-1', ...(question ? langAttrs(question.lang) : {}) }, question?.text ?? t('staff.polls.results')),
              h(
                'p',
                { class: 'card-meta' },
                [
                  node.council?.name ?? node.location?.name ?? t('staff.polls.national'),
                  t(`staff.polls.status.${pollResults.status as PollStatus}`),
                  node.closedAt ? t('staff.polls.closedOn', { date: formatDate(node.closedAt) }) : '',
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
              live?.element ?? h('p', { class: 'report-figure' }, t('staff.polls.turnout', { turnout })),
              pollResults.countsVisible
                ? section(
                    t('staff.polls.chartTitle'),
                    barChart({
                      title: question?.text ?? t('staff.polls.results'),
                      bars,
                      suppressedText: suppressed,
                      labelHeading: t('staff.polls.answer'),
                      valueHeading: t('staff.polls.children'),
                    }),
                    pollResults.median !== null && pollResults.median !== undefined
                      ? h('p', {}, t('staff.polls.median', { median: pollResults.median.toLocaleString(language) }))
                      : false,
                  )
                : h('p', { class: 'outcome is-success', role: 'status' }, icon('lock'), h('span', {}, t('staff.polls.hiddenWhileOpen'))),
              h('p', { class: 'field-hint' }, t('staff.polls.protection', { k: String(pollResults.minGroupSize) })),
            ),
            h(
              'p',
              { class: 'no-print' },
              h('button', { type: 'button', class: 'button button-primary', on: { click: () => window.print() } }, icon('print'), h('span', {}, t('staff.polls.print'))),
            ),
            // Children see the results: now say what was done about them.
            ...(pollResults.status === 'PUBLISHED' ? [weDidSection({ id: node.id, location: node.location, whatWeDid: node.whatWeDid }, load)] : []),
          );
        },
        (error: unknown) => {
          const o = outcome();
          o.error(error);
          body.replaceChildren(o.element);
        },
      );
      load();
      return () => {
        gone = true;
        live?.stop();
      };
    },
  };
}
