// Step 3 on the tablet: the picture-PIN. A 3×3 keypad of pictures (index 0..8, the same
// layout in every language, so a child who remembers "top left" is right everywhere),
// four taps, then youthLogin. Mistakes are told in kind words, with the tries left before a
// short pause shown as pictures; a pause shows a timer and ends by itself. Only after many wrong
// tries in a row does the server lock the member until a youth worker unlocks them.
//
// The slots show neutral dots, never the pictures tapped: the next child must not see them. A
// half-entered PIN clears after 20 seconds without a tap, and "not me" forgets it; a tablet left
// here returns to the start after the idle time.
import type { Screen } from '../../app/router';
import { pinClearMs } from '../../app/idle';
import { beginYouthSession, chooseMember, chosenMember, watchIdleBeforeSignIn } from '../../app/youth';
import { execute, GraphQLRequestError } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { avatarBadge, pinPicture, pinPictures } from '../../components/pictograms';
import { readAloudButton } from '../../components/ReadAloudButton';
import { stopSpeaking } from '../../components/speech';
import { graphql } from '../../gql';
import { currentLanguage, t, type MessageKey } from '../../i18n';
import './sign-in.css';

const YouthLoginMutation = graphql(`
  mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {
    youthLogin(memberID: $memberID, pin: $pin) {
      id
      pseudonym
      avatar
      language
    }
  }
`);

export const pinLength = 4;

export interface PinScreenDeps {
  navigate(path: string, options?: { replace?: boolean }): void;
}

