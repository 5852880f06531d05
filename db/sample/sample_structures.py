"""Structures of the sample catalogue (hand-written content, read by build_sample.py).

Every structure is fictional except the France Travail agencies, whose name, address and
coordinates are taken at build time from the shared list of the Gard's agencies (``safir``).
Nîmes structures are placed on a real Tango stop (``stop``); the others near their
commune's interior point. Contacts are never given.
"""

from __future__ import annotations

from typing import Any

NIMES = "30189"

H_FT = "Mo-Fr 08:30-12:30; PH off"
H_OFFICE = "Mo-Fr 08:30-12:30,13:30-17:00; PH off"
H_ASSO = "Mo-Th 09:00-12:00,14:00-17:30; Fr 09:00-12:00; PH off"
H_MORNINGS = "Mo-Fr 09:00-12:00; PH off"
H_CRECHE = "Mo-Fr 07:30-18:30; PH off"


def structure(
    slug: str,
    nom: str | None,
    insee: str,
    code_postal: str | None,
    adresse: str | None,
    horaires: str,
    description: str,
    *,
    stop: str | None = None,
    complement: str | None = None,
    reseaux: list[str] | None = None,
    safir: str | None = None,
    qpv: str | None = None,
    verified: bool | None = None,
) -> dict[str, Any]:
    return {
        "slug": slug,
        "nom": nom,
        "code_insee": insee,
        "code_postal": code_postal,
        "adresse": adresse,
        "complement_adresse": complement,
        "horaires_accueil": horaires,
        "description": description,
        "stop": stop,
        "reseaux_porteurs": reseaux,
        "safir": safir,
        "qpv": qpv,
        "verified": verified,
    }


