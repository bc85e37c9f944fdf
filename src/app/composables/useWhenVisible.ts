// What is off screen waits: the value of `source`, followed only while `target` is in view. A date
// change at a province's scale then recomputes and redraws what is seen (the 3,500 px budget chart
// and the cards), and the charts and tables below it catch up when scrolled to. Until the observer
// first reports, and where there is none, the target counts as visible; while nothing is shown yet
// (the source gave null or undefined), the first value is taken wherever the target is.
import { computed, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { useIntersectionObserver } from '@vueuse/core';

/** The element that scrolls the target (the shell's main area), or null for the page itself. */
function scroller(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

export function useWhenVisible<T>(target: Ref<HTMLElement | null>, source: () => T): ShallowRef<T> {
  const visible = ref(true);
  // Within a screen's height of what its scroller shows counts as in view: scrolled to, it is
  // already up to date (a margin on the page's viewport would not reach past the scroller's clip).
  const root = computed(() => scroller(target.value));
  useIntersectionObserver(target, (entries) => (visible.value = entries.some((e) => e.isIntersecting)), { root, rootMargin: '100% 0px' });
  const shown = shallowRef(source());
  // The source is not read while hidden, so its computeds are not even evaluated.
  watch(() => (visible.value || shown.value == null ? { value: source() } : null), (v) => v && (shown.value = v.value));
  return shown;
}
