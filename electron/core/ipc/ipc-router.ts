// The one way to register an IPC handler: check the sender, parse the payload, run, answer with a typed result.
import { appError, appErrorSchema } from '../../../shared/app-error';
import { ipcEvents, ipcContract, type IpcEventPayload, type IpcParsedRequest, type IpcResponse } from '../../../shared/ipc/contract';
import type { IpcEventName, IpcMethod } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/ipc-result';
import { fail, ok, type Result } from '../../../shared/result';
import type { Logger } from '../logger';

/** What a handler sees of Electron's `IpcMainInvokeEvent`: only enough to tell who sent it. */
export interface IpcSenderEvent {
  readonly sender: unknown;
  readonly senderFrame?: { readonly url: string } | null;
}

/** The part of Electron's `ipcMain` the router needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, payload: unknown) => Promise<unknown>): void;
}

export type IpcHandler<M extends IpcMethod> = (request: IpcParsedRequest<M>) => Promise<Result<IpcResponse<M>>>;

export interface IpcRouter {
  handle<M extends IpcMethod>(method: M, handler: IpcHandler<M>): void;
  /** The methods with a registered handler, for the check that the contract is fully served. */
  registeredMethods(): readonly IpcMethod[];
}

interface IpcRouterDeps {
  readonly ipcMain: IpcMainLike;
  readonly isTrustedSender: (event: IpcSenderEvent) => boolean;
  readonly logger: Logger;
}

export function createIpcRouter({ ipcMain, isTrustedSender, logger }: IpcRouterDeps): IpcRouter {
  const registered: IpcMethod[] = [];
  return {
    handle(method, handler) {
      const { channel, request: requestSchema, response: responseSchema } = ipcContract[method];
      registered.push(method);
      ipcMain.handle(channel, async (event, payload): Promise<IpcResult<unknown>> => {
        if (!isTrustedSender(event)) {
          logger.warn(`ipc: refused ${channel} from an unknown sender`);
          return fail(appError('unknown_sender', 'This request did not come from the Butlr Credentials window.'));
        }
        const parsed = requestSchema.safeParse(payload);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const field = issue?.path.map(String).join('.') || undefined;
          return fail(appError('invalid_request', issue?.message ?? 'The request was not understood.', field ? { field } : {}));
        }
        try {
          const result = await handler(parsed.data as IpcParsedRequest<typeof method>);
          if (!result.ok) return fail(appErrorSchema.parse(result.error));
          // Parsing the answer strips any field the contract does not name, so nothing extra can reach the renderer.
          return ok(responseSchema.parse(result.value));
        } catch (error) {
          logger.error(`ipc: ${channel} failed`, error);
          return fail(appError('internal', 'Something went wrong inside Butlr Credentials. Try again; if it keeps happening, restart the app.'));
        }
      });
    },
    registeredMethods: () => [...registered],
  };
}

/** Sends a typed main → renderer event; the payload is parsed against the contract first. */
export type EventEmitter = <E extends IpcEventName>(name: E, payload: IpcEventPayload<E>) => void;

export function createEventEmitter(send: (channel: string, payload: unknown) => void): EventEmitter {
  return (name, payload) => {
    const event = ipcEvents[name];
    send(event.channel, event.payload.parse(payload));
  };
}
