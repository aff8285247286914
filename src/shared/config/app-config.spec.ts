import { describe, expect, it } from '@jest/globals';
import { ConfigError, describeConfig, getFeatureFlags, loadConfig } from './app-config.js';

describe('configuration', () => {
  it('starts with nothing set: embedded database, local data, rules only', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, maxCompaniesPerRequest: 50, maxEmployeesPerCompany: 200, maxBuyerGroupSize: 18 });
    expect(config).toMatchObject({ providerChangesTopic: 'provider.changes', providerChangesGroup: 'buyer-group-updater' });
    expect(getFeatureFlags(config)).toEqual({
      buyerGroupSampling: true,
      realTimeUpdates: true,
      aiClassification: false,
      coresignalProvider: false,
      kafkaTransport: false,
      redisQueues: false,
      embeddedDatabase: true,
    });
  });

  it.each([
    ['PORT', 'eighty', /PORT: must be a whole number/],
    ['MAX_COMPANIES_PER_REQUEST', '0', /MAX_COMPANIES_PER_REQUEST: must be a whole number from 1/],
    ['MAX_BUYER_GROUP_SIZE', '-3', /MAX_BUYER_GROUP_SIZE/],
    ['BUYER_GROUP_SAMPLING', 'maybe', /BUYER_GROUP_SAMPLING: must be true or false/],
    ['DATABASE_URL', 'mysql://x@y/z', /DATABASE_URL: must use postgres: or postgresql:/],
    ['DATABASE_URL', 'not a url', /DATABASE_URL: must be a URL/],
    ['REDIS_URL', 'http://localhost', /REDIS_URL/],
    ['KAFKA_BROKERS', 'localhost', /KAFKA_BROKERS: must be a comma-separated list of host:port/],
    ['API_KEYS', 'nokey', /API_KEYS: must be a comma-separated list of workspace:key pairs/],
    ['API_KEYS', 'team:short', /API_KEYS/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: must be one of/],
    ['PROVIDER_CHANGES_TOPIC', 'provider changes', /PROVIDER_CHANGES_TOPIC: must be 1-249 letters/],
    ['PROVIDER_CHANGES_GROUP', 'x/y', /PROVIDER_CHANGES_GROUP/],
    ['PUBLIC_BASE_URL', 'ftp://example.com', /PUBLIC_BASE_URL: must use https: or http:/],
    ['PUBLIC_BASE_URL', 'https://example.com/?x=1', /PUBLIC_BASE_URL: must be an origin/],
    ['SUBSCRIPTIONS_CRON', 'daily', /SUBSCRIPTIONS_CRON: must be a cron expression/],
    ['SUBSCRIPTION_RENEW_DAYS', '91', /SUBSCRIPTION_RENEW_DAYS: must be a whole number from 1 to 90/],
  ])('names the variable when %s=%s is wrong', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('reads the webhook subscription settings', () => {
    expect(loadConfig({})).toMatchObject({ publicBaseUrl: undefined, subscriptionsCron: '23 * * * *', subscriptionRenewDays: 14 });
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://bgi.example.com/edge/', SUBSCRIPTIONS_CRON: 'off', SUBSCRIPTION_RENEW_DAYS: '30' })).toMatchObject({
      publicBaseUrl: 'https://bgi.example.com/edge',
      subscriptionsCron: null,
      subscriptionRenewDays: 30,
    });
  });

  it('turns on debug logging for DEBUG=buyer-group-v2:*', () => {
    expect(loadConfig({ DEBUG: 'buyer-group-v2:*' }).logLevel).toBe('debug');
    expect(loadConfig({ DEBUG: 'express:*' }).logLevel).toBe('info');
  });

  it('never shows secrets when the configuration is described', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app:hunter2@db:5432/bgi',
      CORESIGNAL_API_KEY: 'cs-secret-key',
      ANTHROPIC_API_KEY: 'sk-ant-secret',
      CORESIGNAL_WEBHOOK_SECRET: 'whsec',
      API_KEYS: 'team:abcdefghijklmnopqrstuvwxyz',
    });
    const text = JSON.stringify(describeConfig(config));
    for (const secret of ['hunter2', 'cs-secret-key', 'sk-ant-secret', 'whsec', 'abcdefghijklmnopqrstuvwxyz']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('db:5432');
    expect(getFeatureFlags(config)).toMatchObject({ aiClassification: true, coresignalProvider: true, embeddedDatabase: false });
  });
});
