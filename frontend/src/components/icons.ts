// Pictograms drawn for this app (24×24 grid, currentColor). They carry meaning for
// children who cannot read yet, so each screen pairs text with one. Icons are decorative
// to screen readers (aria-hidden): the text next to them is what is read.

import {
  mdiAccountGroup,
  mdiAlertCircleOutline,
  mdiBackspaceOutline,
  mdiChartBar,
  mdiDownload,
  mdiCheckCircle,
  mdiCloudOffOutline,
  mdiForumOutline,
  mdiHandWave,
  mdiLogout,
  mdiNewspaperVariantOutline,
  mdiPencil,
  mdiPrinter,
  mdiRefresh,
  mdiReplyAll,
  mdiTabletDashboard,
  mdiTimerSandComplete,
  mdiVote,
} from '@mdi/js';

const svgNS = 'http://www.w3.org/2000/svg';

// Interface pictures from Material Design Icons (@mdi/js, Apache-2.0), one path each.
const mdiShapes = {
  council: mdiAccountGroup,
  alert: mdiAlertCircleOutline,
  erase: mdiBackspaceOutline,
  chart: mdiChartBar,
  download: mdiDownload,
  done: mdiCheckCircle,
  offline: mdiCloudOffOutline,
  feedback: mdiForumOutline,
  hello: mdiHandWave,
  signOut: mdiLogout,
  news: mdiNewspaperVariantOutline,
  write: mdiPencil,
  print: mdiPrinter,
  retry: mdiRefresh,
  board: mdiReplyAll,
  tablet: mdiTabletDashboard,
  timer: mdiTimerSandComplete,
  vote: mdiVote,
} as const;

type Shape =
  | { path: string; evenOdd?: boolean }
  | { circle: [cx: number, cy: number, r: number]; stroke?: boolean };

const shapes = {
  speaker: [
    { path: 'M3 9h4l5-4.5v15L7 15H3z' },
    { path: 'M15 8.5a5 5 0 0 1 0 7l-1.4-1.4a3 3 0 0 0 0-4.2z' },
    { path: 'M17.8 5.7a9 9 0 0 1 0 12.6l-1.4-1.4a7 7 0 0 0 0-9.8z' },
  ],
  speakerOff: [
    { path: 'M3 9h4l5-4.5v15L7 15H3z' },
    { path: 'm14.3 9.7 1.4-1.4 2.3 2.3 2.3-2.3 1.4 1.4-2.3 2.3 2.3 2.3-1.4 1.4-2.3-2.3-2.3 2.3-1.4-1.4 2.3-2.3z' },
  ],
  check: [{ path: 'M9.5 15.6 5.4 11.5 4 12.9l5.5 5.5L20.5 7.4 19.1 6z' }],
  lock: [
    {
      path: 'M7 10V7.5a5 5 0 0 1 10 0V10h1.5a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-13a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1zm2 0h6V7.5a3 3 0 0 0-6 0zm3 4a1.8 1.8 0 0 0-1 3.3V19h2v-1.7a1.8 1.8 0 0 0-1-3.3z',
      evenOdd: true,
    },
  ],
  helper: [
    { circle: [8, 7.5, 3.5] },
    { path: 'M1.5 21c0-4 2.9-6.5 6.5-6.5s6.5 2.5 6.5 6.5z' },
    { path: 'M14 2.5h7.5a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1H18l-3 2.5v-2.5h-1a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1z' },
  ],
  smile: [
    { circle: [12, 12, 9], stroke: true },
    { circle: [9, 10, 1.3] },
    { circle: [15, 10, 1.3] },
    { path: 'M7.8 13.5h8.4a4.2 4.2 0 0 1-8.4 0z' },
  ],
  back: [{ path: 'M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z' }],
  languages: [
    { path: 'M3 3h11a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H8l-4 3.5V12H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z' },
    { path: 'M17 8h4a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1h-1v3.5L16 17h-6a1 1 0 0 1-1-1v-2h5a3 3 0 0 0 3-3z' },
  ],
  home: [{ path: 'M12 3 2 11.5h3V21h5.5v-6h3v6H19v-9.5h3z' }],
} satisfies Record<string, Shape[]>;

export type IconName = keyof typeof shapes | keyof typeof mdiShapes;

export function icon(name: IconName, options: { mirrorInRtl?: boolean } = {}): SVGSVGElement {
  const svg = document.createElementNS(svgNS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', options.mirrorInRtl ? 'icon icon-mirror' : 'icon');
  const list: Shape[] = name in mdiShapes ? [{ path: mdiShapes[name as keyof typeof mdiShapes] }] : shapes[name as keyof typeof shapes];
  for (const shape of list) {
    if ('path' in shape) {
      const path = document.createElementNS(svgNS, 'path');
      path.setAttribute('d', shape.path);
      if (shape.evenOdd) path.setAttribute('fill-rule', 'evenodd');
      svg.appendChild(path);
    } else {
      const circle = document.createElementNS(svgNS, 'circle');
      const [cx, cy, r] = shape.circle;
      circle.setAttribute('cx', String(cx));
      circle.setAttribute('cy', String(cy));
      circle.setAttribute('r', String(r));
      if (shape.stroke) {
        circle.setAttribute('fill', 'none');
        circle.setAttribute('stroke', 'currentColor');
        circle.setAttribute('stroke-width', '2');
      }
      svg.appendChild(circle);
    }
  }
  return svg;
}
