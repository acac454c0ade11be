/** Independent generators for valid identifiers, so test data does not come from the code under test. */
export function residentId(prefix17: string): string {
  if (!/^\d{17}$/.test(prefix17)) throw new Error('need 17 digits');
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...prefix17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return prefix17 + '10X98765432'[sum % 11];
}
