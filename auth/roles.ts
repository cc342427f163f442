/** The roles a staff member may hold, as Chinese wholesale shops divide the work. A person may hold several. */
export const STAFF_ROLES = ['rep', 'clerk', 'warehouse', 'finance', 'manager', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Each role as the shop says it. */
export const ROLE_LABELS: Record<StaffRole, string> = {
  rep: '业务员',
  clerk: '内勤',
  warehouse: '仓库',
  finance: '财务',
  manager: '区域经理',
  admin: '管理员',
};

const SPOKEN: Record<string, StaffRole> = {
  ...Object.fromEntries(STAFF_ROLES.map((r) => [r, r])),
  ...Object.fromEntries(Object.entries(ROLE_LABELS).map(([r, label]) => [label, r as StaffRole])),
  销售: 'rep',
  文员: 'clerk',
  库管: 'warehouse',
  会计: 'finance',
  出纳: 'finance',
  经理: 'manager',
  老板: 'admin',
};

/** A role written in English or Chinese (`业务员`, `rep`, `老板` …), or undefined. */
export function readRole(text: string): StaffRole | undefined {
  return SPOKEN[text.trim().toLowerCase()] ?? SPOKEN[text.trim()];
}

/** Roles in a cell like `业务员|财务`, `rep, finance` or `内勤、仓库`: the roles, and the words that are none. */
export function readRoles(cell: string): { roles: StaffRole[]; unknown: string[] } {
  const words = cell
    .split(/[|,，、;；/\s]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  const roles = new Set<StaffRole>();
  const unknown: string[] = [];
  for (const word of words) {
    const role = readRole(word);
    if (role) roles.add(role);
    else unknown.push(word);
  }
  return { roles: STAFF_ROLES.filter((r) => roles.has(r)), unknown };
}
