// One text in several languages, side by side (the location's languages first, then Dutch
// and English), for editors that must say which languages are still missing.
import { h } from '../../components/dom';
import { langAttrs } from '../../components/translations';
import { currentLanguage, isLanguageCode, languageCard } from '../../i18n';
import { field, input } from './ui';

/**
 * A language as staff read it: its name in the console's language and in its own script,
 * "Tigrinya (ትግርኛ)", so a label is readable whichever script the language is written in. The
 * names come from the browser (Intl.DisplayNames); without one, the language's own name alone.
 */
export function languageName(code: string): string {
  const native = isLanguageCode(code) ? languageCard(code).nativeName : code;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([currentLanguage()], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    name = undefined; // an old browser without DisplayNames: the own name
  }
  return !name || name === native || code === currentLanguage() ? native : `${name} (${native})`;
}

export interface TranslationInputs {
  element: HTMLElement;
  values(): Array<{ lang: string; text: string }>;
  missing(required: readonly string[]): string[];
  /** Fills the fields (a draft being edited); languages without a field are kept as they are. */
  set(values: ReadonlyArray<{ lang: string; text: string }>): void;
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
    set: (values) => {
      for (const v of values) {
        const el = inputs.get(v.lang);
        if (el) el.value = v.text;
      }
    },
    missing: (required) => required.filter((code) => !inputs.get(code)?.value.trim()),
    onInput: (listener) => {
      for (const el of inputs.values()) el.addEventListener('input', listener);
    },
  };
}
