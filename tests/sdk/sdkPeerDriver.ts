// Drives one SDK peer page from Node (Playwright): join, chat, present, leave, and read its report.
// Each peer gets its own browser context, like a separate person.
import type { Browser, Page } from '@playwright/test';
import type { SdkJoinOptions, SdkReport } from './sdkReport';

interface SdkPeerWindow {
  sdkPeer: {
    join(options: SdkJoinOptions): Promise<SdkReport>;
    prepareJoin(options: SdkJoinOptions): Promise<void>;
    clearPresentation(): void;
    sendMessage(text: string): Promise<number | undefined>;
    present(): void;
    stopPresenting(): Promise<void>;
    disconnect(): Promise<SdkReport>;
    report(): Promise<SdkReport>;
  };
}

export class SdkPeer {
  private constructor(readonly page: Page) {}

  /** `initScript`: run in the page before its own script (e.g. a stand-in for getDisplayMedia). */
  static async open(browser: Browser, pageUrl: string, initScript?: string): Promise<SdkPeer> {
    const context = await browser.newContext();
    if (initScript !== undefined) await context.addInitScript(initScript);
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => 'sdkPeer' in globalThis);
    return new SdkPeer(page);
  }

  join(options: SdkJoinOptions): Promise<SdkReport> {
    return this.page.evaluate((o) => (globalThis as unknown as SdkPeerWindow).sdkPeer.join(o), options);
  }

  /** Opens camera and microphone and enables the page's "Join" button (which then joins with `options`). */
  prepareJoin(options: SdkJoinOptions): Promise<void> {
    return this.page.evaluate((o) => (globalThis as unknown as SdkPeerWindow).sdkPeer.prepareJoin(o), options);
  }

  /** A new, empty presentation element (its decoded frames start at 0 again). */
  clearPresentation(): Promise<void> {
    return this.page.evaluate(() => (globalThis as unknown as SdkPeerWindow).sdkPeer.clearPresentation());
  }

  sendMessage(text: string): Promise<number | undefined> {
    return this.page.evaluate((t) => (globalThis as unknown as SdkPeerWindow).sdkPeer.sendMessage(t), text);
  }

  present(): Promise<void> {
    return this.page.evaluate(() => (globalThis as unknown as SdkPeerWindow).sdkPeer.present());
  }

  stopPresenting(): Promise<void> {
    return this.page.evaluate(() => (globalThis as unknown as SdkPeerWindow).sdkPeer.stopPresenting());
  }

  disconnect(): Promise<SdkReport> {
    return this.page.evaluate(() => (globalThis as unknown as SdkPeerWindow).sdkPeer.disconnect());
  }

  report(): Promise<SdkReport> {
    return this.page.evaluate(() => (globalThis as unknown as SdkPeerWindow).sdkPeer.report());
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