STRUCTURES: list[dict[str, Any]] = [
    # --- France Travail agencies (real public bodies; name and address from the shared list)
    structure(
        "ft-nimes-courbessac",
        None,
        NIMES,
        None,
        None,
        H_FT,
        "Agence France Travail de l'est de Nîmes. Elle accueille les demandeurs d'emploi pour "
        "l'inscription, l'indemnisation et l'accompagnement vers l'emploi ou la formation. "
        "L'agence de rattachement dépend de l'adresse du domicile ; l'après-midi, l'accueil se "
        "fait surtout sur rendez-vous.",
        safir="30022",
        reseaux=["france-travail"],
    ),
    structure(
        "ft-nimes-7-collines",
        None,
        NIMES,
        None,
        None,
        H_FT,
        "Agence France Travail installée au parc Georges Besse. Elle accompagne les demandeurs "
        "d'emploi dans leur recherche, leurs projets de formation et leurs démarches. L'agence "
        "de rattachement dépend de l'adresse du domicile.",
        safir="30631",
        reseaux=["france-travail"],
    ),
    structure(
        "ft-nimes-saint-cesaire",
        None,
        NIMES,
        None,
        None,
        H_FT,
        "Agence France Travail de l'ouest de Nîmes, avenue Kennedy. Elle accueille les "
        "demandeurs d'emploi pour l'inscription, le suivi et les ateliers de recherche d'emploi. "
        "L'agence de rattachement dépend de l'adresse du domicile.",
        safir="30670",
        reseaux=["france-travail"],
    ),
    # --- Nîmes (fictional structures)
    structure(
        "pole-jeunesse-horizon",
        "Pôle Jeunesse Horizon 16-25",
        NIMES,
        "30900",
        "6 allée des Micocouliers",
        H_OFFICE,
        "Lieu d'accueil des jeunes de 16 à 25 ans au cœur de Pissevin. Une équipe de "
        "conseillers aide à trouver un emploi, une formation, un logement ou une solution de "
        "transport. On peut venir sans rendez-vous le matin.",
        stop="PISSEVIN",
        qpv="QP030003",
    ),
    structure(
        "parcours-emploi-garrigues",
        "Parcours Emploi Garrigues",
        NIMES,
        "30000",
        "21 rue des Aubépines",
        H_ASSO,
        "Association d'accompagnement renforcé vers l'emploi des personnes qui en sont éloignées "
        "depuis longtemps, notamment les allocataires du RSA. Chaque participant a un référent "
        "unique qui le suit jusqu'à six mois après la reprise d'emploi.",
        stop="CLOS D'ORVILLE",
        qpv="QP030005",
        complement="1er étage",
    ),
    structure(
        "ecole-du-rebond",
        "École du Rebond des Costières",
        NIMES,
        "30900",
        "3 impasse des Lauriers-Roses",
        H_OFFICE,
        "École pour les jeunes de 16 à 25 ans sortis du système scolaire sans diplôme. Le "
        "parcours alterne remise à niveau, projet professionnel et stages en entreprise. Les "
        "entrées ont lieu plusieurs fois dans l'année.",
        stop="VALDEGOUR",
        qpv="QP030003",
    ),
    structure(
        "atelier-numerique-garrigues",
        "Atelier Numérique des Garrigues",
        NIMES,
        "30900",
        "14 place des Cigales",
        "Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00; PH off",
        "Espace public numérique de quartier avec des ordinateurs en libre accès, une "
        "imprimante et des médiateurs numériques. On y apprend à se servir d'un ordinateur ou "
        "d'un smartphone et on y fait ses démarches en ligne avec de l'aide.",
        stop="VALDEGOUR",
        qpv="QP030003",
        reseaux=["espaces-publics-numeriques"],
    ),
    structure(
        "maison-des-langues-gambetta",
        "Maison des Langues Gambetta",
        NIMES,
        "30000",
        "9 rue du Cadereau",
        H_ASSO,
        "Association d'apprentissage du français pour les adultes, du tout premier niveau "
        "jusqu'au français utilisé au travail. Les cours ont lieu en petits groupes, le matin "
        "ou en soirée. Un test de niveau est proposé à l'inscription.",
        stop="GAMBETTA-COUPOLE",
        qpv="QP030004",
    ),
    structure(
        "lire-ecrire-compter-richelieu",
        "Association Lire Écrire Compter Richelieu",
        NIMES,
        "30000",
        "27 rue des Tanneurs",
        "Mo-Th 09:00-12:00,14:00-17:00; PH off",
        "Association qui accompagne les adultes qui ont été scolarisés en France mais qui ont "
        "du mal à lire, à écrire ou à compter. L'accueil est discret et bienveillant, sans "
        "examen d'entrée. Les ateliers se font en petits groupes.",
        stop="PORTE D'ALES",
        qpv="QP030004",
    ),
    structure(
        "plateforme-mobilite-vistre",
        "Plateforme Mobilité Solidaire du Vistre",
        NIMES,
        "30000",
        "112 chemin des Canaux",
        H_OFFICE,
        "Plateforme d'aide à la mobilité pour les personnes en recherche d'emploi ou en "
        "formation. Elle fait le point sur les besoins de déplacement, loue des scooters, "
        "aide à financer le permis et apprend à utiliser les transports en commun.",
        stop="ROUTE D'ARLES",
    ),
    structure(
        "auto-ecole-volant-solidaire",
        "Auto-école sociale Le Volant Solidaire",
        NIMES,
        "30000",
        "5 rue des Saladelles",
        "Mo-Fr 09:00-12:00,13:30-18:00; Sa 09:00-12:00; PH off",
        "Auto-école associative pour les personnes qui ont besoin du permis pour travailler et "
        "pour qui une auto-école classique ne convient pas. Les cours sont adaptés au rythme de "
        "chacun et le prix tient compte des ressources.",
        stop="MAS DE MINGUE",
        qpv="QP030006",
    ),
    structure(
        "creche-petits-pas",
        "Crèche à vocation d'insertion Les Petits Pas",
        NIMES,
        "30900",
        "2 allée des Arbousiers",
        H_CRECHE,
        "Crèche de quartier qui réserve une partie de ses places aux parents qui cherchent un "
        "emploi ou suivent une formation. Les enfants sont accueillis de 10 semaines à 3 ans. "
        "Le tarif dépend des revenus de la famille.",
        stop="PISSEVIN T2",
        qpv="QP030003",
        reseaux=["creches-avip"],
    ),
    structure(
        "emploi-accompagne-garrigues",
        "Service Emploi Accompagné Garrigues et Costières",
        NIMES,
        "30000",
        "40 rue des Tilleuls",
        H_OFFICE,
        "Service d'accompagnement dans l'emploi des personnes en situation de handicap. Un job "
        "coach aide à trouver un poste, prépare l'employeur et reste présent après l'embauche. "
        "L'entrée se fait sur décision de la MDPH.",
        stop="GEORGES BESSE",
        complement="Bâtiment C",
    ),
    structure(
        "espace-conseil-handicap",
        "Espace Conseil Handicap Nîmes Centre",
        NIMES,
        "30000",
        "18 rue de la Pépinière",
        "Mo,Tu,Th 09:00-12:30,14:00-17:00; We 09:00-12:30; PH off",
        "Lieu d'information et d'aide sur le handicap : dossier MDPH, reconnaissance de "
        "travailleur handicapé, droits et aménagements au travail. L'équipe aide à remplir les "
        "formulaires et à réunir les justificatifs.",
        stop="JAURES",
    ),
    structure(
        "atelier-creation-activite",
        "Atelier Création d'Activité Mont Duplan",
        NIMES,
        "30000",
        "33 rue des Genêts",
        "Mo-Fr 09:00-12:30,14:00-18:00; PH off",
        "Association d'aide à la création d'entreprise pour les personnes qui veulent créer "
        "leur propre emploi. Elle informe, aide à construire le projet et permet de tester son "
        "activité avant de se lancer.",
        stop="MONT DUPLAN",
    ),
    structure(
        "centre-bilan-tour-magne",
        "Centre de Bilan et d'Orientation Tour Magne",
        NIMES,
        "30000",
        "7 rue des Acacias",
        "Mo-Fr 09:00-12:00,13:30-18:00; PH off",
        "Centre d'orientation professionnelle pour les adultes : bilans de compétences, "
        "découverte des métiers, accompagnement à la validation des acquis de l'expérience. "
        "Les rendez-vous peuvent avoir lieu en soirée.",
        stop="TOUR MAGNE",
    ),
    structure(
        "chantier-vert-garrigue",
        "Chantier d'insertion Vert Garrigue",
        NIMES,
        "30000",
        "Chemin du Mas des Oliviers",
        "Mo-Fr 08:00-12:00,13:00-16:00; PH off",
        "Atelier et chantier d'insertion dans l'entretien des espaces verts et des sentiers. Les "
        "salariés en insertion travaillent en équipe et sont accompagnés pour leur projet "
        "professionnel pendant leur contrat.",
        stop="BEAUCAIRE",
        qpv="QP030007",
        reseaux=["aci"],
    ),
    structure(
        "espace-budget-oliviers",
        "Espace Budget et Droits des Oliviers",
        NIMES,
        "30000",
        "11 rue des Pins d'Alep",
        H_ASSO,
        "Association d'aide au budget et à l'accès aux droits. Elle aide à faire le point sur "
        "les dépenses, à éviter les dettes, à préparer un dossier de surendettement et à "
        "demander les aides auxquelles on a droit.",
        stop="OLIVIERS",
        qpv="QP030008",
    ),
    structure(
        "espace-sante-nimes-est",
        "Espace Santé Prévention Nîmes Est",
        NIMES,
        "30000",
        "52 avenue des Mûriers",
        "Mo-Fr 08:30-12:30,13:30-17:30; PH off",
        "Centre de prévention et d'orientation santé : bilans de santé, ouverture des droits, "
        "écoute psychologique et aide sur les addictions. Les professionnels orientent ensuite "
        "vers les médecins et les services adaptés.",
        stop="MAS DE VILLE",
    ),
    structure(
        "toit-et-tremplin",
        "Association Toit et Tremplin",
        NIMES,
        "30000",
        "8 rue des Platanes",
        H_MORNINGS,
        "Association pour l'accès au logement des jeunes et des personnes en reprise d'emploi. "
        "Elle informe sur les démarches, aide à chercher un logement et propose quelques "
        "solutions d'hébergement temporaire.",
        stop="GARE FEUCHERES",
    ),
    structure(
        "tri-et-services",
        "Entreprise d'insertion Tri et Services",
        NIMES,
        "30900",
        "Zone des Cyprès, 4 rue de la Durance",
        "Mo-Fr 07:30-12:00,13:00-15:30; PH off",
        "Entreprise d'insertion spécialisée dans le tri, le reconditionnement et la logistique. "
        "Elle embauche des personnes éloignées de l'emploi pour une durée limitée et les "
        "prépare à un emploi durable.",
        stop="VILLE ACTIVE",
        reseaux=["ei"],
    ),
    structure(
        "groupement-alternance-batiment",
        "Groupement Alternance Bâtiment Garrigues",
        NIMES,
        "30000",
        "15 rue des Tamaris",
        "Mo-Th 08:30-12:00,13:30-17:00; Fr 08:30-12:00; PH off",
        "Groupement d'entreprises du bâtiment qui recrute et forme en alternance. Il embauche "
        "des personnes sans expérience, organise la formation et les accompagne dans plusieurs "
        "entreprises adhérentes.",
        stop="GEORGES BESSE 3",
    ),
    structure(
        "formation-pro-costieres",
        "Centre de Formation Professionnelle des Costières",
        NIMES,
        "30900",
        "60 avenue des Lavandes",
        "Mo-Fr 08:00-12:30,13:30-17:00; PH off",
        "Organisme de formation pour les adultes : propreté, aide à domicile, logistique, "
        "restauration et compétences numériques. Les formations sont le plus souvent financées "
        "pour les demandeurs d'emploi.",
        stop="COSTIERES PARNASSE",
    ),
    structure(
        "cercle-emploi-femmes",
        "Cercle Emploi Femmes Planas",
        NIMES,
        "30000",
        "24 rue des Glycines",
        "Mo,Tu,Th 09:00-12:00,14:00-17:00; PH off",
        "Association qui aide les femmes à retrouver un emploi, en particulier après une longue "
        "période sans travail. Elle propose un club de recherche d'emploi, du parrainage et "
        "des ateliers pour reprendre confiance.",
        stop="PLANAS",
    ),
    structure(
        "carrefour-decouverte-metiers",
        "Carrefour Découverte des Métiers",
        NIMES,
        "30900",
        "19 rue des Figuiers",
        "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
        "Lieu de découverte des métiers et des secteurs qui recrutent autour de Nîmes. On y "
        "rencontre des professionnels, on visite des entreprises et on fait le point sur ses "
        "goûts et ses compétences.",
        stop="CAPOUCHINE",
    ),
    # --- other communes of Nîmes Métropole (fictional structures)
    structure(
        "carrefour-emploi-saint-gillois",
        "Carrefour Emploi Saint-Gillois",
        "30258",
        "30800",
        "4 rue des Saladelles",
        H_OFFICE,
        "Point d'accueil emploi de proximité pour les habitants de Saint-Gilles. On y est aidé "
        "pour le CV, les candidatures, les emplois saisonniers et les démarches en ligne.",
        stop="SABATOT",
        qpv="QP030009",
    ),
    structure(
        "langues-savoirs-petite-camargue",
        "Atelier Langues et Savoirs de la Petite Camargue",
        "30258",
        "30800",
        "10 rue des Flamants",
        "Mo,We 09:00-12:00; Tu,Th 09:00-12:00,14:00-16:30; PH off",
        "Association d'apprentissage du français et des savoirs de base à Saint-Gilles. Les "
        "ateliers sont gratuits et ouverts aux adultes de tous niveaux, y compris ceux qui "
        "n'ont jamais été à l'école.",
    ),
    structure(
        "tiers-lieu-garriguettes",
        "Tiers-lieu numérique Les Garriguettes",
        "30156",
        "30320",
        "2 avenue des Capitelles",
        "Tu-Fr 09:30-12:30,14:00-18:00; Sa 09:30-12:30; PH off",
        "Tiers-lieu de Marguerittes avec un espace numérique, des ateliers et un coworking "
        "solidaire. Des médiateurs aident les habitants à utiliser les outils numériques au "
        "quotidien et pour chercher un emploi.",
        reseaux=["espaces-publics-numeriques"],
    ),
    structure(
        "relais-mobilite-costieres-est",
        "Relais Mobilité Costières Est",
        "30155",
        "30129",
        "17 rue des Vendanges",
        "Mo-Fr 08:30-12:00,14:00-17:30; PH off",
        "Association de Manduel qui loue des voitures à petit prix aux personnes qui reprennent "
        "un emploi ou une formation. Elle conseille aussi pour l'achat d'un véhicule et son "
        "financement.",
    ),
    structure(
        "atelier-confiance-rebond",
        "Atelier Confiance et Rebond",
        "30169",
        "30540",
        "8 chemin des Oliviers",
        "Mo,Tu,Th,Fr 09:00-12:00,13:30-16:30; PH off",
        "Association de remobilisation pour les personnes isolées ou découragées. Activités en "
        "groupe, sport adapté et bénévolat accompagné aident à reprendre un rythme et confiance "
        "en soi avant de penser à l'emploi.",
    ),
    structure(
        "halte-garderie-petits-cailloux",
        "Halte-garderie Les Petits Cailloux",
        "30047",
        "30230",
        "3 place de la Fontaine",
        "Mo-Fr 08:00-18:00; PH off",
        "Halte-garderie associative de Bouillargues pour les enfants de 3 mois à 4 ans. Elle "
        "accueille les enfants quelques heures ou quelques jours par semaine, notamment pour "
        "permettre aux parents de faire leurs démarches.",
    ),
    structure(
        "garage-solidaire-costieres",
        "Garage Solidaire des Costières",
        "30060",
        "30132",
        "Zone artisanale, 9 rue des Forgerons",
        "Mo-Fr 08:00-12:00,13:30-17:30; PH off",
        "Garage associatif qui répare les véhicules à prix réduit pour les personnes aux revenus "
        "modestes. Il propose aussi des ateliers d'entretien et vend quelques voitures "
        "d'occasion révisées.",
    ),
    structure(
        "club-emploi-garons",
        "Club Emploi Garons Aéroport",
        "30125",
        "30128",
        "1 rue des Hirondelles",
        "Mo-Th 09:00-12:00,14:00-17:00; PH off",
        "Club emploi tourné vers les entreprises de la zone aéroportuaire et logistique. Il "
        "organise des rencontres avec les employeurs et prépare aux métiers qui recrutent "
        "près de Garons.",
    ),
    structure(
        "navette-solidaire-costieres",
        "Navette Solidaire des Costières",
        "30128",
        "30510",
        "5 rue du Moulin",
        "Mo-Fr 09:00-12:00; PH off",
        "Association de transport solidaire : des chauffeurs bénévoles conduisent les personnes "
        "sans voiture vers un entretien, une formation, un rendez-vous médical ou administratif. "
        "La réservation se fait au moins deux jours avant.",
    ),
    structure(
        "evs-capitelles",
        "Espace de Vie Sociale Les Capitelles",
        "30036",
        "30620",
        "12 rue des Écoles",
        "Mo,Tu,Th,Fr 09:00-12:00,14:00-18:00; We 09:00-12:00; PH off",
        "Espace de vie sociale de Bernis ouvert à tous les habitants. On y trouve des "
        "activités pour les familles, des ateliers numériques et des sorties pour rompre "
        "l'isolement.",
    ),
    structure(
        "vaunage-emploi-services",
        "Vaunage Emploi Services",
        "30075",
        "30820",
        "6 rue des Micocouliers",
        "Mo,We,Fr 08:30-12:00; Tu,Th 08:30-12:00,14:00-17:00; PH off",
        "Association intermédiaire qui propose des missions de travail chez des particuliers, "
        "des associations et des entreprises de la Vaunage. Les salariés sont accompagnés pour "
        "construire leur projet professionnel.",
        reseaux=["ai"],
    ),
    structure(
        "atelier-numerique-vaunage",
        "Atelier Numérique Vaunage",
        "30082",
        "30870",
        "Place de la Bascule",
        "Tu,Th 09:00-12:00; We 14:00-17:00",
        "Atelier associatif d'initiation au numérique à Clarensac. Des bénévoles formés "
        "accompagnent les débutants, notamment les plus âgés, pour utiliser un ordinateur, "
        "une tablette ou un smartphone.",
    ),
    structure(
        "chantier-terres-langlade",
        "Chantier Terres de Langlade",
        "30138",
        "30980",
        "Chemin des Jardins",
        "Mo-Fr 08:00-12:00,13:00-15:30; PH off",
        "Chantier d'insertion en maraîchage biologique. Les salariés cultivent des légumes "
        "vendus en paniers et sont accompagnés pour leurs démarches et leur projet "
        "professionnel.",
        reseaux=["aci"],
    ),
    structure(
        "relais-demarches-gardonnenque",
        "Relais Démarches Gardonnenque",
        "30061",
        "30190",
        "4 place de l'Église",
        "Mo,We,Fr 09:00-12:00; Tu,Th 09:00-12:00,14:00-17:00; PH off",
        "Point d'accueil de proximité pour les démarches administratives et l'accès aux droits "
        "dans les villages de la Gardonnenque. Un agent aide à utiliser les services en ligne "
        "et à préparer les dossiers.",
    ),
    structure(
        "deux-roues-gardonnenque",
        "Association Deux-Roues Gardonnenque",
        "30241",
        "30190",
        "15 route de Nîmes",
        "Mo,We,Fr 09:00-12:00,14:00-17:00; PH off",
        "Association de location de scooters et de vélos électriques pour les habitants des "
        "villages mal desservis. Elle prépare aussi les jeunes au permis AM.",
    ),
    structure(
        "espace-formation-malgoires",
        "Espace Formation Malgoirès",
        "30255",
        "30190",
        "9 avenue de la Gare",
        "Mo-Fr 08:30-12:30,13:30-17:00; PH off",
        "Organisme de formation de proximité : bureautique, remise à niveau et préparation à "
        "l'entrée en formation qualifiante. Les groupes sont petits et les horaires compatibles "
        "avec les transports scolaires.",
    ),
    structure(
        "relais-petite-enfance-garrigues",
        "Relais Petite Enfance des Garrigues",
        "30112",
        "30730",
        "2 rue du Lavoir",
        "Mo,Tu,Th 09:00-12:00,13:30-17:00; PH off",
        "Service d'information des familles sur les modes de garde des jeunes enfants dans les "
        "villages autour de Fons. Il aide à trouver une assistante maternelle et explique les "
        "aides et les démarches.",
    ),
    structure(
        "atelier-bois-garrigues",
        "Atelier Bois Insertion Garrigues",
        "30206",
        "30320",
        "Chemin de la Carrière",
        "Mo-Fr 08:00-12:00,13:00-16:00; PH off",
        "Atelier d'insertion en menuiserie : fabrication de mobilier et rénovation. Les "
        "salariés apprennent un métier manuel, encadrés par un chef d'atelier, et préparent "
        "leur suite de parcours.",
        reseaux=["aci"],
    ),
    structure(
        "parents-relais-costieres",
        "Parents Relais Costières",
        "30211",
        "30129",
        "7 rue des Mimosas",
        "Mo-Fr 09:00-12:00,14:00-17:00",
        "Association de garde d'enfants à domicile en horaires décalés, tôt le matin, le soir "
        "et le samedi. Elle aide les parents qui travaillent en horaires atypiques ou qui "
        "reprennent un emploi rapidement.",
    ),
    structure(
        "trajectoires-bilan",
        "Coopérative Trajectoires Bilan",
        "30356",
        "30230",
        "11 rue des Vignes",
        "Mo-Fr 09:00-12:00,14:00-18:30; PH off",
        "Coopérative de conseillers en évolution professionnelle à Rodilhan. Elle propose des "
        "bilans, des accompagnements de reconversion et des entretiens en visioconférence.",
    ),
    structure(
        "ressourcerie-grenier-solidaire",
        "Ressourcerie Le Grenier Solidaire",
        "30317",
        "30210",
        "Route de Remoulins",
        "We-Sa 09:30-12:30,14:00-18:00",
        "Ressourcerie qui collecte, répare et revend à petit prix des objets, des vêtements, "
        "de l'électroménager et des ordinateurs reconditionnés. Certaines ventes sont réservées "
        "aux personnes orientées par un travailleur social.",
        reseaux=["ressourceries"],
    ),
    structure(
        "fabrique-des-garrigues",
        "La Fabrique des Garrigues",
        "30281",
        "30730",
        "1 place du Marché",
        "Tu-Fr 09:00-12:30,14:00-18:00; PH off",
        "Tiers-lieu rural de Saint-Mamert-du-Gard : espace numérique, permanences emploi et "
        "ateliers de découverte de l'artisanat. Il évite aux habitants des villages de devoir "
        "se rendre à Nîmes pour chaque démarche.",
        reseaux=["fabrique-de-territoire"],
    ),
    structure(
        "epicerie-panier-gervasien",
        "Épicerie Solidaire Le Panier Gervasien",
        "30257",
        "30320",
        "3 rue des Aires",
        "Tu 14:00-18:00; Fr 09:00-12:00",
        "Épicerie solidaire de Saint-Gervasy ouverte aux ménages aux revenus modestes, sur "
        "orientation. Elle propose aussi des ateliers sur le budget et la cuisine économique.",
    ),
    structure(
        "cap-mobilite-vaunage",
        "Association Cap Mobilité Vaunage",
        "30245",
        "30870",
        "5 rue de la Vaunage",
        "Mo,Tu,Th 09:00-12:30,14:00-17:00; PH off",
        "Association de mobilité des villages de la Vaunage : conseil, covoiturage solidaire "
        "vers Nîmes et prêt de vélos à assistance électrique.",
    ),
    structure(
        "bus-numerique-garrigues",
        "Bus Numérique des Garrigues",
        "30228",
        "30190",
        "Place de la Mairie",
        "We 09:00-12:00,14:00-17:00",
        "Atelier numérique itinérant installé dans un minibus équipé d'ordinateurs et d'une "
        "connexion internet. Il tient une permanence par semaine à Sainte-Anastasie et passe "
        "dans les petits villages du nord de la métropole.",
    ),
    structure(
        "relais-emploi-villages",
        "Relais Emploi des Villages",
        "30145",
        "30210",
        "6 rue du Puits",
        "Mo-Th 09:00-12:00,14:00-17:00; PH off",
        "Service emploi itinérant pour les habitants des villages de l'est de la métropole. "
        "Une conseillère tient des permanences à Lédenon, Bezouce, Cabrières et Sernhac pour "
        "éviter les déplacements jusqu'à Nîmes.",
    ),
    structure(
        "atelier-couture-vaunage",
        "Atelier Couture Solidaire de la Vaunage",
        "30249",
        "30980",
        "2 chemin des Mûriers",
        "Mo,Th 14:00-17:30",
        "Atelier de couture associatif de Saint-Dionisy. Il réunit des personnes qui veulent "
        "sortir de l'isolement, apprendre à coudre et, pour certaines, découvrir les métiers "
        "de la retouche et de la confection.",
    ),
    structure(
        "garrigues-sport-insertion",
        "Garrigues Sport Insertion",
        "30057",
        "30210",
        "Stade municipal, chemin des Pins",
        "Tu,Th 14:00-18:00; We 09:00-12:00",
        "Association qui utilise le sport pour remobiliser des jeunes et des adultes éloignés "
        "de l'emploi. Les séances collectives sont suivies d'entretiens individuels et de "
        "rencontres avec des employeurs.",
    ),
]
