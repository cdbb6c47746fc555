// The frame of every screen a signed-in child sees: who is signed in (avatar and
// pseudonym) with "I'm done" next to them, and "read aloud" and "home" on the other side.
// "I'm done" ends the turn; it must never pass for "yes, send my vote" (a green pill with a
// check): it is a square, outlined, with a door, away from the screen's own buttons, and it
// asks first when a vote is chosen but not sent (finishTurn).
import { currentViewer } from '../app/session';
import { finishTurn } from '../app/youth';
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
      h(
        'div',
        { class: 'youth-bar-turn' },
        h(
          'button',
          { type: 'button', class: 'button button-end', on: { click: finishTurn } },
          icon('signOut', { mirrorInRtl: true }),
          h('span', {}, t('youth.done')),
        ),
        viewer.kind === 'youth' &&
          h(
            'p',
            { class: 'youth-who' },
            avatarBadge(viewer.avatar, 'avatar avatar-small'),
            // Isolated: a Latin pseudonym must not reorder right-to-left text around it.
            h('bdi', {}, viewer.pseudonym),
          ),
      ),
      h(
        'div',
        { class: 'youth-bar-actions' },
        read.button,
        options.home &&
          h('a', { class: 'button button-secondary', href: '/home', 'data-link': true }, icon('home'), h('span', {}, t('youth.home'))),
      ),
    ),
    read.note,
    ...content,
  );
}
