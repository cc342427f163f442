import type { AxiosError } from 'axios';
import axios from 'axios';

/** An answer of the api that is not a success, with its stable code and its Chinese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The api client of every page: cookies of the session, the CSRF token from the XSRF-TOKEN cookie sent back as
 * X-CSRF-Token (same origin only), errors as ApiError with the server's Chinese message.
 */
export const http = axios.create({
  baseURL: '/',
  timeout: 30_000,
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-CSRF-Token',
});

/** Called on 401 (the session ended): the app sends the person to the sign-in page. */
let onSignedOut: () => void = () => undefined;
export function whenSignedOut(f: () => void): void {
  onSignedOut = f;
}

http.interceptors.response.use(
  (r) => r,
  (err: AxiosError<{ error?: { code?: string; message?: string } }>) => {
    const status = err.response?.status ?? 0;
    const body = err.response?.data?.error;
    if (status === 401 && !err.config?.url?.startsWith('/auth/')) onSignedOut();
    const message =
      body?.message ??
      (status === 0 ? '连不上服务器，请检查网络后再试' : `系统出错（${status}），请稍后再试`);
    return Promise.reject(new ApiError(status, body?.code ?? 'network', message));
  },
);

export async function get<T>(url: string, params?: Record<string, unknown>): Promise<T> {
  const clean =
    params &&
    Object.fromEntries(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined && v !== null));
  return (await http.get<T>(url, { params: clean })).data;
}

/** A state-changing request; `key` is the form submission's Idempotency-Key (one per submission, kept on retry). */
export async function send<T>(
  method: 'post' | 'put' | 'patch' | 'delete',
  url: string,
  body: unknown,
  key?: string,
): Promise<T> {
  const r = await http.request<T>({
    method,
    url,
    data: body ?? {},
    headers: key ? { 'Idempotency-Key': key } : {},
  });
  return r.data;
}
