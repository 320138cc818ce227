// Meeting links are untrusted: each parameter validated, unknown ones ignored, http only on loopback.
import { describe, expect, it } from 'vitest';
import { linkInArguments, linkProblems, meetingLinkQuery, parseMeetingLink } from '../../../../electron/shared/meetingLink';

const ok = (text: string, pexipScheme = false) => {
  const result = parseMeetingLink(text, { pexipScheme });
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result.link;
};
const problem = (text: string, pexipScheme = false) => {
  const result = parseMeetingLink(text, { pexipScheme });
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.link)}`);
  return result.problem;
};

describe('parley://join', () => {
  it('reads every parameter', () => {
    expect(ok('parley://join?node=meet.example.com&alias=team&name=Ann&pin=1234&role=guest&muteMicrophone=1&muteCamera=true&callType=audioonly')).toEqual({
      node: 'https://meet.example.com',
      alias: 'team',
      name: 'Ann',
      pin: '1234',
      role: 'guest',
      muteMicrophone: true,
      muteCamera: true,
      callType: 'audio',
    });
  });

  it('ignores unknown parameters and unknown values, keeping the link usable', () => {
    const link = ok('parley://join?node=https://meet.example.com:8443&alias=team&evil=<script>&role=admin&callType=hologram');
    expect(link).toMatchObject({ node: 'https://meet.example.com:8443', alias: 'team', role: null, callType: null, name: null, pin: null });
  });

  it('http:// nodes only on this computer', () => {
    expect(ok('parley://join?node=http://127.0.0.1:8080&alias=a').node).toBe('http://127.0.0.1:8080');
    expect(ok('parley://join?node=http://localhost:9&alias=a').node).toBe('http://localhost:9');
    expect(problem('parley://join?node=http://meet.example.com&alias=a')).toMatch(/unencrypted/);
  });

  it('refuses bad nodes, PINs, names and aliases in words', () => {
    expect(problem('parley://join?node=https://user:pw@meet.example.com&alias=a')).toMatch(/not a valid address/);
    expect(problem('parley://join?node=ftp://meet.example.com&alias=a')).toMatch(/not a valid address/);
    expect(problem('parley://join?node=meet_example!com&alias=a')).toMatch(/not a valid address/);
    expect(problem('parley://join?node=meet.example.com&alias=a&pin=12ab')).toMatch(/digits only/);
    expect(problem('parley://join?node=meet.example.com&alias=a&name=%E2%80%AEevil')).toMatch(/name/);
    expect(problem(`parley://join?node=meet.example.com&alias=${'x'.repeat(300)}`)).toMatch(/meeting/);
    expect(problem('parley://join?node=meet.example.com')).toMatch(/names no meeting/);
    expect(problem('parley://join?alias=team')).toMatch(/no conferencing node/);
    expect(problem('parley://launch?alias=team')).toMatch(/does not know/);
  });

  it('alias@domain needs no node (the domain finds it)', () => {
    expect(ok('parley://join?alias=team@example.com')).toMatchObject({ node: null, alias: 'team@example.com' });
  });
});

describe('Pexip web app links', () => {
  it('the hash route with every parameter', () => {
    expect(ok('https://meet.example.com/webapp/#/?conference=team&name=Bo&pin=42&role=host&muteMicrophone=1&callType=video')).toEqual({
      node: 'https://meet.example.com',
      alias: 'team',
      name: 'Bo',
      pin: '42',
      role: 'host',
      muteMicrophone: true,
      muteCamera: false,
      callType: 'video',
    });
  });

  it('the query form, and through parley://open?url=', () => {
    expect(ok('https://meet.example.com/webapp/?conference=team').alias).toBe('team');
    const inner = encodeURIComponent('https://meet.example.com/webapp/#/?conference=team&muteCamera=1');
    expect(ok(`parley://open?url=${inner}`)).toMatchObject({ node: 'https://meet.example.com', alias: 'team', muteCamera: true });
    expect(problem('parley://open?url=javascript:alert(1)')).toMatch(/not valid/);
    expect(problem('parley://open')).toMatch(/no meeting address/);
  });

  it('an address without a conference, or http:// elsewhere, is refused', () => {
    expect(problem('https://example.com/news')).toMatch(/names no conference/);
    expect(problem('http://meet.example.com/webapp/#/?conference=team')).toMatch(/unencrypted/);
    expect(problem('team')).toMatch(/not a meeting link/);
  });
});

describe('pexip: links', () => {
  it('are refused unless the setting allows them', () => {
    expect(problem('pexip://team@example.com')).toMatch(/Settings/);
    expect(ok('pexip://team@example.com?name=Cy&pin=7', true)).toMatchObject({ node: null, alias: 'team@example.com', name: 'Cy', pin: '7' });
    expect(ok('pexip:team@example.com', true).alias).toBe('team@example.com');
  });
});

describe('the join query and command lines', () => {
  it('is what the join screen reads at start-up, with join=1', () => {
    const query = new URLSearchParams(meetingLinkQuery(ok('parley://join?node=meet.example.com&alias=team&pin=1&muteCamera=1')));
    expect(Object.fromEntries(query)).toEqual({ node: 'https://meet.example.com', alias: 'team', pin: '1', muteCamera: '1', join: '1' });
  });

  it('finds the link among the arguments a second launch passes', () => {
    expect(linkInArguments(['/opt/Parley/parley', '--no-sandbox', 'parley://join?alias=a@b'], { pexipScheme: false })).toBe('parley://join?alias=a@b');
    expect(linkInArguments(['/opt/Parley/parley', 'pexip://a@b'], { pexipScheme: false })).toBeNull();
    expect(linkInArguments(['/opt/Parley/parley', 'pexip://a@b'], { pexipScheme: true })).toBe('pexip://a@b');
  });
});

describe('link problems as codes', () => {
  it("carry a code beside main's English, one English sentence per code", () => {
    const refused = parseMeetingLink('parley://join?alias=team&node=meet.example.com&pin=12ab');
    expect(refused).toEqual({ ok: false, problem: linkProblems.badPin, code: 'badPin' });
    expect(parseMeetingLink('pexip://team@example.com')).toMatchObject({ ok: false, code: 'pexipOff', problem: linkProblems.pexipOff });
    expect(new Set(Object.values(linkProblems)).size).toBe(Object.keys(linkProblems).length);
  });
});
