// Whether the data on screen is (or contains) the bundled 示例数据, whose actuals and spend are
// invented (data/README.md): opened on the sample (dataset origin 'bundled'), or holding records of
// it after the user loaded more on top (present/sample hasSampleData: 备注 示例数据 or sample-*.csv).
// Every page, the deck and its print say so while this is true.
import { computed } from 'vue';
import { hasSampleData } from '../../../present/sample';
import { useDatasetStore } from '../../stores/dataset';

export function useSampleData() {
  const data = useDatasetStore();
  return computed(() => data.dataset.projects.length > 0 && (data.origin === 'bundled' || hasSampleData(data.dataset)));
}
