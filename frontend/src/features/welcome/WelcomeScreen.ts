// The step after choosing a language. Sign-in with avatar and picture-PIN comes later;
// until then this screen tells children, in their language, what DESIGN.md §6 promises:
// votes are secret, and a moderator reads messages before anyone else sees them.
import type { Screen } from '../../app/router';
import type { Viewer } from '../../app/session';
import { h } from '../../components/dom';
import { icon, type IconName } from '../../components/icons';
import { readAloudButton } from '../../components/ReadAloudButton';
import { stopSpeaking } from '../../components/speech';
import { currentLanguage, languageCard, t } from '../../i18n';
import './welcome.css';

export interface WelcomeScreenDeps {
  viewer(): Viewer;
}

export function welcomeScreen(deps: WelcomeScreenDeps): Screen {
  return {
    title: () => t('welcome.title'),
    render(outlet) {
      const language = currentLanguage();
      const viewer = deps.viewer();
      // The pseudonym is isolated (FSI…PDI) so a Latin name does not reorder Arabic text.
      const greeting =
        viewer.kind === 'youth' ? t('welcome.greeting', { name: `\u2068${viewer.pseudonym}\u2069` }) : undefined;
      const points: Array<[IconName, string]> = [
        ['lock', t('welcome.secretVotes')],
        ['helper', t('welcome.moderatorReads')],
        ['smile', t('welcome.comingSoon')],
      ];

      const readAloud = readAloudButton({
        text: () => [t('welcome.title'), greeting, ...points.map(([, text]) => text)].filter(Boolean).join(' '),
        language,
        label: t('welcome.readAloud'),
        noVoiceNote: t('language.noVoice'),
        className: 'button button-secondary',
      });

      outlet.append(
        h(
          'div',
          { class: 'screen welcome-screen' },
          h(
            'header',
            { class: 'screen-header' },
            h('span', { class: 'language-symbol welcome-symbol', 'aria-hidden': 'true' }, languageCard(language).symbol),
            h('h1', { tabindex: '-1' }, t('welcome.title')),
            greeting && h('p', { class: 'welcome-greeting' }, greeting),
          ),
          h(
            'ul',
            { class: 'welcome-points', role: 'list' },
            ...points.map(([name, text]) =>
              h('li', { class: 'welcome-point' }, h('span', { class: 'welcome-point-icon' }, icon(name)), h('p', {}, text)),
            ),
          ),
          h(
            'div',
            { class: 'welcome-actions' },
            readAloud.button,
            h('a', { class: 'button button-primary', href: '/', 'data-link': true }, icon('back', { mirrorInRtl: true }), h('span', {}, t('welcome.back'))),
          ),
          readAloud.note,
        ),
      );
      return () => stopSpeaking();
    },
  };
}
