import type { Product } from '../../catalog/product.js';
import type { Db } from '../../db/pg-database.js';

/** People and goods for bot tests: rep 张三 (s-zhang) serving 王老板 (c-wang); admin 李四 (s-li). */
export async function seedChatPeople(db: Db, products: Product[]): Promise<void> {
  await db
    .insertInto('products')
    .values(
      products.map((p) => ({
        sku: p.sku,
        name: p.name,
        aliases: p.aliases,
        specs: JSON.stringify(p.specs),
        unit: p.unit,
        unit_aliases: p.unitAliases,
        conversions: JSON.stringify(p.conversions),
        price_fen: p.priceFen,
        price_breaks: JSON.stringify(p.priceBreaks),
      })),
    )
    .execute();
  await db
    .insertInto('stock')
    .values(products.map((p) => ({ sku: p.sku, on_hand: p.stock })))
    .execute();
  await db
    .insertInto('staff')
    .values([
      { id: 's-zhang', name: '张三', roles: ['rep'] },
      { id: 's-li', name: '李四', roles: ['admin'] },
    ])
    .execute();
  await db
    .insertInto('customers')
    .values([
      { id: 'c-wang', name: '王老板', tier: 'A', credit_limit_fen: 10_000_000, rep_id: 's-zhang' },
      { id: 'c-liu', name: '刘师傅', tier: null, credit_limit_fen: 0, rep_id: 's-zhang' },
    ])
    .execute();
}

/** Binds a chat account (contact id, `name:<name>` or a group) to a customer or staff member. */
export async function bindIdentity(
  db: Db,
  channel: string,
  externalId: string,
  owner: { customerId: string } | { staffId: string },
): Promise<void> {
  await db
    .insertInto('chat_identities')
    .values({
      channel,
      external_id: externalId,
      customer_id: 'customerId' in owner ? owner.customerId : null,
      staff_id: 'staffId' in owner ? owner.staffId : null,
    })
    .execute();
}
