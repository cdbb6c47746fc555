// Parts of a council's overview: its elections (call one, make the ballot from the children who
// chose to stand, follow its status) and its adopted decisions carried out to done, with the
// status model of a thread's answers (IN_PROGRESS, DONE, NOT_POSSIBLE with a reason children read).
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge } from '../../components/pictograms';
import { langAttrs, pick } from '../../components/translations';
import type { CouncilDecisionActionStatus } from '../../gql/graphql';
import { currentLanguage, t } from '../../i18n';
import { answerStatuses } from '../staff/answerForm';
import { translations } from '../staff/translationFields';
import { field, formatDate, formatDay, input, onSubmit, outcome, section, select } from '../staff/ui';
import { CallElectionMutation, CreateElectionMutation, UpdateDecisionStatusMutation, type CouncilNode, type ElectionRow, type MeetingRow } from './councilData';

export function electionsSection(council: CouncilNode, elections: readonly ElectionRow[], reload: () => void): HTMLElement {
  const nominating = elections.find((e) => e.status === 'NOMINATING');
  const running = elections.some((e) => e.status === 'NOMINATING' || e.status === 'VOTING');
  const list =
    elections.length === 0
      ? h('p', {}, t('staff.council.noElections'))
      : h(
          'ul',
          { class: 'card-list', role: 'list' },
          ...elections.map((e) =>
            h(
              'li',
              { class: 'card council-console-election', 'data-status': e.status },
              h('p', { class: 'card-title' }, t(`staff.council.electionStatus.${e.status}`), ` · ${t('staff.council.electionSeats', { seats: String(e.seats) })}`),
              e.closesAt && h('p', { class: 'card-meta' }, t('staff.council.closesAt', { date: formatDate(e.closesAt) })),
              h(
                'ul',
                { class: 'council-console-members', role: 'list' },
                ...e.candidates
                  .filter((c) => !c.withdrawn && c.pseudonym)
                  .map((c) =>
                    h('li', { class: 'council-console-member' }, avatarBadge(c.avatar ?? '', 'avatar avatar-small'), h('span', { dir: 'auto' }, c.pseudonym ?? ''), c.elected && h('span', { class: 'badge' }, t('council.elected'))),
                  ),
              ),
            ),
          ),
        );
  return section(t('staff.council.elections'), list, nominating ? ballotForm(council, nominating, reload) : running ? '' : callForm(council, reload));
}

function callForm(council: CouncilNode, reload: () => void): HTMLElement {
  const seats = input({ type: 'number', min: '1', max: '19', name: 'seats', required: true, value: String(council.vacancies || 5) });
  const result = outcome();
  const form = h(
    'form',
    { class: 'staff-form council-call-election' },
    field(t('staff.council.seatsToFill'), seats, council.seats > 0 ? t('staff.council.byElectionHint', { vacancies: String(council.vacancies) }) : undefined),
    result.element,
    h('button', { type: 'submit', class: 'button button-secondary' }, icon('vote'), h('span', {}, t('staff.council.callElection'))),
  );
  onSubmit(form, async () => {
    try {
      await execute(CallElectionMutation, { input: { councilID: council.id, seats: Number(seats.value) } });
      reload();
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}

function ballotForm(council: CouncilNode, election: ElectionRow, reload: () => void): HTMLElement {
  const standing = election.candidates.filter((c) => !c.withdrawn && c.memberID);
  const boxes = standing.map((c) => {
    const box = input({ type: 'checkbox', name: 'candidate', value: c.memberID ?? '', checked: true });
    return h('label', { class: 'check-row' }, box, avatarBadge(c.avatar ?? '', 'avatar avatar-small'), h('span', { dir: 'auto' }, c.pseudonym ?? ''));
  });
  const closesAt = input({ type: 'datetime-local', name: 'closesAt', required: true });
  const result = outcome();
  const form = h(
    'form',
    { class: 'staff-form council-create-election' },
    h('fieldset', {}, h('legend', {}, t('staff.council.candidates')), standing.length === 0 ? h('p', {}, t('staff.council.noCandidates')) : h('div', {}, ...boxes)),
    field(t('staff.council.ballotCloses'), closesAt),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, icon('vote'), h('span', {}, t('staff.council.openBallot'))),
  );
  onSubmit(form, async () => {
    const ids = [...form.querySelectorAll<HTMLInputElement>('input[name=candidate]:checked')].map((b) => b.value);
    try {
      await execute(CreateElectionMutation, {
        input: { councilID: council.id, seats: election.seats, candidateIDs: ids, closesAt: new Date(closesAt.value).toISOString() },
      });
      reload();
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}

export function decisionsSection(meetings: readonly MeetingRow[], locationLanguages: readonly string[], reload: () => void): HTMLElement {
  const adopted = meetings.flatMap((m) => m.agenda.flatMap((a) => (a.decision?.outcome === 'ADOPTED' ? [{ item: a, decision: a.decision, meeting: m }] : [])));
  return section(
    t('staff.council.decisions'),
    adopted.length === 0
      ? h('p', {}, t('staff.council.noDecisions'))
      : h(
          'ul',
          { class: 'card-list', role: 'list' },
          ...adopted.map(({ decision, meeting }) => {
            const text = pick(decision.text, currentLanguage());
            return h(
              'li',
              { class: 'card council-console-decision', 'data-decision': decision.id },
              h('p', { class: 'card-title' }, text ? h('span', langAttrs(text.lang), text.text) : ''),
              h(
                'p',
                { class: 'card-meta' },
                [formatDate(meeting.startsAt), decision.actionStatus ? t(`board.status.${decision.actionStatus}`) : '', decision.dueDate ? t('staff.council.due', { date: formatDay(decision.dueDate) }) : '']
                  .filter(Boolean)
                  .join(' · '),
              ),
              statusForm(decision.id, locationLanguages, reload),
            );
          }),
        ),
  );
}

function statusForm(decisionID: string, locationLanguages: readonly string[], reload: () => void): HTMLElement {
  const status = select(answerStatuses.map((s) => [s, t(`board.status.${s}`)]), { name: 'status' });
  const reason = translations(t('staff.answers.reason'), [...new Set([...locationLanguages, 'nl', 'en'])], `reason-${decisionID}`, true);
  const result = outcome();
  const sync = (): void => {
    reason.element.hidden = status.value !== 'NOT_POSSIBLE';
  };
  status.addEventListener('change', sync);
  sync();
  const form = h(
    'form',
    { class: 'staff-form council-decision-status' },
    field(t('staff.answers.status'), status),
    reason.element,
    result.element,
    h('button', { type: 'submit', class: 'button button-secondary button-small' }, h('span', {}, t('staff.council.saveStatus'))),
  );
  onSubmit(form, async () => {
    const s = status.value as CouncilDecisionActionStatus;
    try {
      await execute(UpdateDecisionStatusMutation, { input: { decisionID, status: s, reason: s === 'NOT_POSSIBLE' ? reason.values() : null } });
      reload();
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}
