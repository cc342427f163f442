import type { ApiClient } from '../api-client.js';

/**
 * The kinds of client mistakes and attacks the api must answer with a 4xx, generated for every route of its route
 * table: control characters in every path segment and query, broken percent-encoding, invalid JSON, wrong content
 * types, bodies over the limit, control characters in every field and field name, wrong types and huge values.
 */

/** One request: method, path (query included), raw body and its content type. */
export interface Probe {
  method: string;
  path: string;
  body?: string;
  contentType?: string;
}

export interface Route {
  method: string;
  path: string;
  body?: Record<string, unknown>;
}

/** Sample values for path parameters and bodies, by name. */
const SAMPLE: Record<string, unknown> = {
  shipmentNumber: 'FH-20000101-0001-1',
  sku: 'CEM-JY-WHITE-25',
  decision: 'approve',
  comment: '测试',
  customerId: 'c-wang-zxd',
  staffId: 'rep-zhao',
  jobId: 'nope',
  token: 'not-a-token',
  reason: '测试',
  amountFen: 1,
  method: 'cash',
  reference: 'R1',
  text: '水泥 1袋',
  login: 'rep-chen',
  password: 'wrong-password',
  name: '改个名',
  roles: ['rep'],
  regions: ['城东'],
  active: true,
};

/**
 * Every route of the route table, read from the OpenAPI document it makes (`/api/openapi.json`, as `admin` sees it),
 * with sample parameters and bodies; `orderNumber` is the order the probes may change as they like.
 */
export async function routes(admin: ApiClient, orderNumber: string): Promise<Route[]> {
  const doc = (await (await admin.get('/api/openapi.json')).json()) as {
    paths: Record<
      string,
      Record<
        string,
        { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }
      >
    >;
  };
  const list: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(String(name === 'orderNumber' ? orderNumber : SAMPLE[name])),
      );
      const properties = op.requestBody?.content['application/json']?.schema.properties;
      const body = properties
        ? Object.fromEntries(Object.keys(properties).map((k) => [k, SAMPLE[k] ?? 'x']))
        : undefined;
      // Signing out would end the session the probes ride on.
      if (path === '/auth/logout') continue;
      list.push({ method: method.toUpperCase(), path, ...(body && { body }) });
    }
  }
  return [...list, { method: 'GET', path: '/healthz' }, { method: 'GET', path: '/chat' }];
}

const CONTROL = ['\u0000', '\u0001', '\u0008', '\u001b', '\u007f'];
/** Every C0 control character but tab, line feed and carriage return, and DEL. */
const EVERY_CONTROL = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f'].filter(
  (c) => !'\t\n\r'.includes(c),
);
const BAD_JSON = ['{', '{"a":', '[1,2', 'nul', '"text"', '{"text": "\\ud800"}', '{"a":1}}', '\u0000'];
const TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/xml',
];

/** Every kind of client mistake against every route: bad JSON, wrong types, huge bodies, control bytes everywhere. */
export function hostileProbes(list: Route[]): Probe[] {
  const probes: Probe[] = [];
  for (const route of list) {
    const [path, query] = route.path.split('?') as [string, string | undefined];
    const segments = path.split('/');
    for (const c of CONTROL) {
      const encoded = encodeURIComponent(c);
      for (let i = 1; i < segments.length; i++) {
        const bent = [...segments];
        bent[i] = `${bent[i]}${encoded}`;
        probes.push({ method: route.method, path: bent.join('/') + (query ? `?${query}` : '') });
      }
      probes.push({
        method: route.method,
        path: `${path}?${query ? `${query}&` : ''}status=${encoded}&as=${encoded}`,
      });
    }
    probes.push({ method: route.method, path: `${path}%E0%A4%A` });
    if (route.method === 'GET') continue;
    for (const text of BAD_JSON) probes.push({ ...route, body: text, contentType: 'application/json' });
    for (const type of TYPES) probes.push({ ...route, body: 'a=1&staffId=x', contentType: type });
    probes.push({
      ...route,
      body: JSON.stringify({ x: 'y'.repeat(2_000_000) }),
      contentType: 'application/json',
    });
    for (const [field, value] of Object.entries(route.body ?? { any: 'x' })) {
      for (const c of EVERY_CONTROL) {
        const body = { ...route.body, [field]: typeof value === 'string' ? `${value}${c}` : c };
        probes.push({ ...route, body: JSON.stringify(body), contentType: 'application/json' });
        probes.push({
          ...route,
          body: JSON.stringify({ ...route.body, [`${field}${c}`]: 1 }),
          contentType: 'application/json',
        });
      }
      for (const wrong of [null, 12, -1, 1e30, true, [], {}, 'x'.repeat(5000)]) {
        probes.push({
          ...route,
          body: JSON.stringify({ ...route.body, [field]: wrong }),
          contentType: 'application/json',
        });
      }
    }
  }
  for (const path of ['/nope', '/admin/nope', '/chat/api/nope', '/%00', '/admin/orders/%00/approve']) {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']) probes.push({ method, path });
  }
  return probes;
}
