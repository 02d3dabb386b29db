import type { zhTWImport } from './zh-TW.import';

type Strings<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const enImport: Strings<typeof zhTWImport> = {
  impAccepted:
    'Accepted: PowerPoint (.pptx), PDF, Word (.docx), Excel (.xlsx), text (.txt, .md, .csv) and Stratmap plan files (.json)',
  impReading: (file, size) => `Reading "${file}" (${size})…`,
  impReadingHint: 'A large deck or PDF can take a few dozen seconds. Nothing is stored while it is read.',
  impStopReading: 'Stop reading',
  impListSeparator: ', ',
  impHintsTitle: 'The document does not say its organisation or year. Give them and read it again:',
  impReadAgain: 'Read again with this organisation and year',
  impSummary: (plans, errors, warnings) =>
    `${plural(plans, 'plan')} read; findings: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
  impPlanHeading: (org, year) => `${org} ${year + 1911} (ROC ${year})`,
  impInclude: 'Import this plan',
  impParentContext: (org) =>
    `This is the parent organisation ${org}'s map that the document shows for reference. It is left out so as not to overwrite that organisation's full plan; tick "Import this plan" to store it too.`,
  impOrgLabel: 'Import into organisation',
  impOrgPlaceholder: 'Choose an organisation you may edit',
  impOrgFromDocument: (name) => `The document says: ${name}`,
  impOrgNew: (name) => `${name} (new organisation, created on import)`,
  impOrgNotYours: (name) => `You may not edit ${name}'s plans; choose an organisation you may edit.`,
  impOrgNewAdminOnly: (name) =>
    `${name} does not exist yet and only administrators may add organisations; choose an existing one.`,
  impParentOrgLabel: 'Parent of the new organisation',
  impParentOrgNone: 'None (top level)',
  impYearLabel: 'Year (ROC)',
  impYearFromDocument: (year) => `The document says: ${year + 1911} (ROC ${year})`,
  impYearSuffix: 'ROC',
  impThemesTitle: 'Parent theme each theme takes up',
  impThemeCol: 'Theme',
  impCascadeCol: 'Takes up',
  impCascadeSelect: (letter, name) => `Parent theme that theme ${letter} "${name}" takes up`,
  impCascadeNone: 'None',
  impCascadeOption: (letter, name) => `${letter} ${name}`,
  impCascadeLetter: (org, letter) => `${org} theme ${letter}`,
  impCascadeOther: (org, year, letter) => `${org} ${year + 1911} theme ${letter}`,
  impCascadeRead: ' (as read)',
  impParentNone: 'This organisation has no parent; its themes take up no other theme.',
  impParentThemesFrom: (org, year) => `Choose among the themes of ${org}'s ${year + 1911} plan.`,
  impParentFromDocument: (org, year) =>
    `Choose among the themes of ${org}'s ${year + 1911} map shown in the document.`,
  impParentNoPlan: (org, year) =>
    `The themes of ${org}'s ${year + 1911} plan are not available (no plan, or you may not read it); choose by letter.`,
  impParentLoading: 'Loading the parent organisation’s themes…',
  impCounts: 'What was read',
  impMapTitle: 'The strategy map as read',
  impMapHint: 'Click a code in the findings to mark its objective on the map.',
  impMapEmpty: 'This plan has no objectives, so there is no map to draw.',
  impFindingsTitle: (n) => `Findings (${n})`,
  impOtherFindings: (n) => `Other findings on the document (${n})`,
  impStateNew: 'New plan',
  impStateReplace: 'Replaces a stored plan',
  impStateUnchanged: 'Same as the stored plan',
  impStateExcluded: 'Not imported',
  impStateChecking: 'Checking',
  impChecking: 'Checking what the import would do…',
  impNothingIncluded: 'No plan is ticked for import.',
  impBlockedReasons: 'These errors keep the document from being imported (nothing is ever stored in part):',
  impRefusedTitle: 'Cannot import',
  impRefusedForbidden: (orgs) =>
    `You may not import plans of ${orgs}. Choose an organisation you may edit under "Import into organisation", or ask that organisation's editor.`,
  impRefusedForbiddenGeneric:
    'You may not import the plans in this document: that takes editor rights on their organisation, and adding an organisation takes an administrator.',
  impRefusedExists: (plans) =>
    `A plan is already stored for ${plans}. Review what changes, tick "replace" and import again.`,
  impRefusedReadOnly:
    'The stored plan is submitted, approved or archived and cannot be replaced; withdraw it first or ask an administrator to reopen it.',
  impRefusedConflict: 'Someone else changed the data meanwhile; check again and import.',
  impRefusedTooLarge: 'The file is over the size limit; make it smaller (e.g. remove pictures) or split it.',
  impRefusedBusy: (seconds) => `The server is reading other files; try again in about ${seconds} s.`,
  impRefusedUnavailable: 'The server cannot take this right now; try again shortly.',
  impRefusedRateLimited: 'Too many requests; wait a moment and try again.',
  impRefusedNetwork: 'The server cannot be reached; check the network and try again. Nothing was stored.',
  impRefusedInvalid: 'The plans have problems; nothing was stored.',
  impRefusedNotFound: 'What was asked for no longer exists (it may have been deleted); reload and try again.',
  impRefusedServer: 'The server failed; nothing was stored. Try again later or ask an administrator.',
  impRetry: 'Try again',
  impNoRights:
    'You may not edit any organisation’s plans: you can upload a document to see what is read, but not import it. Ask an administrator (planning office) if you need to.',
  impOrgsUnavailable:
    'The list of organisations could not be loaded, so the organisation to import into cannot be chosen.',
  impAnother: 'Import another file',
};
