import { CountyStatus } from '../sync/county-payloads.ts';
import { WorkState } from '../worklist/work-state.ts';

/**
 * Where a request stands, as the enquiry tells the resident (issue #7, point 5). The county decides, so
 * its word comes first when there is one; before that the hall's worklist state is the answer. A sealed
 * appeal only ever says it went to the county: its progress is the county's business and the hall's
 * states would tell staff-watchers nothing they should know either.
 *
 * The renderer words each as `enquiry.status.<source>.<code>` and `enquiry.next.<source>.<code>`.
 */
export type EnquiryStatus =
  | { source: 'county'; code: CountyStatus; countyText?: string }
  | { source: 'hall'; code: WorkState }
  | { source: 'sealed'; code: 'with-county' };

export interface StatusColumns {
  status: string;
  countyStatus: string | null;
  countyStatusText: string | null;
  sealed: boolean;
}

export function enquiryStatus({ status, countyStatus, countyStatusText, sealed }: StatusColumns): EnquiryStatus {
  if (sealed) return { source: 'sealed', code: 'with-county' };
  const county = CountyStatus.safeParse(countyStatus);
  if (county.success) return { source: 'county', code: county.data, ...(countyStatusText ? { countyText: countyStatusText } : {}) };
  const hall = WorkState.safeParse(status);
  // A state this kiosk does not know (a newer worklist) reads as still being handled, never as done.
  return { source: 'hall', code: hall.success ? hall.data : 'handling' };
}
