"""Services of the sample catalogue outside Nîmes (hand-written content).

Same conventions as sample_services_nimes.py. The itinerant structures (Bus Numérique des
Garrigues, Relais Emploi des Villages) hold one service per village where they stop, with
``lieu`` giving the village.
"""

from __future__ import annotations

from typing import Any

from sample_common import (
    BULLETINS,
    CAF,
    CARNET_SANTE,
    CARTE_GRISE,
    CV,
    DIPLOMES,
    DOMICILE,
    EPCI,
    FT_ATT,
    ID,
    PERMIS,
    PRESCRIPTION,
    RESSOURCES,
    RIB,
    VITALE,
    service,
)

VAUNAGE = ["30075", "30082", "30138", "30245", "30249"]  # Caveirac, Clarensac, Langlade…
GARDONNENQUE = ["30061", "30102", "30180", "30224", "30228", "30241", "30255", "30313"]

SERVICES_COMMUNES: list[dict[str, Any]] = [
    # --- Carrefour Emploi Saint-Gillois (Saint-Gilles)
    service(
        "carrefour-emploi-saint-gillois",
        "saint-gilles-accueil-emploi",
        "Accueil emploi de proximité",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
        ],
        ["tous-publics"],
        "Accueil sans rendez-vous pour les habitants de Saint-Gilles qui cherchent un emploi : "
        "consultation des offres locales, aide pour postuler, orientation vers les bons "
        "interlocuteurs. Un conseiller reçoit aussi sur rendez-vous pour un suivi régulier.",
        pour="être aidé dans ma recherche d'emploi à Saint-Gilles",
        zone_eligibilite=["30258"],
        age_min=16,
        documents=[ID, CV],
        verified=True,
    ),
    service(
        "carrefour-emploi-saint-gillois",
        "saint-gilles-atelier-cv",
        "Atelier CV et lettre de motivation",
        "atelier",
        ["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"],
        ["tous-publics"],
        "Atelier pratique pour écrire ou refaire son CV sur ordinateur et préparer une lettre "
        "de motivation adaptée à une offre. On repart avec son CV imprimé et enregistré sur "
        "son téléphone ou dans sa boîte mail.",
        pour="faire mon CV",
        horaires_accueil="Tu 14:00-16:30",
        age_min=16,
        maj="2023-06-21",
    ),
    service(
        "carrefour-emploi-saint-gillois",
        "saint-gilles-saisonniers",
        "Emplois saisonniers agricoles : information et mise en relation",
        "information",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "choisir-un-metier--connaitre-les-opportunites-demploi",
        ],
        ["tous-publics"],
        "Information sur les emplois saisonniers dans les vergers, les vignes et les "
        "exploitations maraîchères de la Costière : périodes de recrutement, conditions de "
        "travail, transport. Les offres des exploitants sont affichées et transmises.",
        pour="trouver un emploi saisonnier agricole",
        age_min=18,
        zone_eligibilite=[EPCI],
        documents=[ID, VITALE, RIB],
    ),
    service(
        "carrefour-emploi-saint-gillois",
        "saint-gilles-demarches",
        "Aide aux démarches administratives",
        "accompagnement",
        [
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
            "numerique--acceder-a-des-services-en-ligne",
        ],
        ["tous-publics"],
        "Aide pour comprendre un courrier, remplir un formulaire, actualiser sa situation ou "
        "envoyer un document en ligne. Les démarches sont faites avec la personne, pour "
        "qu'elle garde la main sur ses comptes et ses mots de passe.",
        pour="être aidé pour mes papiers",
        horaires_accueil="Mo,Th 09:00-12:00",
        zone_eligibilite=["30258"],
        documents=[ID],
    ),
    # --- Atelier Langues et Savoirs de la Petite Camargue (Saint-Gilles)
    service(
        "langues-savoirs-petite-camargue",
        "petite-camargue-francais",
        "Ateliers de français pour adultes",
        "atelier",
        ["lecture-ecriture-calcul--maitriser-le-francais"],
        ["tous-publics"],
        "Ateliers de français oral et écrit pour les adultes qui arrivent en France ou qui "
        "n'ont pas appris à lire. Les groupes sont organisés par niveau, avec un accueil "
        "possible toute l'année quand il reste des places.",
        pour="apprendre le français",
        age_min=18,
        verified=True,
    ),
    service(
        "langues-savoirs-petite-camargue",
        "petite-camargue-numerique-facile",
        "Atelier numérique en français facile",
        "atelier",
        [
            "numerique--maitriser-les-fondamentaux-du-numerique",
            "lecture-ecriture-calcul--maitriser-le-francais",
        ],
        ["tous-publics"],
        "Atelier qui mêle français et numérique : comprendre les mots des écrans, utiliser "
        "son smartphone pour les démarches, envoyer un message. Il est pensé pour les "
        "personnes qui apprennent encore le français.",
        pour="apprendre à utiliser mon téléphone en français",
        horaires_accueil="Tu 14:00-16:30",
        age_min=16,
    ),
    service(
        "langues-savoirs-petite-camargue",
        "petite-camargue-parents-ecole",
        "Français pour suivre la scolarité de ses enfants",
        "atelier",
        [
            "famille--soutien-a-la-parentalite-et-a-leducation",
            "lecture-ecriture-calcul--maitriser-le-francais",
        ],
        ["familles"],
        "Atelier pour les parents qui apprennent le français : comprendre le carnet de "
        "correspondance, parler avec l'enseignant, suivre les devoirs. Une visite de l'école et "
        "une rencontre avec des enseignants sont prévues pendant l'année.",
        pour="participer à l'atelier français pour les parents",
        horaires_accueil="Th 14:00-16:30",
        maj="2024-01-15",
    ),
    # --- Tiers-lieu numérique Les Garriguettes (Marguerittes)
    service(
        "tiers-lieu-garriguettes",
        "garriguettes-acces-libre",
        "Espace numérique en accès libre",
        "aide-materielle",
        [
            "numerique--acceder-a-une-connexion-internet",
            "numerique--acceder-a-des-services-en-ligne",
        ],
        ["tous-publics"],
        "Ordinateurs, wifi, imprimante et scanner en libre accès, avec un médiateur présent "
        "pour aider si besoin. On peut y faire ses démarches, imprimer ses documents ou "
        "passer un entretien en visio dans une petite salle au calme.",
        pour="utiliser un ordinateur et internet",
        verified=True,
    ),
    service(
        "tiers-lieu-garriguettes",
        "garriguettes-smartphone",
        "Atelier smartphone : les applications utiles au quotidien",
        "atelier",
        [
            "numerique--maitriser-les-fondamentaux-du-numerique",
            "numerique--acceder-a-des-services-en-ligne",
        ],
        ["tous-publics"],
        "Atelier de quatre séances pour bien utiliser son smartphone : installer une "
        "application, sécuriser son téléphone, scanner un document, consulter ses comptes "
        "Ameli, CAF ou France Travail. Venir avec son propre téléphone chargé.",
        pour="apprendre à utiliser mon smartphone",
        horaires_accueil="Sa 10:00-12:00",
        age_min=16,
    ),
    service(
        "tiers-lieu-garriguettes",
        "garriguettes-coworking",
        "Coworking solidaire pour les demandeurs d'emploi",
        "aide-materielle",
        [
            "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
            "numerique--acceder-a-une-connexion-internet",
        ],
        ["demandeurs-emploi"],
        "Un poste de travail gratuit avec connexion, pour chercher un emploi dans un cadre "
        "calme et rencontrer d'autres personnes en recherche. Des petits-déjeuners emploi sont "
        "organisés une fois par mois avec des entreprises du secteur.",
        pour="utiliser le coworking solidaire",
        required_situations=["demandeur-emploi"],
        documents=[FT_ATT],
        maj="2025-03-24",
    ),
    # --- Relais Mobilité Costières Est (Manduel)
    service(
        "relais-mobilite-costieres-est",
        "costieres-est-voitures",
        "Location de voitures solidaires",
        "aide-materielle",
        ["mobilite--acceder-a-un-vehicule"],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux", "actifs"],
        "Location de petites voitures à prix réduit pendant un à trois mois, le temps de "
        "démarrer un emploi ou une formation et de trouver une solution durable. L'assurance "
        "est comprise ; l'entretien est fait par l'association.",
        pour="louer une voiture pour aller travailler",
        frais="payant",
        frais_precisions="8 € par jour, assurance comprise ; caution de 300 €.",
        conditions_acces="Permis B valide depuis au moins deux ans et justificatif d'emploi "
        "ou d'entrée en formation.",
        mobilisable_par=["professionnels"],
        age_min=20,
        prerequisites=["permis-b"],
        required_situations=["demandeur-emploi", "rsa", "salarie"],
        documents=[ID, PERMIS, DOMICILE, RIB, PRESCRIPTION],
        verified=True,
    ),
    service(
        "relais-mobilite-costieres-est",
        "costieres-est-microcredit",
        "Microcrédit pour acheter ou réparer un véhicule",
        "aide-financiere",
        ["mobilite--financer-ma-mobilite", "mobilite--acceder-a-un-vehicule"],
        ["demandeurs-emploi", "actifs", "beneficiaires-des-minimas-sociaux"],
        "Aide pour monter une demande de microcrédit quand la banque refuse un prêt classique : "
        "achat d'une voiture d'occasion, réparation importante, passage du permis. Le "
        "remboursement est calculé selon le budget de la personne.",
        pour="demander un microcrédit pour un véhicule",
        age_min=18,
        documents=[ID, RESSOURCES, RIB, "Devis du garage ou annonce du véhicule"],
    ),
    service(
        "relais-mobilite-costieres-est",
        "costieres-est-achat-occasion",
        "Bien acheter une voiture d'occasion",
        "atelier",
        ["mobilite--acceder-a-un-vehicule", "mobilite--etre-accompagne-dans-son-parcours-mobilite"],
        ["tous-publics"],
        "Atelier pour éviter les mauvaises surprises : budget total d'une voiture, points à "
        "vérifier, papiers à demander au vendeur, assurance. Un bénévole mécanicien peut "
        "accompagner la visite d'un véhicule avant l'achat.",
        pour="être conseillé pour acheter une voiture d'occasion",
        horaires_accueil="We 14:00-16:00",
        age_min=18,
        maj="2023-12-05",
    ),
    # --- Atelier Confiance et Rebond (Milhaud)
    service(
        "atelier-confiance-rebond",
        "rebond-ateliers-groupe",
        "Ateliers de remobilisation en groupe",
        "atelier",
        ["remobilisation--bien-etre-confiance-en-soi", "remobilisation--lien-social"],
        ["tous-publics"],
        "Programme de huit semaines, trois demi-journées par semaine : ateliers d'expression, "
        "cuisine, jardin, sorties culturelles et temps d'échange. Il aide à retrouver un "
        "rythme et l'envie de construire un projet, sans pression.",
        pour="participer aux ateliers de remobilisation",
        age_min=18,
        zone_eligibilite=[EPCI],
        documents=[PRESCRIPTION],
        verified=True,
    ),
    service(
        "atelier-confiance-rebond",
        "rebond-sport-adapte",
        "Activités sportives adaptées pour reprendre confiance",
        "atelier",
        [
            "remobilisation--activites-sportives-et-culturelles",
            "remobilisation--bien-etre-confiance-en-soi",
        ],
        ["tous-publics"],
        "Séances de marche, de gymnastique douce et de jeux collectifs, encadrées par un "
        "éducateur sportif. Aucune condition physique n'est demandée : l'objectif est de "
        "bouger, de rencontrer du monde et de se sentir mieux.",
        pour="participer aux activités sportives adaptées",
        horaires_accueil="Tu,Fr 09:30-11:30",
        age_min=18,
        documents=["Certificat médical d'aptitude au sport"],
    ),
    service(
        "atelier-confiance-rebond",
        "rebond-benevolat",
        "Bénévolat accompagné",
        "accompagnement",
        ["remobilisation--benevolat-action-citoyenne", "remobilisation--lien-social"],
        ["tous-publics"],
        "Aide pour trouver une mission de bénévolat dans une association du secteur et s'y "
        "sentir à l'aise, avec un point régulier. Le bénévolat permet de reprendre un rythme, "
        "de se sentir utile et de valoriser de nouvelles compétences.",
        pour="trouver une mission de bénévolat",
        age_min=16,
        maj="2024-09-10",
    ),
    # --- Halte-garderie Les Petits Cailloux (Bouillargues)
    service(
        "halte-garderie-petits-cailloux",
        "petits-cailloux-occasionnel",
        "Accueil occasionnel des enfants de 3 mois à 4 ans",
        "aide-materielle",
        ["famille--garde-denfants"],
        ["familles"],
        "Accueil de l'enfant à l'heure ou à la demi-journée, selon les places, pour souffler, "
        "faire ses démarches ou suivre un atelier. Une période d'adaptation courte est prévue "
        "pour que l'enfant découvre le lieu.",
        pour="faire garder mon enfant quelques heures",
        frais="payant",
        frais_precisions="Tarif horaire selon les revenus (barème CAF).",
        zone_eligibilite=["30047", "30060", "30356", "30125"],
        documents=[CARNET_SANTE, CAF, ID],
        verified=True,
    ),
    service(
        "halte-garderie-petits-cailloux",
        "petits-cailloux-places-emploi",
        "Places réservées aux parents en démarche d'emploi",
        "aide-materielle",
        ["famille--garde-denfants"],
        ["familles", "demandeurs-emploi"],
        "Quelques places sont réservées chaque semaine aux parents qui ont un entretien, une "
        "formation ou un nouvel emploi. La demande peut être faite la veille ; l'équipe "
        "cherche une solution même en cas d'urgence.",
        pour="réserver une place pour garder mon enfant pendant mes démarches",
        frais="payant",
        frais_precisions="Tarif horaire selon les revenus (barème CAF).",
        required_situations=["demandeur-emploi", "rsa", "parent-isole"],
        documents=[CARNET_SANTE, CAF, FT_ATT],
    ),
    # --- Garage Solidaire des Costières (Caissargues)
    service(
        "garage-solidaire-costieres",
        "garage-reparation",
        "Réparation de véhicule à tarif solidaire",
        "aide-materielle",
        ["mobilite--entretenir-reparer-son-vehicule"],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux", "actifs"],
        "Réparations et entretien au prix des pièces et d'une main-d'œuvre réduite, pour les "
        "personnes aux revenus modestes qui ont besoin de leur véhicule pour travailler. Un "
        "devis est fait avant toute intervention.",
        pour="faire réparer ma voiture à tarif solidaire",
        frais="payant",
        frais_precisions="Main-d'œuvre à 20 € de l'heure, pièces au prix coûtant ; adhésion "
        "de 10 € par an.",
        conditions_acces="Ressources modestes (quotient familial ou minima sociaux).",
        mobilisable_par=["professionnels", "usagers"],
        prerequisites=["vehicule"],
        documents=[CARTE_GRISE, ID, RESSOURCES],
        verified=True,
    ),
    service(
        "garage-solidaire-costieres",
        "garage-atelier-entretien",
        "Atelier apprendre à entretenir son véhicule",
        "atelier",
        ["mobilite--entretenir-reparer-son-vehicule"],
        ["tous-publics"],
        "Atelier collectif pour apprendre les gestes simples : niveaux, pression des pneus, "
        "changement d'une ampoule ou d'un essuie-glace, repérer un bruit anormal. On peut venir "
        "avec son propre véhicule pour s'exercer sur place.",
        pour="apprendre à entretenir ma voiture",
        horaires_accueil="Sa 09:00-12:00",
        age_min=16,
        maj="2024-04-02",
    ),
    service(
        "garage-solidaire-costieres",
        "garage-vente-occasion",
        "Vente de véhicules d'occasion révisés",
        "aide-materielle",
        ["mobilite--acceder-a-un-vehicule"],
        ["demandeurs-emploi", "actifs", "beneficiaires-des-minimas-sociaux"],
        "Vente de quelques voitures et scooters d'occasion entièrement révisés, avec une "
        "garantie de trois mois, réservée aux personnes qui en ont besoin pour travailler. "
        "Les prix sont bas et un paiement en plusieurs fois est possible.",
        pour="acheter un véhicule d'occasion révisé",
        frais="payant",
        frais_precisions="Véhicules de 1 500 € à 4 000 € environ.",
        mobilisable_par=["professionnels"],
        age_min=18,
        prerequisites=["permis-b"],
        documents=[ID, PERMIS, DOMICILE, PRESCRIPTION],
    ),
    # --- Club Emploi Garons Aéroport (Garons)
    service(
        "club-emploi-garons",
        "garons-job-dating",
        "Rencontres emploi logistique et aéroportuaire",
        "information",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "choisir-un-metier--connaitre-les-opportunites-demploi",
        ],
        ["tous-publics"],
        "Rencontres mensuelles avec les entreprises de la zone d'activités : préparateurs de "
        "commandes, agents de piste, agents de sûreté, chauffeurs. Venir avec plusieurs CV "
        "imprimés ; certains entretiens se font sur place.",
        pour="rencontrer les employeurs de la zone de Garons",
        horaires_accueil="Th 09:00-12:00",
        age_min=18,
        documents=[CV, ID],
        verified=True,
    ),
    service(
        "club-emploi-garons",
        "garons-prepa-logistique",
        "Préparation aux métiers de la logistique et du transport",
        "formation",
        [
            "se-former--trouver-sa-formation",
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
        ],
        ["demandeurs-emploi"],
        "Formation courte qui combine découverte des métiers, gestes et postures, sécurité et "
        "visite d'entrepôts, avant un recrutement ou une formation qualifiante. Un véhicule "
        "est conseillé car les horaires de travail commencent souvent très tôt.",
        pour="suivre la préparation aux métiers de la logistique",
        age_min=18,
        required_situations=["demandeur-emploi"],
        volume_horaire_hebdomadaire=30,
        nombre_semaines=4,
        sessions=[("2027-01-18", 12), ("2027-04-12", 12)],
        documents=[ID, FT_ATT, CV],
    ),
    service(
        "club-emploi-garons",
        "garons-recherche-proximite",
        "Accompagnement à la recherche d'emploi de proximité",
        "accompagnement",
        [
            "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
            "trouver-un-emploi--faire-des-candidatures-spontanees",
        ],
        ["demandeurs-emploi", "seniors"],
        "Suivi individuel pour chercher un emploi près de chez soi, dans les communes du sud "
        "de la métropole : repérage des entreprises, candidatures spontanées, relances. "
        "Particulièrement adapté aux personnes sans voiture.",
        pour="chercher un emploi près de chez moi",
        zone_eligibilite=["30125", "30128", "30036", "30169", "30060", "30047"],
        age_min=18,
        documents=[CV],
        maj="2025-01-20",
    ),
    # --- Navette Solidaire des Costières (Générac)
    service(
        "navette-solidaire-costieres",
        "navette-chauffeurs-benevoles",
        "Transport solidaire par des chauffeurs bénévoles",
        "aide-materielle",
        ["mobilite--mobilite-douce-partagee-collective"],
        ["tous-publics"],
        "Des chauffeurs bénévoles conduisent les personnes sans moyen de transport vers un "
        "rendez-vous médical, administratif ou professionnel. Il faut adhérer à l'association "
        "et réserver au moins deux jours à l'avance.",
        pour="réserver un trajet avec un chauffeur bénévole",
        frais="payant",
        frais_precisions="Adhésion de 5 € par an et participation de 0,35 € par kilomètre.",
        modes_mobilisation=["telephoner", "se-presenter"],
        zone_eligibilite=["30128", "30036", "30169", "30125", "30258"],
        verified=True,
    ),
    service(
        "navette-solidaire-costieres",
        "navette-transport-demande-emploi",
        "Transport à la demande vers un entretien ou une formation",
        "aide-materielle",
        [
            "mobilite--mobilite-douce-partagee-collective",
            "mobilite--etre-accompagne-dans-son-parcours-mobilite",
        ],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "Trajets gratuits en minibus vers un entretien d'embauche, une formation ou les "
        "premières semaines d'un nouvel emploi, pour les personnes suivies par un conseiller. "
        "Départ depuis le domicile ou un arrêt de bus proche.",
        pour="réserver un transport vers mon entretien ou ma formation",
        mobilisable_par=["professionnels"],
        required_situations=["demandeur-emploi", "rsa"],
        zone_eligibilite=["30128", "30036", "30169", "30125", "30258"],
        documents=[PRESCRIPTION, "Convocation à l'entretien ou à la formation"],
    ),
    # --- Espace de Vie Sociale Les Capitelles (Bernis)
    service(
        "evs-capitelles",
        "capitelles-cafe-parents",
        "Café des parents et soutien à la parentalité",
        "atelier",
        ["famille--soutien-a-la-parentalite-et-a-leducation", "remobilisation--lien-social"],
        ["familles"],
        "Rencontres conviviales entre parents, animées par une professionnelle de la famille : "
        "sommeil, écrans, école, adolescence, conciliation avec le travail. Les jeunes "
        "enfants peuvent rester avec leurs parents.",
        pour="participer au café des parents",
        horaires_accueil="Fr 09:00-11:00",
        maj="2024-10-01",
    ),
    service(
        "evs-capitelles",
        "capitelles-numerique-intergenerationnel",
        "Atelier numérique intergénérationnel",
        "atelier",
        ["numerique--maitriser-les-fondamentaux-du-numerique", "remobilisation--lien-social"],
        ["seniors"],
        "Des jeunes du village aident les plus âgés à utiliser leur tablette ou leur "
        "smartphone : appels vidéo, photos, sites utiles. Les séances sont aussi un moment "
        "d'échange entre générations autour d'un goûter.",
        pour="participer à l'atelier numérique entre générations",
        horaires_accueil="We 14:00-16:00",
        age_min=60,
    ),
    service(
        "evs-capitelles",
        "capitelles-sorties",
        "Sorties et activités pour rompre l'isolement",
        "atelier",
        ["remobilisation--lien-social", "remobilisation--activites-sportives-et-culturelles"],
        ["tous-publics"],
        "Sorties culturelles, balades et repas partagés, proposés chaque mois aux habitants "
        "isolés. Le transport est organisé depuis l'espace de vie sociale et la participation "
        "est adaptée aux revenus. Il suffit de s'inscrire la semaine précédente.",
        pour="participer aux sorties de l'espace de vie sociale",
        frais="payant",
        frais_precisions="De 1 € à 5 € par sortie selon les revenus.",
        zone_eligibilite=["30036"],
    ),
    # --- Vaunage Emploi Services (Caveirac)
    service(
        "vaunage-emploi-services",
        "vaunage-missions",
        "Missions de travail en association intermédiaire",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "preparer-sa-candidature--valoriser-ses-competences",
        ],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "Missions rémunérées de quelques heures à quelques semaines : ménage, jardinage, "
        "manutention, aide en cuisine, chez des particuliers, des associations ou des "
        "entreprises. Elles permettent de reprendre une activité et d'acquérir des références.",
        pour="m'inscrire pour des missions de travail",
        age_min=18,
        required_situations=["demandeur-emploi", "rsa"],
        zone_eligibilite=VAUNAGE + ["30189"],
        documents=[ID, VITALE, RIB, CV],
        verified=True,
    ),
    service(
        "vaunage-emploi-services",
        "vaunage-accompagnement-salaries",
        "Accompagnement socioprofessionnel des salariés en mission",
        "accompagnement",
        [
            "trouver-un-emploi--maintien-dans-lemploi",
            "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
        ],
        ["actifs", "demandeurs-emploi"],
        "Les salariés de l'association ont un rendez-vous régulier avec une accompagnatrice "
        "pour faire le point sur les missions, lever les difficultés et préparer la suite : "
        "formation, contrat plus long ou emploi dans une entreprise.",
        pour="faire le point sur mon parcours avec l'accompagnatrice",
        mobilisable_par=["usagers"],
        age_min=18,
        required_situations=["salarie"],
        zone_eligibilite=VAUNAGE + ["30189"],
        maj="2024-07-08",
    ),
    # --- Atelier Numérique Vaunage (Clarensac)
    service(
        "atelier-numerique-vaunage",
        "numerique-vaunage-seniors",
        "Découverte de l'ordinateur et de la tablette pour les seniors",
        "atelier",
        ["numerique--maitriser-les-fondamentaux-du-numerique"],
        ["seniors"],
        "Cycle de dix séances pour les plus de 55 ans qui débutent : découvrir l'ordinateur "
        "ou la tablette, naviguer sur internet sans risque, écrire un e-mail et garder le "
        "contact avec ses proches. Le matériel peut être prêté pendant les séances.",
        pour="m'inscrire à l'atelier numérique pour les seniors",
        horaires_accueil="Tu,Th 09:00-11:00",
        age_min=55,
        zone_eligibilite=VAUNAGE,
        frais="payant",
        frais_precisions="Adhésion de 15 € par an.",
        maj="2023-08-29",
    ),
    service(
        "atelier-numerique-vaunage",
        "numerique-vaunage-espace-emploi",
        "Créer son espace France Travail et sa boîte mail",
        "atelier",
        [
            "numerique--acceder-a-des-services-en-ligne",
            "numerique--maitriser-les-fondamentaux-du-numerique",
        ],
        ["demandeurs-emploi"],
        "Séance individuelle d'une heure pour créer une adresse e-mail, son espace personnel "
        "France Travail et apprendre à consulter ses messages et ses offres. On repart avec "
        "ses identifiants notés dans un carnet personnel.",
        pour="créer mon adresse mail et mon espace France Travail",
        horaires_accueil="We 14:00-17:00",
        age_min=16,
        documents=[ID],
    ),
    # --- Chantier Terres de Langlade (Langlade)
    service(
        "chantier-terres-langlade",
        "langlade-contrat-maraichage",
        "Contrat en chantier d'insertion maraîchage biologique",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "remobilisation--bien-etre-confiance-en-soi",
        ],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "Contrat de 24 heures par semaine pour cultiver des légumes bio, préparer les paniers "
        "et participer à la vente. Un encadrant technique forme l'équipe et une conseillère "
        "accompagne les démarches et le projet professionnel.",
        pour="postuler au chantier maraîchage",
        mobilisable_par=["professionnels"],
        age_min=18,
        required_situations=["rsa", "demandeur-emploi"],
        documents=[ID, VITALE, RIB, PRESCRIPTION],
        verified=True,
    ),
    service(
        "chantier-terres-langlade",
        "langlade-decouverte-maraicher",
        "Découvrir le métier de maraîcher",
        "atelier",
        [
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
            "choisir-un-metier--confirmer-son-choix-de-metier",
        ],
        ["tous-publics"],
        "Immersion de deux à cinq jours dans l'équipe pour découvrir les semis, la récolte et "
        "la préparation des commandes. Elle permet de vérifier son intérêt pour les métiers "
        "agricoles avant une formation ou un emploi saisonnier.",
        pour="découvrir le métier de maraîcher",
        age_min=16,
        maj="2025-04-14",
    ),
    # --- Relais Démarches Gardonnenque (La Calmette)
    service(
        "relais-demarches-gardonnenque",
        "gardonnenque-demarches-en-ligne",
        "Aide aux démarches administratives en ligne",
        "accompagnement",
        [
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
            "numerique--acceder-a-des-services-en-ligne",
        ],
        ["tous-publics"],
        "Un agent aide à faire les démarches en ligne : CAF, Assurance maladie, impôts, "
        "retraite, carte grise, France Travail. Un ordinateur et une imprimante sont à "
        "disposition ; venir avec ses identifiants si on les a.",
        pour="être aidé pour une démarche en ligne",
        zone_eligibilite=GARDONNENQUE,
        documents=[ID],
        verified=True,
    ),
    service(
        "relais-demarches-gardonnenque",
        "gardonnenque-acces-droits",
        "Permanence accès aux droits",
        "accompagnement",
        [
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
            "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination",
        ],
        ["tous-publics"],
        "Permanence pour vérifier ses droits (aides sociales, logement, travail) et savoir "
        "quoi faire en cas de litige ou de discrimination. Selon la question, l'agent oriente "
        "vers un juriste ou un service spécialisé.",
        pour="poser une question sur mes droits",
        horaires_accueil="Th 14:00-17:00",
        zone_eligibilite=GARDONNENQUE,
        maj="2024-12-03",
    ),
    service(
        "relais-demarches-gardonnenque",
        "gardonnenque-rdv-visio",
        "Rendez-vous en visio avec un conseiller",
        "accompagnement",
        ["difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"],
        ["tous-publics"],
        "Rendez-vous à distance, par téléphone ou en visio, pour avancer sur un dossier "
        "administratif sans se déplacer. Les documents peuvent être envoyés en photo avant le "
        "rendez-vous. L'agent explique ensuite par écrit ce qui reste à faire.",
        pour="prendre un rendez-vous à distance pour mes démarches",
        modes_accueil=["a-distance"],
        modes_mobilisation=["telephoner"],
        horaires_accueil="Mo-Fr 09:00-12:00; PH off",
        prerequisites=["numerique"],
        zone_eligibilite=GARDONNENQUE,
    ),
    # --- Association Deux-Roues Gardonnenque (Saint-Chaptes)
    service(
        "deux-roues-gardonnenque",
        "deux-roues-location",
        "Location de scooters et de vélos électriques",
        "aide-materielle",
        ["mobilite--acceder-a-un-vehicule"],
        ["jeunes", "demandeurs-emploi", "actifs"],
        "Location au mois de scooters et de vélos à assistance électrique pour aller travailler "
        "ou se former depuis les villages mal desservis. Casque, antivol et gilet sont fournis. "
        "Un contrôle technique gratuit est fait chaque mois.",
        pour="louer un scooter ou un vélo électrique",
        frais="payant",
        frais_precisions="Scooter 40 € par mois, vélo électrique 25 € par mois ; caution "
        "selon le véhicule.",
        conditions_acces="Permis AM ou B pour le scooter ; justificatif d'emploi, de stage ou "
        "de formation.",
        age_min=16,
        zone_eligibilite=GARDONNENQUE,
        documents=[ID, DOMICILE, RIB],
        verified=True,
    ),
    service(
        "deux-roues-gardonnenque",
        "deux-roues-permis-am",
        "Préparation au permis AM (cyclomoteur)",
        "formation",
        ["mobilite--preparer-un-permis"],
        ["jeunes"],
        "Formation au permis AM pour conduire un scooter de 50 cm³ : sécurité routière, "
        "maniement du deux-roues et circulation sur route. Elle est ouverte aux jeunes des "
        "villages qui ont besoin d'autonomie pour un apprentissage ou un stage.",
        pour="préparer le permis AM",
        frais="payant",
        frais_precisions="120 € ; aides possibles pour les jeunes en parcours.",
        age_min=16,
        age_max=25,
        volume_horaire_hebdomadaire=4,
        nombre_semaines=2,
        sessions=[("2027-02-15", 6), ("2027-04-19", 6)],
        documents=[ID],
        zone_eligibilite=GARDONNENQUE,
    ),
    # --- Espace Formation Malgoirès (Saint-Geniès-de-Malgoirès)
    service(
        "espace-formation-malgoires",
        "malgoires-bureautique",
        "Formation bureautique de base",
        "formation",
        ["numerique--maitriser-les-fondamentaux-du-numerique", "se-former--trouver-sa-formation"],
        ["demandeurs-emploi", "actifs"],
        "Formation pour maîtriser le traitement de texte, le tableur et la messagerie, utiles "
        "dans la plupart des emplois de bureau et d'accueil. Des exercices pratiques partent "
        "de documents réels : courrier, tableau de suivi, planning.",
        pour="m'inscrire à la formation bureautique",
        age_min=18,
        prerequisites=["lecture-ecriture"],
        volume_horaire_hebdomadaire=15,
        nombre_semaines=6,
        sessions=[("2027-01-11", 8), ("2027-05-03", 8)],
        documents=[ID],
        verified=True,
    ),
    service(
        "espace-formation-malgoires",
        "malgoires-remise-a-niveau",
        "Remise à niveau pour entrer en formation qualifiante",
        "formation",
        [
            "lecture-ecriture-calcul--maitriser-le-francais",
            "lecture-ecriture-calcul--maitriser-le-calcul",
            "se-former--trouver-sa-formation",
        ],
        ["demandeurs-emploi"],
        "Remise à niveau en français, en mathématiques et en raisonnement pour réussir les "
        "tests d'entrée d'une formation qualifiante (aide-soignant, comptabilité, métiers "
        "techniques). Le programme dépend du test de départ.",
        pour="faire une remise à niveau avant ma formation",
        age_min=18,
        diploma_max="bac",
        volume_horaire_hebdomadaire=18,
        nombre_semaines=10,
        sessions=[("2027-02-01", 12)],
        documents=[ID, FT_ATT, DIPLOMES],
        required_situations=["demandeur-emploi"],
    ),
    service(
        "espace-formation-malgoires",
        "malgoires-cpf",
        "Utiliser son compte personnel de formation (CPF)",
        "information",
        ["se-former--monter-son-dossier-de-formation"],
        ["tous-publics"],
        "Séance pour consulter ses droits à la formation, trouver une formation sérieuse sur "
        "le site officiel et éviter les démarchages frauduleux. On apprend à vérifier qu'un "
        "organisme est certifié avant de s'inscrire.",
        pour="utiliser mon compte personnel de formation",
        modes_accueil=["en-presentiel", "a-distance"],
        horaires_accueil="Mo 14:00-16:00",
        age_min=16,
        documents=[ID],
        maj="2023-10-03",
    ),
    # --- Relais Petite Enfance des Garrigues (Fons)
    service(
        "relais-petite-enfance-garrigues",
        "rpe-assistante-maternelle",
        "Trouver une assistante maternelle",
        "information",
        ["famille--garde-denfants"],
        ["familles"],
        "Liste des assistantes maternelles du secteur qui ont des places, conseils pour le "
        "premier rendez-vous et explication des horaires possibles. Le relais aide aussi les "
        "parents qui commencent un emploi à trouver une solution rapidement.",
        pour="trouver une assistante maternelle",
        zone_eligibilite=["30112", "30122", "30233", "30281", "30183", "30354"],
        verified=True,
    ),
    service(
        "relais-petite-enfance-garrigues",
        "rpe-contrat-aides",
        "Aide au contrat de garde et aux aides de la CAF",
        "accompagnement",
        [
            "famille--garde-denfants",
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
        ],
        ["familles"],
        "Explication du contrat de travail avec une assistante maternelle, du calcul du salaire "
        "et des aides de la CAF pour la garde. L'animatrice aide à faire les déclarations en "
        "ligne la première fois, pour que les parents puissent ensuite les faire seuls.",
        pour="être aidé pour le contrat de garde de mon enfant",
        modes_accueil=["en-presentiel", "a-distance"],
        zone_eligibilite=["30112", "30122", "30233", "30281", "30183", "30354"],
        documents=[CAF, ID],
        maj="2024-03-26",
    ),
    # --- Atelier Bois Insertion Garrigues (Poulx)
    service(
        "atelier-bois-garrigues",
        "bois-contrat-menuiserie",
        "Contrat en atelier d'insertion menuiserie",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "preparer-sa-candidature--valoriser-ses-competences",
        ],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "Contrat de 26 heures par semaine pour fabriquer du mobilier en bois et rénover des "
        "meubles, encadré par un menuisier. Chaque salarié est accompagné pour ses démarches "
        "et son projet, avec des stages possibles en entreprise.",
        pour="postuler à l'atelier menuiserie",
        mobilisable_par=["professionnels"],
        age_min=18,
        required_situations=["rsa", "demandeur-emploi"],
        documents=[ID, VITALE, RIB, PRESCRIPTION],
        verified=True,
    ),
    service(
        "atelier-bois-garrigues",
        "bois-initiation",
        "Initiation aux métiers du bois",
        "atelier",
        ["choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"],
        ["jeunes", "demandeurs-emploi"],
        "Trois demi-journées pour découvrir le travail du bois, les machines et les règles de "
        "sécurité, en fabriquant un petit objet. Une bonne façon de tester un métier manuel "
        "avant une formation en menuiserie ou en agencement.",
        pour="découvrir les métiers du bois",
        horaires_accueil="We 08:30-12:00",
        age_min=16,
        maj="2023-06-14",
    ),
    # --- Parents Relais Costières (Redessan)
    service(
        "parents-relais-costieres",
        "parents-relais-horaires-decales",
        "Garde d'enfants à domicile en horaires décalés",
        "aide-materielle",
        ["famille--garde-denfants"],
        ["familles"],
        "Une intervenante garde les enfants au domicile tôt le matin, le soir ou le samedi, "
        "quand les crèches et les écoles sont fermées. Le service s'adresse aux parents qui "
        "travaillent dans la logistique, le soin, la propreté ou le commerce.",
        pour="trouver une garde pour mes enfants en horaires décalés",
        frais="payant",
        frais_precisions="Tarif selon le quotient familial, de 1 € à 8 € de l'heure.",
        zone_eligibilite=["30211", "30155", "30039", "30257", "30206", "30156"],
        documents=[CAF, BULLETINS],
        verified=True,
    ),
    service(
        "parents-relais-costieres",
        "parents-relais-urgence-emploi",
        "Garde d'urgence pour une reprise d'emploi",
        "aide-materielle",
        ["famille--garde-denfants"],
        ["familles", "demandeurs-emploi"],
        "Solution de garde immédiate pendant le premier mois d'un nouvel emploi ou d'une "
        "formation, le temps de trouver une place durable. Le service est prioritaire pour les "
        "parents seuls. L'équipe cherche en parallèle une solution de garde durable.",
        pour="trouver une garde d'urgence pour reprendre un emploi",
        frais="payant",
        frais_precisions="1 € de l'heure le premier mois.",
        mobilisable_par=["professionnels", "usagers"],
        required_situations=["parent-isole", "rsa", "demandeur-emploi"],
        zone_eligibilite=["30211", "30155", "30039", "30257", "30206", "30156"],
        documents=[CAF, "Contrat de travail, promesse d'embauche ou convocation en formation"],
    ),
    # --- Coopérative Trajectoires Bilan (Rodilhan)
    service(
        "trajectoires-bilan",
        "trajectoires-45-ans",
        "Bilan d'orientation pour les 45 ans et plus",
        "accompagnement",
        [
            "choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
            "preparer-sa-candidature--valoriser-ses-competences",
        ],
        ["actifs", "demandeurs-emploi", "seniors"],
        "Accompagnement pour les personnes de 45 ans et plus qui veulent ou doivent changer "
        "de métier : inventaire des compétences acquises, pistes de métiers accessibles sans "
        "longue formation, plan d'action sur quelques mois.",
        pour="faire un bilan d'orientation après 45 ans",
        age_min=45,
        documents=[CV, DIPLOMES],
        verified=True,
    ),
    service(
        "trajectoires-bilan",
        "trajectoires-reconversion",
        "Reconversion professionnelle : construire son projet",
        "accompagnement",
        [
            "choisir-un-metier--confirmer-son-choix-de-metier",
            "se-former--monter-son-dossier-de-formation",
        ],
        ["actifs"],
        "Accompagnement des salariés qui envisagent une reconversion : vérifier le projet, "
        "repérer la formation, monter le dossier de financement avec l'accord ou non de "
        "l'employeur. Les rendez-vous peuvent avoir lieu en fin de journée.",
        pour="construire mon projet de reconversion",
        age_min=18,
        required_situations=["salarie"],
        documents=[CV, BULLETINS],
        maj="2025-06-17",
    ),
    service(
        "trajectoires-bilan",
        "trajectoires-bilan-visio",
        "Bilan de compétences en visioconférence",
        "accompagnement",
        ["choisir-un-metier--identifier-ses-points-forts-et-ses-competences"],
        ["actifs", "demandeurs-emploi"],
        "Bilan de compétences entièrement à distance, en visio, pour les personnes qui ne "
        "peuvent pas se déplacer ou qui travaillent en horaires décalés. Les exercices se font "
        "en ligne entre les rendez-vous, à son rythme.",
        pour="faire un bilan de compétences à distance",
        modes_accueil=["a-distance"],
        modes_mobilisation=["telephoner"],
        horaires_accueil="Mo-Fr 09:00-20:00; Sa 09:00-12:00",
        frais="payant",
        frais_precisions="Finançable par le compte personnel de formation (CPF).",
        age_min=18,
        prerequisites=["numerique", "francais"],
        zone_eligibilite=["france"],
    ),
    # --- Ressourcerie Le Grenier Solidaire (Sernhac)
    service(
        "ressourcerie-grenier-solidaire",
        "grenier-ordinateurs",
        "Ordinateurs reconditionnés à petit prix",
        "aide-materielle",
        ["numerique--acquerir-un-equipement"],
        ["tous-publics"],
        "Vente d'ordinateurs portables et de tablettes reconditionnés, avec logiciels installés "
        "et garantie de six mois. Un prix solidaire est proposé aux personnes orientées par un "
        "conseiller ou un travailleur social.",
        pour="acheter un ordinateur reconditionné",
        frais="payant",
        frais_precisions="À partir de 60 € ; tarif solidaire à 30 € sur orientation.",
        documents=[PRESCRIPTION],
        verified=True,
    ),
    service(
        "ressourcerie-grenier-solidaire",
        "grenier-vetements-entretien",
        "Vêtements pour l'entretien d'embauche",
        "aide-materielle",
        [
            "equipement-et-alimentation--habillement",
            "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
        ],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "Un vestiaire permet de choisir gratuitement une tenue adaptée à un entretien ou à une "
        "première semaine de travail, avec les conseils d'une bénévole. Chaussures de sécurité "
        "d'occasion disponibles selon les tailles.",
        pour="trouver une tenue pour mon entretien",
        horaires_accueil="We 14:00-18:00",
        mobilisable_par=["professionnels"],
        documents=[PRESCRIPTION],
        maj="2024-11-19",
    ),
    service(
        "ressourcerie-grenier-solidaire",
        "grenier-electromenager",
        "Électroménager et meubles d'occasion pour s'installer",
        "aide-materielle",
        [
            "equipement-et-alimentation--electromenager",
            "logement-hebergement--se-maintenir-dans-le-logement",
        ],
        ["tous-publics"],
        "Réfrigérateurs, machines à laver, plaques de cuisson et meubles vérifiés et vendus à "
        "petit prix, utiles pour s'installer dans un premier logement. La livraison est "
        "possible dans les communes voisines.",
        pour="équiper mon logement à petit prix",
        frais="payant",
        frais_precisions="Électroménager de 20 € à 120 € ; livraison 15 €.",
    ),
    # --- La Fabrique des Garrigues (Saint-Mamert-du-Gard)
    service(
        "fabrique-des-garrigues",
        "fabrique-permanence-emploi",
        "Permanence emploi et formation en milieu rural",
        "accompagnement",
        ["trouver-un-emploi--repondre-a-des-offres-demploi", "se-former--trouver-sa-formation"],
        ["tous-publics"],
        "Une conseillère reçoit chaque semaine les habitants des villages pour parler emploi, "
        "formation ou reconversion, sans avoir à aller à Nîmes. Elle connaît les offres et les "
        "employeurs du secteur et fait le lien avec les services spécialisés.",
        pour="parler de ma recherche d'emploi ou de formation",
        horaires_accueil="Tu 09:00-12:30",
        zone_eligibilite=[
            "30281",
            "30112",
            "30122",
            "30233",
            "30183",
            "30354",
            "30104",
            "30163",
            "30245",
        ],
        age_min=16,
        documents=[CV],
        verified=True,
    ),
    service(
        "fabrique-des-garrigues",
        "fabrique-visio-entretiens",
        "Accès internet et salle de visio pour les entretiens à distance",
        "aide-materielle",
        [
            "numerique--acceder-a-une-connexion-internet",
            "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
        ],
        ["tous-publics"],
        "Une petite salle équipée d'un ordinateur, d'une webcam et d'une bonne connexion peut "
        "être réservée pour un entretien d'embauche ou un rendez-vous en visio. Un médiateur "
        "aide à se connecter avant le rendez-vous.",
        pour="réserver la salle pour un entretien en visio",
        modes_mobilisation=["se-presenter", "telephoner"],
        maj="2025-07-08",
    ),
    service(
        "fabrique-des-garrigues",
        "fabrique-artisanat",
        "Ateliers de découverte des métiers de l'artisanat",
        "atelier",
        ["choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"],
        ["tous-publics"],
        "Des artisans du territoire (menuisier, céramiste, électricien, boulanger) animent des "
        "ateliers pratiques pour faire découvrir leur métier et les formations pour y accéder. "
        "Certains proposent ensuite un stage d'observation.",
        pour="découvrir un métier de l'artisanat",
        horaires_accueil="Sa 09:30-12:30",
        age_min=14,
    ),
    # --- Épicerie Solidaire Le Panier Gervasien (Saint-Gervasy)
    service(
        "epicerie-panier-gervasien",
        "panier-epicerie",
        "Épicerie solidaire sur orientation",
        "aide-materielle",
        ["equipement-et-alimentation--alimentation"],
        ["tous-publics"],
        "Produits alimentaires et d'hygiène à 10 à 30 % de leur prix habituel, pendant trois "
        "à six mois, pour les ménages dont le reste à vivre est faible. L'accès se fait sur "
        "orientation d'un travailleur social ou d'un conseiller.",
        pour="accéder à l'épicerie solidaire",
        frais="payant",
        frais_precisions="10 à 30 % du prix habituel des produits.",
        mobilisable_par=["professionnels"],
        zone_eligibilite=["30257", "30039", "30156", "30206", "30057", "30145"],
        documents=[RESSOURCES, PRESCRIPTION, CAF],
        verified=True,
    ),
    service(
        "epicerie-panier-gervasien",
        "panier-atelier-budget-cuisine",
        "Atelier budget et cuisine économique",
        "atelier",
        [
            "difficultes-financieres--acquerir-une-autonomie-budgetaire",
            "equipement-et-alimentation--alimentation",
        ],
        ["tous-publics"],
        "Atelier mensuel pour apprendre à faire ses courses avec un petit budget, cuisiner des "
        "repas simples et équilibrés et éviter le gaspillage. Le repas préparé est partagé à "
        "la fin de l'atelier, et les recettes sont remises par écrit.",
        pour="participer à l'atelier budget et cuisine",
        horaires_accueil="Tu 14:00-16:30",
        maj="2024-05-28",
    ),
    # --- Association Cap Mobilité Vaunage (Saint-Côme-et-Maruéjols)
    service(
        "cap-mobilite-vaunage",
        "cap-vaunage-bilan",
        "Bilan mobilité pour les habitants de la Vaunage",
        "accompagnement",
        ["mobilite--etre-accompagne-dans-son-parcours-mobilite"],
        ["tous-publics"],
        "Entretien pour trouver la meilleure façon de rejoindre un emploi ou une formation "
        "depuis les villages de la Vaunage : horaires de bus et de car, covoiturage, vélo "
        "électrique, aide au permis. Un plan de déplacement est remis à la fin.",
        pour="trouver comment me déplacer pour mon emploi ou ma formation",
        zone_eligibilite=VAUNAGE,
        age_min=16,
        verified=True,
    ),
    service(
        "cap-mobilite-vaunage",
        "cap-vaunage-covoiturage",
        "Covoiturage solidaire vers Nîmes",
        "aide-materielle",
        ["mobilite--mobilite-douce-partagee-collective"],
        ["tous-publics"],
        "Mise en relation entre habitants qui font le même trajet vers Nîmes pour le travail "
        "ou la formation. L'association organise les équipages et une petite participation "
        "aux frais est versée au conducteur.",
        pour="trouver un covoiturage vers Nîmes",
        frais="payant",
        frais_precisions="Participation de 2 € par trajet au conducteur.",
        modes_accueil=["en-presentiel", "a-distance"],
        modes_mobilisation=["telephoner", "se-presenter"],
        zone_eligibilite=VAUNAGE,
        maj="2023-11-27",
    ),
    service(
        "cap-mobilite-vaunage",
        "cap-vaunage-velos",
        "Prêt de vélos à assistance électrique",
        "aide-materielle",
        ["mobilite--acceder-a-un-vehicule", "mobilite--mobilite-douce-partagee-collective"],
        ["tous-publics"],
        "Prêt gratuit d'un vélo à assistance électrique pendant un mois pour tester ce moyen "
        "de transport sur son trajet domicile-travail. Une courte prise en main est faite "
        "avant le départ, avec des conseils de sécurité.",
        pour="emprunter un vélo électrique",
        conditions_acces="Caution par chèque non encaissé.",
        age_min=16,
        zone_eligibilite=VAUNAGE,
        documents=[ID, DOMICILE],
    ),
    # --- Bus Numérique des Garrigues (Sainte-Anastasie and villages)
    service(
        "bus-numerique-garrigues",
        "bus-numerique-sainte-anastasie",
        "Atelier numérique au bus de Sainte-Anastasie",
        "atelier",
        [
            "numerique--maitriser-les-fondamentaux-du-numerique",
            "numerique--acceder-a-des-services-en-ligne",
        ],
        ["tous-publics"],
        "Chaque mercredi, le bus numérique s'installe sur la place : initiation à l'ordinateur "
        "et au smartphone, aide aux démarches en ligne et impression de documents. Aucune "
        "inscription n'est nécessaire, il suffit de passer.",
        pour="être aidé au bus numérique",
        zone_eligibilite=GARDONNENQUE,
        verified=True,
    ),
    # --- Relais Emploi des Villages (Lédenon and villages)
    service(
        "relais-emploi-villages",
        "villages-ledenon",
        "Accompagnement emploi de proximité à Lédenon",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
        ],
        ["tous-publics"],
        "Rendez-vous avec une conseillère emploi pour les habitants de Lédenon et des villages "
        "voisins : CV, candidatures, offres locales et orientation vers les formations. Les "
        "rendez-vous peuvent aussi se faire par téléphone.",
        pour="être aidé dans ma recherche d'emploi",
        modes_accueil=["en-presentiel", "a-distance"],
        modes_mobilisation=["se-presenter", "telephoner"],
        zone_eligibilite=["30145", "30039", "30057", "30317", "30257", "30211"],
        age_min=16,
        documents=[CV],
        verified=True,
    ),
    # --- Atelier Couture Solidaire de la Vaunage (Saint-Dionisy)
    service(
        "atelier-couture-vaunage",
        "couture-confiance",
        "Atelier couture pour reprendre confiance",
        "atelier",
        ["remobilisation--lien-social", "remobilisation--bien-etre-confiance-en-soi"],
        ["tous-publics"],
        "Atelier convivial où l'on apprend à coudre, à retoucher ses vêtements et à créer de "
        "petits objets. Les machines et le tissu sont fournis. Pour beaucoup, c'est un premier "
        "pas pour sortir de chez soi et rencontrer d'autres personnes.",
        pour="participer à l'atelier couture",
        frais="payant",
        frais_precisions="Adhésion de 10 € par an.",
        zone_eligibilite=VAUNAGE,
        verified=True,
    ),
    service(
        "atelier-couture-vaunage",
        "couture-metiers",
        "Découvrir les métiers de la retouche et de la confection",
        "atelier",
        ["choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"],
        ["tous-publics"],
        "Cycle de six séances pour s'essayer aux gestes professionnels de la retouche et de la "
        "confection, rencontrer une couturière installée et connaître les formations et les "
        "emplois du secteur. Aucune expérience de la couture n'est demandée.",
        pour="découvrir les métiers de la couture",
        horaires_accueil="Th 14:00-17:30",
        age_min=16,
        maj="2025-01-07",
    ),
    # --- Garrigues Sport Insertion (Cabrières)
    service(
        "garrigues-sport-insertion",
        "sport-jeunes",
        "Remobilisation par le sport pour les 16-25 ans",
        "atelier",
        [
            "remobilisation--activites-sportives-et-culturelles",
            "remobilisation--bien-etre-confiance-en-soi",
        ],
        ["jeunes"],
        "Programme de dix semaines qui mêle sport collectif, défis en équipe et entretiens "
        "individuels pour les jeunes sans activité. Il se termine par des rencontres avec des "
        "employeurs et des centres de formation.",
        pour="rejoindre le programme sport et remobilisation",
        horaires_accueil="Tu,Th 14:00-17:00",
        age_min=16,
        age_max=25,
        documents=[ID, "Certificat médical d'aptitude au sport"],
        verified=True,
    ),
    service(
        "garrigues-sport-insertion",
        "sport-emploi-rencontres",
        "Sport et emploi : rencontres avec des employeurs",
        "information",
        [
            "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
            "preparer-sa-candidature--developper-son-reseau",
        ],
        ["tous-publics"],
        "Matinées où candidats et recruteurs font ensemble une activité sportive avant des "
        "entretiens informels. Les employeurs découvrent les personnes autrement qu'avec un "
        "CV, et les candidats sont plus à l'aise pour parler d'eux.",
        pour="participer à une matinée sport et emploi",
        horaires_accueil="We 09:00-12:00",
        age_min=18,
        maj="2025-10-15",
    ),
]


