// Polls in the staff console: the list with each poll's next step (open, close, publish),
// the editor (question and answers in several languages side by side, with a warning for
// each of the location's languages still missing) and the results as a chart.
import { execute, GraphQLRequestError } from '../../api/graphql';
import { subscribe, type Subscription } from '../../api/live';
import { barChart } from '../../components/BarChart';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { optionPictogram, optionPictogramNames, themeIcon, themeKeys } from '../../components/pictograms';
import { langAttrs, pick } from '../../components/translations';
import { graphql } from '../../gql';
import type { PollKind, PollStatus, StaffPollsQuery, Theme } from '../../gql/graphql';
import { currentLanguage, isLanguageCode, languageCard, t } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { errorText, field, formatDate, input, loading, onSubmit, outcome, section, select } from '../staff/ui';
import { translations, type TranslationInputs } from '../staff/translationFields';
import './polls.css';

const StaffPollsDoc = graphql(`
  query StaffPolls {
    polls(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          status
          kind
          theme
          scope
          question {
            lang
            text
          }
          council {
            name
          }
          location {
            name
          }
          openedAt
          closedAt
          publishedAt
        }
      }
    }
  }
`);

const PollTargetsDoc = graphql(`
  query PollTargets {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          languages
          councils {
            id
            name
          }
        }
      }
    }
  }
`);

