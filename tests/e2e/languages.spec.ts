// Parley speaks the OS's language: a browser whose language is German, then Arabic, joins meet.alice
// and sees the join screen, the meeting controls and the roster in that language; Arabic is laid out
// right to left (the page's direction and the side panel on the left).
import { expect, parleyUrl, test } from './fixtures';

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
