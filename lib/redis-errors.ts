/** What ioredis says when a command cannot reach Redis or gave up waiting for it. */
const MESSAGES =
  /Stream isn't writeable|enableOfflineQueue|Connection is closed|Command timed out|Reached the max retries per request|ECONNREFUSED|ECONNRESET/i;

/**
 * Whether `err` says Redis is unreachable (down, restarting, cut off) rather than that the command was wrong: the
 * request is answered "busy, try again" and nothing of it is applied later.
 */
export function isRedisUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { name, message } = err as { name?: unknown; message?: unknown };
  if (name === 'MaxRetriesPerRequestError') return true;
  return typeof message === 'string' && MESSAGES.test(message);
}