export function pinScreen(deps: PinScreenDeps): Screen {
  return {
    title: () => t('pin.title'),
    render(outlet) {
      const member = chosenMember();
      if (!member) {
        // A reload forgets the tapped avatar: start again at the avatars.
        queueMicrotask(() => deps.navigate('/start', { replace: true }));
        return;
      }
      let entered: number[] = [];
      let busy = false;
      let pauseTimer: ReturnType<typeof setInterval> | undefined;
      let clearTimer: ReturnType<typeof setTimeout> | undefined;
      const stopIdle = watchIdleBeforeSignIn();

      const dots = h('ol', { class: 'pin-dots', 'aria-hidden': 'true' });
      const progress = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
      const feedback = h('div', { class: 'pin-feedback', role: 'alert' });
      const drawDots = (): void => {
        dots.replaceChildren(
          ...Array.from({ length: pinLength }, (_, i) =>
            h('li', { class: i < entered.length ? 'pin-dot is-filled' : 'pin-dot' }),
          ),
        );
        progress.textContent = t('pin.progress', { count: String(entered.length), total: String(pinLength) });
        // A PIN left half-entered clears by itself; every tap starts the wait again.
        clearTimeout(clearTimer);
        if (entered.length > 0) {
          clearTimer = setTimeout(() => {
            if (busy) return;
            entered = [];
            drawDots();
          }, pinClearMs());
        }
      };

      const say = (key: MessageKey, kind: 'error' | 'locked' | 'info', ...more: Node[]): void => {
        feedback.className = `pin-feedback is-${kind}`;
        feedback.replaceChildren(icon(kind === 'locked' ? 'lock' : kind === 'info' ? 'smile' : 'alert'), h('div', {}, h('p', {}, t(key)), ...more));
      };

      // The tries left before a pause, in words and as pictures (one star each).
      const triesLeft = (count: number): Node =>
        h(
          'p',
          { class: 'pin-tries' },
          h('span', {}, t('pin.triesLeft', { count: String(count) })),
          h('span', { class: 'pin-tries-pictures', 'aria-hidden': 'true' }, ...Array.from({ length: count }, () => pinPicture(2, 'pin-try'))),
        );

      const keys = pinPictures.map((picture, index) =>
        h(
          'button',
          {
            type: 'button',
            class: 'pin-key',
            'data-pin': String(index),
            'aria-label': t(`pin.pictures.${picture.key}`),
            on: { click: () => press(index) },
          },
          pinPicture(index),
        ),
      );
      const erase = h(
        'button',
        { type: 'button', class: 'button button-secondary pin-erase', on: { click: () => { entered = entered.slice(0, -1); drawDots(); } } },
        icon('erase', { mirrorInRtl: true }),
        h('span', {}, t('pin.erase')),
      );
      const keypad = h('div', { class: 'pin-keypad', dir: 'ltr', role: 'group', 'aria-label': t('pin.keypad') }, ...keys);

      const setDisabled = (disabled: boolean): void => {
        for (const key of [...keys, erase]) key.disabled = disabled;
      };

      // How many wrong tries are left before a youth worker has to unlock the child; the last one
      // is said plainly, so the lock never comes as a surprise.
      const lockLeft = (count: number | undefined): Node[] => {
        if (count === undefined || count < 1) return [];
        return [
          count === 1
            ? h('p', { class: 'pin-lock-left is-last' }, t('pin.lastTry'))
            : h('p', { class: 'pin-lock-left' }, t('pin.triesBeforeLock', { count: String(count) })),
        ];
      };

      // A short pause the server asks for: the keypad rests and a timer counts the seconds down;
      // then the child may try again. first is what happened ("not your pictures"), if anything;
      // beforeLock the tries left before the lock.
      const pause = (seconds: number, first?: MessageKey, beforeLock?: number): void => {
        if (pauseTimer !== undefined) clearInterval(pauseTimer);
        let left = Math.max(1, Math.ceil(seconds));
        const clock = h('span', { class: 'pin-timer', role: 'timer' }, String(left));
        feedback.className = 'pin-feedback is-pause';
        feedback.replaceChildren(
          icon('timer'),
          h('div', {}, ...(first ? [h('p', {}, t(first))] : []), h('p', {}, t('pin.pause')), ...lockLeft(beforeLock)),
          clock,
        );
        setDisabled(true);
        pauseTimer = setInterval(() => {
          left -= 1;
          clock.textContent = String(Math.max(left, 0));
          if (left > 0) return;
          clearInterval(pauseTimer);
          pauseTimer = undefined;
          setDisabled(false);
          say('pin.tryAgainNow', 'info', ...lockLeft(beforeLock));
        }, 1000);
      };

      const submit = async (): Promise<void> => {
        busy = true;
        setDisabled(true);
        const pin = entered;
        try {
          const { youthLogin } = await execute(YouthLoginMutation, { memberID: member.id, pin });
          chooseMember(undefined);
          beginYouthSession({ kind: 'youth', ...youthLogin });
          deps.navigate('/home', { replace: true });
          return;
        } catch (error) {
          const code = error instanceof GraphQLRequestError ? error.code : 'INTERNAL';
          const detail = error instanceof GraphQLRequestError ? error.errors[0] : undefined;
          entered = [];
          drawDots();
          switch (code) {
            case 'FORBIDDEN':
              say('pin.locked', 'locked');
              keypad.hidden = true;
              erase.hidden = true;
              return;
            case 'UNAUTHENTICATED':
              if (detail?.retryAfter) {
                pause(detail.retryAfter, 'pin.wrong', detail.triesBeforeLock);
                return;
              }
              if (detail?.triesLeft) say('pin.wrong', 'error', triesLeft(detail.triesLeft));
              else say('pin.wrong', 'error', ...lockLeft(detail?.triesBeforeLock));
              break;
            case 'RATE_LIMITED':
              if (detail?.retryAfter) {
                pause(detail.retryAfter, undefined, detail.triesBeforeLock);
                return;
              }
              say('pin.wait', 'error');
              break;
            case 'NOT_FOUND':
              say('pin.notFound', 'error');
              break;
            default:
              say('common.offline', 'error');
          }
        } finally {
          busy = false;
        }
        setDisabled(false);
      };

      const press = (index: number): void => {
        if (busy || pauseTimer !== undefined || entered.length >= pinLength) return;
        if (entered.length === 0) feedback.replaceChildren();
        entered = [...entered, index];
        drawDots();
        if (entered.length === pinLength) void submit();
      };

      const read = readAloudButton({
        text: () => [t('pin.title'), t('pin.hint'), feedback.textContent ?? ''].join(' '),
        language: currentLanguage(),
        label: t('youth.readAloud'),
        noVoiceNote: t('language.noVoice'),
      });

      drawDots();
      outlet.append(
        h(
          'div',
          { class: 'screen pin-screen' },
          h(
            'div',
            { class: 'youth-bar' },
            h(
              'a',
              { class: 'button button-secondary', href: '/start', 'data-link': true },
              icon('back', { mirrorInRtl: true }),
              h('span', {}, t('pin.otherAvatar')),
            ),
            h('div', { class: 'youth-bar-actions' }, read.button),
          ),
          read.note,
          h(
            'header',
            { class: 'screen-header pin-header' },
            avatarBadge(member.avatar, 'avatar avatar-large'),
            h('h1', { tabindex: '-1' }, h('bdi', {}, member.pseudonym)),
            h('p', { class: 'screen-hint' }, t('pin.hint')),
          ),
          dots,
          progress,
          // The message lies over the header in a slot of no height, so the keypad never moves
          // under a finger when it appears (issue: a wrong PIN pushed the keys down ~110 px).
          h('div', { class: 'pin-feedback-slot' }, feedback),
          keypad,
          h('div', { class: 'pin-actions' }, erase),
        ),
      );
      return () => {
        if (pauseTimer !== undefined) clearInterval(pauseTimer);
        clearTimeout(clearTimer);
        entered = [];
        stopIdle();
        stopSpeaking();
      };
    },
  };
}
