// Mutation hooks made from the IPC contract: the method name picks the typed window.butlr call, a spec says what settling it does.
import { useMutation, useQueryClient, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
import type { IpcMethod } from '../../shared/ipc/channels';
import type { IpcRequest, IpcResponse } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import { unwrap } from './ipc-client';

export interface MutationSpec {
  /**
   * Required, so that no mutation leaves it out by accident: true when the request carries something typed that is secret
   * (a client secret, a password, a passphrase). React Query keeps a settled mutation, variables and all, in its cache for
   * `gcTime` (five minutes by default); true sets it to 0, so the mutation is dropped as soon as it has settled and its
   * form has closed. While the form is open the hook still reads its state (pending, error); the form holds the value anyway.
   */
  readonly forgetWhenSettled: boolean;
  /**
   * Keys refetched when the mutation settles (failures too), before its own callbacks run. Main's push events already
   * refresh what it changes (listenToMainEvents in queries.ts), so list a key here only when a caller must find it refetched
   * the moment the mutation settles, or when main sends no event for the change.
   */
  readonly invalidates: readonly QueryKey[];
  /** The answer is this query's new value: written into its cache at once, before any refetch. */
  readonly answerReplaces?: QueryKey;
}

type MethodCall<M extends IpcMethod> = (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>>;
type ContractMutationHook<M extends IpcMethod, V> = () => UseMutationResult<IpcResponse<M>, Error, V>;

/** A hook whose variables are the method's request, as the contract types it. */
export function contractMutation<M extends IpcMethod>(method: M, spec: MutationSpec): ContractMutationHook<M, IpcRequest<M>>;
/** A hook whose variables `request` turns into the method's request (e.g. a bare profile id into `{ id }`). */
export function contractMutation<M extends IpcMethod, V>(method: M, spec: MutationSpec & { readonly request: (variables: V) => IpcRequest<M> }): ContractMutationHook<M, V>;
export function contractMutation<M extends IpcMethod, V>(method: M, spec: MutationSpec & { readonly request?: (variables: V) => IpcRequest<M> }): ContractMutationHook<M, V> {
  const { forgetWhenSettled, invalidates, answerReplaces, request = (variables: V) => variables as IpcRequest<M> } = spec;
  const mutationFn = (variables: V): Promise<IpcResponse<M>> => unwrap((window.butlr[method] as MethodCall<M>)(request(variables)));
  return function useContractMutation() {
    const queryClient = useQueryClient();
    return useMutation({
      // Keyed by method, so a row can tell that its own request is under way (use-getting-token.ts).
      mutationKey: [method],
      mutationFn,
      ...(answerReplaces && { onSuccess: (answer: IpcResponse<M>) => queryClient.setQueryData(answerReplaces, answer) }),
      ...(invalidates.length > 0 && { onSettled: () => Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))) }),
      ...(forgetWhenSettled && { gcTime: 0 }),
    });
  };
}
