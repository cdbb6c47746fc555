// The vote widget of a SLIDER poll: a big 0–10 slider with a sad face at the low end and a happy
// one at the high end. A child drags it, taps a point on it, or uses the keyboard (arrows, Home,
// End, Page Up/Down); each new value is read aloud in the child's language. The points are the
// poll's options (the server labels them in every language, in the language's own digits), so the
// vote sent is the option of the chosen point, as for every other kind. Right to left, the low end
// is on the right and the arrows follow what the child sees.
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { optionPictogram } from '../../components/pictograms';
import { speak } from '../../components/speech';
import { langAttrs } from '../../components/translations';
import { t } from '../../i18n';
import { isLanguageCode } from '../../i18n/languages';
import type { OpenPoll } from './polls';
import './slider.css';

type Point = OpenPoll['options'][number];
type Direction = 'ltr' | 'rtl';

/**
 * The value after a key press, or undefined when the key is not the slider's. From no value yet,
 * any move starts at the middle. Left and right follow the screen: in right-to-left the low end is
 * on the right, so the right arrow lowers the value.
 */
export function keyValue(key: string, value: number | null, min: number, max: number, dir: Direction): number | undefined {
  const from = value ?? Math.round((min + max) / 2);
  const step = value === null ? 0 : 1;
  const towardsRight = dir === 'rtl' ? -step : step;
  const moves: Record<string, number> = {
    ArrowRight: from + towardsRight,
    ArrowLeft: from - towardsRight,
    ArrowUp: from + step,
    ArrowDown: from - step,
    PageUp: from + 2 * step,
    PageDown: from - 2 * step,
    Home: min,
    End: max,
  };
  const next = moves[key];
  return next === undefined ? undefined : Math.min(max, Math.max(min, next));
}

/** The value at a horizontal position `x` on a track from `left` to `right` (screen pixels). */
export function pointerValue(x: number, left: number, right: number, min: number, max: number, dir: Direction): number {
  const width = Math.max(1, right - left);
  const fraction = Math.min(1, Math.max(0, (x - left) / width));
  const along = dir === 'rtl' ? 1 - fraction : fraction;
  return Math.round(min + along * (max - min));
}

/**
 * What is read aloud (and given to screen readers) for a value: its label, and at the ends the
 * end's words (ends.low, ends.high: by default "not at all" and "very much" in the child's language).
 */
export function spokenValue(
  point: Point | undefined,
  value: number,
  min: number,
  max: number,
  ends: { low: string; high: string } = { low: t('vote.slider.low'), high: t('vote.slider.high') },
): string {
  const label = point?.label.text ?? String(value);
  if (value === min) return `${label}, ${ends.low}`;
  if (value === max) return `${label}, ${ends.high}`;
  return label;
}

export interface SliderOptions {
  /** Called with the option of the chosen point when the child sends their choice. */
  choose: (point: Point) => void;
  /** Reads a value aloud; by default the device's voice in the label's language. */
  say?: (text: string, lang: string) => void;
}

/**
 * The vote screen's content for a SLIDER poll: the question (as every vote screen shows it), the
 * slider with its send button, and the promise that the vote is secret.
 */
export function sliderBallot(poll: OpenPoll, choose: (point: Point) => void): Node[] {
  // The ends as the points are labelled: in the child's digits (٠ and ١٠ in Arabic).
  const points = [...poll.options].sort((a, b) => a.position - b.position);
  const min = points[0]?.label.text ?? '0';
  const max = points.at(-1)?.label.text ?? '10';
  return [
    h(
      'header',
      { class: 'screen-header vote-header' },
      h('h1', { id: 'vote-question', tabindex: '-1', ...langAttrs(poll.question.lang) }, poll.question.text),
      poll.description && h('p', { class: 'vote-description', ...langAttrs(poll.description.lang) }, poll.description.text),
      h('p', { class: 'screen-hint' }, t('vote.hintSlider', { min, max })),
    ),
    sliderInput(poll, { choose }),
    h('p', { class: 'vote-secret' }, icon('lock'), h('span', {}, t('promises.secretVotes'))),
  ];
}

/** The slider for poll (a SLIDER poll: options 0–10 in position order), with its send button. */
export function sliderInput(poll: OpenPoll, options: SliderOptions): HTMLElement {
  const points = [...poll.options].sort((a, b) => a.position - b.position);
  const min = 0;
  const max = points.length - 1;
  const say = options.say ?? ((text: string, lang: string) => void (isLanguageCode(lang) && speak(text, lang)));
  let value: number | null = null;

  const rail = h(
    'div',
    { class: 'slider-rail', 'aria-hidden': 'true' },
    h('span', { class: 'slider-fill' }),
    h(
      'ol',
      { class: 'slider-points' },
      ...points.map((p, i) => h('li', { class: 'slider-point', 'data-value': String(i), ...langAttrs(p.label.lang) }, p.label.text)),
    ),
    h('span', { class: 'slider-thumb' }),
  );
  const track = h(
    'div',
    {
      class: 'slider-track',
      role: 'slider',
      tabindex: '0',
      'aria-labelledby': 'vote-question',
      'aria-valuemin': String(min),
      'aria-valuemax': String(max),
      'aria-valuenow': String(Math.round((min + max) / 2)),
      'aria-valuetext': t('vote.slider.none'),
    },
    rail,
  );
  const shown = h('output', { class: 'slider-value', 'aria-hidden': 'true' }, '');
  const send = h(
    'button',
    {
      type: 'button',
      class: 'button button-primary vote-send',
      disabled: true,
      on: {
        click: () => {
          const point = value === null ? undefined : points[value];
          if (point) options.choose(point);
        },
      },
    },
    icon('vote'),
    h('span', {}, t('vote.send')),
  );
  const root = h(
    'div',
    { class: 'slider-input', 'data-value': '' },
    h(
      'div',
      { class: 'slider-ends', 'aria-hidden': 'true' },
      h('span', { class: 'slider-end slider-low' }, optionPictogram('smiley-1', poll.theme), h('span', {}, t('vote.slider.low'))),
      shown,
      h('span', { class: 'slider-end slider-high' }, optionPictogram('smiley-5', poll.theme), h('span', {}, t('vote.slider.high'))),
    ),
    track,
    h('div', { class: 'vote-actions' }, send),
  );

  const direction = (): Direction => (getComputedStyle(track).direction === 'rtl' ? 'rtl' : 'ltr');
  const set = (next: number): void => {
    if (next === value) return;
    value = next;
    const point = points[next];
    const text = spokenValue(point, next, min, max);
    root.dataset.value = String(next);
    track.setAttribute('aria-valuenow', String(next));
    track.setAttribute('aria-valuetext', text);
    shown.replaceChildren(point?.label.text ?? String(next));
    if (point) Object.assign(shown, langAttrs(point.label.lang));
    send.disabled = false;
    say(text, point?.label.lang ?? '');
  };

  track.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && value !== null) {
      event.preventDefault();
      send.click();
      return;
    }
    const next = keyValue(event.key, value, min, max, direction());
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  });
  // Pointer: a tap sets the value where it lands, a drag follows the finger.
  const at = (event: PointerEvent): void => {
    const rect = rail.getBoundingClientRect();
    set(pointerValue(event.clientX, rect.left, rect.right, min, max, direction()));
  };
  track.addEventListener('pointerdown', (event) => {
    track.focus();
    track.setPointerCapture?.(event.pointerId);
    at(event);
  });
  track.addEventListener('pointermove', (event) => {
    if (track.hasPointerCapture?.(event.pointerId)) at(event);
  });
  return root;
}
