import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { unauthenticated } from '../errors.ts';
import type { DatasetRow } from './queries.ts';
import { uploadRoom } from './quota.ts';
import { datasetInputFromBody } from './schema.ts';
import { createDataset } from './service.ts';
import { receiveUpload } from './upload-parser.ts';

/**
 * Receives a grid file upload (multipart) or a sample request (JSON) from the signed-in user
 * and stores it as a dataset: the file is read only up to the room the per-file limit and the
 * user's quota leave, then checked to its end within the limits.
 */
export async function storeUploadedDataset(ctx: AppContext, request: FastifyRequest): Promise<DatasetRow> {
  const user = request.user;
  if (!user) throw unauthenticated();
  const limits = ctx.config.limits;
  const { fields, file } = await receiveUpload(request, await uploadRoom(ctx.db, user, limits));
  return createDataset(ctx.db, user, datasetInputFromBody(fields, file), limits);
}
