// The message compiler the app gives vue-i18n. vue-i18n's runtime-only build (aliased in
// vite.config.ts) leaves out its own compiler — about 5 kB gzip off the first screen — and our
// messages use one piece of its syntax: `{name}` (and `{0}`) placeholders. No plurals (`a | b`),
// linked messages (`@:key`) or literals (`{'{'}`): test/app/i18nCompile.test.ts checks every
// message against vue-i18n's own compiler, so a message that starts using them fails there.
import type { MessageCompiler, MessageContext } from 'vue-i18n';

const PLACEHOLDERS = /\{\s*(\w+)\s*\}/g;

function valueOf(ctx: MessageContext, name: string): string {
  const value = /^\d+$/.test(name) ? ctx.list(Number(name)) : ctx.named(name);
  return value == null ? '' : String(value);
}

export const compileMessage: MessageCompiler = (message, { key }) => {
  // Messages here are strings; an AST only comes from a bundler plugin this app does not use.
  if (typeof message !== 'string') return () => key;
  // split with a capturing group: odd positions are placeholder names.
  const parts = message.split(PLACEHOLDERS);
  if (parts.length === 1) return () => message;
  return (ctx: MessageContext) => parts.map((part, i) => (i % 2 ? valueOf(ctx, part) : part)).join('');
};
