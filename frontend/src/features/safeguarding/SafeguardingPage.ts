// Safeguarding cases opened by an escalation: the child's words verbatim, for the location's
// safeguarding officers only (the API returns nothing to anyone else). The officer sets
// the status and keeps a log.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { langAttrs } from '../../components/translations';
import { graphql } from '../../gql';
import type { SafeguardingCaseStatus, SafeguardingCasesQuery } from '../../gql/graphql';
import { t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { field, formatDate, loading, onSubmit, outcome, select } from '../staff/ui';
import '../moderation/moderation.css';

const SafeguardingCasesDoc = graphql(`
  query SafeguardingCases {
    safeguardingCases {
      id
      status
      postBody
      postLanguage
      openedAt
      openedByName
      location {
        name
      }
      notes {
        text
        at
      }
    }
  }
`);

const UpdateCaseMutation = graphql(`
  mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {
    updateSafeguardingCase(input: $input) {
      id
      status
    }
  }
`);

const statuses: readonly SafeguardingCaseStatus[] = ['OPEN', 'IN_PROGRESS', 'CLOSED'];

type Case = SafeguardingCasesQuery['safeguardingCases'][number];

export function safeguardingPage(_ctx: StaffContext): StaffPage {
  return {
    title: t('staff.safeguarding.title'),
    render(main) {
      const list = h('div', {}, loading());
      main.append(h('h1', { tabindex: '-1' }, t('staff.safeguarding.title')), h('p', { class: 'field-hint' }, t('staff.safeguarding.hint')), list);
      const load = (): void => {
        void execute(SafeguardingCasesDoc).then(
          ({ safeguardingCases }) => {
            list.replaceChildren(
              safeguardingCases.length === 0
                ? h('p', {}, t('staff.safeguarding.empty'))
                : h('ul', { class: 'card-list', role: 'list' }, ...safeguardingCases.map((c) => caseCard(c, load))),
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

function caseCard(c: Case, reload: () => void): HTMLElement {
  const status = select(statuses.map((s) => [s, t(`staff.safeguarding.status.${s}`)]));
  status.value = c.status;
  const note = h('textarea', { class: 'input', rows: '3', maxlength: '4000' });
  const result = outcome();
  const form = h(
    'form',
    { class: 'staff-form inline-form' },
    field(t('staff.safeguarding.statusLabel'), status),
    field(t('staff.safeguarding.note'), note),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, h('span', {}, t('staff.safeguarding.save'))),
  );
  onSubmit(form, async () => {
    try {
      await execute(UpdateCaseMutation, {
        input: { caseID: c.id, status: status.value as SafeguardingCaseStatus, note: note.value.trim() || null },
      });
      reload();
    } catch (error) {
      result.error(error);
    }
  });
  return h(
    'li',
    { class: 'card', 'data-case': c.id },
    h('p', { class: 'card-title' }, icon('alert'), h('span', {}, `${c.location.name} · ${t(`staff.safeguarding.status.${c.status}`)}`)),
    h('p', { class: 'card-meta' }, t('staff.safeguarding.opened', { date: formatDate(c.openedAt), by: c.openedByName })),
    h('blockquote', { class: 'moderation-body', ...langAttrs(c.postLanguage) }, c.postBody),
    c.notes.length > 0 &&
      h('ol', { class: 'plain-list' }, ...c.notes.map((n) => h('li', {}, h('span', { class: 'card-meta' }, `${formatDate(n.at)}: `), n.text))),
    form,
  );
}
