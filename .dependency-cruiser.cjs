/** Layering rules checked by `npm run lint`: pure domain code stays pure; modules meet only through their domains. */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment: 'domain/ code has no Nest, no I/O and no infrastructure: it is tested without a database.',
      severity: 'error',
      from: { path: '(^|/)domain/' },
      to: {
        path: [
          '(^|/)(infrastructure|api|commands|queries)/',
          '^src/shared/(database|http|messaging|jobs|observability|config)/',
          '^src/shared/event-store/(event-store|aggregate-store)',
          '@nestjs',
          '@mikro-orm',
          'node_modules/(pg|pino|kafkajs|bull|ioredis|express)/',
        ],
      },
    },
    {
      name: 'domain-no-node-io',
      severity: 'error',
      from: { path: '(^|/)domain/' },
      to: { dependencyTypes: ['core'], pathNot: '^(node:)?(crypto)$' },
    },
    {
      name: 'modules-meet-through-domain',
      comment: "A module may use another module's domain, commands, queries and events, never its adapters or API.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/(infrastructure|api)/', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'shared-does-not-know-modules',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
