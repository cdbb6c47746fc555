// The languages of the app (the 13 languages of children in Dutch reception): BCP 47 codes, their writing direction and the
// voices that may read them aloud. The list itself is generated from the server's (internal/i18n/languages.go) into
// languages.gen.ts; names and every other text live in src/locales/<code>.json.
import { languageCodes, rightToLeftCodes, type LanguageCode } from './languages.gen';

export { defaultLanguage, languageCodes, speechLanguages, type LanguageCode } from './languages.gen';

const rightToLeft: ReadonlySet<LanguageCode> = new Set(rightToLeftCodes);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (languageCodes as readonly string[]).includes(value);
}

export function directionOf(code: LanguageCode): 'rtl' | 'ltr' {
  return rightToLeft.has(code) ? 'rtl' : 'ltr';
}
