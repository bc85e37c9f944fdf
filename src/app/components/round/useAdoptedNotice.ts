// Says once, where the edit was made (rounds page or 填报 tab), that editing the sample (or linked
// data) made it the user's own data kept in this browser (dataset store adoptedByEdit).
import { watch } from 'vue';
import { useRoundI18n } from '../../i18n/lazy/useRoundI18n';
import { ElMessage } from 'element-plus';
import { useDatasetStore } from '../../stores/dataset';

export function useAdoptedNotice() {
  const { t } = useRoundI18n();
  const data = useDatasetStore();
  watch(() => data.adoptedByEdit, (from) => {
    if (from) ElMessage({ type: 'info', duration: 8000, showClose: true, message: t(`round.form.adopted.${from}`) });
  });
}
