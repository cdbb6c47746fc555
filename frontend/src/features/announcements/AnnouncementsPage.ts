// Announcements for the children of a location: written side by side in several languages,
// with a warning for each of the location's languages still missing (children read theirs,
// else a fallback), and the list of what is published.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { langAttrs, pick } from '../../components/translations';
import { graphql } from '../../gql';
import { currentLanguage, t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { languageName, translations } from '../staff/translationFields';
import { field, formatDay, input, loading, onSubmit, outcome, section, select } from '../staff/ui';
import '../answers/answers.css';
import '../polls/polls.css';

const AnnouncementLocationsDoc = graphql(`
  query AnnouncementLocations {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          languages
        }
      }
    }
  }
`);

const LocationAnnouncementsDoc = graphql(`
  query LocationAnnouncements($locationID: ID!) {
    locationAnnouncements(locationID: $locationID) {
      id
      publishAt
      expiresAt
      missingLanguages
      title {
        lang
        text
      }
      body {
        lang
        text
      }
    }
  }
`);

const CreateAnnouncementMutation = graphql(`
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`);

interface Place {
  id: string;
  name: string;
  languages?: string[] | null;
}

export function announcementsPage(_ctx: StaffContext): StaffPage {
  return {
    title: t('staff.announcements.title'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(h('h1', { tabindex: '-1' }, t('staff.announcements.title')), body);
      void execute(AnnouncementLocationsDoc).then(
        ({ locations }) => {
          const places: Place[] = locations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
          if (places.length === 0) {
            body.replaceChildren(h('p', {}, t('staff.locations.none')));
            return;
          }
          const location = select(places.map((p) => [p.id, p.name]), { name: 'location' });
          const list = h('div', {});
          const editor = h('div', {});
          const draw = (): void => {
            const place = places.find((p) => p.id === location.value) ?? places[0]!;
            editor.replaceChildren(createForm(place, () => void loadList(place)));
            void loadList(place);
          };
          const loadList = async (place: Place): Promise<void> => {
            list.replaceChildren(loading());
            try {
              const { locationAnnouncements } = await execute(LocationAnnouncementsDoc, { locationID: place.id });
              const language = currentLanguage();
              list.replaceChildren(
                locationAnnouncements.length === 0
                  ? h('p', {}, t('staff.announcements.none'))
                  : h(
                      'ul',
                      { class: 'card-list', role: 'list' },
                      ...locationAnnouncements.map((a) => {
                        const title = pick(a.title, language);
                        const text = pick(a.body, language);
                        return h(
                          'li',
                          { class: 'card', 'data-announcement': a.id },
                          h('p', { class: 'card-title' }, icon('news'), title ? h('span', langAttrs(title.lang), title.text) : ''),
                          text && h('p', langAttrs(text.lang), text.text),
                          h('p', { class: 'card-meta' }, [a.publishAt ? formatDay(a.publishAt) : '', a.expiresAt ? `→ ${formatDay(a.expiresAt)}` : ''].filter(Boolean).join(' ')),
                          a.missingLanguages.length > 0 &&
                            h(
                              'ul',
                              { class: 'translation-warnings' },
                              ...a.missingLanguages.map((code) => h('li', { class: 'badge badge-warning' }, icon('alert'), t('staff.answers.missing', { language: languageName(code) }))),
                            ),
                        );
                      }),
                    ),
              );
            } catch (error) {
              const o = outcome();
              o.error(error);
              list.replaceChildren(o.element);
            }
          };
          location.addEventListener('change', draw);
          body.replaceChildren(
            h('div', { class: 'staff-form' }, field(t('staff.reports.location'), location)),
            section(t('staff.announcements.published'), list),
            editor,
          );
          draw();
        },
        (error: unknown) => {
          const o = outcome();
          o.error(error);
          body.replaceChildren(o.element);
        },
      );
    },
  };
}

function createForm(place: Place, done: () => void): HTMLElement {
  const required = place.languages ?? [];
  const languages = [...new Set([...required, 'nl', 'en'])];
  const title = translations(t('staff.announcements.titleField'), languages, 'title');
  const text = translations(t('staff.announcements.body'), languages, 'body', true);
  const publishAt = input({ type: 'date', name: 'publishAt' });
  const expiresAt = input({ type: 'date', name: 'expiresAt' });
  const warningList = h('ul', { class: 'translation-warnings' });
  const result = outcome();
  const check = (): void => {
    const missing = new Set([...title.missing(required), ...text.missing(required)]);
    warningList.replaceChildren(...[...missing].map((code) => h('li', { class: 'badge badge-warning' }, icon('alert'), t('staff.answers.missing', { language: languageName(code) }))));
  };
  title.onInput(check);
  text.onInput(check);
  check();
  const form = h(
    'form',
    { class: 'staff-form poll-editor announcement-form' },
    title.element,
    text.element,
    h('div', { class: 'report-dates' }, field(t('staff.announcements.publishAt'), publishAt), field(t('staff.announcements.expiresAt'), expiresAt)),
    h('div', { role: 'status' }, warningList),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, icon('news'), h('span', {}, t('staff.announcements.publish'))),
  );
  onSubmit(form, async () => {
    result.clear();
    try {
      await execute(CreateAnnouncementMutation, {
        input: {
          locationID: place.id,
          title: title.values(),
          body: text.values(),
          publishAt: publishAt.value ? new Date(`${publishAt.value}T00:00:00`).toISOString() : null,
          expiresAt: expiresAt.value ? new Date(`${expiresAt.value}T23:59:59`).toISOString() : null,
        },
      });
      form.reset();
      check();
      result.success(t('staff.saved'));
      done();
    } catch (error) {
      result.error(error);
    }
  });
  return section(t('staff.announcements.new', { location: place.name }), form);
}
