/**
 * The article in the Internet Archive's Wayback Machine, as plain links the reader opens: the
 * extension itself sends nothing and needs no permission for them. Pure.
 */

/** The Wayback Machine reads the address as it stands after its own path; a fragment is the page's own. */
const archived = (url: string) => url.replace(/#.*$/, '');

/** Every copy the archive holds of the address, on its calendar. */
export const waybackCopies = (url: string) => `https://web.archive.org/web/*/${archived(url)}`;

/** The archive's "Save Page Now" for the address. */
export const waybackSave = (url: string) => `https://web.archive.org/save/${archived(url)}`;
