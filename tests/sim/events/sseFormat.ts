// Server-Sent Events wire format. Data may span lines; each line becomes its own `data:` field.

export function formatEvent(id: number | string, event: string, data: string): string {
  const dataLines = data.split(/\r\n|\r|\n/).map((line) => `data: ${line}`);
  return `id: ${id}\nevent: ${event}\n${dataLines.join('\n')}\n\n`;
}

/** A comment line: ignored by parsers, keeps proxies and idle timeouts from closing the stream. */
export function formatKeepAlive(): string {
  return ':keep-alive\n\n';
}
