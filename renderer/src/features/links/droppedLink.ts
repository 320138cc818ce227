// The link text of something dropped on the window: the first address of a text/uri-list (its
// comment lines start with #), else plain text that looks like a link; null for anything else.
import { looksLikeMeetingLink } from '../../../../electron/shared/meetingLink';

export interface DroppedData {
  getData(format: string): string;
}

export function droppedLinkText(data: DroppedData | null | undefined): string | null {
  if (!data) return null;
  const uriList = data.getData('text/uri-list');
  const first = uriList
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('#'));
  const text = first ?? data.getData('text/plain').trim();
  return text && looksLikeMeetingLink(text) ? text : null;
}
