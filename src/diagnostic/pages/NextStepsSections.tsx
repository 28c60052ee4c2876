// The next steps other domains provide (next-steps.ts), on the result page and in "Mon espace". Each
// list renders nothing when empty, so a page without those domains stays whole.
import type { ComponentChildren } from 'preact';
import type { AidLink, EventLink, GuideLink, NextSteps, TestimonialLink } from '../next-steps.js';
import { formatDate } from './format.js';

/** Only our own pages or web addresses: a source can never slip a `javascript:` link in. */
export function safeHref(href: string): string | null {
  return /^(https?:\/\/|\/(?!\/))/i.test(href) ? href : null;
}

function Linked({ href, children }: { href: string; children: string }) {
  const safe = safeHref(href);
  return safe ? <a href={safe}>{children}</a> : <>{children}</>;
}

export function GuideList({ guides }: { guides: GuideLink[] }) {
  if (guides.length === 0) return null;
  return (
    <ul>
      {guides.map((g) => (
        <li class="fr-mb-1w">
          <Linked href={g.href}>{g.title}</Linked>
          {g.summary && <span class="fr-text--sm"> — {g.summary}</span>}
        </li>
      ))}
    </ul>
  );
}

export function AidList({ aids }: { aids: AidLink[] }) {
  if (aids.length === 0) return null;
  return (
    <ul>
      {aids.map((a) => (
        <li class="fr-mb-1w">
          <Linked href={a.href}>{a.title}</Linked>
          {a.funder && ` (${a.funder})`}
          {a.summary && <span class="fr-text--sm"> — {a.summary}</span>}
        </li>
      ))}
    </ul>
  );
}

export function TestimonialList({ testimonials }: { testimonials: TestimonialLink[] }) {
  if (testimonials.length === 0) return null;
  return (
    <ul class="fr-raw-list">
      {testimonials.map((t) => (
        <li class="fr-mb-2w">
          <p class="fr-mb-0">
            <Linked href={t.href}>{t.title}</Linked>
          </p>
          <p class="fr-text--sm fr-mb-0">
            {t.businessName}
            {t.description && ` · ${t.description}`}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function EventList({ events }: { events: EventLink[] }) {
  if (events.length === 0) return null;
  return (
    <ul>
      {events.map((e) => (
        <li class="fr-mb-1w">
          <Linked href={e.href}>{e.title}</Linked>
          <span class="fr-text--sm">
            {' '}
            — le {formatDate(e.startsAt)}, {e.place}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A titled section of the result page, only when its list has something. */
export function NextStepSection({ id, title, intro, count, children }: { id: string; title: string; intro?: string; count: number; children: ComponentChildren }) {
  if (count === 0) return null;
  return (
    <section class="fr-mb-6w" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p>{intro}</p>}
      {children}
    </section>
  );
}

/** The result page's sections from other domains, around the nearest activators (`people`). */
export function ResultNextSteps({ next, people }: { next: NextSteps | undefined; people: ComponentChildren }) {
  if (!next) return <>{people}</>;
  return (
    <>
      <NextStepSection id="guides" title="Pour aller plus loin" intro="Des guides sur vos thèmes prioritaires." count={next.guides.length}>
        <GuideList guides={next.guides} />
      </NextStepSection>
      <NextStepSection id="temoignage" title="Une entreprise comme la vôtre témoigne" count={next.testimonials.length}>
        <TestimonialList testimonials={next.testimonials} />
      </NextStepSection>
      {people}
      <NextStepSection
        id="aides"
        title="Des aides pour financer vos projets"
        intro="Les aides de votre région pour lesquelles votre entreprise pourrait être éligible : vérifiez les conditions sur chaque fiche."
        count={next.aids.length}
      >
        <AidList aids={next.aids} />
      </NextStepSection>
    </>
  );
}
