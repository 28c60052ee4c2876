import type { PageContext } from '../../ui/context.js';
import { ContentPage, Section } from '../../ui/ContentPage.js';
import { SITE_MAP, SITE_MAP_SECTIONS } from '../../ui/sitemap.js';

export function SiteMapPage({ ctx }: { ctx: PageContext }) {
  return (
    <ContentPage ctx={ctx} title="Plan du site" description={`Toutes les pages publiques du site ${ctx.site.name}.`}>
      {SITE_MAP_SECTIONS.map((section) => {
        const entries = SITE_MAP.filter((entry) => entry.section === section.id);
        if (entries.length === 0) return null;
        return (
          <Section id={`plan-${section.id}`} title={section.title}>
            <ul>
              {entries.map((entry) => (
                <li>
                  <a href={entry.href}>{entry.label}</a>
                </li>
              ))}
            </ul>
          </Section>
        );
      })}
    </ContentPage>
  );
}
