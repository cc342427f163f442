import { readList } from '../photo/picture-list.js';
import { pictureMessage } from '../photo/picture-message.js';
import { texts } from './bot-texts.js';
import type { TurnContext } from './turn-context.js';

/** Who the picture's draft is for, for the store. */
export interface PictureOwner {
  customerId: string | null;
  staffId: string | null;
}

/**
 * A picture in chat: read it, keep it, and read its list back to the customer. Returns the text of the surely read
 * lines, to be understood as if typed, or `null` when there is nothing to understand (a refusal, no list, every
 * line unsure: then the replies already say why and nothing is applied). Unsure lines are asked about after the
 * order's own replies (`askUnsure`).
 */
export async function readPictureTurn(
  ctx: TurnContext,
  picture: Uint8Array,
  owner: PictureOwner,
): Promise<{ text: string | null; askUnsure: () => void }> {
  const none = { text: null, askUnsure: () => undefined };
  const pictures = ctx.deps.pictures;
  if (!pictures) {
    ctx.replies.push(texts.picturesOff);
    return none;
  }
  const log = ctx.deps.log.child({ channel: ctx.msg.channel, bytes: picture.byteLength });
  const reading = await pictures.reader.readPicture(picture);
  if (reading.kind === 'refused') {
    log.info({ reason: reading.reason }, 'picture refused');
    ctx.replies.push(texts.pictureRefused(reading.reason));
    return none;
  }
  const message = pictureMessage(readList(reading));
  log.info(
    { lines: message.readBack.length, unsure: message.readBack.filter((l) => !l.sure).length },
    'picture read',
  );
  if (message.readBack.length === 0) {
    ctx.replies.push(texts.pictureNoList);
    return none;
  }
  await pictures.store.keep({
    bytes: picture,
    channel: ctx.msg.channel,
    contactId: ctx.msg.contactId,
    sessionId: ctx.session.id,
    ...owner,
    lines: message.readBack.map((l) => ({ text: l.line.text, confidence: l.line.confidence })),
  });
  ctx.replies.push(texts.pictureReadBack(message.readBack));
  return {
    text: message.text || null,
    askUnsure: () => {
      for (const line of message.readBack) if (!line.sure) ctx.replies.push(texts.pictureUnsure(line));
    },
  };
}

/** After a draft with pictures was placed: they belong to the order now. Best effort (the order stands). */
export async function attachPictures(ctx: TurnContext, orderId: string): Promise<void> {
  try {
    await ctx.deps.pictures?.store.attach(ctx.session.id, orderId);
  } catch (err) {
    ctx.deps.log.warn({ err, orderId }, 'could not attach pictures to the order');
  }
}
