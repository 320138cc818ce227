// An on-premises node with its own certificate: the person sees what it presented and can
// trust exactly that certificate, then joins.
import { expect, openParley, test } from './fixtures';
import { startSimulatorProcess, type RunningProcess } from './processes';
import { createSelfSignedCertificate, type SelfSignedCertificate } from '../support/selfSignedCertificate';

let certificate: SelfSignedCertificate;
let httpsSim: RunningProcess;
let fingerprint: string;

test.beforeAll(async () => {
  certificate = createSelfSignedCertificate('rooms.example.test');
  fingerprint = certificate.fingerprint;
  httpsSim = await startSimulatorProcess(['--tls-cert', certificate.certFile, '--tls-key', certificate.keyFile]);
});

test.afterAll(async () => {
  await httpsSim?.stop();
  certificate?.remove();
});

test('a node with its own certificate is explained, and trusting it joins', async ({ browser, hostUrl }) => {
  expect(httpsSim.url).toMatch(/^https:/);
  const page = await openParley(browser, hostUrl, httpsSim.url, { alias: 'meet.alice', name: 'Olga' });
  await expect(page.getByRole('alert')).toContainText(/certificate/i);
  const certificate = page.getByRole('region', { name: 'Node certificate' });
  await expect(certificate).toContainText(fingerprint);
  await expect(certificate).toContainText('rooms.example.test');
  await expect(page.getByRole('button', { name: 'Leave' })).toHaveCount(0);

  await certificate.getByRole('button', { name: 'Trust this node and join' }).click();
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Participants' })).toContainText('Olga');
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});
