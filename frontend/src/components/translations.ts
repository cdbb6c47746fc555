// Content comes in several languages (Translation {lang, text}). One rule picks the text a
// reader gets, here as on the server (internal/i18n.Chain, docs/api.md "Languages"): the
// language chosen, then the location's languages in their order, then Dutch, then English, then
// whatever there is. Children's screens get their texts picked by the server (LocalizedText)
// and say so when it is not the language they chose (fallbackNote).
import { currentLanguage, directionOf, isLanguageCode, languageCard, t } from '../i18n';
import { h } from './dom';

export interface Translated {
  lang: string;
  text: string;
}

/** The order languages are tried in for a reader who chose `chosen` at a location speaking `location`. */
export function languageChain(chosen: string, location: readonly string[] = []): string[] {
  const chain: string[] = [];
  for (const lang of [chosen, ...location, 'nl', 'en']) {
    if (isLanguageCode(lang) && !chain.includes(lang)) chain.push(lang);
  }
  return chain;
}

export function pick(
  list: readonly Translated[] | null | undefined,
  lang: string,
  location: readonly string[] = [],
): Translated | undefined {
  if (!list || list.length === 0) return undefined;
  for (const wanted of languageChain(lang, location)) {
    const hit = list.find((t) => t.lang === wanted && t.text.trim() !== '');
    if (hit) return hit;
  }
  return list.find((t) => t.text.trim() !== '');
}

/**
 * "Not in your language yet. Shown in: العربية", when a text the server picked is not in the
 * language chosen; nothing when it is.
 */
export function fallbackNote(lang: string): HTMLElement | undefined {
  if (lang === currentLanguage()) return undefined;
  const name = isLanguageCode(lang) ? languageCard(lang).nativeName : lang;
  const [before, after = ''] = t('youth.shownIn').split('{language}');
  const ui = currentLanguage();
  return h('span', { class: 'fallback-note', 'data-lang': lang, lang: ui, dir: directionOf(ui) }, before ?? '', h('bdi', langAttrs(lang), name), after);
}

/** Attributes for an element holding text in `lang`: its language and direction. */
export function langAttrs(lang: string): { lang: string; dir: 'rtl' | 'ltr' | 'auto' } {
  return { lang, dir: isLanguageCode(lang) ? directionOf(lang) : 'auto' };
}
