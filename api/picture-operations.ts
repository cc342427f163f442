import { z } from 'zod';
import type { Db } from '../db/pg-database.js';
import { listOrderPictures, readOrderPicture } from '../photo/pg-order-pictures.js';
import { HttpError } from './http-errors.js';
import { defineOperation, type Operation } from './operations.js';
import { ORDER_READERS, orderFor } from './order-operations.js';

/** A picture in a JSON body: base64, with or without a `data:image/…;base64,` prefix; at most 10 MB decoded. */
/** A picture's JSON body: base64 of up to 10 MB, with room for the rest of the body. */
export const PICTURE_BODY_LIMIT = '15mb';

export const PictureField = z.string().min(1).max(14_000_000).meta({
  description:
    '图片（JPG、PNG、WebP、GIF），base64 编码，可以带 data:image/…;base64, 前缀；最大 10MB、4000 像素',
});

const pictureTexts = {
  notBase64: '图片要用 base64 编码',
  notFound: '这个订单没有这张图片',
};

/** The bytes of a base64 picture field (400 when it is no base64 at all). */
export function pictureBytes(field: string): Uint8Array {
  const base64 = field.replace(/^data:[\w/+.-]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    throw new HttpError(400, 'invalid_picture', pictureTexts.notBase64);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

const OrderParams = z.object({ orderNumber: z.string().regex(/^LD-\d{8}-\d{4,}$/) });
const PictureParams = OrderParams.extend({
  pictureId: z.string().max(40).meta({ description: '图片编号（列表里的 id）；不是这个订单的图片时 404' }),
});
const OrderPictures = z.object({
  pictures: z.array(
    z.object({
      id: z.string(),
      sha256: z.string(),
      channel: z.string(),
      contentType: z.string(),
      size: z.number(),
      lines: z.array(z.object({ text: z.string(), confidence: z.number() })),
      sentAt: z.string(),
    }),
  ),
});

/** Staff see the pictures an order was made from, with the same access as the order's detail. */
export function orderPictureOperations(db: Db): Operation[] {
  return [
    defineOperation({
      id: 'listOrderPictures',
      method: 'GET',
      path: '/api/orders/:orderNumber/pictures',
      bodyLimit: PICTURE_BODY_LIMIT,
      summary: '订单的图片（客户拍照下单发的图）和从图上读到的每一行',
      tag: '订单',
      access: ORDER_READERS,
      params: OrderParams,
      response: OrderPictures,
      async handle({ params, person }) {
        const order = await orderFor(db, params.orderNumber, person);
        return { pictures: await listOrderPictures(db, order.id) };
      },
    }),
    defineOperation({
      id: 'getOrderPicture',
      method: 'GET',
      path: '/api/orders/:orderNumber/pictures/:pictureId',
      summary: '订单的一张图片本身（image/jpeg、image/png……，ETag 是它的 SHA-256）',
      tag: '订单',
      access: ORDER_READERS,
      params: PictureParams,
      async handle({ params, person, ctx }) {
        const order = await orderFor(db, params.orderNumber, person);
        const picture = await readOrderPicture(db, order.id, params.pictureId);
        if (!picture) throw new HttpError(404, 'not_found', pictureTexts.notFound);
        ctx.type = picture.content_type;
        ctx.set('ETag', `"${picture.sha256}"`);
        ctx.set('Cache-Control', 'private, max-age=86400');
        ctx.set('Content-Disposition', 'inline');
        return picture.bytes;
      },
    }),
  ] as Operation[];
}
