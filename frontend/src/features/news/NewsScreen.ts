// Announcements for the child's location, in the language chosen (a simple version for their age
// when there is one), with a recorded reading where a youth worker made one; a fallback language
// is said.
import type { Screen } from '../../app/router';
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { stopSpeaking } from '../../components/speech';
import { fallbackNote, langAttrs } from '../../components/translations';
import { youthFrame } from '../../components/YouthFrame';
import { graphql } from '../../gql';
import { t } from '../../i18n';
import { youthProblem } from '../youth-problem';
import './news.css';

const AnnouncementsQuery = graphql(`
  query Announcements {
    announcements {
      id
      title
      body
      simpleBody
      language
      audioURL
    }
  }
`);

export function newsScreen(): Screen {
  return {
    title: () => t('news.title'),
    render(outlet) {
      const list = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('common.loading')));
      outlet.append(
        youthFrame(
          { home: true, className: 'news-screen', readAloud: () => `${t('news.title')}. ${list.innerText}` },
          h(
            'header',
            { class: 'screen-header' },
            h('span', { class: 'screen-pictogram' }, icon('news')),
            h('h1', { tabindex: '-1' }, t('news.title')),
          ),
          list,
        ),
      );
      void execute(AnnouncementsQuery).then(
        ({ announcements }) => {
          list.removeAttribute('aria-busy');
          list.replaceChildren(
            announcements.length === 0
              ? h('p', { class: 'empty' }, t('news.empty'))
              : h(
                  'ul',
                  { class: 'news-list', role: 'list' },
                  ...announcements.map((a) =>
                    h(
                      'li',
                      { class: 'news-card', ...langAttrs(a.language) },
                      h('h2', {}, a.title),
                      fallbackNote(a.language),
                      h('p', {}, a.simpleBody ?? a.body),
                      a.audioURL && h('audio', { controls: true, preload: 'none', src: a.audioURL, 'aria-label': t('news.listen') }),
                    ),
                  ),
                ),
          );
        },
        (error: unknown) => list.replaceChildren(youthProblem(error)),
      );
      return () => stopSpeaking();
    },
  };
}
