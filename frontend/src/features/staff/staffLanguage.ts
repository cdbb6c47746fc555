// The console's own language. A tablet's language is the child's (chosen on its start screen);
// staff who open the console on that tablet read it in theirs: the one they chose in the console
// before on this device, else the browser's, else Dutch. It is remembered apart from the child's.
import { defaultLanguage, isLanguageCode, languageCodes, type LanguageCode } from '../../i18n';

const storageKey = 'jeugdstem.staffLanguage';

export function staffLanguage(preferred: readonly string[] = globalThis.navigator?.languages ?? []): LanguageCode {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (isLanguageCode(stored)) return stored;
  } catch {
    // storage blocked: the browser's language
  }
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = languageCodes.find((code) => code === base);
    if (match) return match;
  }
  return defaultLanguage;
}

export function rememberStaffLanguage(code: LanguageCode): void {
  try {
    globalThis.localStorage?.setItem(storageKey, code);
  } catch {
    // not remembered; the choice holds until the page is loaded again
  }
}
