// A small line chart (SVG) for a score over time, e.g. the average smiley answer (1–5) per
// week, with the same points in a table for screen readers and print.
import { h } from './dom';

export interface LinePoint {
  label: string;
  value: number;
}

export interface LineChartOptions {
  title: string;
  points: readonly LinePoint[];
  min: number;
  max: number;
  labelHeading: string;
  valueHeading: string;
  format?: (value: number) => string;
}

const svgNS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

let counter = 0;

export function lineChart(options: LineChartOptions): HTMLElement {
  counter += 1;
  const id = `line-${counter}`;
  const format = options.format ?? ((v: number) => v.toFixed(1));
  const width = 600;
  const height = 240;
  const pad = { left: 40, right: 16, top: 16, bottom: 40 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number): number => pad.left + (options.points.length <= 1 ? innerW / 2 : (innerW * i) / (options.points.length - 1));
  const y = (v: number): number => pad.top + innerH - ((v - options.min) / (options.max - options.min || 1)) * innerH;

  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'line-chart', role: 'img', 'aria-labelledby': `${id}-title` });
  const title = svg('title', { id: `${id}-title` });
  title.textContent = options.title;
  chart.append(title);
  for (let v = options.min; v <= options.max; v += 1) {
    chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), class: 'grid-line' }));
    const tick = svg('text', { x: pad.left - 8, y: y(v) + 5, class: 'axis-label', 'text-anchor': 'end' });
    tick.textContent = String(v);
    chart.append(tick);
  }
  if (options.points.length > 0) {
    const d = options.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
    chart.append(svg('path', { d, class: 'line' }));
    options.points.forEach((p, i) => {
      chart.append(svg('circle', { cx: x(i), cy: y(p.value), r: 5, class: 'line-point' }));
      const label = svg('text', { x: x(i), y: height - 12, class: 'axis-label', 'text-anchor': 'middle' });
      label.textContent = p.label;
      chart.append(label);
    });
  }
  return h(
    'figure',
    { class: 'chart' },
    chart,
    h(
      'table',
      { class: 'staff-table chart-table' },
      h('caption', {}, options.title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, options.labelHeading), h('th', { scope: 'col' }, options.valueHeading))),
      h('tbody', {}, ...options.points.map((p) => h('tr', {}, h('td', {}, p.label), h('td', {}, format(p.value))))),
    ),
  );
}
