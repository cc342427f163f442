/** What a part sends its supervisor once it serves (`url` for the api). */
export interface ReadyMessage {
  type: 'ready';
  url?: string;
}

export function isReadyMessage(message: unknown): message is ReadyMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
}

/** Tells the supervising `liaodan start`, when there is one, that this process is up. */
export function reportReady(info: Omit<ReadyMessage, 'type'> = {}): void {
  if (process.send && process.connected) process.send({ type: 'ready', ...info } satisfies ReadyMessage);
}
