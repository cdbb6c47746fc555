// Polls in the staff console: the list with each poll's next step (open, close, publish), each
// asked for first because none can be taken back, and its live turnout. The editor is in
// pollEditor.ts, the results in pollResults.ts, the operations in pollsData.ts.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { themeIcon } from '../../components/pictograms';
import { langAttrs, pick } from '../../components/translations';
import { currentLanguage, t } from '../../i18n';
import { confirmAction, type ConfirmOptions } from '../staff/confirm';
import type { StaffContext, StaffPage } from '../staff/console';
import { languageName } from '../staff/translationFields';
import { loading, outcome } from '../staff/ui';
import { editorPage } from './pollEditor';
import { resultsPage } from './pollResults';
import { ClosePollMutation, OpenPollMutation, PollMissingLanguagesDoc, PublishPollMutation, StaffPollsDoc, type PollNode } from './pollsData';
import { liveTurnout } from './pollTurnout';
import './polls.css';

export function pollsPage(ctx: StaffContext, rest: readonly string[]): StaffPage {
  if (rest[0] === 'new') return editorPage(ctx);
  if (rest[0] && rest[1] === 'edit') return editorPage(ctx, rest[0]);
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
      let live: Array<{ stop(): void }> = [];
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
              nodes.length === 0
                ? h('p', {}, t('staff.polls.none'))
                : h(
                    'ul',
                    { class: 'card-list', role: 'list' },
                    ...nodes.map((p) => {
                      const turnout = p.status === 'OPEN' ? liveTurnout(p.id) : undefined;
                      if (turnout) live.push(turnout);
                      return pollCard(p, turnout?.element, load);
                    }),
                  ),
            );
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

/** What the staff member is asked before each step: what will happen, in plain words. */
async function ask(poll: PollNode, step: 'open' | 'close' | 'publish'): Promise<boolean> {
  const question = pick(poll.question, currentLanguage())?.text ?? '';
  const options: ConfirmOptions = { title: t(`staff.polls.confirm.${step}Title`), text: t(`staff.polls.confirm.${step}`), confirm: t(`staff.polls.${step}`) };
  if (step === 'open') {
    // The server's rule of which languages a poll lacks (Poll.missingLanguages), asked now.
    const { node } = await execute(PollMissingLanguagesDoc, { id: poll.id });
    const missing = node && 'missingLanguages' in node ? node.missingLanguages : [];
    if (missing.length > 0) {
      options.warnings = [t('staff.polls.confirm.missingLanguages', { languages: missing.map(languageName).join(', ') })];
      options.confirm = t('staff.polls.confirm.openAnyway');
    }
  }
  return confirmAction({ ...options, title: `${options.title}${question ? ` – ${question}` : ''}` });
}

function pollCard(poll: PollNode, turnout: HTMLElement | undefined, reload: () => void): HTMLElement {
  const question = pick(poll.question, currentLanguage());
  const result = outcome();
  const step = (name: 'open' | 'close' | 'publish', run: () => Promise<unknown>): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        class: `button button-secondary button-small poll-${name}`,
        on: {
          click: () =>
            void ask(poll, name)
              .then((yes) => (yes ? run().then(reload) : undefined))
              .catch((error: unknown) => result.error(error)),
        },
      },
      h('span', {}, t(`staff.polls.${name}`)),
    );
  const actions = h('div', { class: 'row-actions' });
  if (poll.status === 'DRAFT')
    actions.append(
      h('a', { class: 'button button-secondary button-small poll-edit', href: `/staff/polls/${poll.id}/edit`, 'data-link': true }, icon('write'), h('span', {}, t('staff.polls.edit'))),
      step('open', () => execute(OpenPollMutation, { id: poll.id })),
    );
  if (poll.status !== 'DRAFT')
    actions.append(
      h('a', { class: 'button button-secondary button-small poll-results', href: `/staff/polls/${poll.id}`, 'data-link': true }, icon('chart'), h('span', {}, t('staff.polls.results'))),
    );
  // The irreversible step stands apart from "Results", so it is not hit by mistake.
  if (poll.status === 'OPEN') actions.append(step('close', () => execute(ClosePollMutation, { id: poll.id })));
  if (poll.status === 'CLOSED') actions.append(step('publish', () => execute(PublishPollMutation, { id: poll.id })));
  return h(
    'li',
    { class: 'card', 'data-poll': poll.id, 'data-status': poll.status },
    h('p', { class: 'card-title' }, themeIcon(poll.theme), question ? h('span', langAttrs(question.lang), question.text) : ''),
    h(
      'p',
      { class: 'card-meta' },
      [t(`staff.polls.status.${poll.status}`), t(`staff.polls.kinds.${poll.kind}`), poll.council?.name ?? poll.location?.name ?? t('staff.polls.national')].join(' · '),
    ),
    turnout,
    actions,
    result.element,
  );
}
