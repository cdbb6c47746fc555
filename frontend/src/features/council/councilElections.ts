// Elections on the council screen: who stands (pictures and pseudonyms of children who chose to
// stand), "I want to stand" only by the child's own tap (and withdrawing), a link to the vote
// screen while voting is open, and who was elected. Never a count: those are the poll's results.
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge } from '../../components/pictograms';
import { t } from '../../i18n';
import { standForElection, withdrawCandidacy, type Election, type MyCouncil } from './councilData';
import { section } from './CouncilScreen';

export function electionsSection(c: MyCouncil, reload: () => void): HTMLElement | false {
  if (c.elections.length === 0) return false;
  return section('elections', icon('vote'), 'council.elections', ...c.elections.map((e) => electionCard(e, reload)));
}

function electionCard(e: Election, reload: () => void): HTMLElement {
  const act = (run: (id: string) => Promise<unknown>) => (event: Event): void => {
    (event.currentTarget as HTMLButtonElement).disabled = true;
    void run(e.id).then(reload, reload);
  };
  const shown = e.status === 'CLOSED' ? e.candidates.filter((c) => c.elected || c.tied) : e.candidates;
  return h(
    'div',
    { class: `council-election status-${e.status.toLowerCase()}`, 'data-election': e.id },
    h('p', { class: 'council-election-seats' }, t('council.electionSeats', { seats: String(e.seats) })),
    e.status === 'VOID' && h('p', {}, t('council.void')),
    e.status !== 'VOID' && h('h3', {}, t(e.status === 'CLOSED' ? 'council.electedTitle' : 'council.candidates')),
    e.status !== 'VOID' &&
      (shown.length === 0
        ? h('p', { class: 'empty' }, t('council.noCandidates'))
        : h(
            'ul',
            { class: 'council-members council-candidates', role: 'list' },
            ...shown.map((cand) =>
              h(
                'li',
                { class: `council-member${cand.me ? ' is-me' : ''}${cand.withdrawn ? ' is-withdrawn' : ''}`, 'data-candidate': cand.pseudonym ?? '' },
                avatarBadge(cand.withdrawn ? 'unknown' : (cand.avatar ?? 'unknown'), 'avatar council-avatar'),
                h('span', { class: 'council-member-name', dir: 'auto' }, cand.withdrawn ? t('council.withdrawn') : (cand.pseudonym ?? '')),
                cand.elected && h('span', { class: 'council-member-role council-elected' }, icon('done'), h('span', {}, t('council.elected'))),
                cand.tied && h('span', { class: 'council-member-role' }, t('council.tied')),
              ),
            ),
          )),
    e.status === 'NOMINATING' &&
      (e.standingByMe
        ? h(
            'div',
            { class: 'council-stand' },
            h('p', { class: 'council-standing' }, icon('done'), h('span', {}, t('council.standing'))),
            h('button', { type: 'button', class: 'button button-secondary council-withdraw', on: { click: act(withdrawCandidacy) } }, icon('back', { mirrorInRtl: true }), h('span', {}, t('council.withdraw'))),
          )
        : h(
            'div',
            { class: 'council-stand' },
            h('p', { class: 'screen-hint' }, t('council.standHint')),
            h('button', { type: 'button', class: 'button button-primary council-stand-button', on: { click: act(standForElection) } }, icon('hello'), h('span', {}, t('council.stand'))),
          )),
    e.status === 'VOTING' &&
      (e.pollID
        ? h('a', { class: 'button button-primary council-vote', href: `/polls/${e.pollID}`, 'data-link': true }, icon('vote'), h('span', {}, t('council.vote')))
        : h('p', {}, t('council.voteSoon'))),
  );
}
