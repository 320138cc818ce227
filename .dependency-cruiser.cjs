// The layer rules of DESIGN.md, checked on every `npm run lint`: no import cycles (type-only ones
// included), imports point only down a layer, and another layer is reached through its index.
/** A source layer's internals: any file in it but its index. */
const internalsOf = (layer) => `^electron/${layer}/(?!index\\.ts$)`;

// Unit and integration tests (and the soak, which drives the core's parsers directly) exercise
// internals on purpose; every other consumer uses the index.
const internalsAllowedFrom = '^tests/(unit|integration|soak)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A cycle makes load order matter: reordering imports can crash a module at load.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'electron-only-in-main-and-preload',
      severity: 'error',
      comment: 'Every layer but electron/main and electron/preload is plain Node or plain browser code.',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: '^electron$', dependencyTypes: ['npm-dev', 'npm', 'core', 'unknown', 'undetermined'] },
    },
    {
      name: 'shared-is-the-bottom',
      severity: 'error',
      comment: 'The bridge contract depends on nothing of ours but itself.',
      from: { path: '^electron/shared/' },
      to: { path: '^(electron/(?!shared/)|renderer/|tests/)' },
    },
    {
      name: 'infinity-knows-only-pexip',
      severity: 'error',
      comment: 'The Infinity layer is the Pexip client API and nothing else: no service, kiosk or host.',
      from: { path: '^electron/infinity/' },
      to: { path: '^(electron/(service|kiosk|main|preload)/|renderer/|tests/)' },
    },
    {
      name: 'infinity-knows-no-bridge-commands',
      severity: 'error',
      comment: 'Commands and their argument schemas belong to the service; Infinity may use contract types only.',
      from: { path: '^electron/infinity/' },
      to: { path: '^electron/shared/(bridge|transports|commandArguments|(?!core)\\w+(Commands|Arguments))\\.ts$' },
    },
    {
      name: 'service-points-down',
      severity: 'error',
      from: { path: '^electron/service/' },
      to: { path: '^(electron/(kiosk|main|preload)/|renderer/|tests/)' },
    },
    {
      name: 'kiosk-points-down',
      severity: 'error',
      comment: 'The room policy builds on the service (and reaches Infinity only through it).',
      from: { path: '^electron/kiosk/' },
      to: { path: '^(electron/(infinity|main|preload)/|renderer/|tests/)' },
    },
    {
      name: 'desktop-points-down',
      comment: 'The installed app\'s plain-Node decisions and stores (settings, links, updates) build on the service only.',
      severity: 'error',
      from: { path: '^electron/desktop/' },
      to: { path: '^(electron/(infinity|kiosk|main|preload)/|renderer/|tests/)' },
    },
    {
      name: 'main-reaches-infinity-through-the-service',
      severity: 'error',
      from: { path: '^electron/(main|preload)/' },
      to: { path: '^(electron/infinity/|renderer/|tests/)' },
    },
    {
      name: 'renderer-sees-only-the-contract',
      severity: 'error',
      comment: 'The renderer talks to main through the bridge: its only import outside renderer/ is electron/shared.',
      from: { path: '^renderer/' },
      to: { path: '^(electron/(?!shared/)|tests/)' },
    },
    // Another layer is reached through its index only.
    ...['desktop', 'infinity', 'service', 'kiosk'].map((layer) => ({
      name: `no-reaching-into-${layer}`,
      severity: 'error',
      from: { path: `^(?!electron/${layer}/)`, pathNot: internalsAllowedFrom },
      to: { path: internalsOf(layer) },
    })),
    {
      name: 'source-never-imports-tests',
      severity: 'error',
      from: { path: '^(electron|renderer)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|node_modules|test-results|playwright-report)/' },
    // Type-only imports count: a type cycle is still a cycle a reader has to untangle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.vue', '.js', '.d.ts'] },
  },
};
