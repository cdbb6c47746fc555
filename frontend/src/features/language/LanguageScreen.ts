// The tablet's first screen: every language as a big card with its own name and a script
// sample (never a flag: flags are political for refugee children), and a speaker button
// that says the name in that language. Each card speaks entirely in its own language.
import type { Screen } from '../../app/router';
import { h, visuallyHidden } from '../../components/dom';
import { icon } from '../../components/icons';
import { readAloudButton, speakNote } from '../../components/ReadAloudButton';
import { currentLanguage, directionOf, languageCard, languageCodes, storedLanguage, t, type LanguageCode } from '../../i18n';
import './language.css';

export interface LanguageScreenDeps {
  /** Switch the app to this language and go on to the next step. */
  choose(code: LanguageCode): Promise<void>;
}

export function languageScreen(deps: LanguageScreenDeps): Screen {
  return {
    title: () => t('languageScreen.title'),
    render(outlet) {
      const chosen = storedLanguage();
      const uiLanguage = currentLanguage();
      let busy = false;
      // One note for all cards, floating at the bottom, so a missing voice does not
      // push the grid around; it speaks the language of the card that was tapped.
      const note = speakNote('speak-note speak-note-floating');

      const cards = languageCodes.map((code) => {
        const card = languageCard(code);
        const isChosen = code === chosen;
        const listen = readAloudButton({
          text: () => card.nativeName,
          language: code,
          direction: directionOf(code),
          label: `${card.listen}: ${card.nativeName}`,
          visibleLabel: false,
          noVoiceNote: card.noVoice,
          className: 'language-listen',
          note,
        });
        return h(
          'li',
          // lang on the card, dir on its texts: the card's layout follows the page direction,
          // so every speaker button sits on the same side of its card.
          { class: isChosen ? 'language-card is-chosen' : 'language-card', lang: code },
          h(
            'button',
            {
              type: 'button',
              class: 'language-choose',
              'aria-current': isChosen ? 'true' : undefined,
              on: {
                click: () => {
                  if (busy) return;
                  busy = true;
                  void deps.choose(code).finally(() => {
                    busy = false;
                  });
                },
              },
            },
            h('span', { class: 'language-symbol', 'aria-hidden': 'true' }, card.symbol),
            h('span', { class: 'language-name', dir: directionOf(code) }, card.nativeName),
            isChosen &&
              h(
                'span',
                { class: 'language-chosen-mark' },
                icon('check'),
                visuallyHidden(t('languageScreen.chosen'), uiLanguage),
              ),
          ),
          listen.button,
        );
      });

      outlet.append(
        h(
          'div',
          { class: 'screen language-screen' },
          h(
            'header',
            { class: 'screen-header' },
            h('span', { class: 'screen-pictogram' }, icon('languages')),
            h('h1', { tabindex: '-1' }, t('languageScreen.title')),
            h('p', { class: 'screen-hint' }, t('languageScreen.hint')),
          ),
          h('ul', { class: 'language-grid', role: 'list' }, ...cards),
          note,
        ),
      );
    },
  };
}
