import { defineQuestionnaire } from './model.js';

/**
 * Version 1 of the questionnaire. A stored result keeps the version it was answered with: once put on
 * line, a version is never edited (a new wording, a new question or new points make a v2), so every
 * result stays readable and scored the way it was. Prices are indicative ranges seen for small
 * businesses, before tax.
 */
export const QUESTIONNAIRE_V1 = defineQuestionnaire({
  version: 'v1',
  publishedOn: '2026-01-15',
  levels: [
    {
      id: 'premiers-pas',
      label: 'Premiers pas',
      minScore: 0,
      message: 'Vous démarrez sur ce sujet : c’est là que de petites actions simples font le plus de différence.',
    },
    {
      id: 'en-route',
      label: 'En route',
      minScore: 25,
      message: 'Les bases sont là. Quelques habitudes de plus et vous passerez vite un cap.',
    },
    {
      id: 'bien-engage',
      label: 'Bien engagé',
      minScore: 50,
      message: 'Vous avez déjà de bons réflexes : quelques leviers bien choisis vous feront gagner du temps et des clients.',
    },
    {
      id: 'confirme',
      label: 'Confirmé',
      minScore: 70,
      message: 'Vous maîtrisez l’essentiel : vous pouvez viser des usages plus avancés.',
    },
    {
      id: 'moteur',
      label: 'Moteur',
      minScore: 88,
      message: 'Vous êtes en avance : votre expérience peut inspirer d’autres entreprises de votre territoire.',
    },
  ],
  themes: [
    {
      theme: 'visibilite',
      intro: 'Comment vos clients vous trouvent-ils sur internet ?',
      questions: [
        {
          id: 'visibilite-site',
          kind: 'single',
          label: 'Votre entreprise a-t-elle un site internet ?',
          hint: 'Un site, même d’une seule page, fait par vous ou par un professionnel.',
          answers: [
            { id: 'non', label: 'Non', points: 0 },
            { id: 'page-reseau', label: 'Non, mais une page sur un réseau social ou dans un annuaire en tient lieu', points: 1 },
            { id: 'pas-a-jour', label: 'Oui, mais il n’est plus vraiment à jour', points: 2 },
            { id: 'a-jour', label: 'Oui, il est à jour', points: 3 },
            { id: 'a-jour-mobile', label: 'Oui, il est à jour et facile à lire sur un téléphone', points: 4 },
          ],
        },
        {
          id: 'visibilite-fiche',
          kind: 'single',
          label:
            'Quand on cherche votre entreprise sur une carte en ligne ou un moteur de recherche, trouve-t-on une fiche avec votre adresse, vos horaires et votre téléphone ?',
          hint: 'Par exemple la fiche d’établissement de Google, d’Apple Plans ou de Bing.',
          answers: [
            { id: 'ne-sais-pas', label: 'Je ne sais pas', points: 0 },
            { id: 'non', label: 'Non, pas à ma connaissance', points: 0 },
            { id: 'oui-pas-geree', label: 'Oui, mais je ne m’en occupe pas', points: 1 },
            { id: 'oui-a-jour', label: 'Oui, je la tiens à jour', points: 2 },
            { id: 'oui-avis', label: 'Oui, je la tiens à jour et je réponds aux avis des clients', points: 3 },
          ],
        },
        {
          id: 'visibilite-reseaux',
          kind: 'single',
          label: 'Publiez-vous sur les réseaux sociaux au nom de votre entreprise ?',
          hint: 'Facebook, Instagram, LinkedIn, TikTok…',
          answers: [
            { id: 'non', label: 'Non', points: 0 },
            { id: 'rarement', label: 'Rarement, quelques fois par an', points: 1 },
            { id: 'mois', label: 'Régulièrement, au moins une fois par mois', points: 2 },
            { id: 'semaine', label: 'Chaque semaine, en préparant mes publications à l’avance', points: 3 },
          ],
        },
        {
          id: 'visibilite-adresse-mail',
          kind: 'single',
          label: 'Quelle adresse e-mail utilisez-vous pour votre entreprise ?',
          answers: [
            { id: 'aucune', label: 'Nous n’avons pas d’adresse e-mail pour l’entreprise', points: 0 },
            { id: 'personnelle', label: 'Mon adresse personnelle', hint: 'Par exemple prenom.nom@gmail.com ou …@orange.fr', points: 0 },
            {
              id: 'gratuite',
              label: 'Une adresse au nom de l’entreprise chez une messagerie gratuite',
              hint: 'Par exemple boulangerie.martin@gmail.com',
              points: 1,
            },
            {
              id: 'domaine',
              label: 'Une adresse à notre propre nom de domaine',
              hint: 'Par exemple contact@boulangerie-martin.fr',
              points: 3,
            },
          ],
        },
      ],
      actions: [
        {
          title: 'Créer ou mettre à jour votre fiche sur les cartes en ligne',
          description:
            'Adresse, horaires, téléphone, quelques photos : c’est souvent la première chose que voient vos clients. Répondez aussi aux avis, même aux critiques, avec courtoisie.',
          prices: [{ from: 0, to: 0, per: 'unique' }],
        },
        {
          title: 'Avoir un site simple, lisible sur téléphone',
          description:
            'Une page suffit pour commencer : ce que vous faites, où, quand et comment vous joindre. Vous pouvez le faire vous-même avec un outil de création en ligne, ou le confier à un professionnel.',
          prices: [
            { label: 'avec un outil de création en ligne', from: 10, to: 30, per: 'mois' },
            { label: 'réalisé par un professionnel', from: 1000, to: 3000, per: 'unique' },
          ],
        },
        {
          title: 'Réserver un nom de domaine en .fr et une adresse e-mail à ce nom',
          description:
            'Une adresse comme contact@votre-entreprise.fr inspire confiance et vous appartient, même si vous changez de fournisseur.',
          prices: [
            { label: 'le nom de domaine', from: 5, to: 15, per: 'an' },
            { label: 'la messagerie, par adresse', from: 1, to: 6, per: 'mois' },
          ],
        },
      ],
    },
    {
      theme: 'vente-en-ligne',
      intro: 'Vos clients peuvent-ils commander, réserver et payer facilement, y compris à distance ?',
      questions: [
        {
          id: 'vente-canaux',
          kind: 'multiple',
          label: 'Comment vos clients peuvent-ils commander ou réserver sans se déplacer ?',
          hint: 'Cochez tout ce qui s’applique.',
          maxPoints: 5,
          answers: [
            { id: 'site', label: 'Sur notre propre site', hint: 'Boutique en ligne ou réservation en ligne', points: 3 },
            {
              id: 'plateforme',
              label: 'Sur une plateforme ou une place de marché',
              hint: 'Par exemple Leboncoin, Etsy, Amazon, Booking, Doctolib, Uber Eats…',
              points: 2,
            },
            { id: 'messagerie', label: 'Par messagerie ou sur les réseaux sociaux', hint: 'WhatsApp, Messenger, Instagram…', points: 1 },
            { id: 'telephone', label: 'Par téléphone ou par e-mail', points: 1 },
            { id: 'aucun', label: 'Ils ne peuvent pas commander à distance', points: 0, exclusive: true },
          ],
        },
        {
          id: 'vente-paiement',
          kind: 'multiple',
          label: 'Quels moyens de paiement acceptez-vous ?',
          hint: 'Cochez tout ce qui s’applique.',
          maxPoints: 4,
          answers: [
            { id: 'especes-cheques', label: 'Espèces ou chèques', points: 0 },
            { id: 'carte', label: 'Carte bancaire, y compris sans contact', points: 2 },
            { id: 'virement', label: 'Virement', points: 1 },
            { id: 'en-ligne', label: 'Paiement en ligne', hint: 'Sur votre site ou par un lien de paiement envoyé au client', points: 2 },
          ],
        },
        {
          id: 'vente-prix',
          kind: 'single',
          label: 'Vos prix, vos produits ou vos disponibilités peuvent-ils être consultés en ligne ?',
          answers: [
            { id: 'non', label: 'Non, il faut nous contacter', points: 0 },
            { id: 'en-partie', label: 'En partie', points: 1 },
            { id: 'oui', label: 'Oui, et ils sont tenus à jour', points: 2 },
          ],
        },
        {
          id: 'vente-part',
          kind: 'single',
          label: 'Quelle part de votre chiffre d’affaires vient de commandes ou de réservations passées à distance ?',
          hint: 'Par internet, téléphone ou messagerie. Une estimation suffit.',
          answers: [
            { id: 'ne-sais-pas', label: 'Je ne sais pas', points: 0 },
            { id: 'aucune', label: 'Aucune', points: 0 },
            { id: 'moins-10', label: 'Moins de 10 %', points: 1 },
            { id: '10-30', label: 'Entre 10 et 30 %', points: 2 },
            { id: 'plus-30', label: 'Plus de 30 %', points: 3 },
          ],
        },
      ],
      actions: [
        {
          title: 'Accepter la carte bancaire et le paiement par lien',
          description:
            'Un terminal de paiement au comptoir, et des liens de paiement à envoyer par e-mail ou SMS pour les acomptes et les commandes à distance.',
          prices: [
            { label: 'le terminal, à l’achat', from: 30, to: 300, per: 'unique' },
            { label: 'ou en location', from: 10, to: 30, per: 'mois' },
          ],
          priceNote: 'Plus une commission sur chaque paiement, le plus souvent entre 0,5 et 2 %.',
        },
        {
          title: 'Ouvrir une petite boutique ou un module de réservation en ligne',
          description:
            'Commencez par quelques produits ou services phares, avec le retrait sur place ou la livraison locale, avant d’élargir.',
          prices: [
            { label: 'solution clé en main', from: 20, to: 80, per: 'mois' },
            { label: 'réalisée par un professionnel', from: 2000, to: 8000, per: 'unique' },
          ],
        },
        {
          title: 'Tester une place de marché ou une plateforme de réservation',
          description:
            'Elle vous apporte des clients sans site à construire ; comparez les commissions et gardez un moyen de recontacter vos clients.',
          prices: [{ label: 'abonnement', from: 0, to: 40, per: 'mois' }],
          priceNote: 'Plus une commission sur chaque vente, souvent entre 5 et 20 %.',
        },
      ],
    },
    {
      theme: 'relation-client',
      intro: 'Comment gardez-vous le lien avec vos clients ?',
      questions: [
        {
          id: 'relation-fichier',
          kind: 'single',
          label: 'Où gardez-vous les coordonnées de vos clients ?',
          answers: [
            { id: 'nulle-part', label: 'Nulle part en particulier', points: 0 },
            { id: 'papier', label: 'Sur papier ou dans mon téléphone', points: 1 },
            { id: 'tableur', label: 'Dans un tableur', hint: 'Excel, LibreOffice, Google Sheets…', points: 2 },
            {
              id: 'logiciel',
              label: 'Dans un logiciel qui garde aussi l’historique des achats ou des échanges',
              hint: 'Logiciel de caisse, de gestion des clients ou de facturation',
              points: 3,
            },
          ],
        },
        {
          id: 'relation-contact',
          kind: 'multiple',
          label: 'Comment restez-vous en contact avec vos clients entre deux achats ?',
          hint: 'Cochez tout ce qui s’applique.',
          maxPoints: 4,
          answers: [
            { id: 'lettre', label: 'Une lettre d’information ou des e-mails', points: 2 },
            { id: 'messages', label: 'Des SMS ou des messages', hint: 'WhatsApp ou autre messagerie', points: 1 },
            { id: 'reseaux', label: 'Les réseaux sociaux', points: 1 },
            { id: 'fidelite', label: 'Un programme de fidélité', hint: 'Carte, points, remises pour les habitués', points: 1 },
            { id: 'aucun', label: 'Je ne les recontacte pas', points: 0, exclusive: true },
          ],
        },
        {
          id: 'relation-donnees',
          kind: 'single',
          label: 'Connaissez-vous les règles à respecter avec les données de vos clients ?',
          hint: 'Ce que vous pouvez garder, combien de temps, et l’accord à demander avant d’envoyer des offres (le RGPD).',
          answers: [
            { id: 'non', label: 'Non, pas vraiment', points: 0 },
            { id: 'idee', label: 'J’en ai une idée générale', points: 1 },
            { id: 'accord', label: 'Oui : je demande l’accord de mes clients avant de leur envoyer des offres', points: 2 },
            {
              id: 'a-jour',
              label: 'Oui : je demande leur accord et je supprime les données dont je n’ai plus besoin',
              points: 3,
            },
          ],
        },
      ],
      actions: [
        {
          title: 'Rassembler vos contacts clients à un seul endroit',
          description:
            'Un tableur bien tenu suffit pour commencer ; un logiciel de gestion des clients garde en plus l’historique des achats et des échanges.',
          prices: [
            { label: 'un tableur', from: 0, to: 0, per: 'unique' },
            { label: 'un logiciel, par utilisateur', from: 10, to: 30, per: 'mois' },
          ],
        },
        {
          title: 'Envoyer une lettre d’information à ceux qui l’ont demandée',
          description:
            'Une fois par mois ou par saison : nouveautés, conseils, offres. Un outil d’envoi gère les inscriptions et les désinscriptions pour vous.',
          prices: [{ label: 'outil d’envoi', from: 0, to: 30, per: 'mois' }],
        },
        {
          title: 'Demander l’avis de vos clients et y répondre',
          description:
            'Un petit mot après un achat pour inviter à laisser un avis, et une réponse à chacun : c’est gratuit et cela rassure les futurs clients.',
          prices: [{ from: 0, to: 0, per: 'unique' }],
        },
      ],
    },
    {
      theme: 'gestion',
      intro: 'Vos outils vous font-ils gagner du temps au quotidien ?',
      questions: [
        {
          id: 'gestion-facturation',
          kind: 'single',
          label: 'Comment faites-vous vos devis et vos factures ?',
          answers: [
            { id: 'papier', label: 'À la main, sur papier', points: 0 },
            { id: 'tableur', label: 'Avec un traitement de texte ou un tableur', points: 1 },
            { id: 'logiciel', label: 'Avec un logiciel ou une application de facturation', points: 3 },
            { id: 'relie', label: 'Avec un logiciel relié à ma comptabilité ou à ma banque', points: 4 },
          ],
        },
        {
          id: 'gestion-outils',
          kind: 'multiple',
          label: 'Quels outils numériques utilisez-vous pour gérer votre activité ?',
          hint: 'Cochez tout ce qui s’applique.',
          maxPoints: 3,
          answers: [
            { id: 'caisse', label: 'Une caisse enregistreuse ou un logiciel de caisse', points: 1 },
            { id: 'stocks', label: 'Un suivi des stocks ou des commandes', points: 1 },
            { id: 'agenda', label: 'Un agenda partagé ou la prise de rendez-vous en ligne', points: 1 },
            {
              id: 'compta',
              label: 'Un logiciel de comptabilité, ou un espace en ligne partagé avec mon expert-comptable',
              points: 1,
            },
            { id: 'planning', label: 'Un planning des équipes ou des congés', points: 1 },
            { id: 'aucun', label: 'Aucun de ces outils', points: 0, exclusive: true },
          ],
        },
        {
          id: 'gestion-ressaisie',
          kind: 'single',
          label: 'Vous arrive-t-il de recopier la même information à plusieurs endroits ?',
          hint: 'Par exemple une commande recopiée dans la facture, puis dans la comptabilité.',
          answers: [
            { id: 'souvent', label: 'Souvent', points: 0 },
            { id: 'parfois', label: 'De temps en temps', points: 1 },
            { id: 'rarement', label: 'Rarement : mes outils se transmettent les informations', points: 2 },
          ],
        },
        {
          id: 'gestion-chiffres',
          kind: 'single',
          label: 'Pouvez-vous connaître vos chiffres clés quand vous en avez besoin ?',
          hint: 'Ventes, trésorerie, factures impayées…',
          answers: [
            { id: 'fin-annee', label: 'Non, je les découvre surtout avec mon comptable', points: 0 },
            { id: 'calcul', label: 'Oui, mais je dois les calculer moi-même', points: 1 },
            { id: 'outils', label: 'Oui, mes outils me les donnent à tout moment', points: 2 },
          ],
        },
      ],
      actions: [
        {
          title: 'Passer à un logiciel de facturation prêt pour la facture électronique',
          description:
            'Devis transformés en factures en un clic, relances des impayés, et bientôt l’envoi et la réception des factures électroniques obligatoires entre entreprises.',
          prices: [{ from: 0, to: 30, per: 'mois' }],
        },
        {
          title: 'Relier votre caisse, vos stocks et votre comptabilité',
          description:
            'Chaque vente met à jour le stock et arrive chez votre comptable sans être recopiée : moins d’erreurs et des chiffres à jour.',
          prices: [{ label: 'logiciel de caisse ou de gestion', from: 30, to: 80, per: 'mois' }],
        },
        {
          title: 'Proposer la prise de rendez-vous ou la réservation en ligne',
          description: 'Vos clients réservent à toute heure, reçoivent un rappel, et vous décrochez moins souvent le téléphone.',
          prices: [{ from: 0, to: 50, per: 'mois' }],
        },
      ],
    },
    {
      theme: 'donnees-securite',
      intro: 'Vos données et vos outils sont-ils à l’abri d’une panne, d’une erreur ou d’un piratage ?',
      questions: [
        {
          id: 'securite-sauvegarde',
          kind: 'single',
          label: 'Vos fichiers importants sont-ils sauvegardés ?',
          hint: 'Factures, fichier clients, comptabilité, photos de vos réalisations…',
          answers: [
            { id: 'non', label: 'Non, ou je ne sais pas', points: 0 },
            { id: 'manuelle', label: 'Oui, de temps en temps, sur une clé USB ou un disque dur', points: 1 },
            { id: 'automatique', label: 'Oui, automatiquement, dans un service en ligne', points: 2 },
            {
              id: 'verifiee',
              label: 'Oui, automatiquement, avec une copie hors de mes locaux que j’ai déjà essayé de récupérer',
              points: 3,
            },
          ],
        },
        {
          id: 'securite-acces',
          kind: 'single',
          label: 'Comment protégez-vous l’accès à vos comptes importants (banque, messagerie, site) ?',
          answers: [
            { id: 'meme', label: 'Avec le même mot de passe, ou presque, pour plusieurs comptes', points: 0 },
            { id: 'differents', label: 'Avec des mots de passe différents, notés quelque part', points: 1 },
            {
              id: 'gestionnaire',
              label: 'Avec des mots de passe différents, gardés dans un gestionnaire de mots de passe',
              hint: 'Une application qui retient vos mots de passe pour vous',
              points: 2,
            },
            {
              id: 'double',
              label: 'Avec un gestionnaire de mots de passe et un code de confirmation reçu sur mon téléphone',
              hint: 'On parle de double authentification',
              points: 3,
            },
          ],
        },
        {
          id: 'securite-mises-a-jour',
          kind: 'single',
          label: 'Les mises à jour de vos ordinateurs, téléphones et logiciels sont-elles faites ?',
          answers: [
            { id: 'repoussees', label: 'Rarement, je les repousse', points: 0 },
            { id: 'parfois', label: 'Quand j’y pense', points: 1 },
            { id: 'automatiques', label: 'Oui, automatiquement ou dès qu’elles sont proposées', points: 2 },
          ],
        },
        {
          id: 'securite-incident',
          kind: 'single',
          label: 'Sauriez-vous quoi faire en cas d’arnaque ou de piratage ?',
          hint: 'Un faux message de votre banque, un compte piraté, un ordinateur bloqué…',
          answers: [
            { id: 'non', label: 'Non', points: 0 },
            { id: 'vague', label: 'J’en ai une vague idée', points: 1 },
            { id: 'oui', label: 'Oui, je sais qui appeler et quoi faire en premier', points: 2 },
          ],
        },
      ],
      actions: [
        {
          title: 'Sauvegarder automatiquement, avec une copie hors de vos locaux',
          description:
            'Une sauvegarde qui se fait toute seule, une copie ailleurs qu’au bureau (en ligne ou sur un disque emporté), et un essai de récupération de temps en temps.',
          prices: [
            { label: 'stockage en ligne', from: 5, to: 20, per: 'mois' },
            { label: 'ou un disque externe', from: 60, to: 150, per: 'unique' },
          ],
        },
        {
          title: 'Utiliser un gestionnaire de mots de passe et la double authentification',
          description:
            'Un mot de passe différent pour chaque compte, retenu par l’application, et un code reçu sur votre téléphone pour la banque et la messagerie.',
          prices: [{ label: 'par utilisateur', from: 0, to: 5, per: 'mois' }],
        },
        {
          title: 'Faire vérifier la sécurité de vos outils par un professionnel',
          description:
            'Un prestataire fait le tour de vos appareils, comptes et sauvegardes, et vous laisse une liste de points à corriger par ordre d’importance.',
          prices: [{ from: 500, to: 2000, per: 'unique' }],
        },
      ],
    },
    {
      theme: 'strategie-competences',
      intro: 'Quelle place le numérique a-t-il dans vos projets, et comment vous y formez-vous ?',
      questions: [
        {
          id: 'strategie-projets',
          kind: 'single',
          label: 'Le numérique a-t-il une place dans vos projets pour l’entreprise ?',
          answers: [
            { id: 'pas-le-temps', label: 'Pas vraiment, je n’ai pas le temps d’y penser', points: 0 },
            { id: 'y-pense', label: 'J’y pense, sans plan précis', points: 1 },
            { id: 'projets', label: 'J’ai un ou deux projets identifiés pour cette année', points: 2 },
            { id: 'plan', label: 'J’ai un plan, avec un budget et des étapes', points: 3 },
          ],
        },
        {
          id: 'strategie-formation',
          kind: 'single',
          label: 'Vous ou vos salariés êtes-vous formés aux outils numériques que vous utilisez ?',
          answers: [
            { id: 'non', label: 'Non, on se débrouille', points: 0 },
            { id: 'tutoriels', label: 'Avec quelques tutoriels ou vidéos', points: 1 },
            { id: 'formation', label: 'Oui, au moins une formation ces deux dernières années', points: 2 },
            { id: 'regulierement', label: 'Oui, on se forme régulièrement', points: 3 },
          ],
        },
        {
          id: 'strategie-accompagnement',
          kind: 'single',
          label: 'Connaissez-vous les accompagnements et les aides pour le numérique des petites entreprises ?',
          hint: 'Conseillers des chambres de commerce ou de métiers, aides de votre région, formations financées…',
          answers: [
            { id: 'non', label: 'Non', points: 0 },
            { id: 'entendu', label: 'J’en ai entendu parler', points: 1 },
            { id: 'renseigne', label: 'Oui, je me suis déjà renseigné', points: 2 },
            { id: 'beneficie', label: 'Oui, j’en ai déjà bénéficié', points: 3 },
          ],
        },
        {
          id: 'strategie-ia',
          kind: 'single',
          label: 'Utilisez-vous des outils d’intelligence artificielle dans votre travail ?',
          hint: 'Par exemple pour rédiger un texte, résumer un document ou répondre à un client.',
          answers: [
            { id: 'non', label: 'Non, et je ne vois pas encore à quoi ils me serviraient', points: 0 },
            { id: 'envie', label: 'Non, mais j’aimerais essayer', points: 1 },
            { id: 'parfois', label: 'Oui, de temps en temps', points: 2 },
            { id: 'encadre', label: 'Oui, régulièrement, en faisant attention aux informations que j’y mets', points: 3 },
          ],
        },
      ],
      actions: [
        {
          title: 'Choisir deux ou trois priorités pour l’année avec un conseiller',
          description:
            'Un échange d’une heure ou deux avec un conseiller de votre chambre consulaire ou un activateur suffit souvent à savoir par quoi commencer.',
          prices: [{ from: 0, to: 1500, per: 'unique' }],
          priceNote: 'Le premier rendez-vous est souvent gratuit.',
        },
        {
          title: 'Vous former, ou former un salarié, à un outil qui compte',
          description:
            'Une formation courte, en ligne ou en groupe, sur l’outil qui vous ferait gagner le plus de temps.',
          prices: [{ from: 0, to: 500, per: 'unique' }],
          priceNote:
            'Souvent prise en charge par le fonds de formation dont vous dépendez (votre opérateur de compétences, ou le fonds des indépendants).',
        },
        {
          title: 'Essayer un assistant d’intelligence artificielle pour vos écrits',
          description:
            'Brouillons de messages, descriptions de produits, résumés : testez sur des tâches sans données confidentielles, et relisez toujours.',
          prices: [{ from: 0, to: 25, per: 'mois' }],
        },
      ],
    },
    {
      theme: 'international',
      intro: 'Vendez-vous, ou aimeriez-vous vendre, hors de France ?',
      questions: [
        {
          id: 'international-projet',
          kind: 'single',
          label: 'Avez-vous des clients à l’étranger, ou le projet d’en avoir ?',
          answers: [
            {
              id: 'pas-concerne',
              label: 'Non, ce n’est pas dans mes projets',
              hint: 'Vous pourrez laisser les deux questions suivantes sans réponse.',
              points: 0,
              excludesTheme: true,
            },
            { id: 'y-pense', label: 'Pas encore, mais j’y pense', points: 0 },
            { id: 'quelques', label: 'Oui, quelques-uns, sans démarche particulière', points: 1 },
            { id: 'regulier', label: 'Oui, c’est une part régulière de mon activité', points: 2 },
          ],
        },
        {
          id: 'international-langues',
          kind: 'single',
          label: 'Vos clients étrangers peuvent-ils lire vos informations dans leur langue ?',
          hint: 'Votre site, vos fiches produits, vos conditions de vente.',
          answers: [
            { id: 'non', label: 'Non, tout est en français', points: 0 },
            { id: 'en-partie', label: 'En partie', points: 1 },
            { id: 'oui', label: 'Oui, au moins en anglais', points: 2 },
          ],
        },
        {
          id: 'international-outils',
          kind: 'multiple',
          label: 'Pour vendre ou vous faire connaître à l’étranger, utilisez-vous…',
          hint: 'Cochez tout ce qui s’applique.',
          maxPoints: 3,
          answers: [
            { id: 'plateforme', label: 'Une place de marché présente dans d’autres pays', points: 1 },
            { id: 'livraison', label: 'Une livraison et des prix adaptés à l’étranger', hint: 'Frais de port, devises, TVA', points: 1 },
            { id: 'conseils', label: 'Des conseils sur les marchés étrangers', hint: 'Par exemple ceux de Team France Export', points: 1 },
            { id: 'publicite', label: 'Des publicités ou des publications visant d’autres pays', points: 1 },
            { id: 'aucun', label: 'Rien de tout cela pour l’instant', points: 0, exclusive: true },
          ],
        },
      ],
      actions: [
        {
          title: 'Traduire vos pages principales',
          description:
            'Présentation, produits phares et conditions de vente en anglais, puis dans la langue de votre premier marché : confiez au moins la relecture à un traducteur.',
          prices: [{ label: 'par un traducteur, pour un petit site', from: 300, to: 1500, per: 'unique' }],
        },
        {
          title: 'Tester la vente à l’étranger sur une place de marché européenne',
          description:
            'Une façon de mesurer l’intérêt pour vos produits avant d’adapter votre site, vos prix et votre livraison.',
          prices: [{ label: 'abonnement', from: 0, to: 40, per: 'mois' }],
          priceNote: 'Plus une commission sur chaque vente.',
        },
        {
          title: 'Vous faire conseiller par Team France Export',
          description:
            'Le service public d’accompagnement à l’export aide à choisir un premier pays et à préparer l’offre ; votre chambre de commerce vous met en relation.',
          prices: [{ label: 'premier échange', from: 0, to: 0, per: 'unique' }],
          priceNote: 'Les prestations suivantes sont payantes selon vos besoins, et souvent aidées par votre région.',
        },
      ],
    },
    {
      theme: 'numerique-responsable',
      intro: 'Votre numérique est-il économe et durable ?',
      questions: [
        {
          id: 'responsable-equipement',
          kind: 'single',
          label: 'Quand un ordinateur ou un téléphone de l’entreprise devient lent ou tombe en panne, que faites-vous le plus souvent ?',
          answers: [
            { id: 'neuf', label: 'Je le remplace par un appareil neuf', points: 0 },
            { id: 'garde', label: 'Je le garde aussi longtemps que possible', points: 1 },
            { id: 'repare', label: 'Je le fais réparer ou améliorer avant de penser à le remplacer', points: 2 },
            { id: 'reconditionne', label: 'Je le fais réparer, et j’achète du reconditionné quand il faut le remplacer', points: 3 },
          ],
        },
        {
          id: 'responsable-fin-de-vie',
          kind: 'single',
          label: 'Que deviennent vos anciens appareils ?',
          answers: [
            { id: 'placard', label: 'Ils restent dans un placard, ou partent à la poubelle', points: 0 },
            { id: 'collecte', label: 'Je les dépose dans un point de collecte', points: 1 },
            { id: 'seconde-vie', label: 'Je les donne ou les revends pour qu’ils servent encore, après avoir effacé les données', points: 2 },
          ],
        },
        {
          id: 'responsable-habitudes',
          kind: 'multiple',
          label: 'Parmi ces habitudes, lesquelles avez-vous déjà prises ?',
          hint: 'Cochez tout ce qui s’applique.',
          maxPoints: 3,
          answers: [
            { id: 'eteindre', label: 'Éteindre les appareils et la box le soir ou le week-end', points: 1 },
            { id: 'tri', label: 'Faire régulièrement le tri dans ses e-mails et ses fichiers en ligne', points: 1 },
            { id: 'prestataires', label: 'Choisir des prestataires attentifs à leur impact', hint: 'Hébergeur, fournisseur de matériel…', points: 1 },
            {
              id: 'accessible',
              label: 'Rendre son site ou ses documents faciles à utiliser par tous, y compris par les personnes handicapées',
              points: 1,
            },
            { id: 'aucune', label: 'Aucune pour l’instant', points: 0, exclusive: true },
          ],
        },
      ],
      actions: [
        {
          title: 'Acheter du matériel reconditionné',
          description:
            'Un ordinateur ou un téléphone remis en état par un professionnel, garanti, pour bien moins cher qu’un neuf.',
          prices: [
            { label: 'un ordinateur portable', from: 200, to: 600, per: 'unique' },
            { label: 'un téléphone', from: 100, to: 400, per: 'unique' },
          ],
        },
        {
          title: 'Faire réparer avant de remplacer',
          description:
            'Une batterie, un écran ou un disque changés redonnent souvent plusieurs années à un appareil.',
          prices: [{ from: 50, to: 200, per: 'unique' }],
        },
        {
          title: 'Prendre quelques habitudes sobres',
          description:
            'Éteindre le soir, trier ses fichiers en ligne, garder ses appareils plus longtemps : c’est gratuit et cela réduit aussi vos factures.',
          prices: [{ from: 0, to: 0, per: 'unique' }],
        },
      ],
    },
  ],
  tips: [
    {
      id: 'adresse-a-votre-nom',
      when: { question: 'visibilite-adresse-mail', anyOf: ['aucune', 'personnelle', 'gratuite'] },
      title: 'Une adresse e-mail au nom de votre entreprise',
      text:
        'Réservez un nom de domaine en .fr (par exemple votre-entreprise.fr) auprès d’un bureau d’enregistrement : comptez de 5 à 15 € par an. La plupart proposent aussi la messagerie, de 1 à 6 € par mois et par adresse, pour créer contact@votre-entreprise.fr. Le nom de domaine reste à vous même si vous changez de fournisseur.',
      link: { href: 'https://www.afnic.fr/', label: 'Choisir un nom de domaine en .fr (Afnic)' },
    },
    {
      id: 'fiche-etablissement',
      when: { question: 'visibilite-fiche', anyOf: ['ne-sais-pas', 'non', 'oui-pas-geree'] },
      title: 'Votre fiche sur les cartes en ligne, gratuitement',
      text:
        'Cherchez le nom de votre entreprise sur les cartes en ligne. Si une fiche existe, demandez à la gérer ; sinon, créez-la. Vérifiez l’adresse, les horaires (jours fériés compris) et le téléphone, et ajoutez quelques photos.',
    },
    {
      id: 'premier-site',
      when: { question: 'visibilite-site', anyOf: ['non', 'page-reseau'] },
      title: 'Un site d’une page suffit pour commencer',
      text:
        'Ce que vous faites, où, quand et comment vous joindre, avec quelques photos : c’est ce que vos clients cherchent d’abord. Un outil de création en ligne permet de le faire en une journée.',
    },
    {
      id: 'paiement-carte',
      when: { question: 'vente-paiement', noneOf: ['carte', 'en-ligne'] },
      title: 'Accepter la carte, même sans terminal',
      text:
        'Des applications transforment votre téléphone en terminal de paiement, et les liens de paiement permettent d’encaisser un acompte à distance. Comparez les commissions avant de choisir.',
    },
    {
      id: 'consentement-clients',
      when: { question: 'relation-donnees', anyOf: ['non', 'idee'] },
      title: 'Demander l’accord avant d’envoyer des offres',
      text:
        'Pour écrire des offres par e-mail ou SMS à des particuliers, il faut en principe leur accord préalable (une case à cocher non cochée d’avance), et chaque message doit permettre de se désinscrire. La CNIL publie des fiches pratiques pour les petites entreprises.',
      link: { href: 'https://www.cnil.fr/', label: 'Les fiches pratiques de la CNIL' },
    },
    {
      id: 'facture-electronique',
      when: { question: 'gestion-facturation', anyOf: ['papier', 'tableur'] },
      title: 'La facture électronique arrive',
      text:
        'Entre entreprises, toutes devront pouvoir recevoir des factures électroniques à partir du 1er septembre 2026, et les TPE et PME devront en émettre à partir du 1er septembre 2027. Un logiciel de facturation relié à une plateforme agréée vous y prépare.',
    },
    {
      id: 'sauvegarde',
      when: { question: 'securite-sauvegarde', anyOf: ['non', 'manuelle'] },
      title: 'Une sauvegarde qui se fait toute seule',
      text:
        'Gardez trois exemplaires de vos fichiers importants, sur deux supports différents, dont un hors de vos locaux. Une panne, un vol ou un virus ne vous coûteront alors que quelques heures.',
    },
    {
      id: 'mots-de-passe',
      when: { question: 'securite-acces', anyOf: ['meme', 'differents'] },
      title: 'Des mots de passe différents, sans avoir à les retenir',
      text:
        'Un gestionnaire de mots de passe les crée et les retient pour vous. Activez aussi la double authentification sur votre banque et votre messagerie : un pirate qui a votre mot de passe ne peut alors pas entrer.',
      link: { href: 'https://www.cybermalveillance.gouv.fr/', label: 'Les conseils de Cybermalveillance.gouv.fr' },
    },
    {
      id: 'que-faire-si-piratage',
      when: { question: 'securite-incident', anyOf: ['non', 'vague'] },
      title: 'En cas d’arnaque ou de piratage',
      text:
        'Cybermalveillance.gouv.fr, le service public dédié, vous aide gratuitement à comprendre ce qui se passe, à réagir et à trouver un prestataire près de chez vous. Gardez son adresse à portée de main.',
      link: { href: 'https://www.cybermalveillance.gouv.fr/', label: 'Cybermalveillance.gouv.fr' },
    },
    {
      id: 'ia-donnees',
      when: { question: 'strategie-ia', anyOf: ['parfois'] },
      title: 'L’intelligence artificielle, sans vos données confidentielles',
      text:
        'Ne mettez dans un outil d’intelligence artificielle en ligne ni données de vos clients ni informations confidentielles, sauf si son contrat garantit qu’elles ne sont ni gardées ni réutilisées. Relisez toujours ce qu’il produit.',
    },
    {
      id: 'accompagnement',
      when: { question: 'strategie-accompagnement', anyOf: ['non', 'entendu'] },
      title: 'Vous n’êtes pas seul',
      text:
        'Chambres de commerce et de métiers, conseillers, régions : beaucoup d’accompagnements sont gratuits ou aidés. Un activateur de votre territoire peut vous orienter ; vous pouvez l’accepter plus bas sur cette page.',
    },
    {
      id: 'reconditionne',
      when: { question: 'responsable-equipement', anyOf: ['neuf'] },
      title: 'Le reconditionné, moins cher et garanti',
      text:
        'Un appareil reconditionné par un professionnel coûte souvent 30 à 50 % de moins qu’un neuf et reste garanti au moins un an.',
    },
  ],
});
