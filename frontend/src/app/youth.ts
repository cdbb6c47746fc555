// A child's turn on the shared tablet: from the avatar they tapped, through sign-in, to
// "done" or the idle timeout, after which the tablet is back at the start screen for the
// next child, with nothing of this child left on it.
import { h } from '../components/dom';
import { icon } from '../components/icons';
import { stopSpeaking } from '../components/speech';
import { forgetLanguage, initialLanguage, setLanguage, t } from '../i18n';
import { startIdleTimer, idleTimeoutMs } from './idle';
import { currentViewer, setViewer, signOut, type Viewer } from './session';

/** The member whose avatar was tapped, until their PIN is entered. Kept in memory only. */
export interface ChosenMember {
  id: string;
  pseudonym: string;
  avatar: string;
}

let chosen: ChosenMember | undefined;
let stopIdle: (() => void) | undefined;
let warning: HTMLElement | undefined;
let navigate: (path: string) => void = (path) => location.assign(path);

export function chooseMember(member: ChosenMember | undefined): void {
  chosen = member;
}

export function chosenMember(): ChosenMember | undefined {
  return chosen;
}

/** Connect to the router once at start-up. */
export function initYouthSessions(options: { navigate(path: string): void }): void {
  navigate = options.navigate;
}

/** A child signed in (or a page load found one signed in): watch for idleness. */
export function beginYouthSession(viewer: Extract<Viewer, { kind: 'youth' }>): void {
  chosen = undefined;
  setViewer(viewer);
  stopIdle?.();
  stopIdle = startIdleTimer({
    timeoutMs: idleTimeoutMs(),
    onWarn: showWarning,
    onActive: hideWarning,
    onIdle: () => void endYouthSession(),
  });
}

/** "Done", the idle timeout, or a session the server already ended: back to the start. */
export async function endYouthSession(): Promise<void> {
  stopIdle?.();
  stopIdle = undefined;
  hideWarning();
  stopSpeaking();
  chosen = undefined;
  if (currentViewer().kind === 'youth') await signOut();
  // The next child starts in the tablet's language, not in the one this child chose.
  forgetLanguage();
  await setLanguage(initialLanguage(), { remember: false }).catch(() => undefined);
  navigate('/');
}

function showWarning(): void {
  hideWarning();
  warning = h(
    'div',
    { class: 'idle-warning', role: 'alert' },
    h('span', { class: 'idle-warning-icon' }, icon('timer')),
    h('p', {}, t('youth.idleWarning')),
    h('button', { type: 'button', class: 'button button-primary', on: { click: hideWarning } }, icon('hello'), h('span', {}, t('youth.stillHere'))),
  );
  document.body.append(warning);
}

function hideWarning(): void {
  warning?.remove();
  warning = undefined;
}
