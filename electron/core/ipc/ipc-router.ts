// The one way to register an IPC handler: check the sender, parse the payload, run, answer with a typed result.
import { appError, appErrorSchema, type ErrorCode } from '../../../shared/app-error';
import { ipcContract, type IpcParsedRequest, type IpcResponse } from '../../../shared/ipc/contract';
import type { IpcMethod } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/ipc-result';
import { fail, ok, type Result } from '../../../shared/result';
import type { Logger } from '../logger';

/** The part of Electron's `WebFrameMain` that says where a message came from. */
export interface IpcSenderFrame {
  readonly url: string;
  /** null for a window's main frame; an iframe's parent frame otherwise. */
  readonly parent: unknown;
}

/** What a handler sees of Electron's `IpcMainInvokeEvent`: only enough to tell who sent it. */
export interface IpcSenderEvent {
  readonly sender: unknown;
  /** null once the frame has navigated away or gone. */
  readonly senderFrame: IpcSenderFrame | null;
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
  /** Hears the code of every failure the router answers with, for the diagnostics' error tally. */
  readonly onFailure?: (code: ErrorCode) => void;
}

export function createIpcRouter({ ipcMain, isTrustedSender, logger, onFailure }: IpcRouterDeps): IpcRouter {
  const registered: IpcMethod[] = [];
  return {
    handle(method, handler) {
      const { channel, request: requestSchema, response: responseSchema } = ipcContract[method];
      registered.push(method);
      ipcMain.handle(channel, async (event, payload): Promise<IpcResult<unknown>> => {
        const result = await answer(event, payload);
        if (!result.ok) onFailure?.(result.error.code);
        return result;
      });

      async function answer(event: IpcSenderEvent, payload: unknown): Promise<IpcResult<unknown>> {
        const refusal = senderRefusal(event, isTrustedSender);
        if (refusal) {
          logger.warn(`ipc: refused ${channel} from ${refusal}`);
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
      }
    },
    registeredMethods: () => [...registered],
  };
}

/**
 * Why a message is refused before its payload is looked at, or null to accept it. Only a main frame counts, as in VS
 * Code's validatedIpcMain: an iframe inside our page, even one on our own origin, never speaks for the window.
 */
function senderRefusal(event: IpcSenderEvent, isTrustedSender: (event: IpcSenderEvent) => boolean): string | null {
  try {
    const frame = event.senderFrame;
    if (!frame) return 'a frame that is gone';
    if (frame.parent !== null) return 'a sub-frame';
    return isTrustedSender(event) ? null : 'an unknown sender';
  } catch {
    // Electron's frame getters throw once the frame is disposed: a sender nobody can vouch for.
    return 'a sender that could not be checked';
  }
}
