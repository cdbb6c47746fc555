// "You said, we did", the adults' side: a manager answers a thread with a new status, in as
// many languages as they can, side by side, with a warning for each language of the
// location still missing (children read theirs, else Dutch, else English).
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { themeIcon } from '../../components/pictograms';
import { langAttrs } from '../../components/translations';
import { graphql } from '../../gql';
import type { StaffThreadsQuery, ThreadResponseStatus } from '../../gql/graphql';
import { t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { field, input, loading, onSubmit, outcome, select } from '../staff/ui';
import { languageName } from '../staff/translationFields';
import './answers.css';

const StaffThreadsDoc = graphql(`
  query StaffThreads {
    threadBoard {
      id
      title
      theme
      status
      meTooCount
      location {
        id
        name
        languages
      }
      conversation {
        id
        body
        language
      }
      latestResponse(language: "nl") {
        text
        language
        status
      }
    }
  }
`);

const RespondMutation = graphql(`
  mutation RespondToThread($input: RespondToThreadInput!) {
    respondToThread(input: $input) {
      id
      status
    }
  }
`);

const statuses: readonly ThreadResponseStatus[] = ['IN_PROGRESS', 'DONE', 'NOT_POSSIBLE'];

type Thread = StaffThreadsQuery['threadBoard'][number];

export function answersPage(_ctx: StaffContext): StaffPage {
  return {
    title: t('staff.answers.title'),
    render(main) {
      const list = h('div', {}, loading());
      main.append(h('h1', { tabindex: '-1' }, t('staff.answers.title')), h('p', { class: 'field-hint' }, t('staff.answers.hint')), list);
      const load = (): void => {
        void execute(StaffThreadsDoc).then(
          ({ threadBoard }) => {
            list.replaceChildren(
              threadBoard.length === 0
                ? h('p', {}, t('staff.answers.empty'))
                : h('ul', { class: 'card-list', role: 'list' }, ...threadBoard.map((th) => threadCard(th, load))),
            );
          },
          (error: unknown) => {
            const o = outcome();
            o.error(error);
            list.replaceChildren(o.element);
          },
        );
      };
      load();
    },
  };
}

function threadCard(thread: Thread, reload: () => void): HTMLElement {
  const form = answerForm(thread, reload);
  form.hidden = true;
  return h(
    'li',
    { class: 'card answer-card', 'data-thread': thread.id },
    h(
      'p',
      { class: 'card-title' },
      themeIcon(thread.theme),
      h('span', { dir: 'auto' }, thread.title),
      h('span', { class: 'card-meta' }, ` · ${thread.location.name} · ${t(`board.status.${thread.status}`)} · ${t('staff.answers.meToo', { count: String(thread.meTooCount) })}`),
    ),
    h('ul', { class: 'plain-list' }, ...thread.conversation.map((p) => h('li', langAttrs(p.language), p.body))),
    thread.latestResponse &&
      h('p', { class: 'card-meta' }, `${t('staff.answers.latest')}: `, h('span', langAttrs(thread.latestResponse.language), thread.latestResponse.text)),
    h(
      'button',
      {
        type: 'button',
        class: 'button button-secondary button-small open-answer',
        on: {
          click: (event) => {
            form.hidden = false;
            (event.currentTarget as HTMLElement).hidden = true;
            form.querySelector<HTMLElement>('textarea')?.focus();
          },
        },
      },
      icon('write'),
      h('span', {}, t('staff.answers.answer')),
    ),
    form,
  );
}

function answerForm(thread: Thread, reload: () => void): HTMLFormElement {
  // The location's languages first, then Dutch and English as the fallbacks.
  const languages = [...new Set([...(thread.location.languages ?? []), 'nl', 'en'])];
  const status = select(statuses.map((s) => [s, t(`board.status.${s}`)]), { name: 'status' });
  const commitment = input({ type: 'date', name: 'commitmentDate' });
  const commitmentField = field(t('staff.answers.commitment'), commitment);
  const bodies = new Map<string, HTMLTextAreaElement>();
  const reasons = new Map<string, HTMLTextAreaElement>();
  const warningList = h('ul', { class: 'translation-warnings' });
  const warnings = h('div', { role: 'status' }, warningList);
  const column = (code: string, store: Map<string, HTMLTextAreaElement>, name: string): HTMLElement => {
    const area = h('textarea', { class: 'input', rows: '4', name: `${name}-${code}`, ...langAttrs(code) });
    area.addEventListener('input', check);
    store.set(code, area);
    return field(languageName(code), area);
  };
  const bodyGrid = h('div', { class: 'translation-grid' }, ...languages.map((c) => column(c, bodies, 'body')));
  const reasonGrid = h('div', { class: 'translation-grid' }, ...languages.map((c) => column(c, reasons, 'reason')));
  const reasonBlock = h('fieldset', { class: 'translations', hidden: true }, h('legend', {}, t('staff.answers.reason')), reasonGrid);
  const result = outcome();

  function check(): void {
    const missing = (thread.location.languages ?? []).filter((c) => !bodies.get(c)?.value.trim());
    warningList.replaceChildren(...missing.map((c) => h('li', { class: 'badge badge-warning' }, icon('alert'), t('staff.answers.missing', { language: languageName(c) }))));
  }
  const sync = (): void => {
    commitmentField.hidden = status.value !== 'IN_PROGRESS';
    reasonBlock.hidden = status.value !== 'NOT_POSSIBLE';
  };
  status.addEventListener('change', sync);
  sync();
  check();

  const form = h(
    'form',
    { class: 'staff-form answer-form' },
    field(t('staff.answers.status'), status),
    h('fieldset', { class: 'translations' }, h('legend', {}, t('staff.answers.text')), bodyGrid),
    warnings,
    commitmentField,
    reasonBlock,
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, icon('board'), h('span', {}, t('staff.answers.send'))),
  );
  const filled = (store: Map<string, HTMLTextAreaElement>) =>
    [...store].flatMap(([lang, el]) => (el.value.trim() ? [{ lang, text: el.value.trim() }] : []));
  onSubmit(form, async () => {
    result.clear();
    const s = status.value as ThreadResponseStatus;
    try {
      await execute(RespondMutation, {
        input: {
          threadID: thread.id,
          status: s,
          body: filled(bodies),
          commitmentDate: s === 'IN_PROGRESS' && commitment.value ? new Date(`${commitment.value}T12:00:00Z`).toISOString() : null,
          reason: s === 'NOT_POSSIBLE' ? filled(reasons) : null,
        },
      });
      reload();
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}
