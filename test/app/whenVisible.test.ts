// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computed, defineComponent, h, nextTick, ref } from 'vue';
import { mount } from '@vue/test-utils';
import { useWhenVisible } from '../../src/app/composables/useWhenVisible';

// jsdom has no IntersectionObserver: a stand-in whose reports the test sends.
let report: (visible: boolean) => void = () => {};
class FakeObserver {
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    report = (visible) => this.callback([{ isIntersecting: visible }]);
  }
  observe() {}
  unobserve() {}
  disconnect() {}
}

function host(source: () => number | null) {
  let shown!: { value: number | null };
  const wrapper = mount(defineComponent({
    setup() {
      const el = ref<HTMLElement | null>(null);
      shown = useWhenVisible(el, source);
      return () => h('div', { ref: el }, String(shown.value));
    },
  }));
  return { wrapper, shown };
}

describe('useWhenVisible', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows the source while visible, does not even read it while hidden, and catches up when shown again', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const date = ref(1);
    const reads = vi.fn((d: number) => d * 10);
    const expensive = computed(() => reads(date.value));
    const { wrapper, shown } = host(() => expensive.value);
    await nextTick();
    expect(shown.value).toBe(10);
    date.value = 2;
    await nextTick();
    expect(shown.value).toBe(20);
    report(false);
    date.value = 3;
    await nextTick();
    date.value = 4;
    await nextTick();
    expect(shown.value).toBe(20);
    expect(reads).toHaveBeenCalledTimes(2);
    report(true);
    await nextTick();
    expect(shown.value).toBe(40);
    expect(reads).toHaveBeenCalledTimes(3);
    expect(wrapper.text()).toBe('40');
  });

  it('takes the first value even while hidden, when nothing was shown yet', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const ready = ref(false);
    const { shown } = host(() => (ready.value ? 7 : null));
    report(false);
    await nextTick();
    expect(shown.value).toBeNull();
    ready.value = true;
    await nextTick();
    expect(shown.value).toBe(7);
  });

  it('counts the target as visible where there is no IntersectionObserver', async () => {
    expect('IntersectionObserver' in window).toBe(false); // jsdom
    const n = ref(1);
    const { shown } = host(() => n.value);
    n.value = 5;
    await nextTick();
    expect(shown.value).toBe(5);
  });
});
