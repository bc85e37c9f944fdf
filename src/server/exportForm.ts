// npm run server -- export-form --data DIR --round NAME [--unit NAME] --out F.xlsx
// The round's 监控表 and 汇总表 straight from the database (no server needed): the province's, or
// one 主管部门's or 单位's (--unit names it). Exit 0, or 2 with a Chinese message.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDb } from './db/connect';
import { scopeOf, type Scope } from './access';
import { roundForm } from './routes/formExport';

export async function exportFormCommand(dataDir: string, values: { round?: string; unit?: string; out?: string }): Promise<number> {
  const db = await openDb({ dataDir, databaseUrl: process.env.DATABASE_URL });
  try {
    if (!values.round || !values.out) throw new Error('export-form 需要 --round 轮次名称 和 --out 文件.xlsx');
    const rounds = await db.db.selectFrom('rounds').select(['id', 'name']).execute();
    const round = rounds.find((r) => r.name === values.round || r.id === values.round);
    if (!round) throw new Error(`没有名为「${values.round}」的监控轮次（有：${rounds.map((r) => r.name).join('、') || '无'}）`);
    let scope: Scope = { all: true };
    if (values.unit) {
      const units = await db.db.selectFrom('units').select(['id', 'name', 'parent_id', 'kind']).execute();
      const unit = units.find((u) => u.name === values.unit);
      if (!unit) throw new Error(`单位树中没有「${values.unit}」`);
      scope = unit.kind === 'finance' ? { all: true } : scopeOf({ role: unit.kind === 'unit' ? 'unit' : 'department', unit_id: unit.id }, units);
    }
    const form = await roundForm(db.db, scope, round.id);
    writeFileSync(resolve(values.out), form!.bytes);
    console.log(`已写出 ${resolve(values.out)}（${form!.fileName}）`);
    return 0;
  } catch (e) {
    console.error(`错误：${(e as Error).message}`);
    return 2;
  } finally {
    await db.close();
  }
}
