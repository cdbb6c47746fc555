// A "read aloud" control: a button plus a note that appears when the device cannot
// speak the language (with a "no sound" pictogram for children who cannot read it).
// The note is a live region, so screen readers hear it too. Several buttons may share
// one note, e.g. on the language screen, where each card speaks its own language.
import { h } from './dom';
import { icon } from './icons';
import { speak, type SpeechDeps } from './speech';
import type { LanguageCode } from '../i18n/languages';

export interface ReadAloudOptions {
  /** What to read, produced when tapped (so it is always the current text). */
  text: () => string;
  language: LanguageCode;
  /** Direction of the label and note, when they differ from the page's. */
  direction?: 'ltr' | 'rtl';
  /** The button's label; `visibleLabel: false` shows only the speaker pictogram. */
  label: string;
  visibleLabel?: boolean;
  /** Said in the note when no voice exists for the language. */
  noVoiceNote: string;
  className?: string;
  /** A note shared with other buttons; by default each button gets its own. */
  note?: HTMLElement;
  speech?: SpeechDeps;
}

export function speakNote(className = 'speak-note'): HTMLElement {
  return h('p', { class: className, role: 'status' });
}

export function readAloudButton(options: ReadAloudOptions): { button: HTMLButtonElement; note: HTMLElement } {
  const note = options.note ?? speakNote();
  const button = h(
    'button',
    {
      type: 'button',
      class: options.className ?? 'button button-secondary',
      on: {
        click: () => {
          void speak(options.text(), options.language, options.speech).then((result) => {
            if (result === 'spoken') {
              note.replaceChildren();
              note.classList.remove('is-visible');
              return;
            }
            note.lang = options.language;
            if (options.direction) note.dir = options.direction;
            else note.removeAttribute('dir');
            note.replaceChildren(icon('speakerOff'), h('span', {}, options.noVoiceNote));
            note.classList.add('is-visible');
          });
        },
      },
    },
    icon('speaker'),
    options.visibleLabel === false
      ? h('span', { class: 'visually-hidden', dir: options.direction }, options.label)
      : h('span', { dir: options.direction }, options.label),
  );
  return { button, note };
}
