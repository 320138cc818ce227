// Drives one SDK peer page from Node (Playwright): join, chat, present, leave, and read its report.
// Each peer gets its own browser context, like a separate person.
import type { Browser, Page } from '@playwright/test';
import type { SdkJoinOptions, SdkReport } from './sdkReport';

interface SdkPeerWindow {
  sdkPeer: {
    join(options: SdkJoinOptions): Promise<SdkReport>;
    sendMessage(text: string): Promise<number | undefined>;
    present(): void;
    stopPresenting(): void;
    disconnect(): Promise<SdkReport>;
    report(): Promise<SdkReport>;
  };
}

export class SdkPeer {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, pageUrl: string): Promise<SdkPeer> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => 'sdkPeer' in globalThis);
    return new SdkPeer(page);
  }

  join(options: SdkJoinOptions): Promise<SdkReport> {
    return this.page.evaluate((o) => (globalThis as unknown as SdkPeerWindow).sdkPeer.join(o), options);
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
