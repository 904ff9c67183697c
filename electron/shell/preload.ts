/**
 * Intentionally empty: the renderer talks to the backend over app:// with fetch and SSE, like the
 * browser kiosk, so there is no bridge to expose (architecture.md, Electron shell).
 */
export {};
