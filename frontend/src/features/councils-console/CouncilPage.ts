// The facilitator's council pages (/staff/council/…): the councils to choose from, a council's
// overview (members and vacancies, the support threshold, meetings, elections, decisions), and
// per meeting the agenda (agendaPage.ts), the meeting on a large screen (runPage.ts) and the
// minutes (minutesPage.ts). The operations are in councilData.ts; the API decides who may.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge } from '../../components/pictograms';
import { langAttrs } from '../../components/translations';
import { t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { field, formatDate, input, loading, onSubmit, outcome, section } from '../staff/ui';
import { agendaPage } from './agendaPage';
import { CouncilListDoc, type CouncilNode, CouncilOverviewDoc, CreateMeetingMutation, isCouncil, type MeetingRow, SetSupportThresholdMutation } from './councilData';
import { decisionsSection, electionsSection } from './overviewParts';
import { minutesPage } from './minutesPage';
import { runPage } from './runPage';
import './councils-console.css';

export function councilPage(ctx: StaffContext, rest: readonly string[]): StaffPage {
  const [councilID, what, meetingID, step] = rest;
  if (!councilID) return listPage();
  if (what === 'meetings' && meetingID) {
    if (step === 'run') return runPage(ctx, councilID, meetingID);
    if (step === 'minutes') return minutesPage(ctx, councilID, meetingID);
    return agendaPage(ctx, councilID, meetingID);
  }
  return overviewPage(ctx, councilID);
}

/** A link back to a page of the section. */
export function backLink(href: string, label: string): HTMLElement {
  return h('p', { class: 'no-print' }, h('a', { href, 'data-link': true }, icon('back', { mirrorInRtl: true }), h('span', {}, label)));
}

/** Shows an error where the page would be. */
export function failed(into: HTMLElement): (error: unknown) => void {
  return (error) => {
    const o = outcome();
    o.error(error);
    into.replaceChildren(o.element);
  };
}

function listPage(): StaffPage {
  return {
    title: t('staff.council.title'),
    render(main) {
      const list = h('div', {}, loading());
      main.append(h('h1', { tabindex: '-1' }, t('staff.council.title')), h('p', { class: 'field-hint' }, t('staff.council.hint')), list);
      void execute(CouncilListDoc).then(({ locations }) => {
        const rows = (locations.edges ?? []).flatMap((e) => (e?.node ? e.node.councils?.map((c) => ({ council: c, location: e.node!.name })) ?? [] : []));
        list.replaceChildren(
          rows.length === 0
            ? h('p', {}, t('staff.council.none'))
            : h(
                'ul',
                { class: 'card-list', role: 'list' },
                ...rows.map(({ council, location }) =>
                  h(
                    'li',
                    { class: 'card', 'data-council': council.id },
                    h('p', { class: 'card-title' }, icon('council'), h('a', { href: `/staff/council/${council.id}`, 'data-link': true, class: 'council-open' }, council.name)),
                    h('p', { class: 'card-meta' }, location),
                  ),
                ),
              ),
        );
      }, failed(list));
    },
  };
}

function overviewPage(ctx: StaffContext, councilID: string): StaffPage {
  return {
    title: t('staff.council.title'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(backLink('/staff/council', t('staff.council.title')), body);
      const load = (): void =>
        void execute(CouncilOverviewDoc, { id: councilID }).then(({ node, councilMeetings, councilElections }) => {
          if (!isCouncil(node)) {
            body.replaceChildren(h('h1', { tabindex: '-1' }, t('staff.errors.NOT_FOUND')));
            return;
          }
          body.replaceChildren(
            h('h1', { tabindex: '-1' }, node.name),
            h('p', { class: 'card-meta' }, node.location.name),
            membersSection(node),
            thresholdSection(node, load),
            meetingsSection(ctx, node, councilMeetings),
            electionsSection(node, councilElections, load),
            decisionsSection(councilMeetings, node.location.languages ?? [], load),
          );
        }, failed(body));
      load();
    },
  };
}

function membersSection(council: CouncilNode): HTMLElement {
  const active = (council.memberships ?? []).filter((m) => !m.leftAt && m.member.status === 'ACTIVE');
  const order = { CHAIR: 0, SECRETARY: 1, MEMBER: 2 } as const;
  active.sort((a, b) => order[a.role] - order[b.role] || a.member.pseudonym.localeCompare(b.member.pseudonym));
  return section(
    t('staff.council.members'),
    h('p', { class: 'card-meta' }, t('staff.council.memberCount', { count: String(council.memberCount) }), council.seats > 0 ? ` · ${t('staff.council.seats', { seats: String(council.seats), vacancies: String(council.vacancies) })}` : ''),
    h(
      'ul',
      { class: 'council-console-members', role: 'list' },
      ...active.map((m) =>
        h(
          'li',
          { class: 'council-console-member', 'data-member': m.member.pseudonym },
          avatarBadge(m.member.avatar, 'avatar avatar-small'),
          h('span', { dir: 'auto' }, m.member.pseudonym),
          m.role !== 'MEMBER' && h('span', { class: 'badge' }, t(`council.role.${m.role}`)),
        ),
      ),
      ...Array.from({ length: council.vacancies }, () => h('li', { class: 'council-console-member is-vacant' }, h('span', {}, t('staff.council.vacancy')))),
    ),
  );
}

function thresholdSection(council: CouncilNode, reload: () => void): HTMLElement {
  const supports = input({ type: 'number', min: '1', max: '1000', name: 'supports', required: true, value: String(council.supportThreshold) });
  const result = outcome();
  const form = h(
    'form',
    { class: 'staff-form council-threshold' },
    field(t('staff.council.threshold'), supports, t('staff.council.thresholdHint')),
    result.element,
    h('button', { type: 'submit', class: 'button button-secondary' }, h('span', {}, t('staff.council.save'))),
  );
  onSubmit(form, async () => {
    try {
      await execute(SetSupportThresholdMutation, { council: council.id, supports: Number(supports.value) });
      reload();
    } catch (error) {
      result.error(error);
    }
  });
  return section(t('staff.council.supports'), form);
}

function meetingsSection(ctx: StaffContext, council: CouncilNode, meetings: readonly MeetingRow[]): HTMLElement {
  const startsAt = input({ type: 'datetime-local', name: 'startsAt', required: true });
  const place = input({ name: 'place', required: true, maxlength: '200' });
  const result = outcome();
  const form = h(
    'form',
    { class: 'staff-form council-new-meeting' },
    field(t('staff.council.startsAt'), startsAt),
    field(t('staff.council.place'), place),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, icon('write'), h('span', {}, t('staff.council.newMeeting'))),
  );
  onSubmit(form, async () => {
    try {
      const { createMeeting } = await execute(CreateMeetingMutation, {
        input: { councilID: council.id, startsAt: new Date(startsAt.value).toISOString(), place: place.value },
      });
      ctx.navigate(`/staff/council/${council.id}/meetings/${createMeeting.id}`);
    } catch (error) {
      result.error(error);
    }
  });
  const base = `/staff/council/${council.id}/meetings`;
  return section(
    t('staff.council.meetings'),
    meetings.length === 0
      ? h('p', {}, t('staff.council.noMeetings'))
      : h(
          'ul',
          { class: 'card-list', role: 'list' },
          ...meetings.map((m) =>
            h(
              'li',
              { class: 'card council-meeting', 'data-meeting': m.id },
              h('p', { class: 'card-title' }, `${formatDate(m.startsAt)} · `, h('span', { dir: 'auto' }, m.place)),
              h('p', { class: 'card-meta' }, m.minutesPublishedAt ? t('staff.council.published', { date: formatDate(m.minutesPublishedAt) }) : t('staff.council.items', { count: String(m.agenda.length) })),
              h(
                'ul',
                { class: 'plain-list' },
                ...m.agenda.map((a) => h('li', a.titleText ? langAttrs(a.titleText.lang) : {}, a.titleText?.text ?? '–')),
              ),
              h(
                'div',
                { class: 'row-actions' },
                !m.minutesPublishedAt && h('a', { class: 'button button-secondary button-small meeting-agenda', href: `${base}/${m.id}`, 'data-link': true }, icon('write'), h('span', {}, t('staff.council.prepare'))),
                !m.minutesPublishedAt && h('a', { class: 'button button-secondary button-small meeting-run', href: `${base}/${m.id}/run`, 'data-link': true }, icon('council'), h('span', {}, t('staff.council.run'))),
                h('a', { class: 'button button-secondary button-small meeting-minutes', href: `${base}/${m.id}/minutes`, 'data-link': true }, icon('board'), h('span', {}, t('staff.council.minutes'))),
              ),
            ),
          ),
        ),
    form,
  );
}
