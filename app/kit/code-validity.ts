/**
 * When a code of a code list is in use (decision 0189): from `validFrom` to `validUntil`, both ISO
 * days and both inclusive, either open. Expired codes leave the choices offered to people (a
 * citizen's filters, an editor's boxes) but stay readable on the records that carry them.
 */
export interface Validity {
  validFrom?: string;
  validUntil?: string;
}

export const isValidOn = (validity: Validity | undefined, day: string): boolean =>
  !validity || ((!validity.validFrom || validity.validFrom <= day) && (!validity.validUntil || day <= validity.validUntil));

/** The codes to offer on `day` (ISO), in the list's order; `keep` (those already chosen) stay. */
export function codesInUse<T extends string>(codes: readonly T[], validity: Partial<Record<T, Validity>>, day: string, keep: readonly string[] = []): T[] {
  return codes.filter((code) => isValidOn(validity[code], day) || keep.includes(code));
}
