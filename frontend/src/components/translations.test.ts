import { describe, expect, it } from 'vitest';
import { langAttrs, languageChain, pick } from './translations';

const texts = [
  { lang: 'en', text: 'Play room' },
  { lang: 'nl', text: 'Speelkamer' },
  { lang: 'ar', text: 'غرفة اللعب' },
  { lang: 'ti', text: ' ' },
];

describe('pick', () => {
  it("gives the reader's language, else Dutch, else English, else any", () => {
    expect(pick(texts, 'ar')?.text).toBe('غرفة اللعب');
    expect(pick(texts, 'uk')?.text).toBe('Speelkamer');
    expect(pick(texts.filter((t) => t.lang !== 'nl'), 'uk')?.text).toBe('Play room');
    expect(pick([{ lang: 'so', text: 'Qol' }], 'uk')?.text).toBe('Qol');
  });

  it('skips empty texts and empty lists', () => {
    expect(pick(texts, 'ti')?.lang).toBe('nl');
    expect(pick([], 'nl')).toBeUndefined();
    expect(pick(null, 'nl')).toBeUndefined();
  });
});

describe('languageChain', () => {
  it('is the server rule: chosen, the location\'s languages, Dutch, English, each once, supported only', () => {
    // The same cases as TestChainFor in internal/i18n.
    expect(languageChain('ti', ['ar', 'fa'])).toEqual(['ti', 'ar', 'fa', 'nl', 'en']);
    expect(languageChain('ar', ['ar', 'nl'])).toEqual(['ar', 'nl', 'en']);
    expect(languageChain('xx', ['fa', 'yy'])).toEqual(['fa', 'nl', 'en']);
    expect(languageChain('', [])).toEqual(['nl', 'en']);
    expect(languageChain('en')).toEqual(['en', 'nl']);
  });

  it("puts the location's languages before Dutch", () => {
    expect(pick(texts, 'ti', ['ar'])?.lang).toBe('ar');
  });
});

describe('langAttrs', () => {
  it('sets the direction of right-to-left languages', () => {
    expect(langAttrs('ps')).toEqual({ lang: 'ps', dir: 'rtl' });
    expect(langAttrs('ti')).toEqual({ lang: 'ti', dir: 'ltr' });
    expect(langAttrs('de')).toEqual({ lang: 'de', dir: 'auto' });
  });
});
