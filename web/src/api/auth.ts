import { get, send } from './request';

export interface Person {
  kind: 'staff' | 'customer';
  id: string;
  name: string;
  roles: string[];
  regions: string[];
}

export interface Me {
  person: Person | null;
  csrfToken: string | null;
}

export const me = () => get<Me>('/auth/me');
export const login = (login: string, password: string) =>
  send<Me>('post', '/auth/login', { login, password });
export const logout = () => send<void>('post', '/auth/logout', {});
/** The demo shop's accounts (development only; 404 elsewhere). */
export const demoAccounts = () =>
  get<{ password: string; staff: { id: string; name: string; roles: string[] }[] }>(
    '/chat/api/demo-accounts',
  );
