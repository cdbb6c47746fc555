// Content comes in several languages (Translation {lang, text}); a reader gets theirs, else
// Dutch, else English, else whatever there is (the same order the API uses).
import { directionOf, isLanguageCode } from '../i18n';

export interface Translated {
  lang: string;
  text: string;
}

export function pick(list: readonly Translated[] | null | undefined, lang: string): Translated | undefined {
  if (!list || list.length === 0) return undefined;
  for (const wanted of [lang, 'nl', 'en']) {
    const hit = list.find((t) => t.lang === wanted && t.text.trim() !== '');
    if (hit) return hit;
  }
  return list.find((t) => t.text.trim() !== '');
}

/** Attributes for an element holding text in `lang`: its language and direction. */
export function langAttrs(lang: string): { lang: string; dir: 'rtl' | 'ltr' | 'auto' } {
  return { lang, dir: isLanguageCode(lang) ? directionOf(lang) : 'auto' };
}