def _bus_stop(insee: str, code_postal: str, village: str, day: str, adresse: str) -> dict:
    return service(
        "bus-numerique-garrigues",
        f"bus-numerique-{village.lower().replace(' ', '-')}",
        f"Bus numérique : permanence à {village}",
        "accompagnement",
        [
            "numerique--acceder-a-des-services-en-ligne",
            "numerique--maitriser-les-fondamentaux-du-numerique",
        ],
        ["tous-publics"],
        f"Le bus numérique s'arrête à {village} une demi-journée par semaine. Un médiateur "
        "aide à faire ses démarches en ligne, à utiliser son smartphone ou à imprimer un "
        "document, sans inscription. Les personnes qui ne peuvent pas se déplacer jusqu'au bus "
        "peuvent demander une visite à domicile.",
        pour="être aidé au bus numérique",
        horaires_accueil=day,
        zone_eligibilite=GARDONNENQUE + ["30104", "30163", "30183", "30233", "30354"],
        lieu=(insee, code_postal, adresse),
    )


def _village_permanence(insee: str, code_postal: str, village: str, day: str, adresse: str) -> dict:
    return service(
        "relais-emploi-villages",
        f"villages-{village.lower().replace(' ', '-')}",
        f"Permanence emploi à {village}",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
        ],
        ["tous-publics"],
        f"La conseillère du Relais Emploi des Villages tient une permanence à {village} : "
        "point sur la recherche d'emploi, aide au CV et aux candidatures, information sur les "
        "formations et les aides au transport. Venir avec son CV si on en a un.",
        pour="rencontrer la conseillère emploi de la permanence",
        horaires_accueil=day,
        age_min=16,
        zone_eligibilite=["30145", "30039", "30057", "30317", "30257", "30211"],
        documents=[CV, ID],
        lieu=(insee, code_postal, adresse),
    )


