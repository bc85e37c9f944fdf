// What is off screen waits: the value of `source`, followed only while `target` is in view. A date
// change at a province's scale then recomputes and redraws what is seen (the 3,500 px budget chart
// and the cards), and the charts and tables below it catch up when scrolled to. Until the observer
// first reports, and where there is none, the target counts as visible; while nothing is shown yet
// (the source gave null or undefined), the first value is taken wherever the target is.
import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { useIntersectionObserver } from '@vueuse/core';

export function useWhenVisible<T>(target: Ref<HTMLElement | null>, source: () => T): ShallowRef<T> {
  const visible = ref(true);
  useIntersectionObserver(target, (entries) => (visible.value = entries.some((e) => e.isIntersecting)));
  const shown = shallowRef(source());
  // The source is not read while hidden, so its computeds are not even evaluated.
  watch(() => (visible.value || shown.value == null ? { value: source() } : null), (v) => v && (shown.value = v.value));
  return shown;
}
