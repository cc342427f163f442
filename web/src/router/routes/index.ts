import type { RouteRecordRaw } from 'vue-router';

/** Every menu's routes, one file per menu under modules/ (as vben-admin's playground lays them out). */
const modules = import.meta.glob<{ default: RouteRecordRaw[] }>('./modules/*.ts', { eager: true });

export const menuRoutes: RouteRecordRaw[] = Object.values(modules)
  .flatMap((m) => m.default)
  .sort((a, b) => (a.meta?.order ?? 999) - (b.meta?.order ?? 999));
