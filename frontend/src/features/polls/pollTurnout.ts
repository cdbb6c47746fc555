// The live turnout of an open poll: how many children voted so far (never how), the same element
// on the poll list and the results page. It shows what the API decides (shownTurnout): the number,
// or "fewer than k"; while the connection is down the last figure stays, marked as paused.
import { GraphQLRequestError } from '../../api/graphql';
import { subscribe } from '../../api/live';
import { h } from '../../components/dom';
import { t } from '../../i18n';
import { errorText } from '../staff/ui';
import { PollTurnoutSubscription } from './pollsData';

/**
 * A turnout as the API lets it be shown, the same live and in the results: the number, or
 * "fewer than k" when the server withholds it (1 to k-1 voters). The server decides; this only
 * says what it decided.
 */
export function shownTurnout(r: { turnout?: number | null; turnoutSuppressed: boolean; minGroupSize: number }): string {
  return r.turnoutSuppressed || r.turnout === null || r.turnout === undefined
    ? t('staff.polls.fewerThan', { k: String(r.minGroupSize) })
    : String(r.turnout);
}

/** A live turnout line for the poll; stop() ends its subscription. */
export function liveTurnout(pollID: string, className = ''): { element: HTMLElement; stop(): void } {
  const el = h('p', { class: `live-turnout ${className}`.trim(), 'data-poll': pollID, role: 'status' }, t('common.loading'));
  const sub = subscribe(PollTurnoutSubscription, { pollID }, {
    onData: ({ pollTurnout }) => {
      el.textContent = t('staff.polls.liveTurnout', { turnout: shownTurnout(pollTurnout) });
      // For tests and styles: the figure as the API decided it ("<k" when withheld).
      el.dataset.turnout = pollTurnout.turnout === null || pollTurnout.turnoutSuppressed ? `<${pollTurnout.minGroupSize}` : String(pollTurnout.turnout);
      delete el.dataset.paused;
    },
    // While it reconnects the last figure stays, marked as paused; an error that another try
    // cannot change is shown as such.
    onError: (message, code, retrying) => {
      el.dataset.paused = 'true';
      el.textContent = retrying
        ? t('staff.polls.liveTurnoutPaused', { turnout: el.dataset.turnout ?? '…' })
        : errorText(new GraphQLRequestError([{ code, message }]));
    },
  });
  return { element: el, stop: () => sub.stop() };
}
