/** Starts a throw-away PostgreSQL cluster on loopback; `stop` shuts it down and removes its files. */
export function startTestPostgres(binDir: string, port?: number): { url: string; stop(): void };
