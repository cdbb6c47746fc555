import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

describe('formatDate', () => {
  const date = new Date(2026, 11, 17);

  it('uses the language where Intl knows it', () => {
    expect(formatDate(date, 'nl')).toBe('17 december 2026');
  });

  it('writes day, month, year in digits where Intl does not know the language', () => {
    const unknown = 'xx';
    expect(Intl.DateTimeFormat.supportedLocalesOf([unknown])).toEqual([]);
    expect(formatDate(date, unknown)).toBe('17-12-2026');
  });
});
