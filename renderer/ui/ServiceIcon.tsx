import {
  Accessibility,
  Baby,
  BookOpenText,
  Briefcase,
  Building2,
  Cake,
  CircleHelp,
  FileText,
  GraduationCap,
  HandCoins,
  HandHeart,
  HeartPulse,
  House,
  IdCard,
  Landmark,
  MessageCircleQuestionMark,
  MessageSquareText,
  PiggyBank,
  Scale,
  SearchCheck,
  Stethoscope,
  Ticket,
  UserCheck,
  Users,
  Wallet,
} from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { KioskIcon } from '../../electron/core/catalog/icons.ts';

/** The kiosk's one icon vocabulary, by lucide name: services' seeds and the queue's business types both use it. */
const pictures = {
  accessibility: Accessibility,
  baby: Baby,
  'book-open-text': BookOpenText,
  briefcase: Briefcase,
  'building-2': Building2,
  cake: Cake,
  'circle-help': CircleHelp,
  'file-text': FileText,
  'graduation-cap': GraduationCap,
  'hand-coins': HandCoins,
  'hand-heart': HandHeart,
  'heart-pulse': HeartPulse,
  house: House,
  'id-card': IdCard,
  landmark: Landmark,
  'message-circle-question': MessageCircleQuestionMark,
  'message-circle-question-mark': MessageCircleQuestionMark,
  'message-square-text': MessageSquareText,
  'piggy-bank': PiggyBank,
  scale: Scale,
  'search-check': SearchCheck,
  stethoscope: Stethoscope,
  ticket: Ticket,
  'user-check': UserCheck,
  users: Users,
  wallet: Wallet,
} satisfies Record<KioskIcon, LucideIcon>;

/**
 * A service's or business type's picture. Decorative: the tile's words carry the meaning, so a name
 * the kiosk does not know falls back to a ticket rather than failing.
 */
export function ServiceIcon({ icon }: { icon: string }) {
  const Picture: LucideIcon = Object.hasOwn(pictures, icon) ? pictures[icon as KioskIcon] : Ticket;
  return <Picture aria-hidden="true" focusable="false" strokeWidth={2.25} />;
}
