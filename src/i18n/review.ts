import { reach } from './parts/reach.ts';
import type { MessageKey } from './messages.en.ts';
import { partKeys } from './part.ts';
import { team } from './parts/team.ts';
import { teamTokens } from './parts/team-tokens.ts';
import { teamAudit } from './parts/team-audit.ts';
import { listing } from './parts/listing.ts';
import { partners } from './parts/partners.ts';
import { delivery } from './parts/delivery.ts';
import { audit } from './parts/audit.ts';
import { auditActions } from './parts/audit-actions.ts';
import { verified } from './parts/verified.ts';
import { security } from './parts/security.ts';
import { abuse } from './parts/abuse.ts';
import { privacy } from './parts/privacy.ts';
import { limits } from './parts/limits.ts';
import { hostile } from './parts/hostile.ts';

/**
 * Strings no native speaker has checked yet in any of the translations (written by the
 * development team in every language at once). Each catalogue's `review` list adds its own.
 */
export const REVIEW_IN_EVERY_TRANSLATION: readonly MessageKey[] = [
  'error.individualsNotAllowed',
  'sign.affiliation',
  'sign.affiliationHint',
  'sign.yourName',
  'sign.individualHeading',
  'sign.individualIntro',
  'statement.signIndividualCta',
  'coord.edit.allowIndividuals',
  'coord.list.link',
  'coord.list.heading',
  'coord.list.search',
  'coord.list.any',
  'coord.list.state',
  'coord.list.version',
  'coord.list.sort',
  'coord.list.sortBy',
  'coord.list.apply',
  'coord.list.total',
  'coord.list.number',
  'coord.list.restoreSelected',
  'coord.list.pages',
  'coord.list.previous',
  'coord.list.next',
  'coord.list.pageOf',
  'coord.notice.restored',
  'statement.draftBanner',
  'statement.draftBannerBody',
  'sign.confidentialHint',
  'coord.pub.confirm',
  'coord.notice.confirmPublish',
  'confirm.done.listed',
  'manage.title',
  'manage.invalid',
  'manage.state',
  'manage.pending',
  'manage.detailsHeading',
  'manage.reviewNote',
  'manage.confidential',
  'manage.save',
  'manage.saved',
  'manage.savedForReview',
  'manage.withdrawHeading',
  'manage.withdrawBody',
  'manage.withdrawButton',
  'manage.withdrawn',
  'mail.manage.subject',
  'mail.manage.text',
  'mail.manage.paragraph',
  'error.noCorrection',
  'coord.admin.correctionsHeading',
  'coord.admin.correctionApply',
  'coord.admin.correctionDismiss',
  'coord.admin.withdrawnCount',
  'coord.notice.correctionApplied',
  'coord.notice.correctionDismissed',
  'sign.international',
  'error.expectedObject',
  'error.statementChanged',
  'mail.changed.subject',
  'mail.changed.text',
  'coord.edit.heading',
  'coord.edit.link',
  'coord.edit.opensAt',
  'coord.edit.closesAt',
  'coord.edit.windowHint',
  'coord.edit.material',
  'coord.edit.materialHint',
  'coord.edit.submit',
  'coord.edit.versionsHeading',
  'coord.edit.versionLine',
  'coord.notice.edited',
  'coord.notice.editedNoticed',
  'dup.possibleIntro',
  'dup.notice.importedPossible',
  'import.progress.note',
  ...partKeys(team),
  ...partKeys(teamTokens),
  ...partKeys(teamAudit),
  ...partKeys(listing),
  ...partKeys(partners),
  ...partKeys(delivery),
  ...partKeys(audit),
  ...partKeys(auditActions),
  ...partKeys(verified),
  ...partKeys(security),
  ...partKeys(abuse),
  ...partKeys(privacy),
  ...partKeys(limits),
  ...partKeys(hostile),
  ...partKeys(reach),
];
