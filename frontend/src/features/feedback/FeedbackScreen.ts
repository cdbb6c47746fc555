// "Tell us": a child starts a feedback thread about their location in three taps: what it is
// about (a theme), where (an area), and, only if they want, a few words. Writing is never
// needed. Every message waits for a moderator; the screen says so, and lists the child's
// own messages with what happened to them.
import type { Screen } from '../../app/router';
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { areaIcon, optionPictogram, themeIcon, themeKeys, type ThemeKey } from '../../components/pictograms';
import { stopSpeaking } from '../../components/speech';
import { langAttrs } from '../../components/translations';
import { youthFrame } from '../../components/YouthFrame';
import { graphql } from '../../gql';
import type { FeedbackPostModerationState, Theme } from '../../gql/graphql';
import { currentLanguage, t, type MessageKey } from '../../i18n';
import { youthProblem } from '../youth-problem';
import './feedback.css';

const MyLocationQuery = graphql(`
  query MyLocation {
    me {
      ... on YouthMember {
        id
        locationID
        location {
          id
          areas {
            id
            kind
            localName {
              lang
              text
            }
          }
        }
      }
    }
  }
`);

const StartThreadMutation = graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
    }
  }
`);

const MyPostsQuery = graphql(`
  query MyPosts {
    myPosts {
      id
      body
      language
      moderationState
      reasonText
      thread {
        id
        title
      }
    }
  }
