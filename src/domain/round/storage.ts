// The one interface behind which the monitoring round's data is kept: the app implements it with
// IndexedDB in one browser (app/lib), the team server with its database. Records, forms, rounds and
// history travel inside the Dataset; 佐证材料 bytes are kept apart, by AttachmentRef.id.
import type { AttachmentRef, Dataset } from '../types';

export interface MonitoringStorage {
  /** The kept dataset (with rounds, forms, history), or null when nothing was kept. */
  load(): Promise<Dataset | null>;
  save(data: Dataset): Promise<void>;
  putAttachment(ref: AttachmentRef, bytes: Uint8Array): Promise<void>;
  getAttachment(id: string): Promise<Uint8Array | null>;
  deleteAttachment(id: string): Promise<void>;
}
