// Any path the app does not know (the Go handler sends every extension-less path here).
import type { Screen } from '../../app/router';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { t } from '../../i18n';

export function notFoundScreen(): Screen {
  return {
    title: () => t('notFound.title'),
    render(outlet) {
      outlet.append(
        h(
          'div',
          { class: 'screen not-found-screen' },
          h('header', { class: 'screen-header' }, h('h1', { tabindex: '-1' }, t('notFound.title'))),
          h('a', { class: 'button button-primary', href: '/', 'data-link': true }, icon('home'), h('span', {}, t('notFound.home'))),
        ),
      );
    },
  };
}
