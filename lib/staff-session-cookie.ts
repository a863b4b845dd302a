import { siteUrl } from './site-config';

// Shared by proxy.ts (which must not import the database) and the server-side session code.
export const secureCookies = siteUrl().protocol === 'https:';
// __Host- binds the cookie to this exact origin, but browsers only accept it over https.
export const staffSessionCookie = secureCookies ? '__Host-bs_staff' : 'bs_staff';
