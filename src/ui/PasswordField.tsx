import type { ComponentChildren } from 'preact';

/**
 * The DSFR password component: a password input with an "Afficher" box that reveals it (the
 * DSFR script does the revealing; without JavaScript it is a plain password field). No value is
 * ever put back into it, and nothing stops pasting or password managers: `autocomplete` says
 * whether the browser should offer a new password or the saved one.
 */
export function PasswordField({
  name,
  label,
  hint,
  rules = [],
  error,
  autocomplete,
  required = true,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  /** Lines under the field stating the rules (e.g. "12 caractères minimum"). */
  rules?: string[];
  error?: string;
  autocomplete: 'current-password' | 'new-password';
  required?: boolean;
  /** Extra content after the box, such as a "Mot de passe oublié ?" link. */
  children?: ComponentChildren;
}) {
  const id = `champ-${name}`;
  const messagesId = `${id}-messages`;
  return (
    <div class={`fr-password fr-mb-3w${error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-password__label fr-label" for={id}>
        {label}
        {hint && <span class="fr-hint-text">{hint}</span>}
      </label>
      <div class="fr-input-wrap">
        <input
          class={`fr-password__input fr-input${error ? ' fr-input--error' : ''}`}
          id={id}
          name={name}
          type="password"
          autoComplete={autocomplete}
          autocapitalize="off"
          autocorrect="off"
          spellcheck={false}
          aria-required={required ? 'true' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={messagesId}
        />
      </div>
      <div class="fr-messages-group" id={messagesId} aria-live="polite">
        {error && <p class="fr-message fr-message--error">{error}</p>}
        {rules.map((rule) => (
          <p class="fr-message fr-message--info">{rule}</p>
        ))}
      </div>
      <div class="fr-password__checkbox fr-checkbox-group fr-checkbox-group--sm">
        <input aria-label="Afficher le mot de passe" id={`${id}-afficher`} type="checkbox" />
        <label class="fr-password__checkbox fr-label" for={`${id}-afficher`}>
          Afficher
        </label>
      </div>
      {children}
    </div>
  );
}
