// Which source each receiver currently gets, for one kind of stream. Applying a new table calls
// back once per receiver whose source changed, so the room can restart streams and ask for
// keyframes only on changes.

export type RouteChanged = (receiverUuid: string, sourceUuid: string | undefined) => void;

export class RouteTable {
  private routes = new Map<string, string>();
  private readonly changed: RouteChanged;

  constructor(changed: RouteChanged) {
    this.changed = changed;
  }

  apply(next: ReadonlyMap<string, string | undefined>): void {
    const previous = this.routes;
    this.routes = new Map();
    for (const [receiver, source] of next) {
      if (source !== undefined) this.routes.set(receiver, source);
    }
    for (const [receiver, source] of this.routes) {
      if (previous.get(receiver) !== source) this.changed(receiver, source);
    }
  }

  sourceOf(receiverUuid: string): string | undefined {
    return this.routes.get(receiverUuid);
  }

  receiversOf(sourceUuid: string): string[] {
    return [...this.routes].filter(([, source]) => source === sourceUuid).map(([receiver]) => receiver);
  }
}
