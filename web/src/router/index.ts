import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { AccessCode } from '../access/codes';
import BasicLayout from '../layouts/BasicLayout.vue';
import { whenSignedOut } from '../api/request';
import { useSessionStore } from '../store/session';
import { menuRoutes } from './routes';

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    /** The access code the page needs (see access/codes.ts); without one, any staff member may open it. */
    access?: AccessCode;
    /** Menu order; pages without it are not in the menu (details, prints). */
    order?: number;
    icon?: string;
    /** Shown in the menu only to these roles (the page itself is for anyone with the access). */
    menuRoles?: string[];
    /** Sign-in page: open to anyone. */
    public?: boolean;
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    component: () => import('../views/login/LoginView.vue'),
    meta: { title: '登录', public: true },
  },
  { path: '/', component: BasicLayout, redirect: '/desk', children: menuRoutes },
  { path: '/:rest(.*)*', redirect: '/desk' },
];

/** The app's router: sign-in first, then only the pages the person's roles allow. */
export function createAppRouter() {
  const router = createRouter({ history: createWebHistory('/admin/'), routes });
  router.beforeEach(async (to) => {
    const session = useSessionStore();
    if (!session.loaded) await session.load().catch(() => undefined);
    if (to.meta.public) return session.staff && to.path === '/login' ? '/desk' : true;
    if (!session.staff)
      return { path: '/login', query: to.fullPath !== '/desk' ? { redirect: to.fullPath } : {} };
    if (to.meta.access && !session.can(to.meta.access)) return '/desk';
    return true;
  });
  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · 聊单后台` : '聊单后台';
  });
  whenSignedOut(() => {
    const session = useSessionStore();
    session.person = null;
    if (router.currentRoute.value.path !== '/login')
      void router.push({ path: '/login', query: { redirect: router.currentRoute.value.fullPath } });
  });
  return router;
}
