/** The progress enquiry (办理进度查询, issue #7 point 5): a resident's requests by reference or ID number. */
export { createRateLimiter, enquiryRateLimit } from './enquiry-rate-limit.ts';
export type { RateDecision, RateLimiter } from './enquiry-rate-limit.ts';
export { enquiryStatus } from './enquiry-status.ts';
export type { EnquiryStatus } from './enquiry-status.ts';
export { findByIdNumber, findByReference } from './find-requests.ts';
export type { EnquiryItem } from './find-requests.ts';
