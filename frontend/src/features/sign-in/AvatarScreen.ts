// Step 2 on the tablet: "who are you?" Every member of the tablet's location as a big
// avatar card. Only an enrolled tablet gets the list; any other browser is told, kindly,
// that it is not a tablet yet and that a youth worker can make it one. A tablet left here
// returns to the start after the idle time, like a signed-in one.
import type { Screen } from '../../app/router';
import { chooseMember, watchIdleBeforeSignIn } from '../../app/youth';
import { execute, GraphQLRequestError } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge } from '../../components/pictograms';
import { readAloudButton } from '../../components/ReadAloudButton';
import { stopSpeaking } from '../../components/speech';
import { graphql } from '../../gql';
import { currentLanguage, t } from '../../i18n';
import './sign-in.css';

const TabletMembersQuery = graphql(`
  query TabletMembers {
    tabletMembers {
      id
      pseudonym
      avatar
    }
  }
`);

export interface AvatarScreenDeps {
  navigate(path: string): void;
}

export function avatarScreen(deps: AvatarScreenDeps): Screen {
  return {
    title: () => t('avatars.title'),
    render(outlet) {
      const controller = new AbortController();
      const stopIdle = watchIdleBeforeSignIn();
      const body = h('div', { class: 'avatar-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('common.loading')));
      const read = readAloudButton({
        text: () => body.innerText,
        language: currentLanguage(),
        label: t('youth.readAloud'),
        noVoiceNote: t('language.noVoice'),
      });
      outlet.append(
        h(
          'div',
          { class: 'screen avatar-screen' },
          h(
            'div',
            { class: 'youth-bar' },
            h('a', { class: 'button button-secondary', href: '/', 'data-link': true }, icon('languages'), h('span', {}, t('avatars.language'))),
            h('div', { class: 'youth-bar-actions' }, read.button),
          ),
          read.note,
          body,
        ),
      );

      const show = (...children: Array<Node | false | undefined>): void => {
        body.removeAttribute('aria-busy');
        body.replaceChildren(...children.filter((c): c is Node => Boolean(c)));
        body.querySelector('h1')?.focus();
      };

      const load = async (): Promise<void> => {
        try {
          const { tabletMembers } = await execute(TabletMembersQuery, {}, { signal: controller.signal });
          if (tabletMembers.length === 0) {
            show(message('tablet', t('avatars.title'), t('avatars.empty')));
            return;
          }
          const cards = tabletMembers.map((member) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'avatar-card',
                  'data-member': member.id,
                  on: {
                    click: () => {
                      chooseMember(member);
                      deps.navigate('/pin');
                    },
                  },
                },
                avatarBadge(member.avatar, 'avatar avatar-large'),
                h('bdi', { class: 'avatar-name' }, member.pseudonym),
              ),
            ),
          );
          show(
            h(
              'header',
              { class: 'screen-header' },
              h('h1', { tabindex: '-1' }, t('avatars.title')),
              h('p', { class: 'screen-hint' }, t('avatars.hint')),
            ),
            h('ul', { class: 'avatar-grid', role: 'list' }, ...cards),
          );
        } catch (error) {
          if (controller.signal.aborted) return;
          const code = error instanceof GraphQLRequestError ? error.code : 'INTERNAL';
          if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') {
            show(notATablet());
          } else {
            show(
              message('offline', t('common.problemTitle'), t('common.offline')),
              h('button', { type: 'button', class: 'button button-primary', on: { click: () => void load() } }, icon('retry'), h('span', {}, t('common.retry'))),
            );
          }
        }
      };
      void load();
      return () => {
        controller.abort();
        stopIdle();
        stopSpeaking();
      };
    },
  };
}

function message(iconName: 'tablet' | 'offline', title: string, text: string): HTMLElement {
  return h(
    'header',
    { class: 'screen-header message' },
    h('span', { class: 'screen-pictogram' }, icon(iconName)),
    h('h1', { tabindex: '-1' }, title),
    h('p', { class: 'screen-hint' }, text),
  );
}

function notATablet(): HTMLElement {
  return h(
    'div',
    { class: 'not-a-tablet' },
    message('tablet', t('notATablet.title'), t('notATablet.text')),
    h(
      'a',
      { class: 'button button-secondary', href: '/staff/sign-in', 'data-link': true },
      icon('helper'),
      h('span', {}, t('notATablet.staff')),
    ),
  );
}
