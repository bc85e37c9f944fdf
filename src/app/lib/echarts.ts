// The one place ECharts modules are registered (tree-shaken: only what the charts use). Imported
// by EChart.vue, so it loads with the first view that draws a chart, not with the app shell.
import { use } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { BarChart, LineChart, ScatterChart, PieChart, CustomChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, TitleComponent, MarkLineComponent, MarkAreaComponent,
  MarkPointComponent, DataZoomComponent, DatasetComponent, GraphicComponent, ToolboxComponent,
} from 'echarts/components';

use([
  CanvasRenderer, SVGRenderer, BarChart, LineChart, ScatterChart, PieChart, CustomChart,
  GridComponent, TooltipComponent, LegendComponent, TitleComponent, MarkLineComponent, MarkAreaComponent,
  MarkPointComponent, DataZoomComponent, DatasetComponent, GraphicComponent, ToolboxComponent,
]);
