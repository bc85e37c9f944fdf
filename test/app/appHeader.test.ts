// @vitest-environment jsdom
// The phone's menu: the header's menu button opens the left menu in a drawer, with its labels;
// choosing a page goes there and closes the drawer.
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { ElDrawer } from 'element-plus';
import AppHeader from '../../src/app/components/layout/AppHeader.vue';
import AppSidebar from '../../src/app/components/layout/AppSidebar.vue';
import { appPlugins, settle } from './helpers';

describe('app header menu button (phone)', () => {
  it('opens every page in a drawer and closes it after navigating', async () => {
    const { router, plugins } = appPlugins();
    await router.push('/');
    const wrapper = mount(AppHeader, { global: { plugins }, attachTo: document.body });
    const drawer = () => wrapper.findComponent(ElDrawer);
    expect(drawer().props('modelValue')).toBe(false);

    const button = wrapper.get('[data-test="menu-button"]');
    expect(button.attributes('aria-label')).toBe('菜单');
    await button.trigger('click');
    await settle();
    expect(drawer().props('modelValue')).toBe(true);
    const menu = wrapper.findComponent(AppSidebar);
    expect(menu.props('expanded')).toBe(true);
    expect(menu.classes()).toContain('app-menu--expanded'); // labels stay visible at phone width
    expect(menu.text()).toContain('预警清单');

    const navigated = new Promise<void>((done) => router.afterEach(() => done()));
    await menu.get('[data-test="menu-flagged"]').trigger('click');
    await navigated; // the page's code loads lazily
    await settle();
    expect(router.currentRoute.value.path).toBe('/flagged');
    expect(drawer().props('modelValue')).toBe(false);
    wrapper.unmount();
  });
});
