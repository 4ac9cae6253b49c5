import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, JalaError } from '../domain/errors.js';

/** The one place where domain error codes become HTTP statuses. */
export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';

/** TAXII 2.1's error resource, for the TAXII routes: the same codes, in the shape TAXII clients read. */
function taxiiError(reply: FastifyReply, status: number, title: string, description: string): void {
  void reply
    .status(status)
    .header('content-type', TAXII_MEDIA_TYPE)
    .send(Buffer.from(JSON.stringify({ title, description, http_status: String(status) })));
}

export function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (request.url.startsWith('/taxii2/')) {
    const fastifyError = error as FastifyError;
    const status =
      error instanceof JalaError
        ? STATUS_OF[error.code]
        : fastifyError.validation
          ? 400
          : fastifyError.statusCode && fastifyError.statusCode < 500
            ? fastifyError.statusCode
            : 500;
    if (status >= 500) request.log.error({ err: error }, 'unhandled error');
    const titles: Record<number, string> = {
      400: 'Bad request',
      401: 'Unauthorized',
      403: 'Forbidden',
      404: 'Not found',
      406: 'Not acceptable',
      413: 'Payload too large',
      415: 'Unsupported media type',
      429: 'Too many requests',
    };
    taxiiError(
      reply,
      status,
      titles[status] ?? 'Internal error',
      status >= 500 ? 'see the server log' : error.message,
    );
    return;
  }
  if (error instanceof JalaError) {
    void reply
      .status(STATUS_OF[error.code])
      .send({ error: error.code, message: error.message, problems: error.problems });
    return;
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const problems = fastifyError.validation.map((v) => ({
      field: `${fastifyError.validationContext ?? ''}${v.instancePath || ''}${
        v.keyword === 'required' ? `/${(v.params as { missingProperty?: string }).missingProperty}` : ''
      }`,
      reason: v.message ?? 'is invalid',
    }));
    void reply.status(400).send({ error: 'invalid_input', message: 'the request is not valid', problems });
    return;
  }
  if (fastifyError.statusCode && fastifyError.statusCode < 500) {
    const code =
      fastifyError.statusCode === 413
        ? 'payload_too_large'
        : fastifyError.statusCode === 429
          ? 'rate_limited'
          : 'invalid_input';
    void reply
      .status(fastifyError.statusCode)
      .send({ error: code, message: fastifyError.message, problems: [] });
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  void reply
    .status(500)
    .send({ error: 'internal', message: 'internal error; see the server log', problems: [] });
}
