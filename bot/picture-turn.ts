import { planPictureTurn } from '../photo/picture-plan.js';
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
  const pictures = ctx.deps.pictures;
  if (!pictures) {
    ctx.replies.push(texts.picturesOff);
    return { text: null, askUnsure: () => undefined };
  }
  const log = ctx.deps.log.child({ channel: ctx.msg.channel, bytes: picture.byteLength });
  const reading = await pictures.reader.readPicture(picture);
  const plan = planPictureTurn(reading, pictures.units ? { units: pictures.units() } : {});
  if (reading.kind === 'refused') log.info({ reason: reading.reason }, 'picture refused');
  else
    log.info(
      {
        lines: plan.message?.readBack.length ?? 0,
        unsure: plan.message?.readBack.filter((l) => !l.sure).length ?? 0,
      },
      'picture read',
    );
  if (plan.message && plan.message.readBack.length > 0)
    await pictures.store.keep({
      bytes: picture,
      channel: ctx.msg.channel,
      contactId: ctx.msg.contactId,
      sessionId: ctx.session.id,
      ...owner,
      lines: plan.message.readBack.map((l) => ({ text: l.line.text, confidence: l.line.confidence })),
    });
  ctx.replies.push(...plan.before);
  return { text: plan.text, askUnsure: () => ctx.replies.push(...plan.after) };
}

/** After a draft with pictures was placed: they belong to the order now. Best effort (the order stands). */
export async function attachPictures(ctx: TurnContext, orderId: string): Promise<void> {
  try {
    await ctx.deps.pictures?.store.attach(ctx.session.id, orderId);
  } catch (err) {
    ctx.deps.log.warn({ err, orderId }, 'could not attach pictures to the order');
  }
}
