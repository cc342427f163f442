import type { Directive } from 'vue';
import type { AccessCode } from './codes';
import { useSessionStore } from '../store/session';

/** `v-access="'recordPayment'"`: the element is removed unless the person may do that. */
export const vAccess: Directive<HTMLElement, AccessCode> = {
  mounted(el, binding) {
    if (!useSessionStore().can(binding.value)) el.remove();
  },
};
