// One consent dialog at a time: callers asking the same question share its answer, and only a few may wait at once.
import type { ScriptAccessAnswer } from '../../../shared/script-access';

/** Questions waiting (one shown, the rest queued) before a new one is answered "busy" instead of piling up dialogs. */
export const MAX_WAITING_QUESTIONS = 8;

export interface ConsentQueue<Q> {
  /** `key` names the question (a session and a profile): asking it again while it waits joins the same answer. */
  ask(key: string, question: Q): Promise<ScriptAccessAnswer | 'busy'>;
}

export function createConsentQueue<Q>(ask: (question: Q) => Promise<ScriptAccessAnswer>, onFailure: (error: unknown) => void): ConsentQueue<Q> {
  const waiting = new Map<string, Promise<ScriptAccessAnswer>>();
  let tail: Promise<unknown> = Promise.resolve();
  return {
    ask(key, question) {
      const joined = waiting.get(key);
      if (joined) return joined;
      if (waiting.size >= MAX_WAITING_QUESTIONS) return Promise.resolve('busy');
      const answer = tail.then(() => ask(question)).catch((error: unknown): ScriptAccessAnswer => {
        // A dialog that could not be shown gave nobody's consent.
        onFailure(error);
        return 'deny';
      });
      tail = answer;
      waiting.set(key, answer);
      void answer.finally(() => waiting.delete(key));
      return answer;
    },
  };
}
