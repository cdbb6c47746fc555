// The tablet is shared: when a child walks away, the next child must not find them still
// signed in. After the youth session's idle time (2 minutes, the same as the
// server's) without a touch, the app signs out and returns to the start screen, with a
// warning a little before.
//
// The same timer runs before sign-in (on the avatars and the picture-PIN), so a tablet left
// halfway is back at the start for the next child too. A half-entered picture-PIN clears much
// sooner: after 20 seconds without a tap (pinClearMs).
//
// Tests shorten the times: a number of seconds in localStorage "jeugdstem.idleSeconds" or
// "jeugdstem.pinClearSeconds" (read when the timer starts) replaces the default.

export const defaultIdleMs = 2 * 60 * 1000;
export const idleStorageKey = 'jeugdstem.idleSeconds';
export const defaultPinClearMs = 20 * 1000;
export const pinClearStorageKey = 'jeugdstem.pinClearSeconds';

/** The idle timeout in force: the test override, if any, else 2 minutes. */
export function idleTimeoutMs(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): number {
  return override(storage, idleStorageKey) ?? defaultIdleMs;
}

/** How long a half-entered picture-PIN stays without a tap: the test override, else 20 s. */
export function pinClearMs(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): number {
  return override(storage, pinClearStorageKey) ?? defaultPinClearMs;
}

function override(storage: Pick<Storage, 'getItem'> | undefined, key: string): number | undefined {
  const raw = storage?.getItem(key);
  const seconds = raw ? Number(raw) : NaN;
  return Number.isFinite(seconds) && seconds >= 1 ? seconds * 1000 : undefined;
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export interface IdleTimerOptions {
  timeoutMs: number;
  /** Called once when `warnBeforeMs` remain; activity after it cancels the warning. */
  onWarn?: () => void;
  /** Called when activity resumes after a warning. */
  onActive?: () => void;
  onIdle: () => void;
  warnBeforeMs?: number;
  /** Where activity is watched; the document by default. */
  target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input', 'scroll'] as const;

/** Start watching; returns a function that stops the timer. */
export function startIdleTimer(options: IdleTimerOptions): () => void {
  const target = options.target ?? document;
  // Warn 20 s before, or in the last quarter for short (test) timeouts.
  const warnBefore = Math.min(options.warnBeforeMs ?? 20_000, options.timeoutMs / 4);
  let warnTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  let stopped = false;

  const arm = (): void => {
    clearTimeout(warnTimer);
    clearTimeout(idleTimer);
    if (stopped) return;
    warnTimer = setTimeout(() => {
      warned = true;
      options.onWarn?.();
    }, options.timeoutMs - warnBefore);
    idleTimer = setTimeout(() => {
      stop();
      options.onIdle();
    }, options.timeoutMs);
  };

  const activity = (): void => {
    if (warned) {
      warned = false;
      options.onActive?.();
    }
    arm();
  };

  const stop = (): void => {
    stopped = true;
    clearTimeout(warnTimer);
    clearTimeout(idleTimer);
    for (const type of activityEvents) target.removeEventListener(type, activity, { capture: true } as EventListenerOptions);
  };

  for (const type of activityEvents) target.addEventListener(type, activity, { capture: true, passive: true });
  arm();
  return stop;
}
