/** A TCP port on 127.0.0.1 that nothing listens on (the OS picks it). */
export function freePort(): number;
/** Starts a throw-away PostgreSQL cluster on loopback (on a free port unless given); `stop` shuts it down and removes its files. */
export function startTestPostgres(binDir: string, port?: number): { url: string; port: number; stop(): void };
