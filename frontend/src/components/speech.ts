// Reading text aloud with the browser's speech synthesis. Tablets differ a lot: some have
// no speech at all, many have no voice for Tigrinya, Pashto or Sorani. Callers get a
// result instead of an exception, so the screen can say so and keep its pictograms.
import { speechLanguages, type LanguageCode } from '../i18n/languages';

export type SpeakResult = 'spoken' | 'no-voice' | 'unsupported';

/** The parts of `window.speechSynthesis` we use; tests pass a fake. */
export interface SpeechEngine {
  getVoices(): SpeechSynthesisVoice[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export interface SpeechDeps {
  engine?: SpeechEngine | undefined;
  makeUtterance?: ((text: string) => SpeechSynthesisUtterance) | undefined;
  /** How long to wait for the voice list, which browsers fill in late. */
  voicesTimeoutMs?: number;
}

function browserDeps(): Required<Omit<SpeechDeps, 'voicesTimeoutMs'>> {
  const engine = typeof globalThis.speechSynthesis === 'object' ? globalThis.speechSynthesis : undefined;
  const Utterance = typeof globalThis.SpeechSynthesisUtterance === 'function' ? globalThis.SpeechSynthesisUtterance : undefined;
  return { engine, makeUtterance: Utterance ? (text: string) => new Utterance(text) : undefined };
}

/** The best voice for a language, or undefined when the device has none. */
export function findVoice(voices: readonly SpeechSynthesisVoice[], code: LanguageCode): SpeechSynthesisVoice | undefined {
  for (const wanted of speechLanguages[code]) {
    const matches = voices.filter((voice) => {
      const tag = voice.lang.toLowerCase().replace(/_/g, '-');
      return tag === wanted || tag.startsWith(`${wanted}-`);
    });
    if (matches.length > 0) return matches.find((v) => v.localService) ?? matches[0];
  }
  return undefined;
}

async function voicesOf(engine: SpeechEngine, timeoutMs: number): Promise<SpeechSynthesisVoice[]> {
  const now = engine.getVoices();
  if (now.length > 0 || !engine.addEventListener) return now;
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      engine.removeEventListener?.('voiceschanged', done);
      resolve(engine.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    engine.addEventListener?.('voiceschanged', done);
  });
}

/** Whether this device can read the language aloud at all. */
export async function canSpeak(code: LanguageCode, deps: SpeechDeps = {}): Promise<boolean> {
  const engine = 'engine' in deps ? deps.engine : browserDeps().engine;
  if (!engine) return false;
  try {
    return findVoice(await voicesOf(engine, deps.voicesTimeoutMs ?? 1500), code) !== undefined;
  } catch {
    return false;
  }
}

/** Read `text` aloud in `code`, interrupting whatever is being read. */
export async function speak(text: string, code: LanguageCode, deps: SpeechDeps = {}): Promise<SpeakResult> {
  const fallback = browserDeps();
  const engine = 'engine' in deps ? deps.engine : fallback.engine;
  const makeUtterance = 'makeUtterance' in deps ? deps.makeUtterance : fallback.makeUtterance;
  if (!engine || !makeUtterance) return 'unsupported';
  try {
    const voice = findVoice(await voicesOf(engine, deps.voicesTimeoutMs ?? 1500), code);
    if (!voice) return 'no-voice';
    const utterance = makeUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9; // a little slower: young listeners, a second language
    engine.cancel();
    engine.speak(utterance);
    return 'spoken';
  } catch {
    return 'unsupported';
  }
}

/** Stop reading, e.g. when leaving a screen. Safe where speech is absent. */
export function stopSpeaking(engine: SpeechEngine | undefined = browserDeps().engine): void {
  try {
    engine?.cancel();
  } catch {
    // nothing to stop
  }
}
