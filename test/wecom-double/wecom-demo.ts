import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { signCustomerLink } from '../../auth/customer-link.js';
import { DEV_APP_SECRET } from '../../lib/config.js';
import { WecomDouble } from './wecom-double.js';

const OPEN_KFID = 'wkDemoShop';
const secrets = {
  corpId: 'wwLiaodanDemo',
  token: 'DemoCallbackToken',
  aesKey: 'DemoAesKey'.repeat(4) + 'abc',
  secret: 'demo-kf-secret',
};

const HELP = `你现在是一位微信客户，直接打字就是给店铺发消息。
  /enter c-wang-zxd   用该客户的专属链接进入会话（绑定为王师傅装修队）；/enter 不带编号 = 新客户
  1、2 …              点菜单里的第几项
  /user 名字          换一位微信用户（默认 wmDemoCustomer）
  /photo /voice       发一张图片 / 一条语音
  /end                业务员结束人工会话
  /quit               退出（Ctrl-C 也行）`;

/**
 * Starts the WeCom double, then `liaodan start` with the channel pointed at it (its callback URL set once the api
 * is up), and reads the terminal as a WeChat customer's messages; what the shop sends back is printed.
 */
export async function runWecomDemo(): Promise<void> {
  const double = new WecomDouble(secrets);
  const doubleUrl = await double.start(Number(process.env.WECOM_DEMO_PORT ?? 0));
  const script = fileURLToPath(new URL('../../bin/liaodan.js', import.meta.url));
  const logFile = join(tmpdir(), `liaodan-wecom-demo-${process.pid}.log`);
  const logStream = createWriteStream(logFile);
  const shop = spawn(process.execPath, [script, 'start'], {
    env: {
      ...process.env,
      WECOM_CORP_ID: secrets.corpId,
      WECOM_KF_SECRET: secrets.secret,
      WECOM_CALLBACK_TOKEN: secrets.token,
      WECOM_CALLBACK_AES_KEY: secrets.aesKey,
      WECOM_OPEN_KFIDS: OPEN_KFID,
      WECOM_API_BASE: doubleUrl,
      // The demo's links are signed with the development secret.
      APP_SECRET: DEV_APP_SECRET,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chatUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      logStream.write(chunk);
      seen += chunk.toString('utf8');
      const m = /"chat":"(http:\/\/[^"]+)\/chat"/.exec(seen);
      if (m?.[1]) resolve(m[1]);
    };
    shop.stdout.on('data', onData);
    shop.stderr.on('data', onData);
    shop.once('exit', (code) => reject(new Error(`liaodan start ended (${code}); see ${logFile}`)));
  });
  double.callbackUrl = `${chatUrl}/wecom/kf/callback`;
  process.stdout.write(
    `\n店铺已启动：${chatUrl}/chat （日志：${logFile}）\n微信客服替身：${doubleUrl}，回调地址 ${double.callbackUrl}\n\n${HELP}\n\n`,
  );

  let user = 'wmDemoCustomer';
  let shown = 0;
  let welcomes = 0;
  const printer = setInterval(() => {
    for (const w of double.platform.welcomes.slice(welcomes))
      process.stdout.write(`\n店铺(欢迎语)> ${w.text}\n`);
    welcomes = double.platform.welcomes.length;
    for (const s of double.platform.sent.slice(shown))
      process.stdout.write(`\n店铺 → ${s.touser}> ${s.text}\n`);
    shown = double.platform.sent.length;
  }, 150);

  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const stop = async () => {
    clearInterval(printer);
    rl.close();
    shop.kill('SIGINT');
    await new Promise((r) => shop.once('exit', r));
    await double.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  for await (const line of rl) {
    const text = line.trim();
    try {
      if (!text) continue;
      if (text === '/quit') break;
      if (text === '/help') process.stdout.write(`${HELP}\n`);
      else if (text.startsWith('/user ')) user = text.slice(6).trim() || user;
      else if (text.startsWith('/enter')) {
        const customerId = text.slice(6).trim();
        const sceneParam = customerId
          ? encodeURIComponent(signCustomerLink(DEV_APP_SECRET, { customerId, version: 1 }))
          : undefined;
        await double.customerEnters(OPEN_KFID, user, { scene: 'liaodan', ...(sceneParam && { sceneParam }) });
      } else if (text === '/photo')
        await double.customerSends(OPEN_KFID, user, 'image', Buffer.from('demo photo'));
      else if (text === '/voice')
        await double.customerSends(OPEN_KFID, user, 'voice', Buffer.from('#!AMR demo'));
      else if (text === '/end') await double.servicerEnds(OPEN_KFID, user);
      else {
        // A digit taps that item of the last menu, as a WeChat user taps it.
        const menu = [...double.platform.sent]
          .reverse()
          .find((s) => s.touser === user && s.msgtype === 'msgmenu');
        const item = /^\d$/.test(text)
          ? menu?.text.split('\n').find((l) => l.startsWith(`[${text}] `))
          : undefined;
        if (item) await double.customerSays(OPEN_KFID, user, item.slice(4), { menuId: `choice-${text}` });
        else await double.customerSays(OPEN_KFID, user, text);
      }
    } catch (err) {
      process.stdout.write(`(${(err as Error).message})\n`);
    }
  }
  await stop();
}
