// The request_token body the simulator accepts (shared by the token and single sign-on routes).
import { z } from 'zod';

export const requestTokenBody = z.object({
  display_name: z.string().trim().min(1),
  call_tag: z.string().optional(),
  conference_extension: z.string().optional(),
  chosen_idp: z.string().optional(),
  sso_token: z.string().optional(),
  sso_redirect_target: z.string().optional(),
  /** A refer token (transfer, breakout room move, request_guest_token). */
  token: z.string().optional(),
  direct_media: z.boolean().optional(),
});

export type RequestTokenBody = z.infer<typeof requestTokenBody>;
