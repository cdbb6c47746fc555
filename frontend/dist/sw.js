const SHELL = ["/","/assets/index-85pTt0Lf.css","/assets/index-YbFUFuwt.js","/favicon.svg","/manifest.webmanifest"];
const BUILD = ["/assets/ar-CE_lUcNN.js","/assets/ckb-CuYKXBBB.js","/assets/console-DFc2BZdx.css","/assets/console-wOxq25i6.js","/assets/en-Bu86r_6_.js","/assets/fa-CJFgn8Ra.js","/assets/fr-D_A55zA2.js","/assets/index-85pTt0Lf.css","/assets/index-YbFUFuwt.js","/assets/kmr-0i31KNJb.js","/assets/nl-C-RSue6h.js","/assets/noto-sans-arabic-arabic-400-normal-AAMxebZb.woff2","/assets/noto-sans-ethiopic-ethiopic-400-normal-qfS4vAZL.woff2","/assets/prs-BpcYGirA.js","/assets/ps-DNGRmAJ0.js","/assets/so-DnNsIS42.js","/assets/ti-BOdgCVIh.js","/assets/tr-CxUvh0MN.js","/assets/uk-hROjwsBw.js"];
const VERSION = '6c957e028f45fc8a';
// The tablet's service worker: keeps the app itself on the tablet so that a shelter's poor
// Wi-Fi cannot take it away. The build (build/service-worker.ts) puts two lists in front of this
// file: SHELL, the files of the first screen, cached when the worker installs, and BUILD, every
// file under /assets/ of this build, the only ones it may keep from later loads (the child's
// language, the console, fonts). A new build is a new worker, which drops the old files.
//
// What it never keeps: the API (/graphql, and anything not GET), recorded announcements,
// exports and uploads, or any answer that is not one of the app's own static files. Nothing a
// child chose, wrote or read from the API ever reaches its caches.
/* global SHELL, BUILD, VERSION */
const shellCache = `jeugdstem-shell-${VERSION}`;
const assetCache = 'jeugdstem-assets';
const never = /^\/(graphql|audio\/|export\/|upload\/|healthz|readyz|metrics)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(shellCache)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== shellCache && name !== assetCache) await caches.delete(name);
      }
      const assets = await caches.open(assetCache);
      for (const request of await assets.keys()) {
        if (!BUILD.includes(new URL(request.url).pathname)) await assets.delete(request);
      }
      await self.clients.claim();
    })(),
  );
});

// The page tells which of this build's files it loaded before the worker ran (its language).
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'keep' && Array.isArray(event.data.urls) ? event.data.urls : [];
  event.waitUntil(Promise.all(urls.map((url) => keepAsset(new Request(url)).catch(() => undefined))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || never.test(url.pathname)) return; // the network's, untouched
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(keepAsset(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(page(request, event));
  } else if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname, { cacheName: shellCache }).then((hit) => hit || fetch(request)));
  }
});

// Files under /assets/ carry a hash of their content in their name: kept, they never go stale.
async function keepAsset(request) {
  const path = new URL(request.url).pathname;
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && BUILD.includes(path)) {
    const copy = response.clone();
    await (await caches.open(assetCache)).put(request, copy);
  }
  return response;
}

// Every page of the app is the same shell: the kept one at once (fresh from the network when
// there is none), refreshed in the background; offline it still draws, and the app says kindly
// that the tablet has no connection instead of the browser's error page.
async function page(request, event) {
  const cache = await caches.open(shellCache);
  const kept = await cache.match('/');
  const fresh = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic' && !response.redirected) await cache.put('/', response.clone());
    return response;
  });
  if (kept) {
    event.waitUntil(fresh.catch(() => undefined));
    return kept;
  }
  return fresh;
}
