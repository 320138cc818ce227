// event_relay_ms: from an SSE event arriving at the core until the renderer store has applied
// it, while the node sends 200 events per second to a meeting in progress (media flowing).
import type { Browser, Page } from '@playwright/test';
import type { ParleyDiagnosticsWindow } from '../e2e/pageTypes';

const eventsPerSecond = 200;
const burstSeconds = 10;

/** A full participant object as Infinity sends it; only display fields change between events. */
function participantUpdate(uuid: string, displayName: string, sequence: number): Record<string, unknown> {
  return {
    buzz_time: 0,
    call_direction: 'in',
    call_tag: '',
    disconnect_supported: 'YES',
    display_name: displayName,
    encryption: 'On',
    external_node_uuid: '',
    fecc_supported: 'NO',
    has_media: true,
    is_audio_only_call: 'NO',
    'is_client-muted': sequence % 2 === 0,
    is_external: false,
    is_idp_authenticated: false,
    is_conjoined: false,
    is_main_video_dropped_out: false,
    is_muted: 'NO',
    is_presenting: 'NO',
    is_streaming_conference: false,
    is_video_call: 'YES',
    'is_video-muted': false,
    is_video_silent: false,
    last_spoken_time: 0,
    layout_group: '',
    local_alias: 'meet.alice',
    mute_supported: 'YES',
    needs_presentation_in_mix: false,
    overlay_text: displayName,
    presentation_supported: 'YES',
    protocol: 'api',
    receive_from_audio_mix: 'main',
    role: 'chair',
    rx_presentation_policy: 'ALLOW',
    send_to_audio_mixes: [{ mix_name: 'main', prominent: false }],
    service_type: 'conference',
    show_live_captions: false,
    spotlight: 0,
    start_time: 1_700_000_000,
    transfer_supported: 'YES',
    uri: '',
    uuid,
    vendor: 'Parley bench',
  };
}

async function latencyCount(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as ParleyDiagnosticsWindow).parleyDiagnostics.relayLatencies.length);
}

export async function measureEventRelay(
  browser: Browser,
  pageUrl: string,
  simUrl: string,
  alias: string,
  subject: { uuid: string; displayName: string },
): Promise<number[]> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(pageUrl);
  await page.getByRole('button', { name: 'Leave' }).waitFor();
  // The burst goes to a meeting in progress: once the meeting video shows frames. Right after Leave
  // appears the call is still being set up (ICE, DTLS, the first keyframe), and on two cores that
  // work, not the relay, decided the first events' latency; joining is join_to_first_frame_ms.
  await page.waitForFunction(
    () => {
      const page = globalThis as unknown as { document: { querySelector(query: string): unknown } };
      const video = page.document.querySelector('video[aria-label="Meeting video"]') as { getVideoPlaybackQuality(): { totalVideoFrames: number } } | null;
      return video !== null && video.getVideoPlaybackQuality().totalVideoFrames > 0;
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
  const before = await latencyCount(page);
  const count = eventsPerSecond * burstSeconds;
  const response = await fetch(`${simUrl}/_sim/emit_burst`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      alias,
      event: 'participant_update',
      data: JSON.stringify(participantUpdate(subject.uuid, subject.displayName, 1)),
      count,
      ratePerSecond: eventsPerSecond,
    }),
  });
  if (!response.ok) throw new Error(`emit_burst answered ${response.status}`);
  const deadline = Date.now() + (burstSeconds + 20) * 1000;
  while ((await latencyCount(page)) < before + count && Date.now() < deadline) await page.waitForTimeout(250);
  const samples = await page.evaluate(
    (from) => (globalThis as unknown as ParleyDiagnosticsWindow).parleyDiagnostics.relayLatencies.slice(from),
    before,
  );
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
  if (samples.length < count) throw new Error(`only ${samples.length} of ${count} events reached the renderer store`);
  return samples;
}
