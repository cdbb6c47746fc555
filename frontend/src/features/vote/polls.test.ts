import { describe, expect, it } from 'vitest';
import { ballotKey } from './polls';

describe('ballotKey', () => {
  it('is random for every ballot and says nothing about the choice', () => {
    const keys = new Set(Array.from({ length: 50 }, () => ballotKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{32,36}$/);
  });
});
