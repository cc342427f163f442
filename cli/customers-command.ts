import type { Command } from 'commander';
import { openImportDb, reportRowErrors } from './import-support.js';
import { z } from 'zod';
import { common, parseConfig } from '../lib/config.js';
import { assertReadable, CommandError } from './input-file.js';

const LinkConfig = z.object({
  PUBLIC_URL: z.url().default('http://127.0.0.1:3000'),
  APP_SECRET: common.APP_SECRET,
});

export function registerCustomersCommand(program: Command): void {
  const customers = program.command('customers').description('manage customers');
  customers
    .command('link <id>')
    .description(
      "print the customer's personal chat link (PUBLIC_URL, APP_SECRET); --qr also draws its QR code",
    )
    .option('--qr', 'draw the QR code in the terminal')
    .option('--revoke', 'revoke every earlier link first (they stop working at once)')
    .action(async (id: string, opts: { qr?: boolean; revoke?: boolean }) => {
      const { PUBLIC_URL, APP_SECRET } = parseConfig(LinkConfig, process.env);
      const { db } = await openImportDb();
      try {
        const { findCustomer, revokeCustomerLinks } = await import('../customers/pg-customer-queries.js');
        const customer = await findCustomer(db, id);
        if (!customer) throw new CommandError(`没有这位客户：${id}`);
        const version = opts.revoke ? await revokeCustomerLinks(db, id) : customer.linkVersion;
        const { signCustomerLink } = await import('../auth/customer-link.js');
        const url = `${PUBLIC_URL.replace(/\/+$/, '')}/chat/c/${signCustomerLink(APP_SECRET, { customerId: id, version })}`;
        process.stdout.write(`${customer.name}\t${url}\n`);
        if (opts.qr) {
          const QRCode = (await import('qrcode')).default;
          process.stdout.write(await QRCode.toString(url, { type: 'terminal', small: true }));
        }
      } finally {
        await db.destroy();
      }
    });
  customers
    .command('import <file>')
    .description(
      'validate a customers CSV (id,name,tier,region,credit_limit,rep,chat_names) and upsert it in one transaction',
    )
    .action(async (file: string) => {
      await assertReadable(file);
      const { db, log } = await openImportDb();
      try {
        const { importCustomersFile } = await import('../customers/customer-import.js');
        const r = await importCustomersFile(db, file);
        if (!r.ok) return reportRowErrors(file, r.errors);
        const s = r.summary;
        log.info({ file, rows: r.rows, ...s }, 'customers imported');
        process.stdout.write(
          `${r.rows} customers: ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged; ` +
            `chat names ${s.chatNamesBound} bound, ${s.chatNamesUnbound} unbound\n`,
        );
      } finally {
        await db.destroy();
      }
    });
}
