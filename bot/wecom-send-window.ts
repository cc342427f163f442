/** The platform's rule: after a customer's message, at most 5 messages within 48 hours (PROTOCOL.md §3). */
export const SEND_WINDOW_MS = 48 * 3600_000;
export const MESSAGES_PER_WINDOW = 5;

/** Why a message may not be sent now. */
export type WindowRefusal = 'outside_window' | 'quota';
