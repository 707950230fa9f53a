import type { JobHandler } from './types.ts';

const handlers = new Map<string, JobHandler>();

/** Registers the handler of one job kind (each domain calls this once, at import time). */
export function registerJobHandler(handler: JobHandler): void {
  handlers.set(handler.kind, handler);
}

/** Every registered handler. Domains' handler modules are imported at the top (src/domain-links.ts). */
export function jobHandlers(): JobHandler[] {
  return [...handlers.values()];
}
