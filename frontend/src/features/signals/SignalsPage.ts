// Wellbeing signals: raised when children's safety at a location may need attention (a low
// or falling safety score, unanswered safety threads, participation collapsing). A signal is
// about a location, never about a child; managers acknowledge it once they acted.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { graphql } from '../../gql';
import type { SignalKind, SignalsQuery } from '../../gql/graphql';
import { t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { formatDate, loading, outcome } from '../staff/ui';

const SignalsDoc = graphql(`
  query Signals {
    signals(first: 50) {
      edges {
        node {
          id
          kind
          detail
          createdAt
          acknowledgedAt
          location {
            name
          }
        }
      }
    }
  }
`);

const AcknowledgeSignalMutation = graphql(`
  mutation AcknowledgeSignal($id: ID!) {
    acknowledgeSignal(id: $id) {
      id
      acknowledgedAt
    }
  }
`);

type Signal = NonNullable<NonNullable<NonNullable<SignalsQuery['signals']['edges']>[number]>['node']>;

export function signalsPage(ctx: StaffContext): StaffPage {
  return {
    title: t('staff.signals.title'),
    render(main) {
      const list = h('div', {}, loading());
      main.append(h('h1', { tabindex: '-1' }, t('staff.signals.title')), h('p', { class: 'field-hint' }, t('staff.signals.hint')), list);
      const load = (): void => {
        void execute(SignalsDoc).then(
          ({ signals }) => {
            const nodes = signals.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
            list.replaceChildren(
              nodes.length === 0
                ? h('p', { class: 'outcome is-success', role: 'status' }, icon('check'), h('span', {}, t('staff.signals.none')))
                : h('ul', { class: 'card-list', role: 'list' }, ...nodes.map((s) => signalCard(s, ctx.viewer.capabilities.includes('ACKNOWLEDGE_SIGNALS'), load))),
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

function signalCard(signal: Signal, canAcknowledge: boolean, reload: () => void): HTMLElement {
  const result = outcome();
  return h(
    'li',
    { class: signal.acknowledgedAt ? 'card' : 'card signal-new', 'data-signal': signal.id },
    h('p', { class: 'card-title' }, icon('alert'), h('span', {}, `${t(`staff.signals.kinds.${signal.kind as SignalKind}`)} · ${signal.location.name}`)),
    h('p', { dir: 'auto' }, signal.detail),
    h(
      'p',
      { class: 'card-meta' },
      signal.acknowledgedAt
        ? t('staff.signals.acknowledged', { date: formatDate(signal.acknowledgedAt) })
        : t('staff.signals.raised', { date: formatDate(signal.createdAt) }),
    ),
    !signal.acknowledgedAt &&
      canAcknowledge &&
      h(
        'button',
        {
          type: 'button',
          class: 'button button-secondary button-small',
          on: { click: () => void execute(AcknowledgeSignalMutation, { id: signal.id }).then(reload, (error: unknown) => result.error(error)) },
        },
        icon('check'),
        h('span', {}, t('staff.signals.acknowledge')),
      ),
    result.element,
  );
}
