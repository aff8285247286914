import type { NextFunction, Request, Response } from 'express';

/** Routes whose bodies are kept as the exact bytes received (req.body is a Buffer): webhook deliveries. */
export const RAW_BODY_ROUTE = '/api/intelligence/buyer-group-v2/webhooks';

/** The error body-parser raises, so the error-shape filter answers both alike. */
class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads the request body into a Buffer of at most `limit` bytes, unparsed, so a signature can be checked over the
 * bytes that were sent and the sender authenticated before the body is parsed. A declared Content-Length above the
 * limit is refused before reading; a longer chunked body is refused at the byte that crosses it. Either way the rest
 * of the body is discarded as it arrives (never buffered) and the answer is 413. Compressed bodies are refused (415).
 */
export function rawBody(limit: number) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const fail = (error: BodyError) => {
      request.resume(); // discard the rest so the client can read the answer
      next(error);
    };
    const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') return fail(new BodyError(415, 'encoding.unsupported', `content encoding "${encoding}" is not supported`));
    const declared = request.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) return fail(new BodyError(413, 'entity.too.large', 'request entity too large'));
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: BodyError) => {
      if (done) return;
      done = true;
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      if (error) return fail(error);
      request.body = Buffer.concat(chunks, size);
      next();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(new BodyError(413, 'entity.too.large', 'request entity too large'));
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = () => finish(new BodyError(400, 'request.aborted', 'request aborted'));
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  };
}
