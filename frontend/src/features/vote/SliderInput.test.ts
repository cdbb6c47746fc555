import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar.json';
import nl from '../../locales/nl.json';
import { keyValue, pointerValue, spokenValue } from './SliderInput';

const point = (value: number, text: string, lang: string) => ({
  id: `opt_${value}`,
  pictogram: null,
  position: value,
  candidate: null,
  label: { text, lang },
});

describe('the slider vote widget', () => {
  it('starts in the middle on the first key, then moves one step per arrow and jumps with Home/End and Page keys', () => {
    expect(keyValue('ArrowRight', null, 0, 10, 'ltr')).toBe(5);
    expect(keyValue('ArrowLeft', null, 0, 10, 'ltr')).toBe(5);
    expect(keyValue('ArrowRight', 5, 0, 10, 'ltr')).toBe(6);
    expect(keyValue('ArrowLeft', 5, 0, 10, 'ltr')).toBe(4);
    expect(keyValue('ArrowUp', 5, 0, 10, 'ltr')).toBe(6);
    expect(keyValue('ArrowDown', 5, 0, 10, 'ltr')).toBe(4);
    expect(keyValue('PageUp', 5, 0, 10, 'ltr')).toBe(7);
    expect(keyValue('PageDown', 5, 0, 10, 'ltr')).toBe(3);
    expect(keyValue('Home', 7, 0, 10, 'ltr')).toBe(0);
    expect(keyValue('End', null, 0, 10, 'ltr')).toBe(10);
  });

  it('stays within 0–10', () => {
    expect(keyValue('ArrowRight', 10, 0, 10, 'ltr')).toBe(10);
    expect(keyValue('PageUp', 9, 0, 10, 'ltr')).toBe(10);
    expect(keyValue('ArrowLeft', 0, 0, 10, 'ltr')).toBe(0);
    expect(keyValue('PageDown', 1, 0, 10, 'ltr')).toBe(0);
  });

  it('ignores keys that are not the slider’s', () => {
    expect(keyValue('a', 5, 0, 10, 'ltr')).toBeUndefined();
    expect(keyValue('Tab', 5, 0, 10, 'rtl')).toBeUndefined();
  });

  it('follows the screen right to left: the low end is on the right', () => {
    expect(keyValue('ArrowRight', 5, 0, 10, 'rtl')).toBe(4);
    expect(keyValue('ArrowLeft', 5, 0, 10, 'rtl')).toBe(6);
    expect(keyValue('ArrowUp', 5, 0, 10, 'rtl')).toBe(6); // up is always more
    expect(keyValue('Home', 5, 0, 10, 'rtl')).toBe(0);
    // A tap near the right edge of a 100..600 px track is 0 in Arabic, 10 in Dutch.
    expect(pointerValue(590, 100, 600, 0, 10, 'rtl')).toBe(0);
    expect(pointerValue(590, 100, 600, 0, 10, 'ltr')).toBe(10);
    expect(pointerValue(110, 100, 600, 0, 10, 'rtl')).toBe(10);
  });

  it('turns a tap into the nearest point, clamped to the track', () => {
    expect(pointerValue(100, 100, 600, 0, 10, 'ltr')).toBe(0);
    expect(pointerValue(450, 100, 600, 0, 10, 'ltr')).toBe(7);
    expect(pointerValue(474, 100, 600, 0, 10, 'ltr')).toBe(7);
    expect(pointerValue(476, 100, 600, 0, 10, 'ltr')).toBe(8);
    expect(pointerValue(20, 100, 600, 0, 10, 'ltr')).toBe(0);
    expect(pointerValue(900, 100, 600, 0, 10, 'ltr')).toBe(10);
    expect(pointerValue(350, 100, 100, 0, 10, 'ltr')).toBe(10); // a track without width
  });

  it('reads the point as the server labels it, with the end’s words at the ends, in the child’s language', () => {
    expect(spokenValue(point(7, '٧', 'ar'), 7, 0, 10, ar.vote.slider)).toBe('٧');
    expect(spokenValue(point(0, '٠', 'ar'), 0, 0, 10, ar.vote.slider)).toBe('٠, أبدًا');
    expect(spokenValue(point(10, '١٠', 'ar'), 10, 0, 10, ar.vote.slider)).toBe('١٠, كثيرًا جدًا');
    expect(spokenValue(point(10, '10', 'nl'), 10, 0, 10, nl.vote.slider)).toBe('10, Heel erg');
    expect(spokenValue(undefined, 3, 0, 10, nl.vote.slider)).toBe('3');
  });
});
