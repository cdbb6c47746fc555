// Client-side routing with the History API. Real paths (/, /welcome) mean a reload or a
// bookmark asks the server for that path; the Go handler answers with index.html.

export interface Screen {
  /** The page title for this screen, in the current language. */
  title(): string;
  /** Build the screen; return a clean-up function if it holds resources. */
  render(outlet: HTMLElement): void | (() => void);
}

export interface Router {
  navigate(path: string, options?: { replace?: boolean }): void;
  /** Draw the current path again, e.g. after the language changed. */
  refresh(): void;
  currentPath(): string;
}

export interface RouterOptions {
  routes: Readonly<Record<string, Screen>>;
  notFound: Screen;
  /** Paths with parameters (/polls/abc) or whole sections (/staff/...): tried after `routes`. */
  match?: (path: string) => Screen | undefined;
  outlet: HTMLElement;
  /** Suffix for document.title, e.g. the app name. */
  titleSuffix?: () => string;
}

export function normalisePath(path: string): string {
  const clean = path.split(/[?#]/)[0] ?? '/';
  const trimmed = clean.length > 1 ? clean.replace(/\/+$/, '') : clean;
  return trimmed === '' ? '/' : trimmed;
}

export function startRouter(options: RouterOptions): Router {
  let cleanup: (() => void) | void;

  const show = (moveFocus: boolean): void => {
    const path = normalisePath(location.pathname);
    const screen = options.routes[path] ?? options.match?.(path) ?? options.notFound;
    if (typeof cleanup === 'function') cleanup();
    options.outlet.replaceChildren();
    cleanup = screen.render(options.outlet);
    const suffix = options.titleSuffix?.();
    document.title = suffix ? `${screen.title()} – ${suffix}` : screen.title();
    if (moveFocus) {
      // A new screen: put focus (and the screen reader) on its heading.
      options.outlet.querySelector<HTMLElement>('h1')?.focus({ preventScroll: false });
    }
  };

  const router: Router = {
    navigate(path, { replace = false } = {}) {
      const target = normalisePath(path);
      if (target !== normalisePath(location.pathname)) {
        if (replace) history.replaceState(null, '', target);
        else history.pushState(null, '', target);
      }
      window.scrollTo(0, 0);
      show(true);
    },
    refresh() {
      show(false);
    },
    currentPath() {
      return normalisePath(location.pathname);
    },
  };

  window.addEventListener('popstate', () => show(true));
  // Same-origin links marked data-link navigate without a page load.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[data-link]');
    if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
    event.preventDefault();
    router.navigate(link.pathname);
  });

  show(false);
  return router;
}
