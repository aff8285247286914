import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startTestApp, WORKSPACE_A, type TestApp } from './support/test-app.js';

const BASE = '/api/intelligence/buyer-group-v2';
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Whatever an answer to a probing request says, it must not carry a project file. */
function expectNothingLeaked(response: request.Response) {
  const text = response.text ?? '';
  expect(text).not.toContain('"dependencies"');
  expect(text).not.toContain('buyer-group-intelligence');
  expect(text).not.toContain('<!doctype html>');
  expect(text).not.toMatch(/\/work\/|[A-Z]:\\|node_modules/);
}

/** A GET with the path sent byte for byte (no client-side normalisation of `..`). */
function rawGet(server: http.Server, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const listener = server.listen(0, '127.0.0.1', () => {
      const { port } = listener.address() as AddressInfo;
      const req = http.request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => listener.close(() => resolve({ status: res.statusCode ?? 0, body })));
      });
      req.on('error', (error) => listener.close(() => reject(error)));
      req.end();
    });
  });
}

describe('web console', () => {
  let context: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;

  beforeAll(async () => {
    context = await startTestApp('web_console');
    server = context.app.getHttpServer();
  });
  afterAll(() => context.close());

  it('serves the page at /console without a key, with a strict CSP, nosniff and no-cache', async () => {
    const response = await request(server).get('/console').expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CSP);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.text).toContain('<title>Buyer Group Intelligence');
    expect(response.text).toContain('<script type="module" src="/console/console.js"></script>');
    expect(response.text).toContain('<link rel="stylesheet" href="/console/console.css">');
    // no inline script or style: the CSP would block it anyway
    expect(response.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(response.text).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('redirects / to the console', async () => {
    const response = await request(server).get('/').expect(302);
    expect(response.headers.location).toBe('/console');
  });

  it('serves the browser code and the style sheet with their content types', async () => {
    const script = await request(server).get('/console/console.js').expect(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect(script.headers['content-security-policy']).toBe(CSP);
    expect(script.text).toContain("from './console-model.js'");
    const model = await request(server).get('/console/console-model.js').expect(200);
    expect(model.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(model.text).toContain('export function groupByRole');
    const css = await request(server).get('/console/console.css').expect(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('no-cache');
    expect(css.text).toContain('.org-map');
  });

  it('answers 404 in the error shape for unknown files and traversal attempts, leaking nothing', async () => {
    const probes = [
      '/console/nope.js',
      '/console/index.html',
      '/console/console.ts',
      '/console/console.js.map',
      '/console/..%2Fpackage.json',
      '/console/..%2F..%2Fpackage.json',
      '/console/%2e%2e%2fpackage.json',
      '/console/..%5Cpackage.json',
      '/console/../package.json',
      '/console/..',
      '/console/constructor',
      '/console/__proto__',
      '/console/hasOwnProperty',
      '/console/console.css/..%2F..%2Fpackage.json',
    ];
    for (const path of probes) {
      const response = await request(server).get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body).toMatchObject({ success: false, error: { code: 'NOT_FOUND', message: expect.any(String) } });
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expectNothingLeaked(response);
    }
  });

  it('refuses traversal sent verbatim on the wire', async () => {
    for (const path of ['/console/../package.json', '/console/..%2Fpackage.json', '/console/../../etc/passwd', '/console/./console.js/../../package.json']) {
      const response = await rawGet(server as http.Server, path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(JSON.parse(response.body)).toMatchObject({ success: false, error: { code: 'NOT_FOUND' } });
      expect(response.body).not.toContain('"dependencies"');
      expect(response.body).not.toContain('root:');
    }
  });

  it('leaves the API routes behind the key', async () => {
    const missing = await request(server).get(`${BASE}/groups`).expect(401);
    expect(missing.body).toMatchObject({ success: false, error: { code: 'UNAUTHORIZED' } });
    await request(server).get(`${BASE}/${randomUUID()}`).set('x-api-key', 'wrong-key-0123456789').expect(401);
    const listed = await request(server).get(`${BASE}/groups`).set('x-api-key', WORKSPACE_A.key).expect(200);
    expect(listed.body).toMatchObject({ success: true, total: 0, buyerGroups: [] });
  });

  it('keeps the console out of the OpenAPI document', async () => {
    const docs = await request(server).get('/docs/openapi.json').expect(200);
    expect(Object.keys(docs.body.paths).filter((path) => path === '/' || path.startsWith('/console'))).toEqual([]);
  });
});
