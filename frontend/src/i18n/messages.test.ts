import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import { directionOf, isLanguageCode, languageCodes } from './languages';
import { format } from './messages';

describe('format', () => {
  it('finds nested keys and fills placeholders', () => {
    expect(format(en, 'home.title')).toBe('Home');
    expect(format(en, 'home.greeting', { name: 'Blue Fox' })).toBe('Hello, Blue Fox!');
  });

  it('shows the key rather than crashing when strings are not loaded', () => {
    expect(format(undefined, 'home.title')).toBe('home.title');
  });

  it('leaves unknown placeholders visible', () => {
    expect(format(en, 'home.greeting')).toBe('Hello, {name}!');
  });
});

describe('languages', () => {
  it('has the 13 app languages, five of them right-to-left', () => {
    expect(languageCodes).toHaveLength(13);
    expect(languageCodes.filter((code) => directionOf(code) === 'rtl').sort()).toEqual(['ar', 'ckb', 'fa', 'prs', 'ps']);
  });

  it('accepts only known codes', () => {
    expect(isLanguageCode('prs')).toBe(true);
    expect(isLanguageCode('de')).toBe(false);
    expect(isLanguageCode(null)).toBe(false);
  });
});
