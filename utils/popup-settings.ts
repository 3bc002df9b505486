/** What the popup remembers between openings: the reader's last tab, and that it said the reading log is kept. */
import { defineSetting } from './settings';

export const POPUP_TABS = ['summary', 'voices', 'money', 'cite'] as const;
export type PopupTab = (typeof POPUP_TABS)[number];

export const popupTab = defineSetting<PopupTab>('popupTab', 'summary', (stored) =>
  POPUP_TABS.includes(stored as PopupTab) ? (stored as PopupTab) : 'summary',
);

export const memoryNoticeSeen = defineSetting('memoryNoticeSeen', false, (stored) => stored === true);
