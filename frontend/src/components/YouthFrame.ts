// The frame of every screen a signed-in child sees: who is signed in (avatar and
// pseudonym), "read aloud", "home" and a big "done" that ends the turn at once.
import { currentViewer } from '../app/session';
import { endYouthSession } from '../app/youth';
import { currentLanguage, t } from '../i18n';
import { h, type Child } from './dom';
import { icon } from './icons';
import { avatarBadge } from './pictograms';
import { readAloudButton } from './ReadAloudButton';

export interface YouthFrameOptions {
  /** Text read by "read aloud": the whole screen, produced when tapped. */
  readAloud: () => string;
  /** Show the "home" button (not on the home screen itself). */
  home?: boolean;
  className?: string;
}

export function youthFrame(options: YouthFrameOptions, ...content: Child[]): HTMLElement {
  const viewer = currentViewer();
  const read = readAloudButton({
    text: options.readAloud,
    language: currentLanguage(),
    label: t('youth.readAloud'),
    noVoiceNote: t('language.noVoice'),
    className: 'button button-secondary youth-read',
  });
  return h(
    'div',
    { class: `screen youth-screen ${options.className ?? ''}`.trim() },
    h(
      'div',
      { class: 'youth-bar' },
      viewer.kind === 'youth' &&
        h(
          'p',
          { class: 'youth-who' },
          avatarBadge(viewer.avatar, 'avatar avatar-small'),
          // Isolated: a Latin pseudonym must not reorder right-to-left text around it.
          h('bdi', {}, viewer.pseudonym),
        ),
      h(
        'div',
        { class: 'youth-bar-actions' },
        read.button,
        options.home &&
          h('a', { class: 'button button-secondary', href: '/home', 'data-link': true }, icon('home'), h('span', {}, t('youth.home'))),
        h(
          'button',
          { type: 'button', class: 'button button-done', on: { click: () => void endYouthSession() } },
          icon('done'),
          h('span', {}, t('youth.done')),
        ),
      ),
    ),
    read.note,
    ...content,
  );
}
