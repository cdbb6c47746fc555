// Recording what the meeting decided on one item: the outcome, the decision in the location's
// languages side by side (each missing one named), a due date for an adopted decision, and a show
// of hands as three counts, never who (checked here as the API checks it: meetingLogic.checkHands).
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import type { CouncilDecisionOutcome } from '../../gql/graphql';
import { t } from '../../i18n';
import { languageName, translations } from '../staff/translationFields';
import { field, input, onSubmit, outcome, select } from '../staff/ui';
import { RecordDecisionMutation, type AgendaRow, type MeetingNode } from './councilData';
import { checkHands, type HandsInput } from './meetingLogic';

const outcomes: readonly CouncilDecisionOutcome[] = ['ADOPTED', 'REJECTED', 'DEFERRED'];

export function decisionForm(meeting: MeetingNode, item: AgendaRow, done: () => void): HTMLFormElement {
  const locationLanguages = meeting.council.location.languages ?? [];
  const languages = [...new Set([...locationLanguages, 'nl', 'en'])];
  const result = outcome();
  const choice = select(outcomes.map((o) => [o, t(`staff.council.outcome.${o}`)]), { name: 'outcome' });
  const text = translations(t('staff.council.decisionText'), languages, `decision-${item.id}`, true);
  const due = input({ type: 'date', name: 'dueDate' });
  const dueField = field(t('staff.council.dueDate'), due);
  const warnings = h('ul', { class: 'translation-warnings' });
  const hands = {
    handsFor: input({ type: 'number', min: '0', max: String(meeting.council.memberCount), name: 'handsFor', inputmode: 'numeric' }),
    handsAgainst: input({ type: 'number', min: '0', max: String(meeting.council.memberCount), name: 'handsAgainst', inputmode: 'numeric' }),
    handsAbstain: input({ type: 'number', min: '0', max: String(meeting.council.memberCount), name: 'handsAbstain', inputmode: 'numeric' }),
  };
  const check = (): void => {
    warnings.replaceChildren(...text.missing(locationLanguages).map((c) => h('li', { class: 'badge badge-warning' }, icon('alert'), t('staff.answers.missing', { language: languageName(c) }))));
  };
  const sync = (): void => {
    dueField.hidden = choice.value !== 'ADOPTED';
  };
  text.onInput(check);
  choice.addEventListener('change', sync);
  check();
  sync();
  const form = h(
    'form',
    { class: 'staff-form council-decision-form', novalidate: true },
    field(t('staff.council.outcomeLabel'), choice),
    text.element,
    h('div', { role: 'status' }, warnings),
    dueField,
    h(
      'fieldset',
      { class: 'council-hands' },
      h('legend', {}, t('staff.council.hands.legend')),
      h('p', { class: 'field-hint' }, t('staff.council.hands.hint', { count: String(meeting.council.memberCount) })),
      h('div', { class: 'council-hands-grid' }, field(t('staff.council.hands.for'), hands.handsFor), field(t('staff.council.hands.against'), hands.handsAgainst), field(t('staff.council.hands.abstain'), hands.handsAbstain)),
    ),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary decision-record' }, icon('check'), h('span', {}, t('staff.council.record'))),
  );
  onSubmit(form, async () => {
    result.clear();
    for (const el of Object.values(hands)) el.removeAttribute('aria-invalid');
    const values: HandsInput = { handsFor: hands.handsFor.value, handsAgainst: hands.handsAgainst.value, handsAbstain: hands.handsAbstain.value };
    const counted = checkHands(values, meeting.council.memberCount);
    if (!counted.ok) {
      hands[counted.field].setAttribute('aria-invalid', 'true');
      result.element.className = 'outcome is-error';
      result.element.setAttribute('role', 'alert');
      result.element.replaceChildren(icon('alert'), h('p', {}, t(counted.message, { count: String(meeting.council.memberCount) })));
      hands[counted.field].focus();
      return;
    }
    const o = choice.value as CouncilDecisionOutcome;
    try {
      await execute(RecordDecisionMutation, {
        input: {
          agendaItemID: item.id,
          outcome: o,
          text: text.values(),
          dueDate: o === 'ADOPTED' && due.value ? new Date(`${due.value}T12:00:00Z`).toISOString() : null,
          ...(counted.hands ?? {}),
        },
      });
      done();
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}
