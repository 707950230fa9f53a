import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One GET over a keep-alive connection; resolves with status and elapsed milliseconds. */
export function timedGet(base: string, path: string): Promise<{ status: number; ms: number }> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.get(base + path, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - start) / 1e6 }));
    });
    req.on('error', reject);
  });
}

/** `clients` concurrent loops of GETs for `seconds`; counts responses, errors and latencies. */
export async function closedLoopLoad(base: string, paths: string[], clients: number, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0,
    non200 = 0,
    i = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const path = paths[i++ % paths.length];
        if (path === undefined) throw new Error('a load needs at least one path');
        try {
          const r = await timedGet(base, path);
          latencies.push(r.ms);
          if (r.status !== 200) non200 += 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return { requests: latencies.length + errors, errors, non200, latencies, seconds };
}
