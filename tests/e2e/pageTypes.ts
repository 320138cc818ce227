// The few browser shapes our page-side code reads. Node projects compile without the DOM
// library (its stream types clash with Node's), so page callbacks cast to these.
export interface VideoQuality {
  getVideoPlaybackQuality(): { totalVideoFrames: number };
}

export interface ParleyDiagnosticsWindow {
  parleyDiagnostics: { relayLatencies: number[] };
}
