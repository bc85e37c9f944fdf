// Files dropped anywhere on the page on the team server (App.vue's drop handler) are never loaded
// into this browser alone: the shared data is the server's, and a local load would show one person
// data nobody else has. Finance and departments get them in the 数据 page's import into the server
// (ServerImport takes them from `droppedFiles`: its preview, then 确认导入); a unit — or the
// administrator, or someone signed out — loads no target tables and is told who does.
import { shallowRef } from 'vue';
import { useSessionStore } from '../stores/session';

/** Files handed to the 数据 page's server import, waiting until it takes them (once). */
export const droppedFiles = shallowRef<File[] | null>(null);

/** Hands the files on ('import': the caller opens 数据), or says why they are not loaded (the key of server.drop's message). */
export function serverDrop(files: File[]): 'import' | 'unit' | 'refused' {
  const role = useSessionStore().user?.role;
  if (role === 'finance' || role === 'department') {
    droppedFiles.value = files;
    return 'import';
  }
  return role === 'unit' ? 'unit' : 'refused';
}
