// The facilitator's pages' own rules, apart from drawing: a show of hands as counts, stepping
// through the agenda on a large screen (arrows follow the reading direction), the order of the
// ideas to pick from, and the minutes' languages side by side.
import type { MessageKey } from '../../i18n';

export interface HandsInput {
  handsFor: string;
  handsAgainst: string;
  handsAbstain: string;
}

export type HandsCheck =
  | { ok: true; hands: { handsFor: number; handsAgainst: number; handsAbstain: number } | null }
  | { ok: false; field: keyof HandsInput; message: MessageKey };

/**
 * Checks a show of hands as the API does (RecordDecisionInput): all three counts or none, each a
 * whole number 0 or more, together at most the council's members.
 */
export function checkHands(input: HandsInput, memberCount: number): HandsCheck {
  const fields = ['handsFor', 'handsAgainst', 'handsAbstain'] as const;
  const given = fields.filter((f) => input[f].trim() !== '');
  if (given.length === 0) return { ok: true, hands: null };
  const empty = fields.find((f) => input[f].trim() === '');
  if (empty) return { ok: false, field: empty, message: 'staff.council.hands.incomplete' };
  const values = fields.map((f) => Number(input[f].trim()));
  const bad = fields.find((_, i) => !Number.isInteger(values[i]) || (values[i] ?? -1) < 0);
  if (bad) return { ok: false, field: bad, message: 'staff.council.hands.notACount' };
  const [handsFor = 0, handsAgainst = 0, handsAbstain = 0] = values;
  if (handsFor + handsAgainst + handsAbstain > memberCount) return { ok: false, field: 'handsFor', message: 'staff.council.hands.tooMany' };
  return { ok: true, hands: { handsFor, handsAgainst, handsAbstain } };
}

/**
 * The agenda item a key moves to on the large screen, or undefined for a key that does not move.
 * "Next" is the reading direction: → in a left-to-right language, ← in a right-to-left one.
 */
export function stepTo(key: string, current: number, count: number, rtl: boolean): number | undefined {
  if (count === 0) return undefined;
  let next: number;
  switch (key) {
    case 'ArrowRight':
      next = current + (rtl ? -1 : 1);
      break;
    case 'ArrowLeft':
      next = current + (rtl ? 1 : -1);
      break;
    case 'PageDown':
      next = current + 1;
      break;
    case 'PageUp':
      next = current - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return undefined;
  }
  return Math.min(Math.max(next, 0), count - 1);
}

export interface RankableIdea {
  status: string;
  supportCount?: number | null;
  supportCountSuppressed: boolean;
}

/**
 * The ideas a facilitator may put on the agenda (OPEN), most supported first. A suppressed count
 * is 1 to k-1 supports: below every count shown above zero and above zero itself, so it sorts
 * between them without being guessed.
 */
export function rankIdeas<T extends RankableIdea>(ideas: readonly T[]): T[] {
  const rank = (i: T): number => (i.supportCountSuppressed ? 0.5 : (i.supportCount ?? 0) > 0 ? 1 + (i.supportCount ?? 0) : 0);
  return ideas.filter((i) => i.status === 'OPEN').sort((a, b) => rank(b) - rank(a));
}

/** The columns of the minutes: the location's languages first, then Dutch, English, then any other a text has. */
export function minutesLanguages(locationLanguages: readonly string[], texts: ReadonlyArray<ReadonlyArray<{ lang: string }>>): string[] {
  const out = [...new Set([...locationLanguages, 'nl', 'en'])];
  for (const ts of texts) for (const t of ts) if (!out.includes(t.lang)) out.push(t.lang);
  return out;
}

/** The text of ts in lang, or undefined. */
export function textIn(ts: ReadonlyArray<{ lang: string; text: string }> | null | undefined, lang: string): string | undefined {
  return ts?.find((t) => t.lang === lang && t.text.trim() !== '')?.text;
}
