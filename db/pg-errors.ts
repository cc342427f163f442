/**
 * SQLSTATE classes and codes that mean "the database cannot serve right now", not "this statement is wrong":
 * connection exceptions (08…), the server shutting down or starting (57P01–57P03), too many connections (53300).
 */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Socket errors of a connection that could not be made or was cut. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/** What pg says, without a code, when a connection ends or cannot be had in time. */
const MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|terminating connection/i;

/**
 * Whether `err` (or its cause) says PostgreSQL is unreachable, restarting or dropped the connection: a fault that
 * passes by itself, so the work is retried as it is once the database is back, not failed or counted as a bad try.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== 'object') return false;
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (
      typeof code === 'string' &&
      (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))
    )
      return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    e = cause;
  }
  return false;
}
