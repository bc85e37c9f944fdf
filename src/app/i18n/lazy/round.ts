// 监控轮次 page, the project page's 填报 tab and the round's dialogs.
import type { AreaMessages } from '../index';

export default {
  'zh-CN': {
    round: {
      nav: '监控轮次',
      tab: '填报',
      period: '监控期间：{start} 至 {end}',
      deadline: '截止日期：{date}',
      state: { draft: '草稿', done: '已完成', filling: '填报中' },
      fields: {
        value: '执行情况', forecast: '全年预计完成值', reasonCategory: '偏差原因类别', reason: '偏差原因', likelihood: '完成可能性',
        measures: '纠偏措施', note: '备注', attachments: '佐证材料', amount: '执行数', spendForecast: '全年预计执行数', status: '填报状态',
      },
      page: {
        noData: '还没有载入项目数据', goData: '去载入数据', none: '还没有监控轮次：新建一轮，各项目即可在“填报”页逐项填写', noneServer: '还没有监控轮次：监控轮次由财政部门开启，开启后要填报或审核的项目会出现在“待办”中',
        new: '新建监控轮次', exportForm: '下载监控表（.xlsx）', exportTemplate: '下载空白模板', exported: '已下载：{name}', exportFailed: '下载失败：{reason}',
        pastDeadline: '已过截止日期', projects: '范围内项目', indicatorsFilled: '已填报指标', overdue: '逾期未完成', byProject: '各项目填报情况',
        project: '项目', filled: '已填 / 指标数', missing: '未填报的指标', state: '状态',
      },
      create: {
        title: '新建监控轮次', period: '监控期间（截至）', periodEnd: '选择截至日期', periodIs: '期间截至 {end}', pickEnd: '请选择截至日期',
        presets: { h1: '1–6月', jul: '1–7月', q3: '1–9月', fy: '全年', custom: '其他日期' },
        name: '名称', deadline: '填报截止日期', scope: '范围', scopeAll: '全部项目（一般监控）', scopeProjects: '选定项目', scopeFilter: '重点监控（按条件）',
        projects: '项目', minBudget: '资金总额 ≥', wan: '万元', maxRate: '且执行率低于', covered: '本轮将覆盖 {n} 个项目', submit: '创建',
      },
      form: {
        noRound: '还没有监控轮次，无法填报', goRounds: '去新建监控轮次', undo: '撤销', redo: '重做', markDone: '标记为已完成', reopen: '重新打开', cancel: '取消',
        reopenAsk: '本项目的填报已标记为已完成。重新打开后可以再次修改，需要重新标记为已完成。确定重新打开吗？',
        lockedHint: '已完成：填报内容已锁定，只能查看。如需修改，请点击“重新打开”。',
        saving: '正在保存…', savedAt: '已保存 {time}', notSaved: '未能保存在本浏览器（详见“数据”页）',
        filled: '已填报 {filled} / {total} 个指标', errors: '{n} 处错误', warnings: '{n} 处提醒',
        outOfScope: '本项目不在本轮监控范围内，仍可填写。',
        keys: '键盘：Tab / Shift+Tab 在一行的各项之间移动并进入下一行，回车移到下一行同一列；从 Excel 复制一列粘贴到某格，会从该行起向下填充；Ctrl+Z 撤销，Ctrl+Y 重做。每次修改都会自动保存。',
        indicators: '指标填报', target: '全年目标：', targetH1: '半年：', previous: '上期：{value}（{date}）', inPeriod: '本期已有：{value}（{date}）', choose: '请选择',
        pasted: '已向下粘贴 {n} 行到“{field}”列', pastedCut: '，多出的 {n} 行没有对应指标，未粘贴',
        addFile: '添加文件', download: '下载', removeFile: '移除 {name}', fileGone: '“{name}”的文件不在本浏览器中，无法下载',
        adopted: {
          bundled: '你修改了示例数据：它已成为你自己的数据，保存在本浏览器中（“数据”页可重置为示例数据）。',
          url: '你修改了链接中的数据：修改后的数据已保存在本浏览器中。',
        },
      },
      funds: {
        title: '资金执行', line: '支出项目', budget: '全年预算数（万元）', spent: '执行数', spentTo: '执行数（截至 {date}，万元）', whole: '项目合计',
        forecast: '全年预计执行数（万元）', notNumber: '{field}：“{value}”不是数字，未保存（单位：万元）',
      },
      import: {
        button: '导入填报（.xlsx / .csv）', title: '导入预览：确认后才会修改数据', done: '已导入：{summary}', failed: '导入失败：{reason}',
        notApplied: '未导入：数据没有改变（原因见“数据”页）',
        added: '新增（{n}）', changed: '更新（{n}）', rejected: '拒绝（{n}）', project: '项目', target: '指标 / 支出项目', date: '日期', field: '字段',
        value: '值', before: '原值', after: '新值', where: '位置', why: '原因', noAdded: '没有新增的记录', noChanged: '没有要更新的记录', noRejected: '没有被拒绝的行',
        cancel: '取消', commit: '确认导入', label: '导入预览',
      },
      history: { button: '历史（{n}）', none: '还没有修改记录', empty: '（空）' },
    },
  },
  en: {
    round: {
      nav: 'Rounds',
      tab: 'Fill in',
      period: 'Period: {start} to {end}',
      deadline: 'Deadline: {date}',
      state: { draft: 'Draft', done: 'Done', filling: 'In progress' },
      fields: {
        value: 'Actual', forecast: 'Year-end forecast', reasonCategory: 'Reason category', reason: 'Reason', likelihood: 'Likelihood',
        measures: 'Corrective measures', note: 'Note', attachments: 'Evidence', amount: 'Spent', spendForecast: 'Year-end spend forecast', status: 'Form state',
      },
      page: {
        noData: 'No project data loaded yet', goData: 'Load data', none: 'No monitoring round yet: create one, then each project is filled in on its “Fill in” tab', noneServer: 'No monitoring round yet: the finance department opens rounds; the projects to fill in or review then appear in To-do',
        new: 'New round', exportForm: 'Download form (.xlsx)', exportTemplate: 'Download blank template', exported: 'Downloaded: {name}', exportFailed: 'Download failed: {reason}',
        pastDeadline: 'past the deadline', projects: 'Projects in scope', indicatorsFilled: 'Indicators filled', overdue: 'Overdue', byProject: 'Projects',
        project: 'Project', filled: 'Filled / indicators', missing: 'Indicators not filled', state: 'State',
      },
      create: {
        title: 'New monitoring round', period: 'Period (up to)', periodEnd: 'Pick the period end', periodIs: 'Period ends {end}', pickEnd: 'Pick the period end',
        presets: { h1: 'Jan–Jun', jul: 'Jan–Jul', q3: 'Jan–Sep', fy: 'Full year', custom: 'Other date' },
        name: 'Name', deadline: 'Deadline', scope: 'Scope', scopeAll: 'All projects', scopeProjects: 'Chosen projects', scopeFilter: 'Key projects (by rule)',
        projects: 'Projects', minBudget: 'Funds ≥', wan: '10k yuan', maxRate: 'and execution below', covered: 'This round covers {n} projects', submit: 'Create',
      },
      form: {
        noRound: 'No monitoring round yet: nothing to fill in', goRounds: 'Create a round', undo: 'Undo', redo: 'Redo', markDone: 'Mark as done', reopen: 'Reopen', cancel: 'Cancel',
        reopenAsk: 'This project’s form is marked done. Reopening lets it be changed again; it must then be marked done again. Reopen it?',
        lockedHint: 'Done: the form is locked and read-only. Reopen it to change anything.',
        saving: 'Saving…', savedAt: 'Saved {time}', notSaved: 'Not saved in this browser (see the Data page)',
        filled: '{filled} of {total} indicators filled', errors: '{n} errors', warnings: '{n} warnings',
        outOfScope: 'This project is not in the round’s scope; it can still be filled in.',
        keys: 'Keys: Tab / Shift+Tab move through a row’s fields and on to the next row, Enter moves down the column; a column pasted from Excel fills downwards from the cell; Ctrl+Z undoes, Ctrl+Y redoes. Every change is saved automatically.',
        indicators: 'Indicators', target: 'Year target: ', targetH1: 'half-year: ', previous: 'Previous: {value} ({date})', inPeriod: 'In this period: {value} ({date})', choose: 'Choose',
        pasted: 'Pasted {n} rows down the “{field}” column', pastedCut: '; {n} more lines had no indicator and were not pasted',
        addFile: 'Add file', download: 'Download', removeFile: 'Remove {name}', fileGone: 'The file “{name}” is not in this browser and cannot be downloaded',
        adopted: {
          bundled: 'You edited the sample data: it is now your own data, kept in this browser (the Data page can reset it to the sample).',
          url: 'You edited the linked data: the edited data is kept in this browser.',
        },
      },
      funds: {
        title: 'Funds', line: 'Expenditure line', budget: 'Year budget (10k yuan)', spent: 'spent', spentTo: 'Spent (to {date}, 10k yuan)', whole: 'Whole project',
        forecast: 'Year-end spend forecast (10k yuan)', notNumber: '{field}: “{value}” is not a number and was not saved (unit: 10k yuan)',
      },
      import: {
        button: 'Import forms (.xlsx / .csv)', title: 'Import preview: nothing changes until you confirm', done: 'Imported: {summary}', failed: 'Import failed: {reason}',
        notApplied: 'Not imported: the data is unchanged (see the Data page for why)',
        added: 'Added ({n})', changed: 'Updated ({n})', rejected: 'Refused ({n})', project: 'Project', target: 'Indicator / expenditure line', date: 'Date', field: 'Field',
        value: 'Value', before: 'Before', after: 'After', where: 'Where', why: 'Why', noAdded: 'No records added', noChanged: 'No records updated', noRejected: 'No rows refused',
        cancel: 'Cancel', commit: 'Import', label: 'Import preview',
      },
      history: { button: 'History ({n})', none: 'No changes yet', empty: '(empty)' },
    },
  },
} satisfies AreaMessages;
