// Why Parley itself ended the session, as a code the renderer (ended.reasons.<wording>) and main's
// notifications translate; absent from an event whose `reason` is the node's own text, kept as data.
// Its own file so the kiosk's status and the event union can both name it without a cycle.
export type SessionEndWording = 'disconnected' | 'connectionLost' | 'left' | 'tokenLapsed' | 'tokenRefused' | 'rejoinRefused';
