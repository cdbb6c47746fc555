// The youth councils' section of a location's report and of the national comparison: what the
// councils did (meetings, decisions, elections), what became of the children's ideas, and how
// they stand now (seats, vacancies, councils that stopped meeting). Counts of children (ideas,
// supports, attendance) arrive as null below the disclosure threshold and read "fewer than k".
import { barChart } from '../../components/BarChart';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { currentLanguage, t } from '../../i18n';
import type { CouncilFigures, National } from './reportsData';

function formatters(k: number): { number: (v: number | null | undefined, digits?: number) => string; days: (v: number | null | undefined) => string; hidden: string } {
  const language = currentLanguage();
  const hidden = t('staff.polls.fewerThan', { k: String(k) });
  const number = (v: number | null | undefined, digits = 0): string =>
    v === null || v === undefined ? hidden : v.toLocaleString(language, { maximumFractionDigits: digits });
  const days = (v: number | null | undefined): string =>
    v === null || v === undefined ? t('staff.reports.notEnough') : t('staff.reports.council.days', { days: v.toLocaleString(language, { maximumFractionDigits: 1 }) });
  return { number, days, hidden };
}

function figureList(items: Array<[string, string]>): HTMLElement {
  return h('dl', { class: 'figures' }, ...items.map(([name, value]) => h('div', { class: 'figure' }, h('dt', {}, name), h('dd', {}, value))));
}

/** The figures of one line: a location, or all locations together. */
function councilFigures(f: CouncilFigures, k: number): HTMLElement[] {
  const { number, days, hidden } = formatters(k);
  const quiet = f.quietCouncils > 0 ? h('p', { class: 'badge badge-warning report-quiet' }, icon('alert'), t('staff.reports.council.quietNote', { count: String(f.quietCouncils) })) : null;
  return [
    ...(quiet ? [quiet] : []),
    figureList([
      [t('staff.reports.council.councils'), number(f.councils)],
      [t('staff.reports.council.quiet'), number(f.quietCouncils)],
      [t('staff.reports.council.meetings'), number(f.meetingsHeld)],
      [t('staff.reports.council.agendaItems'), number(f.agendaItems)],
      [t('staff.reports.council.attendance'), number(f.attendance)],
      [t('staff.reports.council.averageAttendance'), f.averageAttendance === null || f.averageAttendance === undefined ? hidden : number(f.averageAttendance, 1)],
      [t('staff.reports.council.ideasRaised'), number(f.ideasRaised)],
      [t('staff.reports.council.ideasAdopted'), number(f.ideasAdopted)],
      [t('staff.reports.council.ideasDone'), number(f.ideasDone)],
      [t('staff.reports.council.supports'), number(f.supports)],
      [t('staff.reports.council.toDecision'), days(f.medianDaysToDecision)],
      [t('staff.reports.council.toDone'), days(f.medianDaysToDone)],
      [t('staff.reports.council.actionsDone'), number(f.actionsDone)],
      [t('staff.reports.council.elections'), number(f.electionsHeld)],
      [t('staff.reports.council.electionsVoid'), number(f.electionsVoid)],
      [t('staff.reports.council.seatsFilled'), number(f.seatsFilled)],
      [t('staff.reports.council.seats'), number(f.seats)],
      [t('staff.reports.council.vacancies'), number(f.vacancies)],
    ]),
    barChart({
      title: t('staff.reports.council.decisionsChart'),
      bars: [
        { label: t('staff.reports.council.adopted'), value: f.adopted },
        { label: t('staff.reports.council.rejected'), value: f.rejected },
        { label: t('staff.reports.council.deferred'), value: f.deferred },
      ],
      suppressedText: hidden,
      labelHeading: t('staff.reports.council.outcome'),
      valueHeading: t('staff.reports.council.decisions'),
    }),
  ];
}

/** The section, marked for print and tests. */
function councilSection(...children: HTMLElement[]): HTMLElement {
  return h('section', { class: 'staff-section report-councils' }, h('h2', {}, t('staff.reports.council.title')), ...children);
}

/** A location's youth councils in its report. */
export function drawCouncils(f: CouncilFigures, k: number): HTMLElement {
  if (f.councils === 0) return councilSection(h('p', {}, t('staff.reports.council.none')));
  return councilSection(...councilFigures(f, k));
}

/** Every location's youth councils, those with quiet councils first, and all of them together. */
export function drawNationalCouncils(report: National): HTMLElement {
  const k = report.minGroupSize;
  const { number, days } = formatters(k);
  const c = report.councils;
  const columns = ['location', 'meetings', 'ideasRaised', 'ideasAdopted', 'toDecision', 'quiet', 'vacancies'] as const;
  return councilSection(
    ...councilFigures(c.total, k),
    h('h3', {}, t('staff.reports.council.byLocation')),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'staff-table council-table' },
        h('thead', {}, h('tr', {}, ...columns.map((col) => h('th', { scope: 'col' }, t(`staff.reports.council.columns.${col}`))))),
        h(
          'tbody',
          {},
          ...c.locations.map((l) =>
            h(
              'tr',
              { class: l.figures.quietCouncils > 0 ? 'has-concern' : '' },
              h('th', { scope: 'row' }, l.locationName),
              h('td', {}, number(l.figures.meetingsHeld)),
              h('td', {}, number(l.figures.ideasRaised)),
              h('td', {}, number(l.figures.ideasAdopted)),
              h('td', {}, days(l.figures.medianDaysToDecision)),
              h('td', {}, number(l.figures.quietCouncils)),
              h('td', {}, number(l.figures.vacancies)),
            ),
          ),
        ),
      ),
    ),
  );
}
