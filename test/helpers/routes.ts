import type { Express } from 'express';

export interface RegisteredRoute {
  method: 'GET' | 'POST';
  /** The full path pattern, e.g. "/teacher/classes/:id". */
  path: string;
}

interface Layer {
  name?: string;
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

function walk(stack: Layer[], prefix: string, out: RegisteredRoute[]): void {
  for (const layer of stack) {
    if (layer.route && typeof layer.route.path === 'string') {
      for (const [method, on] of Object.entries(layer.route.methods)) {
        const upper = method.toUpperCase();
        if (on && (upper === 'GET' || upper === 'POST')) {
          out.push({ method: upper, path: `${prefix}${layer.route.path}`.replace(/(.)\/$/, '$1') });
        }
      }
    } else if (layer.handle?.stack) {
      const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
      walk(layer.handle.stack, `${prefix}${mount}`, out);
    }
  }
}

/** Every GET and POST route the app registers, read from its router (so a new route is never forgotten). */
export function registeredRoutes(app: Express): RegisteredRoute[] {
  const router = (app as unknown as { router: { stack: Layer[] } }).router;
  const out: RegisteredRoute[] = [];
  walk(router.stack, '', out);
  return out;
}

/** The path with each `:param` replaced by `values[param]` (or `fallback`), URL-encoded. */
export function fillPath(
  path: string,
  values: Record<string, string>,
  fallback = 'no-such-id',
): string {
  return path.replace(/:(\w+)/g, (_m, name: string) =>
    encodeURIComponent(values[name] ?? fallback),
  );
}
