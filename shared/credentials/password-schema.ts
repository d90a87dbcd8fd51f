// What a person may type into a username-and-password profile, with the form's messages (zod/mini: the renderer ships it).
import { z } from '../zod-mini';

export const passwordSchema = {
  username: z.string().check(z.trim(), z.minLength(1, 'Enter the username (your Butlr sign-in email).'), z.maxLength(320, 'That username is too long.')),
  password: z.string().check(z.minLength(1, 'Enter the password.'), z.maxLength(4096, 'That password is too long.')),
};
