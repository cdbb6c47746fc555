// Ideas on the council screen: propose one by pictures (what it is about, then where), support
// the ideas of other children once, and follow one's own ideas from "an adult looks at it" to
// "done". The proposer is never shown to anyone.
import { GraphQLRequestError } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { areaIcon, themeIcon, themeKeys, type ThemeKey } from '../../components/pictograms';
import { langAttrs } from '../../components/translations';
import type { Theme } from '../../gql/graphql';
import { t, type MessageKey } from '../../i18n';
import { slowDown } from '../youth-problem';
import { proposeIdea, supportIdea, type Area, type Idea, type MyCouncil } from './councilData';
import { section } from './CouncilScreen';

const ideaStatusKeys: Record<string, MessageKey> = {
  PENDING: 'council.ideaStatus.PENDING',
  NOT_SHOWN: 'council.ideaStatus.NOT_SHOWN',
  OPEN: 'council.ideaStatus.OPEN',
  ON_AGENDA: 'council.ideaStatus.ON_AGENDA',
  DECIDED: 'council.ideaStatus.DECIDED',
  DONE: 'council.ideaStatus.DONE',
};

export function ideasSection(c: MyCouncil, areas: Area[], reload: () => void): HTMLElement {
  const propose = h('div', { class: 'council-propose' });
  const start = (): void => {
    propose.replaceChildren(
      h('button', { type: 'button', class: 'button button-primary council-propose-start', on: { click: chooseTheme } }, icon('write'), h('span', {}, t('council.propose'))),
    );
  };
  const focusFirst = (): void => propose.querySelector<HTMLElement>('h3')?.focus();
  const back = (onClick: () => void): HTMLElement =>
    h('button', { type: 'button', class: 'button button-secondary', on: { click: onClick } }, icon('back', { mirrorInRtl: true }), h('span', {}, t('council.back')));
  const chooseTheme = (): void => {
    propose.replaceChildren(
      h('h3', { tabindex: '-1' }, t('council.proposeTheme')),
      h(
        'ul',
        { class: 'choice-grid council-choices', role: 'list' },
        ...themeKeys.map((key) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'choice-card', 'data-theme': key, on: { click: () => chooseArea(key) } },
              h('span', { class: 'choice-icon' }, themeIcon(key)),
              h('span', { class: 'choice-label' }, t(`themes.${key}`)),
            ),
          ),
        ),
      ),
      back(start),
    );
    focusFirst();
  };
  const chooseArea = (theme: ThemeKey): void => {
    const options: Array<Area | null> = [...areas, null];
    propose.replaceChildren(
      h('h3', { tabindex: '-1' }, t('council.proposeArea')),
      h(
        'ul',
        { class: 'choice-grid council-choices', role: 'list' },
        ...options.map((a) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'choice-card', 'data-area': a?.id ?? 'none', on: { click: () => send(theme, a) } },
              h('span', { class: 'choice-icon' }, a ? areaIcon(a.kind) : icon('home')),
              h('span', { class: 'choice-label', ...(a ? langAttrs(a.localName.lang) : {}) }, a ? a.localName.text : t('council.everywhere')),
            ),
          ),
        ),
      ),
      back(chooseTheme),
    );
    focusFirst();
  };
  const send = (theme: ThemeKey, area: Area | null): void => {
    const problem = h('div', { role: 'alert' });
    propose.replaceChildren(h('p', { class: 'loading' }, t('common.loading')), problem);
    void proposeIdea(c.council.id, theme as Theme, area?.id ?? null).then(
      () => {
        propose.replaceChildren(h('p', { class: 'council-sent', role: 'status' }, icon('done'), h('span', {}, t('council.proposeSent'))));
        setTimeout(reload, 0);
      },
      (error: unknown) => {
        start();
        if (error instanceof GraphQLRequestError && error.code === 'RATE_LIMITED') propose.append(slowDown());
        else propose.append(h('p', { role: 'alert' }, icon('offline'), h('span', {}, t('common.offline'))));
      },
    );
  };
  start();
  return section(
    'ideas',
    icon('hello'),
    'council.ideas',
    propose,
    c.openIdeas.length === 0
      ? h('p', { class: 'empty' }, t('council.noIdeas'))
      : h('ul', { class: 'council-ideas', role: 'list' }, ...c.openIdeas.map((i) => ideaCard(i, true))),
    c.myIdeas.length > 0 && h('h3', {}, t('council.myIdeas')),
    c.myIdeas.length > 0 && h('ul', { class: 'council-ideas council-my-ideas', role: 'list' }, ...c.myIdeas.map((i) => ideaCard(i, false))),
  );
}

function ideaCard(idea: Idea, supportable: boolean): HTMLElement {
  const area = idea.area?.localName;
  const count = h('span', { class: 'council-support-count' }, idea.supportCount == null ? '' : String(idea.supportCount));
  const support =
    supportable &&
    h(
      'button',
      {
        type: 'button',
        class: 'button button-secondary council-support',
        'aria-pressed': String(idea.supportedByMe),
        disabled: idea.supportedByMe || idea.proposedByMe,
        on: {
          click: () => {
            const button = support as HTMLButtonElement;
            button.disabled = true;
            void supportIdea(idea.id).then(
              (updated) => {
                button.setAttribute('aria-pressed', String(updated.supportedByMe));
                button.querySelector('.council-support-label')!.textContent = t('council.supported');
                count.textContent = updated.supportCount == null ? '' : String(updated.supportCount);
              },
              () => {
                button.disabled = false;
              },
            );
          },
        },
      },
      icon('hello'),
      h('span', { class: 'council-support-label' }, t(idea.proposedByMe ? 'council.yours' : idea.supportedByMe ? 'council.supported' : 'council.support')),
      count,
    );
  return h(
    'li',
    { class: `council-idea status-${idea.status.toLowerCase()}`, 'data-idea': idea.id },
    h('span', { class: 'council-theme' }, themeIcon(idea.theme)),
    h(
      'div',
      {},
      h('p', { class: 'council-theme-name' }, t(`themes.${idea.theme}` as MessageKey)),
      idea.titleText && h('p', { class: 'council-text', ...langAttrs(idea.titleText.lang) }, idea.titleText.text),
      area && h('p', { class: 'council-area' }, idea.area && areaIcon(idea.area.kind), h('span', langAttrs(area.lang), area.text)),
      h('p', { class: 'council-idea-status' }, t(ideaStatusKeys[idea.status] ?? 'council.ideaStatus.PENDING')),
    ),
    support,
  );
}
