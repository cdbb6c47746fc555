// Types and lookup for the UI strings. English is the reference shape; the Go test
// frontend/locales_test.go keeps every locale file's keys identical to it.
import type en from '../locales/en.json';

export type Messages = Omit<typeof en, '_meta'>;

/** The strings each language says about itself on the language screen. */
export type LanguageCard = Messages['language'];

type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}`;
}[keyof T & string];

/** A dotted path to one UI string, e.g. "welcome.title". */
export type MessageKey = KeyPaths<Messages>;

/** Look a key up and fill `{placeholders}`; a missing key shows itself, never crashes. */
export function format(
  messages: Messages | undefined,
  key: MessageKey,
  params?: Readonly<Record<string, string>>,
): string {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  if (!params) return node;
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
