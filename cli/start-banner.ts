import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { ROLE_LABELS, type StaffRole } from '../auth/roles.js';

export interface BannerInput {
  /** The api's base URL. */
  url: string;
  /** Staff accounts with the demo password (empty outside the demo). */
  demoStaff: { id: string; roles: string[] }[];
}

/**
 * What a newcomer needs after `npm start`: where the chat, the back office and the queues are, and how to sign in
 * to each in the demo. `fields` for the log line, `text` for the terminal.
 */
export function startBanner(input: BannerInput): { fields: Record<string, string>; text: string } {
  const fields = {
    admin: `${input.url}/admin/`,
    chat: `${input.url}/chat`,
    api: `${input.url}/api/docs`,
    queues: `${input.url}/admin/queues`,
    health: `${input.url}/healthz`,
  };
  const demo = input.demoStaff.length > 0;
  const rows: [string, string, string][] = [
    ['后台页面', fields.admin, demo ? '员工登录：我的待办、订单、仓库、客户、商品、看板' : '员工登录'],
    [
      '客户聊天',
      fields.chat,
      demo ? '演示：页面上列出演示客户的专属链接和员工账号' : '客户用专属链接打开，员工用账号登录',
    ],
    ['后台接口', fields.api, '员工登录后调用（OpenAPI 文档）'],
    ['队列面板', fields.queues, '员工登录后查看，管理员可以操作'],
    ['健康检查', fields.health, ''],
  ];
  const staff = input.demoStaff.map(
    (s) => `${s.id}（${s.roles.map((r) => ROLE_LABELS[r as StaffRole] ?? r).join('、')}）`,
  );
  const text = [
    '',
    '聊单 liaodan 已启动，按 Ctrl-C 停止',
    ...rows.map(([label, url, how]) => `  ${label}  ${url.padEnd(40)} ${how}`.trimEnd()),
    ...(demo ? [`  演示员工  ${staff.join(' · ')}`, `            密码都是 ${DEMO_PASSWORD}`] : []),
    '',
    '',
  ].join('\n');
  return { fields, text };
}
