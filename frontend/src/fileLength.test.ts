import { describe, expect, it } from 'vitest';

// A file past a few hundred lines usually holds more than one responsibility: the staff
// pages are split into data (operations and their shapes), forms and views. This keeps it so
// for every hand-written module; src/gql is generated and exempt.
const limit = 400;

const sources = import.meta.glob<string>(['./**/*.ts', '!./gql/**'], { query: '?raw', import: 'default', eager: true });

describe('source files', () => {
  it('finds the sources it checks', () => {
    expect(Object.keys(sources)).toContain('./features/staff/LocationsPage.ts');
    expect(Object.keys(sources).some((path) => path.startsWith('./gql/'))).toBe(false);
  });

  it.each(Object.entries(sources))(`%s has at most ${limit} lines`, (_path, text) => {
    expect(text.split('\n').length - (text.endsWith('\n') ? 1 : 0)).toBeLessThanOrEqual(limit);
  });
});
