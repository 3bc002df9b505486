/** This extension's id and origin, which every message receiver checks senders against. */
import { browser } from '@wxt-dev/browser';
import {
  askFromThePage,
  askTheBackground,
  type BackgroundMessage,
  type ContentScriptMessage,
  type OwnExtension,
  type Request,
  type Response,
} from './messages';

export const ownExtension = (): OwnExtension => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });

const toBackground = (request: Request) => browser.runtime.sendMessage(request) as Promise<unknown>;

/**
 * Asks the background (runtime.sendMessage) and returns its answer when it has the contract's
 * shape: the one way the popup and the extension's frames ask it.
 */
export const askBackground = <K extends BackgroundMessage>(request: Request<K>): Promise<Response<K> | undefined> =>
  askTheBackground(toBackground, request);

/** The content script's way: its own messages only, so its bundle carries only their checks. */
export const askBackgroundFromThePage = <K extends ContentScriptMessage>(
  request: Request<K>,
): Promise<Response<K> | undefined> => askFromThePage(toBackground, request);
