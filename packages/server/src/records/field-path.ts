/** The first step of an issue's field path: `networks.1` → `networks`, `name` → `name`. */
export function topField(path: string): string {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
}
