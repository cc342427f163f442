import { get } from './request';

/** Each operation of the route table by `METHOD /path/{}` (path parameters unnamed), with the roles it allows. */
export async function operationRoles(): Promise<Map<string, string[]>> {
  const doc = await get<{ paths: Record<string, Record<string, { 'x-roles'?: string[] }>> }>(
    '/api/openapi.json',
  );
  const out = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      out.set(`${method.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`, op['x-roles'] ?? []);
    }
  }
  return out;
}