const CreatePollMutation = graphql(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`);

const OpenPollMutation = graphql(`
  mutation OpenPoll($id: ID!) {
    openPoll(id: $id) {
      id
      status
    }
  }
`);

const ClosePollMutation = graphql(`
  mutation ClosePoll($id: ID!) {
    closePoll(id: $id) {
      id
      status
    }
  }
`);

const PublishPollMutation = graphql(`
  mutation PublishPollResults($id: ID!) {
    publishPollResults(id: $id) {
      id
      status
    }
  }
`);

const PollResultsDoc = graphql(`
  query StaffPollResults($id: ID!) {
    node(id: $id) {
      ... on Poll {
        id
        kind
        theme
        status
        question {
          lang
          text
        }
        location {
          name
        }
        council {
          name
        }
        closedAt
        options {
          id
          position
          pictogram
          label {
            lang
            text
          }
        }
      }
    }
    pollResults(pollID: $id) {
      status
      minGroupSize
      turnout
      turnoutSuppressed
      countsVisible
      median
      options {
        optionID
        count
        suppressed
      }
    }
  }
`);

const PollTurnoutSubscription = graphql(`
  subscription PollTurnout($pollID: ID!) {
    pollTurnout(pollID: $pollID) {
      pollID
      turnout
      turnoutSuppressed
      minGroupSize
    }
  }
`);

const kinds: readonly PollKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YES_NO', 'SMILEY_SCALE', 'RANKING', 'SLIDER'];
/** Kinds whose answers the server fills in (internal/voting/kinds.go); a SLIDER's points are always its own. */
const standardKinds: ReadonlySet<string> = new Set<PollKind>(['YES_NO', 'SMILEY_SCALE', 'SLIDER']);

type PollNode = NonNullable<NonNullable<NonNullable<StaffPollsQuery['polls']['edges']>[number]>['node']>;

export function pollsPage(ctx: StaffContext, rest: readonly string[]): StaffPage {
  if (rest[0] === 'new') return editorPage(ctx);
  if (rest[0]) return resultsPage(ctx, rest[0]);
  return listPage();
}

/**
 * A turnout as the API lets it be shown, the same live and in the results: the number, or
 * "fewer than k" when the server withholds it (1 to k-1 voters). The server decides; this only
 * says what it decided.
 */
function shownTurnout(r: { turnout?: number | null; turnoutSuppressed: boolean; minGroupSize: number }): string {
  return r.turnoutSuppressed || r.turnout === null || r.turnout === undefined
    ? t('staff.polls.fewerThan', { k: String(r.minGroupSize) })
    : String(r.turnout);
}

function languageName(code: string): string {
  return isLanguageCode(code) ? languageCard(code).nativeName : code;
}

function listPage(): StaffPage {
  return {
    title: t('staff.polls.title'),
    render(main) {
      const list = h('div', {}, loading());
      main.append(
        h('h1', { tabindex: '-1' }, t('staff.polls.title')),
        h('p', {}, h('a', { class: 'button button-primary', href: '/staff/polls/new', 'data-link': true }, icon('write'), h('span', {}, t('staff.polls.new')))),
        list,
      );
      // Open polls show how many children voted so far, live (never how).
      let live: Subscription[] = [];
      const stopLive = (): void => {
        for (const s of live) s.stop();
        live = [];
      };
      const load = (): void => {
        void execute(StaffPollsDoc).then(
          ({ polls }) => {
            stopLive();
            const nodes = polls.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
            list.replaceChildren(
              nodes.length === 0 ? h('p', {}, t('staff.polls.none')) : h('ul', { class: 'card-list', role: 'list' }, ...nodes.map((p) => pollCard(p, load))),
            );
            for (const el of list.querySelectorAll<HTMLElement>('.live-turnout')) {
              const pollID = el.dataset.poll ?? '';
              live.push(
                subscribe(PollTurnoutSubscription, { pollID }, {
                  onData: ({ pollTurnout }) => {
                    const turnout = shownTurnout(pollTurnout);
                    el.textContent = t('staff.polls.liveTurnout', { turnout });
                    el.dataset.turnout = pollTurnout.turnout === null || pollTurnout.turnoutSuppressed ? `<${pollTurnout.minGroupSize}` : String(pollTurnout.turnout);
                    delete el.dataset.paused;
                  },
                  // While it reconnects the last figure stays, marked as paused; an error that
                  // another try cannot change is shown as such.
                  onError: (message, code, retrying) => {
                    el.dataset.paused = 'true';
                    el.textContent = retrying
                      ? t('staff.polls.liveTurnoutPaused', { turnout: el.dataset.turnout ?? '…' })
                      : errorText(new GraphQLRequestError([{ code, message }]));
                  },
                }),
              );
            }
          },
          (error: unknown) => {
            const o = outcome();
            o.error(error);
            list.replaceChildren(o.element);
          },
        );
      };
      load();
      return stopLive;
    },
  };
}

function pollCard(poll: PollNode, reload: () => void): HTMLElement {
  const question = pick(poll.question, currentLanguage());
  const result = outcome();
  const step = (label: string, run: () => Promise<unknown>, className: string): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        class: `button button-secondary button-small ${className}`,
        on: { click: () => void run().then(reload, (error: unknown) => result.error(error)) },
      },
      h('span', {}, label),
    );
  const actions = h('div', { class: 'row-actions' });
  if (poll.status === 'DRAFT') actions.append(step(t('staff.polls.open'), () => execute(OpenPollMutation, { id: poll.id }), 'poll-open'));
  if (poll.status === 'OPEN') actions.append(step(t('staff.polls.close'), () => execute(ClosePollMutation, { id: poll.id }), 'poll-close'));
  if (poll.status === 'CLOSED') actions.append(step(t('staff.polls.publish'), () => execute(PublishPollMutation, { id: poll.id }), 'poll-publish'));
  if (poll.status !== 'DRAFT')
    actions.append(
      h('a', { class: 'button button-secondary button-small poll-results', href: `/staff/polls/${poll.id}`, 'data-link': true }, icon('chart'), h('span', {}, t('staff.polls.results'))),
    );
  return h(
    'li',
    { class: 'card', 'data-poll': poll.id, 'data-status': poll.status },
    h('p', { class: 'card-title' }, themeIcon(poll.theme), question ? h('span', langAttrs(question.lang), question.text) : ''),
    h(
      'p',
      { class: 'card-meta' },
      [t(`staff.polls.status.${poll.status}`), t(`staff.polls.kinds.${poll.kind}`), poll.council?.name ?? poll.location?.name ?? t('staff.polls.national')].join(' · '),
    ),
    poll.status === 'OPEN' && h('p', { class: 'live-turnout', 'data-poll': poll.id, role: 'status' }),
    actions,
    result.element,
  );
}

function editorPage(ctx: StaffContext): StaffPage {
  return {
    title: t('staff.polls.new'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(
        h('p', {}, h('a', { href: '/staff/polls', 'data-link': true }, icon('back', { mirrorInRtl: true }), h('span', {}, t('staff.polls.title')))),
        h('h1', { tabindex: '-1' }, t('staff.polls.new')),
        body,
      );
      void execute(PollTargetsDoc).then(
        ({ locations }) => {
          const nodes = locations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
          body.replaceChildren(editorForm(ctx, nodes));
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

type Target = { id: string; name: string; languages?: string[] | null; councils?: Array<{ id: string; name: string }> | null };

function editorForm(ctx: StaffContext, locations: readonly Target[]): HTMLElement {
  const targets: Array<[string, string]> = locations.flatMap((l) => [
    [`location:${l.id}`, t('staff.polls.everyoneAt', { location: l.name })] as [string, string],
    ...(l.councils ?? []).map((c): [string, string] => [`council:${c.id}`, `${c.name} (${l.name})`]),
  ]);
  const target = select(targets, { name: 'target' });
  const kind = select(kinds.map((k) => [k, t(`staff.polls.kinds.${k}`)]), { name: 'kind' });
  const theme = select(themeKeys.map((k) => [k, t(`themes.${k}`)]), { name: 'theme' });
  const maxChoices = input({ type: 'number', min: '1', name: 'maxChoices', value: '2', inputmode: 'numeric' });
  const maxField = field(t('staff.polls.maxChoices'), maxChoices);
  const form = h('form', { class: 'staff-form poll-editor' });
  const result = outcome();
  const warnings = h('ul', { class: 'translation-warnings' });
  const languageSlot = h('div', {});
  const optionsSlot = h('div', {});
  let question: TranslationInputs;
  let options: Array<{ pictogram: HTMLSelectElement; label: TranslationInputs; row: HTMLElement }> = [];
  let languages: string[] = [];
  let required: string[] = [];

  const locationOf = (value: string): Target | undefined => {
    const [type, id] = value.split(':');
    return type === 'location' ? locations.find((l) => l.id === id) : locations.find((l) => l.councils?.some((c) => c.id === id));
  };

  const check = (): void => {
    const missing = new Set<string>();
    for (const code of question.missing(required)) missing.add(code);
    for (const o of options) for (const code of o.label.missing(required)) missing.add(code);
    warnings.replaceChildren(
      ...[...missing].map((code) => h('li', { class: 'badge badge-warning' }, icon('alert'), t('staff.answers.missing', { language: languageName(code) }))),
    );
  };

  const addOption = (): void => {
    const pictogram = select([['', t('staff.polls.noPictogram')], ...optionPictogramNames.map((n): [string, string] => [n, n])], { name: 'pictogram' });
    const preview = h('span', { class: 'pictogram-preview' });
    const drawPreview = (): void => preview.replaceChildren(optionPictogram(pictogram.value || null, theme.value));
    pictogram.addEventListener('change', drawPreview);
    drawPreview();
    const label = translations(t('staff.polls.optionLabel', { n: String(options.length + 1) }), languages, `option${options.length + 1}`);
    label.onInput(check);
    const row = h(
      'div',
      { class: 'poll-option-row' },
      h('div', { class: 'pictogram-field' }, preview, field(t('staff.polls.pictogram'), pictogram)),
      label.element,
      h(
        'button',
        {
          type: 'button',
          class: 'button button-secondary button-small',
          on: {
            click: () => {
              options = options.filter((o) => o.row !== row);
              row.remove();
              check();
            },
          },
        },
        h('span', {}, t('staff.polls.removeOption')),
      ),
    );
    options.push({ pictogram, label, row });
    optionsList.append(row);
    check();
  };
  const optionsList = h('div', { class: 'poll-options' });

  const rebuild = (): void => {
    const location = locationOf(target.value);
    required = location?.languages ?? [];
    languages = [...new Set([...required, 'nl', 'en'])];
    question = translations(t('staff.polls.question'), languages, 'question', true);
    question.onInput(check);
    languageSlot.replaceChildren(question.element);
    options = [];
    optionsList.replaceChildren();
    const standard = standardKinds.has(kind.value);
    maxField.hidden = kind.value !== 'MULTIPLE_CHOICE';
    optionsSlot.replaceChildren(
      standard
        ? h('p', { class: 'field-hint' }, t('staff.polls.standardOptions'))
        : h(
            'div',
            {},
            h('h2', {}, t('staff.polls.options')),
            optionsList,
            h('button', { type: 'button', class: 'button button-secondary add-option', on: { click: addOption } }, h('span', {}, t('staff.polls.addOption'))),
          ),
    );
    if (!standard) {
      addOption();
      addOption();
    }
    check();
  };
  target.addEventListener('change', rebuild);
  kind.addEventListener('change', rebuild);

  form.append(
    field(t('staff.polls.target'), target),
    field(t('staff.polls.kind'), kind),
    field(t('staff.polls.theme'), theme),
    maxField,
    languageSlot,
    optionsSlot,
    h('div', { role: 'status' }, warnings),
    result.element,
    h('button', { type: 'submit', class: 'button button-primary' }, icon('check'), h('span', {}, t('staff.polls.save'))),
  );
  rebuild();

  onSubmit(form, async () => {
    result.clear();
    const [type, id] = target.value.split(':');
    const standard = standardKinds.has(kind.value);
    try {
      await execute(CreatePollMutation, {
        input: {
          councilID: type === 'council' ? (id ?? null) : null,
          locationID: type === 'location' ? (id ?? null) : null,
          kind: kind.value as PollKind,
          theme: theme.value as Theme,
          question: question.values(),
          options: standard ? null : options.map((o) => ({ label: o.label.values(), pictogram: o.pictogram.value || null })),
          maxChoices: kind.value === 'MULTIPLE_CHOICE' ? Number(maxChoices.value) : null,
        },
      });
      ctx.navigate('/staff/polls');
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}

function resultsPage(_ctx: StaffContext, id: string): StaffPage {
  return {
    title: t('staff.polls.results'),
    render(main) {
      const body = h('div', {}, loading());
      main.append(
        h('p', { class: 'no-print' }, h('a', { href: '/staff/polls', 'data-link': true }, icon('back', { mirrorInRtl: true }), h('span', {}, t('staff.polls.title')))),
        body,
      );
      void execute(PollResultsDoc, { id }).then(
        ({ node, pollResults }) => {
          if (!node || !('options' in node)) {
            body.replaceChildren(h('h1', { tabindex: '-1' }, t('staff.errors.NOT_FOUND')));
            return;
          }
          const language = currentLanguage();
          const question = pick(node.question, language);
          const suppressed = t('staff.polls.fewerThan', { k: String(pollResults.minGroupSize) });
          const counts = new Map(pollResults.options.map((o) => [o.optionID, o]));
          const bars = [...node.options]
            .sort((a, b) => a.position - b.position)
            .map((o) => {
              const label = pick(o.label, language);
              const r = counts.get(o.id);
              return { label: label?.text ?? o.pictogram ?? '', value: r && !r.suppressed ? (r.count ?? null) : null, lang: label?.lang ?? language };
            });
          const turnout = shownTurnout(pollResults);
          body.replaceChildren(
            h(
              'article',
              { class: 'report print-area' },
              h('h1', { tabindex: '-1', ...(question ? langAttrs(question.lang) : {}) }, question?.text ?? t('staff.polls.results')),
              h(
                'p',
                { class: 'card-meta' },
                [
                  node.council?.name ?? node.location?.name ?? t('staff.polls.national'),
                  t(`staff.polls.status.${pollResults.status as PollStatus}`),
                  node.closedAt ? t('staff.polls.closedOn', { date: formatDate(node.closedAt) }) : '',
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
              h('p', { class: 'report-figure' }, t('staff.polls.turnout', { turnout })),
              pollResults.countsVisible
                ? section(
                    t('staff.polls.chartTitle'),
                    barChart({
                      title: question?.text ?? t('staff.polls.results'),
                      bars,
                      suppressedText: suppressed,
                      labelHeading: t('staff.polls.answer'),
                      valueHeading: t('staff.polls.children'),
                    }),
                    pollResults.median !== null && pollResults.median !== undefined
                      ? h('p', {}, t('staff.polls.median', { median: pollResults.median.toLocaleString(language) }))
                      : false,
                  )
                : h('p', { class: 'outcome is-success', role: 'status' }, icon('lock'), h('span', {}, t('staff.polls.hiddenWhileOpen'))),
              h('p', { class: 'field-hint' }, t('staff.polls.protection', { k: String(pollResults.minGroupSize) })),
            ),
            h(
              'p',
              { class: 'no-print' },
              h('button', { type: 'button', class: 'button button-primary', on: { click: () => window.print() } }, icon('print'), h('span', {}, t('staff.polls.print'))),
            ),
          );
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
