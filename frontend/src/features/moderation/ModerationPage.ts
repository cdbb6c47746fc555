// The moderation queue: every child's post waits here until a moderator approves it,
// rejects it with a reason (the child reads the reason in kind words in their language) or
// escalates it to the safeguarding officer. Automatic flags are hints, never decisions.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { themeIcon } from '../../components/pictograms';
import { langAttrs } from '../../components/translations';
import { graphql } from '../../gql';
import type { ModerationDecisionDecision, ModerationDecisionReasonCode, ModerationQueueQuery } from '../../gql/graphql';
import { t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { field, formatDate, loading, outcome, select } from '../staff/ui';
import './moderation.css';

const ModerationQueueDoc = graphql(`
  query ModerationQueue {
    moderationQueue(first: 50) {
      edges {
        node {
          id
          body
          language
          flags
          createdAt
          thread {
            id
            title
            theme
            location {
              name
            }
          }
        }
      }
    }
  }
`);

const ModeratePostMutation = graphql(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      id
      moderationState
    }
  }
`);

const reasons: readonly ModerationDecisionReasonCode[] = ['PERSONAL_INFO', 'HURTFUL', 'OFF_TOPIC', 'DUPLICATE', 'OTHER'];

type Post = NonNullable<NonNullable<NonNullable<ModerationQueueQuery['moderationQueue']['edges']>[number]>['node']>;

export function moderationPage(_ctx: StaffContext): StaffPage {
  return {
    title: t('staff.moderation.title'),
    render(main) {
      const list = h('div', {}, loading());
      main.append(h('h1', { tabindex: '-1' }, t('staff.moderation.title')), h('p', { class: 'field-hint' }, t('staff.moderation.hint')), list);
      const load = (): void => {
        void execute(ModerationQueueDoc).then(
          ({ moderationQueue }) => {
            const posts = moderationQueue.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
            list.replaceChildren(
              posts.length === 0
                ? h('p', { class: 'outcome is-success', role: 'status' }, icon('check'), h('span', {}, t('staff.moderation.empty')))
                : h('ul', { class: 'card-list', role: 'list' }, ...posts.map((p) => postCard(p))),
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

function postCard(post: Post): HTMLElement {
  const result = outcome();
  const note = h('textarea', { class: 'input', rows: '2', maxlength: '1000' });
  const reason = select(reasons.map((r) => [r, t(`staff.moderation.reasons.${r}`)]), { name: 'reason' });
  const details = h(
    'div',
    { class: 'decision-details', hidden: true },
    h('div', { class: 'reason-field' }, field(t('staff.moderation.reason'), reason)),
    field(t('staff.moderation.note'), note, t('staff.moderation.noteHint')),
  );
  let pending: ModerationDecisionDecision | undefined;
  const confirm = h('button', { type: 'button', class: 'button button-primary button-small', hidden: true }, h('span', {}, t('staff.moderation.confirm')));
  const decide = async (decision: ModerationDecisionDecision): Promise<void> => {
    result.clear();
    for (const b of card.querySelectorAll('button')) b.disabled = true;
    try {
      await execute(ModeratePostMutation, {
        input: {
          postID: post.id,
          decision,
          reasonCode: decision === 'REJECT' ? (reason.value as ModerationDecisionReasonCode) : null,
          note: note.value.trim() || null,
        },
      });
      card.replaceChildren(
        h('p', { class: 'outcome is-success', role: 'status' }, icon('check'), h('span', {}, t(`staff.moderation.done.${decision}`))),
      );
    } catch (error) {
      result.error(error);
      for (const b of card.querySelectorAll('button')) b.disabled = false;
    }
  };
  const ask = (decision: ModerationDecisionDecision): void => {
    pending = decision;
    details.hidden = false;
    (details.querySelector('.reason-field') as HTMLElement).hidden = decision !== 'REJECT';
    confirm.hidden = false;
    confirm.querySelector('span')!.textContent = t(`staff.moderation.confirmAction.${decision}`);
  };
  confirm.addEventListener('click', () => {
    if (pending) void decide(pending);
  });
  const card = h(
    'li',
    { class: 'card moderation-card', 'data-post': post.id },
    h(
      'p',
      { class: 'card-title' },
      themeIcon(post.thread.theme),
      h('span', { dir: 'auto' }, post.thread.title),
      h('span', { class: 'card-meta' }, ` · ${post.thread.location.name} · ${formatDate(post.createdAt)}`),
    ),
    h('blockquote', { class: 'moderation-body', ...langAttrs(post.language) }, post.body),
    post.flags.length > 0 &&
      h(
        'ul',
        { class: 'flags', role: 'list', 'aria-label': t('staff.moderation.flags') },
        ...post.flags.map((f) => h('li', { class: `flag flag-${f.toLowerCase()}` }, icon('alert'), h('span', {}, t(`staff.moderation.flagNames.${f}`)))),
      ),
    h(
      'div',
      { class: 'row-actions' },
      h('button', { type: 'button', class: 'button button-primary button-small approve', on: { click: () => void decide('APPROVE') } }, icon('check'), h('span', {}, t('staff.moderation.approve'))),
      h('button', { type: 'button', class: 'button button-secondary button-small reject', on: { click: () => ask('REJECT') } }, h('span', {}, t('staff.moderation.reject'))),
      h('button', { type: 'button', class: 'button button-danger button-small escalate', on: { click: () => ask('ESCALATE') } }, icon('alert'), h('span', {}, t('staff.moderation.escalate'))),
    ),
    details,
    confirm,
    result.element,
  );
  return card;
}
