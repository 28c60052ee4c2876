import type { ComponentChildren, JSX } from 'preact';

// Small wrappers around the DSFR markup, so pages never repeat its class lists and another theme
// can be put in later for an operator that is not the State.

export function Alert({
  type,
  title,
  children,
  small = false,
}: {
  type: 'success' | 'error' | 'info' | 'warning';
  title: string;
  children?: ComponentChildren;
  small?: boolean;
}) {
  const role = type === 'error' ? 'alert' : 'status';
  return (
    <div class={`fr-alert fr-alert--${type}${small ? ' fr-alert--sm' : ''}`} role={role}>
      {small ? <p>{title}</p> : <h3 class="fr-alert__title">{title}</h3>}
      {children && !small && <div>{children}</div>}
    </div>
  );
}

export function Container({ children, narrow = false }: { children: ComponentChildren; narrow?: boolean }) {
  if (!narrow) return <div class="fr-container fr-my-6w">{children}</div>;
  return (
    <div class="fr-container fr-my-6w">
      <div class="fr-grid-row fr-grid-row--center">
        <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">{children}</div>
      </div>
    </div>
  );
}

export function Breadcrumb({ items }: { items: { href?: string; label: string }[] }) {
  return (
    <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
      <button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="fil-ariane" type="button">
        Voir le fil d’Ariane
      </button>
      <div class="fr-collapse" id="fil-ariane">
        <ol class="fr-breadcrumb__list">
          <li>
            <a class="fr-breadcrumb__link" href="/">
              Accueil
            </a>
          </li>
          {items.map((item) => (
            <li>
              {item.href ? (
                <a class="fr-breadcrumb__link" href={item.href}>
                  {item.label}
                </a>
              ) : (
                <a class="fr-breadcrumb__link" aria-current="page">
                  {item.label}
                </a>
              )}
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}

type ButtonKind = 'primary' | 'secondary' | 'tertiary';
const buttonClass = (kind: ButtonKind, icon?: string) =>
  `fr-btn${kind === 'primary' ? '' : ` fr-btn--${kind}`}${icon ? ` ${icon} fr-btn--icon-left` : ''}`;

export function Button({
  children,
  kind = 'primary',
  type = 'submit',
  icon,
  name,
  value,
}: {
  children: ComponentChildren;
  kind?: ButtonKind;
  type?: 'submit' | 'button';
  icon?: string;
  name?: string;
  value?: string;
}) {
  return (
    <button class={buttonClass(kind, icon)} type={type} name={name} value={value}>
      {children}
    </button>
  );
}

export function ButtonLink({
  href,
  children,
  kind = 'primary',
  icon,
}: {
  href: string;
  children: ComponentChildren;
  kind?: ButtonKind;
  icon?: string;
}) {
  return (
    <a class={buttonClass(kind, icon)} href={href}>
      {children}
    </a>
  );
}

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  value?: string;
  error?: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'number' | 'date' | 'search';
  required?: boolean;
  autocomplete?: string;
  inputMode?: JSX.HTMLAttributes['inputMode'];
  maxLength?: number;
}

/** A labelled input with its hint and, when the value was refused, the French message next to it. */
export function Field({ name, label, hint, value, error, type = 'text', required, autocomplete, inputMode, maxLength }: FieldProps) {
  const id = `champ-${name}`;
  const messageId = `${id}-message`;
  return (
    <div class={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        {hint && <span class="fr-hint-text">{hint}</span>}
      </label>
      <input
        class={`fr-input${error ? ' fr-input--error' : ''}`}
        id={id}
        name={name}
        type={type}
        value={value ?? ''}
        required={required}
        autoComplete={autocomplete}
        inputMode={inputMode}
        maxLength={maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? messageId : undefined}
      />
      {error && (
        <p id={messageId} class="fr-error-text">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextareaField({
  name,
  label,
  hint,
  value,
  error,
  required,
  rows = 6,
}: Omit<FieldProps, 'type'> & { rows?: number }) {
  const id = `champ-${name}`;
  const messageId = `${id}-message`;
  return (
    <div class={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        {hint && <span class="fr-hint-text">{hint}</span>}
      </label>
      <textarea
        class={`fr-input${error ? ' fr-input--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? messageId : undefined}
      >
        {value ?? ''}
      </textarea>
      {error && (
        <p id={messageId} class="fr-error-text">
          {error}
        </p>
      )}
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  value,
  error,
  options,
  required,
  placeholder = 'Sélectionner une option',
  emptyLabel,
}: Omit<FieldProps, 'type'> & {
  options: { value: string; label: string }[];
  placeholder?: string;
  /** A choosable empty first option ("Tous les thèmes") instead of the hidden placeholder: for filters. */
  emptyLabel?: string;
}) {
  const id = `champ-${name}`;
  const messageId = `${id}-message`;
  return (
    <div class={`fr-select-group${error ? ' fr-select-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        {hint && <span class="fr-hint-text">{hint}</span>}
      </label>
      <select
        class={`fr-select${error ? ' fr-select--error' : ''}`}
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? messageId : undefined}
      >
        {emptyLabel !== undefined ? (
          <option value="" selected={!value}>
            {emptyLabel}
          </option>
        ) : (
          <option value="" selected={!value} disabled hidden>
            {placeholder}
          </option>
        )}
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={messageId} class="fr-error-text">
          {error}
        </p>
      )}
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  checked,
  error,
  value = 'oui',
}: {
  name: string;
  label: ComponentChildren;
  hint?: string;
  checked?: boolean;
  error?: string;
  value?: string;
}) {
  const id = `champ-${name}`;
  const messageId = `${id}-message`;
  return (
    <div class={`fr-fieldset__element`}>
      <div class={`fr-checkbox-group${error ? ' fr-checkbox-group--error' : ''}`}>
        <input
          type="checkbox"
          id={id}
          name={name}
          value={value}
          checked={checked}
          aria-describedby={error ? messageId : undefined}
        />
        <label class="fr-label" for={id}>
          {label}
          {hint && <span class="fr-hint-text">{hint}</span>}
        </label>
        {error && (
          <p id={messageId} class="fr-error-text">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

/** A POST form with its CSRF field; `errorSummary` lists the refused fields at the top. */
export function Form({
  action,
  csrfToken,
  children,
  multipart = false,
  errorCount = 0,
}: {
  action: string;
  csrfToken: string;
  children: ComponentChildren;
  multipart?: boolean;
  errorCount?: number;
}) {
  return (
    <form method="post" action={action} enctype={multipart ? 'multipart/form-data' : undefined} noValidate>
      <CsrfField token={csrfToken} />
      {errorCount > 0 && (
        <div class="fr-mb-3w">
          <Alert
            type="error"
            small
            title={
              errorCount === 1
                ? 'Un champ est à corriger : le message se trouve à côté de lui.'
                : `${errorCount} champs sont à corriger : chaque message se trouve à côté du champ.`
            }
          />
        </div>
      )}
      {children}
    </form>
  );
}

export function Card({
  title,
  href,
  description,
  detail,
  badge,
  headingLevel = 3,
}: {
  title: string;
  href: string;
  description?: string;
  detail?: string;
  badge?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <div class="fr-card fr-enlarge-link">
      <div class="fr-card__body">
        <div class="fr-card__content">
          <Heading class="fr-card__title">
            <a href={href}>{title}</a>
          </Heading>
          {description && <p class="fr-card__desc">{description}</p>}
          {(badge || detail) && (
            <div class="fr-card__start">
              {badge && (
                <ul class="fr-badges-group">
                  <li>
                    <p class="fr-badge fr-badge--sm fr-badge--blue-ecume">{badge}</p>
                  </li>
                </ul>
              )}
              {detail && <p class="fr-card__detail">{detail}</p>}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

export function Tile({ title, href, description }: { title: string; href: string; description?: string }) {
  return (
    <div class="fr-tile fr-enlarge-link">
      <div class="fr-tile__body">
        <div class="fr-tile__content">
          <h3 class="fr-tile__title">
            <a href={href}>{title}</a>
          </h3>
          {description && <p class="fr-tile__desc">{description}</p>}
        </div>
      </div>
    </div>
  );
}

export function Table<T>({
  caption,
  columns,
  rows,
  multiline = false,
}: {
  caption: string;
  columns: { label: string; render: (row: T) => ComponentChildren }[];
  rows: T[];
  /** Cells wrap their text (DSFR `fr-table--multiline`): a wide table then fits the page, its last column in view. */
  multiline?: boolean;
}) {
  return (
    <div class={multiline ? 'fr-table fr-table--multiline' : 'fr-table'}>
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th scope="col">{c.label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr>
                    {columns.map((c) => (
                      <td>{c.render(row)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

/** Page links that keep the other query parameters (filters stay in the URL). */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2,
  );
  return (
    <nav role="navigation" class="fr-pagination" aria-label="Pagination">
      <ul class="fr-pagination__list">
        <li>
          {page > 1 ? (
            <a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" href={hrefFor(page - 1)}>
              Page précédente
            </a>
          ) : (
            <a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" aria-disabled="true" role="link">
              Page précédente
            </a>
          )}
        </li>
        {pages.map((p) => (
          <li>
            <a
              class="fr-pagination__link"
              href={hrefFor(p)}
              aria-current={p === page ? 'page' : undefined}
              title={`Page ${p}`}
            >
              {p}
            </a>
          </li>
        ))}
        <li>
          {page < pageCount ? (
            <a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href={hrefFor(page + 1)}>
              Page suivante
            </a>
          ) : (
            <a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" aria-disabled="true" role="link">
              Page suivante
            </a>
          )}
        </li>
      </ul>
    </nav>
  );
}

export function Stepper({ current, total, title, nextTitle }: { current: number; total: number; title: string; nextTitle?: string }) {
  return (
    <div class="fr-stepper">
      <h2 class="fr-stepper__title">
        {title}
        <span class="fr-stepper__state">
          Étape {current} sur {total}
        </span>
      </h2>
      <div class="fr-stepper__steps" data-fr-current-step={current} data-fr-steps={total}></div>
      {nextTitle && (
        <p class="fr-stepper__details">
          <span class="fr-text--bold">Étape suivante :</span> {nextTitle}
        </p>
      )}
    </div>
  );
}

export function Callout({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="fr-callout">
      <h3 class="fr-callout__title">{title}</h3>
      <div class="fr-callout__text">{children}</div>
    </div>
  );
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

/** The DSFR fieldset frame shared by radio and checkbox groups: legend, hint and the message next to the answers. */
function ChoiceFieldset({
  name,
  legend,
  hint,
  error,
  children,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}) {
  const id = `champ-${name}`;
  return (
    <fieldset
      class={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}
      id={id}
      role="group"
      aria-labelledby={`${id}-legend ${id}-messages`}
    >
      <legend class="fr-fieldset__legend" id={`${id}-legend`}>
        {legend}
        {hint && <span class="fr-hint-text">{hint}</span>}
      </legend>
      {children}
      <div class="fr-messages-group" id={`${id}-messages`} aria-live="polite">
        {error && (
          <p class="fr-message fr-message--error" id={`${id}-message-error`}>
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}

/** One answer among several (DSFR radio buttons in a fieldset), with the refusal message under the answers. */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  value,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: ChoiceOption[];
  value?: string;
  error?: string;
}) {
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint} error={error}>
      {options.map((option) => {
        const id = `champ-${name}-${option.value}`;
        return (
          <div class="fr-fieldset__element">
            <div class="fr-radio-group">
              <input type="radio" id={id} name={name} value={option.value} checked={option.value === value} />
              <label class="fr-label" for={id}>
                {option.label}
                {option.hint && <span class="fr-hint-text">{option.hint}</span>}
              </label>
            </div>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

/** Several answers (DSFR checkboxes in a fieldset), with the refusal message under the answers. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  values = [],
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: ChoiceOption[];
  values?: string[];
  error?: string;
}) {
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint} error={error}>
      {options.map((option) => {
        const id = `champ-${name}-${option.value}`;
        return (
          <div class="fr-fieldset__element">
            <div class="fr-checkbox-group">
              <input type="checkbox" id={id} name={name} value={option.value} checked={values.includes(option.value)} />
              <label class="fr-label" for={id}>
                {option.label}
                {option.hint && <span class="fr-hint-text">{option.hint}</span>}
              </label>
            </div>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

/** A short status word (DSFR badge). */
export function Badge({ label, color = 'blue-ecume' }: { label: string; color?: 'blue-ecume' | 'green-emeraude' | 'purple-glycine' | 'info' | 'success' }) {
  const tone = color === 'info' || color === 'success' ? `fr-badge--${color} fr-badge--no-icon` : `fr-badge--${color}`;
  return <p class={`fr-badge ${tone}`}>{label}</p>;
}

/** A DSFR file input: the accepted formats and the size limit are stated in the hint. */
export function FileField({ name, label, hint, accept, error }: { name: string; label: string; hint: string; accept: string; error?: string }) {
  const id = `champ-${name}`;
  const messageId = `${id}-message`;
  return (
    <div class={`fr-upload-group${error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        <span class="fr-hint-text">{hint}</span>
      </label>
      <input
        class="fr-upload"
        type="file"
        id={id}
        name={name}
        accept={accept}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? messageId : undefined}
      />
      {error && (
        <p id={messageId} class="fr-error-text">
          {error}
        </p>
      )}
    </div>
  );
}
