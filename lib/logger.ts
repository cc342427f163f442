import { pino, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Readable lines for a person at a terminal; JSON otherwise (production, pipes, CI). */
  pretty?: boolean;
  name?: string;
}

/** A pino logger: pino-pretty on a TTY, JSON lines everywhere else. Logs go to stderr so stdout stays data. */
export function createLogger(opts: LoggerOptions): Logger {
  const pretty = opts.pretty ?? Boolean(process.stderr.isTTY);
  if (pretty) {
    return pino({
      level: opts.level,
      name: opts.name,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, colorize: true, translateTime: 'HH:MM:ss' },
      },
    });
  }
  return pino({ level: opts.level, name: opts.name }, pino.destination(2));
}
