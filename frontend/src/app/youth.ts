// A child's turn on the shared tablet: from the avatar they tapped, through sign-in, to
// "done" or the idle timeout, after which the tablet is back at the start screen for the
// next child, with nothing of this child left on it. A screen holding a ballot the child has
// not sent yet says so (holdUnsentBallot): then "done" asks before it ends the turn, so a vote
// is never dropped without the child knowing.
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
let unsent: UnsentBallot | undefined;
let endDialog: HTMLElement | undefined;

/** A ballot on screen that the child chose but has not sent. */
export interface UnsentBallot {
  /** Send it; true once it is counted (or was already), false when it could not be sent. */
  send(): Promise<boolean>;
}
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

/**
 * A screen before sign-in (the avatars, the picture-PIN): a tablet left there returns to the
 * start after the idle time too. Returns the function that stops watching.
 */
export function watchIdleBeforeSignIn(): () => void {
  stopIdle?.();
  const stop = startIdleTimer({
    timeoutMs: idleTimeoutMs(),
    onWarn: showWarning,
    onActive: hideWarning,
    onIdle: () => void endYouthSession(),
  });
  stopIdle = stop;
  return () => {
    stop();
    if (stopIdle === stop) stopIdle = undefined;
    hideWarning();
  };
}

/** The vote screen tells which ballot is chosen but not sent (undefined: none). */
export function holdUnsentBallot(ballot: UnsentBallot | undefined): void {
  unsent = ballot;
}

/**
 * The child's "I'm done": ends the turn at once, unless a ballot is chosen but not sent. Then it
 * asks: send it first, or end without it.
 */
export function finishTurn(): void {
  const ballot = unsent;
  if (!ballot) {
    void endYouthSession();
    return;
  }
  askAboutUnsentBallot(ballot);
}

/** "Done" (after asking), the idle timeout, or a session the server already ended: back to the start. */
export async function endYouthSession(): Promise<void> {
  stopIdle?.();
  stopIdle = undefined;
  unsent = undefined;
  closeEndDialog();
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

function askAboutUnsentBallot(ballot: UnsentBallot): void {
  closeEndDialog();
  const problem = h('div', { class: 'end-dialog-problem', role: 'alert' });
  const send = h(
    'button',
    { type: 'button', class: 'button button-primary end-send' },
    icon('vote'),
    h('span', {}, t('youth.unsentSend')),
  );
  const discard = h(
    'button',
    { type: 'button', class: 'button button-secondary end-discard' },
    icon('signOut', { mirrorInRtl: true }),
    h('span', {}, t('youth.unsentDiscard')),
  );
  const stay = h('button', { type: 'button', class: 'button button-secondary end-stay' }, icon('back', { mirrorInRtl: true }), h('span', {}, t('youth.unsentStay')));
  send.addEventListener('click', () => {
    for (const b of [send, discard, stay]) b.disabled = true;
    void ballot.send().then((counted) => {
      if (counted) return endYouthSession();
      problem.replaceChildren(icon('offline'), h('p', {}, t('common.offline')));
      for (const b of [send, discard, stay]) b.disabled = false;
    });
  });
  discard.addEventListener('click', () => void endYouthSession());
  stay.addEventListener('click', closeEndDialog);
  endDialog = h(
    'div',
    { class: 'end-dialog-backdrop' },
    h(
      'div',
      { class: 'end-dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'end-dialog-title', 'aria-describedby': 'end-dialog-text' },
      h('span', { class: 'screen-pictogram' }, icon('vote')),
      h('h2', { id: 'end-dialog-title', tabindex: '-1' }, t('youth.unsentTitle')),
      h('p', { id: 'end-dialog-text' }, t('youth.unsentText')),
      problem,
      h('div', { class: 'end-dialog-actions' }, send, discard, stay),
    ),
  );
  endDialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeEndDialog();
  });
  document.body.append(endDialog);
  send.focus();
}

function closeEndDialog(): void {
  endDialog?.remove();
  endDialog = undefined;
}

function hideWarning(): void {
  warning?.remove();
  warning = undefined;
}