SERVICES_COMMUNES += [
    _bus_stop("30102", "30190", "Dions", "Mo 09:00-12:00", "Place de l'Église"),
    _bus_stop("30313", "30190", "Sauzet", "Mo 14:00-17:00", "Place du Village"),
    _bus_stop("30180", "30190", "Montignargues", "Tu 09:00-12:00", "Parking de la mairie"),
    _bus_stop("30224", "30190", "La Rouvière", "Tu 14:00-17:00", "Place de la Fontaine"),
    _bus_stop("30183", "30350", "Moulézan", "Th 09:00-12:00", "Place du Foyer"),
    _bus_stop("30354", "30350", "Montagnac", "Th 14:00-16:00", "Place de la Mairie"),
    _bus_stop("30104", "30350", "Domessargues", "Fr 09:00-12:00", "Parking de la salle des fêtes"),
    _bus_stop("30163", "30350", "Mauressargues", "Fr 14:00-16:00", "Place du Village"),
    _bus_stop("30233", "30730", "Saint-Bauzély", "Sa 09:00-12:00", "Place du Temple"),
    _village_permanence(
        "30039", "30320", "Bezouce", "Tu 09:00-12:00", "Salle des associations, rue de la Mairie"
    ),
    _village_permanence(
        "30057", "30210", "Cabrières", "We 09:00-12:00", "Foyer communal, place de l'Horloge"
    ),
    _village_permanence(
        "30317", "30210", "Sernhac", "Th 14:00-17:00", "Salle polyvalente, chemin du Stade"
    ),
    service(
        "fabrique-des-garrigues",
        "fabrique-permanence-gajan",
        "Permanence numérique et emploi à Gajan",
        "accompagnement",
        [
            "numerique--acceder-a-des-services-en-ligne",
            "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
        ],
        ["tous-publics"],
        "Une médiatrice de La Fabrique des Garrigues tient une permanence mensuelle à Gajan "
        "avec un ordinateur portable et une imprimante : démarches en ligne, CV, consultation "
        "des offres d'emploi. Les rendez-vous sont conseillés mais pas obligatoires.",
        pour="avoir de l'aide pour mes démarches et mon CV",
        horaires_accueil="Fr 09:00-12:00",
        zone_eligibilite=["30122", "30281", "30112"],
        documents=[ID, CV],
        lieu=("30122", "30730", "Salle du conseil, place de la Mairie"),
    ),
]
