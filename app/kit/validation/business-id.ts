const weights = [7, 9, 10, 5, 8, 4, 2];

/** Whether a Finnish business ID (Y-tunnus, 1234567-8) has the right form and check digit. */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value.trim());
  if (!match) return false;
  const sum = [...match[1]].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(match[2]);
}
