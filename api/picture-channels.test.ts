/**
 * A picture of an order list through the api's channels ends in the same draft as the list typed: the web chat
 * (POST /chat/api/pictures) and the back office's 代客下单 (POST /api/customers/:id/desk-order/pictures), with the
 * real reader; the picture is kept with the order once it is placed, and staff see it beside the order.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signCustomerLink } from '../auth/customer-link.js';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { DEV_APP_SECRET } from '../lib/config.js';
import { listPicture } from '../photo/testing/list-picture.js';
import { ApiClient } from '../test/api-client.js';
import { startTestApi, type TestApi } from '../test/api-fixture.js';

let shop: TestApi;
const LIST = ['海螺P.O42.5水泥 50kg 20袋', '远东4平方红色BV线 10捆'];
let picture: string;

beforeAll(async () => {
  shop = await startTestApi();
  picture = (await listPicture(LIST)).toString('base64');
}, 60_000);

afterAll(async () => {
  await shop?.stop();
});

const linkOf = (customerId: string) =>
  `/chat/c/${signCustomerLink(DEV_APP_SECRET, { customerId, version: 1 })}`;

const squeeze = (s: string) => s.replace(/ /g, '');

/** The draft block of a reply ("当前订单：…合计…元"). */
const draftOf = (replies: string[]) =>
  replies.join('\n').match(/当前订单：[\s\S]*?合计[\d.]+元/)?.[0] ?? null;

describe('pictures through the api', () => {
  it('web chat: a picture reads back and drafts the same order as the list typed, then places it', async () => {
    const typed = await ApiClient.customer(shop.url, linkOf('c-li-gd'));
    const typedReplies = (await (
      await typed.post('/chat/api/messages', { text: LIST.join('\n') })
    ).json()) as {
      replies: string[];
    };
    const wang = await ApiClient.customer(shop.url, linkOf('c-wang-zxd'));
    const res = await wang.post('/chat/api/pictures', { picture: `data:image/png;base64,${picture}` });
    expect(res.status).toBe(200);
    const { replies } = (await res.json()) as { replies: string[] };
    // The reader keeps no spaces between words; the lines are the list's.
    expect(replies[0]!.replace(/ /g, '')).toBe(
      `我从图片里看到：\n1.${squeeze(LIST[0]!)}\n2.${squeeze(LIST[1]!)}`,
    );
    expect(draftOf(replies)).not.toBeNull();
    expect(draftOf(replies)?.replace(/×[\d.]+ = [\d.]+元|合计[\d.]+元/g, '')).toBe(
      draftOf(typedReplies.replies)?.replace(/×[\d.]+ = [\d.]+元|合计[\d.]+元/g, ''),
    );
    const placed = (await (await wang.post('/chat/api/messages', { text: '确认' })).json()) as {
      replies: string[];
    };
    const orderNumber = placed.replies.join('\n').match(/LD-\d{8}-\d{4,}/)?.[0];
    expect(orderNumber).toBeDefined();
    const staff = await ApiClient.staff(shop.url, 'mgr-huang', DEMO_PASSWORD);
    const list = (await (await staff.get(`/api/orders/${orderNumber}/pictures`)).json()) as {
      pictures: { id: string; contentType: string; lines: { text: string }[] }[];
    };
    expect(list.pictures).toHaveLength(1);
    expect(list.pictures[0]!.contentType).toBe('image/png');
    expect(list.pictures[0]!.lines.map((l) => squeeze(l.text))).toEqual(LIST.map(squeeze));
    const bytes = await staff.get(`/api/orders/${orderNumber}/pictures/${list.pictures[0]!.id}`);
    expect(bytes.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await bytes.arrayBuffer()).equals(Buffer.from(picture, 'base64'))).toBe(true);
  }, 120_000);

  it('order desk: a pasted picture drafts the same lines for the customer', async () => {
    const clerk = await ApiClient.staff(shop.url, 'clerk-wu', DEMO_PASSWORD);
    const res = await clerk.post('/api/customers/c-wang-zxd/desk-order/pictures', { picture });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      replies: string[];
      draft: { lines: { sku: string; qty: number }[] };
    };
    expect(body.replies[0]).toContain('我从图片里看到');
    expect(body.draft.lines.map((l) => [l.sku, l.qty]).sort()).toEqual(
      [
        ['CEM-HL-425-50', 20],
        ['WIRE-BV-4-RD-YD', 10],
      ].sort(),
    );
  }, 120_000);

  it('refuses what is not a picture politely', async () => {
    const wang = await ApiClient.customer(shop.url, linkOf('c-wang-zxd'));
    const res = await wang.post('/chat/api/pictures', {
      picture: Buffer.from('不是图片').toString('base64'),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { replies: string[] }).replies).toEqual([
      '这个文件我打不开，麻烦发一张单子的照片或截图（JPG、PNG），或者直接打字下单。',
    ]);
  });
});
