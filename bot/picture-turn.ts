import { preparePicture, type PictureHold } from '../photo/picture-conversation.js';
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
 * lines (corrected against the catalog), to be understood as if typed, or `null` when there is nothing to
 * understand (a refusal, no list, every line unsure: then the replies already say why and nothing is applied).
 * Lines read unsurely or matching nothing are asked about after the order's own replies (`askUnsure`) and held
 * (`hold`): the conversation takes no confirmation while they stand. As `liaodan simulate` does
 * (photo/picture-conversation.ts).
 */
export async function readPictureTurn(
  ctx: TurnContext,
  picture: Uint8Array,
  owner: PictureOwner,
): Promise<{ text: string | null; askUnsure: () => void; hold: PictureHold | null; read: boolean }> {
  const pictures = ctx.deps.pictures;
  if (!pictures) {
    ctx.replies.push(texts.picturesOff);
    return { text: null, askUnsure: () => undefined, hold: null, read: false };
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
  // Lines are corrected against the catalog by probing the engine on a fresh conversation (nothing kept).
  const probe = (text: string) =>
    ctx.deps.engine.handle(null, { text, customer: { id: 'picture', name: '' }, history: [], now: ctx.now });
  const prepared = preparePicture(plan, probe);
  if (prepared.lines.length > 0) {
    await pictures.store.keep({
      bytes: picture,
      channel: ctx.msg.channel,
      contactId: ctx.msg.contactId,
      sessionId: ctx.session.id,
      ...owner,
      lines: prepared.lines,
    });
    ctx.session = { ...ctx.session, picturesKept: true };
  }
  ctx.replies.push(...prepared.before);
  return {
    text: prepared.text,
    askUnsure: () => ctx.replies.push(...prepared.after),
    hold: prepared.hold,
    read: prepared.lines.length > 0,
  };
}

/**
 * After a draft with pictures was placed: they belong to the order now. Best effort (the order stands). A draft
 * without pictures writes nothing (`afterPicture`: sessions saved before `picturesKept` was kept).
 */
export async function attachPictures(ctx: TurnContext, orderId: string): Promise<void> {
  if (!ctx.session.picturesKept && !ctx.session.afterPicture) return;
  try {
    await ctx.deps.pictures?.store.attach(ctx.session.id, orderId);
  } catch (err) {
    ctx.deps.log.warn({ err, orderId }, 'could not attach pictures to the order');
  }
}
