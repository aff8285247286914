/**
 * Runs the Anthropic test server on its own, for local development:
 *   npm run build && node dist/tools/anthropic-test-server/main.js [port]
 * then start the service with ANTHROPIC_BASE_URL=<printed url> ANTHROPIC_API_KEY=<printed key>.
 */
import { createAnthropicTestServer, TEST_API_KEY } from './server.js';

const port = Number(process.argv[2] ?? process.env.PORT ?? 8788);
const server = await createAnthropicTestServer({ port, apiKeys: [process.env.ANTHROPIC_TEST_SERVER_KEY ?? TEST_API_KEY] });
console.log(`Anthropic test server on ${server.url} (POST /v1/messages)`);
console.log(`ANTHROPIC_BASE_URL=${server.url}`);
if (!process.env.ANTHROPIC_TEST_SERVER_KEY) console.log(`ANTHROPIC_API_KEY=${TEST_API_KEY}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
