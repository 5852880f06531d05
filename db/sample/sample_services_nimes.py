"""Services of the sample catalogue located in Nîmes (hand-written content).

Fields keep their data·inclusion v1 / models.py names; ``sessions`` holds (start date, places)
pairs whose end date build_sample.py derives from ``nombre_semaines``; ``lieu`` moves a service
away from its structure (INSEE code, postal code, address); ``maj`` forces a date_maj and
``verified`` forces (True) or forbids (False) a local verification.
"""

from __future__ import annotations

from typing import Any

from sample_common import (
    BAIL,
    BULLETINS,
    CAF,
    CARNET_SANTE,
    COURRIERS,
    CV,
    DIPLOMES,
    DOMICILE,
    FT_ATT,
    ID,
    IMPOTS,
    MDPH,
    PERMIS,
    PRESCRIPTION,
    RESSOURCES,
    RIB,
    RSA_ATT,
    VITALE,
    service,
)

SERVICES_NIMES: list[dict[str, Any]] = [
    # --- France Travail - Nîmes Courbessac
    service(
        "ft-nimes-courbessac",
        "ft-courbessac-inscription",
        "Inscription et accompagnement des demandeurs d'emploi",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
        ],
        ["demandeurs-emploi"],
        "L'inscription comme demandeur d'emploi se fait en ligne ou avec l'aide d'un agent à "
        "l'accueil. Un conseiller fait ensuite le point sur la situation, le projet et les "
        "droits à l'indemnisation, puis propose un accompagnement adapté. Venir avec ses "
        "papiers et, si possible, un CV.",
        pour="m'inscrire comme demandeur d'emploi et rencontrer un conseiller",
        modes_accueil=["en-presentiel", "a-distance"],
        modes_mobilisation=["se-presenter", "utiliser-lien-mobilisation"],
        lien_mobilisation="https://www.francetravail.fr",
        age_min=16,
        documents=[ID, VITALE, RIB, CV],
        verified=False,
    ),
    service(
        "ft-nimes-courbessac",
        "ft-courbessac-ateliers",
        "Ateliers collectifs de recherche d'emploi",
        "atelier",
        [
            "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
            "trouver-un-emploi--faire-des-candidatures-spontanees",
        ],
        ["demandeurs-emploi"],
        "Ateliers en petits groupes pour refaire son CV, écrire une lettre de motivation, "
        "utiliser les sites d'offres d'emploi ou préparer des candidatures spontanées. "
        "L'inscription se fait avec son conseiller ou depuis son espace personnel.",
        pour="m'inscrire à un atelier de recherche d'emploi",
        modes_accueil=["en-presentiel", "a-distance"],
        mobilisable_par=["usagers"],
        required_situations=["demandeur-emploi"],
        documents=[FT_ATT, CV],
        verified=False,
    ),
    service(
        "ft-nimes-courbessac",
        "ft-courbessac-aides-mobilite",
        "Information sur les aides à la mobilité pour la reprise d'emploi",
        "information",
        ["mobilite--financer-ma-mobilite", "mobilite--preparer-un-permis"],
        ["demandeurs-emploi"],
        "France Travail peut, sous conditions, aider à payer des frais de déplacement, de repas "
        "ou d'hébergement pour un entretien, une reprise d'emploi ou une formation, et parfois "
        "une partie du permis de conduire. Les conditions et les délais de demande sont à "
        "vérifier avec son conseiller avant d'engager la dépense.",
        pour="savoir si j'ai droit à une aide à la mobilité",
        required_situations=["demandeur-emploi"],
        documents=[FT_ATT, ID],
        verified=False,
    ),
    # --- France Travail - Nîmes 7 Collines
    service(
        "ft-nimes-7-collines",
        "ft-7-collines-inscription",
        "Inscription et suivi vers l'emploi",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs",
        ],
        ["demandeurs-emploi"],
        "Accueil des personnes qui cherchent un emploi : inscription, questions sur "
        "l'indemnisation, suivi par un conseiller et accès aux offres d'emploi. Une aide est "
        "possible à l'accueil pour celles et ceux qui ne sont pas à l'aise avec internet.",
        pour="m'inscrire à France Travail et être suivi par un conseiller",
        modes_accueil=["en-presentiel", "a-distance"],
        modes_mobilisation=["se-presenter", "utiliser-lien-mobilisation"],
        lien_mobilisation="https://www.francetravail.fr",
        age_min=16,
        documents=[ID, VITALE, RIB, CV],
        verified=False,
    ),
    service(
        "ft-nimes-7-collines",
        "ft-7-collines-financement-formation",
        "Information sur le financement d'une formation",
        "information",
        ["se-former--monter-son-dossier-de-formation", "se-former--trouver-sa-formation"],
        ["demandeurs-emploi"],
        "Le conseiller aide à trouver une formation et à voir comment la financer : compte "
        "personnel de formation, aides de France Travail ou de la Région. Il est utile de venir "
        "avec le nom de la formation visée et le devis de l'organisme, si on l'a déjà.",
        pour="parler du financement de ma formation",
        required_situations=["demandeur-emploi"],
        documents=[FT_ATT, DIPLOMES],
        verified=False,
    ),
    service(
        "ft-nimes-7-collines",
        "ft-7-collines-immersion",
        "Immersion professionnelle en entreprise (PMSMP)",
        "accompagnement",
        [
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
            "choisir-un-metier--confirmer-son-choix-de-metier",
        ],
        ["demandeurs-emploi", "jeunes"],
        "La période de mise en situation en milieu professionnel permet de passer quelques "
        "jours ou quelques semaines dans une entreprise pour découvrir un métier ou confirmer un "
        "projet, sans perdre ses droits. Il faut trouver l'entreprise d'accueil, le conseiller "
        "prépare la convention.",
        pour="préparer une immersion en entreprise",
        mobilisable_par=["usagers", "professionnels"],
        required_situations=["demandeur-emploi"],
        documents=[FT_ATT, ID],
        verified=False,
    ),
    # --- France Travail - Nîmes Saint-Césaire
    service(
        "ft-nimes-saint-cesaire",
        "ft-saint-cesaire-inscription",
        "Accueil, inscription et indemnisation",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
        ],
        ["demandeurs-emploi"],
        "Accueil des demandeurs d'emploi de l'ouest nîmois : inscription, actualisation, "
        "questions sur les allocations et rendez-vous avec un conseiller. Des ordinateurs sont "
        "à disposition dans l'espace d'accueil pour les démarches en ligne.",
        pour="m'inscrire ou poser une question sur mes allocations",
        modes_accueil=["en-presentiel", "a-distance"],
        modes_mobilisation=["se-presenter", "utiliser-lien-mobilisation"],
        lien_mobilisation="https://www.francetravail.fr",
        age_min=16,
        documents=[ID, VITALE, RIB],
        verified=False,
    ),
    service(
        "ft-nimes-saint-cesaire",
        "ft-saint-cesaire-entretien",
        "Atelier se préparer à l'entretien d'embauche",
        "atelier",
        ["trouver-un-emploi--convaincre-un-recruteur-en-entretien"],
        ["demandeurs-emploi"],
        "Atelier collectif pour se préparer aux questions des recruteurs, apprendre à parler de "
        "son parcours et de ses compétences, et s'entraîner par des mises en situation. "
        "L'inscription se fait avec son conseiller ou depuis son espace personnel.",
        pour="m'inscrire à l'atelier de préparation à l'entretien",
        mobilisable_par=["usagers"],
        required_situations=["demandeur-emploi"],
        documents=[FT_ATT],
        verified=False,
    ),
    service(
        "ft-nimes-saint-cesaire",
        "ft-saint-cesaire-creation",
        "Information pour les demandeurs d'emploi qui veulent créer leur entreprise",
        "information",
        ["creer-une-entreprise--definir-son-projet-de-creation-dentreprise"],
        ["demandeurs-emploi"],
        "Le conseiller informe sur les aides possibles pour créer ou reprendre une entreprise "
        "quand on est demandeur d'emploi, et oriente vers un accompagnement à la création si le "
        "projet est prêt à être travaillé.",
        pour="parler de mon projet de création d'entreprise",
        required_situations=["demandeur-emploi"],
        age_min=18,
        documents=[FT_ATT],
        verified=False,
    ),
    # --- Pôle Jeunesse Horizon 16-25 (Pissevin)
    service(
        "pole-jeunesse-horizon",
        "horizon-accompagnement-jeunes",
        "Accompagnement renforcé vers l'emploi des 16-25 ans",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
            "choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
        ],
        ["jeunes"],
        "Un conseiller suit le jeune chaque semaine pendant plusieurs mois : projet "
        "professionnel, CV, candidatures, stages et préparation des entretiens. Le suivi "
        "s'adapte aux jeunes qui ont quitté l'école tôt comme à ceux qui ont un diplôme mais "
        "pas d'emploi.",
        pour="être suivi par un conseiller pour trouver un emploi",
        age_min=16,
        age_max=25,
        documents=[ID, DOMICILE],
        verified=True,
    ),
    service(
        "pole-jeunesse-horizon",
        "horizon-logement-jeunes",
        "Permanence logement pour les jeunes",
        "information",
        [
            "logement-hebergement--louer-un-logement",
            "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement",
        ],
        ["jeunes"],
        "Une fois par semaine, une conseillère logement répond aux jeunes qui veulent quitter "
        "le domicile familial ou qui sont hébergés chez des proches : budget, aides au "
        "logement, garanties pour le propriétaire et dossiers de demande.",
        pour="parler de ma recherche de logement",
        horaires_accueil="We 14:00-17:00",
        age_min=18,
        age_max=25,
        documents=[ID, RESSOURCES],
    ),
    service(
        "pole-jeunesse-horizon",
        "horizon-decouverte-metiers",
        "Découverte des métiers en entreprise pour les jeunes",
        "atelier",
        ["choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"],
        ["jeunes"],
        "Visites d'entreprises, rencontres avec des professionnels et courts stages "
        "d'observation pour les jeunes qui ne savent pas encore vers quel métier aller. Les "
        "sorties sont organisées en petits groupes, le transport est pris en charge.",
        pour="découvrir des métiers en entreprise",
        age_min=16,
        age_max=25,
        documents=[ID],
    ),
    service(
        "pole-jeunesse-horizon",
        "horizon-aide-financiere",
        "Aide financière ponctuelle pour les jeunes en parcours",
        "aide-financiere",
        [
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
            "mobilite--financer-ma-mobilite",
        ],
        ["jeunes"],
        "Petite aide financière pour les jeunes suivis qui font face à une dépense bloquante : "
        "abonnement de bus, équipement de travail, repas pendant une formation. La demande est "
        "montée avec le conseiller et étudiée en commission chaque mois.",
        pour="demander une aide financière avec mon conseiller",
        mobilisable_par=["professionnels"],
        mobilisation_precisions="Demande faite par le conseiller qui suit le jeune.",
        age_min=18,
        age_max=25,
        documents=[ID, RIB, RESSOURCES],
    ),
    # --- Parcours Emploi Garrigues (Chemin-Bas d'Avignon)
    service(
        "parcours-emploi-garrigues",
        "garrigues-parcours-rsa",
        "Parcours emploi renforcé pour les allocataires du RSA",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "preparer-sa-candidature--valoriser-ses-competences",
            "remobilisation--bien-etre-confiance-en-soi",
        ],
        ["beneficiaires-des-minimas-sociaux", "demandeurs-emploi"],
        "Un référent unique accompagne pendant 18 mois au plus les personnes éloignées de "
        "l'emploi : rendez-vous réguliers, résolution des freins (garde, transport, santé), "
        "mises en relation avec des employeurs et suivi après l'embauche. L'entrée se fait sur "
        "orientation d'un professionnel.",
        pour="entrer dans le parcours emploi renforcé",
        mobilisable_par=["professionnels"],
        mobilisation_precisions="Orientation par un conseiller France Travail, un travailleur "
        "social du Département ou la Maison des compétences.",
        modes_mobilisation=["envoyer-un-courriel"],
        age_min=26,
        required_situations=["rsa", "demandeur-emploi"],
        documents=[ID, RSA_ATT, CV, PRESCRIPTION],
        verified=True,
    ),
    service(
        "parcours-emploi-garrigues",
        "garrigues-posture-pro",
        "Atelier confiance et posture professionnelle",
        "atelier",
        [
            "remobilisation--bien-etre-confiance-en-soi",
            "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
        ],
        ["beneficiaires-des-minimas-sociaux", "demandeurs-emploi"],
        "Cycle de quatre demi-journées pour reprendre confiance, parler de soi et de ses "
        "expériences, et se présenter devant un employeur. Le groupe est limité à dix "
        "personnes et l'ambiance est bienveillante. Aucune préparation n'est demandée.",
        pour="participer à l'atelier confiance et posture professionnelle",
        horaires_accueil="Tu,Th 09:00-12:00",
        age_min=18,
        required_situations=["rsa", "demandeur-emploi"],
    ),
    service(
        "parcours-emploi-garrigues",
        "garrigues-suivi-emploi",
        "Suivi pendant les six premiers mois d'emploi",
        "accompagnement",
        ["trouver-un-emploi--maintien-dans-lemploi"],
        ["actifs", "beneficiaires-des-minimas-sociaux"],
        "Après une embauche, le référent reste joignable pour éviter une rupture : "
        "organisation des horaires, transport, relations avec l'équipe, démarches liées au "
        "premier salaire. Il peut faire le lien avec l'employeur si la personne le souhaite.",
        pour="être suivi après ma reprise d'emploi",
        modes_accueil=["en-presentiel", "a-distance"],
        age_min=18,
        required_situations=["salarie", "rsa"],
    ),
    service(
        "parcours-emploi-garrigues",
        "garrigues-45-ans",
        "Parcours emploi pour les 45 ans et plus",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "preparer-sa-candidature--developper-son-reseau",
            "preparer-sa-candidature--valoriser-ses-competences",
        ],
        ["seniors", "demandeurs-emploi"],
        "Accompagnement en petit groupe et en individuel pour les demandeurs d'emploi de 45 ans "
        "et plus : valoriser son expérience, cibler les employeurs qui recrutent des profils "
        "expérimentés, développer son réseau et répondre aux idées reçues sur l'âge.",
        pour="rejoindre le parcours emploi des 45 ans et plus",
        age_min=45,
        required_situations=["demandeur-emploi"],
        documents=[CV, FT_ATT],
    ),
    # --- École du Rebond des Costières (Valdegour)
    service(
        "ecole-du-rebond",
        "rebond-parcours-individualise",
        "Parcours de formation individualisé pour jeunes sans diplôme",
        "formation",
        [
            "se-former--trouver-sa-formation",
            "choisir-un-metier--confirmer-son-choix-de-metier",
            "lecture-ecriture-calcul--maitriser-le-francais",
        ],
        ["jeunes"],
        "Parcours de six mois en moyenne qui alterne cours en petits groupes, construction du "
        "projet professionnel et stages en entreprise. Le stagiaire est rémunéré pendant la "
        "formation. L'objectif est un emploi ou une formation qualifiante à la sortie.",
        pour="entrer à l'École du Rebond",
        age_min=16,
        age_max=25,
        diploma_max="cap-bep",
        volume_horaire_hebdomadaire=35,
        nombre_semaines=24,
        sessions=[("2027-01-04", 14), ("2026-12-07", 12)],
        documents=[ID, DOMICILE, VITALE],
        verified=True,
    ),
    service(
        "ecole-du-rebond",
        "rebond-remise-a-niveau",
        "Remise à niveau en français et en mathématiques",
        "formation",
        [
            "lecture-ecriture-calcul--maitriser-le-francais",
            "lecture-ecriture-calcul--maitriser-le-calcul",
        ],
        ["jeunes"],
        "Module court pour reprendre les bases en français écrit et en calcul avant d'entrer "
        "en formation ou en apprentissage. Les exercices partent de situations concrètes : "
        "lire une consigne, écrire un message, calculer un prix ou une durée.",
        pour="faire une remise à niveau en français et en maths",
        age_min=16,
        age_max=25,
        diploma_max="aucun",
        volume_horaire_hebdomadaire=20,
        nombre_semaines=8,
        sessions=[("2027-02-01", 12), ("2027-04-19", 12)],
        documents=[ID],
    ),
    service(
        "ecole-du-rebond",
        "rebond-prepa-apprentissage",
        "Préparation à l'apprentissage",
        "formation",
        ["se-former--trouver-sa-formation", "trouver-un-emploi--faire-des-candidatures-spontanees"],
        ["jeunes"],
        "Préparation de dix semaines pour les jeunes qui veulent entrer en apprentissage : "
        "choix du métier, remise à niveau, techniques de recherche d'employeur et stages. "
        "Les stagiaires sont aidés à signer leur contrat d'apprentissage.",
        pour="préparer mon entrée en apprentissage",
        age_min=16,
        age_max=25,
        diploma_max="cap-bep",
        volume_horaire_hebdomadaire=30,
        nombre_semaines=10,
        sessions=[("2027-03-01", 15)],
        documents=[ID, DOMICILE],
    ),
    # --- Atelier Numérique des Garrigues (Valdegour)
    service(
        "atelier-numerique-garrigues",
        "numerique-premiers-pas",
        "Premiers pas sur l'ordinateur et le smartphone",
        "atelier",
        ["numerique--maitriser-les-fondamentaux-du-numerique"],
        ["tous-publics"],
        "Atelier pour les grands débutants : allumer un ordinateur, utiliser la souris et le "
        "clavier, créer une adresse e-mail, envoyer une photo depuis son téléphone. Les groupes "
        "sont de six personnes au maximum et on avance à son rythme.",
        pour="m'inscrire à l'atelier premiers pas sur l'ordinateur",
        horaires_accueil="Mo,Th 09:30-11:30",
        age_min=16,
        verified=True,
    ),
    service(
        "atelier-numerique-garrigues",
        "numerique-acces-libre",
        "Accès libre à internet et à une imprimante",
        "aide-materielle",
        [
            "numerique--acceder-a-une-connexion-internet",
            "numerique--acceder-a-des-services-en-ligne",
        ],
        ["tous-publics"],
        "Ordinateurs connectés, imprimante et scanner en accès libre et gratuit pendant les "
        "heures d'ouverture. Un médiateur est présent pour dépanner. Pratique pour imprimer un "
        "CV, scanner un justificatif ou consulter ses messages.",
        pour="utiliser un ordinateur et imprimer des documents",
        frais_precisions="Gratuit, impressions limitées à 20 pages par jour.",
    ),
    service(
        "atelier-numerique-garrigues",
        "numerique-demarches-en-ligne",
        "Aide aux démarches en ligne (CAF, impôts, France Travail)",
        "accompagnement",
        [
            "numerique--acceder-a-des-services-en-ligne",
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
        ],
        ["tous-publics"],
        "Un médiateur numérique aide à faire une démarche en ligne : créer un compte, "
        "déclarer ses ressources, prendre un rendez-vous, envoyer un justificatif. Le but est "
        "aussi d'apprendre à le refaire seul la fois suivante.",
        pour="être aidé pour une démarche en ligne",
        horaires_accueil="Tu,We,Fr 14:00-17:00",
        documents=[ID],
    ),
    service(
        "atelier-numerique-garrigues",
        "numerique-assistance-telephone",
        "Assistance numérique par téléphone",
        "accompagnement",
        [
            "numerique--acceder-a-des-services-en-ligne",
            "numerique--maitriser-les-fondamentaux-du-numerique",
        ],
        ["tous-publics"],
        "Un médiateur répond par téléphone aux personnes bloquées dans une démarche ou avec "
        "leur smartphone : mot de passe oublié, application à installer, pièce jointe à "
        "envoyer. Si le problème ne se règle pas à distance, un rendez-vous est proposé.",
        pour="être aidé à distance avec mon téléphone ou mon ordinateur",
        modes_accueil=["a-distance"],
        modes_mobilisation=["telephoner"],
        horaires_accueil="Mo-Fr 14:00-17:00; PH off",
    ),
    # --- Maison des Langues Gambetta
    service(
        "maison-des-langues-gambetta",
        "langues-asl",
        "Ateliers socio-linguistiques pour la vie quotidienne",
        "atelier",
        ["lecture-ecriture-calcul--maitriser-le-francais", "remobilisation--lien-social"],
        ["tous-publics"],
        "Ateliers de français à partir des situations de la vie de tous les jours : aller chez "
        "le médecin, parler à l'école des enfants, prendre le bus, faire une démarche. Ils "
        "conviennent aux adultes qui parlent peu le français, même sans avoir été à l'école.",
        pour="m'inscrire aux ateliers de français de la vie quotidienne",
        horaires_accueil="Mo,Tu,Th 09:00-11:30",
        age_min=18,
        verified=True,
    ),
    service(
        "maison-des-langues-gambetta",
        "langues-fle-a1-a2",
        "Cours de français langue étrangère niveaux A1 et A2",
        "formation",
        ["lecture-ecriture-calcul--maitriser-le-francais"],
        ["tous-publics"],
        "Formation intensive pour progresser à l'oral et à l'écrit, du niveau débutant "
        "jusqu'au niveau A2. Un test de positionnement est fait à l'inscription. Les "
        "stagiaires peuvent préparer un diplôme de langue française en fin de parcours.",
        pour="m'inscrire au cours de français A1-A2",
        age_min=18,
        volume_horaire_hebdomadaire=12,
        nombre_semaines=16,
        sessions=[("2027-01-11", 16), ("2027-02-22", 16)],
        documents=[ID, DOMICILE],
    ),
    service(
        "maison-des-langues-gambetta",
        "langues-francais-pro",
        "Français à visée professionnelle",
        "formation",
        [
            "lecture-ecriture-calcul--maitriser-le-francais",
            "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
        ],
        ["demandeurs-emploi", "personnes-exilees"],
        "Formation pour les personnes qui parlent déjà le français au quotidien et veulent "
        "l'utiliser au travail : comprendre une consigne, parler avec des collègues et des "
        "clients, remplir un document, réussir un entretien d'embauche.",
        pour="suivre le français à visée professionnelle",
        age_min=18,
        prerequisites=["francais"],
        volume_horaire_hebdomadaire=15,
        nombre_semaines=12,
        sessions=[("2027-03-08", 14)],
        documents=[ID, CV],
    ),
    service(
        "maison-des-langues-gambetta",
        "langues-tutorat-distance",
        "Français en ligne avec un tuteur",
        "formation",
        ["lecture-ecriture-calcul--maitriser-le-francais"],
        ["tous-publics"],
        "Cours de français à distance, avec des exercices en ligne et un rendez-vous vidéo "
        "chaque semaine avec un tuteur. Convient aux personnes qui travaillent ou qui ne "
        "peuvent pas se déplacer. Il faut un smartphone ou un ordinateur et une connexion.",
        pour="suivre des cours de français en ligne",
        modes_accueil=["a-distance"],
        modes_mobilisation=["telephoner", "se-presenter"],
        horaires_accueil="Mo-Fr 18:00-20:00",
        age_min=18,
        prerequisites=["numerique", "francais"],
        volume_horaire_hebdomadaire=3,
        nombre_semaines=20,
        sessions=[("2027-01-18", 20)],
    ),
    # --- Lire Écrire Compter Richelieu
    service(
        "lire-ecrire-compter-richelieu",
        "lec-lecture-ecriture",
        "Ateliers lecture et écriture pour adultes",
        "atelier",
        ["lecture-ecriture-calcul--maitriser-le-francais"],
        ["tous-publics"],
        "Ateliers pour les adultes qui parlent français mais ont du mal à lire ou à écrire : "
        "lire un courrier, remplir un formulaire, écrire un message. Chacun avance sur ses "
        "propres objectifs, sans note ni examen.",
        pour="améliorer ma lecture et mon écriture",
        horaires_accueil="Tu,Th 09:00-11:30; We 14:00-16:30",
        age_min=18,
        prerequisites=["francais"],
        verified=True,
    ),
    service(
        "lire-ecrire-compter-richelieu",
        "lec-calcul-quotidien",
        "Calcul du quotidien et gestion des papiers",
        "atelier",
        [
            "lecture-ecriture-calcul--maitriser-le-calcul",
            "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
        ],
        ["tous-publics"],
        "Atelier pour être à l'aise avec les nombres de la vie courante : comparer des prix, "
        "lire une facture, comprendre une fiche de paie, classer ses papiers. Les exemples "
        "viennent des documents apportés par les participants.",
        pour="participer à l'atelier calcul du quotidien",
        horaires_accueil="Mo 14:00-16:30",
        age_min=18,
    ),
    service(
        "lire-ecrire-compter-richelieu",
        "lec-certification-savoirs",
        "Préparation à la certification des savoirs de base",
        "formation",
        [
            "lecture-ecriture-calcul--maitriser-le-francais",
            "lecture-ecriture-calcul--maitriser-le-calcul",
            "numerique--maitriser-les-fondamentaux-du-numerique",
        ],
        ["demandeurs-emploi", "actifs"],
        "Formation pour valider ses connaissances de base (français, calcul, numérique, "
        "travail en équipe) par une certification reconnue par les employeurs. Un "
        "positionnement au départ permet de ne travailler que ce qui manque.",
        pour="préparer la certification des savoirs de base",
        age_min=18,
        prerequisites=["francais"],
        diploma_max="cap-bep",
        volume_horaire_hebdomadaire=14,
        nombre_semaines=10,
        sessions=[("2027-01-25", 10), ("2027-04-12", 10)],
        documents=[ID, FT_ATT],
    ),
    # --- Plateforme Mobilité Solidaire du Vistre
    service(
        "plateforme-mobilite-vistre",
        "mobilite-diagnostic",
        "Diagnostic mobilité et conseil en déplacements",
        "accompagnement",
        ["mobilite--etre-accompagne-dans-son-parcours-mobilite"],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux", "jeunes"],
        "Un conseiller mobilité fait le point sur les trajets à faire pour un emploi ou une "
        "formation, les moyens disponibles et les obstacles. Il propose ensuite des solutions : "
        "bus, vélo, covoiturage, location de scooter, financement du permis.",
        pour="faire un diagnostic mobilité",
        mobilisable_par=["professionnels", "usagers"],
        age_min=16,
        required_situations=["demandeur-emploi", "rsa", "jeune-sans-diplome"],
        documents=[ID, PRESCRIPTION],
        verified=True,
    ),
    service(
        "plateforme-mobilite-vistre",
        "mobilite-location-scooters",
        "Location de scooters solidaire",
        "aide-materielle",
        ["mobilite--acceder-a-un-vehicule"],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux", "jeunes"],
        "Location de scooters de 50 cm³ pour aller au travail ou en formation quand il n'y a "
        "pas de bus aux bons horaires. La location dure un mois, renouvelable jusqu'à six "
        "mois, le temps de trouver une solution durable. Casque et antivol fournis.",
        pour="louer un scooter pour aller au travail",
        frais="payant",
        frais_precisions="2 € par jour ; caution de 150 € non encaissée sauf dommage.",
        conditions_acces="Avoir le permis AM (ex-BSR) ou le permis B, et un contrat de "
        "travail, une promesse d'embauche ou une entrée en formation.",
        mobilisable_par=["professionnels"],
        age_min=16,
        required_situations=["demandeur-emploi", "rsa", "salarie"],
        documents=[ID, DOMICILE, PERMIS, RIB],
    ),
    service(
        "plateforme-mobilite-vistre",
        "mobilite-financement-permis",
        "Aide au financement du permis B",
        "aide-financiere",
        ["mobilite--financer-ma-mobilite", "mobilite--preparer-un-permis"],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "Aide pour monter un plan de financement du permis B quand il est nécessaire pour un "
        "emploi : recherche des aides existantes, constitution des dossiers, microcrédit si "
        "besoin. Le conseiller suit ensuite la progression jusqu'à l'examen.",
        pour="financer mon permis de conduire",
        mobilisable_par=["professionnels"],
        age_min=18,
        required_situations=["demandeur-emploi", "rsa"],
        documents=[ID, DOMICILE, RESSOURCES, FT_ATT],
    ),
    service(
        "plateforme-mobilite-vistre",
        "mobilite-transports-en-commun",
        "Apprendre à utiliser les transports en commun",
        "atelier",
        [
            "mobilite--mobilite-douce-partagee-collective",
            "mobilite--etre-accompagne-dans-son-parcours-mobilite",
        ],
        ["tous-publics"],
        "Atelier pratique pour lire un plan de bus, calculer son trajet, acheter un titre de "
        "transport et faire le trajet une première fois avec un accompagnateur. Utile avant "
        "un premier jour de travail ou de formation.",
        pour="apprendre à prendre le bus pour mes trajets",
        horaires_accueil="We 09:30-12:00",
        maj="2024-03-18",
    ),
    service(
        "plateforme-mobilite-vistre",
        "mobilite-remise-en-selle",
        "Remise en selle : apprendre à faire du vélo",
        "atelier",
        ["mobilite--mobilite-douce-partagee-collective"],
        ["tous-publics"],
        "Cours pour apprendre ou réapprendre à faire du vélo, en toute sécurité, puis à "
        "circuler en ville. Les vélos et les casques sont prêtés. Beaucoup de participantes "
        "n'étaient jamais montées sur un vélo avant.",
        pour="apprendre à faire du vélo",
        horaires_accueil="Sa 09:30-11:30",
        age_min=16,
    ),
    # --- Auto-école sociale Le Volant Solidaire (Mas de Mingue)
    service(
        "auto-ecole-volant-solidaire",
        "volant-permis-b",
        "Permis B en auto-école sociale",
        "formation",
        ["mobilite--preparer-un-permis"],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux", "jeunes"],
        "Préparation au code et à la conduite avec une pédagogie adaptée aux personnes qui ont "
        "des difficultés à apprendre de façon classique. Le parcours comprend des cours "
        "collectifs, des leçons de conduite et un suivi individuel jusqu'à l'examen.",
        pour="m'inscrire au permis B en auto-école sociale",
        frais="payant",
        frais_precisions="Participation de 150 € à 400 € selon les ressources, le reste est "
        "financé par des aides.",
        mobilisable_par=["professionnels"],
        mobilisation_precisions="Sur orientation d'un conseiller emploi ou d'un travailleur social.",
        age_min=18,
        required_situations=["demandeur-emploi", "rsa"],
        volume_horaire_hebdomadaire=6,
        nombre_semaines=20,
        sessions=[("2027-01-11", 10), ("2026-12-07", 8)],
        documents=[ID, DOMICILE, PRESCRIPTION],
        verified=True,
    ),
    service(
        "auto-ecole-volant-solidaire",
        "volant-code-adapte",
        "Code de la route avec pédagogie adaptée",
        "formation",
        ["mobilite--preparer-un-permis", "lecture-ecriture-calcul--maitriser-le-francais"],
        ["tous-publics"],
        "Cours de code en petit groupe pour les personnes qui lisent difficilement ou "
        "maîtrisent mal le français. Le vocabulaire de la route est expliqué avec des images "
        "et des mises en situation avant les séries d'entraînement.",
        pour="préparer le code de la route",
        frais="payant",
        frais_precisions="30 € par mois.",
        age_min=16,
        volume_horaire_hebdomadaire=4,
        nombre_semaines=12,
        sessions=[("2027-02-01", 12), ("2027-04-06", 12)],
        documents=[ID],
    ),
    service(
        "auto-ecole-volant-solidaire",
        "volant-evaluation-depart",
        "Évaluation de départ avant le permis",
        "atelier",
        ["mobilite--preparer-un-permis", "mobilite--etre-accompagne-dans-son-parcours-mobilite"],
        ["tous-publics"],
        "Une séance d'une heure et demie pour évaluer le nombre d'heures de conduite "
        "nécessaires et vérifier que le permis est le bon projet à ce moment-là. Le résultat "
        "aide à monter le plan de financement avec son conseiller.",
        pour="faire l'évaluation de départ du permis",
        horaires_accueil="Tu,Fr 14:00-17:00",
        age_min=17,
        maj="2024-11-05",
    ),
    # --- Crèche Les Petits Pas (Pissevin)
    service(
        "creche-petits-pas",
        "petits-pas-places-insertion",
        "Places en crèche pour parents en recherche d'emploi",
        "aide-materielle",
        ["famille--garde-denfants"],
        ["familles", "demandeurs-emploi"],
        "Des places sont réservées aux enfants de parents qui cherchent un emploi ou entrent "
        "en formation, pour la durée de la recherche puis pendant les premiers mois d'emploi. "
        "Le parent s'engage dans un accompagnement vers l'emploi en parallèle.",
        pour="demander une place en crèche pendant ma recherche d'emploi",
        frais="payant",
        frais_precisions="Tarif horaire selon les revenus et la composition de la famille "
        "(barème national de la CAF).",
        required_situations=["demandeur-emploi", "rsa", "parent-isole"],
        documents=[ID, CAF, CARNET_SANTE, FT_ATT],
        verified=True,
    ),
    service(
        "creche-petits-pas",
        "petits-pas-garde-ponctuelle",
        "Garde ponctuelle pendant un entretien ou une formation",
        "aide-materielle",
        ["famille--garde-denfants"],
        ["familles"],
        "Accueil de l'enfant quelques heures pour permettre au parent de passer un entretien "
        "d'embauche, une journée d'information ou une session de formation. Il faut prévenir "
        "au moins deux jours avant, selon les places disponibles.",
        pour="faire garder mon enfant pendant un entretien",
        frais="payant",
        frais_precisions="Tarif horaire selon les revenus (barème CAF).",
        modes_mobilisation=["se-presenter", "telephoner"],
        documents=[ID, CARNET_SANTE, CAF],
    ),
    service(
        "creche-petits-pas",
        "petits-pas-atelier-parents",
        "Atelier parents : concilier emploi et vie de famille",
        "atelier",
        ["famille--soutien-a-la-parentalite-et-a-leducation", "famille--garde-denfants"],
        ["familles"],
        "Rencontres mensuelles entre parents pour parler de l'organisation quand on reprend un "
        "travail : modes de garde, horaires, place de chacun dans la famille. Les enfants sont "
        "gardés sur place pendant l'atelier.",
        pour="participer à l'atelier des parents",
        horaires_accueil="Fr 14:00-16:00",
        maj="2023-09-12",
    ),
    # --- Service Emploi Accompagné Garrigues et Costières
    service(
        "emploi-accompagne-garrigues",
        "emploi-accompagne",
        "Emploi accompagné pour les travailleurs handicapés",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "trouver-un-emploi--maintien-dans-lemploi",
        ],
        ["personnes-en-situation-de-handicap"],
        "Un job coach accompagne la personne dans la durée : recherche d'un poste adapté, "
        "préparation de l'employeur, aménagements, puis soutien régulier après l'embauche. "
        "L'entrée dans le dispositif se fait sur décision de la MDPH.",
        pour="entrer dans le dispositif d'emploi accompagné",
        mobilisable_par=["professionnels", "usagers"],
        conditions_acces="Décision d'orientation de la MDPH vers l'emploi accompagné.",
        age_min=16,
        required_situations=["rqth"],
        documents=[ID, MDPH, CV],
        verified=True,
    ),
    service(
        "emploi-accompagne-garrigues",
        "emploi-accompagne-recherche",
        "Recherche d'emploi adaptée au handicap",
        "atelier",
        [
            "preparer-sa-candidature--valoriser-ses-competences",
            "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
        ],
        ["personnes-en-situation-de-handicap", "demandeurs-emploi"],
        "Ateliers pour parler de son handicap à un employeur si on le souhaite, connaître les "
        "aides à l'embauche et à l'aménagement de poste, et cibler les entreprises engagées. "
        "Chaque atelier est suivi d'un entretien individuel.",
        pour="participer aux ateliers de recherche d'emploi adaptée",
        horaires_accueil="Th 09:30-12:00",
        age_min=18,
        required_situations=["rqth"],
        documents=[MDPH, CV],
    ),
    service(
        "emploi-accompagne-garrigues",
        "emploi-accompagne-maintien",
        "Maintien dans l'emploi en cas de problème de santé",
        "accompagnement",
        ["trouver-un-emploi--maintien-dans-lemploi"],
        ["actifs", "personnes-en-situation-de-handicap"],
        "Pour les salariés dont la santé rend le poste difficile à tenir : point sur la "
        "situation, lien avec la médecine du travail et l'employeur, recherche d'aménagements "
        "ou de reconversion. Mieux vaut venir avant un arrêt long ou une inaptitude.",
        pour="parler de mes difficultés à garder mon emploi",
        modes_accueil=["en-presentiel", "a-distance"],
        age_min=18,
        required_situations=["salarie"],
        documents=[BULLETINS],
    ),
    # --- Espace Conseil Handicap Nîmes Centre
    service(
        "espace-conseil-handicap",
        "handicap-dossier-mdph",
        "Aide pour constituer un dossier MDPH",
        "accompagnement",
        [
            "sante--constituer-un-dossier-mdph-invalidite",
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
        ],
        ["personnes-en-situation-de-handicap", "familles"],
        "Une conseillère aide à remplir le formulaire de demande à la MDPH, à rédiger le projet "
        "de vie et à réunir le certificat médical et les justificatifs. Elle explique aussi les "
        "délais et les suites possibles de la demande.",
        pour="être aidé pour mon dossier MDPH",
        documents=[ID, DOMICILE, "Certificat médical de moins d'un an (formulaire MDPH)"],
        verified=True,
    ),
    service(
        "espace-conseil-handicap",
        "handicap-rqth",
        "Information sur la reconnaissance de travailleur handicapé (RQTH)",
        "information",
        [
            "sante--constituer-un-dossier-mdph-invalidite",
            "trouver-un-emploi--maintien-dans-lemploi",
        ],
        ["personnes-en-situation-de-handicap", "actifs", "demandeurs-emploi"],
        "Explication de ce qu'apporte la RQTH pour trouver ou garder un emploi : aménagements "
        "de poste, accès à des dispositifs spécialisés, aides pour l'employeur. La "
        "reconnaissance reste confidentielle : on choisit d'en parler ou non à son employeur.",
        pour="savoir si je peux demander la RQTH",
        modes_accueil=["en-presentiel", "a-distance"],
        age_min=16,
        documents=[ID],
    ),
    service(
        "espace-conseil-handicap",
        "handicap-permanence-distance",
        "Permanence téléphonique handicap et emploi",
        "information",
        [
            "sante--constituer-un-dossier-mdph-invalidite",
            "trouver-un-emploi--maintien-dans-lemploi",
        ],
        ["personnes-en-situation-de-handicap", "familles"],
        "Une permanence par téléphone ou en visio pour poser ses questions sur le handicap au "
        "travail, le suivi d'un dossier MDPH ou les aides existantes, sans avoir à se "
        "déplacer. Un rendez-vous sur place peut être fixé si besoin.",
        pour="poser mes questions sur le handicap et l'emploi",
        modes_accueil=["a-distance"],
        modes_mobilisation=["telephoner"],
        horaires_accueil="Tu,Th 14:00-17:00",
        maj="2024-06-20",
    ),
    # --- Atelier Création d'Activité Mont Duplan
    service(
        "atelier-creation-activite",
        "creation-reunion-information",
        "Réunion d'information : créer son entreprise",
        "information",
        ["creer-une-entreprise--definir-son-projet-de-creation-dentreprise"],
        ["tous-publics"],
        "Réunion collective de deux heures pour découvrir les étapes d'une création "
        "d'entreprise, les statuts possibles, les aides et les erreurs à éviter. C'est le "
        "point de départ avant un accompagnement individuel.",
        pour="assister à la réunion d'information sur la création d'entreprise",
        horaires_accueil="Tu 09:30-11:30",
        age_min=18,
    ),
    service(
        "atelier-creation-activite",
        "creation-montage-projet",
        "Accompagnement au montage du projet de création",
        "accompagnement",
        ["creer-une-entreprise--structurer-son-projet-de-creation-dentreprise"],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux", "actifs"],
        "Rendez-vous individuels pour étudier le marché, construire le prévisionnel financier, "
        "choisir un statut et préparer les demandes de financement. La durée dépend du projet, "
        "en général trois à six mois.",
        pour="être accompagné pour monter mon projet d'entreprise",
        age_min=18,
        documents=[ID, CV],
        verified=True,
    ),
    service(
        "atelier-creation-activite",
        "creation-couveuse",
        "Tester son activité en couveuse d'entreprise",
        "accompagnement",
        [
            "creer-une-entreprise--developper-son-entreprise",
            "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise",
        ],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "La couveuse permet de vendre ses premiers produits ou services sans créer tout de "
        "suite son entreprise, avec un contrat d'accompagnement et des formations de gestion. "
        "On vérifie ainsi que l'activité peut faire vivre avant de se lancer.",
        pour="tester mon activité en couveuse",
        age_min=18,
        required_situations=["demandeur-emploi", "rsa"],
        documents=[ID, FT_ATT, CV],
    ),
    service(
        "atelier-creation-activite",
        "creation-micro-entreprise-ligne",
        "Atelier en ligne : la micro-entreprise, les bases",
        "atelier",
        ["creer-une-entreprise--definir-son-projet-de-creation-dentreprise"],
        ["tous-publics"],
        "Atelier en visioconférence pour comprendre le régime de la micro-entreprise : "
        "déclaration, cotisations, plafonds de chiffre d'affaires, facturation. Les questions "
        "se posent en direct à la conseillère.",
        pour="suivre l'atelier en ligne sur la micro-entreprise",
        modes_accueil=["a-distance"],
        modes_mobilisation=["se-presenter", "telephoner"],
        mobilisation_precisions="Inscription à l'accueil ; le lien de la visio est donné à "
        "l'inscription.",
        horaires_accueil="Th 18:00-19:30",
        age_min=18,
        prerequisites=["numerique"],
    ),
    # --- Centre de Bilan et d'Orientation Tour Magne
    service(
        "centre-bilan-tour-magne",
        "bilan-competences",
        "Bilan de compétences",
        "accompagnement",
        [
            "choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
            "choisir-un-metier--confirmer-son-choix-de-metier",
        ],
        ["actifs", "demandeurs-emploi"],
        "Une vingtaine d'heures d'entretiens et d'exercices, réparties sur deux à trois mois, "
        "pour faire le point sur ses compétences, ses envies et ses contraintes, et construire "
        "un projet réaliste. Le bilan est confidentiel.",
        pour="faire un bilan de compétences",
        frais="payant",
        frais_precisions="Finançable par le compte personnel de formation (CPF) ; reste à "
        "charge possible selon les droits.",
        age_min=18,
        prerequisites=["francais"],
        documents=[CV, DIPLOMES],
        verified=True,
    ),
    service(
        "centre-bilan-tour-magne",
        "bilan-metiers-qui-recrutent",
        "Atelier découverte des métiers qui recrutent",
        "atelier",
        [
            "choisir-un-metier--connaitre-les-opportunites-demploi",
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
        ],
        ["tous-publics"],
        "Présentation des métiers qui recrutent autour de Nîmes, des conditions de travail et "
        "des formations pour y accéder. Chaque séance met l'accent sur un secteur : santé et "
        "aide à la personne, logistique, bâtiment, hôtellerie-restauration.",
        pour="découvrir les métiers qui recrutent",
        horaires_accueil="We 09:30-11:30",
        maj="2023-11-08",
    ),
    service(
        "centre-bilan-tour-magne",
        "bilan-valider-projet",
        "Valider son projet professionnel",
        "accompagnement",
        [
            "choisir-un-metier--confirmer-son-choix-de-metier",
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
        ],
        ["demandeurs-emploi"],
        "Accompagnement de six semaines pour vérifier qu'un projet de métier est réaliste : "
        "enquêtes auprès de professionnels, immersion en entreprise, point sur les formations "
        "et le marché du travail local. On repart avec un plan d'action écrit.",
        pour="valider mon projet professionnel",
        mobilisable_par=["professionnels"],
        age_min=18,
        required_situations=["demandeur-emploi"],
        documents=[CV, FT_ATT],
    ),
    service(
        "centre-bilan-tour-magne",
        "bilan-vae",
        "Accompagnement à la validation des acquis de l'expérience (VAE)",
        "accompagnement",
        [
            "se-former--monter-son-dossier-de-formation",
            "preparer-sa-candidature--valoriser-ses-competences",
        ],
        ["actifs", "demandeurs-emploi"],
        "La VAE permet d'obtenir un diplôme grâce à son expérience, salariée ou bénévole. Le "
        "conseiller aide à choisir le diplôme visé, à décrire ses activités dans le dossier et "
        "à se préparer à l'entretien avec le jury.",
        pour="me renseigner sur la VAE",
        modes_accueil=["en-presentiel", "a-distance"],
        age_min=18,
        documents=[CV, BULLETINS, DIPLOMES],
    ),
    # --- Chantier d'insertion Vert Garrigue (Route de Beaucaire)
    service(
        "chantier-vert-garrigue",
        "vert-garrigue-contrat",
        "Contrat en chantier d'insertion espaces verts",
        "accompagnement",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "remobilisation--bien-etre-confiance-en-soi",
        ],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "Contrat de travail de 26 heures par semaine pour entretenir des espaces verts et des "
        "sentiers, en équipe, avec un encadrant technique. Une conseillère accompagne chaque "
        "salarié dans ses démarches et prépare avec lui la suite du parcours.",
        pour="postuler au chantier d'insertion espaces verts",
        mobilisable_par=["professionnels"],
        age_min=18,
        required_situations=["rsa", "demandeur-emploi"],
        documents=[ID, VITALE, RIB, PRESCRIPTION],
        verified=True,
    ),
    service(
        "chantier-vert-garrigue",
        "vert-garrigue-decouverte",
        "Découverte des métiers du paysage",
        "atelier",
        ["choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"],
        ["tous-publics"],
        "Deux journées sur le chantier pour découvrir l'entretien des espaces verts, la taille "
        "et l'utilisation des outils, avant de postuler. Les chaussures de sécurité sont "
        "prêtées. Il faut pouvoir travailler dehors et porter des charges.",
        pour="découvrir les métiers du paysage sur le chantier",
        horaires_accueil="Mo 08:00-12:00",
        age_min=16,
    ),
    # --- Espace Budget et Droits des Oliviers
    service(
        "espace-budget-oliviers",
        "budget-conseil",
        "Conseil budget et prévention du surendettement",
        "accompagnement",
        [
            "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
            "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
        ],
        ["tous-publics"],
        "Rendez-vous confidentiel pour faire le point sur ses revenus et ses dépenses, "
        "repérer les économies possibles et prévenir les impayés. Le conseiller peut aussi "
        "contacter un créancier pour négocier un échéancier.",
        pour="faire le point sur mon budget",
        documents=[RESSOURCES, COURRIERS, BAIL],
        verified=True,
    ),
    service(
        "espace-budget-oliviers",
        "budget-acces-droits",
        "Accès aux droits : RSA, prime d'activité, complémentaire santé",
        "accompagnement",
        [
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
        ],
        ["tous-publics"],
        "Vérification des aides auxquelles on peut prétendre et aide pour faire les demandes : "
        "RSA, prime d'activité, aides au logement, complémentaire santé solidaire, tarifs "
        "sociaux. Beaucoup de personnes ne demandent pas des aides auxquelles elles ont droit.",
        pour="vérifier les aides auxquelles j'ai droit",
        documents=[ID, RESSOURCES, IMPOTS, RIB],
    ),
    service(
        "espace-budget-oliviers",
        "budget-surendettement",
        "Aide au dossier de surendettement",
        "accompagnement",
        ["difficultes-financieres--situation-dendettement-surendettement"],
        ["tous-publics"],
        "Quand les dettes ne peuvent plus être remboursées, le conseiller aide à remplir le "
        "dossier de surendettement de la Banque de France, explique la procédure et "
        "accompagne jusqu'à la décision de la commission.",
        pour="être aidé pour un dossier de surendettement",
        age_min=18,
        documents=[ID, RESSOURCES, COURRIERS, IMPOTS, BAIL],
        maj="2024-02-27",
    ),
    service(
        "espace-budget-oliviers",
        "budget-reprise-emploi",
        "Atelier budget de la reprise d'emploi",
        "atelier",
        ["difficultes-financieres--acquerir-une-autonomie-budgetaire"],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "Atelier pour anticiper ce qui change quand on reprend un travail : salaire et date de "
        "versement, effets sur le RSA, la prime d'activité et les aides au logement, frais de "
        "transport et de garde. On repart avec un budget des premiers mois.",
        pour="préparer mon budget avant de reprendre un emploi",
        horaires_accueil="Th 14:00-16:00",
        required_situations=["rsa", "demandeur-emploi"],
    ),
    # --- Espace Santé Prévention Nîmes Est
    service(
        "espace-sante-nimes-est",
        "sante-bilan",
        "Bilan de santé et accès aux soins",
        "accompagnement",
        ["sante--acces-aux-soins"],
        ["tous-publics"],
        "Bilan de santé gratuit avec un infirmier et un médecin, puis aide pour trouver un "
        "médecin traitant, un dentiste ou un ophtalmologiste. Utile avant une reprise d'emploi "
        "ou une formation quand on n'a pas consulté depuis longtemps.",
        pour="faire un bilan de santé",
        documents=[ID, VITALE],
        verified=True,
    ),
    service(
        "espace-sante-nimes-est",
        "sante-ecoute-psy",
        "Écoute et soutien psychologique",
        "accompagnement",
        ["sante--sante-mentale", "remobilisation--bien-etre-confiance-en-soi"],
        ["tous-publics"],
        "Entretiens gratuits avec un psychologue pour les personnes qui traversent une période "
        "difficile : perte d'emploi, isolement, stress, découragement. Quelques séances "
        "peuvent suffire ; sinon, une orientation vers un suivi adapté est proposée.",
        pour="prendre rendez-vous avec un psychologue",
        modes_accueil=["en-presentiel", "a-distance"],
        age_min=18,
    ),
    service(
        "espace-sante-nimes-est",
        "sante-droits",
        "Ouverture des droits santé et complémentaire santé solidaire",
        "accompagnement",
        [
            "sante--acces-aux-soins",
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
        ],
        ["tous-publics"],
        "Aide pour ouvrir ou mettre à jour ses droits à l'Assurance maladie, choisir un "
        "médecin traitant et demander la complémentaire santé solidaire, gratuite ou à petit "
        "prix selon les ressources. Les dossiers sont vérifiés avant l'envoi pour éviter les "
        "allers-retours.",
        pour="ouvrir mes droits santé",
        documents=[ID, DOMICILE, RESSOURCES, RIB],
        maj="2023-07-04",
    ),
    service(
        "espace-sante-nimes-est",
        "sante-addictions",
        "Accueil et conseil sur les addictions",
        "accompagnement",
        ["sante--addictions"],
        ["tous-publics"],
        "Accueil anonyme et gratuit pour parler de sa consommation d'alcool, de tabac, de "
        "cannabis ou d'autres produits, ou de jeux. Un professionnel écoute sans juger et "
        "propose, si la personne le souhaite, un suivi ou une orientation.",
        pour="parler de ma consommation à un professionnel",
        horaires_accueil="Mo,We 13:30-17:30",
        age_min=16,
    ),
    # --- Association Toit et Tremplin
    service(
        "toit-et-tremplin",
        "toit-jeunes-actifs",
        "Recherche de logement pour les jeunes actifs",
        "accompagnement",
        ["logement-hebergement--louer-un-logement", "logement-hebergement--changer-de-logement"],
        ["jeunes", "actifs"],
        "Accompagnement pour trouver un premier logement quand on a un emploi, un contrat "
        "d'apprentissage ou une formation : dossier de location, garanties, aides à "
        "l'installation, visites. L'association connaît des bailleurs du secteur.",
        pour="trouver un logement près de mon travail",
        age_min=18,
        age_max=30,
        documents=[ID, RESSOURCES, BULLETINS],
        verified=True,
    ),
    service(
        "toit-et-tremplin",
        "toit-impayes",
        "Aide en cas d'impayés de loyer",
        "accompagnement",
        [
            "logement-hebergement--reduire-les-impayes-de-loyer",
            "logement-hebergement--se-maintenir-dans-le-logement",
        ],
        ["tous-publics"],
        "Aide rapide quand le loyer n'est plus payé : contact avec le propriétaire, demande "
        "d'aides pour rembourser la dette, mise en place d'un plan d'apurement. Il vaut mieux "
        "venir dès le premier impayé, avant que la dette ne grossisse.",
        pour="trouver une solution pour mes impayés de loyer",
        documents=[ID, BAIL, RESSOURCES, COURRIERS],
    ),
    service(
        "toit-et-tremplin",
        "toit-information-logement",
        "Information logement : démarches et aides",
        "information",
        [
            "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement",
            "logement-hebergement--louer-un-logement",
        ],
        ["tous-publics"],
        "Information sur la demande de logement social, les aides au logement, le dépôt de "
        "garantie et les droits des locataires. Les réponses se font sur place ou par "
        "téléphone, et un rendez-vous est proposé pour les situations complexes.",
        pour="me renseigner sur la demande de logement",
        modes_accueil=["en-presentiel", "a-distance"],
        modes_mobilisation=["se-presenter", "telephoner"],
        maj="2023-10-16",
    ),
    service(
        "toit-et-tremplin",
        "toit-hebergement-temporaire",
        "Hébergement temporaire pour une reprise d'emploi ou une formation",
        "aide-materielle",
        ["logement-hebergement--rechercher-une-solution-dhebergement-temporaire"],
        ["actifs", "demandeurs-emploi", "jeunes"],
        "Quelques chambres meublées pour trois mois au plus, réservées aux personnes qui "
        "commencent un emploi ou une formation loin de chez elles ou qui sont sans logement "
        "stable. Une redevance modeste est demandée.",
        pour="demander un hébergement temporaire",
        frais="payant",
        frais_precisions="Redevance de 150 € à 250 € par mois selon les ressources.",
        mobilisable_par=["professionnels"],
        age_min=18,
        documents=[ID, RESSOURCES, PRESCRIPTION],
    ),
    # --- Entreprise d'insertion Tri et Services
    service(
        "tri-et-services",
        "tri-services-emploi",
        "Emploi en entreprise d'insertion : tri et logistique",
        "accompagnement",
        ["trouver-un-emploi--repondre-a-des-offres-demploi"],
        ["demandeurs-emploi", "beneficiaires-des-minimas-sociaux"],
        "Contrats de quatre mois à deux ans en tri, préparation de commandes et "
        "reconditionnement, avec un encadrant et un accompagnement vers un emploi durable. Pas "
        "besoin d'expérience, mais il faut pouvoir rester debout et porter des charges.",
        pour="postuler à l'entreprise d'insertion",
        mobilisable_par=["professionnels"],
        age_min=18,
        required_situations=["demandeur-emploi", "rsa"],
        documents=[ID, VITALE, RIB, CV],
        maj="2024-08-29",
    ),
    service(
        "tri-et-services",
        "tri-services-cariste",
        "Formation cariste en situation de travail",
        "formation",
        ["se-former--trouver-sa-formation"],
        ["actifs"],
        "Formation à la conduite de chariots élévateurs pour les salariés de l'entreprise "
        "d'insertion, avec préparation du certificat d'aptitude. Elle se déroule sur le temps "
        "de travail, en alternance avec la pratique dans l'entrepôt.",
        pour="suivre la formation cariste",
        mobilisable_par=["professionnels"],
        age_min=18,
        required_situations=["salarie"],
        volume_horaire_hebdomadaire=7,
        nombre_semaines=5,
        sessions=[("2027-02-08", 6), ("2027-05-03", 6)],
    ),
    # --- Groupement Alternance Bâtiment Garrigues
    service(
        "groupement-alternance-batiment",
        "alternance-contrat-pro",
        "Contrat de professionnalisation dans le bâtiment",
        "formation",
        ["se-former--trouver-sa-formation", "trouver-un-emploi--repondre-a-des-offres-demploi"],
        ["demandeurs-emploi", "jeunes"],
        "Contrat de travail en alternance de douze mois : quatre jours par semaine sur "
        "chantier et un jour en centre de formation, pour devenir maçon, plaquiste ou peintre. "
        "Le salaire est versé dès le premier jour.",
        pour="postuler à un contrat de professionnalisation dans le bâtiment",
        age_min=18,
        volume_horaire_hebdomadaire=35,
        nombre_semaines=12,
        sessions=[("2027-03-01", 12)],
        documents=[ID, VITALE, CV, FT_ATT],
        verified=True,
    ),
    service(
        "groupement-alternance-batiment",
        "alternance-information",
        "Information sur l'alternance et l'apprentissage",
        "information",
        [
            "se-former--trouver-sa-formation",
            "choisir-un-metier--connaitre-les-opportunites-demploi",
        ],
        ["jeunes", "demandeurs-emploi"],
        "Explication du fonctionnement de l'apprentissage et du contrat de professionnalisation "
        "(salaire, durée, rythme), présentation des offres en cours et aide pour contacter les "
        "entreprises. Les réunions ont lieu sur place ou en visio.",
        pour="me renseigner sur l'alternance",
        modes_accueil=["en-presentiel", "a-distance"],
        horaires_accueil="We 14:00-16:30",
        age_min=16,
        age_max=29,
    ),
    service(
        "groupement-alternance-batiment",
        "alternance-tests-recrutement",
        "Préparation aux tests de recrutement",
        "atelier",
        [
            "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
            "lecture-ecriture-calcul--maitriser-le-calcul",
        ],
        ["demandeurs-emploi", "jeunes"],
        "Séance d'entraînement aux tests utilisés pour recruter les alternants : calculs de "
        "métrés, lecture de plans simples, questions de sécurité. Elle est suivie d'une "
        "simulation d'entretien avec un chef d'entreprise.",
        pour="me préparer aux tests de recrutement",
        horaires_accueil="Fr 09:00-12:00",
        age_min=18,
        maj="2025-02-11",
    ),
    # --- Centre de Formation Professionnelle des Costières
    service(
        "formation-pro-costieres",
        "cfp-agent-proprete",
        "Formation agent de propreté et d'hygiène",
        "formation",
        ["se-former--trouver-sa-formation"],
        ["demandeurs-emploi"],
        "Formation qualifiante aux techniques de nettoyage des bureaux, des commerces et des "
        "établissements de santé, avec un stage en entreprise. Les débouchés sont nombreux, "
        "souvent en horaires décalés, tôt le matin ou en fin de journée.",
        pour="m'inscrire à la formation agent de propreté",
        age_min=18,
        prerequisites=["francais"],
        volume_horaire_hebdomadaire=35,
        nombre_semaines=14,
        sessions=[("2027-01-18", 12), ("2027-03-15", 12)],
        documents=[ID, FT_ATT, CV],
        verified=True,
    ),
    service(
        "formation-pro-costieres",
        "cfp-assistant-vie-familles",
        "Formation assistant de vie aux familles",
        "formation",
        ["se-former--trouver-sa-formation"],
        ["demandeurs-emploi"],
        "Formation pour travailler auprès des personnes âgées, des personnes handicapées ou "
        "des familles à domicile : aide aux repas, à l'entretien du logement, à la toilette. "
        "Elle prépare un titre professionnel et comprend deux stages.",
        pour="m'inscrire à la formation assistant de vie aux familles",
        age_min=18,
        prerequisites=["francais", "lecture-ecriture"],
        volume_horaire_hebdomadaire=35,
        nombre_semaines=20,
        sessions=[("2027-01-04", 14)],
        documents=[ID, FT_ATT, CV, VITALE],
    ),
    service(
        "formation-pro-costieres",
        "cfp-operateur-logistique",
        "Formation préparatoire aux métiers de la logistique",
        "formation",
        [
            "se-former--trouver-sa-formation",
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
        ],
        ["demandeurs-emploi"],
        "Formation courte pour découvrir la préparation de commandes, la réception et "
        "l'expédition de marchandises, avec une initiation à la conduite d'engins. Elle "
        "débouche sur un stage dans un entrepôt de la région nîmoise.",
        pour="m'inscrire à la formation logistique",
        age_min=18,
        volume_horaire_hebdomadaire=35,
        nombre_semaines=8,
        sessions=[("2027-02-15", 14), ("2027-04-26", 14)],
        documents=[ID, FT_ATT],
    ),
    service(
        "formation-pro-costieres",
        "cfp-numerique-pro",
        "Formation aux compétences numériques professionnelles",
        "formation",
        ["numerique--maitriser-les-fondamentaux-du-numerique", "se-former--trouver-sa-formation"],
        ["demandeurs-emploi", "actifs"],
        "Formation pour utiliser au travail la messagerie, le traitement de texte, le tableur "
        "et les outils en ligne. Elle se termine par le passage d'une certification des "
        "compétences numériques reconnue par les employeurs.",
        pour="me former aux outils numériques du travail",
        age_min=18,
        prerequisites=["lecture-ecriture"],
        volume_horaire_hebdomadaire=20,
        nombre_semaines=6,
        sessions=[("2027-01-11", 10), ("2027-03-29", 10), ("2027-05-17", 10)],
        documents=[ID],
        maj="2025-05-06",
    ),
    service(
        "formation-pro-costieres",
        "cfp-restauration",
        "Formation préparatoire aux métiers de la restauration",
        "formation",
        ["se-former--trouver-sa-formation", "choisir-un-metier--confirmer-son-choix-de-metier"],
        ["demandeurs-emploi", "jeunes"],
        "Formation de découverte et de premiers gestes en cuisine et en salle, avec des règles "
        "d'hygiène et deux semaines de stage dans un restaurant. Elle prépare à un emploi "
        "saisonnier ou à une formation qualifiante.",
        pour="m'inscrire à la formation restauration",
        age_min=18,
        volume_horaire_hebdomadaire=35,
        nombre_semaines=10,
        sessions=[("2027-03-01", 12)],
        documents=[ID, FT_ATT],
    ),
    # --- Cercle Emploi Femmes Planas
    service(
        "cercle-emploi-femmes",
        "femmes-club-emploi",
        "Club de recherche d'emploi pour les femmes",
        "atelier",
        [
            "trouver-un-emploi--repondre-a-des-offres-demploi",
            "trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs",
        ],
        ["femmes"],
        "Groupe de recherche d'emploi qui se réunit deux matinées par semaine pendant deux "
        "mois. Les participantes s'entraident, ciblent des offres, relancent les employeurs "
        "ensemble et font le point sur l'organisation familiale.",
        pour="rejoindre le club de recherche d'emploi pour les femmes",
        horaires_accueil="Tu,Th 09:00-12:00",
        age_min=18,
        documents=[CV],
        verified=True,
    ),
    service(
        "cercle-emploi-femmes",
        "femmes-parrainage",
        "Parrainage professionnel",
        "accompagnement",
        ["preparer-sa-candidature--developper-son-reseau"],
        ["femmes"],
        "Une marraine ou un parrain en activité accompagne la personne pendant six mois : "
        "conseils sur le secteur visé, relecture des candidatures, mises en relation avec des "
        "entreprises. Les rencontres se font en face à face ou en visio.",
        pour="être parrainée par une professionnelle",
        modes_accueil=["en-presentiel", "a-distance"],
        age_min=18,
        documents=[CV],
    ),
    service(
        "cercle-emploi-femmes",
        "femmes-image-entretien",
        "Atelier image de soi et entretien d'embauche",
        "atelier",
        [
            "remobilisation--bien-etre-confiance-en-soi",
            "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
        ],
        ["femmes"],
        "Atelier pour reprendre confiance en son image et savoir se présenter : tenue adaptée "
        "au poste, prise de parole, gestion du stress. Il se termine par une simulation "
        "d'entretien filmée et commentée avec bienveillance.",
        pour="participer à l'atelier image de soi",
        horaires_accueil="Mo 14:00-17:00",
        age_min=18,
        maj="2024-05-14",
    ),
    # --- Carrefour Découverte des Métiers (Capouchine)
    service(
        "carrefour-decouverte-metiers",
        "decouverte-forum",
        "Forum des métiers qui recrutent",
        "information",
        [
            "choisir-un-metier--connaitre-les-opportunites-demploi",
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
        ],
        ["tous-publics"],
        "Chaque mercredi matin, des employeurs et des centres de formation "
        "présentent leurs métiers et leurs besoins. On peut poser ses questions, essayer "
        "certains gestes professionnels et repartir avec des contacts.",
        pour="venir au forum des métiers",
        horaires_accueil="We 09:00-12:30",
        verified=True,
    ),
    service(
        "carrefour-decouverte-metiers",
        "decouverte-visites",
        "Visites d'entreprises",
        "atelier",
        ["choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"],
        ["demandeurs-emploi", "jeunes"],
        "Visites en petit groupe d'entreprises de la région nîmoise : entrepôts, hôpitaux, "
        "cuisines centrales, chantiers. Un salarié présente son travail et répond aux "
        "questions. Le rendez-vous est donné au Carrefour, le trajet est organisé.",
        pour="m'inscrire à une visite d'entreprise",
        age_min=16,
        documents=[ID],
    ),
    service(
        "carrefour-decouverte-metiers",
        "decouverte-interets",
        "Questionnaire d'intérêts et pistes de métiers",
        "accompagnement",
        ["choisir-un-metier--identifier-ses-points-forts-et-ses-competences"],
        ["tous-publics"],
        "Un questionnaire sur ce qu'on aime faire, suivi d'un entretien, pour trouver des "
        "pistes de métiers auxquelles on n'avait pas pensé. On repart avec trois ou quatre "
        "fiches métiers et les prochaines étapes pour les découvrir.",
        pour="trouver des pistes de métiers",
        modes_accueil=["en-presentiel", "a-distance"],
        age_min=16,
        maj="2025-09-30",
    ),
    service(
        "carrefour-decouverte-metiers",
        "decouverte-international",
        "Travailler ou se former à l'étranger : information",
        "information",
        [
            "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger",
            "souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger",
        ],
        ["jeunes", "demandeurs-emploi"],
        "Information sur les possibilités de travail, de stage ou de volontariat à l'étranger "
        "et sur les aides pour partir. Une réunion par mois, sur place ou en visio, suivie "
        "de rendez-vous individuels pour préparer un projet.",
        pour="me renseigner sur le travail à l'étranger",
        modes_accueil=["en-presentiel", "a-distance"],
        horaires_accueil="Tu 17:30-19:00",
        age_min=18,
        age_max=30,
        zone_eligibilite=["30"],
    ),
]
