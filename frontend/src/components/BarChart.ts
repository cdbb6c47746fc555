// A horizontal bar chart drawn as SVG (no library, no inline styles: the CSP forbids them),
// with the same numbers in a table beneath, for screen readers and for print. A count that
// is withheld to protect small groups is drawn as a hatched stub and labelled "fewer than k".
import { h } from './dom';

export interface Bar {
  label: string;
  /** Null when the count is withheld. */
  value: number | null;
  lang?: string;
}

export interface BarChartOptions {
  title: string;
  bars: readonly Bar[];
  /** Text for a withheld count, e.g. "fewer than 5". */
  suppressedText: string;
  /** Column headings of the table. */
  labelHeading: string;
  valueHeading: string;
}

const svgNS = 'http://www.w3.org/2000/svg';
let chartCounter = 0;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function barChart(options: BarChartOptions): HTMLElement {
  chartCounter += 1;
  const id = `chart-${chartCounter}`;
  const max = Math.max(1, ...options.bars.map((b) => b.value ?? 0));
  const rowHeight = 44;
  const labelWidth = 0; // labels sit above each bar, so long and right-to-left labels fit
  const width = 600;
  const height = options.bars.length * (rowHeight + 22) + 8;

  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bar-chart', role: 'img', 'aria-labelledby': `${id}-title` });
  const title = svg('title', { id: `${id}-title` });
  title.textContent = options.title;
  chart.append(title);
  const defs = svg('defs', {});
  const pattern = svg('pattern', { id: `${id}-hatch`, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(svg('rect', { width: 8, height: 8, class: 'bar-suppressed-bg' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, class: 'bar-hatch' }));
  defs.append(pattern);
  chart.append(defs);

  options.bars.forEach((bar, i) => {
    const y = i * (rowHeight + 22) + 4;
    const label = svg('text', { x: labelWidth, y: y + 16, class: 'bar-label' });
    label.textContent = bar.label;
    if (bar.lang) label.setAttribute('lang', bar.lang);
    const barTop = y + 22;
    const valueText = svg('text', { y: barTop + rowHeight / 2 + 6, class: 'bar-value' });
    if (bar.value === null) {
      chart.append(label, svg('rect', { x: labelWidth, y: barTop, width: 60, height: rowHeight - 16, fill: `url(#${id}-hatch)`, class: 'bar-suppressed' }));
      valueText.setAttribute('x', String(labelWidth + 70));
      valueText.textContent = options.suppressedText;
    } else {
      const w = Math.max(2, ((width - labelWidth - 120) * bar.value) / max);
      chart.append(label, svg('rect', { x: labelWidth, y: barTop, width: w, height: rowHeight - 16, rx: 4, class: 'bar' }));
      valueText.setAttribute('x', String(labelWidth + w + 10));
      valueText.textContent = String(bar.value);
    }
    chart.append(valueText);
  });

  return h(
    'figure',
    { class: 'chart' },
    chart,
    h(
      'table',
      { class: 'staff-table chart-table' },
      h('caption', {}, options.title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, options.labelHeading), h('th', { scope: 'col' }, options.valueHeading))),
      h(
        'tbody',
        {},
        ...options.bars.map((bar) =>
          h('tr', {}, h('td', bar.lang ? { lang: bar.lang, dir: 'auto' } : {}, bar.label), h('td', {}, bar.value === null ? options.suppressedText : String(bar.value))),
        ),
      ),
    ),
  );
}
