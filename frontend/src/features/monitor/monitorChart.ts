// A domain's scores over its rounds as an inline SVG line chart (0–100), with the score of the
// kind of location as a dashed reference line and the domain's threshold as a dotted one. A round
// whose score is withheld leaves a gap, never a 0. The chart is an image with a title and a
// description in words; the table beside it (monitorPage) holds the same figures.
import { t } from '../../i18n';

const svgNS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export interface ScorePoint {
  label: string;
  score: number | null | undefined;
}

export interface ScoreChartOptions {
  id: string;
  title: string;
  points: readonly ScorePoint[];
  kindScore?: number | null;
  threshold: number;
}

const fmt = (v: number): string => v.toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: 1 });

export function scoreChart(o: ScoreChartOptions): SVGSVGElement {
  const width = 560;
  const height = 220;
  const pad = { left: 44, right: 16, top: 12, bottom: 36 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const n = o.points.length;
  const x = (i: number): number => pad.left + (n <= 1 ? innerW / 2 : (innerW * i) / (n - 1));
  const y = (v: number): number => pad.top + innerH - (v / 100) * innerH;

  const shown = o.points.filter((p) => p.score !== null && p.score !== undefined);
  const description = [
    ...o.points.map((p) => `${p.label}: ${p.score === null || p.score === undefined ? t('staff.monitor.noScore') : fmt(p.score)}`),
    ...(o.kindScore !== null && o.kindScore !== undefined ? [t('staff.monitor.kindLine', { score: fmt(o.kindScore) })] : []),
    t('staff.monitor.thresholdLine', { score: fmt(o.threshold) }),
  ].join('; ');
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'monitor-chart',
    role: 'img',
    'aria-labelledby': `${o.id}-title`,
    'aria-describedby': `${o.id}-desc`,
  });
  chart.append(svg('title', { id: `${o.id}-title` }, o.title), svg('desc', { id: `${o.id}-desc` }, description));
  for (const v of [0, 25, 50, 75, 100]) {
    chart.append(
      svg('line', { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), class: 'grid-line' }),
      svg('text', { x: pad.left - 8, y: y(v) + 5, class: 'axis-label', 'text-anchor': 'end' }, String(v)),
    );
  }
  chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(o.threshold), y2: y(o.threshold), class: 'threshold-line' }));
  if (o.kindScore !== null && o.kindScore !== undefined) {
    chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(o.kindScore), y2: y(o.kindScore), class: 'kind-line' }));
  }
  // Segments only between neighbouring rounds that both have a score: a withheld one is a gap.
  let d = '';
  o.points.forEach((p, i) => {
    if (p.score === null || p.score === undefined) return;
    const prev = o.points[i - 1];
    d += `${prev && prev.score !== null && prev.score !== undefined ? 'L' : 'M'}${x(i).toFixed(1)} ${y(p.score).toFixed(1)} `;
  });
  if (d) chart.append(svg('path', { d: d.trim(), class: 'line' }));
  o.points.forEach((p, i) => {
    if (p.score !== null && p.score !== undefined) chart.append(svg('circle', { cx: x(i), cy: y(p.score), r: 5, class: 'line-point' }));
    chart.append(svg('text', { x: x(i), y: height - 12, class: 'axis-label', 'text-anchor': 'middle' }, p.label));
  });
  if (shown.length === 0) {
    chart.append(svg('text', { x: pad.left + innerW / 2, y: pad.top + innerH / 2, class: 'axis-label', 'text-anchor': 'middle' }, t('staff.monitor.noScore')));
  }
  return chart;
}
