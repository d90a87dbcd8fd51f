// The shape of `window.butlr`, derived from the contract so the preload and the renderer can never drift apart.
import type { FileMethod, IpcEventName, IpcMethod } from './channels';
import type { IpcEventPayload, IpcRequest, IpcResponse } from './contract';
import type { IpcResult } from './ipc-result';

type MethodSignature<M extends IpcMethod> = M extends FileMethod
  ? (file: File) => Promise<IpcResult<IpcResponse<M>>>
  : [IpcRequest<M>] extends [undefined]
    ? () => Promise<IpcResult<IpcResponse<M>>>
    : (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>>;

type EventSubscriptions = {
  [E in IpcEventName as `on${Capitalize<E>}`]: (listener: (payload: IpcEventPayload<E>) => void) => () => void;
};

export type ButlrApi = { [M in IpcMethod]: MethodSignature<M> } & EventSubscriptions;
