// "You said, we did": what came of the polls the child was asked (published results), then the
// threads of the child's location with the adults' latest answer in the child's language, and
// "me too" to say it matters to you as well.
import type { Screen } from '../../app/router';
import { execute, GraphQLRequestError } from '../../api/graphql';
import { formatDate } from '../../components/dates';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { areaIcon, themeIcon } from '../../components/pictograms';
import { stopSpeaking } from '../../components/speech';
import { fallbackNote, langAttrs } from '../../components/translations';
import { youthFrame } from '../../components/YouthFrame';
import { graphql } from '../../gql';
import type { ThreadBoardQuery } from '../../gql/graphql';
import { currentLanguage, t, type MessageKey } from '../../i18n';
import { publishedPolls } from '../vote/polls';
import { resultsSection } from '../vote/ResultCard';
import { slowDown, youthProblem } from '../youth-problem';
import './board.css';

const ThreadBoardQueryDoc = graphql(`
  query ThreadBoard {
    threadBoard {
      id
      title
      theme
      status
      meTooCount
      supportedByMe
      startedByMe
      area {
        kind
        localName {
          lang
          text
        }
      }
      latestResponse {
        text
        language
        status
        reason
        commitmentDate
      }
    }
  }
`);

const MeTooMutation = graphql(`
  mutation MeToo($threadID: ID!) {
    meToo(threadID: $threadID) {
      id
      meTooCount
      supportedByMe
    }
  }
`);

const WithdrawMeTooMutation = graphql(`
  mutation WithdrawMeToo($threadID: ID!) {
    withdrawMeToo(threadID: $threadID) {
      id
      meTooCount
      supportedByMe
    }
  }
`);

type Thread = ThreadBoardQuery['threadBoard'][number];

export function boardScreen(): Screen {
  return {
    title: () => t('board.title'),
    render(outlet) {
      const list = h('div', { class: 'board-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('common.loading')));
      const results = h('div', { class: 'board-results' });
      outlet.append(
        youthFrame(
          { home: true, className: 'board-screen', readAloud: () => `${t('board.title')}. ${results.innerText} ${list.innerText}` },
          h(
            'header',
            { class: 'screen-header' },
            h('span', { class: 'screen-pictogram' }, icon('board')),
            h('h1', { tabindex: '-1' }, t('board.title')),
            h('p', { class: 'screen-hint' }, t('board.hint')),
          ),
          results,
          list,
        ),
      );
      void execute(ThreadBoardQueryDoc).then(
        ({ threadBoard }) => {
          list.removeAttribute('aria-busy');
          list.replaceChildren(
            threadBoard.length === 0
              ? h('p', { class: 'empty' }, t('board.empty'))
              : h('ul', { class: 'board-list', role: 'list' }, ...threadBoard.map(threadCard)),
          );
        },
        (error: unknown) => list.replaceChildren(youthProblem(error)),
      );
      void publishedPolls().then(
        (polls) => results.replaceChildren(...[resultsSection(polls)].filter((s): s is HTMLElement => Boolean(s))),
        () => undefined, // the threads below still show
      );
      return () => stopSpeaking();
    },
  };
}

const statusKeys: Record<string, MessageKey> = {
  OPEN: 'board.status.OPEN',
  IN_PROGRESS: 'board.status.IN_PROGRESS',
  DONE: 'board.status.DONE',
  NOT_POSSIBLE: 'board.status.NOT_POSSIBLE',
  CLOSED: 'board.status.CLOSED',
};

function threadCard(thread: Thread): HTMLElement {
  const area = thread.area?.localName;
  const answer = thread.latestResponse;
  const count = h('span', { class: 'me-too-count' }, String(thread.meTooCount));
  const meToo = h(
    'button',
    {
      type: 'button',
      class: 'button button-secondary me-too',
      'aria-pressed': String(thread.supportedByMe),
      disabled: thread.startedByMe,
      on: {
        click: () => {
          // A second tap takes "me too" back: a tap by mistake is undone.
          const undo = meToo.getAttribute('aria-pressed') === 'true';
          meToo.disabled = true;
          const sent = undo
            ? execute(WithdrawMeTooMutation, { threadID: thread.id }).then((d) => d.withdrawMeToo)
            : execute(MeTooMutation, { threadID: thread.id }).then((d) => d.meToo);
          void sent.then(
            (updated) => {
              count.textContent = String(updated.meTooCount);
              meToo.setAttribute('aria-pressed', String(updated.supportedByMe));
              meToo.disabled = false;
            },
            (error: unknown) => {
              meToo.disabled = false;
              if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') window.dispatchEvent(new Event('jeugdstem:signed-out'));
              if (error instanceof GraphQLRequestError && error.code === 'RATE_LIMITED' && !meToo.nextElementSibling?.classList.contains('youth-slow-down')) {
                meToo.after(slowDown());
              }
            },
          );
        },
      },
    },
    icon('hello'),
    h('span', {}, thread.startedByMe ? t('board.yours') : t('board.meToo')),
    count,
  );
  return h(
    'li',
    { class: `board-card status-${thread.status.toLowerCase()}`, 'data-thread': thread.id },
    h(
      'div',
      { class: 'board-card-head' },
      h('span', { class: 'board-theme' }, themeIcon(thread.theme)),
      h(
        'div',
        {},
        h('h2', { dir: 'auto' }, thread.title),
        area && h('p', { class: 'board-area' }, thread.area && areaIcon(thread.area.kind), h('span', langAttrs(area.lang), area.text)),
      ),
      h('p', { class: 'board-status' }, t(statusKeys[thread.status] ?? 'board.status.OPEN')),
    ),
    answer
      ? h(
          'div',
          { class: 'board-answer' },
          h('p', { class: 'board-answer-label' }, icon('board'), h('span', {}, t('board.answer'))),
          h('p', { class: 'board-answer-text', ...langAttrs(answer.language) }, answer.text),
          fallbackNote(answer.language),
          answer.reason && h('p', { class: 'board-answer-text', ...langAttrs(answer.language) }, answer.reason),
          answer.commitmentDate &&
            h('p', { class: 'board-commitment' }, t('board.commitment', { date: formatDate(new Date(answer.commitmentDate), currentLanguage()) })),
        )
      : h('p', { class: 'board-waiting' }, t('board.waiting')),
    meToo,
  );
}
