// A tablet on a shelter's Wi-Fi: the service worker (src/service-worker/sw.js) keeps the app on
// the tablet, and when the network is gone a kind picture says so at the foot of the screen
// (never the browser's error page), until the network is back. "Gone" is what the browser says
// (offline/online) or an API request that got no answer at all (api/graphql.ts tells).
import { h } from '../components/dom';
import { icon } from '../components/icons';
import { t } from '../i18n';
import './offline.css';

let notice: HTMLElement | undefined;

/** Install the service worker (built apps only) and watch the connection. Call once. */
export function startOfflineSupport(): void {
  window.addEventListener('offline', show);
  window.addEventListener('jeugdstem:network-lost', show);
  window.addEventListener('online', hide);
  window.addEventListener('jeugdstem:network-back', hide);
  if (!navigator.onLine) show();
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // After the first screen has everything it needs: the worker's downloads never delay it.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

function register(): void {
  void navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // The files this page loaded before the worker ran (the language chosen), kept as well.
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).pathname.startsWith('/assets/'));
      registration.active?.postMessage({ type: 'keep', urls });
    })
    .catch(() => undefined); // no worker (private mode, policy): the app works online as before
}

function show(): void {
  if (notice) return;
  notice = h(
    'div',
    { class: 'offline-screen', role: 'status' },
    h('span', { class: 'offline-picture' }, icon('offline')),
    h('div', {}, h('p', { class: 'offline-title' }, t('offline.title')), h('p', {}, t('offline.text'))),
  );
  document.body.append(notice);
}

function hide(): void {
  notice?.remove();
  notice = undefined;
}
