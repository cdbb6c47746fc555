import { describe, expect, it } from 'vitest';
import { normalisePath } from './router';

describe('normalisePath', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/welcome', '/welcome'],
    ['/welcome/', '/welcome'],
    ['/welcome?x=1#top', '/welcome'],
    ['//', '/'],
  ])('%s → %s', (input, want) => {
    expect(normalisePath(input)).toBe(want);
  });
});
