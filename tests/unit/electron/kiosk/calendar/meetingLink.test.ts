// Each form of a meeting in a calendar event, and text that only looks like one.
import { describe, expect, it } from 'vitest';
import { findMeeting } from '../../../../../electron/kiosk/calendar/meetingLink';

describe('finding the Pexip meeting in an event', () => {
  it('reads a parley:// link with node, alias and PIN', () => {
    expect(findMeeting({ description: 'Join with Parley: parley://join?node=pexip.example.com&alias=meet.alice&pin=4321' })).toEqual({
      node: 'pexip.example.com',
      alias: 'meet.alice',
      pin: '4321',
    });
    expect(findMeeting({ location: 'parley://meet.bob@example.com' })).toEqual({ node: 'example.com', alias: 'meet.bob@example.com' });
  });

  it('reads the Pexip web app link forms', () => {
    expect(findMeeting({ description: 'https://pexip.example.com/webapp/#/?conference=meet.alice&pin=1234' })).toEqual({
      node: 'https://pexip.example.com',
      alias: 'meet.alice',
      pin: '1234',
    });
    expect(findMeeting({ url: 'https://pexip.example.com/webapp3/m/meet.carol/step-by-step' })).toEqual({ node: 'https://pexip.example.com', alias: 'meet.carol' });
    expect(findMeeting({ location: 'https://pexip.example.com/webapp/conference/meet.dan' })).toEqual({ node: 'https://pexip.example.com', alias: 'meet.dan' });
    expect(findMeeting({ description: 'See https://pexip.example.com/webapp/?conference=4711.' })).toEqual({ node: 'https://pexip.example.com', alias: '4711' });
  });

  it('reads alias@domain in the location, and in the description only as a sip: address', () => {
    expect(findMeeting({ location: 'Video: meet.erin@vc.example.com' })).toEqual({ node: 'vc.example.com', alias: 'meet.erin@vc.example.com' });
    expect(findMeeting({ description: 'Dial sip:meet.frank@vc.example.com from a room system' })).toEqual({ node: 'vc.example.com', alias: 'meet.frank@vc.example.com' });
    // An organiser's e-mail address in the description is not a meeting.
    expect(findMeeting({ description: 'Questions to bob@example.com' })).toBeNull();
  });

  it('takes a bare alias in the location as one on the configured node', () => {
    expect(findMeeting({ location: 'meet.alice' })).toEqual({ node: null, alias: 'meet.alice' });
    expect(findMeeting({ location: '4711' })).toEqual({ node: null, alias: '4711' });
  });

  it('prefers a link to an address, and a parley:// link to a web app link', () => {
    expect(findMeeting({ location: 'meet.x@vc.example.com', description: 'https://n.example.com/webapp/m/meet.y parley://join?node=p.example.com&alias=meet.z' })).toEqual({
      node: 'p.example.com',
      alias: 'meet.z',
    });
  });

  it('finds no meeting in ordinary event text (shown, not joinable)', () => {
    expect(findMeeting({ location: 'Board room', description: 'Budget review. https://docs.example.com/agenda' })).toBeNull();
    expect(findMeeting({ location: 'Lunch' })).toBeNull();
    expect(findMeeting({})).toBeNull();
    // Hostile text: a PIN that is not digits is dropped, an alias with spaces or markup is no alias.
    expect(findMeeting({ description: 'https://n.example.com/webapp/#/?conference=meet.a&pin=<script>' })).toEqual({ node: 'https://n.example.com', alias: 'meet.a' });
    expect(findMeeting({ description: 'https://n.example.com/webapp/#/?conference=%3Cb%3Ehi%20there' })).toBeNull();
  });
});
