// Entry: Pinia, router, i18n, Element Plus styles; then the data the URL names (?data=) or the
// bundled sample. The shell renders once the first route resolves; data arrives when parsed.
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import 'element-plus/dist/index.css';
import App from './app/App.vue';
import { createAppRouter } from './app/router';
import { i18n } from './app/i18n';
import { useDatasetStore } from './app/stores/dataset';
import { prefetchBundled } from './app/lib/bundled';
import { preloadRoute } from './app/lib/preloadRoute';

const app = createApp(App);
const pinia = createPinia();
const router = createAppRouter();
app.use(pinia).use(router).use(i18n);

// Data starts loading at once, beside the first view's chunk rather than after it: ?data= is read
// from the (hash) URL directly, and its parser is fetched while the data downloads (the raw-table
// importer only if a file needs it: app/lib/loadRunner). The sample comes loaded at build time
// (lib/bundled): it downloads beside the saved-data lookup (IndexedDB), not after it, and needs no parser.
const hashQuery = new URLSearchParams(location.hash.split('?')[1] ?? '');
const dataParam = hashQuery.get('data') ?? new URLSearchParams(location.search).get('data');
if (dataParam) void import('./io/loadCore');
else prefetchBundled();
void useDatasetStore(pinia).init(dataParam);
// The first view's chunk downloads now, beside the data, instead of after the router's guard has
// heard from /api/health (server/detect): on the overview its module then asks for the charts'
// chunk (ECharts) too, so nothing on the way to the first chart waits for the shell's mount.
preloadRoute(router, location.hash.slice(1) || '/');
// Mount once the first route has resolved (its view chunk loaded): before that useRoute() is the
// empty start location, so a menu click in that moment navigated without ?asOf= and the sidebar
// and as-of picker showed defaults for a frame.
// A first route that fails (its chunk cannot load: offline, a redeploy) still gets the shell and its menu.
void router.isReady().catch(() => undefined).then(() => app.mount('#app'));
