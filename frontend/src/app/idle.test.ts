import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultIdleMs, defaultPinClearMs, idleTimeoutMs, pinClearMs, startIdleTimer } from './idle';

afterEach(() => {
  vi.useRealTimers();
});

describe('idleTimeoutMs', () => {
  it('is the youth session idle time of 2 minutes unless a test shortens it', () => {
    expect(idleTimeoutMs({ getItem: () => null })).toBe(defaultIdleMs);
    expect(idleTimeoutMs({ getItem: () => '3' })).toBe(3000);
    expect(idleTimeoutMs({ getItem: () => 'soon' })).toBe(defaultIdleMs);
    expect(idleTimeoutMs({ getItem: () => '0' })).toBe(defaultIdleMs);
    expect(idleTimeoutMs(undefined)).toBe(defaultIdleMs);
  });
});

describe('pinClearMs', () => {
  it('is 20 seconds unless a test shortens it, apart from the idle time', () => {
    expect(pinClearMs({ getItem: () => null })).toBe(defaultPinClearMs);
    expect(defaultPinClearMs).toBe(20_000);
    expect(pinClearMs({ getItem: (key) => (key === 'jeugdstem.pinClearSeconds' ? '2' : '9') })).toBe(2000);
    expect(pinClearMs({ getItem: () => '-1' })).toBe(defaultPinClearMs);
  });
});

describe('startIdleTimer', () => {
  it('warns, then signs out after the timeout without activity', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const onWarn = vi.fn();
    const onIdle = vi.fn();
    startIdleTimer({ timeoutMs: 120_000, onWarn, onIdle, target });
    vi.advanceTimersByTime(99_999);
    expect(onWarn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onWarn).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(20_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('starts over on every touch, and says when the child is back', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const onIdle = vi.fn();
    const onActive = vi.fn();
    startIdleTimer({ timeoutMs: 4000, onIdle, onActive, onWarn: vi.fn(), target });
    vi.advanceTimersByTime(3500);
    target.dispatchEvent(new Event('pointerdown'));
    expect(onActive).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(3500);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('stops for good when stopped', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = startIdleTimer({ timeoutMs: 1000, onIdle, target });
    stop();
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
