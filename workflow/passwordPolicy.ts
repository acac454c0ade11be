import { AppError } from './errors.js';

export const MIN_PASSWORD_LENGTH = 10;

const CLASSES: { name: string; test: RegExp }[] = [
  { name: '小写字母', test: /\p{Ll}/u },
  { name: '大写字母', test: /\p{Lu}/u },
  { name: '数字', test: /\p{Nd}/u },
  { name: '符号', test: /[^\p{L}\p{Nd}]/u },
];

/**
 * The password policy for every password a person chooses (等保 2.0 identity authentication): at least
 * 10 characters, 3 of the 4 character classes, and not containing the username. The message names the
 * rule that failed so the user knows what to fix.
 */
export function checkPasswordPolicy(password: string, username: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw weak('length', `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`);
  if (password.length > 256) throw weak('length', '密码不能超过 256 个字符');
  const present = CLASSES.filter((c) => c.test.test(password)).length;
  if (present < 3) throw weak('classes', `密码须包含小写字母、大写字母、数字、符号中的至少三类（当前 ${present} 类）`);
  if (username && password.toLowerCase().includes(username.toLowerCase())) throw weak('username', '密码不能包含用户名');
}

const weak = (rule: 'length' | 'classes' | 'username', message: string): AppError => new AppError('WEAK_PASSWORD', message, { rule });
