// The child's youth council: who is on it (pictures), the next meeting and its agenda in
// pictures and the child's language, what the council decided and how far it got, ideas to
// support and to propose (by pictures), the child's own ideas, and elections: stand (only if the
// child wants to) and vote (on the vote screen, sealed like every poll).
import type { Screen } from '../../app/router';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge, themeIcon } from '../../components/pictograms';
import { stopSpeaking } from '../../components/speech';
import { fallbackNote, langAttrs } from '../../components/translations';
import { youthFrame } from '../../components/YouthFrame';
import { currentLanguage, t, type MessageKey } from '../../i18n';
import { youthProblem } from '../youth-problem';
import { electionsSection } from './councilElections';
import { ideasSection } from './councilIdeas';
import { loadCouncil, type Area, type MyCouncil } from './councilData';
import '../feedback/feedback.css';
import './council.css';

export function councilScreen(): Screen {
  return {
    title: () => t('council.title'),
    render(outlet) {
      const body = h('div', { class: 'council-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('common.loading')));
      outlet.append(
        youthFrame(
          { home: true, className: 'council-screen', readAloud: () => body.innerText },
          h(
            'header',
            { class: 'screen-header' },
            h('span', { class: 'screen-pictogram' }, icon('council')),
            h('h1', { tabindex: '-1' }, t('council.title')),
            h('p', { class: 'screen-hint' }, t('council.hint')),
          ),
          body,
        ),
      );
      const load = (): void => {
        void loadCouncil(currentLanguage()).then(
          ({ myCouncil, me }) => {
            body.removeAttribute('aria-busy');
            if (!myCouncil) {
              body.replaceChildren(h('p', { class: 'empty' }, t('council.none')));
              return;
            }
            const areas: Area[] = me && 'location' in me ? (me.location.areas ?? []) : [];
            const sections = [
              membersSection(myCouncil),
              electionsSection(myCouncil, load),
              meetingSection(myCouncil),
              decisionsSection(myCouncil),
              ideasSection(myCouncil, areas, load),
            ];
            body.replaceChildren(...sections.filter((s): s is HTMLElement => s !== false));
          },
          (error: unknown) => body.replaceChildren(youthProblem(error)),
        );
      };
      load();
      return () => stopSpeaking();
    },
  };
}

/** A section with a pictogram and a heading. */
export function section(name: string, iconNode: Element, titleKey: MessageKey, ...content: Array<Node | false | null | undefined>): HTMLElement {
  return h(
    'section',
    { class: `council-section council-section-${name}`, 'aria-labelledby': `council-${name}-title` },
    h('h2', { id: `council-${name}-title` }, h('span', { class: 'council-section-icon' }, iconNode), h('span', {}, t(titleKey))),
    ...content,
  );
}

const roleKeys: Record<string, MessageKey> = {
  CHAIR: 'council.role.CHAIR',
  SECRETARY: 'council.role.SECRETARY',
  MEMBER: 'council.role.MEMBER',
};

function membersSection(c: MyCouncil): HTMLElement {
  const seats = c.members.map((m) =>
    h(
      'li',
      { class: `council-member${m.me ? ' is-me' : ''}`, 'data-member': m.pseudonym },
      avatarBadge(m.avatar, 'avatar council-avatar'),
      h('span', { class: 'council-member-name', dir: 'auto' }, m.pseudonym),
      h('span', { class: 'council-member-role' }, m.me ? `${t(roleKeys[m.role] ?? 'council.role.MEMBER')} · ${t('council.you')}` : t(roleKeys[m.role] ?? 'council.role.MEMBER')),
    ),
  );
  for (let i = 0; i < c.vacancies; i++) {
    seats.push(h('li', { class: 'council-member council-vacancy' }, h('span', { class: 'avatar council-avatar council-empty-seat', 'aria-hidden': 'true' }), h('span', { class: 'council-member-name' }, t('council.vacancy'))));
  }
  return section('members', icon('council'), 'council.members', h('ul', { class: 'council-members', role: 'list' }, ...seats));
}

function when(iso: string): string {
  const d = new Date(iso);
  const lang = currentLanguage();
  return t('council.when', {
    date: d.toLocaleDateString(lang, { weekday: 'long', day: 'numeric', month: 'long' }),
    time: d.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }),
  });
}

function meetingSection(c: MyCouncil): HTMLElement {
  const m = c.nextMeeting;
  if (!m) return section('meeting', icon('timer'), 'council.nextMeeting', h('p', { class: 'empty' }, t('council.noMeeting')));
  return section(
    'meeting',
    icon('timer'),
    'council.nextMeeting',
    h('p', { class: 'council-when' }, when(m.startsAt)),
    h('p', { class: 'council-place', dir: 'auto' }, m.place),
    h('h3', {}, t('council.agenda')),
    m.agenda.length === 0
      ? h('p', { class: 'empty' }, t('council.noAgenda'))
      : h(
          'ol',
          { class: 'council-agenda' },
          ...[...m.agenda]
            .sort((a, b) => a.position - b.position)
            .map((item) =>
              h(
                'li',
                { class: 'council-agenda-item' },
                h('span', { class: 'council-theme' }, themeIcon(item.theme ?? 'OTHER')),
                h(
                  'span',
                  {},
                  item.theme && h('span', { class: 'council-theme-name' }, t(`themes.${item.theme}` as MessageKey)),
                  item.titleText && h('span', { class: 'council-text', ...langAttrs(item.titleText.lang) }, item.titleText.text),
                  item.titleText && fallbackNote(item.titleText.lang),
                ),
              ),
            ),
        ),
  );
}

const statusKeys: Record<string, MessageKey> = {
  IN_PROGRESS: 'board.status.IN_PROGRESS',
  DONE: 'board.status.DONE',
  NOT_POSSIBLE: 'board.status.NOT_POSSIBLE',
};

function decisionsSection(c: MyCouncil): HTMLElement {
  return section(
    'decisions',
    icon('board'),
    'council.decisions',
    c.recentDecisions.length === 0
      ? h('p', { class: 'empty' }, t('council.noDecisions'))
      : h(
          'ul',
          { class: 'council-decisions', role: 'list' },
          ...c.recentDecisions.map((d) =>
            h(
              'li',
              { class: `council-decision status-${(d.status ?? 'IN_PROGRESS').toLowerCase()}`, 'data-decision': d.id },
              h('span', { class: 'council-theme' }, themeIcon(d.theme ?? 'OTHER')),
              h(
                'div',
                {},
                h('p', { class: 'council-text', ...langAttrs(d.text.lang) }, d.text.text),
                fallbackNote(d.text.lang),
                d.reason && h('p', { class: 'council-text', ...langAttrs(d.reason.lang) }, d.reason.text),
                d.dueDate && d.status !== 'DONE' && h('p', { class: 'council-due' }, t('council.due', { date: new Date(d.dueDate).toLocaleDateString(currentLanguage()) })),
              ),
              h('p', { class: 'council-status' }, icon(d.status === 'DONE' ? 'done' : d.status === 'NOT_POSSIBLE' ? 'alert' : 'timer'), h('span', {}, t(statusKeys[d.status ?? 'IN_PROGRESS'] ?? 'board.status.IN_PROGRESS'))),
            ),
          ),
        ),
  );
}
