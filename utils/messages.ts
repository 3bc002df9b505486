/**
 * The one message contract between popup and content script. Every receiver checks the
 * sender and the shape of each message through these helpers and ignores anything else.
 */
import { isPageState, type PageState } from './page-state';

export interface Contract {
  /** Popup → content script: what did you read on this page? */
  'get-page-state': { request: Record<never, never>; response: PageState };
}

export type MessageType = keyof Contract;
export type Request<K extends MessageType = MessageType> = { type: K } & Contract[K]['request'];
export type Response<K extends MessageType> = Contract[K]['response'];

const RESPONSE_CHECKS: { [K in MessageType]: (x: unknown) => x is Response<K> } = {
  'get-page-state': isPageState,
};

export function isRequest(msg: unknown): msg is Request {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    Object.prototype.hasOwnProperty.call(RESPONSE_CHECKS, (msg as { type?: unknown }).type as string) &&
    Object.keys(msg).length === 1
  );
}

export function isResponse<K extends MessageType>(type: K, x: unknown): x is Response<K> {
  return RESPONSE_CHECKS[type](x);
}

/** Messages count only when they come from this extension itself. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === ownId;
}

export type Handlers = { [K in MessageType]: (request: Request<K>) => Response<K> | Promise<Response<K>> };

/** One router per receiver: returns the reply to send, or undefined to stay silent. */
export function routeMessage(
  handlers: Handlers,
  msg: unknown,
  sender: { id?: string } | undefined,
  ownId: string,
): Promise<Response<MessageType>> | undefined {
  if (!isOwnSender(sender, ownId) || !isRequest(msg)) return undefined;
  return Promise.resolve(handlers[msg.type](msg as Request<typeof msg.type>));
}
