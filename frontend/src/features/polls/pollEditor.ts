// The poll editor, for a new poll and for a draft: question and answers in several languages side
// by side, each labelled in the staff member's language too, with a warning for each of the
// location's languages still missing. The theme has no default: staff choose it. The API
// validates; this only helps.
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { optionPictogram, optionPictogramNames, themeKeys } from '../../components/pictograms';
import type { PollKind, Theme } from '../../gql/graphql';
import { t, type MessageKey } from '../../i18n';
import type { StaffContext, StaffPage } from '../staff/console';
import { languageName, translations, type TranslationInputs } from '../staff/translationFields';
import { field, input, loading, onSubmit, outcome, select } from '../staff/ui';
import { CreatePollMutation, kinds, PollDraftDoc, PollTargetsDoc, standardKinds, UpdatePollMutation, type PollDraft, type Target } from './pollsData';

/** The editor page: a new poll, or the draft `id`. */
export function editorPage(ctx: StaffContext, id?: string): StaffPage {
  const title = t(id ? 'staff.polls.editTitle' : 'staff.polls.new');
  return {
    title,
    render(main) {
      const body = h('div', {}, loading());
      main.append(
        h('p', {}, h('a', { href: '/staff/polls', 'data-link': true }, icon('back', { mirrorInRtl: true }), h('span', {}, t('staff.polls.title')))),
        h('h1', { tabindex: '-1' }, title),
        body,
      );
      void Promise.all([execute(PollTargetsDoc), id ? execute(PollDraftDoc, { id }) : undefined]).then(
        ([{ locations }, draft]) => {
          const nodes = locations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
          const poll = draft?.node && 'status' in draft.node ? (draft.node as PollDraft) : undefined;
          if (id && poll?.status !== 'DRAFT') {
            body.replaceChildren(h('p', { class: 'outcome is-error', role: 'alert' }, t(poll ? 'staff.polls.notDraft' : 'staff.errors.NOT_FOUND')));
            return;
          }
          body.replaceChildren(editorForm(ctx, nodes, poll));
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

/** The pictures an answer may have, by their names in the staff member's language. */
function pictogramChoices(): Array<[string, string]> {
  const named = optionPictogramNames.map((n): [string, string] => [n, t(`pictograms.${n}` as MessageKey)]);
  return [['', t('staff.polls.noPictogram')], ...named];
}

function editorForm(ctx: StaffContext, locations: readonly Target[], draft?: PollDraft): HTMLElement {
  const targets: Array<[string, string]> = locations.flatMap((l) => [
    [`location:${l.id}`, t('staff.polls.everyoneAt', { location: l.name })] as [string, string],
    ...(l.councils ?? []).map((c): [string, string] => [`council:${c.id}`, `${c.name} (${l.name})`]),
  ]);
  const target = select(targets, { name: 'target' });
  const kind = select(kinds.map((k) => [k, t(`staff.polls.kinds.${k}`)]), { name: 'kind' });
  // No silent default: an empty first choice, and the form is not sent until one is picked.
  const theme = select([['', t('staff.polls.chooseTheme')], ...themeKeys.map((k): [string, string] => [k, t(`themes.${k}`)])], { name: 'theme', required: true });
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

  if (draft) {
    // Where a poll asks is fixed when it is made (the API refuses to change it).
    target.value = draft.council ? `council:${draft.council.id}` : `location:${draft.location?.id ?? ''}`;
    target.disabled = true;
    kind.value = draft.kind;
    theme.value = draft.theme;
    if (draft.maxChoices) maxChoices.value = String(draft.maxChoices);
  }

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

  const addOption = (value?: { pictogram?: string | null; label: ReadonlyArray<{ lang: string; text: string }> }): void => {
    const pictogram = select(pictogramChoices(), { name: 'pictogram' });
    if (value?.pictogram) pictogram.value = value.pictogram;
    const preview = h('span', { class: 'pictogram-preview' });
    const drawPreview = (): void => preview.replaceChildren(optionPictogram(pictogram.value || null, theme.value));
    pictogram.addEventListener('change', drawPreview);
    theme.addEventListener('change', drawPreview);
    drawPreview();
    const label = translations(t('staff.polls.optionLabel', { n: String(options.length + 1) }), languages, `option${options.length + 1}`);
    if (value) label.set(value.label);
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

  const rebuild = (fill?: PollDraft): void => {
    const location = locationOf(target.value);
    required = location?.languages ?? [];
    const written = fill ? [...fill.question, ...fill.options.flatMap((o) => o.label)].map((x) => x.lang) : [];
    languages = [...new Set([...required, 'nl', 'en', ...written])];
    question = translations(t('staff.polls.question'), languages, 'question', true);
    if (fill) question.set(fill.question);
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
            h('button', { type: 'button', class: 'button button-secondary add-option', on: { click: () => addOption() } }, h('span', {}, t('staff.polls.addOption'))),
          ),
    );
    if (!standard) {
      const existing = fill ? [...fill.options].sort((a, b) => a.position - b.position) : [];
      if (existing.length > 0) for (const o of existing) addOption(o);
      else {
        addOption();
        addOption();
      }
    }
    check();
  };
  target.addEventListener('change', () => rebuild());
  kind.addEventListener('change', () => rebuild());

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
  rebuild(draft);

  onSubmit(form, async () => {
    result.clear();
    const [type, id] = target.value.split(':');
    const standard = standardKinds.has(kind.value);
    const content = {
      kind: kind.value as PollKind,
      theme: theme.value as Theme,
      question: question.values(),
      options: standard ? null : options.map((o) => ({ label: o.label.values(), pictogram: o.pictogram.value || null })),
      maxChoices: kind.value === 'MULTIPLE_CHOICE' ? Number(maxChoices.value) : null,
    };
    try {
      // What this editor does not show stays as it was (updatePoll replaces everything).
      const kept = draft && {
        description: draft.description ?? null,
        audienceAgeBands: draft.audienceAgeBands ?? null,
        opensAt: draft.opensAt ?? null,
        closesAt: draft.closesAt ?? null,
        minGroupSize: draft.minGroupSize,
      };
      if (draft) await execute(UpdatePollMutation, { id: draft.id, input: { ...content, ...kept } });
      else
        await execute(CreatePollMutation, {
          input: { councilID: type === 'council' ? (id ?? null) : null, locationID: type === 'location' ? (id ?? null) : null, ...content },
        });
      ctx.navigate('/staff/polls');
    } catch (error) {
      result.error(error);
    }
  });
  return form;
}
