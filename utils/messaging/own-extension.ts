/** This extension's id and origin, which every message receiver checks senders against. */
import { browser } from 'wxt/browser';
import type { OwnExtension } from './messages';

export const ownExtension = (): OwnExtension => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });
