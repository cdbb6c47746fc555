// Start-up: pick the language (stored choice, browser, Dutch), draw the screen for the
// current path, and ask the API who is signed in. The API answer never blocks the first
// screen: without a session (or without a server) the app simply starts signed out.
//
// Two faces: the children's tablet app (/, /start, /pin, /home …) in the initial bundle,
// and the staff console (/staff/…) in a chunk loaded only when a /staff path is opened.
import { startRouter, type Router, type Screen } from './app/router';
import { currentViewer, loadViewer, setViewer, type Viewer } from './app/session';
import { startOfflineSupport } from './app/offline';
import { beginYouthSession, endYouthSession, initYouthSessions } from './app/youth';
import { h } from './components/dom';
import { homeScreen } from './features/home/HomeScreen';
import { languageScreen } from './features/language/LanguageScreen';
import { notFoundScreen } from './features/not-found/NotFoundScreen';
import { avatarScreen } from './features/sign-in/AvatarScreen';
import { pinScreen } from './features/sign-in/PinScreen';
import { youthRoutes, youthTiles } from './features/youth-routes';
import {
  defaultLanguage,
  initialLanguage,
  isLanguageCode,
  rememberLanguage,
  setLanguage,
  storedLanguage,
  t,
} from './i18n';
import './styles/base.css';

async function start(): Promise<void> {
  const outlet = document.getElementById('main');
  if (!outlet) throw new Error('index.html has no <main id="main">');

  await setLanguage(initialLanguage(), { remember: false }).catch(() =>
    setLanguage(defaultLanguage, { remember: false }).catch(() => undefined),
  );

  startOfflineSupport();

  // Known before any screen that waits for it draws (a reload on /home keeps the child in).
  const viewerReady: Promise<Viewer> = loadViewer().then((viewer) => {
    setViewer(viewer);
    return viewer;
  });
  let router: Router | undefined;
  const navigate = (path: string, options?: { replace?: boolean }): void => router?.navigate(path, options);
  initYouthSessions({ navigate: (path) => navigate(path, { replace: true }) });

  /** Screens for a signed-in child: wait for the viewer, else back to the start. */
  const youthOnly = (screen: Screen): Screen => ({
    title: screen.title,
    render(outlet) {
      let cleanup: void | (() => void);
      let gone = false;
      void viewerReady.then(() => {
        if (gone) return;
        if (currentViewer().kind !== 'youth') {
          navigate('/', { replace: true });
          return;
        }
        cleanup = screen.render(outlet);
        outlet.querySelector<HTMLElement>('h1')?.focus();
      });
      return () => {
        gone = true;
        if (typeof cleanup === 'function') cleanup();
      };
    },
  });

  /** The staff console, loaded on first use. */
  const staffSection = (path: string): Screen => ({
    title: () => t('staff.title'),
    render(outlet) {
      let cleanup: void | (() => void);
      let gone = false;
      outlet.append(h('p', { class: 'loading' }, t('common.loading')));
      void Promise.all([import('./features/staff/console'), viewerReady])
        .then(([console]) => {
          if (gone) return;
          outlet.replaceChildren();
          cleanup = console.renderStaff(outlet, path, { navigate, refresh: () => router?.refresh() });
        })
        .catch(() => {
          // The chunk is gone (the app was updated while this tab was open): load afresh.
          if (!gone) location.reload();
        });
      return () => {
        gone = true;
        if (typeof cleanup === 'function') cleanup();
      };
    },
  });

  const routes: Record<string, Screen> = {
    '/': languageScreen({
      async choose(code) {
        try {
          await setLanguage(code);
        } catch {
          // The strings could not load: most likely this tab outlived an update and its
          // chunk names are gone. A full load of the next page gets the current build.
          rememberLanguage(code);
          location.assign('/start');
          return;
        }
        navigate(currentViewer().kind === 'youth' ? '/home' : '/start');
      },
    }),
    '/start': avatarScreen({ navigate }),
    '/pin': pinScreen({ navigate }),
    '/home': youthOnly(homeScreen(youthTiles)),
  };
  const youth = youthRoutes({ navigate });

  router = startRouter({
    outlet,
    titleSuffix: () => t('app.name'),
    notFound: notFoundScreen(),
    routes,
    match(path) {
      if (path === '/staff' || path.startsWith('/staff/')) return staffSection(path);
      const screen = youth(path);
      return screen && youthOnly(screen);
    },
  });

  const viewer = await viewerReady;
  if (viewer.kind === 'youth') {
    if (!storedLanguage() && isLanguageCode(viewer.language)) await setLanguage(viewer.language, { remember: false });
    beginYouthSession(viewer);
  }
  // A session the server ended (idle, revoked tablet) shows up as a youth screen without a
  // youth: youthOnly already sends it to the start.
  window.addEventListener('jeugdstem:signed-out', () => void endYouthSession());
}

void start();
