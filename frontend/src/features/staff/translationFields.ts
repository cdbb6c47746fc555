// One text in several languages, side by side (the location's languages first, then Dutch
// and English), for editors that must say which languages are still missing.
import { h } from '../../components/dom';
import { langAttrs } from '../../components/translations';
import { isLanguageCode, languageCard } from '../../i18n';
import { field, input } from './ui';

export function languageName(code: string): string {
  return isLanguageCode(code) ? languageCard(code).nativeName : code;
}

export interface TranslationInputs {
  element: HTMLElement;
  values(): Array<{ lang: string; text: string }>;
  missing(required: readonly string[]): string[];
  onInput(listener: () => void): void;
}

/** One text in several languages, side by side. */
export function translations(legend: string, languages: readonly string[], name: string, multiline = false): TranslationInputs {
  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const grid = h(
    'div',
    { class: 'translation-grid' },
    ...languages.map((code) => {
      const control = multiline
        ? h('textarea', { class: 'input', rows: '2', name: `${name}-${code}`, ...langAttrs(code) })
        : input({ name: `${name}-${code}`, ...langAttrs(code) });
      inputs.set(code, control);
      return field(languageName(code), control);
    }),
  );
  return {
    element: h('fieldset', { class: 'translations' }, h('legend', {}, legend), grid),
    values: () => [...inputs].flatMap(([lang, el]) => (el.value.trim() ? [{ lang, text: el.value.trim() }] : [])),
    missing: (required) => required.filter((code) => !inputs.get(code)?.value.trim()),
    onInput: (listener) => {
      for (const el of inputs.values()) el.addEventListener('input', listener);
    },
  };
}
