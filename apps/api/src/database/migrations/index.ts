import type { MigrationInterface } from 'typeorm';
import { Initial1795455136493 } from './1795455136493-Initial';

import { CaseCollaboration1795456390988 } from './1795456390988-CaseCollaboration';

import { Consent1795458112364 } from './1795458112364-Consent';

import { TimelineConsentKinds1795458200000 } from './1795458200000-TimelineConsentKinds';

import { AuditLog1795458701092 } from './1795458701092-AuditLog';

import { AuditAppendOnly1795458701160 } from './1795458701160-AuditAppendOnly';

import { Advice1795458989101 } from './1795458989101-Advice';

import { TimelineAdviceKind1795458989185 } from './1795458989185-TimelineAdviceKind';

import { PupilAnonymisedAt1795459299443 } from './1795459299443-PupilAnonymisedAt';

import { AbsenceRecords1795460190023 } from './1795460190023-AbsenceRecords';

import { SchoolCalendar1795460814821 } from './1795460814821-SchoolCalendar';

import { ProtocolRules1795461165372 } from './1795461165372-ProtocolRules';

import { Signals1795461579047 } from './1795461579047-Signals';

import { SignalCase1795461854337 } from './1795461854337-SignalCase';

import { SignalStatusCaseOpened1795461854424 } from './1795461854424-SignalStatusCaseOpened';

import { SignalRun1795461887062 } from './1795461887062-SignalRun';

import { SignalsAgendaFeedbackNotifications1795465465739 } from './1795465465739-SignalsAgendaFeedbackNotifications';

import { SignalWorryAndAgenda1795465465800 } from './1795465465800-SignalWorryAndAgenda';

import { AbsenceDay1795465465900 } from './1795465465900-AbsenceDay';

import { LiveMeetingsAndReminders1795468271803 } from './1795468271803-LiveMeetingsAndReminders';

import { MsaCensus1795469665656 } from './1795469665656-MsaCensus';

import { ParentLetters1795469993440 } from './1795469993440-ParentLetters';

import { SavedViews1795480292221 } from './1795480292221-SavedViews';

import { CaseInvolvementByCase1795501664218 } from './1795501664218-CaseInvolvementByCase';

import { AuditEventPerRequest1795509665005 } from './1795509665005-AuditEventPerRequest';

import { RegistrationTruth1796116452719 } from './1796116452719-RegistrationTruth';

import { NeutralNotificationTexts1796200000000 } from './1796200000000-NeutralNotificationTexts';

import { SignalRecipients1796127973265 } from './1796127973265-SignalRecipients';

import { IdempotentReplayIds1796128480550 } from './1796128480550-IdempotentReplayIds';

import { AuditWithoutContents1796128715668 } from './1796128715668-AuditWithoutContents';

import { SignalRecipientsBackfill1796133601813 } from './1796133601813-SignalRecipientsBackfill';
import { NotificationKindsOnly1796412000000 } from './1796412000000-NotificationKindsOnly';
import { GuardianNameAndAddress1797519264873 } from './1797519264873-GuardianNameAndAddress';
import { CaseOwner1797384215530 } from './1797384215530-CaseOwner';
import { TimelineActionRescheduled1797612345678 } from './1797612345678-TimelineActionRescheduled';
import { AuditOncePerView1797713542096 } from './1797713542096-AuditOncePerView';
import { TimelineParams1796300000000 } from './1796300000000-TimelineParams';

import { SessionsAndSignIn1797800000000 } from './1797800000000-SessionsAndSignIn';

/** Every migration in order. Generated files are added here by tools/generate-migration; never edited after landing. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795455136493,
  CaseCollaboration1795456390988,
  Consent1795458112364,
  TimelineConsentKinds1795458200000,
  AuditLog1795458701092,
  AuditAppendOnly1795458701160,
  Advice1795458989101,
  TimelineAdviceKind1795458989185,
  PupilAnonymisedAt1795459299443,
  AbsenceRecords1795460190023,
  SchoolCalendar1795460814821,
  ProtocolRules1795461165372,
  Signals1795461579047,
  SignalCase1795461854337,
  SignalStatusCaseOpened1795461854424,
  SignalRun1795461887062,
  SignalsAgendaFeedbackNotifications1795465465739,
  SignalWorryAndAgenda1795465465800,
  AbsenceDay1795465465900,
  LiveMeetingsAndReminders1795468271803,
  MsaCensus1795469665656,
  ParentLetters1795469993440,
  SavedViews1795480292221,
  CaseInvolvementByCase1795501664218,
  AuditEventPerRequest1795509665005,
  RegistrationTruth1796116452719,
  NeutralNotificationTexts1796200000000,
  SignalRecipients1796127973265,
  IdempotentReplayIds1796128480550,
  AuditWithoutContents1796128715668,
  SignalRecipientsBackfill1796133601813,
  TimelineParams1796300000000,
  NotificationKindsOnly1796412000000,
  GuardianNameAndAddress1797519264873,
  CaseOwner1797384215530,
  TimelineActionRescheduled1797612345678,
  AuditOncePerView1797713542096,
  SessionsAndSignIn1797800000000,
];
