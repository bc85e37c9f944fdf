// Everything of the team server's mode the app shows, behind one dynamic import: the guard, what a
// dropped file becomes, the header's user menu, its pages and the 填报 tab's review bar and
// stale-edit notice. One chunk boundary instead of seven keeps the bundler from splitting the first
// screen's shared modules into more, smaller chunks (measured: +2.8 kB gzip on the first screen with seven).
export { serverGuard } from './guard';
export { serverDrop } from './drop';
export { default as UserMenu } from '../components/server/UserMenu.vue';
export { default as ReviewBar } from '../components/server/ReviewBar.vue';
export { default as ConflictNotice } from '../components/server/ConflictNotice.vue';
export { default as SignInView } from '../views/SignInView.vue';
export { default as TodoView } from '../views/TodoView.vue';
export { default as AdminView } from '../views/AdminView.vue';
