// "What children here said": the children's monitor shown back to the children of the location,
// one card per domain: the domain's picture, what the children said as a face and a bar of five
// (never a figure: a score from too few children arrives as null and shows "not enough answers
// yet"), and for a domain that needs attention what the team did about it ("you said, we did",
// the same block as under a poll's results). Everything is read aloud in the child's language.
import type { Screen } from '../../app/router';
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { readAloudButton } from '../../components/ReadAloudButton';
import { stopSpeaking } from '../../components/speech';
import { youthFrame } from '../../components/YouthFrame';
import { graphql } from '../../gql';
import type { MonitorForChildrenQuery } from '../../gql/graphql';
import { currentLanguage, t } from '../../i18n';
import { weDid, weDidTexts } from '../vote/ResultCard';
import { youthProblem } from '../youth-problem';
import { domainName, domainPictogram, face, facePictogram, faceWord } from './domains';
import '../vote/results.css';
import './monitor.css';

const MonitorForChildrenDoc = graphql(`
  query MonitorForChildren {
    monitorForChildren {
      domain
      theme
      pictogram
      closedAt
      score
      needsAttention
      whatWeDid {
        text
        language
        status
        reason
        commitmentDate
      }
    }
  }
`);

type Domain = MonitorForChildrenQuery['monitorForChildren'][number];

export function monitorScreen(): Screen {
  return {
    title: () => t('monitor.title'),
    render(outlet) {
      const list = h('div', { class: 'monitor-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('common.loading')));
      outlet.append(
        youthFrame(
          { home: true, className: 'monitor-screen', readAloud: () => `${t('monitor.title')}. ${t('monitor.hint')} ${list.innerText}` },
          h(
            'header',
            { class: 'screen-header' },
            h('span', { class: 'screen-pictogram' }, icon('chart')),
            h('h1', { tabindex: '-1' }, t('monitor.title')),
            h('p', { class: 'screen-hint' }, t('monitor.hint')),
          ),
          list,
        ),
      );
      void execute(MonitorForChildrenDoc).then(
        ({ monitorForChildren }) => {
          list.removeAttribute('aria-busy');
          const asked = monitorForChildren.filter((d) => d.closedAt);
          list.replaceChildren(
            asked.length === 0
              ? h('p', { class: 'empty' }, t('monitor.empty'))
              : h('ul', { class: 'monitor-list', role: 'list' }, ...monitorForChildren.map(domainCard)),
          );
        },
        (error: unknown) => list.replaceChildren(youthProblem(error)),
      );
      return () => stopSpeaking();
    },
  };
}

/** What the card says, in words, for reading aloud. */
function saidText(d: Domain): string {
  if (!d.closedAt) return t('monitor.notAsked');
  if (d.score === null || d.score === undefined) return t('monitor.notEnough');
  return t('monitor.said', { answer: faceWord(d.score) });
}

function domainCard(d: Domain): HTMLElement {
  const name = domainName(d.domain);
  const answer = d.whatWeDid;
  const spoken = (): string =>
    [
      name,
      saidText(d),
      ...(d.needsAttention ? [t('monitor.attention')] : []),
      ...(answer ? [t('results.whatWeDid'), ...weDidTexts(answer)] : d.needsAttention ? [t('monitor.waiting')] : []),
    ].join('. ');
  const listen = readAloudButton({
    text: spoken,
    language: currentLanguage(),
    label: t('results.listen'),
    noVoiceNote: t('language.noVoice'),
    className: 'button button-secondary result-listen',
  });
  const score = d.score ?? undefined;
  return h(
    'li',
    {
      class: d.needsAttention ? 'monitor-card needs-attention' : 'monitor-card',
      'data-domain': d.domain,
      'data-face': score === undefined ? (d.closedAt ? 'suppressed' : 'not-asked') : String(face(score)),
    },
    h(
      'div',
      { class: 'monitor-card-head' },
      h('span', { class: 'monitor-domain' }, domainPictogram(d.pictogram)),
      h('h2', {}, name),
      listen.button,
    ),
    listen.note,
    score !== undefined
      ? h(
          'div',
          { class: 'monitor-said' },
          h('span', { class: `monitor-face face-${face(score)}` }, facePictogram(score)),
          h('span', { class: 'monitor-said-text' }, saidText(d)),
          // Five steps, filled up to the face: the same picture for every language and direction.
          h('span', { class: 'monitor-steps', 'aria-hidden': 'true' }, ...[1, 2, 3, 4, 5].map((n) => h('span', { class: n <= face(score) ? 'is-filled' : '' }))),
        )
      : h('p', { class: 'monitor-said is-hidden' }, icon(d.closedAt ? 'lock' : 'timer'), h('span', {}, saidText(d))),
    d.needsAttention && h('p', { class: 'monitor-attention' }, icon('alert'), h('span', {}, t('monitor.attention'))),
    answer ? weDid(answer) : d.needsAttention && h('p', { class: 'board-waiting monitor-waiting' }, icon('timer'), h('span', {}, t('monitor.waiting'))),
  );
}
