// Element ids one component uses to point at or focus another: the details panel and each row's name button.
export const DETAILS_PANEL_ID = 'details-panel';

/** The row's name button, which opens the details panel and gets focus back when it closes. */
export function profileNameButtonId(profileId: string): string {
  return `profile-name-${profileId}`;
}

/** The header's "New profile" button: where focus goes when the last profile leaves the list. */
export const NEW_PROFILE_BUTTON_ID = 'new-profile-button';

/** The row itself, which the arrow keys focus. */
export function profileRowId(profileId: string): string {
  return `profile-row-${profileId}`;
}

/** The board's search box, which "/" and Ctrl/Cmd+F focus. */
export const SEARCH_INPUT_ID = 'profile-search';

/** The `data-dialog` of the dialog listing a file's problems: a drop on the window may replace it with the next try. */
export const IMPORT_PROBLEMS_DIALOG = 'import-problems';
