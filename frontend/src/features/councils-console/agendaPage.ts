// Preparing a meeting's agenda: the items so far, and what can be added: the council's ideas
// most supported first (a small count shown as "fewer than k", as the API gives it), the
// location's open threads, the results of its closed and published polls, or a free item with a
// title in the location's languages side by side.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { themeIcon, themeKeys } from '../../components/pictograms';
import { langAttrs, pick } from '../../components/translations';
import type { AddAgendaItemInput, AgendaSourcesQuery, Theme } from '../../gql/graphql';
import { currentLanguage, t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { translations } from '../staff/translationFields';
import { field, formatDate, loading, onSubmit, outcome, section, select } from '../staff/ui';
import { backLink, failed } from './CouncilPage';
import { AddAgendaItemMutation, AgendaSourcesDoc, type IdeaRow, isMeeting, MeetingAgendaDoc, type MeetingNode } from './councilData';
import { rankIdeas } from './meetingLogic';

export function agendaPage(_ctx: StaffContext, councilID: string, meetingID: string): StaffPage {
  return {
    title: t('staff.council.prepare'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(backLink(`/staff/council/${councilID}`, t('staff.council.title')), body);
      const load = (): void =>
        void Promise.all([execute(MeetingAgendaDoc, { meeting: meetingID, council: councilID }), execute(AgendaSourcesDoc)]).then(([{ node, councilIdeas }, sources]) => {
          if (!isMeeting(node)) {
            body.replaceChildren(h('h1', { tabindex: '-1' }, t('staff.errors.NOT_FOUND')));
            return;
          }
          const result = outcome();
          const add = (item: Omit<AddAgendaItemInput, 'meetingID'>): void =>
            void execute(AddAgendaItemMutation, { input: { meetingID, ...item } }).then(load, (error: unknown) => result.error(error));
          const base = `/staff/council/${councilID}/meetings/${meetingID}`;
          body.replaceChildren(
            h('h1', { tabindex: '-1' }, t('staff.council.prepareTitle', { date: formatDate(node.startsAt) })),
            h('p', { class: 'card-meta', dir: 'auto' }, node.place),
            result.element,
            section(
              t('staff.council.agenda'),
              node.agenda.length === 0
                ? h('p', {}, t('staff.council.emptyAgenda'))
                : h(
                    'ol',
                    { class: 'council-console-agenda' },
                    ...node.agenda.map((a) => h('li', { 'data-item': a.id }, a.theme && themeIcon(a.theme), h('span', a.titleText ? langAttrs(a.titleText.lang) : {}, a.titleText?.text ?? (a.theme ? t(`themes.${a.theme}`) : '–')))),
                  ),
              h(
                'div',
                { class: 'row-actions' },
                h('a', { class: 'button button-primary meeting-run', href: `${base}/run`, 'data-link': true }, icon('council'), h('span', {}, t('staff.council.run'))),
                h('a', { class: 'button button-secondary meeting-minutes', href: `${base}/minutes`, 'data-link': true }, icon('board'), h('span', {}, t('staff.council.minutes'))),
              ),
            ),
            node.minutesPublishedAt ? '' : sourcesSections(node, councilIdeas, sources, add),
          );
        }, failed(body));
      load();
    },
  };
}

type Add = (item: Omit<AddAgendaItemInput, 'meetingID'>) => void;

function addButton(label: string, run: () => void, className: string): HTMLElement {
  return h('button', { type: 'button', class: `button button-secondary button-small ${className}`, 'aria-label': label, on: { click: run } }, icon('write'), h('span', {}, t('staff.council.add')));
}

function sourcesSections(meeting: MeetingNode, ideas: readonly IdeaRow[], sources: AgendaSourcesQuery, add: Add): HTMLElement {
  const locationID = meeting.council.location.id;
  const threads = sources.threadBoard.filter((th) => th.locationID === locationID && (th.status === 'OPEN' || th.status === 'IN_PROGRESS'));
  const polls = (sources.polls.edges ?? [])
    .flatMap((e) => (e?.node ? [e.node] : []))
    .filter((p) => (p.status === 'CLOSED' || p.status === 'PUBLISHED') && (p.councilID === meeting.council.id || p.locationID === locationID));
  const ranked = rankIdeas(ideas);
  const language = currentLanguage();
  return h(
    'div',
    {},
    section(
      t('staff.council.fromIdeas'),
      ranked.length === 0
        ? h('p', {}, t('staff.council.noIdeas'))
        : h(
            'ul',
            { class: 'card-list council-source-ideas', role: 'list' },
            ...ranked.map((i) => {
              const title = i.titleText?.text ?? t(`themes.${i.theme}`);
              const supports = i.supportCountSuppressed ? t('staff.council.fewSupports') : t('staff.council.supportCount', { count: String(i.supportCount ?? 0) });
              return h(
                'li',
                { class: 'card council-source', 'data-idea': i.id, 'data-theme': i.theme },
                h('p', { class: 'card-title' }, themeIcon(i.theme), h('span', i.titleText ? langAttrs(i.titleText.lang) : {}, title)),
                h('p', { class: 'card-meta' }, supports),
                addButton(`${t('staff.council.add')}: ${title}`, () => add({ ideaID: i.id }), 'add-idea'),
              );
            }),
          ),
    ),
    section(
      t('staff.council.fromThreads'),
      threads.length === 0
        ? h('p', {}, t('staff.council.noThreads'))
        : h(
            'ul',
            { class: 'card-list', role: 'list' },
            ...threads.map((th) =>
              h(
                'li',
                { class: 'card council-source', 'data-thread': th.id },
                h('p', { class: 'card-title' }, themeIcon(th.theme), h('span', { dir: 'auto' }, th.title)),
                h('p', { class: 'card-meta' }, t(`board.status.${th.status}`)),
                addButton(`${t('staff.council.add')}: ${th.title}`, () => add({ threadID: th.id, title: [{ lang: th.conversation[0]?.language ?? 'nl', text: th.title.slice(0, 200) }] }), 'add-thread'),
              ),
            ),
          ),
    ),
    section(
      t('staff.council.fromPolls'),
      polls.length === 0
        ? h('p', {}, t('staff.council.noPolls'))
        : h(
            'ul',
            { class: 'card-list', role: 'list' },
            ...polls.map((p) => {
              const q = pick(p.question, language);
              return h(
                'li',
                { class: 'card council-source', 'data-poll': p.id },
                h('p', { class: 'card-title' }, themeIcon(p.theme), q ? h('span', langAttrs(q.lang), q.text) : ''),
                h('p', { class: 'card-meta' }, t(`staff.polls.status.${p.status}`)),
                addButton(`${t('staff.council.add')}: ${q?.text ?? ''}`, () => add({ pollID: p.id, title: p.question.map((x) => ({ lang: x.lang, text: x.text.slice(0, 200) })) }), 'add-poll'),
              );
            }),
          ),
    ),
    freeItemSection(meeting, add),
  );
}

function freeItemSection(meeting: MeetingNode, add: Add): HTMLElement {
  const languages = [...new Set([...(meeting.council.location.languages ?? []), 'nl', 'en'])];
  const title = translations(t('staff.council.itemTitle'), languages, 'item-title');
  const theme = select([['', t('staff.council.noTheme')], ...themeKeys.map((k): [string, string] => [k, t(`themes.${k}`)])], { name: 'theme' });
  const form = h(
    'form',
    { class: 'staff-form council-free-item' },
    title.element,
    field(t('staff.council.theme'), theme),
    h('button', { type: 'submit', class: 'button button-secondary' }, icon('write'), h('span', {}, t('staff.council.addItem'))),
  );
  onSubmit(form, async () => {
    add({ title: title.values(), theme: theme.value ? (theme.value as Theme) : null });
  });
  return section(t('staff.council.freeItem'), form);
}
