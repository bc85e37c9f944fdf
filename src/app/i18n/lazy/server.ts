// The team server's pages (登录, 待办, 单位与账号) and the server's part of the 填报 tab (审核, saving
// to the server, a stale edit). Loaded with them, not with the first screen (see useServerI18n).
import type { AreaMessages } from '../index';

export default {
  'zh-CN': {
    server: {
      nav: { todo: '待办', admin: '单位与账号', signin: '登录', account: '账号与密码' },
      drop: {
        toImport: '文件已交给“数据”页载入服务器：先看预览，确认导入后才写入服务器。',
        unit: '拖入的文件没有载入：目标表由本单位的主管部门或财政部门载入服务器，本单位的项目请在“待办”中填报。',
        refused: '拖入的文件没有载入：团队服务器上的目标表由主管部门或财政部门在“数据”页载入。',
      },
      signIn: {
        title: '登录', product: '绩效目标监控看板', username: '用户名', password: '密码', submit: '登录', empty: '请输入用户名和密码',
        hint: '账号由管理员创建；忘记密码请联系管理员重置。',
      },
      user: { signOut: '退出登录', signOutAll: '退出所有设备', account: '修改密码', signedOutAll: '已退出所有设备上的登录' },
      roles: { unit: '单位填报', department: '部门审核', finance: '财政复核', admin: '管理员' },
      password: {
        title: '修改密码', forced: '首次登录须修改密码：设置新密码后才能继续。', current: '当前密码', next: '新密码', again: '再次输入新密码',
        mismatch: '两次输入的新密码不一致', submit: '修改密码', done: '密码已修改；其他设备上的登录已退出。',
        everywhere: '在别处（如公用电脑）登录后忘了退出：退出所有设备上的登录，包括这里。',
      },
      review: {
        state: '审核状态', submit: '送审', return: '退回', approve: '审核通过', comment: '退回意见（必填，说明需要修改什么）',
        commentRequired: '退回须填写意见，说明需要修改什么', returned: '被退回，意见：{comment}', cancel: '取消', moved: '已{action}',
        submitAsk: '送审后填报内容将锁定，被退回后才能再修改。确定送审吗？',
        locked: { submitted: '已送审：填报内容已锁定，等待主管部门审核。', deptApproved: '部门已审：等待财政复核，填报内容已锁定。', financeApproved: '财政已审：本表已最终审定。', reviewer: '只读：只有项目所属单位可以填报。' },
      },
      save: { saving: '正在保存到服务器…', saved: '已保存到服务器 {time}', failed: '未保存：{message}' },
      conflict: {
        title: '“{target}”已被他人修改，你的内容未保存', theirs: '对方（{who}，{at}）的内容', mine: '你的内容（未保存，可重新提交）',
        useTheirs: '采用对方的内容', reapply: '用我的内容覆盖', empty: '（空）', deleted: '（对方已清空）',
      },
      todo: {
        title: '待办', none: '没有待办事项', project: '项目', unit: '单位', round: '监控轮次', state: '状态', comment: '退回意见', deadline: '截止日期', go: '打开',
        kinds: { draft: '待填报', returned: '被退回', submitted: '待审核', deptApproved: '待复核' },
        status: '{round}：各项目填报情况', notSubmitted: '未送审（催报）：{n} 个项目', allSubmitted: '全部项目已送审', loadFailed: '无法载入：{message}', summary: '下载监控表与汇总表（.xlsx）',
      },
      open: { title: '开启监控轮次', name: '名称', periodEnd: '监控截止日期', deadline: '填报截止日期', submit: '开启', opened: '已开启：{name}', needed: '请填写名称和监控截止日期，并选定范围（项目、主管部门或重点监控的条件）' },
      admin: {
        units: '单位', users: '账号', name: '名称', parent: '上级', kind: '类型', addUnit: '新增单位', username: '用户名', displayName: '姓名', role: '角色',
        unit: '所属单位', addUser: '新增账号', created: '已创建：{name}', oneTime: '{username} 的一次性密码：', oneTimeHint: '只显示这一次：请转交本人，首次登录须修改。',
        kinds: { finance: '财政部门', department: '主管部门', unit: '单位' }, mustChange: '待改密码', none: '无',
      },
      attachments: { gone: '无法下载“{name}”：{message}', removeAsk: '删除佐证材料“{name}”？删除后不能恢复。', removeTitle: '删除佐证材料', removed: '已删除：{name}', confirm: '删除', cancel: '取消' },
      import: {
        title: '载入目标表到服务器', hint: '选择项目预算绩效目标表（.txt / .docx / .xlsx）、项目 CSV 或 JSON。先预览，确认后才写入服务器；写入后所有人看到的数据随之更新。',
        reading: '正在读取并预览…', preview: '预览（尚未写入服务器）', counts: '新增 {added} 个项目，更新 {updated} 个项目，不能载入 {refused} 个，问题 {problems} 条',
        added: '新增的项目', updated: '更新的项目（替换服务器上的同名项目）', refused: '不能载入的项目', problems: '读取文件时发现的问题',
        project: '项目', reason: '原因', where: '位置', message: '说明', severity: '级别', error: '错误', warning: '提示', row: '第 {row} 行',
        confirm: '确认导入', cancel: '取消', nothing: '没有可以载入的项目：请查看下面的原因', done: '已载入服务器：新增 {added} 个、更新 {updated} 个项目', cancelled: '已取消：服务器上的数据没有改变', failed: '载入失败：{message}',
        unitNotice: '目标表由本单位的主管部门或财政部门载入服务器，单位不在此载入；本单位的项目请在“待办”中填报。',
      },
      round: {
        closed: '已关闭', closedHint: '本轮已关闭：填报内容只读，不能再修改或送审。', close: '关闭轮次', closeTitle: '关闭监控轮次', closeAsk: '关闭“{name}”后各单位不能再填报或送审。确定关闭吗？', closedDone: '已关闭：{name}',
        scope: '范围', scopeAll: '全部项目', scopeProjects: '选定项目', projects: '选择项目', scopeFilter: '重点监控', scopeDepartments: '按主管部门', minBudget: '资金总额 ≥', wan: '万元', maxRate: '执行率 <', departments: '选择主管部门', covered: '涉及 {n} 个项目', rounds: '监控轮次', open: '进行中',
      },
    },
  },
  en: {
    server: {
      nav: { todo: 'To do', admin: 'Units and accounts', signin: 'Sign in', account: 'Account' },
      drop: {
        toImport: 'The files went to the Data page to load into the server: check the preview; nothing is written until you confirm.',
        unit: 'The files were not loaded: target tables are loaded into the server by your department or the finance department; fill in your projects from To do.',
        refused: 'The files were not loaded: on the team server, departments and the finance department load target tables from the Data page.',
      },
      signIn: {
        title: 'Sign in', product: 'Performance target monitor', username: 'User name', password: 'Password', submit: 'Sign in', empty: 'Enter your user name and password',
        hint: 'Accounts are created by the administrator; ask them to reset a forgotten password.',
      },
      user: { signOut: 'Sign out', signOutAll: 'Sign out everywhere', account: 'Change password', signedOutAll: 'Signed out on every device' },
      roles: { unit: 'Unit (fills in)', department: 'Department (reviews)', finance: 'Finance (approves)', admin: 'Administrator' },
      password: {
        title: 'Change password', forced: 'First sign-in: set a new password to continue.', current: 'Current password', next: 'New password', again: 'New password again',
        mismatch: 'The two new passwords differ', submit: 'Change password', done: 'Password changed; sessions on other devices were ended.',
        everywhere: 'Signed in elsewhere (a shared computer) and forgot to sign out: end every session, this one included.',
      },
      review: {
        state: 'Review', submit: 'Submit', return: 'Return', approve: 'Approve', comment: 'Comment (required: what needs changing)',
        commentRequired: 'A return needs a comment saying what to change', returned: 'Returned: {comment}', cancel: 'Cancel', moved: 'Done: {action}',
        submitAsk: 'Submitting locks the form until it is returned. Submit?',
        locked: { submitted: 'Submitted: locked while the department reviews it.', deptApproved: 'Approved by the department: locked until finance approves.', financeApproved: 'Approved by finance: final.', reviewer: 'Read only: only the project\'s unit fills in the form.' },
      },
      save: { saving: 'Saving to the server…', saved: 'Saved to the server {time}', failed: 'Not saved: {message}' },
      conflict: {
        title: '"{target}" was changed by someone else; yours was not saved', theirs: 'Their version ({who}, {at})', mine: 'Yours (not saved, can be re-applied)',
        useTheirs: 'Use theirs', reapply: 'Save mine over it', empty: '(empty)', deleted: '(cleared by them)',
      },
      todo: {
        title: 'To do', none: 'Nothing to do', project: 'Project', unit: 'Unit', round: 'Round', state: 'State', comment: 'Comment', deadline: 'Deadline', go: 'Open',
        kinds: { draft: 'To fill in', returned: 'Returned', submitted: 'To review', deptApproved: 'To approve' },
        status: '{round}: where each project stands', notSubmitted: 'Not submitted (remind): {n} projects', allSubmitted: 'Every project submitted', loadFailed: 'Could not load: {message}', summary: 'Download the form and summary (.xlsx)',
      },
      open: { title: 'Open a monitoring round', name: 'Name', periodEnd: 'Period end', deadline: 'Deadline', submit: 'Open', opened: 'Opened: {name}', needed: 'Enter a name and the period end, and complete the scope (projects, departments or the key-project bounds)' },
      admin: {
        units: 'Units', users: 'Accounts', name: 'Name', parent: 'Parent', kind: 'Kind', addUnit: 'Add unit', username: 'User name', displayName: 'Name', role: 'Role',
        unit: 'Unit', addUser: 'Add account', created: 'Created: {name}', oneTime: 'One-time password of {username}:', oneTimeHint: 'Shown once: hand it over; it must be changed at first sign-in.',
        kinds: { finance: 'Finance', department: 'Department', unit: 'Unit' }, mustChange: 'must change password', none: 'none',
      },
      attachments: { gone: 'Could not download "{name}": {message}', removeAsk: 'Delete the evidence file "{name}"? This cannot be undone.', removeTitle: 'Delete evidence', removed: 'Deleted: {name}', confirm: 'Delete', cancel: 'Cancel' },
      import: {
        title: 'Load target tables into the server', hint: 'Choose project target tables (.txt / .docx / .xlsx), project CSV or JSON. A preview comes first; nothing is written to the server until you confirm, and then everyone sees the new data.',
        reading: 'Reading and previewing…', preview: 'Preview (not written yet)', counts: '{added} projects new, {updated} updated, {refused} refused, {problems} problems',
        added: 'New projects', updated: 'Updated projects (replace the same project on the server)', refused: 'Projects that cannot be loaded', problems: 'Problems found reading the files',
        project: 'Project', reason: 'Reason', where: 'Where', message: 'Message', severity: 'Severity', error: 'Error', warning: 'Warning', row: 'row {row}',
        confirm: 'Confirm import', cancel: 'Cancel', nothing: 'Nothing can be loaded: see the reasons below', done: 'Loaded into the server: {added} new, {updated} updated', cancelled: 'Cancelled: the server\'s data is unchanged', failed: 'Load failed: {message}',
        unitNotice: 'Target tables are loaded into the server by your department or the finance department, not by units; fill in your projects from To do.',
      },
      round: {
        closed: 'Closed', closedHint: 'This round is closed: the form is read only and can no longer be submitted.', close: 'Close round', closeTitle: 'Close the round', closeAsk: 'After closing "{name}" no unit can fill in or submit. Close it?', closedDone: 'Closed: {name}',
        scope: 'Scope', scopeAll: 'All projects', scopeProjects: 'Chosen projects', projects: 'Choose projects', scopeFilter: 'Key projects', scopeDepartments: 'By department', minBudget: 'Total funds ≥', wan: '10k yuan', maxRate: 'execution <', departments: 'Choose departments', covered: '{n} projects', rounds: 'Monitoring rounds', open: 'Open',
      },
    },
  },
} satisfies AreaMessages;
