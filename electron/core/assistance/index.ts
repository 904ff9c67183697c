/**
 * Residents' calls for staff (product.md 5): whether anyone can answer now, the calls and their states.
 * A call from a sealed service (the appeals) never tells staff where it came from.
 */
export type { HelpAvailability, HelpCallChange, HelpCallRequest, HelpCallState, OpenHelpCall } from './help-calls.ts';
export {
  acknowledgeHelpCall,
  clearHelpCall,
  helpAvailability,
  helpCallState,
  isSealedServiceCall,
  openHelpCalls,
  recordHelpCall,
} from './help-calls.ts';
export type { OpeningHours } from './opening-hours.ts';
export { isHallOpen } from './opening-hours.ts';
