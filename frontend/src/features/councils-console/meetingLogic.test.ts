import { describe, expect, it } from 'vitest';
import { checkHands, minutesLanguages, rankIdeas, stepTo, textIn } from './meetingLogic';

describe('checkHands', () => {
  const hands = (f: string, a: string, x: string) => ({ handsFor: f, handsAgainst: a, handsAbstain: x });
  it('takes no hands at all', () => {
    expect(checkHands(hands('', ' ', ''), 5)).toEqual({ ok: true, hands: null });
  });
  it('takes three counts within the members', () => {
    expect(checkHands(hands('3', '1', '1'), 5)).toEqual({ ok: true, hands: { handsFor: 3, handsAgainst: 1, handsAbstain: 1 } });
    expect(checkHands(hands('0', '0', '0'), 0)).toEqual({ ok: true, hands: { handsFor: 0, handsAgainst: 0, handsAbstain: 0 } });
  });
  it('names the missing count', () => {
    expect(checkHands(hands('3', '', '1'), 5)).toEqual({ ok: false, field: 'handsAgainst', message: 'staff.council.hands.incomplete' });
  });
  it('refuses negative and broken counts', () => {
    expect(checkHands(hands('3', '-1', '1'), 5)).toMatchObject({ ok: false, field: 'handsAgainst', message: 'staff.council.hands.notACount' });
    expect(checkHands(hands('1.5', '1', '1'), 5)).toMatchObject({ ok: false, field: 'handsFor' });
    expect(checkHands(hands('1', '1', 'x'), 5)).toMatchObject({ ok: false, field: 'handsAbstain' });
  });
  it('refuses more hands than members', () => {
    expect(checkHands(hands('3', '2', '1'), 5)).toEqual({ ok: false, field: 'handsFor', message: 'staff.council.hands.tooMany' });
  });
});

describe('stepTo', () => {
  it('moves forward with the reading direction', () => {
    expect(stepTo('ArrowRight', 0, 3, false)).toBe(1);
    expect(stepTo('ArrowLeft', 0, 3, true)).toBe(1);
    expect(stepTo('ArrowRight', 1, 3, true)).toBe(0);
    expect(stepTo('ArrowLeft', 2, 3, false)).toBe(1);
  });
  it('stays within the agenda', () => {
    expect(stepTo('ArrowRight', 2, 3, false)).toBe(2);
    expect(stepTo('ArrowLeft', 0, 3, false)).toBe(0);
    expect(stepTo('End', 0, 3, false)).toBe(2);
    expect(stepTo('Home', 2, 3, true)).toBe(0);
  });
  it('ignores other keys and an empty agenda', () => {
    expect(stepTo('Enter', 0, 3, false)).toBeUndefined();
    expect(stepTo('ArrowRight', 0, 0, false)).toBeUndefined();
  });
});

describe('rankIdeas', () => {
  it('puts open ideas by support first, suppressed counts between shown ones and zero', () => {
    const ideas = [
      { id: 'zero', status: 'OPEN', supportCount: 0, supportCountSuppressed: false },
      { id: 'few', status: 'OPEN', supportCount: null, supportCountSuppressed: true },
      { id: 'many', status: 'OPEN', supportCount: 9, supportCountSuppressed: false },
      { id: 'some', status: 'OPEN', supportCount: 5, supportCountSuppressed: false },
      { id: 'agenda', status: 'ON_AGENDA', supportCount: 12, supportCountSuppressed: false },
    ];
    expect(rankIdeas(ideas).map((i) => i.id)).toEqual(['many', 'some', 'few', 'zero']);
  });
});

describe('minutes languages', () => {
  it('lists the location first, then Dutch and English, then the rest', () => {
    expect(minutesLanguages(['ar', 'nl'], [[{ lang: 'fr' }], [{ lang: 'ar' }]])).toEqual(['ar', 'nl', 'en', 'fr']);
  });
  it('finds a text in a language, not an empty one', () => {
    expect(textIn([{ lang: 'ar', text: ' ' }, { lang: 'nl', text: 'Ja' }], 'ar')).toBeUndefined();
    expect(textIn([{ lang: 'nl', text: 'Ja' }], 'nl')).toBe('Ja');
  });
});
