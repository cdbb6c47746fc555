// "You said, we did", the adults' side: a manager answers a thread with a new status, in as
// many languages as they can, side by side, with a warning for each language of the
// location still missing (children read theirs, else Dutch, else English).
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { themeIcon } from '../../components/pictograms';
import { langAttrs } from '../../components/translations';
import { graphql } from '../../gql';
import type { StaffThreadsQuery } from '../../gql/graphql';
import { t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { answerForm } from '../staff/answerForm';
import { loading, outcome } from '../staff/ui';
import './answers.css';

const StaffThreadsDoc = graphql(`
  query StaffThreads {
    threadBoard {
      id
      title
      theme
      status
      meTooCount
      location {
        id
        name
        languages
      }
      conversation {
        id
        body
        language
      }
      latestResponse(language: "nl") {
        text
        language
        status
      }
    }
  }
`);

const RespondMutation = graphql(`
  mutation RespondToThread($input: RespondToThreadInput!) {
    respondToThread(input: $input) {
      id
      status
    }
  }
`);

type Thread = StaffThreadsQuery['threadBoard'][number];

export function answersPage(_ctx: StaffContext): StaffPage {
  return {
    title: t('staff.answers.title'),
    render(main) {
      const list = h('div', {}, loading());
      main.append(h('h1', { tabindex: '-1' }, t('staff.answers.title')), h('p', { class: 'field-hint' }, t('staff.answers.hint')), list);
      const load = (): void => {
        void execute(StaffThreadsDoc).then(
          ({ threadBoard }) => {
            list.replaceChildren(
              threadBoard.length === 0
                ? h('p', {}, t('staff.answers.empty'))
                : h('ul', { class: 'card-list', role: 'list' }, ...threadBoard.map((th) => threadCard(th, load))),
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
    },
  };
}

function threadCard(thread: Thread, reload: () => void): HTMLElement {
  const form = answerForm(
    thread.location.languages ?? [],
    (answer) => execute(RespondMutation, { input: { threadID: thread.id, ...answer } }),
    reload,
  );
  form.hidden = true;
  return h(
    'li',
    { class: 'card answer-card', 'data-thread': thread.id },
    h(
      'p',
      { class: 'card-title' },
      themeIcon(thread.theme),
      h('span', { dir: 'auto' }, thread.title),
      h('span', { class: 'card-meta' }, ` · ${thread.location.name} · ${t(`board.status.${thread.status}`)} · ${t('staff.answers.meToo', { count: String(thread.meTooCount) })}`),
    ),
    h('ul', { class: 'plain-list' }, ...thread.conversation.map((p) => h('li', langAttrs(p.language), p.body))),
    thread.latestResponse &&
      h('p', { class: 'card-meta' }, `${t('staff.answers.latest')}: `, h('span', langAttrs(thread.latestResponse.language), thread.latestResponse.text)),
    h(
      'button',
      {
        type: 'button',
        class: 'button button-secondary button-small open-answer',
        on: {
          click: (event) => {
            form.hidden = false;
            (event.currentTarget as HTMLElement).hidden = true;
            form.querySelector<HTMLElement>('textarea')?.focus();
          },
        },
      },
      icon('write'),
      h('span', {}, t('staff.answers.answer')),
    ),
    form,
  );
}
