import { handles } from '../jobs/job.ts';
import { importNextChunk } from './confirm-import.ts';
import { importChunksJob } from './import-chunks.job.ts';

/** Chunk after chunk until the import is complete; each chunk is its own transaction. */
export const importChunksHandler = () =>
  handles(importChunksJob, async ({ importId }, { write, now }) => {
    while (!(await write((trx) => importNextChunk(trx, { id: importId, now })))) {
      await new Promise((r) => setImmediate(r)); // let requests in between chunks
    }
  });
