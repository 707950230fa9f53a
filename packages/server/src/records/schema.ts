import { z } from 'zod';

/** The path parameters of a record's routes: its id. */
export const zIdParams = z.object({ id: z.string().min(1).max(200) });
