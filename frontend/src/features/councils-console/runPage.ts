// The meeting on a large screen: one agenda item at a time in big type, next and previous by
// button or arrow key (the reading direction's: → moves on in a left-to-right language, ← in a
// right-to-left one), and per item the decision (decisionForm.ts) or a quick anonymous poll on
// the council's tablets (the polls API: a YES_NO poll, opened at once, its turnout live).
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { themeIcon } from '../../components/pictograms';
import { langAttrs } from '../../components/translations';
import { currentLanguage, t } from '../../i18n';
import { liveTurnout } from '../polls/pollTurnout';
import type { StaffContext, StaffPage } from '../staff/console';
import { formatDay, loading, outcome } from '../staff/ui';
import { backLink, failed } from './CouncilPage';
import { isMeeting, LinkAgendaItemPollMutation, MeetingAgendaDoc, OpenQuickPollMutation, QuickPollMutation, type AgendaRow, type MeetingNode } from './councilData';
import { decisionForm } from './decisionForm';
import { stepTo, textIn } from './meetingLogic';

export function runPage(_ctx: StaffContext, councilID: string, meetingID: string): StaffPage {
  return {
    title: t('staff.council.run'),
    render(main) {
      const body = h('div', {}, loading());
      const screen = h('div', { class: 'council-run' }, body);
      main.append(backLink(`/staff/council/${councilID}/meetings/${meetingID}`, t('staff.council.prepare')), screen);
      let index = 0;
      let meeting: MeetingNode | undefined;
      let stops: Array<() => void> = [];
      const stopAll = (): void => {
        for (const s of stops) s();
        stops = [];
      };
      const draw = (focus: boolean): void => {
        stopAll();
        if (!meeting) return;
        body.replaceChildren(slide(meeting, index, { go, reload, stops }, councilID));
        if (focus) body.querySelector<HTMLElement>('.council-run-title')?.focus();
      };
      const go = (next: number): void => {
        if (!meeting || next === index || next < 0 || next >= meeting.agenda.length) return;
        index = next;
        draw(true);
      };
      const reload = (): void =>
        void execute(MeetingAgendaDoc, { meeting: meetingID, council: councilID }).then(({ node }) => {
          if (!isMeeting(node)) {
            body.replaceChildren(h('h1', { tabindex: '-1' }, t('staff.errors.NOT_FOUND')));
            return;
          }
          meeting = node;
          index = Math.min(index, Math.max(node.agenda.length - 1, 0));
          draw(false);
        }, failed(body));
      const onKey = (event: KeyboardEvent): void => {
        const target = event.target as HTMLElement | null;
        if (target?.closest('input, textarea, select')) return; // typing, not stepping
        const next = meeting && stepTo(event.key, index, meeting.agenda.length, document.documentElement.dir === 'rtl');
        if (next === undefined || next === null) return;
        event.preventDefault();
        go(next);
      };
      document.addEventListener('keydown', onKey);
      reload();
      return () => {
        document.removeEventListener('keydown', onKey);
        stopAll();
      };
    },
  };
}

interface SlideDeps {
  go(index: number): void;
  reload(): void;
  stops: Array<() => void>;
}

function slide(meeting: MeetingNode, index: number, deps: SlideDeps, councilID: string): HTMLElement {
  const count = meeting.agenda.length;
  const minutes = `/staff/council/${councilID}/meetings/${meeting.id}/minutes`;
  if (count === 0) return h('div', {}, h('h1', { tabindex: '-1', class: 'council-run-title' }, t('staff.council.emptyAgenda')));
  const item = meeting.agenda[index] as AgendaRow;
  const title = item.titleText?.text ?? (item.theme ? t(`themes.${item.theme}`) : '–');
  const nav = h(
    'nav',
    { class: 'council-run-nav', 'aria-label': t('staff.council.agenda') },
    h('button', { type: 'button', class: 'button button-secondary run-previous', disabled: index === 0, on: { click: () => deps.go(index - 1) } }, icon('back', { mirrorInRtl: true }), h('span', {}, t('staff.council.previous'))),
    h('p', { class: 'council-run-position', 'aria-live': 'polite' }, t('staff.council.position', { n: String(index + 1), count: String(count) })),
    index < count - 1
      ? h('button', { type: 'button', class: 'button button-primary run-next', on: { click: () => deps.go(index + 1) } }, h('span', {}, t('staff.council.next')))
      : h('a', { class: 'button button-primary run-minutes', href: minutes, 'data-link': true }, icon('board'), h('span', {}, t('staff.council.toMinutes'))),
  );
  return h(
    'section',
    { class: 'council-run-slide', 'data-item': item.id, 'aria-roledescription': t('staff.council.slide') },
    h('h1', { tabindex: '-1', class: 'council-run-title', ...(item.titleText ? langAttrs(item.titleText.lang) : {}) }, item.theme && themeIcon(item.theme, 'icon council-run-theme'), h('span', {}, title)),
    item.decision ? decided(item) : h('div', { class: 'council-run-work' }, decisionForm(meeting, item, deps.reload), quickPoll(meeting, item, title, deps)),
    nav,
  );
}

