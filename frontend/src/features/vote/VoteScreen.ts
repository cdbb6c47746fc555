// Voting: the question, big picture answers, one tap (several for "choose two", an order
// for ranking), then "is this your choice?" and the vote. Votes are secret: the screen says
// so, and after voting it shows that the child voted, never what. A second vote is refused.
import type { Screen } from '../../app/router';
import { execute, GraphQLRequestError } from '../../api/graphql';
import { holdUnsentBallot } from '../../app/youth';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge, optionPictogram } from '../../components/pictograms';
import { stopSpeaking } from '../../components/speech';
import { fallbackNote, langAttrs } from '../../components/translations';
import { youthFrame } from '../../components/YouthFrame';
import { t, type MessageKey } from '../../i18n';
import { youthProblem } from '../youth-problem';
import { ballotKey, CastVoteMutation, openPolls, sendBallot, type OpenPoll } from './polls';
import { sliderBallot } from './SliderInput';
import './vote.css';

type Option = OpenPoll['options'][number];

export function voteScreen(pollID: string): Screen {
  return {
    title: () => t('vote.title'),
    render(outlet) {
      const body = h('div', { class: 'vote-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('common.loading')));
      outlet.append(youthFrame({ home: true, className: 'vote-screen', readAloud: () => body.innerText }, body));
      const leave = new AbortController(); // a ballot still waiting for the network is dropped on leaving

      const show = (...children: Array<Node | false | null | undefined>): void => {
        holdUnsentBallot(undefined); // a ballot screen says again when it holds one
        body.removeAttribute('aria-busy');
        body.replaceChildren(...children.filter((c): c is Node => Boolean(c)));
        body.querySelector<HTMLElement>('h1, h2')?.focus();
      };

      const message = (iconName: 'done' | 'lock' | 'alert', titleKey: MessageKey, textKey: MessageKey, extra?: Node): void => {
        show(
          h(
            'div',
            { class: 'vote-message', 'data-state': titleKey },
            h('span', { class: 'screen-pictogram' }, icon(iconName)),
            h('h1', { tabindex: '-1' }, t(titleKey)),
            h('p', { class: 'screen-hint' }, t(textKey)),
            extra,
            h(
              'div',
              { class: 'vote-actions' },
              h('a', { class: 'button button-secondary', href: '/polls', 'data-link': true }, icon('vote'), h('span', {}, t('vote.otherPolls'))),
              h('a', { class: 'button button-primary', href: '/home', 'data-link': true }, icon('home'), h('span', {}, t('youth.home'))),
            ),
          ),
        );
      };

      const alreadyVoted = (): void => message('lock', 'vote.alreadyTitle', 'vote.alreadyText');

      const ballot = (poll: OpenPoll): void => {
        if (poll.kind === 'SLIDER') return show(...sliderBallot(poll, (point) => confirm(poll, [point.id])));
        const options = [...poll.options].sort((a, b) => a.position - b.position);
        const multiple = poll.kind === 'MULTIPLE_CHOICE' || poll.kind === 'ELECTION'; // an election: up to its seats
        const ranking = poll.kind === 'RANKING';
        const max = multiple ? (poll.maxChoices ?? options.length) : 1;
        let chosen: string[] = [];
        const buttons = new Map<string, HTMLButtonElement>();
        // "Choose two": a third tap says why nothing more is chosen (a live region, so it is heard).
        const fullNote = h('div', { role: 'status' });
        const send = h(
          'button',
          { type: 'button', class: 'button button-primary vote-send', disabled: true, on: { click: () => confirm(poll, chosen) } },
          icon('vote'),
          h('span', {}, t('vote.send')),
        );
        const restart = h(
          'button',
          { type: 'button', class: 'button button-secondary', on: { click: () => { chosen = []; sync(); } } },
          icon('retry'),
          h('span', {}, t('vote.restart')),
        );

        const sync = (): void => {
          for (const [id, button] of buttons) {
            const rank = chosen.indexOf(id);
            button.setAttribute('aria-pressed', String(rank >= 0));
            const badge = button.querySelector('.vote-rank');
            if (badge) badge.textContent = ranking && rank >= 0 ? String(rank + 1) : '';
            button.classList.toggle('is-unavailable', multiple && rank < 0 && chosen.length >= max);
            button.disabled = Boolean(buttonWithdrawn(poll, id));
          }
          send.disabled = chosen.length === 0;
          // A partial ranking is no ballot yet; chosen answers of "choose two" are.
          holdUnsentBallot(multiple && chosen.length > 0 ? { send: () => cast(poll, chosen, ballotKey()) } : undefined);
        };

        const tap = (option: Option): void => {
          if (ranking) {
            const at = chosen.indexOf(option.id);
            chosen = at >= 0 ? chosen.slice(0, at) : [...chosen, option.id];
            sync();
            if (chosen.length === options.length) confirm(poll, chosen);
          } else if (multiple) {
            if (!chosen.includes(option.id) && chosen.length >= max) {
              fullNote.replaceChildren(h('p', { class: 'vote-full' }, icon('alert'), h('span', {}, t('choose.full', { max: String(max) }))));
              return;
            }
            fullNote.replaceChildren();
            chosen = chosen.includes(option.id) ? chosen.filter((id) => id !== option.id) : [...chosen, option.id];
            sync();
          } else {
            chosen = [option.id];
            confirm(poll, chosen);
          }
        };

        const hint: MessageKey = ranking ? 'vote.hintRanking' : multiple ? 'vote.hintMultiple' : 'vote.hintSingle';
        show(
          h(
            'header',
            { class: 'screen-header vote-header' },
            h('h1', { tabindex: '-1', ...langAttrs(poll.question.lang) }, poll.question.text),
            fallbackNote(poll.question.lang),
            poll.description && h('p', { class: 'vote-description', ...langAttrs(poll.description.lang) }, poll.description.text),
            h('p', { class: 'screen-hint' }, t(hint, { max: String(max) })),
          ),
          h(
            'ul',
            { class: `vote-options kind-${poll.kind.toLowerCase()}`, role: 'list' },
            ...options.map((option) => {
              const label = optionLabel(poll, option);
              const button = h(
                'button',
                { type: 'button', class: 'vote-option', 'data-option': option.id, 'aria-pressed': 'false', on: { click: () => tap(option) } },
                h('span', { class: 'vote-rank', 'aria-hidden': 'true' }),
                h('span', { class: 'vote-pictogram' }, optionPicture(poll, option)),
                h('span', { class: 'vote-label', ...label.attrs }, label.text),
              );
              buttons.set(option.id, button);
              return h('li', {}, button);
            }),
          ),
          multiple && fullNote,
          (multiple || ranking) && h('div', { class: 'vote-actions' }, ranking ? restart : send),
          h('p', { class: 'vote-secret' }, icon('lock'), h('span', {}, t('promises.secretVotes'))),
        );
        sync();
      };

      // "Is this your choice?" One key per ballot: a retry after a lost answer reuses it.
      const confirm = (poll: OpenPoll, chosen: readonly string[]): void => {
        const key = ballotKey();
        const options = chosen.map((id) => poll.options.find((o) => o.id === id)).filter((o): o is Option => Boolean(o));
        const problem = h('div', { class: 'vote-problem', role: 'alert' });
        const yes = h(
          'button',
          { type: 'button', class: 'button button-done vote-confirm' },
          icon('done'),
          h('span', {}, t('vote.confirmYes')),
        );
        const no = h(
          'button',
          { type: 'button', class: 'button button-secondary vote-change', on: { click: () => ballot(poll) } },
          icon('back', { mirrorInRtl: true }),
          h('span', {}, t('vote.confirmNo')),
        );
        yes.addEventListener('click', () => {
          yes.disabled = true;
          no.disabled = true;
          // "Counted" only on the server's answer; without one it is sent again, same key.
          const waiting = (): void =>
            problem.replaceChildren(icon('offline'), h('p', { 'data-state': 'offline.voteWaiting' }, t('offline.voteWaiting')));
          void cast(poll, chosen, key, waiting).then((counted) => {
            if (counted) return;
            problem.replaceChildren(icon('offline'), h('p', {}, t('common.offline')));
            yes.disabled = false;
            no.disabled = false;
          });
        });
        show(
          h(
            'section',
            { class: 'vote-confirm-panel', 'aria-labelledby': 'vote-confirm-title' },
            h('h1', { id: 'vote-confirm-title', tabindex: '-1' }, t('vote.confirmTitle')),
            h(
              'ol',
              { class: 'vote-chosen' },
              ...options.map((option, i) => {
                const label = optionLabel(poll, option);
                return h(
                  'li',
                  {},
                  poll.kind === 'RANKING' && h('span', { class: 'vote-rank' }, String(i + 1)),
                  h('span', { class: 'vote-pictogram' }, optionPicture(poll, option)),
                  h('span', { class: 'vote-label', ...label.attrs }, label.text),
                );
              }),
            ),
            problem,
            h('div', { class: 'vote-actions' }, no, yes),
            h('p', { class: 'vote-secret' }, icon('lock'), h('span', {}, t('promises.secretVotes'))),
          ),
        );
        holdUnsentBallot({ send: () => cast(poll, chosen, key) });
      };

      // Sends the ballot and shows what came of it; false when it could not be sent (offline),
      // and the screen stays as it is so the same ballot (same key) can be sent again. With
      // onWaiting (the confirm button) a lost answer is sent again by itself (sendBallot) until
      // it is counted or the child leaves; "I'm done, send it" tries once and keeps its question.
      const cast = (poll: OpenPoll, chosen: readonly string[], key: string, onWaiting?: () => void): Promise<boolean> => {
        const input = { pollID: poll.id, optionIDs: [...chosen], idempotencyKey: key };
        const sent = onWaiting ? sendBallot(input, onWaiting, leave.signal) : execute(CastVoteMutation, { input });
        return sent.then(
          () => {
            message('done', 'vote.thanksTitle', 'vote.thanksText');
            return true;
          },
          (error: unknown) => {
            if (leave.signal.aborted) return true;
            const code = error instanceof GraphQLRequestError ? error.code : 'INTERNAL';
            if (code === 'ALREADY_VOTED') alreadyVoted();
            else if (code === 'POLL_NOT_OPEN') message('alert', 'vote.closedTitle', 'vote.closedText');
            else if (code === 'UNAUTHENTICATED') show(youthProblem(error));
            else return false;
            return true;
          },
        );
      };

      void openPolls().then(
        (polls) => {
          const poll = polls.find((p) => p.id === pollID);
          if (!poll) return message('alert', 'vote.closedTitle', 'vote.closedText');
          if (poll.voted) return alreadyVoted();
          ballot(poll);
        },
        (error: unknown) => show(youthProblem(error)),
      );
      return () => {
        holdUnsentBallot(undefined);
        leave.abort();
        stopSpeaking();
      };
    },
  };
}

/** An election's candidate is their avatar; other answers their pictogram. */
function optionPicture(poll: OpenPoll, option: Option): Element {
  if (poll.kind === 'ELECTION') return avatarBadge(option.candidate && !option.candidate.withdrawn ? (option.candidate.avatar ?? '') : 'unknown', 'avatar vote-avatar');
  return optionPictogram(option.pictogram, poll.theme);
}

/** A candidate who withdrew cannot be chosen. */
function buttonWithdrawn(poll: OpenPoll, optionID: string): boolean {
  return poll.kind === 'ELECTION' && Boolean(poll.options.find((o) => o.id === optionID)?.candidate?.withdrawn);
}

/** Smiley answers are read as words ("happy"), not as their numbers; candidates by pseudonym. */
function optionLabel(poll: OpenPoll, option: Option): { text: string; attrs: Record<string, string> } {
  if (poll.kind === 'ELECTION') {
    const c = option.candidate;
    return c && !c.withdrawn && c.pseudonym ? { text: c.pseudonym, attrs: { dir: 'auto' } } : { text: t('council.withdrawn'), attrs: {} };
  }
  if (poll.kind === 'SMILEY_SCALE') {
    const n = /^smiley-([1-5])$/.exec(option.pictogram ?? '')?.[1] ?? String(Math.min(5, option.position + 1));
    return { text: t(`vote.smileys.${n as '1' | '2' | '3' | '4' | '5'}`), attrs: {} };
  }
  return { text: option.label.text, attrs: langAttrs(option.label.lang) };
}
