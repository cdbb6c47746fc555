import { describe, expect, it, vi } from 'vitest';
import { canSpeak, findVoice, speak, stopSpeaking, type SpeechEngine } from './speech';

const voice = (lang: string, localService = true) => ({ lang, localService, name: lang }) as SpeechSynthesisVoice;

function engine(voices: SpeechSynthesisVoice[]): SpeechEngine & { spoken: SpeechSynthesisUtterance[] } {
  const spoken: SpeechSynthesisUtterance[] = [];
  return { spoken, getVoices: () => voices, speak: (u) => spoken.push(u), cancel: vi.fn() };
}
const makeUtterance = (text: string) => ({ text }) as SpeechSynthesisUtterance;

describe('findVoice', () => {
  it('matches language tags loosely and prefers local voices', () => {
    const voices = [voice('en-GB', false), voice('en_US'), voice('ar-SA')];
    expect(findVoice(voices, 'en')?.lang).toBe('en_US');
    expect(findVoice(voices, 'ar')?.lang).toBe('ar-SA');
  });

  it('lets a Farsi voice read Dari, but not Arabic read Pashto', () => {
    expect(findVoice([voice('fa-IR')], 'prs')?.lang).toBe('fa-IR');
    expect(findVoice([voice('fa-IR'), voice('fa-AF')], 'prs')?.lang).toBe('fa-AF');
    expect(findVoice([voice('ar-SA')], 'ps')).toBeUndefined();
  });

  it('does not confuse codes that share a prefix', () => {
    expect(findVoice([voice('tig')], 'ti')).toBeUndefined();
  });
});

describe('speak', () => {
  it('reads with the matching voice', async () => {
    const e = engine([voice('ti-ER')]);
    await expect(speak('ሰላም', 'ti', { engine: e, makeUtterance })).resolves.toBe('spoken');
    expect(e.spoken[0]).toMatchObject({ text: 'ሰላም', lang: 'ti-ER' });
    expect(e.cancel).toHaveBeenCalled();
  });

  it('says no-voice when the device has none for the language', async () => {
    const e = engine([voice('en-US')]);
    await expect(speak('سلام', 'ckb', { engine: e, makeUtterance, voicesTimeoutMs: 1 })).resolves.toBe('no-voice');
    expect(e.spoken).toHaveLength(0);
    await expect(canSpeak('ckb', { engine: e, voicesTimeoutMs: 1 })).resolves.toBe(false);
  });

  it('waits for voices that arrive late', async () => {
    let voices: SpeechSynthesisVoice[] = [];
    let changed: (() => void) | undefined;
    const e: SpeechEngine = {
      getVoices: () => voices,
      speak: vi.fn(),
      cancel: vi.fn(),
      addEventListener: (_type, listener) => {
        changed = listener;
      },
      removeEventListener: vi.fn(),
    };
    const result = speak('Hallo', 'nl', { engine: e, makeUtterance, voicesTimeoutMs: 1000 });
    voices = [voice('nl-NL')];
    changed?.();
    await expect(result).resolves.toBe('spoken');
  });

  it('never throws where speech synthesis is absent or broken', async () => {
    await expect(speak('Hello', 'en', { engine: undefined, makeUtterance })).resolves.toBe('unsupported');
    await expect(speak('Hello', 'en', { engine: engine([voice('en')]), makeUtterance: undefined })).resolves.toBe('unsupported');
    const broken = { ...engine([voice('en')]), speak: () => { throw new Error('not allowed'); } };
    await expect(speak('Hello', 'en', { engine: broken, makeUtterance })).resolves.toBe('unsupported');
    // In Node there is no window.speechSynthesis at all.
    await expect(speak('Hello', 'en')).resolves.toBe('unsupported');
    expect(() => stopSpeaking()).not.toThrow();
  });
});
