// Which window.open request is the presentation's own window ("Open in new window"): a blank,
// same-origin popup the renderer fills with the presentation video. Anything else stays denied.
// No electron import, so it is unit-tested as is.
export const presentationFrameName = 'parley-presentation';

export interface WindowOpenRequest {
  url: string;
  frameName: string;
}

export function isPresentationWindowRequest(request: WindowOpenRequest): boolean {
  return request.frameName === presentationFrameName && (request.url === 'about:blank' || request.url === '');
}
