// Start-up: pick the language (stored choice, browser, Dutch), draw the screen for the
// current path, and ask the API who is signed in. The API answer never blocks the first
// screen: without a session (or without a server) the app simply starts signed out.
import { startRouter } from './app/router';
import { loadViewer, nobody, type Viewer } from './app/session';
import { notFoundScreen } from './features/not-found/NotFoundScreen';
import { languageScreen } from './features/language/LanguageScreen';
import { welcomeScreen } from './features/welcome/WelcomeScreen';
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

  let viewer: Viewer = nobody;
  await setLanguage(initialLanguage(), { remember: false }).catch(() =>
    setLanguage(defaultLanguage, { remember: false }).catch(() => undefined),
  );

  const router = startRouter({
    outlet,
    titleSuffix: () => t('app.name'),
    notFound: notFoundScreen(),
    routes: {
      '/': languageScreen({
        async choose(code) {
          try {
            await setLanguage(code);
          } catch {
            // The strings could not load: most likely this tab outlived an update and its
            // chunk names are gone. A full load of the next page gets the current build.
            rememberLanguage(code);
            location.assign('/welcome');
            return;
          }
          router.navigate('/welcome');
        },
      }),
      '/welcome': welcomeScreen({ viewer: () => viewer }),
    },
  });

  viewer = await loadViewer();
  if (viewer.kind === 'youth' && !storedLanguage() && isLanguageCode(viewer.language)) {
    await setLanguage(viewer.language, { remember: false });
  }
  if (viewer.kind !== 'nobody') router.refresh();
}

void start();
