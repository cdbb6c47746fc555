// The staff console (/staff/…), loaded as its own chunk so the children's tablet app stays
// small. A header with the sections the signed-in user may use, the language and "sign out";
// each section is a page module under features/staff/. Which sections a user sees follows
// from their capabilities (me.capabilities), which the server's policies define and obey: the
// console keeps no role table of its own.
import { currentViewer, refreshViewer, signOut, type Viewer } from '../../app/session';
import { h } from '../../components/dom';
import { icon, type IconName } from '../../components/icons';
import { currentLanguage, languageCard, languageCodes, setLanguage, t, type LanguageCode, type MessageKey } from '../../i18n';
import type { Capability } from '../../gql/graphql';
import { locationPage, locationsPage } from './LocationsPage';
import { signInPage } from './SignInPage';
import { staffSections } from './sections';
import { rememberStaffLanguage, staffLanguage } from './staffLanguage';
import './staff.css';

export interface StaffDeps {
  navigate(path: string, options?: { replace?: boolean }): void;
  refresh(): void;
}

export type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

export interface StaffContext extends StaffDeps {
  viewer: StaffViewer;
}

/** A page of the console: its title and how to draw it. */
export interface StaffPage {
  title: string;
  render(main: HTMLElement): void | (() => void);
}

export interface StaffSection {
  /** First path segment after /staff. */
  segment: string;
  label: MessageKey;
  icon: IconName;
  /** The capability the section's work needs. */
  capability: Capability;
  page(ctx: StaffContext, rest: readonly string[]): StaffPage;
}

const locationsSection: StaffSection = {
  segment: 'locations',
  label: 'staff.nav.locations',
  icon: 'home',
  capability: 'READ_COUNCILS',
  page: (ctx, rest) => (rest[0] ? locationPage(ctx, rest[0]) : locationsPage(ctx)),
};

function sectionsFor(viewer: StaffViewer): StaffSection[] {
  return [locationsSection, ...staffSections].filter((s) => viewer.capabilities.includes(s.capability));
}

/** Draw the console page for `path`; returns its clean-up. */
export function renderStaff(outlet: HTMLElement, path: string, deps: StaffDeps): void | (() => void) {
  const segments = path.split('/').filter(Boolean).slice(1); // drop "staff"
  // The console speaks the staff member's language, not the one a child chose on this tablet.
  const wanted = staffLanguage();
  if (wanted !== currentLanguage()) {
    let gone = false;
    void setLanguage(wanted, { remember: false }).then(() => {
      if (!gone) deps.refresh();
    });
    return () => {
      gone = true;
    };
  }
  const viewer = currentViewer();

  if (viewer.kind !== 'staff' || segments[0] === 'sign-in') {
    if (viewer.kind === 'staff') {
      queueMicrotask(() => deps.navigate('/staff', { replace: true }));
      return;
    }
    const page = signInPage({
      async signedIn() {
        await refreshViewer();
        deps.navigate(segments[0] === 'sign-in' || segments.length === 0 ? '/staff' : path, { replace: true });
      },
    });
    return frame(outlet, page, undefined, deps);
  }

  const ctx: StaffContext = { ...deps, viewer };
  const sections = sectionsFor(viewer);
  const first = sections[0];
  if (segments.length === 0 && first) {
    queueMicrotask(() => deps.navigate(`/staff/${first.segment}`, { replace: true }));
    return;
  }
  const section = sections.find((s) => s.segment === segments[0]);
  const page: StaffPage = section
    ? section.page(ctx, segments.slice(1))
    : {
        title: t('notFound.title'),
        render(main) {
          main.append(h('h1', { tabindex: '-1' }, t('notFound.title')));
        },
      };
  return frame(outlet, page, { sections, current: section, viewer }, deps);
}

function frame(
  outlet: HTMLElement,
  page: StaffPage,
  nav: { sections: StaffSection[]; current: StaffSection | undefined; viewer: StaffViewer } | undefined,
  deps: StaffDeps,
): void | (() => void) {
  document.title = `${page.title} – ${t('staff.title')}`;
  const language = h(
    'select',
    {
      class: 'input staff-language',
      id: 'staff-language',
      on: {
        change: (event) => {
          const code = (event.target as HTMLSelectElement).value as LanguageCode;
          rememberStaffLanguage(code);
          void setLanguage(code, { remember: false }).then(() => deps.refresh());
        },
      },
    },
    ...languageCodes.map((code) => {
      const option = h('option', { value: code, lang: code }, languageCard(code).nativeName);
      option.selected = code === currentLanguage();
      return option;
    }),
  );
  const main = h('div', { class: 'staff-main' });
  outlet.append(
    h(
      'div',
      { class: 'staff-console' },
      h(
        'header',
        { class: 'staff-header' },
        h('p', { class: 'staff-brand' }, h('a', { href: '/staff', 'data-link': true }, t('staff.title'))),
        nav &&
          h(
            'nav',
            { class: 'staff-nav', 'aria-label': t('staff.nav.label') },
            h(
              'ul',
              { role: 'list' },
              ...nav.sections.map((s) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    { href: `/staff/${s.segment}`, 'data-link': true, 'aria-current': s === nav.current ? 'page' : undefined },
                    icon(s.icon),
                    h('span', {}, t(s.label)),
                  ),
                ),
              ),
            ),
          ),
        h(
          'div',
          { class: 'staff-header-tools' },
          h('label', { for: 'staff-language', class: 'visually-hidden' }, t('staff.language')),
          language,
          nav &&
            h(
              'button',
              {
                type: 'button',
                class: 'button button-secondary',
                on: {
                  click: () =>
                    void signOut().then(() => {
                      deps.navigate('/staff/sign-in', { replace: true });
                    }),
                },
              },
              icon('signOut', { mirrorInRtl: true }),
              h('span', {}, t('staff.signOut')),
            ),
        ),
      ),
      main,
    ),
  );
  return page.render(main);
}
