// The minutes: every agenda item with its title and decision in all languages side by side (a
// missing one marked), the number of children who came, and publishing, asked for first with the
// warnings the API gives (minutesCheck: languages missing, items without a decision). Children
// read the decisions from then on; nothing can be recorded afterwards.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { langAttrs } from '../../components/translations';
import { t } from '../../i18n';
import { confirmAction } from '../staff/confirm';
import type { StaffContext, StaffPage } from '../staff/console';
import { languageName } from '../staff/translationFields';
import { field, formatDate, formatDay, input, loading, onSubmit, outcome, section } from '../staff/ui';
import { backLink, failed } from './CouncilPage';
import { type AgendaRow, isMeeting, MeetingAgendaDoc, type MeetingNode, MinutesCheckDoc, PublishMinutesMutation } from './councilData';
import { minutesLanguages, textIn } from './meetingLogic';

interface Warnings {
  missingTranslations: ReadonlyArray<{ agendaItemID: string; field: string; languages: readonly string[] }>;
  undecidedAgendaItemIDs: readonly string[];
}

/** The warnings as sentences, naming the item by its title. */
export function warningTexts(w: Warnings, agenda: readonly AgendaRow[]): string[] {
  const name = (id: string): string => {
    const item = agenda.find((a) => a.id === id);
    return item?.titleText?.text ?? (item?.theme ? t(`themes.${item.theme}`) : id);
  };
  return [
    ...w.undecidedAgendaItemIDs.map((id) => t('staff.council.undecided', { item: name(id) })),
    ...w.missingTranslations.map((m) =>
      t(m.field === 'title' ? 'staff.council.missingTitle' : 'staff.council.missingDecision', { item: name(m.agendaItemID), languages: m.languages.map(languageName).join(', ') }),
    ),
  ];
}

export function minutesPage(_ctx: StaffContext, councilID: string, meetingID: string): StaffPage {
  return {
    title: t('staff.council.minutes'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(backLink(`/staff/council/${councilID}`, t('staff.council.title')), body);
      const load = (after?: Warnings): void =>
        void execute(MeetingAgendaDoc, { meeting: meetingID, council: councilID }).then(({ node }) => {
          if (!isMeeting(node)) {
            body.replaceChildren(h('h1', { tabindex: '-1' }, t('staff.errors.NOT_FOUND')));
            return;
          }
          body.replaceChildren(
            h('h1', { tabindex: '-1' }, t('staff.council.minutesTitle', { date: formatDate(node.startsAt) })),
            h('p', { class: 'card-meta', dir: 'auto' }, node.place),
            minutesTable(node),
            node.minutesPublishedAt ? published(node, after) : publishForm(node, load),
          );
        }, failed(body));
      load();
    },
  };
}

function minutesTable(meeting: MeetingNode): HTMLElement {
  const languages = minutesLanguages(meeting.council.location.languages ?? [], meeting.agenda.flatMap((a) => [a.title ?? [], a.decision?.text ?? []]));
  const required = new Set(meeting.council.location.languages ?? []);
  const cell = (ts: ReadonlyArray<{ lang: string; text: string }> | null | undefined, lang: string, usesTitle: boolean): HTMLElement => {
    const text = textIn(ts, lang);
    if (text !== undefined) return h('td', langAttrs(lang), text);
    if (!usesTitle || !required.has(lang)) return h('td', { class: 'is-empty' }, '–');
    return h('td', { class: 'is-missing' }, h('span', { class: 'badge badge-warning' }, icon('alert'), t('staff.council.missing')));
  };
  return section(
    t('staff.council.agenda'),
    meeting.agenda.length === 0
      ? h('p', {}, t('staff.council.emptyAgenda'))
      : h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'council-minutes' },
            h('caption', { class: 'visually-hidden' }, t('staff.council.minutes')),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('staff.council.item')), ...languages.map((l) => h('th', { scope: 'col' }, languageName(l))))),
            h(
              'tbody',
              {},
              ...meeting.agenda.flatMap((a, i) => {
                const label = `${i + 1}. ${a.decision ? t(`staff.council.outcome.${a.decision.outcome}`) : t('staff.council.noDecision')}`;
                const hands = a.decision?.hands;
                const meta = [label, hands ? t('staff.council.hands.summary', { for: String(hands.inFavour), against: String(hands.against), abstain: String(hands.abstain) }) : '', a.decision?.dueDate ? t('staff.council.due', { date: formatDay(a.decision.dueDate) }) : '']
                  .filter(Boolean)
                  .join(' · ');
                return [
                  h('tr', { class: 'minutes-title', 'data-item': a.id }, h('th', { scope: 'row' }, meta), ...languages.map((l) => (a.title?.length ? cell(a.title, l, true) : l === a.titleText?.lang ? h('td', langAttrs(l), a.titleText.text) : h('td', { class: 'is-empty' }, '–')))),
                  h('tr', { class: 'minutes-decision', 'data-item': a.id }, h('th', { scope: 'row' }, t('staff.council.decision')), ...languages.map((l) => cell(a.decision?.text, l, !!a.decision))),
                ];
              }),
            ),
          ),
        ),
  );
}

function published(meeting: MeetingNode, after: Warnings | undefined): HTMLElement {
  const texts = after ? warningTexts(after, meeting.agenda) : [];
  return section(
    t('staff.council.publishedTitle'),
    h('p', { class: 'minutes-published', role: 'status' }, t('staff.council.published', { date: formatDate(meeting.minutesPublishedAt) })),
    meeting.attendance !== null && meeting.attendance !== undefined && h('p', {}, t('staff.council.attendanceCount', { count: String(meeting.attendance) })),
    texts.length > 0 && h('ul', { class: 'confirm-warnings', role: 'list' }, ...texts.map((w) => h('li', { class: 'badge badge-warning' }, icon('alert'), h('span', {}, w)))),
  );
}

function publishForm(meeting: MeetingNode, reload: (after?: Warnings) => void): HTMLElement {
  const attendance = input({ type: 'number', min: '0', max: '10000', name: 'attendance', inputmode: 'numeric' });
  const result = outcome();
  const form = h(
    'form',
    { class: 'staff-form council-publish' },
    field(t('staff.council.attendance'), attendance, t('staff.council.attendanceHint')),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary minutes-publish' }, icon('board'), h('span', {}, t('staff.council.publish'))),
  );
  onSubmit(form, async () => {
    result.clear();
    try {
      const { minutesCheck } = await execute(MinutesCheckDoc, { meeting: meeting.id });
      const warnings = warningTexts(minutesCheck, meeting.agenda);
      const yes = await confirmAction({
        title: t('staff.council.publishConfirmTitle'),
        text: t('staff.council.publishConfirm'),
        warnings,
        confirm: warnings.length > 0 ? t('staff.council.publishAnyway') : t('staff.council.publish'),
      });
      if (!yes) return;
      const { publishMinutes } = await execute(PublishMinutesMutation, { meeting: meeting.id, attendance: attendance.value === '' ? null : Number(attendance.value) });
      reload(publishMinutes);
    } catch (error) {
      result.error(error);
    }
  });
  return section(t('staff.council.publishTitle'), form);
}
