// "You said, we did", the adults' side, one form for every answer to children: of a thread
// (features/answers) and of a published poll (features/polls/pollResults.ts). A status, the
// answer in the location's languages side by side with a warning for each one still missing
// (children read theirs, else Dutch, else English), a date for work in progress and a reason
// when it is not possible, as the API asks (RespondToThreadInput, RespondToPollInput).
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import type { ThreadResponseStatus, TranslationInput } from '../../gql/graphql';
import { t } from '../../i18n';
import { languageName, translations } from './translationFields';
import { field, input, onSubmit, outcome, select } from './ui';

export const answerStatuses: readonly ThreadResponseStatus[] = ['IN_PROGRESS', 'DONE', 'NOT_POSSIBLE'];

export interface Answer {
  status: ThreadResponseStatus;
  body: TranslationInput[];
  commitmentDate: string | null;
  reason: TranslationInput[] | null;
}

/**
 * The form; `locationLanguages` are the languages children of the location read (each missing
 * one is named), `send` gives the answer to the API and `done` runs once it was accepted.
 */
export function answerForm(locationLanguages: readonly string[], send: (answer: Answer) => Promise<unknown>, done: () => void, className = ''): HTMLFormElement {
  // The location's languages first, then Dutch and English as the fallbacks.
  const languages = [...new Set([...locationLanguages, 'nl', 'en'])];
  const status = select(answerStatuses.map((s) => [s, t(`board.status.${s}`)]), { name: 'status' });
  const commitment = input({ type: 'date', name: 'commitmentDate' });
  const commitmentField = field(t('staff.answers.commitment'), commitment);
  const body = translations(t('staff.answers.text'), languages, 'body', true);
  const reason = translations(t('staff.answers.reason'), languages, 'reason', true);
  const warningList = h('ul', { class: 'translation-warnings' });
  const result = outcome();

  const check = (): void => {
    warningList.replaceChildren(
      ...body.missing(locationLanguages).map((c) => h('li', { class: 'badge badge-warning' }, icon('alert'), t('staff.answers.missing', { language: languageName(c) }))),
    );
  };
  const sync = (): void => {
    commitmentField.hidden = status.value !== 'IN_PROGRESS';
    reason.element.hidden = status.value !== 'NOT_POSSIBLE';
  };
  body.onInput(check);
  status.addEventListener('change', sync);
  sync();
  check();

  const form = h(
    'form',
    { class: `staff-form answer-form ${className}`.trim() },
    field(t('staff.answers.status'), status),
    body.element,
    h('div', { role: 'status' }, warningList),
    commitmentField,
    reason.element,
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, icon('board'), h('span', {}, t('staff.answers.send'))),
  );
  onSubmit(form, async () => {
    result.clear();
    const s = status.value as ThreadResponseStatus;
    try {
      await send({
        status: s,
        body: body.values(),
        commitmentDate: s === 'IN_PROGRESS' && commitment.value ? new Date(`${commitment.value}T12:00:00Z`).toISOString() : null,
        reason: s === 'NOT_POSSIBLE' ? reason.values() : null,
      });
      done();
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}
