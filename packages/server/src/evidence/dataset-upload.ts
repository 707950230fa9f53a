import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { unauthenticated } from '../errors.ts';
import type { DatasetRow } from './queries.ts';
import { uploadRoom } from './quota.ts';
import { datasetInputFromBody } from './schema.ts';
import { createDataset } from './service.ts';
import { scanLimits } from './upload-check.ts';
import { receiveUploadToStore } from './upload-parser.ts';

/**
 * Receives a grid file upload (multipart) or a sample request (JSON) from the signed-in user
 * and stores it as a dataset: the file streams to the file store only up to the room the
 * per-file limit and the user's quota leave, then is checked to its end within the limits.
 */
export async function storeUploadedDataset(ctx: AppContext, request: FastifyRequest): Promise<DatasetRow> {
  const user = request.user;
  if (!user) throw unauthenticated();
  const limits = ctx.config.limits;
  const dir = ctx.config.fileStoreDir;
  const room = await uploadRoom(ctx.db, user, limits);
  const { fields, file } = await receiveUploadToStore(request, room, dir, scanLimits(limits));
  let input;
  try {
    input = datasetInputFromBody(fields, file);
    if (file && input.source !== 'upload') await file.file.discard();
  } catch (err) {
    await file?.file.discard();
    throw err;
  }
  return createDataset(ctx.db, user, input, limits);
}
