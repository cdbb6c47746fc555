// A signed-in child's home: big picture tiles for what they can do, and the two promises
// of the README's "Ballot secrecy" in plain words: votes are secret; a moderator reads messages first.
import type { Screen } from '../../app/router';
import { currentViewer } from '../../app/session';
import { h } from '../../components/dom';
import { icon, type IconName } from '../../components/icons';
import { stopSpeaking } from '../../components/speech';
import { youthFrame } from '../../components/YouthFrame';
import { t, type MessageKey } from '../../i18n';
import './home.css';

export interface HomeTile {
  path: string;
  icon: IconName;
  label: MessageKey;
  hint: MessageKey;
}

export function homeScreen(tiles: readonly HomeTile[]): Screen {
  return {
    title: () => t('home.title'),
    render(outlet) {
      const viewer = currentViewer();
      const name = viewer.kind === 'youth' ? viewer.pseudonym : '';
      const greeting = t('home.greeting', { name: `\u2068${name}\u2069` });
      const promises: Array<[IconName, MessageKey]> = [
        ['lock', 'promises.secretVotes'],
        ['helper', 'promises.moderatorReads'],
      ];
      outlet.append(
        youthFrame(
          {
            className: 'home-screen',
            readAloud: () =>
              [greeting, ...tiles.map((tile) => `${t(tile.label)}. ${t(tile.hint)}`), ...promises.map(([, key]) => t(key))].join(' '),
          },
          h('header', { class: 'screen-header' }, h('h1', { tabindex: '-1' }, greeting), h('p', { class: 'screen-hint' }, t('home.hint'))),
          h(
            'ul',
            { class: 'home-tiles', role: 'list' },
            ...tiles.map((tile) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { class: 'home-tile', href: tile.path, 'data-link': true },
                  h('span', { class: 'home-tile-icon' }, icon(tile.icon)),
                  h('span', { class: 'home-tile-label' }, t(tile.label)),
                  h('span', { class: 'home-tile-hint' }, t(tile.hint)),
                ),
              ),
            ),
          ),
          h(
            'ul',
            { class: 'home-promises', role: 'list' },
            ...promises.map(([name, key]) => h('li', {}, h('span', { class: 'home-promise-icon' }, icon(name)), h('p', {}, t(key)))),
          ),
        ),
      );
      return () => stopSpeaking();
    },
  };
}
