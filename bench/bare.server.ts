// The baseline of the HTTP benchmark: a bare Fastify route answering a constant JSON body. It answers the
// very requests the look-up gets (same path and query strings) with a body the size and shape of a look-up
// answer, so that the two runs differ only in what Jala does between reading a request and writing its answer.
import Fastify from 'fastify';

const server = Fastify({ logger: false });
const body = {
  query: '0812-9150-4750',
  kind: 'phone',
  value: '+6281291504750',
  indicator_id: '937c9093-ab0e-5340-a679-20a82bb0bc06',
  reported: true,
  reports: 12,
  countries: ['ID', 'MY', 'SG'],
  first_seen: '2025-03-02T10:00:00.000Z',
  last_seen: '2026-06-02T10:00:00.000Z',
  scam_types: [
    { scam_type: 'investment', reports: 9 },
    { scam_type: 'job', reports: 3 },
  ],
  losses: [{ currency: 'IDR', amount: 150_000_000, reports: 7 }],
  cleared: null,
  message:
    'This value appears in scam reports. Do not pay or share codes; contact your bank and report the scam.',
};
server.get('/api/v1/check', async () => body);
const address = await server.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);
