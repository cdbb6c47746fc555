// The printable PIN card a youth worker gives a new member: avatar, pseudonym and the four
// pictures in order. The PIN is shown this once (the server keeps only its hash), so the
// card says so, and "print" prints only the card.
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge, pinPicture, pinPictures } from '../../components/pictograms';
import { t } from '../../i18n';

export function pinCard(member: { pseudonym: string; avatar: string }, pin: readonly number[], onClose: () => void): HTMLElement {
  const card = h(
    'div',
    { class: 'pin-card print-area', role: 'region', 'aria-label': t('staff.pinCard.title') },
    h('div', { class: 'pin-card-head' }, avatarBadge(member.avatar, 'avatar avatar-large'), h('p', { class: 'pin-card-name' }, h('bdi', {}, member.pseudonym))),
    h('p', { class: 'pin-card-hint' }, t('staff.pinCard.hint')),
    h(
      'ol',
      { class: 'pin-card-pictures', 'data-pin': pin.join(' ') },
      ...pin.map((index, position) =>
        h(
          'li',
          {},
          h('span', { class: 'pin-card-step' }, String(position + 1)),
          pinPicture(index, 'pin-picture pin-card-picture'),
          h('span', { class: 'pin-card-label' }, t(`pin.pictures.${pinPictures[index]?.key ?? 'sun'}`)),
        ),
      ),
    ),
  );
  return h(
    'div',
    { class: 'pin-card-panel' },
    h('p', { class: 'outcome is-success', role: 'status' }, icon('check'), h('span', {}, t('staff.pinCard.once'))),
    card,
    h(
      'div',
      { class: 'form-actions no-print' },
      h('button', { type: 'button', class: 'button button-primary', on: { click: () => window.print() } }, icon('print'), h('span', {}, t('staff.pinCard.print'))),
      h('button', { type: 'button', class: 'button button-secondary', on: { click: onClose } }, icon('done'), h('span', {}, t('staff.pinCard.close'))),
    ),
  );
}
