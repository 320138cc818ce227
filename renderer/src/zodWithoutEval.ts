// The bridge contract's zod schemas (electron/shared) also run in the renderer. zod's JIT first
// probes `new Function("")`, which the renderer's CSP (no 'unsafe-eval') refuses and reports as a
// violation; jitless parsing needs no eval. Imported first by main.ts, before any schema is used.
import { config } from 'zod';

config({ jitless: true });
