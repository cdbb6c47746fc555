// A "read aloud" control: a big button plus a note that appears when the device cannot
// speak the language. The note is a live region, so screen readers hear it too.
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
  speech?: SpeechDeps;
}

export function readAloudButton(options: ReadAloudOptions): { button: HTMLButtonElement; note: HTMLElement } {
  const note = h('p', { class: 'speak-note', role: 'status', dir: options.direction });
  const button = h(
    'button',
    {
      type: 'button',
      class: options.className ?? 'button button-secondary',
      on: {
        click: () => {
          void speak(options.text(), options.language, options.speech).then((result) => {
            note.textContent = result === 'spoken' ? '' : options.noVoiceNote;
            note.classList.toggle('is-visible', result !== 'spoken');
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
