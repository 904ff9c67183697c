import type { InferResponseType } from 'hono/client';
import type { api } from '../../api.ts';
import type { Department } from '../../../electron/core/worklist/worklist.ts';
import type { WorkAction } from '../../../electron/core/worklist/transitions.ts';
import { request } from '../staff-api.ts';

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

const requestPath = (reference: string, action = '') => `/api/worklist/${encodeURIComponent(reference)}${action}`;

/** The printable A4 form of a request, in the console's language (staff-only: the session cookie goes along). */
export const formPath = (reference: string, language: string) => `${requestPath(reference, '/form')}?lang=${language === 'en' ? 'en' : 'zh-CN'}`;

export const worklistApi = {
  list: ({ today, waiting, department }: WorklistFilter) => {
    const query = new URLSearchParams({ today: String(today), waiting: String(waiting), ...(department === 'all' ? {} : { department }) });
    return request<WorkList>('GET', `/api/worklist?${query.toString()}`);
  },
  detail: (reference: string, language: string) => request<WorkDetail>('GET', `${requestPath(reference)}?lang=${language === 'en' ? 'en' : 'zh-CN'}`),
  /** A refusal comes worded by the backend, in `language`. */
  changeState: (reference: string, work: WorkAction, language: string) =>
    request<{ status: WorkItem['status'] }>('POST', requestPath(reference, '/state'), { ...work, locale: language === 'en' ? 'en' : 'zh-CN' }),
  print: (reference: string, language: string) =>
    request<{ savedAs: string | null }>('POST', requestPath(reference, '/print'), { locale: language === 'en' ? 'en' : 'zh-CN' }),
};
