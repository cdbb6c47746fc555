// The locations pages' forms: a new location, a council, registering a member (with the
// printable PIN card shown once) and making this browser a tablet.
import { execute } from '../../api/graphql';
import { signOut } from '../../app/session';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge, avatarKeys } from '../../components/pictograms';
import type { AgeBand, CouncilAgeGroup, LocationKind } from '../../gql/graphql';
import { languageCard, languageCodes, t } from '../../i18n';
import type { StaffContext } from './console';
import {
  ageBands,
  ageGroups,
  CreateCouncilMutation,
  CreateLocationMutation,
  EnrollTabletMutation,
  locationKinds,
  RegisterYouthMemberMutation,
} from './locationsData';
import { pinCard } from './PinCard';
import { field, input, onSubmit, outcome, section, select } from './ui';

export function createLocationForm(done: () => void): HTMLElement {
  const name = input({ name: 'name', required: true, maxlength: '120' });
  const kind = select(locationKinds.map((k) => [k, t(`staff.locationKinds.${k}`)]));
  const municipality = input({ name: 'municipality' });
  const housed = input({ type: 'number', min: '0', name: 'childrenHoused', inputmode: 'numeric' });
  const result = outcome();
  const form = h(
    'form',
    { class: 'staff-form' },
    field(t('staff.locations.name'), name),
    field(t('staff.locations.kind'), kind),
    field(t('staff.locations.municipality'), municipality),
    field(t('staff.locations.childrenHoused'), housed),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, h('span', {}, t('staff.locations.create'))),
  );
  onSubmit(form, async () => {
    try {
      await execute(CreateLocationMutation, {
        input: {
          name: name.value.trim(),
          kind: kind.value as LocationKind,
          municipality: municipality.value.trim() || null,
          childrenHoused: housed.value ? Number(housed.value) : null,
        },
      });
      form.reset();
      result.success(t('staff.saved'));
      done();
    } catch (error) {
      result.error(error);
    }
  });
  return section(t('staff.locations.create'), form);
}

export function createCouncilForm(locationID: string, done: () => void): HTMLElement {
  const name = input({ name: 'councilName', required: true, maxlength: '120' });
  const group = select(ageGroups.map((g) => [g, t(`staff.ageGroups.${g}`)]));
  const result = outcome();
  const form = h(
    'form',
    { class: 'staff-form inline-form' },
    h('h3', {}, t('staff.councils.create')),
    field(t('staff.councils.name'), name),
    field(t('staff.councils.ageGroup'), group),
    result.element,
    h('button', { type: 'submit', class: 'button button-secondary' }, h('span', {}, t('staff.councils.create'))),
  );
  onSubmit(form, async () => {
    try {
      await execute(CreateCouncilMutation, { input: { locationID, name: name.value.trim(), ageGroup: group.value as CouncilAgeGroup } });
      done();
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}

export function registerForm(councils: ReadonlyArray<{ id: string; name: string }>, pinSlot: HTMLElement, done: () => void): HTMLElement {
  const council = select(councils.map((c) => [c.id, c.name]), { name: 'council' });
  const pseudonym = input({ name: 'pseudonym', required: true, maxlength: '40', autocomplete: 'off' });
  const ageBand = select(ageBands.map((b) => [b, t(`staff.ageBands.${b}`)]), { name: 'ageBand' });
  const language = select(languageCodes.map((c) => [c, languageCard(c).nativeName]), { name: 'language' });
  const unaccompanied = input({ type: 'checkbox', name: 'unaccompanied', class: 'checkbox' });
  const avatarName = `avatar-${Math.random().toString(36).slice(2)}`;
  const avatarPicker = h(
    'fieldset',
    { class: 'avatar-picker' },
    h('legend', {}, t('staff.members.avatar')),
    ...avatarKeys.map((key, i) => {
      const radio = input({ type: 'radio', name: avatarName, value: key, id: `${avatarName}-${key}`, class: 'avatar-radio' });
      if (i === 0) radio.checked = true;
      return h('label', { class: 'avatar-option', for: radio.id }, radio, avatarBadge(key, 'avatar'), h('span', {}, t(`avatars.names.${key}`)));
    }),
  );
  const result = outcome();
  const form = h(
    'form',
    { class: 'staff-form register-form' },
    h('h3', {}, t('staff.members.register')),
    h('p', { class: 'field-hint' }, t('staff.members.privacy')),
    field(t('staff.members.council'), council),
    field(t('staff.members.pseudonym'), pseudonym, t('staff.members.pseudonymHint')),
    avatarPicker,
    field(t('staff.members.ageBand'), ageBand),
    field(t('staff.members.language'), language),
    h('div', { class: 'field field-check' }, unaccompanied, h('label', { for: unaccompanied.id || (unaccompanied.id = 'unaccompanied-' + avatarName) }, t('staff.members.unaccompanied'))),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, h('span', {}, t('staff.members.register'))),
  );
  onSubmit(form, async () => {
    result.clear();
    const avatar = form.querySelector<HTMLInputElement>(`input[name="${avatarName}"]:checked`)?.value ?? 'fox';
    try {
      const { registerYouthMember } = await execute(RegisterYouthMemberMutation, {
        input: {
          councilID: council.value,
          pseudonym: pseudonym.value.trim(),
          avatar,
          ageBand: ageBand.value as AgeBand,
          language: language.value,
          unaccompanied: unaccompanied.checked,
        },
      });
      // Show the PIN once; the list reloads when the card is closed, which would drop it.
      pinSlot.replaceChildren(
        pinCard(registerYouthMember.member, registerYouthMember.pin, () => {
          pinSlot.replaceChildren();
          done();
        }),
      );
      form.reset();
      pinSlot.querySelector<HTMLElement>('.pin-card')?.scrollIntoView({ block: 'center' });
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}

export function enrollForm(
  ctx: StaffContext,
  locationID: string,
  locationName: string,
  enrolled: (tablet: { id: string; name: string; createdAt: string }) => void,
): HTMLElement {
  const name = input({ name: 'tabletName', required: true, maxlength: '80', value: t('staff.tablets.defaultName') });
  const result = outcome();
  const after = h('div', { hidden: true, class: 'enrolled' });
  const form = h(
    'form',
    { class: 'staff-form inline-form' },
    h('h3', {}, t('staff.tablets.enroll')),
    h('p', { class: 'field-hint' }, t('staff.tablets.enrollHint')),
    field(t('staff.tablets.name'), name),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, icon('tablet'), h('span', {}, t('staff.tablets.enroll'))),
    after,
  );
  onSubmit(form, async () => {
    result.clear();
    try {
      const { enrollTablet } = await execute(EnrollTabletMutation, { locationID, name: name.value.trim() });
      enrolled(enrollTablet);
      result.success(t('staff.tablets.enrolledNow', { location: locationName }));
      after.hidden = false;
      after.replaceChildren(
        h(
          'button',
          {
            type: 'button',
            class: 'button button-primary',
            on: { click: () => void signOut().then(() => ctx.navigate('/', { replace: true })) },
          },
          icon('signOut', { mirrorInRtl: true }),
          h('span', {}, t('staff.tablets.signOutToTablet')),
        ),
      );
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}
