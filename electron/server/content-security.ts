import { secureHeaders } from 'hono/secure-headers';

/**
 * architecture.md, Security: a strict CSP on every page. Only the kiosk's own origin (http://host
 * or app://kiosk) may supply scripts, styles, audio and data; nothing may frame it.
 */
export const contentSecurity = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    // react-aria's usePress adds one fixed <style> (touch-action for pressable elements); allow
    // exactly that text by its hash. The e2e specs fail on any CSP violation, so a change shows.
    styleSrc: ["'self'", "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    mediaSrc: ["'self'", 'blob:'],
    connectSrc: ["'self'"],
    manifestSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
  },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: 'no-referrer',
});
