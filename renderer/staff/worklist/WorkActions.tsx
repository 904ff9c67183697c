import { useState } from 'react';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { allowedActions, checkDepartmentSerial, checkReturnReason, returnReasonMaxLength } from '../../../electron/core/worklist/transitions.ts';
import type { ReasonError } from '../../../electron/core/worklist/transitions.ts';
import type { WorkAction } from '../../../electron/core/worklist/transitions.ts';
import { failureText } from '../failure-text.ts';
import { worklistApi } from './worklist-api.ts';
import type { WorkItem } from './worklist-api.ts';

export interface WorkActionsProps {
  item: WorkItem;
  /** Told what happened, in words for the status line; `changed` when the request moved on. */
  onOutcome: (text: string, changed: boolean) => void;
}

/**
 * The steps open to staff from the request's state (worklist/transitions.ts): take it, record the 流水号,
 * close it, or hand it back with a reason. Checked here as the backend checks, so a typo is said at the field.
 */
export function WorkActions({ item, onOutcome }: WorkActionsProps) {
  const { t, i18n } = useTranslation();
  const [serial, setSerial] = useState('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<'serial' | 'reason'>();
  const [reasonError, setReasonError] = useState<ReasonError>('reason-missing');
  const actions = allowedActions(item.status);

  const act = async (work: WorkAction) => {
    const result = await worklistApi.changeState(item.reference, work, i18n.language);
    if (result.ok) {
      setSerial('');
      setReason('');
      onOutcome(t(`worklist.done.${work.action}`, { reference: item.reference }), true);
    } else {
      onOutcome(result.message ?? failureText(t, result), result.status === 409);
    }
  };
  const enter = () => {
    const check = checkDepartmentSerial(serial);
    setInvalid(check.ok ? undefined : 'serial');
    if (check.ok) void act({ action: 'enter', serial: check.serial });
  };
  const handBack = () => {
    const check = checkReturnReason(reason);
    setInvalid(check.ok ? undefined : 'reason');
    if (!check.ok) setReasonError(check.error);
    if (check.ok) void act({ action: 'return', reason: check.reason });
  };

  if (actions.length === 0) return null;
  return (
    <div className="worklist__actions">
      {actions.includes('take') && (
        <Button className="staff__button staff__button--primary" onPress={() => void act({ action: 'take' })}>
          {t('worklist.action.take')}
        </Button>
      )}
      {actions.includes('enter') && (
        <div className="worklist__step">
          <TextField className="staff__field" value={serial} onChange={setSerial} isInvalid={invalid === 'serial'} maxLength={40} autoComplete="off">
            <Label>{t('worklist.serialField')}</Label>
            <Text slot="description">{t('worklist.serialHint')}</Text>
            <Input />
            <FieldError className="staff__error">{t('worklist.errors.invalid-serial')}</FieldError>
          </TextField>
          <Button className="staff__button staff__button--primary" onPress={enter}>
            {t('worklist.action.enter')}
          </Button>
        </div>
      )}
      {actions.includes('finish') && (
        <Button className="staff__button staff__button--primary" onPress={() => void act({ action: 'finish' })}>
          {t('worklist.action.finish')}
        </Button>
      )}
      {actions.includes('return') && (
        <div className="worklist__step">
          <TextField className="staff__field worklist__reason" value={reason} onChange={setReason} isInvalid={invalid === 'reason'} maxLength={returnReasonMaxLength}>
            <Label>{t('worklist.reasonField')}</Label>
            <Text slot="description">{t('worklist.reasonHint')}</Text>
            <Input />
            <FieldError className="staff__error">{t(`worklist.errors.${reasonError}`)}</FieldError>
          </TextField>
          <Button className="staff__button" onPress={handBack}>
            {t('worklist.action.return')}
          </Button>
        </div>
      )}
    </div>
  );
}
