import type { InferResponseType } from 'hono/client';
import { api } from '../../api.ts';
import type { Department } from '../../../electron/core/worklist/worklist.ts';
import type { WorkAction } from '../../../electron/core/worklist/transitions.ts';
import { staffCall } from '../staff-api.ts';

/** The console's calls to /api/worklist, their answers typed from the routes themselves. */
export type WorkList = InferResponseType<typeof api.worklist.$get, 200>;
export type WorkItem = WorkList['requests'][number];
export type WorkDetail = InferResponseType<(typeof api.worklist)[':reference']['$get'], 200>;
export type WorkField = WorkDetail['fields'][number];

export interface WorklistFilter {
  today: boolean;
  waiting: boolean;
  department: Department | 'all';
}

/**
 * The printable A4 form of a request, in the console's language (staff-only: the session cookie goes along).
 * A page the console opens in a frame, not a call: hc's $url needs an absolute base, and this path is relative.
 */
export const formPath = (reference: string, language: string) => `/api/worklist/${encodeURIComponent(reference)}/form?lang=${language === 'en' ? 'en' : 'zh-CN'}`;

// hc puts a path parameter in as it is; the server decodes it.
const onRequest = (reference: string) => ({ reference: encodeURIComponent(reference) });
const locale = (language: string) => (language === 'en' ? 'en' : 'zh-CN');

export const worklistApi = {
  list: ({ today, waiting, department }: WorklistFilter) =>
    staffCall(() => api.worklist.$get({ query: { today: today ? 'true' : 'false', waiting: waiting ? 'true' : 'false', ...(department === 'all' ? {} : { department }) } })),
  detail: (reference: string, language: string) => staffCall(() => api.worklist[':reference'].$get({ param: onRequest(reference), query: { lang: locale(language) } })),
  /** A refusal comes worded by the backend, in `language`. */
  changeState: (reference: string, work: WorkAction, language: string) =>
    staffCall(() => api.worklist[':reference'].state.$post({ param: onRequest(reference), json: { ...work, locale: locale(language) } })),
  print: (reference: string, language: string) => staffCall(() => api.worklist[':reference'].print.$post({ param: onRequest(reference), json: { locale: locale(language) } })),
};
