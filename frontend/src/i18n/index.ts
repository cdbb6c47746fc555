// The current UI language: which strings are shown and in which direction the page runs.
// Each locale is its own lazily loaded chunk; only the small "language" part of every
// locale (native name, symbol, "listen") is in the initial bundle, for the language screen.
import { setReaderLanguage } from '../api/graphql';
import { defaultLanguage, directionOf, isLanguageCode, languageCodes, type LanguageCode } from './languages';
import { format, type LanguageCard, type MessageKey, type Messages } from './messages';
import cards from 'virtual:language-cards';

export { defaultLanguage, languageCodes, directionOf, isLanguageCode, type LanguageCode } from './languages';
export type { MessageKey } from './messages';

const loaders = import.meta.glob<Messages>('../locales/*.json', { import: 'default' });

const storageKey = 'jeugdstem.language';

let current: LanguageCode = defaultLanguage;
let messages: Messages | undefined;
const listeners = new Set<(code: LanguageCode) => void>();

export function languageCard(code: LanguageCode): LanguageCard {
  const card = cards[code];
  if (!card) throw new Error(`no locale file for ${code}`);
  return card;
}

export function currentLanguage(): LanguageCode {
  return current;
}

/** A UI string in the current language. */
export function t(key: MessageKey, params?: Readonly<Record<string, string>>): string {
  return format(messages, key, params);
}

/** Load a language's strings, make it the page language and direction, and remember it. */
export async function setLanguage(code: LanguageCode, options: { remember?: boolean } = {}): Promise<void> {
  const load = loaders[`../locales/${code}.json`];
  if (!load) throw new Error(`no locale file for ${code}`);
  const loaded = await load();
  current = code;
  messages = loaded;
  setReaderLanguage(code);
  const root = document.documentElement;
  root.lang = code;
  root.dir = directionOf(code);
  if (options.remember ?? true) rememberLanguage(code);
  for (const listener of listeners) listener(code);
}

export function onLanguageChange(listener: (code: LanguageCode) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language chosen on this device before, if any. */
export function storedLanguage(): LanguageCode | undefined {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguageCode(value) ? value : undefined;
  } catch {
    return undefined; // storage blocked (private mode, policy): just do not remember
  }
}

/** Start-up language: the stored choice, else the browser's, else Dutch. */
export function initialLanguage(preferred: readonly string[] = globalThis.navigator?.languages ?? []): LanguageCode {
  const stored = storedLanguage();
  if (stored) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = languageCodes.find((code) => code === base);
    if (match) return match;
  }
  return defaultLanguage;
}

/** Remember a choice without switching now (e.g. before a full page load). */
export function rememberLanguage(code: LanguageCode): void {
  try {
    globalThis.localStorage?.setItem(storageKey, code);
  } catch {
    // storage blocked: the choice holds until the page reloads
  }
}

/** Forget the choice: the next child on a shared tablet starts in the tablet's own language. */
export function forgetLanguage(): void {
  try {
    globalThis.localStorage?.removeItem(storageKey);
  } catch {
    // storage blocked: nothing was remembered
  }
}
