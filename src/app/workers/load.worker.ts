// Web Worker: parses input files off the main thread (see lib/loadRunner.ts and ./loadService). It
// lives on between loads and keeps the data set of its last answer, so the next load merges into
// it without the page sending 300,000 records back (the page sends its data set only when it
// differs: an edit, an undo, a declined load). The answer comes packed (io/packDataset): typed
// arrays transferred and one string table, not a structured clone of every record.
import { loadService, type LoadRequest } from './loadService';

const handle = loadService((m, transfer = []) => self.postMessage(m, { transfer }));
self.onmessage = (e: MessageEvent<LoadRequest>) => void handle(e.data);
