// The default media engine (werift) is loaded on the first call, so a simulator that never carries
// media (signalling tests, the CLI before anyone calls) never pays for loading WebRTC.
import type { CreateMediaRoom } from './media/types';

export function lazyMediaEngine(injected: CreateMediaRoom | undefined): () => Promise<CreateMediaRoom> {
  if (injected) return () => Promise.resolve(injected);
  let loading: Promise<CreateMediaRoom> | undefined;
  return () => {
    loading ??= import('./media/index').then((engine) => engine.createMediaRoom);
    return loading;
  };
}
