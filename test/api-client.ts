/**
 * A browser-like client of the api for tests: keeps cookies, sends the page's Origin and the session's CSRF token
 * on every state-changing request, as the back-office pages do.
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly base: string,
    private readonly opts: { origin?: string | null; csrf?: boolean } = {},
  ) {}

  /** A client without a session. */
  static anonymous(base: string): ApiClient {
    return new ApiClient(base);
  }

  /** Signs in a staff member; throws unless it worked. */
  static async staff(base: string, login: string, password: string): Promise<ApiClient> {
    const client = new ApiClient(base);
    const res = await client.post('/auth/login', { login, password });
    if (res.status !== 200) throw new Error(`login ${login}: ${res.status} ${await res.text()}`);
    return client;
  }

  /** Opens a customer's chat link; throws unless it signed the customer in. */
  static async customer(base: string, linkPath: string): Promise<ApiClient> {
    const client = new ApiClient(base);
    const res = await client.get(linkPath);
    if (res.status !== 302 || res.headers.get('location') !== '/chat') throw new Error(`link: ${res.status}`);
    return client;
  }

  /** Who the session speaks for (`/auth/me`), or null. */
  async whoAmI(): Promise<{ kind: string; id: string } | null> {
    const res = await this.get('/auth/me');
    return ((await res.json()) as { person: { kind: string; id: string } | null }).person;
  }

  get csrfToken(): string | undefined {
    return this.cookies.get('XSRF-TOKEN');
  }

  /** The session cookie, e.g. to replay it after logout. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  withCookies(header: string): this {
    for (const pair of header.split('; ').filter(Boolean)) {
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return this;
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request('GET', path, undefined, headers);
  }

  post(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.request('POST', path, body, headers);
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const origin = this.opts.origin === undefined ? new URL(this.base).origin : this.opts.origin;
    const res = await fetch(`${this.base}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(method !== 'GET' && origin !== null && { origin }),
        ...(method !== 'GET' &&
          this.opts.csrf !== false &&
          this.csrfToken && { 'x-csrf-token': this.csrfToken }),
        ...(this.cookies.size > 0 && { cookie: this.cookieHeader() }),
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = (pair ?? '').indexOf('=');
      if (i <= 0) continue;
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}