function decided(item: AgendaRow): HTMLElement {
  const d = item.decision!;
  const language = currentLanguage();
  const text = textIn(d.text, language) !== undefined ? { lang: language, text: textIn(d.text, language)! } : d.text[0];
  return h(
    'div',
    { class: 'council-run-decided', 'data-outcome': d.outcome },
    h('p', { class: 'council-run-outcome' }, icon('done'), h('span', {}, t(`staff.council.outcome.${d.outcome}`))),
    text && h('p', { class: 'council-run-text', ...langAttrs(text.lang) }, text.text),
    d.hands && h('p', { class: 'council-run-hands' }, t('staff.council.hands.summary', { for: String(d.hands.inFavour), against: String(d.hands.against), abstain: String(d.hands.abstain) })),
    d.dueDate && h('p', { class: 'card-meta' }, t('staff.council.due', { date: formatDay(d.dueDate) })),
  );
}

function quickPoll(meeting: MeetingNode, item: AgendaRow, title: string, deps: SlideDeps): HTMLElement {
  const result = outcome();
  const place = h('div', { class: 'council-quick-poll' });
  const question = item.title && item.title.length > 0 ? item.title : [{ lang: item.titleText?.lang ?? currentLanguage(), text: title }];
  const start = h(
    'button',
    {
      type: 'button',
      class: 'button button-secondary quick-poll-start',
      on: {
        click: () => {
          start.disabled = true;
          void execute(QuickPollMutation, {
            input: { scope: 'COUNCIL', councilID: meeting.council.id, kind: 'YES_NO', theme: item.theme ?? 'INFORMATION_PARTICIPATION', question: question.map((q) => ({ lang: q.lang, text: q.text.slice(0, 200) })) },
          })
            .then(({ createPoll }) => execute(OpenQuickPollMutation, { id: createPoll.id }))
            // The poll becomes the item's (pollID): the minutes and the agenda show its results.
            .then(({ openPoll }) => execute(LinkAgendaItemPollMutation, { item: item.id, poll: openPoll.id }))
            .then(({ linkAgendaItemPoll }) => {
              if (linkAgendaItemPoll.pollID) place.replaceChildren(...linkedPoll(linkAgendaItemPoll.pollID, deps));
            })
            .catch((error: unknown) => {
              start.disabled = false;
              result.error(error);
            });
        },
      },
    },
    icon('tablet'),
    h('span', {}, t('staff.council.quickPoll')),
  );
  if (item.pollID) place.append(...linkedPoll(item.pollID, deps));
  else place.append(h('p', { class: 'field-hint' }, t('staff.council.quickPollHint')), start, result.element);
  return place;
}

/** The item's poll: its turnout live while it is open, and a link to its results. */
function linkedPoll(pollID: string, deps: SlideDeps): HTMLElement[] {
  const live = liveTurnout(pollID, 'council-run-turnout');
  deps.stops.push(live.stop);
  return [
    h('p', {}, t('staff.council.quickPollOpen')),
    live.element,
    h('a', { class: 'button button-secondary quick-poll-results', href: `/staff/polls/${pollID}`, 'data-link': true }, icon('chart'), h('span', {}, t('staff.council.quickPollResults'))),
  ];
}
