// 佐证材料 bytes in this browser, behind domain/round's MonitoringStorage: the dataset (with its
// rounds, forms and history) is kept by lib/savedData through the dataset store; the files go to a
// database of their own, keyed by AttachmentRef.id, so a save of the dataset never clones them.
// A memory store stands in for tests (jsdom has no IndexedDB).
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { MonitoringStorage } from '../../domain/round';
import type { AttachmentRef, Dataset } from '../../domain/types';

export interface AttachmentStore {
  put(id: string, bytes: Uint8Array): Promise<void>;
  get(id: string): Promise<Uint8Array | null>;
  delete(id: string): Promise<void>;
}

export function indexedDbAttachments(): AttachmentStore {
  let store: UseStore | undefined;
  // Opened on first use: a page that never attaches a file never creates the database.
  const use = () => (store ??= createStore('indicator-monitor-attachments', 'files'));
  return {
    put: (id, bytes) => set(id, bytes, use()),
    get: async (id) => ((await get<Uint8Array>(id, use())) ?? null),
    delete: (id) => del(id, use()),
  };
}

export function memoryAttachments(): AttachmentStore & { values: Map<string, Uint8Array> } {
  const values = new Map<string, Uint8Array>();
  return {
    values,
    put: async (id, bytes) => void values.set(id, bytes.slice()),
    get: async (id) => values.get(id)?.slice() ?? null,
    delete: async (id) => void values.delete(id),
  };
}

let attachments: AttachmentStore | null = null;
/** The store the app uses (created on first use); tests swap it with setAttachmentStore. */
export const attachmentStore = (): AttachmentStore => (attachments ??= indexedDbAttachments());
export function setAttachmentStore(next: AttachmentStore | null): void {
  attachments = next;
}

/** The dataset side is the dataset store's (it saves after every edit); the bytes side is an AttachmentStore. */
export function browserMonitoringStorage(dataset: { load(): Promise<Dataset | null>; save(data: Dataset): Promise<void> }, files: AttachmentStore): MonitoringStorage {
  return {
    load: () => dataset.load(),
    save: (data) => dataset.save(data),
    putAttachment: (ref: AttachmentRef, bytes) => files.put(ref.id, bytes),
    getAttachment: (id) => files.get(id),
    deleteAttachment: (id) => files.delete(id),
  };
}
