import enAppointments from './locales/en/appointments.json' with { type: 'json' };
import enAppeals from './locales/en/appeals.json' with { type: 'json' };
import enBoard from './locales/en/board.json' with { type: 'json' };
import enEnquiry from './locales/en/enquiry.json' with { type: 'json' };
import enDurability from './locales/en/durability.json' with { type: 'json' };
import enHelp from './locales/en/help.json' with { type: 'json' };
import enKeyboard from './locales/en/keyboard.json' with { type: 'json' };
import enQueue from './locales/en/queue.json' with { type: 'json' };
import enStaff from './locales/en/staff.json' with { type: 'json' };
import enStaffMode from './locales/en/staffMode.json' with { type: 'json' };
import enTicket from './locales/en/ticket.json' with { type: 'json' };
import en from './locales/en/translation.json' with { type: 'json' };
import enWorklist from './locales/en/worklist.json' with { type: 'json' };
import zhAppointments from './locales/zh-CN/appointments.json' with { type: 'json' };
import zhAppeals from './locales/zh-CN/appeals.json' with { type: 'json' };
import zhBoard from './locales/zh-CN/board.json' with { type: 'json' };
import zhEnquiry from './locales/zh-CN/enquiry.json' with { type: 'json' };
import zhDurability from './locales/zh-CN/durability.json' with { type: 'json' };
import zhHelp from './locales/zh-CN/help.json' with { type: 'json' };
import zhKeyboard from './locales/zh-CN/keyboard.json' with { type: 'json' };
import zhQueue from './locales/zh-CN/queue.json' with { type: 'json' };
import zhStaff from './locales/zh-CN/staff.json' with { type: 'json' };
import zhStaffMode from './locales/zh-CN/staffMode.json' with { type: 'json' };
import zhTicket from './locales/zh-CN/ticket.json' with { type: 'json' };
import zhCN from './locales/zh-CN/translation.json' with { type: 'json' };
import zhWorklist from './locales/zh-CN/worklist.json' with { type: 'json' };

/**
 * The interface strings, zh-CN first (the default), in one i18next namespace. Each area keeps its own
 * file, whose name is its top-level key (`board.json` holds `board.*`). Seed texts are added at run time.
 */
export const resources = {
  'zh-CN': {
    translation: {
      ...zhCN,
      appointments: zhAppointments,
      appeals: zhAppeals,
      board: zhBoard,
      enquiry: zhEnquiry,
      durability: zhDurability,
      help: zhHelp,
      keyboard: zhKeyboard,
      queue: zhQueue,
      staff: zhStaff,
      staffMode: zhStaffMode,
      ticket: zhTicket,
      worklist: zhWorklist,
    },
  },
  en: {
    translation: {
      ...en,
      appointments: enAppointments,
      appeals: enAppeals,
      board: enBoard,
      enquiry: enEnquiry,
      durability: enDurability,
      help: enHelp,
      keyboard: enKeyboard,
      queue: enQueue,
      staff: enStaff,
      staffMode: enStaffMode,
      ticket: enTicket,
      worklist: enWorklist,
    },
  },
} as const;

export const defaultLocale = 'zh-CN';
