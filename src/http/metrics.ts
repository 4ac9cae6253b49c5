import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Prometheus metrics (text exposition format 0.0.4) at /metrics. */
export function registerMetrics(server: FastifyInstance): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'jala_' });
  const duration = new Histogram({
    name: 'jala_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const requests = new Counter({
    name: 'jala_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  // The labelled series of each method × route × status, found again without hashing a label set on
  // every request (the method and route strings are the same objects from one request to the next).
  type Series = { count: { inc(): void }; time: { observe(seconds: number): void } };
  const series = new Map<string, Map<string | number, Map<string | number, Series>>>();
  server.addHook('onResponse', (request, reply, done) => {
    const method = request.method;
    const route = request.routeOptions.url ?? 'unmatched';
    const status = reply.statusCode;
    const byRoute = child(series, method);
    const byStatus = child(byRoute, route);
    let s = byStatus.get(status);
    if (!s) {
      const labels = { method, route, status: String(status) };
      s = { count: requests.labels(labels), time: duration.labels(labels) };
      byStatus.set(status, s);
    }
    s.count.inc();
    s.time.observe(reply.elapsedTime / 1000);
    done();
  });
  server.get(
    '/metrics',
    { config: { permission: 'public' }, schema: { hide: true } },
    async (_request, reply) => {
      void reply.header('content-type', registry.contentType);
      return registry.metrics();
    },
  );
  return registry;
}

function child<K, V>(map: Map<K, Map<string | number, V>>, key: K): Map<string | number, V> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}
