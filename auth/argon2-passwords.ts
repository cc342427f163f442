import { hash, verify } from '@node-rs/argon2';

/** Hashes a password with argon2id (the library's defaults: 19 MiB, 2 passes, OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the login is unknown, so that an unknown login takes as long as a wrong password.
let decoy: Promise<string> | undefined;

/** Whether `password` matches `stored`; with no stored hash it still spends the time of a check, and says no. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    decoy ??= hash('decoy-password-never-matches');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** Why a new password is not good enough, in Chinese; undefined when it is. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 8) return '密码至少 8 位';
  if (password.length > 200) return '密码太长了';
  if (/^\d+$/.test(password)) return '密码不能全是数字';
  return undefined;
}
