// The team server's pages (登录, 待办, 单位与账号) and the server's part of the 填报 tab (审核, saving
// to the server, a stale edit). Loaded with them, not with the first screen (see useServerI18n).
import type { AreaMessages } from '../index';

export default {
  'zh-CN': {
    server: {
      nav: { todo: '待办', admin: '单位与账号', signin: '登录', account: '账号与密码' },
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
      open: { title: '开启监控轮次', name: '名称', periodEnd: '监控截止日期', deadline: '填报截止日期', submit: '开启', opened: '已开启：{name}', needed: '请填写名称和监控截止日期' },
      admin: {
        units: '单位', users: '账号', name: '名称', parent: '上级', kind: '类型', addUnit: '新增单位', username: '用户名', displayName: '姓名', role: '角色',
        unit: '所属单位', addUser: '新增账号', created: '已创建：{name}', oneTime: '{username} 的一次性密码：', oneTimeHint: '只显示这一次：请转交本人，首次登录须修改。',
        kinds: { finance: '财政部门', department: '主管部门', unit: '单位' }, mustChange: '待改密码', none: '无',
      },
      attachments: { gone: '无法下载“{name}”：{message}' },
    },
  },
  en: {
    server: {
      nav: { todo: 'To do', admin: 'Units and accounts', signin: 'Sign in', account: 'Account' },
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
      open: { title: 'Open a monitoring round', name: 'Name', periodEnd: 'Period end', deadline: 'Deadline', submit: 'Open', opened: 'Opened: {name}', needed: 'Enter a name and the period end' },
      admin: {
        units: 'Units', users: 'Accounts', name: 'Name', parent: 'Parent', kind: 'Kind', addUnit: 'Add unit', username: 'User name', displayName: 'Name', role: 'Role',
        unit: 'Unit', addUser: 'Add account', created: 'Created: {name}', oneTime: 'One-time password of {username}:', oneTimeHint: 'Shown once: hand it over; it must be changed at first sign-in.',
        kinds: { finance: 'Finance', department: 'Department', unit: 'Unit' }, mustChange: 'must change password', none: 'none',
      },
      attachments: { gone: 'Could not download "{name}": {message}' },
    },
  },
} satisfies AreaMessages;
