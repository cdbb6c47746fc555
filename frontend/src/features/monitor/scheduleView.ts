// A location's schedule of monitor rounds on its Monitor page: when the next round starts by
// itself, every how many days, paused or not, its own or the deployment's default; and, for those
// who may start a round (START_MONITOR_ROUNDS, the same check), a form to change it after a
// confirmation. A wrong number of days (the API's BAD_USER_INPUT on everyDays) is shown on the field.
import { execute, GraphQLRequestError } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { t } from '../../i18n';
import type { MonitorScheduleFieldsFragment } from '../../gql/graphql';
import { confirmAction } from '../staff/confirm';
import { field, fieldId, formatDay, input, onSubmit, outcome } from '../staff/ui';
import { SetMonitorScheduleDoc } from './monitorData';

type Schedule = MonitorScheduleFieldsFragment;

function facts(s: Schedule): HTMLElement[] {
  const rows: Array<[string, string]> = [
    [t('staff.monitor.schedule.next'), s.paused || !s.nextRoundAt ? t('staff.monitor.schedule.paused') : formatDay(s.nextRoundAt)],
    [t('staff.monitor.schedule.every'), t('staff.monitor.schedule.days', { n: String(s.everyDays) })],
    [t('staff.monitor.schedule.setBy'), s.own ? t('staff.monitor.schedule.own') : t('staff.monitor.schedule.default')],
  ];
  return rows.map(([k, v]) => h('div', { class: 'figure' }, h('dt', {}, k), h('dd', {}, v)));
}

export function scheduleSection(schedule: Schedule, mayChange: boolean): HTMLElement {
  const list = h('dl', { class: 'figures monitor-schedule-facts' }, ...facts(schedule));
  const section = h('section', { class: 'staff-section monitor-schedule no-print' }, h('h2', {}, t('staff.monitor.schedule.title')), list);
  if (!mayChange) return section;

  const days = input({ type: 'number', name: 'everyDays', min: '28', max: '365', step: '1', inputmode: 'numeric', value: String(schedule.everyDays) });
  days.id = fieldId('monitor-every-days');
  const dayError = h('p', { class: 'field-error', id: `${days.id}-error` });
  const paused = input({ type: 'checkbox', name: 'paused', class: 'checkbox', id: fieldId('monitor-paused') });
  paused.checked = schedule.paused;
  const result = outcome();
  const useDefault = h('button', { type: 'button', class: 'button button-secondary monitor-schedule-default', hidden: !schedule.own }, h('span', {}, t('staff.monitor.schedule.useDefault')));
  const form = h(
    'form',
    { class: 'staff-form monitor-schedule-form', novalidate: true },
    field(t('staff.monitor.schedule.everyDays'), days, t('staff.monitor.schedule.everyDaysHint')),
    dayError,
    h('div', { class: 'field field-check' }, paused, h('label', { for: paused.id }, t('staff.monitor.schedule.pause'))),
    result.element,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button button-primary monitor-schedule-save' }, icon('check'), h('span', {}, t('staff.monitor.schedule.save'))),
      useDefault,
    ),
  );
  const fieldError = (show: boolean): void => {
    dayError.textContent = show ? t('staff.monitor.schedule.everyDaysError') : '';
    if (show) {
      days.setAttribute('aria-invalid', 'true');
      days.setAttribute('aria-describedby', `${days.id}-hint ${dayError.id}`);
      days.focus();
    } else {
      days.removeAttribute('aria-invalid');
      days.setAttribute('aria-describedby', `${days.id}-hint`);
    }
  };
  const save = async (vars: { everyDays?: number; paused?: boolean; useDefault?: boolean }, text: string): Promise<void> => {
    result.clear();
    fieldError(false);
    if (!(await confirmAction({ title: t('staff.monitor.schedule.confirmTitle'), text, confirm: t('staff.monitor.schedule.save') }))) return;
    try {
      const { setMonitorSchedule: s } = await execute(SetMonitorScheduleDoc, { locationID: schedule.locationID, ...vars });
      list.replaceChildren(...facts(s));
      days.value = String(s.everyDays);
      paused.checked = s.paused;
      useDefault.hidden = !s.own;
      result.success(t('staff.monitor.schedule.saved'));
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' && error.errors[0]?.field === 'everyDays') fieldError(true);
      else result.error(error);
    }
  };
  onSubmit(form, async () => {
    const n = Number(days.value);
    if (days.value.trim() === '' || !Number.isInteger(n)) {
      fieldError(true);
      return;
    }
    const text = paused.checked ? t('staff.monitor.schedule.confirmPaused') : t('staff.monitor.schedule.confirmEvery', { n: String(n) });
    await save({ everyDays: n, paused: paused.checked }, text);
  });
  useDefault.addEventListener('click', () => void save({ useDefault: true }, t('staff.monitor.schedule.confirmDefault')));
  section.append(form);
  return section;
}
