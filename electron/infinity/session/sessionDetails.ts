// What request_token told us beyond JoinedInfo (the bridge's view): the node's capabilities and
// direct-media parameters main needs later (statistics interval, data channel id, relay-only ICE).
export interface SessionDetails {
  callTag: string;
  directMedia: boolean;
  useRelayCandidatesOnly: boolean;
  /** Data channel id for direct media, when the node gave one. */
  pexDatachannelId: number | null;
  /** Seconds between statistics reports (direct media only), when the node gave one. */
  clientStatsUpdateIntervalSeconds: number | null;
  breakoutRoomsEnabled: boolean;
  feccEnabled: boolean;
  rtmpEnabled: boolean;
  vp9Enabled: boolean;
  allow1080p: boolean;
  /** Infinity's version_id (e.g. "38"), or null when not reported. */
  nodeVersion: string | null;
}
