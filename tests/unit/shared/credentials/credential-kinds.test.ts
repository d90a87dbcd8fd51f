// Every kind in the table says everything the app asks of a kind, so a kind cannot be half added: its words, its fields,
// its schemas, and a place in every discriminated union the renderer and main parse profiles with.
import { describe, expect, it } from 'vitest';
import {
  credentialFieldsOf,
  credentialKindList,
  credentialKindNames,
  credentialKinds,
  factsOf,
  inputsOf,
  principalOf,
  sameCredentialFields,
  secretOf,
  withCredentialFields,
  type CredentialValues,
} from '../../../../shared/credentials/credential-kinds';
import { credentialSchemas } from '../../../../shared/credentials/credential-schemas';
import { DEFAULT_BASE_URL, newProfileSchema, profileChangesSchema, profileViewSchema } from '../../../../shared/profile';
import { importPreviewSchema } from '../../../../shared/transfer';

/** A value every input of every kind accepts; each input then gets its own, so a mix-up shows. */
const valuesOf = (kind: (typeof credentialKindNames)[number]): CredentialValues =>
  Object.fromEntries([['kind', kind], ...inputsOf(kind).map((input) => [input.key, `sample-${input.key}`])]) as CredentialValues;

const nonEmpty = (text: string | undefined) => expect(text?.trim(), 'a facet left empty').toBeTruthy();

describe.each(credentialKindList.map((facts) => [facts.kind, facts] as const))('the %s kind', (kind, facts) => {
  it('is filed under its own name', () => {
    expect(credentialKinds[kind].kind).toBe(kind);
    expect(credentialKindNames).toContain(kind);
  });

  it('says how it is shown: its label, its option in the picker, its adjective, what to check when rejected', () => {
    for (const text of [facts.label, facts.switchLabel, facts.adjective, facts.rejectedHint]) nonEmpty(text);
    if (facts.caution !== null) nonEmpty(facts.caution);
  });

  it('names its fields, its principal among them, and a secret that is not one of them', () => {
    expect(facts.fields.length).toBeGreaterThan(0);
    const keys = facts.fields.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const field of [...facts.fields, facts.secret]) {
      nonEmpty(field.label);
      nonEmpty(field.name);
    }
    nonEmpty(facts.secret.word);
    expect(keys).toContain(facts.principal);
    expect(facts.fields.find((field) => field.key === facts.principal)?.advanced).toBeFalsy();
    expect(keys).not.toContain(facts.secret.key);
    expect(inputsOf(kind).map((input) => input.key).sort()).toEqual([...keys, facts.secret.key].sort());
  });

  it('has a schema with a message for every input, and none for anything else', () => {
    const schemas: Record<string, { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } }> = credentialSchemas[kind];
    expect(Object.keys(schemas).sort()).toEqual(inputsOf(kind).map((input) => input.key).sort());
    for (const input of inputsOf(kind)) {
      const refused = schemas[input.key]?.safeParse('');
      expect(refused?.success, `${input.key} takes an empty value`).toBe(false);
      nonEmpty(refused?.error?.issues[0]?.message);
    }
  });

  it('parses as a new profile, a change, a view and an import preview entry', () => {
    const values = valuesOf(kind);
    const created = newProfileSchema.safeParse({ ...values, name: 'Sample', baseUrl: DEFAULT_BASE_URL });
    expect(created.success).toBe(true);
    expect(created.data).toMatchObject(values);

    const fields = credentialFieldsOf(values);
    const { kind: _kind, ...changes } = fields;
    expect(profileChangesSchema.safeParse(changes).success).toBe(true);

    const view = {
      ...fields,
      id: '0b5f6a4e-4c1e-4a43-9d51-0c4b3d2f6a10',
      name: 'Sample',
      baseUrl: DEFAULT_BASE_URL,
      createdAt: 0,
      notes: '',
      tags: [],
      color: null,
      pinned: false,
      lastUsedAt: null,
      secret: 'set',
      damage: null,
      token: { state: 'none' },
      autoRefresh: false,
      nextRefreshAt: null,
    };
    expect(profileViewSchema.safeParse(view).success).toBe(true);

    const entry = { index: 0, name: 'Sample', kind, baseUrl: DEFAULT_BASE_URL, principal: 'someone', hasSecret: false, reference: null, clashesWith: null, suggestedName: null };
    const preview = { importId: '0b5f6a4e-4c1e-4a43-9d51-0c4b3d2f6a10', fileName: 'x.json', source: 'export', secrets: 'none', profiles: [entry] };
    expect(importPreviewSchema.safeParse(preview).success).toBe(true);
  });

  it('answers the table’s questions from its own inputs', () => {
    const values = valuesOf(kind);
    expect(secretOf(values)).toBe(`sample-${facts.secret.key}`);
    expect(principalOf(credentialFieldsOf(values))).toEqual({ label: facts.fields.find((field) => field.key === facts.principal)?.label, value: `sample-${facts.principal}` });
    const named = { ...values, name: 'Sample' };
    const fields = credentialFieldsOf(named);
    expect(Object.keys(fields)).toEqual(['kind', ...facts.fields.map((field) => field.key)]);
    expect(sameCredentialFields(fields, credentialFieldsOf(values))).toBe(true);
    for (const field of facts.fields) {
      const edited = withCredentialFields(fields, { [field.key]: 'changed' });
      expect(sameCredentialFields(edited, fields)).toBe(false);
      expect(factsOf(kind).fields.every((other) => other.key === field.key || (edited as Record<string, string>)[other.key] === `sample-${other.key}`)).toBe(true);
    }
  });
});

describe('the table', () => {
  it('starts with the kind a new profile starts as: client credentials, the recommended one', () => {
    expect(credentialKindNames[0]).toBe('client_credentials');
    expect(credentialKindList.filter((facts) => facts.caution !== null).map((facts) => facts.kind)).toEqual(['password']);
  });

  it('keeps kinds apart: a profile of one kind never has the same fields as one of another', () => {
    const [first, second] = credentialKindNames;
    if (!second) return;
    expect(sameCredentialFields(credentialFieldsOf(valuesOf(first)), credentialFieldsOf(valuesOf(second)))).toBe(false);
  });
});
