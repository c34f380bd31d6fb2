import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { HUB_DEVICE, UNENROLLED_DEVICE } from '../../../shared/cases/fields';
import type { Resident } from '../../../shared/cases/events';
import { readRoster } from './volunteer-roster';
import { useDesk } from './desk-store';

/**
 * Words a volunteer reads instead of ids: a volunteer's name from the roster (never `demo-zhang`),
 * which machine (never `dev_…`, never "hub").
 */
export function useVolunteerName(): (id: string) => string {
  const { t } = useTranslation();
  const { content } = useKiosk();
  const roster = useLiveQuery(() => readRoster(content), [content]);
  return useCallback(
    (id: string) =>
      roster?.volunteers.find((v) => v.id === id)?.name ?? t('desk.timeline.formerVolunteer'),
    [roster, t],
  );
}

/**
 * Where an event was written, in words, or null when there is nothing worth saying: on this
 * kiosk, or by the hub (the team's name already says who).
 */
export function useDeviceWords(): (deviceId: string) => string | null {
  const { t } = useTranslation();
  const own = useDesk((s) => s.deviceId);
  return useCallback(
    (deviceId: string) =>
      deviceId === own || deviceId === HUB_DEVICE || deviceId === UNENROLLED_DEVICE
        ? null
        : t('desk.timeline.otherDevice'),
    [own, t],
  );
}

/** 陈女士 / Ms Chen / 陈: the surname with the title where each language puts it. */
export function residentName(t: TFunction, resident: Resident): string {
  if (!resident.surname) return t('desk.case.noName');
  if (!resident.salutation) return resident.surname;
  return t('desk.residentName', {
    surname: resident.surname,
    title: t(`contact.salutationOption.${resident.salutation}`),
  });
}
