// What a child's screen shows when the API fails: a session the server already ended
// (idle, tablet revoked) goes back to the start; a child who wrote a lot in a short time
// (RATE_LIMITED) is thanked and asked to take a break; anything else is "try again".
import { GraphQLRequestError } from '../api/graphql';
import { h } from '../components/dom';
import { icon } from '../components/icons';
import { t } from '../i18n';

export function youthProblem(error: unknown): HTMLElement {
  if (error instanceof GraphQLRequestError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
    window.dispatchEvent(new Event('jeugdstem:signed-out'));
  }
  if (error instanceof GraphQLRequestError && error.code === 'RATE_LIMITED') return slowDown();
  return h(
    'div',
    { class: 'youth-problem', role: 'alert' },
    icon('offline'),
    h('p', {}, t('common.offline')),
    h('button', { type: 'button', class: 'button button-primary', on: { click: () => location.reload() } }, icon('retry'), h('span', {}, t('common.retry'))),
  );
}

/** The kind note for a child who reached the limit of posts, threads or "me too"s. */
export function slowDown(): HTMLElement {
  return h('div', { class: 'youth-problem youth-slow-down', role: 'status' }, icon('timer'), h('p', {}, t('youth.slowDown')));
}
