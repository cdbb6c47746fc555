// A confirmation before a step that cannot be taken back (open, close, publish a poll): a modal
// dialog that says what will happen, with "cancel" focused first so Enter never confirms by
// accident. Only steps that can be undone honestly would get an undo instead; these cannot.
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { t } from '../../i18n';
import { fieldId } from './ui';
import './confirm.css';

export interface ConfirmOptions {
  title: string;
  text: string;
  /** Things to know first, e.g. the languages the poll lacks; shown as warnings. */
  warnings?: readonly string[];
  /** The confirming button's label: the action itself ("Close now"). */
  confirm: string;
}

/** Asks, and resolves true only when the staff member confirmed. */
export function confirmAction(options: ConfirmOptions): Promise<boolean> {
  const titleID = fieldId('confirm-title');
  const textID = fieldId('confirm-text');
  const cancel = h('button', { type: 'button', class: 'button button-secondary confirm-no' }, h('span', {}, t('staff.confirm.cancel')));
  const yes = h('button', { type: 'button', class: 'button button-primary confirm-yes' }, icon('check'), h('span', {}, options.confirm));
  const warnings = options.warnings ?? [];
  const dialog = h(
    'dialog',
    { class: 'confirm-dialog', 'aria-labelledby': titleID, 'aria-describedby': textID },
    h('h2', { id: titleID }, options.title),
    h('p', { id: textID }, options.text),
    warnings.length > 0 && h('ul', { class: 'confirm-warnings', role: 'list' }, ...warnings.map((w) => h('li', { class: 'badge badge-warning' }, icon('alert'), h('span', {}, w)))),
    h('div', { class: 'form-actions' }, cancel, yes),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer = false;
    cancel.addEventListener('click', () => dialog.close());
    yes.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
    cancel.focus();
  });
}
