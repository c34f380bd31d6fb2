import type { ButtonHTMLAttributes, ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

/**
 * The kiosk's one button. A button with no visible text must say what it does to a screen reader,
 * so the props type demands an aria-label whenever children are absent.
 */
export type BigButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> & {
  variant?: Variant;
  pressed?: boolean;
} & (
    { children: ReactNode; 'aria-label'?: string } | { children?: undefined; 'aria-label': string }
  );

export function BigButton({
  variant = 'secondary',
  pressed,
  className,
  type,
  ...rest
}: BigButtonProps) {
  return (
    <button
      {...rest}
      type={type === 'submit' ? 'submit' : 'button'}
      aria-pressed={pressed}
      className={['big-button', `big-button--${variant}`, className].filter(Boolean).join(' ')}
    />
  );
}
