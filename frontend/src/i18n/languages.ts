// The languages of the app (the 13 languages of children in Dutch reception): BCP 47 codes, their writing direction and the
// voices that may read them aloud. Names and every other text live in src/locales/<code>.json.

export const languageCodes = [
  'nl', 'en', 'ar', 'ti', 'fa', 'prs', 'ps', 'so', 'tr', 'kmr', 'ckb', 'uk', 'fr',
] as const;

export type LanguageCode = (typeof languageCodes)[number];

export const defaultLanguage: LanguageCode = 'nl';

const rightToLeft: ReadonlySet<LanguageCode> = new Set(['ar', 'fa', 'prs', 'ps', 'ckb']);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (languageCodes as readonly string[]).includes(value);
}

export function directionOf(code: LanguageCode): 'rtl' | 'ltr' {
  return rightToLeft.has(code) ? 'rtl' : 'ltr';
}

/**
 * Speech-synthesis language tags to try, best first. Dari may be read by a Farsi voice
 * (close enough for children to follow); Kurmanji voices are often tagged plain "ku".
 */
export const speechLanguages: Readonly<Record<LanguageCode, readonly string[]>> = {
  nl: ['nl'],
  en: ['en'],
  ar: ['ar'],
  ti: ['ti'],
  fa: ['fa'],
  prs: ['prs', 'fa-af', 'fa'],
  ps: ['ps'],
  so: ['so'],
  tr: ['tr'],
  kmr: ['kmr', 'ku'],
  ckb: ['ckb'],
  uk: ['uk'],
  fr: ['fr'],
};
