// Polls in the staff console: the list with each poll's next step (open, close, publish)
// and its live turnout. The editor is in pollEditor.ts, the results in pollResults.ts, the
// operations in pollsData.ts.
import { execute, GraphQLRequestError } from '../../api/graphql';
import { subscribe, type Subscription } from '../../api/live';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { themeIcon } from '../../components/pictograms';
import { langAttrs, pick } from '../../components/translations';
import { currentLanguage, t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { errorText, loading, outcome } from '../staff/ui';
import { editorPage } from './pollEditor';
import { resultsPage, shownTurnout } from './pollResults';
import { ClosePollMutation, OpenPollMutation, PublishPollMutation, PollTurnoutSubscription, StaffPollsDoc, type PollNode } from './pollsData';
import './polls.css';

export function pollsPage(ctx: StaffContext, rest: readonly string[]): StaffPage {
  if (rest[0] === 'new') return editorPage(ctx);
  if (rest[0]) return resultsPage(ctx, rest[0]);
  return listPage();
}

function listPage(): StaffPage {
  return {
    title: t('staff.polls.title'),
    render(main) {
      const list = h('div', {}, loading());
      main.append(
        h('h1', { tabindex: '-1' }, t('staff.polls.title')),
        h('p', {}, h('a', { class: 'button button-primary', href: '/staff/polls/new', 'data-link': true }, icon('write'), h('span', {}, t('staff.polls.new')))),
        list,
      );
      // Open polls show how many children voted so far, live (never how).
      let live: Subscription[] = [];
      const stopLive = (): void => {
        for (const s of live) s.stop();
        live = [];
      };
      const load = (): void => {
        void execute(StaffPollsDoc).then(
          ({ polls }) => {
            stopLive();
            const nodes = polls.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
            list.replaceChildren(
              nodes.length === 0 ? h('p', {}, t('staff.polls.none')) : h('ul', { class: 'card-list', role: 'list' }, ...nodes.map((p) => pollCard(p, load))),
            );
            for (const el of list.querySelectorAll<HTMLElement>('.live-turnout')) {
              const pollID = el.dataset.poll ?? '';
              live.push(
                subscribe(PollTurnoutSubscription, { pollID }, {
                  onData: ({ pollTurnout }) => {
                    const turnout = shownTurnout(pollTurnout);
                    el.textContent = t('staff.polls.liveTurnout', { turnout });
                    el.dataset.turnout = pollTurnout.turnout === null || pollTurnout.turnoutSuppressed ? `<${pollTurnout.minGroupSize}` : String(pollTurnout.turnout);
                    delete el.dataset.paused;
                  },
                  // While it reconnects the last figure stays, marked as paused; an error that
                  // another try cannot change is shown as such.
                  onError: (message, code, retrying) => {
                    el.dataset.paused = 'true';
                    el.textContent = retrying
                      ? t('staff.polls.liveTurnoutPaused', { turnout: el.dataset.turnout ?? '…' })
                      : errorText(new GraphQLRequestError([{ code, message }]));
                  },
                }),
              );
            }
          },
          (error: unknown) => {
            const o = outcome();
            o.error(error);
            list.replaceChildren(o.element);
          },
        );
      };
      load();
      return stopLive;
    },
  };
}

function pollCard(poll: PollNode, reload: () => void): HTMLElement {
  const question = pick(poll.question, currentLanguage());
  const result = outcome();
  const step = (label: string, run: () => Promise<unknown>, className: string): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        class: `button button-secondary button-small ${className}`,
        on: { click: () => void run().then(reload, (error: unknown) => result.error(error)) },
      },
      h('span', {}, label),
    );
  const actions = h('div', { class: 'row-actions' });
  if (poll.status === 'DRAFT') actions.append(step(t('staff.polls.open'), () => execute(OpenPollMutation, { id: poll.id }), 'poll-open'));
  if (poll.status === 'OPEN') actions.append(step(t('staff.polls.close'), () => execute(ClosePollMutation, { id: poll.id }), 'poll-close'));
  if (poll.status === 'CLOSED') actions.append(step(t('staff.polls.publish'), () => execute(PublishPollMutation, { id: poll.id }), 'poll-publish'));
  if (poll.status !== 'DRAFT')
    actions.append(
      h('a', { class: 'button button-secondary button-small poll-results', href: `/staff/polls/${poll.id}`, 'data-link': true }, icon('chart'), h('span', {}, t('staff.polls.results'))),
    );
  return h(
    'li',
    { class: 'card', 'data-poll': poll.id, 'data-status': poll.status },
    h('p', { class: 'card-title' }, themeIcon(poll.theme), question ? h('span', langAttrs(question.lang), question.text) : ''),
    h(
      'p',
      { class: 'card-meta' },
      [t(`staff.polls.status.${poll.status}`), t(`staff.polls.kinds.${poll.kind}`), poll.council?.name ?? poll.location?.name ?? t('staff.polls.national')].join(' · '),
    ),
    poll.status === 'OPEN' && h('p', { class: 'live-turnout', 'data-poll': poll.id, role: 'status' }),
    actions,
    result.element,
  );
}
