// "You said": what came of a poll a child was asked, once staff published its results. Each
// answer with its picture, a bar and the number of children, exactly as the API gives them to
// this child: a count withheld by the disclosure rules (too few children, or one that would
// give a small group away) is shown as a lock, never guessed. Under it "we did": what staff did
// about it, with the status as a picture, in the child's language. Read aloud on a tap.
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { optionPictogram, themeIcon } from '../../components/pictograms';
import { readAloudButton } from '../../components/ReadAloudButton';
import { formatDate } from '../../components/dates';
import { fallbackNote, langAttrs } from '../../components/translations';
import { currentLanguage, t } from '../../i18n';
import type { PublishedPoll } from './polls';
import './results.css';

type Option = PublishedPoll['options'][number];
export type WeDid = NonNullable<PublishedPoll['whatWeDid']>;

/** The status of what was done, as a picture children know from the board. */
const statusIcons = { IN_PROGRESS: 'timer', DONE: 'done', NOT_POSSIBLE: 'alert' } as const;

/** The published results as a titled list of cards; nothing when there are none. */
export function resultsSection(polls: readonly PublishedPoll[]): HTMLElement | undefined {
  if (polls.length === 0) return undefined;
  return h(
    'section',
    { class: 'results-section', 'aria-labelledby': 'results-title' },
    h('h2', { id: 'results-title' }, icon('chart'), h('span', {}, t('results.title'))),
    h('p', { class: 'screen-hint' }, t('results.hint')),
    h('ul', { class: 'result-cards', role: 'list' }, ...polls.map(resultCard)),
  );
}

export function resultCard(poll: PublishedPoll): HTMLElement {
  const options = [...poll.options].sort((a, b) => a.position - b.position);
  const counts = new Map(poll.results.options.map((o) => [o.optionID, o.count ?? undefined]));
  const shown = [...counts.values()].filter((c): c is number => c !== undefined);
  const total = poll.results.turnout ?? Math.max(1, ...shown);
  // "Most chosen" only when every count is shown: a withheld one might be larger.
  const everyCountShown = shown.length === options.length && shown.length > 0;
  const top = everyCountShown ? Math.max(...shown) : undefined;
  const most = top !== undefined && top > 0 && shown.filter((c) => c === top).length === 1 ? top : undefined;

  const turnout =
    poll.results.turnout !== null && poll.results.turnout !== undefined
      ? t('results.turnout', { count: String(poll.results.turnout) })
      : t('results.turnoutHidden');
  const spoken = (): string =>
    [
      poll.question.text,
      turnout,
      ...options.map((o) => {
        const count = counts.get(o.id);
        return `${optionLabel(poll, o).text}: ${count === undefined ? t('results.hidden') : t('results.count', { count: String(count) })}`;
      }),
      ...(poll.whatWeDid ? [t('results.whatWeDid'), ...weDidTexts(poll.whatWeDid)] : []),
    ].join('. ');
  const listen = readAloudButton({
    text: spoken,
    language: currentLanguage(),
    label: t('results.listen'),
    noVoiceNote: t('language.noVoice'),
    className: 'button button-secondary result-listen',
  });

  return h(
    'li',
    { class: 'result-card', 'data-poll': poll.id },
    h(
      'div',
      { class: 'result-head' },
      h('span', { class: 'result-theme' }, themeIcon(poll.theme)),
      h('h3', { ...langAttrs(poll.question.lang) }, poll.question.text),
      listen.button,
    ),
    listen.note,
    h(
      'p',
      { class: 'result-turnout' },
      icon('vote'),
      h('span', {}, turnout),
      poll.voted && h('span', { class: 'result-voted' }, icon('done'), h('span', {}, t('results.youVoted'))),
    ),
    shown.length === 0 && h('p', { class: 'result-all-hidden' }, icon('lock'), h('span', {}, t('results.allHidden'))),
    h(
      'ul',
      { class: 'result-options', role: 'list' },
      ...options.map((o) => {
        const count = counts.get(o.id);
        const label = optionLabel(poll, o);
        const isMost = most !== undefined && count === most;
        return h(
          'li',
          { class: isMost ? 'result-option is-most' : 'result-option', 'data-option': o.id, 'data-count': count === undefined ? 'suppressed' : String(count) },
          h('span', { class: 'result-pictogram' }, optionPictogram(o.pictogram, poll.theme)),
          h(
            'span',
            { class: 'result-answer' },
            h('span', { class: 'result-label', ...label.attrs }, label.text),
            h('span', { class: `result-bar bar-${count === undefined ? 'hidden' : Math.round((10 * count) / Math.max(1, total))}`, 'aria-hidden': 'true' }),
          ),
          count === undefined
            ? h('span', { class: 'result-count is-hidden' }, icon('lock'), h('span', {}, t('results.hidden')))
            : h('span', { class: 'result-count' }, t('results.count', { count: String(count) })),
          isMost && h('span', { class: 'result-most' }, icon('done'), h('span', {}, t('results.most'))),
        );
      }),
    ),
    poll.whatWeDid && weDid(poll.whatWeDid),
  );
}

/** "We did": what staff did about the poll, its status as a picture and in words (also the monitor's). */
export function weDid(answer: WeDid): HTMLElement {
  const [status, ...texts] = weDidTexts(answer);
  return h(
    'div',
    { class: `result-did status-${answer.status.toLowerCase()}`, 'data-status': answer.status },
    h('p', { class: 'result-did-label' }, icon('board'), h('span', {}, t('results.whatWeDid'))),
    h('p', { class: 'result-did-status' }, icon(statusIcons[answer.status]), h('span', {}, status)),
    h('p', { class: 'result-did-text', ...langAttrs(answer.language) }, texts[0]),
    fallbackNote(answer.language),
    answer.reason && h('p', { class: 'result-did-reason', ...langAttrs(answer.language) }, answer.reason),
    answer.commitmentDate && h('p', { class: 'result-did-date' }, texts[texts.length - 1]),
  );
}

/** What is shown and read aloud of "we did", in order: status, text, reason, date. */
export function weDidTexts(answer: WeDid): string[] {
  return [
    t(`board.status.${answer.status}`),
    answer.text,
    ...(answer.reason ? [answer.reason] : []),
    ...(answer.commitmentDate ? [t('board.commitment', { date: formatDate(new Date(answer.commitmentDate), currentLanguage()) })] : []),
  ];
}

/** Smiley answers are read as words ("happy"), as on the vote screen. */
function optionLabel(poll: PublishedPoll, option: Option): { text: string; attrs: Record<string, string> } {
  if (poll.kind === 'SMILEY_SCALE') {
    const n = /^smiley-([1-5])$/.exec(option.pictogram ?? '')?.[1] ?? String(Math.min(5, option.position + 1));
    return { text: t(`vote.smileys.${n as '1' | '2' | '3' | '4' | '5'}`), attrs: {} };
  }
  return { text: option.label.text, attrs: langAttrs(option.label.lang) };
}
