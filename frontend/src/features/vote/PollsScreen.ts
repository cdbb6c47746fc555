// The open polls a child may vote in, as big cards; a poll they voted in says so (never how).
// Below them, what came of the polls they were asked, once staff published the results.
import type { Screen } from '../../app/router';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { themeIcon } from '../../components/pictograms';
import { stopSpeaking } from '../../components/speech';
import { fallbackNote, langAttrs } from '../../components/translations';
import { youthFrame } from '../../components/YouthFrame';
import { t } from '../../i18n';
import { youthProblem } from '../youth-problem';
import { openPolls, publishedPolls } from './polls';
import { resultsSection } from './ResultCard';
import './vote.css';

export function pollsScreen(): Screen {
  return {
    title: () => t('vote.listTitle'),
    render(outlet) {
      const list = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('common.loading')));
      const results = h('div', { class: 'polls-results' });
      outlet.append(
        youthFrame(
          { home: true, className: 'polls-screen', readAloud: () => `${t('vote.listTitle')}. ${list.innerText} ${results.innerText}` },
          h(
            'header',
            { class: 'screen-header' },
            h('span', { class: 'screen-pictogram' }, icon('vote')),
            h('h1', { tabindex: '-1' }, t('vote.listTitle')),
            h('p', { class: 'screen-hint' }, t('promises.secretVotes')),
          ),
          list,
          results,
        ),
      );
      void openPolls().then(
        (polls) => {
          list.removeAttribute('aria-busy');
          list.replaceChildren(
            polls.length === 0
              ? h('p', { class: 'empty' }, t('vote.none'))
              : h(
                  'ul',
                  { class: 'poll-cards', role: 'list' },
                  ...polls.map((poll) =>
                    h(
                      'li',
                      {},
                      h(
                        'a',
                        { class: poll.voted ? 'poll-card is-voted' : 'poll-card', href: `/polls/${poll.id}`, 'data-link': true, 'data-poll': poll.id },
                        h('span', { class: 'poll-card-icon' }, themeIcon(poll.theme)),
                        h('span', { class: 'poll-card-question', ...langAttrs(poll.question.lang) }, poll.question.text),
                        fallbackNote(poll.question.lang),
                        poll.voted
                          ? h('span', { class: 'poll-card-state voted' }, icon('done'), h('span', {}, t('vote.voted')))
                          : h('span', { class: 'poll-card-state' }, icon('vote'), h('span', {}, t('vote.voteNow'))),
                      ),
                    ),
                  ),
                ),
          );
        },
        (error: unknown) => list.replaceChildren(youthProblem(error)),
      );
      // Results are extra: when they cannot load, the polls above still work.
      void publishedPolls().then(
        (polls) => results.replaceChildren(...[resultsSection(polls)].filter((s): s is HTMLElement => Boolean(s))),
        () => undefined,
      );
      return () => stopSpeaking();
    },
  };
}
