import { z } from 'zod';

/**
 * Where a request stands in the hall (issue #7): staff take it (handling), type it into the department's
 * own system and record its 流水号 (entered), then close it (done), or hand it back with a reason
 * (returned). Stored in `request.status`; the county's word, when there is one, lives beside it.
 */
export const WorkState = z.enum(['new', 'handling', 'entered', 'done', 'returned']);
export type WorkState = z.infer<typeof WorkState>;
