// Entry: Pinia, router, i18n, Element Plus styles; then the data the URL names (?data=) or the
// bundled sample. The shell renders first; data arrives when parsed.
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import 'element-plus/dist/index.css';
import App from './app/App.vue';
import { createAppRouter } from './app/router';
import { i18n } from './app/i18n';
import { useDatasetStore } from './app/stores/dataset';
import { firstValue } from './app/composables/useQuery';

const app = createApp(App);
const pinia = createPinia();
const router = createAppRouter();
app.use(pinia).use(router).use(i18n);

void router.isReady().then(() => {
  const dataParam = firstValue(router.currentRoute.value.query.data) ?? new URLSearchParams(location.search).get('data');
  void useDatasetStore(pinia).init(dataParam);
});
app.mount('#app');
