import { Accessibility, BookOpenText, Cake, FileText, HandCoins, HeartPulse, House, MessageSquareText, Ticket, UserCheck } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { serviceIcons } from '../../electron/core/catalog/seed.ts';

const pictures: Record<(typeof serviceIcons)[number], LucideIcon> = {
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
};

/** A service's picture. Decorative: the tile's words carry the meaning. */
export function ServiceIcon({ icon }: { icon: (typeof serviceIcons)[number] }) {
  const Picture = pictures[icon];
  return <Picture aria-hidden="true" focusable="false" strokeWidth={2.25} />;
}
