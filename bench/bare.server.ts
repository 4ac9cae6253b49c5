// The baseline of the HTTP benchmark: a bare Fastify route answering a constant JSON body.
import Fastify from 'fastify';

const server = Fastify({ logger: false });
const body = { status: 'ok', reports: 0 };
server.get('/constant', async () => body);
const address = await server.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);
