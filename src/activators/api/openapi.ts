// The public API's description (OpenAPI 3.1), served as JSON and rendered as the /api/docs page: one
// document, so the page can never describe something the API does not do.
import { THEME_SLUGS } from '../../themes/index.js';
import { DIRECTORY_KINDS } from '../kinds.js';
import { SECTORS } from '../../sectors/index.js';
import { API_PAGE_SIZE, MAX_PAGE, PLACE_MAX_LENGTH, RADIUS_MAX_KM, RADIUS_MIN_KM, DEFAULT_RADIUS_KM, TEXT_MAX_LENGTH } from '../directory/filters.js';

type Json = Record<string, unknown>;

const errorResponse = {
  description: 'Paramètre refusé : le message, en français, nomme le paramètre.',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Erreur' } } },
};

const filterParameters = [
  { $ref: '#/components/parameters/lieu' },
  { $ref: '#/components/parameters/rayon' },
  { $ref: '#/components/parameters/theme' },
  { $ref: '#/components/parameters/type' },
  { $ref: '#/components/parameters/secteur' },
  { $ref: '#/components/parameters/q' },
];

export function openApiDocument(publicUrl: string, siteName: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: `API publique de ${siteName}`,
      version: '1.0.0',
      description:
        'Annuaire des activateurs qui accompagnent les TPE et PME dans le numérique : recherche par lieu, rayon, thème, type, secteur et texte libre. Les activateurs institutionnels n’y figurent jamais. Réponses en JSON, sans authentification.',
      license: { name: 'Licence Ouverte 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
    },
    servers: [{ url: publicUrl }],
    paths: {
      '/api/v1/activateurs': {
        get: {
          operationId: 'rechercherActivateurs',
          summary: 'Rechercher des activateurs',
          description: `Les mêmes filtres que la page « Trouver un accompagnement ». Avec un lieu, les résultats sont triés du plus proche au plus lointain et portent leur distance ; sans lieu, par nom. ${API_PAGE_SIZE} résultats par page.`,
          parameters: [...filterParameters, { $ref: '#/components/parameters/page' }],
          responses: {
            '200': {
              description: 'Une page de résultats.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Recherche' } } },
            },
            '400': errorResponse,
          },
        },
      },
      '/api/v1/activateurs/{slug}': {
        get: {
          operationId: 'lireActivateur',
          summary: 'Lire la fiche d’un activateur',
          parameters: [
            {
              name: 'slug',
              in: 'path',
              required: true,
              description: 'L’identifiant de la fiche, tel qu’il figure dans son adresse (prenom-nom, ou nom de l’entreprise).',
              schema: { type: 'string', pattern: '^[a-z0-9-]+$', maxLength: 120 },
            },
          ],
          responses: {
            '200': { description: 'La fiche.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Fiche' } } } },
            '404': {
              description: 'Aucune fiche publique à cette adresse.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Erreur' } } },
            },
          },
        },
      },
      '/api/v1/themes': {
        get: {
          operationId: 'listerThemes',
          summary: 'Lister les thèmes',
          description: 'Les thèmes d’intervention, communs à l’autodiagnostic et aux activateurs : la valeur `slug` est celle du filtre `theme`.',
          responses: {
            '200': {
              description: 'Les thèmes.',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['themes'], properties: { themes: { type: 'array', items: { $ref: '#/components/schemas/Theme' } } } },
                },
              },
            },
          },
        },
      },
      '/api/v1/communes': {
        get: {
          operationId: 'chercherCommunes',
          summary: 'Chercher une commune (autocomplétion)',
          description: 'Par code postal ou par nom (accents, casse et ponctuation ignorés), les plus pertinentes d’abord.',
          parameters: [
            { name: 'q', in: 'query', required: true, description: 'Code postal, début de code postal ou nom de commune.', schema: { type: 'string', minLength: 2, maxLength: 100 } },
            { name: 'limite', in: 'query', description: 'Nombre de communes (1 à 20).', schema: { type: 'integer', minimum: 1, maximum: 20, default: 10 } },
          ],
          responses: {
            '200': {
              description: 'Les communes trouvées.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['communes'],
                    properties: {
                      communes: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            code: { type: 'string' },
                            nom: { type: 'string' },
                            libelle: { type: 'string' },
                            codesPostaux: { type: 'array', items: { type: 'string' } },
                            departement: { type: 'object', properties: { code: { type: 'string' }, nom: { type: 'string' } } },
                            region: { type: 'object', properties: { code: { type: 'string' }, nom: { type: 'string' } } },
                            population: { type: 'integer' },
                            latitude: { type: 'number' },
                            longitude: { type: 'number' },
                            positionExacte: { type: 'boolean' },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
            '400': errorResponse,
          },
        },
      },
      '/api/v1/carte': {
        get: {
          operationId: 'pointsCarte',
          summary: 'Points de la carte d’une recherche',
          description:
            'Les activateurs d’une recherche regroupés par commune, placés en coordonnées de la carte de France du site (les offreurs de solutions ne figurent pas sur la carte). Sert à l’agrandissement de la carte dans le navigateur.',
          parameters: filterParameters,
          responses: {
            '200': { description: 'Les points.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Carte' } } } },
            '400': errorResponse,
          },
        },
      },
    },
    components: {
      parameters: {
        lieu: {
          name: 'lieu',
          in: 'query',
          description: 'Code postal (5 chiffres) ou nom de commune, éventuellement précédé du code postal (« 69003 Lyon 3e Arrondissement »).',
          schema: { type: 'string', maxLength: PLACE_MAX_LENGTH },
          example: '69003',
        },
        rayon: {
          name: 'rayon',
          in: 'query',
          description: `Rayon de recherche autour du lieu, en kilomètres (${DEFAULT_RADIUS_KM} par défaut). Sans lieu, il est sans effet.`,
          schema: { type: 'integer', minimum: RADIUS_MIN_KM, maximum: RADIUS_MAX_KM, default: DEFAULT_RADIUS_KM },
        },
        theme: {
          name: 'theme',
          in: 'query',
          description: 'Un thème d’intervention (voir /api/v1/themes).',
          schema: { type: 'string', enum: THEME_SLUGS },
        },
        type: {
          name: 'type',
          in: 'query',
          description: 'Le type d’activateur.',
          schema: { type: 'string', enum: DIRECTORY_KINDS },
        },
        secteur: {
          name: 'secteur',
          in: 'query',
          description: 'Un secteur d’activité servi, par sa lettre de section NAF (A à U).',
          schema: { type: 'string', enum: SECTORS.map((s) => s.code) },
        },
        q: {
          name: 'q',
          in: 'query',
          description: 'Texte libre cherché dans les noms, présentations et références (racines françaises, accents ignorés ; guillemets pour une expression, « - » pour exclure un mot).',
          schema: { type: 'string', maxLength: TEXT_MAX_LENGTH },
        },
        page: {
          name: 'page',
          in: 'query',
          description: 'Numéro de page, à partir de 1.',
          schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
        },
      },
      schemas: {
        Erreur: {
          type: 'object',
          required: ['erreur', 'statut'],
          properties: {
            erreur: { type: 'string', description: 'Le message, en français.' },
            statut: { type: 'integer' },
            champ: { type: 'string', description: 'Le (premier) paramètre refusé.' },
            erreurs: {
              type: 'array',
              items: { type: 'object', required: ['champ', 'message'], properties: { champ: { type: 'string' }, message: { type: 'string' } } },
            },
          },
        },
        Theme: {
          type: 'object',
          required: ['slug', 'libelle'],
          properties: { slug: { type: 'string', enum: THEME_SLUGS }, libelle: { type: 'string' } },
        },
        Commune: {
          type: ['object', 'null'],
          required: ['code', 'nom'],
          properties: { code: { type: ['string', 'null'], description: 'Code INSEE.' }, nom: { type: ['string', 'null'] } },
        },
        Resultat: {
          type: 'object',
          required: ['slug', 'url', 'nomAffiche', 'prenom', 'nom', 'structure', 'type', 'typeLibelle', 'themes', 'commune', 'codePostal', 'latitude', 'longitude', 'distanceKm', 'contactable'],
          properties: {
            slug: { type: 'string' },
            url: { type: 'string', format: 'uri', description: 'La fiche sur le site.' },
            nomAffiche: { type: 'string', description: 'Le nom de la personne, ou de l’entreprise pour un offreur de solutions.' },
            prenom: { type: 'string' },
            nom: { type: 'string' },
            structure: { type: ['string', 'null'] },
            type: { type: 'string', enum: DIRECTORY_KINDS },
            typeLibelle: { type: 'string' },
            themes: { type: 'array', items: { type: 'string', enum: THEME_SLUGS } },
            commune: { $ref: '#/components/schemas/Commune' },
            codePostal: { type: 'string' },
            latitude: { type: ['number', 'null'] },
            longitude: { type: ['number', 'null'] },
            distanceKm: { type: ['number', 'null'], description: 'Distance au lieu cherché, en km (une décimale) ; null sans lieu.' },
            contactable: { type: 'boolean', description: 'Peut recevoir une demande de contact par la plateforme.' },
            offresUrl: { type: ['string', 'null'], description: 'Le site où un offreur de solutions présente ses offres.' },
          },
        },
        Recherche: {
          type: 'object',
          required: ['total', 'page', 'pages', 'parPage', 'lieu', 'resultats'],
          properties: {
            total: { type: 'integer' },
            page: { type: 'integer' },
            pages: { type: 'integer' },
            parPage: { type: 'integer' },
            lieu: {
              type: ['object', 'null'],
              description: 'La commune autour de laquelle la recherche est faite.',
              properties: {
                code: { type: 'string' },
                nom: { type: 'string' },
                latitude: { type: 'number' },
                longitude: { type: 'number' },
                rayonKm: { type: 'integer' },
              },
            },
            resultats: { type: 'array', items: { $ref: '#/components/schemas/Resultat' } },
          },
        },
        Fiche: {
          allOf: [
            { $ref: '#/components/schemas/Resultat' },
            {
              type: 'object',
              properties: {
                presentation: { type: 'string' },
                references: { type: 'string' },
                secteurs: { type: 'array', items: { type: 'string' } },
                territoire: { type: 'array', items: { type: 'string' }, description: 'Codes des départements servis.' },
                departement: { type: ['string', 'null'] },
                region: { type: ['string', 'null'] },
                siteInternet: { type: ['string', 'null'] },
                reseauSocial: { type: ['string', 'null'] },
                videos: { type: 'array', items: { type: 'string' } },
              },
            },
          ],
        },
        Carte: {
          type: 'object',
          required: ['largeur', 'hauteur', 'points'],
          properties: {
            largeur: { type: 'number' },
            hauteur: { type: 'number' },
            points: {
              type: 'array',
              items: {
                type: 'object',
                required: ['x', 'y', 'nombre', 'commune', 'codePostal'],
                properties: {
                  x: { type: 'number' },
                  y: { type: 'number' },
                  nombre: { type: 'integer' },
                  commune: { type: ['string', 'null'] },
                  codePostal: { type: 'string' },
                  slug: { type: ['string', 'null'], description: 'La fiche, quand le point ne compte qu’un activateur.' },
                  nom: { type: ['string', 'null'] },
                },
              },
            },
          },
        },
      },
    },
  };
}
