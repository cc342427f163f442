import { matchText } from './finance-text.js';
import { createNameFinder, nameKey } from './name-finder.js';
import type { OpenOrder } from './open-orders.js';

/** Who sent a payment, as far as the names on the row tell. */
export type Payer =
  | { kind: 'known'; customerId: string; shownAs: string }
  | { kind: 'account-holder'; holder: string }
  | { kind: 'unknown'; shownAs: string | null; note: string | null };

const walletCompany =
  /支付宝|财付通|微信支付|微信转账|银联|云闪付|京东支付|网银在线|拉卡拉|快钱|网联|alipay|tenpay/i;
const walletWithPerson =
  /^(?:支付宝|财付通|微信支付|微信|银联|云闪付|京东支付)\s*[-_:：(]\s*([^()]{1,20}?)\s*\)?$/;
const companyWords = /公司|有限|科技|网络|中心|银行/;

/**
 * Recognises payers (FORMAT.md §6 "Who paid"): a payer name equal to one customer's name or one of its payer
 * names is known; a name listed for two customers identifies neither; a payment through a wallet (财付通,
 * 支付宝, 银联 …) is known through the one customer whose names are written in the remark (or in `支付宝-李四`).
 */
export function createPayerDirectory(orders: readonly OpenOrder[], accountHolder: string | null) {
  const customerNames = new Map<string, string>();
  const payerEntries: [string, string][] = [];
  for (const order of orders) {
    customerNames.set(order.customerId, order.customerName);
    payerEntries.push([order.customerName, order.customerId]);
    for (const name of order.payerNames) payerEntries.push([name, order.customerId]);
  }
  const payers = createNameFinder(payerEntries);
  const customersByName = createNameFinder(
    [...customerNames].map(([id, name]) => [name, id] as [string, string]),
  );
  const holder = accountHolder ? nameKey(accountHolder) : null;

  function throughWallet(payerName: string, remarks: readonly string[]): Payer {
    const person = walletWithPerson.exec(nameKey(payerName))?.[1];
    const texts = [...remarks, ...(person && !companyWords.test(person) ? [person] : [])];
    const hits = texts.flatMap((text) => payers.find(text));
    const customers = new Set(hits.flatMap((hit) => hit.values));
    if (hits.length && hits.every((hit) => hit.values.length === 1) && customers.size === 1) {
      return { kind: 'known', customerId: [...customers][0]!, shownAs: hits[0]!.name };
    }
    return { kind: 'unknown', shownAs: person ?? null, note: null };
  }

  /** Who paid a row with this counterparty name and these remarks. */
  function identify(payerName: string | null, remarks: readonly string[]): Payer {
    if (payerName === null) return { kind: 'unknown', shownAs: null, note: null };
    const key = nameKey(payerName);
    if (holder && key === holder) return { kind: 'account-holder', holder: accountHolder! };
    if (walletCompany.test(key)) return throughWallet(payerName, remarks);
    const customers = payers.lookup(key);
    if (customers.length === 1) return { kind: 'known', customerId: customers[0]!, shownAs: payerName };
    return {
      kind: 'unknown',
      shownAs: payerName,
      note: customers.length > 1 ? matchText.ambiguousPayer(payerName) : null,
    };
  }

  /** The customer whose customerName the remarks contain: the longest; none when two are equally long. */
  function customerInRemarks(remarks: readonly string[]): string | null {
    const hits = remarks.flatMap((remark) => customersByName.find(remark));
    if (!hits.length) return null;
    const longest = Math.max(...hits.map((hit) => hit.name.length));
    const ids = new Set(hits.filter((hit) => hit.name.length === longest).flatMap((hit) => hit.values));
    return ids.size === 1 ? [...ids][0]! : null;
  }

  return { identify, customerInRemarks, customerName: (id: string) => customerNames.get(id) ?? id };
}

export type PayerDirectory = ReturnType<typeof createPayerDirectory>;

/**
 * The name a confirmed payment teaches for its customer: the payer as the bank shows it, the person behind a
 * wallet (`支付宝-李四` → 李四), or nothing when the row names only a wallet, a bank or the shop itself.
 */
export function learnablePayerName(
  payerName: string | null,
  accountHolder: string | null = null,
): string | null {
  if (payerName === null) return null;
  const key = nameKey(payerName);
  if ([...key].length < 2 || (accountHolder && key === nameKey(accountHolder))) return null;
  if (walletCompany.test(key)) {
    const person = walletWithPerson.exec(key)?.[1];
    return person && !companyWords.test(person) && [...person].length >= 2 ? person : null;
  }
  if (/银行|结息|利息/.test(key)) return null;
  return key;
}
