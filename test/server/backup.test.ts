// Online backup of the SQLite database while the server writes, and restore into a new data folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedIn, startHarness } from './harness';
import { backupSqlite, restoreSqlite } from '../../src/server/backup';
import { openDb } from '../../src/server/db/connect';

describe('backup and restore (SQLite)', () => {
  it('copies a consistent database while writes go on, and restores it whole', async () => {
    const h = await startHarness('sqlite');
    const unit = await signedIn(h, 'demo-unit');
    const rid = (await unit.call('GET', '/api/rounds')).body[0].id;
    const pid = (await unit.call('GET', '/api/projects')).body[0].id;
    const iid = (await unit.call('GET', `/api/projects/${pid}`)).body.indicators[0].id;
    expect((await unit.call('PUT', `/api/rounds/${rid}/projects/${pid}/records/${iid}`, { fields: { note: '备份前' }, version: 0 })).status).toBe(200);
    const out = join(mkdtempSync(join(tmpdir(), 'im-backup-')), 'b.sqlite');
    const [pages] = await Promise.all([backupSqlite(h.db.sqlite!.name.replace(/\/[^/]+$/, ''), out), unit.call('PUT', `/api/rounds/${rid}/projects/${pid}/records/${iid}`, { fields: { note: '备份时' }, version: 1 })]);
    expect(pages).toBeGreaterThan(0);
    await h.close();

    const restored = mkdtempSync(join(tmpdir(), 'im-restored-'));
    restoreSqlite(restored, out);
    const db = await openDb({ dataDir: restored });
    const row = await db.db.selectFrom('records').selectAll().where('target', '=', iid).executeTakeFirstOrThrow();
    // Either state is consistent: the copy holds the write before the backup, or both.
    expect([['备份前', 1], ['备份时', 2]]).toContainEqual([JSON.parse(row.fields).note, row.version]);
    expect((await db.db.selectFrom('users').select('username').where('username', '=', 'demo-unit').execute()).length).toBe(1);
    await db.close();

    const junk = join(restored, 'junk.sqlite');
    writeFileSync(junk, 'not a database');
    expect(() => restoreSqlite(restored, junk)).toThrow(/junk\.sqlite 不是本服务器的备份/);
  });
});
