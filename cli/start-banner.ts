export interface BannerInput {
  /** The api's base URL. */
  url: string;
  adminUser: string;
  adminPassword: string;
}

/**
 * What a newcomer needs after `npm start`: where the chat, the back office and the queues are, and how to sign in
 * to each in the demo. `fields` for the log line, `text` for the terminal.
 */
export function startBanner(input: BannerInput): { fields: Record<string, string>; text: string } {
  const fields = {
    chat: `${input.url}/chat`,
    admin: `${input.url}/admin/orders`,
    queues: `${input.url}/admin/queues`,
    health: `${input.url}/healthz`,
  };
  const login = `${input.adminUser} / ${input.adminPassword}`;
  const rows: [string, string, string][] = [
    ['客户聊天', fields.chat, '演示：在页面上选一位客户或员工，直接下单'],
    ['后台接口', fields.admin, `登录 ${login}`],
    ['队列面板', fields.queues, `登录 ${login}`],
    ['健康检查', fields.health, ''],
  ];
  const text = [
    '',
    '聊单 liaodan 已启动，按 Ctrl-C 停止',
    ...rows.map(([label, url, how]) => `  ${label}  ${url.padEnd(40)} ${how}`.trimEnd()),
    '',
    '',
  ].join('\n');
  return { fields, text };
}
