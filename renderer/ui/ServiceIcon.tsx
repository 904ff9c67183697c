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
import type { serviceIcons } from '../../electron/core/catalog/seed.ts';

const seedPictures = {
  ticket: Ticket,
  pension: UserCheck,
  elderly: Cake,
  disability: Accessibility,
  allowance: HandCoins,
  medical: HeartPulse,
  certificate: FileText,
  'home-visit': House,
  feedback: MessageSquareText,
  policy: BookOpenText,
  progress: SearchCheck,
} satisfies Record<(typeof serviceIcons)[number], LucideIcon>;

/**
 * Queue business types name a lucide icon in the hall's config (electron/core/queue/queue-config.ts).
 * Only these are bundled, not all of lucide: the ones a service hall is likely to want.
 */
const lucidePictures: Record<string, LucideIcon> = {
  'piggy-bank': PiggyBank,
  'heart-pulse': HeartPulse,
  'hand-heart': HandHeart,
  'message-circle-question': MessageCircleQuestionMark,
  'message-circle-question-mark': MessageCircleQuestionMark,
  'circle-help': CircleHelp,
  'hand-coins': HandCoins,
  'user-check': UserCheck,
  'file-text': FileText,
  house: House,
  users: Users,
  accessibility: Accessibility,
  baby: Baby,
  briefcase: Briefcase,
  'building-2': Building2,
  'graduation-cap': GraduationCap,
  'id-card': IdCard,
  landmark: Landmark,
  scale: Scale,
  stethoscope: Stethoscope,
  wallet: Wallet,
};

const pictures: Record<string, LucideIcon> = { ...seedPictures, ...lucidePictures };

/**
 * A service's or business type's picture. Decorative: the tile's words carry the meaning, so a name
 * the kiosk does not know falls back to a ticket rather than failing.
 */
export function ServiceIcon({ icon }: { icon: string }) {
  const Picture = Object.hasOwn(pictures, icon) ? (pictures[icon] ?? Ticket) : Ticket;
  return <Picture aria-hidden="true" focusable="false" strokeWidth={2.25} />;
}
