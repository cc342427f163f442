import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { operationRoles } from '../api/access';
import * as auth from '../api/auth';
import { CODES, type AccessCode } from '../access/codes';

/** Who is signed in, and what the route table lets them do. */
export const useSessionStore = defineStore('session', () => {
  const person = ref<auth.Person | null>(null);
  const operations = ref<Map<string, string[]>>(new Map());
  const loaded = ref(false);

  const staff = computed(() => (person.value?.kind === 'staff' ? person.value : null));
  const roles = computed(() => staff.value?.roles ?? []);

  /** Whether the person may do the action (the operation exists and allows one of their roles). */
  function can(code: AccessCode): boolean {
    const allowed = operations.value.get(CODES[code]);
    if (!allowed || !staff.value) return false;
    return roles.value.some((r) => allowed.includes(r));
  }

  const hasRole = (...wanted: string[]) => roles.value.some((r) => wanted.includes(r));

  async function load(): Promise<void> {
    const [who, ops] = await Promise.all([
      auth.me(),
      operations.value.size ? operations.value : operationRoles(),
    ]);
    person.value = who.person;
    operations.value = ops;
    loaded.value = true;
  }

  async function signIn(login: string, password: string): Promise<void> {
    const who = await auth.login(login, password);
    person.value = who.person;
    if (!operations.value.size) operations.value = await operationRoles();
  }

  async function signOut(): Promise<void> {
    await auth.logout().catch(() => undefined);
    person.value = null;
  }

  return { person, staff, roles, loaded, can, hasRole, load, signIn, signOut };
});
