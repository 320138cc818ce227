// Parley speaks the OS's language: a browser whose language is German, then Arabic, joins meet.alice
// and sees the join screen, the meeting controls and the roster in that language; Arabic is laid out
// right to left (the page's direction and the side panel on the left).
import { expect, parleyUrl, test } from './fixtures';
import { startKioskHostProcess } from './kioskProcesses';

const languages = [
  { locale: 'de-DE', lang: 'de', dir: 'ltr', join: 'Teilnehmen', name: 'Ihr Name', leave: 'Verlassen', mute: 'Mikrofon stummschalten', roster: 'Teilnehmende', host: 'Gastgeber' },
  { locale: 'ar-EG', lang: 'ar', dir: 'rtl', join: 'انضمام', name: 'اسمك', leave: 'مغادرة', mute: 'كتم الميكروفون', roster: 'المشاركون', host: 'مضيف' },
] as const;

for (const language of languages) {
  test(`joins a meeting in ${language.lang} with translated labels and the ${language.dir} layout`, async ({ browser, sim, hostUrl }) => {
    const context = await browser.newContext({ locale: language.locale });
    const page = await context.newPage();
    await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: `Sprecher ${language.lang}`, join: false }));

    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', language.lang);
    await expect(html).toHaveAttribute('dir', language.dir);
    await expect(page.getByLabel(language.name, { exact: true })).toHaveValue(`Sprecher ${language.lang}`);
    await page.getByRole('button', { name: language.join, exact: true }).click();

    await expect(page.getByRole('button', { name: language.leave, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: language.mute })).toBeVisible();
    const roster = page.getByRole('region', { name: language.roster, exact: true });
    await expect(roster.getByRole('listitem').filter({ hasText: `Sprecher ${language.lang}` })).toContainText(language.host);
    // No English left on the controls a person uses most.
    await expect(page.getByRole('button', { name: 'Leave', exact: true })).toHaveCount(0);

    // The side panel sits at the end of the reading direction: right in German, left in Arabic.
    const stage = await page.getByRole('main').boundingBox();
    const side = await roster.boundingBox();
    expect(stage && side).toBeTruthy();
    if (stage && side) {
      if (language.dir === 'rtl') expect(side.x + side.width).toBeLessThanOrEqual(stage.x + 1);
      else expect(side.x).toBeGreaterThanOrEqual(stage.x + stage.width - 1);
    }
    await page.getByRole('button', { name: language.leave, exact: true }).click();
    await context.close();
  });
}

// One choice: the language chosen in Settings is the join screen's, is kept in the desktop settings
// (a new window, without this page's storage, opens in it) and goes back to the system's.
test('the language chosen in Settings changes the join screen and persists', async ({ browser, sim, hostUrl }) => {
  const open = async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Lena Language', join: false }));
    return page;
  };
  const page = await open();
  const html = page.locator('html');
  try {
    await expect(page.getByRole('heading', { name: 'Join a meeting' })).toBeVisible();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const appearance = page.getByRole('region', { name: 'Appearance' });
    await appearance.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de');
    await expect(html).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Darstellung' }).getByRole('combobox', { name: 'Sprache', exact: true })).toHaveValue('de');
    await page.getByRole('button', { name: 'Fertig', exact: true }).click();

    // The join screen's labels, and its own Language select, follow.
    await expect(page.getByLabel('Ihr Name', { exact: true })).toHaveValue('Lena Language');
    await expect(page.getByRole('button', { name: 'Teilnehmen', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Sprache', exact: true })).toHaveValue('de');

    // Kept by the desktop settings: a fresh window (no local storage) opens in German.
    const again = await open();
    await expect(again.locator('html')).toHaveAttribute('lang', 'de');
    await expect(again.getByLabel('Ihr Name', { exact: true })).toBeVisible();
    // The join screen's select is the same choice: back to the system's language, in both windows' store.
    await again.getByRole('combobox', { name: 'Sprache', exact: true }).selectOption('system');
    await expect(again.locator('html')).toHaveAttribute('lang', 'en');
    await expect(again.getByLabel('Your name', { exact: true })).toBeVisible();
    await again.context().close();
    await page.reload();
    await expect(html).toHaveAttribute('lang', 'en');
  } finally {
    // The host's settings outlive this test: leave the language to the system for the specs after it.
    await page.evaluate(() => localStorage.removeItem('parley.language')).catch(() => undefined);
    const language = page.getByRole('combobox', { name: /^(Language|Sprache)$/ });
    if ((await html.getAttribute('lang')) !== 'en' && (await language.count()) === 1) await language.selectOption('system');
    await page.context().close();
  }
});

// A kiosk's configured language is above the display's own (an English browser here).
test("a kiosk room's configured language wins over the display's", async ({ browser, sim }) => {
  const kiosk = await startKioskHostProcess({ node: sim.url, alias: 'meet.alice', displayName: 'Raum Sprache', autoJoin: false, language: 'de' });
  try {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(kiosk.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: 'Teilnehmen', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Join', exact: true })).toHaveCount(0);
    await page.context().close();
  } finally {
    await kiosk.stop();
  }
});
