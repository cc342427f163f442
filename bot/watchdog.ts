import type { Logger } from '../lib/logger.js';

export interface WatchdogOptions {
  /** Reset when no event arrived for this long while logged in, or at once after a logout. */
  silenceMs: number;
  /** First wait between resets; doubles after each reset until an event shows the puppet is alive. */
  initialBackoffMs?: number;
  maxBackoffMs: number;
  /** Restarts the puppet (`wechaty.reset()` in production). */
  reset: () => Promise<void>;
  log: Logger;
  now?: () => number;
}

/**
 * Notices a puppet that went silent or logged out and resets it, with exponential backoff. `check()` is driven by
 * a timer in production and called directly in tests.
 */
export class Watchdog {
  private lastEventAt: number;
  private loggedOut = false;
  private backoffMs: number;
  private nextResetAt = 0;
  private resetting = false;
  private timer: NodeJS.Timeout | undefined;
  resets = 0;

  constructor(private readonly opts: WatchdogOptions) {
    this.lastEventAt = this.now();
    this.backoffMs = opts.initialBackoffMs ?? 5_000;
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  /** Any puppet event (message, heartbeat, login …): the puppet is alive. */
  alive(): void {
    this.lastEventAt = this.now();
    this.backoffMs = this.opts.initialBackoffMs ?? 5_000;
    this.nextResetAt = 0;
  }

  loggedIn(): void {
    this.loggedOut = false;
    this.alive();
  }

  logout(): void {
    this.loggedOut = true;
  }

  /** Resets the puppet when it is due; returns whether it did. */
  async check(): Promise<boolean> {
    const t = this.now();
    const silentFor = t - this.lastEventAt;
    if (this.resetting || (!this.loggedOut && silentFor < this.opts.silenceMs) || t < this.nextResetAt)
      return false;
    this.resetting = true;
    this.resets += 1;
    this.opts.log.warn(
      { loggedOut: this.loggedOut, silentMs: silentFor, backoffMs: this.backoffMs, resets: this.resets },
      'puppet silent or logged out: resetting',
    );
    try {
      await this.opts.reset();
    } catch (err) {
      this.opts.log.error({ err }, 'puppet reset failed');
    } finally {
      this.resetting = false;
      this.nextResetAt = this.now() + this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, this.opts.maxBackoffMs);
    }
    return true;
  }

  start(everyMs = Math.max(1000, Math.min(30_000, this.opts.silenceMs / 4))): void {
    this.timer = setInterval(() => void this.check(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
