import { ClipboardPen, Hand, RotateCcw, ScanLine, X } from 'lucide-react';
import { useRef } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PageButtons } from '../../a11y/PageButtons.tsx';
import type { ScanMode } from '../../a11y/session-settings.tsx';
import { ChoiceToggle } from '../../ui/ChoiceToggle.tsx';
import { KioskButton } from '../../ui/KioskButton.tsx';
import { usePrompt } from '../../voice/VoiceProvider.tsx';
import { PairingCode } from './PairingCode.tsx';
import '../../a11y/dialog.css';
import './staff.css';

export interface StaffPanelProps {
  staffName: string;
  /** Filing for a resident (代办) has started; their own settings wait to be put back. */
  filing: boolean;
  /** The idle timer stays off after 交还居民 too, for a resident who needs more time. */
  idleKeptOff: boolean;
  onFileForResident: () => void;
  onStartScanning: (mode: Exclude<ScanMode, 'off'>) => void;
  onKeepIdleOff: (keep: boolean) => void;
  onResetSession: () => void;
  onHandBack: () => void;
  onClose: () => void;
}

/**
 * Staff mode at the kiosk (product.md, Staff mode): file for a resident, start switch scanning for
 * them, keep the idle timer off, reset a stuck session, show the LAN pairing code, and hand back.
 * Staff-facing, but as large as every resident control: the look is whatever the resident chose.
 */
export function StaffPanel(props: StaffPanelProps) {
  const { staffName, filing, idleKeptOff, onFileForResident, onStartScanning, onKeepIdleOff, onResetSession, onHandBack, onClose } = props;
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const icon = { 'aria-hidden': true, focusable: false } as const;
  usePrompt([{ id: 'staffMode.panel.heading' }]);
  return (
    <Modal isOpen onOpenChange={(open) => !open && onClose()} className="kiosk-modal">
      <Dialog className="kiosk-dialog staff-panel">
        <Heading slot="title">{t('staffMode.panel.heading')}</Heading>
        <div className="staff-panel__body" ref={body} data-pageable>
          <div className="staff-panel__rows">
            <p>{t('staffMode.panel.signedInAs', { name: staffName })}</p>
            {filing && <p className="service-notice">{t('staffMode.panel.filing')}</p>}
            <div className="kiosk-dialog__choices">
              {!filing && (
                <KioskButton icon={<ClipboardPen {...icon} />} onPress={onFileForResident}>
                  {t('staffMode.panel.fileForResident')}
                </KioskButton>
              )}
              <KioskButton icon={<ScanLine {...icon} />} onPress={() => onStartScanning('two-switch')}>
                {t('staffMode.panel.scanTwoSwitch')}
              </KioskButton>
              <KioskButton icon={<ScanLine {...icon} />} onPress={() => onStartScanning('one-switch')}>
                {t('staffMode.panel.scanOneSwitch')}
              </KioskButton>
              <KioskButton icon={<RotateCcw {...icon} />} onPress={onResetSession}>
                {t('staffMode.panel.resetSession')}
              </KioskButton>
            </div>
            <div role="group" aria-labelledby="staff-panel-idle">
              <h3 id="staff-panel-idle">{t('staffMode.panel.idle')}</h3>
              <p>{t('staffMode.panel.idleWhileSignedIn')}</p>
              <div className="choice-toggles">
                {[false, true].map((keep) => (
                  <ChoiceToggle key={String(keep)} isSelected={idleKeptOff === keep} onChange={() => onKeepIdleOff(keep)}>
                    {t(keep ? 'staffMode.panel.idleKeepOff' : 'staffMode.panel.idleBackOn')}
                  </ChoiceToggle>
                ))}
              </div>
            </div>
            <PairingCode />
          </div>
        </div>
        <PageButtons area={body} className="kiosk-dialog__choices" />
        <div className="kiosk-dialog__choices staff-panel__leave">
          <KioskButton icon={<X {...icon} />} onPress={onClose}>
            {t('staffMode.panel.close')}
          </KioskButton>
          <KioskButton variant="primary" icon={<Hand {...icon} />} onPress={onHandBack}>
            {t('staffMode.panel.handBack')}
          </KioskButton>
        </div>
      </Dialog>
    </Modal>
  );
}
