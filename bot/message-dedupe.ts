/** Decides whether an incoming message event is the first of its kind (puppets repeat events). */
export interface MessageDedupe {
  /**
   * True the first time; false when the same message id was seen before, or the same `fingerprint` (talker, chat
   * and text) arrived within the short window.
   */
  firstTime(messageId: string, fingerprint: string): Promise<boolean>;
}
