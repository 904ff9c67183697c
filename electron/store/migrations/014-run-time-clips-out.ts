/**
 * Issue #16.4: clips of run-time text (string ids `dynamic` and `dynamic.digit-by-digit`) move out of
 * the kiosk's database into the bounded voice cache (core/speech/voice-cache.ts), which backups leave
 * out. They are dropped rather than moved: each is made again when first asked for. The space they
 * held is reused by SQLite for new rows (a VACUUM would give it back to the disk, but cannot run in the
 * migration's transaction).
 */
export const runTimeClipsOut = `
DELETE FROM voice_clip WHERE string_id IN ('dynamic', 'dynamic.digit-by-digit');
`;
