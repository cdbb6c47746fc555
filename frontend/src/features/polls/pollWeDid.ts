// "You said, we did" for a published poll, on its results page: what the children read now
// under the results, and the form to tell them what was done (features/staff/answerForm.ts, the
// same as for a thread's answer).
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { langAttrs } from '../../components/translations';
import { graphql } from '../../gql';
import type { ThreadResponseStatus } from '../../gql/graphql';
import { t } from '../../i18n';
import { answerForm } from '../staff/answerForm';
import { section } from '../staff/ui';

const RespondToPollMutation = graphql(`
  mutation RespondToPoll($input: RespondToPollInput!) {
    respondToPoll(input: $input) {
      id
    }
  }
`);

export interface PollWeDid {
  id: string;
  location?: { languages?: readonly string[] | null } | null;
  whatWeDid?: { text: string; language: string; status: ThreadResponseStatus } | null;
}

/** The section; `reload` draws the page again once the answer was accepted. */
export function weDidSection(poll: PollWeDid, reload: () => void): HTMLElement {
  const current = poll.whatWeDid;
  return h(
    'div',
    { class: 'no-print poll-we-did' },
    section(
      t('staff.polls.whatWeDid'),
      h('p', { class: 'field-hint' }, t('staff.polls.whatWeDidHint')),
      current &&
        h(
          'p',
          { class: 'card-meta poll-response-current', 'data-status': current.status },
          `${t('staff.answers.latest')} (${t(`board.status.${current.status}`)}): `,
          h('span', langAttrs(current.language), current.text),
        ),
      answerForm(
        poll.location?.languages ?? [],
        (answer) => execute(RespondToPollMutation, { input: { pollID: poll.id, ...answer } }),
        reload,
        'poll-response-form',
      ),
    ),
  );
}

