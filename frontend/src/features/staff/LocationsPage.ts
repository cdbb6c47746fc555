// Locations and everything set up per location: councils, members (register with a
// printable PIN card, unlock, transfer to another location) and tablets (make this
// browser a tablet, revoke). What a role may change the API decides; the page shows what
// the API returns.
import { execute } from '../../api/graphql';
import { signOut } from '../../app/session';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge, avatarKeys } from '../../components/pictograms';
import { graphql } from '../../gql';
import type { AgeBand, CouncilAgeGroup, LocationKind, StaffLocationQuery } from '../../gql/graphql';
import { languageCard, languageCodes, t } from '../../i18n';
import type { StaffContext, StaffPage } from './console';
import { pinCard } from './PinCard';
import { field, formatDate, input, loading, onSubmit, outcome, section, select } from './ui';

const StaffLocationsQuery = graphql(`
  query StaffLocations {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          kind
          municipality
          childrenHoused
          councils {
            id
            name
            ageGroup
          }
          members(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

const StaffLocationQuery = graphql(`
  query StaffLocation($id: ID!) {
    node(id: $id) {
      ... on Location {
        id
        name
        kind
        municipality
        childrenHoused
        languages
        councils {
          id
          name
          ageGroup
        }
        tablets {
          id
          name
          createdAt
          revokedAt
          lastSeenAt
        }
        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {
          totalCount
          edges {
            node {
              id
              pseudonym
              avatar
              ageBand
              language
              lockedAt
              status
              memberships {
                role
                leftAt
                council {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

const CreateLocationMutation = graphql(`
  mutation CreateLocation($input: CreateLocationInput!) {
    createLocation(input: $input) {
      id
    }
  }
`);

const CreateCouncilMutation = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
    }
  }
`);

const RegisterYouthMemberMutation = graphql(`
  mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {
    registerYouthMember(input: $input) {
      member {
        id
        pseudonym
        avatar
      }
      pin
    }
  }
`);

const UnlockYouthMemberMutation = graphql(`
  mutation UnlockYouthMember($memberID: ID!) {
    unlockYouthMember(memberID: $memberID) {
      id
      lockedAt
    }
  }
`);

const TransferYouthMemberMutation = graphql(`
  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {
    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {
      id
      locationID
    }
  }
`);

const YouthMemberLeftMutation = graphql(`
  mutation YouthMemberLeft($memberID: ID!) {
    youthMemberLeft(memberID: $memberID) {
      id
      status
    }
  }
`);

const EnrollTabletMutation = graphql(`
  mutation EnrollTablet($locationID: ID!, $name: String!) {
    enrollTablet(locationID: $locationID, name: $name) {
      id
      name
    }
  }
`);

const RevokeTabletMutation = graphql(`
  mutation RevokeTablet($id: ID!) {
    revokeTablet(id: $id) {
      id
      revokedAt
    }
  }
`);

const locationKinds: readonly LocationKind[] = ['REGULAR', 'EMERGENCY', 'CRISIS_EMERGENCY', 'SMALL_SCALE', 'UNACCOMPANIED_MINORS', 'REGISTRATION'];
const ageGroups: readonly CouncilAgeGroup[] = ['CHILDREN', 'TEENS', 'MIXED'];
const ageBands: readonly AgeBand[] = ['AGE_6_8', 'AGE_9_11', 'AGE_12_14', 'AGE_15_17'];

export function locationsPage(ctx: StaffContext): StaffPage {
  return {
    title: t('staff.locations.title'),
    render(main) {
      const list = h('div', {}, loading());
      main.append(h('h1', { tabindex: '-1' }, t('staff.locations.title')), list);
      const load = async (): Promise<void> => {
        try {
          const { locations } = await execute(StaffLocationsQuery);
          const nodes = locations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
          list.replaceChildren(
            nodes.length === 0
              ? h('p', {}, t('staff.locations.none'))
              : h(
                  'ul',
                  { class: 'card-list', role: 'list' },
                  ...nodes.map((l) =>
                    h(
                      'li',
                      { class: 'card' },
                      h('h2', {}, h('a', { href: `/staff/locations/${l.id}`, 'data-link': true }, l.name)),
                      h(
                        'p',
                        { class: 'card-meta' },
                        [
                          t(`staff.locationKinds.${l.kind}`),
                          l.municipality,
                          t('staff.locations.counts', {
                            councils: String(l.councils?.length ?? 0),
                            members: String(l.members.totalCount),
                            housed: String(l.childrenHoused),
                          }),
                        ]
                          .filter(Boolean)
                          .join(' · '),
                      ),
                    ),
                  ),
                ),
          );
        } catch (error) {
          const result = outcome();
          result.error(error);
          list.replaceChildren(result.element);
        }
      };
      void load();
      if (ctx.viewer.capabilities.includes('MANAGE_LOCATIONS')) main.append(createLocationForm(() => void load()));
    },
  };
}

function createLocationForm(done: () => void): HTMLElement {
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

type LocationNode = Extract<NonNullable<StaffLocationQuery['node']>, { members: unknown }>;

export function locationPage(ctx: StaffContext, id: string): StaffPage {
  return {
    title: t('staff.locations.title'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(body);
      const load = async (focus = true): Promise<void> => {
        try {
          const [{ node }, { locations }] = await Promise.all([execute(StaffLocationQuery, { id }), execute(StaffLocationsQuery)]);
          if (!node || !('councils' in node)) {
            body.replaceChildren(h('h1', { tabindex: '-1' }, t('staff.errors.NOT_FOUND')));
            return;
          }
          const others = (locations.edges ?? []).flatMap((e) =>
            e?.node && e.node.id !== id ? (e.node.councils ?? []).map((c) => ({ id: c.id, label: `${c.name} (${e.node?.name ?? ''})` })) : [],
          );
          drawLocation(body, ctx, node as LocationNode, others, () => void load(false));
          if (focus) body.querySelector<HTMLElement>('h1')?.focus();
        } catch (error) {
          const result = outcome();
          result.error(error);
          body.replaceChildren(h('h1', { tabindex: '-1' }, t('staff.locations.title')), result.element);
        }
      };
      void load();
    },
  };
}

function drawLocation(
  body: HTMLElement,
  ctx: StaffContext,
  location: LocationNode,
  otherCouncils: ReadonlyArray<{ id: string; label: string }>,
  reload: () => void,
): void {
  const councils = location.councils ?? [];
  const members = location.members.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const tablets = location.tablets ?? [];
  const pinSlot = h('div', { class: 'pin-slot' });

  body.replaceChildren(
    h('p', {}, h('a', { href: '/staff/locations', 'data-link': true }, icon('back', { mirrorInRtl: true }), h('span', {}, t('staff.locations.all')))),
    h('h1', { tabindex: '-1' }, location.name),
    h('p', { class: 'card-meta' }, [t(`staff.locationKinds.${location.kind}`), location.municipality].filter(Boolean).join(' · ')),
    // Councils
    section(
      t('staff.councils.title'),
      councils.length === 0
        ? h('p', {}, t('staff.councils.none'))
        : h('ul', { class: 'plain-list', role: 'list' }, ...councils.map((c) => h('li', {}, `${c.name} · ${t(`staff.ageGroups.${c.ageGroup}`)}`))),
      createCouncilForm(location.id, reload),
    ),
    // Members
    section(
      t('staff.members.title'),
      membersTable(members, otherCouncils, reload),
      pinSlot,
      councils.length > 0 ? registerForm(councils, pinSlot, reload) : h('p', {}, t('staff.members.needCouncil')),
    ),
    // Tablets
    section(t('staff.tablets.title'), tabletsList(tablets, reload), enrollForm(ctx, location.id, location.name)),
  );
}

function createCouncilForm(locationID: string, done: () => void): HTMLElement {
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

type MemberNode = NonNullable<NonNullable<NonNullable<LocationNode['members']['edges']>[number]>['node']>;

function membersTable(members: readonly MemberNode[], otherCouncils: ReadonlyArray<{ id: string; label: string }>, reload: () => void): HTMLElement {
  if (members.length === 0) return h('p', {}, t('staff.members.none'));
  const rows = members.map((m) => {
    const council = m.memberships?.find((ms) => !ms.leftAt)?.council.name ?? '–';
    const result = outcome();
    const actions = h('div', { class: 'row-actions' });
    const gone = m.status === 'LEFT';
    if (m.lockedAt && !gone) {
      actions.append(
        h(
          'button',
          {
            type: 'button',
            class: 'button button-secondary button-small',
            on: {
              click: () =>
                void execute(UnlockYouthMemberMutation, { memberID: m.id }).then(reload, (error: unknown) => result.error(error)),
            },
          },
          h('span', {}, t('staff.members.unlock')),
        ),
      );
    }
    if (otherCouncils.length > 0 && !gone) {
      const target = select([['', t('staff.members.transferTo')], ...otherCouncils.map((c): [string, string] => [c.id, c.label])], {
        'aria-label': t('staff.members.transferTo'),
      });
      actions.append(
        target,
        h(
          'button',
          {
            type: 'button',
            class: 'button button-secondary button-small',
            on: {
              click: () => {
                if (!target.value) return;
                void execute(TransferYouthMemberMutation, { memberID: m.id, toCouncilID: target.value }).then(reload, (error: unknown) =>
                  result.error(error),
                );
              },
            },
          },
          h('span', {}, t('staff.members.transfer')),
        ),
      );
    }
    if (!gone) {
      // Leaving for good ends sign-in and memberships: ask once more, inline.
      const confirmRow = h(
        'div',
        { class: 'row-actions', hidden: true },
        h('span', {}, t('staff.members.leftConfirm')),
        h(
          'button',
          {
            type: 'button',
            class: 'button button-danger button-small',
            on: { click: () => void execute(YouthMemberLeftMutation, { memberID: m.id }).then(reload, (error: unknown) => result.error(error)) },
          },
          h('span', {}, t('staff.members.leftYes')),
        ),
        h('button', { type: 'button', class: 'button button-secondary button-small', on: { click: () => (confirmRow.hidden = true) } }, h('span', {}, t('staff.cancel'))),
      );
      actions.append(
        h('button', { type: 'button', class: 'button button-secondary button-small', on: { click: () => (confirmRow.hidden = false) } }, h('span', {}, t('staff.members.leftAction'))),
        confirmRow,
      );
    }
    return h(
      'tr',
      {},
      h('td', {}, h('span', { class: 'member-cell' }, avatarBadge(m.avatar, 'avatar avatar-small'), h('bdi', {}, m.pseudonym))),
      h('td', {}, t(`staff.ageBands.${m.ageBand}`)),
      h('td', {}, languageName(m.language)),
      h('td', {}, council),
      h(
        'td',
        {},
        gone
          ? t('staff.members.left')
          : m.lockedAt
            ? h('span', { class: 'badge badge-warning' }, icon('lock'), t('staff.members.locked'))
            : t('staff.members.active'),
      ),
      h('td', {}, actions, result.element),
    );
  });
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'staff-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['pseudonym', 'ageBand', 'language', 'council', 'status', 'actions'] as const).map((k) => h('th', { scope: 'col' }, t(`staff.members.columns.${k}`))),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

function languageName(code: string): string {
  return (languageCodes as readonly string[]).includes(code) ? languageCard(code as (typeof languageCodes)[number]).nativeName : code;
}

function registerForm(councils: ReadonlyArray<{ id: string; name: string }>, pinSlot: HTMLElement, done: () => void): HTMLElement {
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

function tabletsList(tablets: ReadonlyArray<{ id: string; name: string; createdAt: string; revokedAt?: string | null; lastSeenAt?: string | null }>, reload: () => void): HTMLElement {
  if (tablets.length === 0) return h('p', {}, t('staff.tablets.none'));
  return h(
    'ul',
    { class: 'card-list', role: 'list' },
    ...tablets.map((tablet) => {
      const result = outcome();
      const actions = h('div', { class: 'row-actions' });
      if (!tablet.revokedAt) {
        const confirmRow = h(
          'div',
          { class: 'row-actions', hidden: true },
          h('span', {}, t('staff.tablets.confirmRevoke')),
          h(
            'button',
            {
              type: 'button',
              class: 'button button-danger button-small',
              on: { click: () => void execute(RevokeTabletMutation, { id: tablet.id }).then(reload, (error: unknown) => result.error(error)) },
            },
            h('span', {}, t('staff.tablets.revokeYes')),
          ),
          h('button', { type: 'button', class: 'button button-secondary button-small', on: { click: () => (confirmRow.hidden = true) } }, h('span', {}, t('staff.cancel'))),
        );
        actions.append(
          h('button', { type: 'button', class: 'button button-secondary button-small', on: { click: () => (confirmRow.hidden = false) } }, h('span', {}, t('staff.tablets.revoke'))),
          confirmRow,
        );
      }
      return h(
        'li',
        { class: 'card' },
        h('p', { class: 'card-title' }, icon('tablet'), h('span', {}, tablet.name)),
        h(
          'p',
          { class: 'card-meta' },
          tablet.revokedAt
            ? t('staff.tablets.revoked', { date: formatDate(tablet.revokedAt) })
            : t('staff.tablets.enrolled', { date: formatDate(tablet.createdAt), seen: formatDate(tablet.lastSeenAt) }),
        ),
        actions,
        result.element,
      );
    }),
  );
}

function enrollForm(ctx: StaffContext, locationID: string, locationName: string): HTMLElement {
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
      await execute(EnrollTabletMutation, { locationID, name: name.value.trim() });
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
