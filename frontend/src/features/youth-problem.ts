// What a child's screen shows when the API fails: a session the server already ended
// (idle, tablet revoked) goes back to the start; anything else is "try again".
import { GraphQLRequestError } from '../api/graphql';
import { h } from '../components/dom';
import { icon } from '../components/icons';
import { t } from '../i18n';

export function youthProblem(error: unknown): HTMLElement {
  if (error instanceof GraphQLRequestError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
    window.dispatchEvent(new Event('jeugdstem:signed-out'));
  }
  return h(
    'div',
    { class: 'youth-problem', role: 'alert' },
    icon('offline'),
    h('p', {}, t('common.offline')),
    h('button', { type: 'button', class: 'button button-primary', on: { click: () => location.reload() } }, icon('retry'), h('span', {}, t('common.retry'))),
  );
}