`);

interface Area {
  id: string;
  kind: string;
  label: string;
  lang: string;
}

export function feedbackScreen(): Screen {
  return {
    title: () => t('feedback.title'),
    render(outlet) {
      const language = currentLanguage();
      const step = h('div', { class: 'feedback-step' }, h('p', { class: 'loading' }, t('common.loading')));
      const mine = h('div', { class: 'my-posts' });
      outlet.append(
        youthFrame(
          { home: true, className: 'feedback-screen', readAloud: () => `${step.innerText} ${mine.innerText}` },
          step,
          mine,
        ),
      );

      let locationID = '';
      let areas: Area[] = [];
      let theme: ThemeKey | undefined;
      let area: Area | null | undefined;
      // Good or bad, said with a smiley by a child who cannot write; the post says it in words.
      let mood: 'good' | 'bad' | undefined;

      const heading = (key: MessageKey, hint?: MessageKey): HTMLElement =>
        h('header', { class: 'screen-header' }, h('h1', { tabindex: '-1' }, t(key)), hint && h('p', { class: 'screen-hint' }, t(hint)));

      const show = (...children: Array<Node | false | undefined>): void => {
        step.replaceChildren(...children.filter((c): c is Node => Boolean(c)));
        step.querySelector<HTMLElement>('h1')?.focus();
      };

      const chooseTheme = (): void => {
        show(
          heading('feedback.themeTitle', 'feedback.themeHint'),
          h(
            'ul',
            { class: 'choice-grid', role: 'list' },
            ...themeKeys.map((key) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', class: 'choice-card', 'data-theme': key, on: { click: () => { theme = key; chooseArea(); } } },
                  h('span', { class: 'choice-icon' }, themeIcon(key)),
                  h('span', { class: 'choice-label' }, t(`themes.${key}`)),
                ),
              ),
            ),
          ),
        );
      };

      const chooseArea = (): void => {
        const options: Array<Area | null> = [...areas, null];
        show(
          heading('feedback.areaTitle', 'feedback.areaHint'),
          h(
            'ul',
            { class: 'choice-grid', role: 'list' },
            ...options.map((a) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', class: 'choice-card', 'data-area': a?.id ?? 'none', on: { click: () => { area = a; write(); } } },
                  h('span', { class: 'choice-icon' }, a ? areaIcon(a.kind) : icon('home')),
                  a ? h('span', { class: 'choice-label', ...langAttrs(a.lang) }, a.label) : h('span', { class: 'choice-label' }, t('feedback.everywhere')),
                ),
              ),
            ),
          ),
          backButton(chooseTheme),
        );
      };

      const write = (): void => {
        const textarea = h('textarea', { class: 'input feedback-text', id: 'feedback-text', rows: '4', maxlength: '2000', dir: 'auto', lang: language });
        const error = h('div', { role: 'alert', class: 'feedback-error' });
        const send = async (withText: boolean): Promise<void> => {
          if (!theme) return;
          const summary = [mood && t(`feedback.mood.${mood}`), t(`themes.${theme}`), area?.label].filter(Boolean).join(' · ');
          const text = withText ? textarea.value.trim() : '';
          const title = text ? (text.length > 80 ? `${text.slice(0, 77)}…` : text) : summary;
          for (const b of buttons) b.disabled = true;
          try {
            await execute(StartThreadMutation, {
              input: { locationID, areaID: area?.id ?? null, theme: theme as Theme, title, body: text || summary, language },
            });
            thanks();
            void loadMine();
          } catch (e) {
            error.replaceChildren(youthProblem(e));
            for (const b of buttons) b.disabled = false;
          }
        };
        const buttons = [
          h('button', { type: 'button', class: 'button button-primary feedback-send', on: { click: () => void send(true) } }, icon('write'), h('span', {}, t('feedback.send'))),
          h('button', { type: 'button', class: 'button button-secondary feedback-send-only', on: { click: () => void send(false) } }, icon('check'), h('span', {}, t('feedback.sendWithoutText'))),
        ];
        show(
          heading('feedback.writeTitle'),
          h(
            'p',
            { class: 'feedback-choice' },
            theme && themeIcon(theme),
            h('span', {}, [theme && t(`themes.${theme}`), area ? area.label : t('feedback.everywhere')].filter(Boolean).join(' · ')),
          ),
          moodPicker(),
          h('label', { for: 'feedback-text', class: 'feedback-label' }, t('feedback.writeLabel')),
          textarea,
          h('p', { class: 'feedback-moderated' }, icon('helper'), h('span', {}, t('promises.moderatorReads'))),
          error,
          h('div', { class: 'feedback-actions' }, ...buttons),
          backButton(chooseArea),
        );
      };

      const moodPicker = (): HTMLElement => {
        const buttons = (['good', 'bad'] as const).map((m) =>
          h(
            'button',
            {
              type: 'button',
              class: `choice-card feedback-mood mood-${m}`,
              'data-mood': m,
              'aria-pressed': String(mood === m),
              on: {
                click: () => {
                  mood = mood === m ? undefined : m;
                  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.mood === mood));
                },
              },
            },
            h('span', { class: 'choice-icon' }, optionPictogram(m === 'good' ? 'smiley-4' : 'smiley-2')),
            h('span', { class: 'choice-label' }, t(`feedback.mood.${m}`)),
          ),
        );
        return h(
          'div',
          { role: 'group', 'aria-labelledby': 'feedback-mood-label' },
          h('p', { id: 'feedback-mood-label', class: 'feedback-label' }, t('feedback.moodLabel')),
          h('div', { class: 'feedback-moods' }, ...buttons),
        );
      };

      const thanks = (): void => {
        show(
          h(
            'header',
            { class: 'screen-header feedback-thanks' },
            h('span', { class: 'screen-pictogram' }, icon('done')),
            h('h1', { tabindex: '-1' }, t('feedback.thanksTitle')),
            h('p', { class: 'screen-hint' }, t('feedback.thanksText')),
          ),
          h(
            'div',
            { class: 'feedback-actions' },
            h('button', { type: 'button', class: 'button button-secondary', on: { click: () => { theme = undefined; area = undefined; mood = undefined; chooseTheme(); } } }, icon('write'), h('span', {}, t('feedback.another'))),
            h('a', { class: 'button button-primary', href: '/board', 'data-link': true }, icon('board'), h('span', {}, t('board.title'))),
          ),
        );
      };

      const loadMine = async (): Promise<void> => {
        try {
          const { myPosts } = await execute(MyPostsQuery);
          mine.replaceChildren(
            ...(myPosts.length === 0
              ? []
              : [
                  h('h2', {}, t('feedback.mine')),
                  h(
                    'ul',
                    { class: 'my-posts-list', role: 'list' },
                    ...myPosts.map((post) =>
                      h(
                        'li',
                        { class: `my-post state-${post.moderationState.toLowerCase()}`, 'data-post': post.id },
                        h('p', { class: 'my-post-body', ...langAttrs(post.language) }, post.body),
                        h('p', { class: 'my-post-state' }, icon(stateIcon(post.moderationState)), h('span', {}, t(`feedback.states.${post.moderationState}`))),
                        post.reasonText && h('p', { class: 'my-post-reason' }, post.reasonText),
                      ),
                    ),
                  ),
                ]),
          );
        } catch {
          // The list is extra; the form works without it.
        }
      };

      void execute(MyLocationQuery).then(
        ({ me }) => {
          if (!me || !('location' in me)) {
            show(youthProblem(undefined));
            return;
          }
          locationID = me.locationID;
          areas = (me.location.areas ?? []).map((a) => ({ id: a.id, kind: a.kind, label: a.localName.text, lang: a.localName.lang }));
          chooseTheme();
        },
        (error: unknown) => show(youthProblem(error)),
      );
      void loadMine();
      return () => stopSpeaking();
    },
  };
}

function backButton(onClick: () => void): HTMLElement {
  return h(
    'div',
    { class: 'feedback-back' },
    h('button', { type: 'button', class: 'button button-secondary', on: { click: onClick } }, icon('back', { mirrorInRtl: true }), h('span', {}, t('feedback.back'))),
  );
}

function stateIcon(state: FeedbackPostModerationState): 'timer' | 'check' | 'alert' {
  switch (state) {
    case 'APPROVED':
      return 'check';
    case 'REJECTED':
      return 'alert';
    default:
      return 'timer';
  }
}
