// Small building blocks of the staff console: labelled fields, error messages from API
// error codes, and sections. Every text comes from the locale files.
import { GraphQLRequestError } from '../../api/graphql';
import { h, type Child } from '../../components/dom';
import { icon } from '../../components/icons';
import { t, type MessageKey } from '../../i18n';

let fieldCounter = 0;

export function fieldId(prefix: string): string {
  fieldCounter += 1;
  return `${prefix}-${fieldCounter}`;
}

/** A label above its control; `hint` is linked with aria-describedby. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLElement {
  if (!control.id) control.id = fieldId('field');
  const hintEl = hint ? h('p', { class: 'field-hint', id: `${control.id}-hint` }, hint) : undefined;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hintEl);
}

export function input(attrs: Record<string, string | boolean | undefined>): HTMLInputElement {
  return h('input', { class: 'input', ...attrs });
}

export function select(options: ReadonlyArray<[value: string, label: string]>, attrs: Record<string, string | boolean | undefined> = {}): HTMLSelectElement {
  return h('select', { class: 'input', ...attrs }, ...options.map(([value, label]) => h('option', { value }, label)));
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'staff-section' }, h('h2', {}, title), ...children);
}

/** A message for an API error, by its code (docs/api.md, "Errors"). */
export function errorText(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return t('staff.errors.INTERNAL');
  const known: Record<string, MessageKey> = {
    UNAUTHENTICATED: 'staff.errors.UNAUTHENTICATED',
    FORBIDDEN: 'staff.errors.FORBIDDEN',
    BAD_USER_INPUT: 'staff.errors.BAD_USER_INPUT',
    NOT_FOUND: 'staff.errors.NOT_FOUND',
    CONFLICT: 'staff.errors.CONFLICT',
    RATE_LIMITED: 'staff.errors.RATE_LIMITED',
    LIMIT_EXCEEDED: 'staff.errors.LIMIT_EXCEEDED',
    POLL_NOT_OPEN: 'staff.errors.POLL_NOT_OPEN',
    NETWORK: 'staff.errors.NETWORK',
    UNAVAILABLE: 'staff.errors.UNAVAILABLE',
  };
  const key = known[error.code] ?? 'staff.errors.INTERNAL';
  const detail = error.errors[0];
  if (error.code === 'BAD_USER_INPUT' && detail?.field) return `${t(key)} (${detail.field}: ${detail.message})`;
  if (error.code === 'RATE_LIMITED' && detail?.retryAfter) {
    return t('staff.errors.RATE_LIMITED_WAIT', { minutes: String(Math.max(1, Math.ceil(detail.retryAfter / 60))) });
  }
  return t(key);
}

/** A place for a form's outcome: an error (role=alert) or a success (role=status). */
export function outcome(): { element: HTMLElement; error(e: unknown): void; success(text: string): void; clear(): void } {
  const element = h('div', { class: 'outcome' });
  return {
    element,
    error(e) {
      element.className = 'outcome is-error';
      element.setAttribute('role', 'alert');
      element.replaceChildren(icon('alert'), h('p', {}, errorText(e)));
    },
    success(text) {
      element.className = 'outcome is-success';
      element.setAttribute('role', 'status');
      element.replaceChildren(icon('check'), h('p', {}, text));
    },
    clear() {
      element.className = 'outcome';
      element.replaceChildren();
    },
  };
}

/** Run a form's submit handler with its button disabled meanwhile. */
export function onSubmit(form: HTMLFormElement, handler: () => Promise<void>): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const buttons = [...form.querySelectorAll<HTMLButtonElement>('button[type=submit]')];
    for (const b of buttons) b.disabled = true;
    void handler().finally(() => {
      for (const b of buttons) b.disabled = false;
    });
  });
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(document.documentElement.lang || undefined, { dateStyle: 'medium' });
}
