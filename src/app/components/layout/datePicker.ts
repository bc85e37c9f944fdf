// The header's date picker, a chunk of its own (with dayjs's calendar panels, ~20 kB gzip): the
// first screen shows a stand-in of the same pixels (./AsOfPicker.vue) and loads this when idle.
export { ElDatePicker } from 'element-plus';
