// Locations and everything set up per location: councils, members (register with a
// printable PIN card, unlock, transfer to another location) and tablets (make this
// browser a tablet, revoke). What a role may change the API decides; the page shows what
// the API returns. The forms are in locationForms.ts, the operations in locationsData.ts.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge } from '../../components/pictograms';
import { t } from '../../i18n';
import type { StaffContext, StaffPage } from './console';
import { createCouncilForm, createLocationForm, enrollForm, registerForm } from './locationForms';
import {
  RevokeTabletMutation,
  StaffLocationQuery,
  StaffLocationsQuery,
  TransferYouthMemberMutation,
  UnlockYouthMemberMutation,
  YouthMemberLeftMutation,
  type LocationNode,
  type MemberNode,
} from './locationsData';
import { languageName } from './translationFields';
import { formatDate, loading, outcome, section, select } from './ui';

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
  const tabletSlot = h('div', { class: 'tablet-slot' }, tabletsList(tablets, reload));

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
    // A tablet made here appears in the list at once, without reloading the page.
    section(
      t('staff.tablets.title'),
      tabletSlot,
      enrollForm(ctx, location.id, location.name, (tablet) => tabletSlot.replaceChildren(tabletsList([...tablets, tablet], reload))),
    ),
  );
}

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
