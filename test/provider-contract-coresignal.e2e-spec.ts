import { CoresignalEmployeeDataProvider } from '../src/modules/enrichment/infrastructure/coresignal/coresignal.provider.js';
import { createSimulator } from '../tools/coresignal-simulator/simulator.js';
import { coresignalFixture } from './support/coresignal-fixture.js';
import { describeProviderContract } from './support/provider-contract.js';

/**
 * The provider contract (test/support/provider-contract.ts) against the Coresignal adapter talking HTTP to the
 * simulator over the same fixture records as the local dataset. Prices: CORESIGNAL.md's table (previews, collects
 * and enrichments 20 credits, searches free), checked against the simulator's ledger.
 */
const KEY = 'contract0test0key000000000000001';

describeProviderContract('Coresignal adapter + simulator', async () => {
  const sim = await createSimulator({ dataset: coresignalFixture(), apiKeys: [KEY], rateLimit: 0, cursor: 'opaque' });
  const provider = new CoresignalEmployeeDataProvider({
    apiKey: KEY,
    baseUrl: sim.url,
    rateLimit: { perSecond: 0 },
    retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5000 },
    itemsPerPage: 7, // several pages per search: the cursor is exercised by every contract search
  });
  const k = sim.ledger.byKind;
  return {
    provider,
    prices: { search: 0, preview: 20, collect: 20, enrich: 20 },
    callCounts: () => ({
      preview: k.employee_preview.calls + k.company_preview.calls,
      collect: k.employee_collect.calls + k.company_collect.calls,
      enrich: k.company_enrich.calls,
    }),
    billed: () => sim.ledger.creditsSpent,
    teardown: () => sim.close(),
  };
});
