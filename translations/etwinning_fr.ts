<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>etw::AccountCreationDialog</name>
    <message>
        <source>Create an eTwinning account</source>
        <translation>Créer un compte eTwinning</translation>
    </message>
    <message>
        <source>Teachers and other school staff create their account here. The national support service of your country then checks it with your school; until it has, you are not in the partner directory.</source>
        <translation>Les enseignants et les autres personnels des établissements scolaires créent leur compte ici. Le bureau d&apos;assistance national de votre pays le vérifie ensuite auprès de votre établissement&#xa0;; en attendant, vous n&apos;apparaissez pas dans l&apos;annuaire des partenaires.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>Your school</source>
        <translation>Votre établissement</translation>
    </message>
    <message>
        <source>What you teach</source>
        <translation>Ce que vous enseignez</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>It is also your user name</source>
        <translation>C&apos;est aussi votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role in the school:</source>
        <translation>&amp;Rôle dans l&apos;établissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find your school:</source>
        <translation>&amp;Trouver votre établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Part of its name or town</source>
        <translation>Une partie de son nom ou de sa commune</translation>
    </message>
    <message>
        <source>My school is n&amp;ot listed</source>
        <translation>Mon établissement n&apos;est pas dans la li&amp;ste</translation>
    </message>
    <message>
        <source>Your school, as your national support service will check it</source>
        <translation>Votre établissement, tel que le bureau d&apos;assistance national le vérifiera</translation>
    </message>
    <message>
        <source>School&apos;s na&amp;me:</source>
        <translation>N&amp;om de l&apos;établissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Town or city:</source>
        <translation>Comm&amp;une&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>Street and post code</source>
        <translation>Rue et code postal</translation>
    </message>
    <message>
        <source>&amp;Kind of school:</source>
        <translation>Type d&apos;éta&amp;blissement&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subjects I teach:</source>
        <translation>&amp;Matières que j&apos;enseigne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Languages I can work in:</source>
        <translation>&amp;Langues dans lesquelles je peux travailler&#xa0;:</translation>
    </message>
    <message>
        <source>Pupils&apos; &amp;ages:</source>
        <translation>Âges des élè&amp;ves&#xa0;:</translation>
    </message>
    <message>
        <source>from </source>
        <translation>de </translation>
    </message>
    <message>
        <source>to </source>
        <translation>à </translation>
    </message>
    <message>
        <source>from…</source>
        <translation>de…</translation>
    </message>
    <message>
        <source>to…</source>
        <translation>à…</translation>
    </message>
    <message>
        <source>&amp;Create my account</source>
        <translation>&amp;Créer mon compte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Schools found</source>
        <translation>Établissements trouvés</translation>
    </message>
    <message>
        <source>Subjects I teach</source>
        <translation>Matières que j&apos;enseigne</translation>
    </message>
    <message>
        <source>Languages I can work in</source>
        <translation>Langues dans lesquelles je peux travailler</translation>
    </message>
    <message>
        <source>Pupils&apos; minimum age</source>
        <translation>Âge minimum des élèves</translation>
    </message>
    <message>
        <source>Pupils&apos; maximum age</source>
        <translation>Âge maximum des élèves</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Choisissez votre pays</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisissez</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>Choisissez votre rôle</translation>
    </message>
    <message>
        <source>Choose the region</source>
        <translation>Choisissez la région</translation>
    </message>
    <message>
        <source>Your school: %1</source>
        <translation>Votre établissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose your country first, then type part of your school&apos;s name or town.</source>
        <translation>Choisissez d&apos;abord votre pays, puis tapez une partie du nom ou de la commune de votre établissement.</translation>
    </message>
    <message>
        <source>Type part of your school&apos;s name or town.</source>
        <translation>Tapez une partie du nom ou de la commune de votre établissement.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: check the network connection.</source>
        <translation>Le serveur %1 est injoignable&#xa0;: vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>No school found: check the spelling, or say that your school is not listed.</source>
        <translation>Aucun établissement trouvé&#xa0;: vérifiez l&apos;orthographe, ou indiquez que votre établissement n&apos;est pas dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) found: choose yours.</source>
        <translation>
            <numerusform>%n établissement trouvé&#xa0;: choisissez le vôtre.</numerusform>
            <numerusform>%n établissements trouvés&#xa0;: choisissez le vôtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words, or a sentence of your own, make a strong password.</source>
        <translation>Au moins %1 caractères. Quelques mots sans rapport entre eux, ou une phrase bien à vous, font un mot de passe solide.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop court&#xa0;: au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Too easy to guess: add words, or make it a sentence of your own.</source>
        <translation>Trop facile à deviner&#xa0;: ajoutez des mots, ou faites-en une phrase bien à vous.</translation>
    </message>
    <message>
        <source>Good enough.</source>
        <translation>Suffisant.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Mot de passe solide.</translation>
    </message>
    <message>
        <source>Some fields need your attention: see the message under each one.</source>
        <translation>Certains champs sont à revoir&#xa0;: voyez le message sous chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Too many accounts were created from this network in the last hour. Try again later; what you typed is kept.</source>
        <translation>Trop de comptes ont été créés depuis ce réseau au cours de la dernière heure. Réessayez plus tard&#xa0;; ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the network connection; what you typed is kept.</source>
        <translation>Le serveur %1 est injoignable. Vérifiez la connexion réseau&#xa0;; ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
</context>
<context>
    <name>etw::AccountSession</name>
    <message>
        <source>Only the project&apos;s founders can do this.</source>
        <translation>Seuls les fondateurs du projet peuvent faire cela.</translation>
    </message>
</context>
<context>
    <name>etw::ApiClient</name>
    <message>
        <source>The server cannot be reached. Check the address and your network connection (%1).</source>
        <translation>Impossible de joindre le serveur. Vérifiez l&apos;adresse et votre connexion réseau (%1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server address is not valid.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>The server sent an answer this program cannot read.</source>
        <translation>Le serveur a envoyé une réponse que ce programme ne peut pas lire.</translation>
    </message>
    <message>
        <source>The download could not be read (%1).</source>
        <translation>Le téléchargement est illisible (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer, so nothing was sent to it (%1). Check the address; if it is right, ask your administrator to install a valid certificate on the server.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu par cet ordinateur, rien ne lui a donc été envoyé (%1). Vérifiez l&apos;adresse&#xa0;; si elle est juste, demandez à votre administrateur d&apos;installer un certificat valide sur le serveur.</translation>
    </message>
    <message>
        <source>This address uses plain HTTP: your password and your session would cross the network unprotected. Use its https:// address, or ask your administrator.</source>
        <translation>Cette adresse utilise HTTP sans chiffrement&#xa0;: votre mot de passe et votre session traverseraient le réseau sans protection. Utilisez son adresse https://, ou adressez-vous à votre administrateur.</translation>
    </message>
</context>
<context>
    <name>etw::AppController</name>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau de clés</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep your session in (%1). You stay signed in until you close eTwinning Desktop; next time you will be asked to sign in again. Nothing secret is written to disk.</source>
        <translation>Cet ordinateur ne dispose d&apos;aucun trousseau de clés pour conserver votre session (%1). Votre session reste ouverte jusqu&apos;à la fermeture d&apos;eTwinning Desktop&#xa0;; la prochaine fois, vous devrez vous reconnecter. Aucune donnée secrète n&apos;est écrite sur le disque.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Impossible d&apos;ouvrir vos données</translation>
    </message>
    <message>
        <source>Your data on this computer cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir vos données sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your local copy was damaged</source>
        <translation>Votre copie locale était endommagée</translation>
    </message>
    <message>
        <source>The copy of your data on this computer was damaged. It was set aside (%1) and a new copy is being downloaded from the server. Recovered from it: %2 edits not yet sent (they will be sent), %3 registration drafts and %4 edits needing your attention.</source>
        <translation>La copie de vos données sur cet ordinateur était endommagée. Elle a été mise de côté (%1) et une nouvelle copie est en cours de téléchargement depuis le serveur. Récupérés&#xa0;: %2 modifications pas encore envoyées (elles le seront), %3 brouillons d&apos;inscription et %4 modifications qui demandent votre attention.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Déjà ouvert</translation>
    </message>
    <message>
        <source>eTwinning Desktop is already open for this account, in a program that does not answer (%1). Close it, then start again.</source>
        <translation>eTwinning Desktop est déjà ouvert pour ce compte, dans un programme qui ne répond pas (%1). Fermez-le, puis relancez.</translation>
    </message>
</context>
<context>
    <name>etw::AssessedTwinSpaceWindow</name>
    <message>
        <source>TwinSpace under assessment (read only) — eTwinning Desktop</source>
        <translation>TwinSpace en cours d’évaluation (lecture seule) — eTwinning Desktop</translation>
    </message>
</context>
<context>
    <name>etw::AssessmentView</name>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Applications shown</source>
        <translation>Candidatures affichées</translation>
    </message>
    <message>
        <source>Label applications</source>
        <translation>Candidatures au label</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>La candidature</translation>
    </message>
    <message>
        <source>Assessment grid</source>
        <translation>Grille d’évaluation</translation>
    </message>
    <message>
        <source>Sub-criterion</source>
        <translation>Sous-critère</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>My score</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>My &amp;comment on the application (for the service):</source>
        <translation>&amp;Mon commentaire sur la candidature (pour le bureau)&#xa0;:</translation>
    </message>
    <message>
        <source>My comment on the application</source>
        <translation>Mon commentaire sur la candidature</translation>
    </message>
    <message>
        <source>&amp;Feedback to the teacher (required to refuse):</source>
        <translation>&amp;Retour à l’enseignant (obligatoire en cas de refus)&#xa0;:</translation>
    </message>
    <message>
        <source>Feedback to the teacher</source>
        <translation>Retour à l’enseignant</translation>
    </message>
    <message>
        <source>Award the label</source>
        <translation>Attribuer le label</translation>
    </message>
    <message>
        <source>Do not award</source>
        <translation>Ne pas attribuer</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, </source>
        <translation>
            <numerusform>%n en attente, </numerusform>
            <numerusform>%n en attente, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n traitée</numerusform>
            <numerusform>%n traitées</numerusform>
        </translation>
    </message>
    <message>
        <source>No application waits for an assessment. Teachers&apos; applications arrive here with each synchronisation.</source>
        <translation>Aucune candidature n’attend d’évaluation. Les candidatures des enseignants arrivent ici à chaque synchronisation.</translation>
    </message>
    <message>
        <source>No application here.</source>
        <translation>Aucune candidature ici.</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation>%1 — «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1, school year %2, application %3 of 2; submitted on %4.</source>
        <translation>%1, année scolaire %2, candidature %3 sur 2&#xa0;; soumise le %4.</translation>
    </message>
    <message>
        <source>Awarded by %1: %2</source>
        <translation>Label attribué par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not awarded by %1: %2</source>
        <translation>Label non attribué par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>this computer, not sent yet</source>
        <translation>vous, sur cet ordinateur (en attente d’envoi)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>TwinSpace page: %1</source>
        <translation>Page du TwinSpace&#xa0;: %1</translation>
    </message>
    <message>
        <source>TwinSpace material: %1</source>
        <translation>Ressource du TwinSpace&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not possible to award yet:</source>
        <translation>Le label ne peut pas encore être attribué&#xa0;:</translation>
    </message>
    <message>
        <source>The assessment grid has not reached this computer yet.</source>
        <translation>La grille d’évaluation n’est pas encore arrivée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Assessment grid (%1 points; version %2)</source>
        <translation>Grille d’évaluation (%1 points&#xa0;; version %2)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>My score: %1 (0 to %2 points)</source>
        <translation>Ma note&#xa0;: %1 (de 0 à %2 points)</translation>
    </message>
    <message>
        <source>Scores saved; they leave with the next synchronisation.</source>
        <translation>Notes enregistrées&#xa0;; elles partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Awarded; the decision leaves with the next synchronisation.</source>
        <translation>Label attribué&#xa0;; la décision partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Not awarded; the decision leaves with the next synchronisation.</source>
        <translation>Label non attribué&#xa0;; la décision partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>My comment</source>
        <translation>Mon commentaire</translation>
    </message>
    <message>
        <source>My comment: %1</source>
        <translation>Mon commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comments saved; they leave with the next synchronisation.</source>
        <translation>Commentaires enregistrés&#xa0;; ils partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Read the project&apos;s TwinSpace</source>
        <translation>Lire le TwinSpace du projet</translation>
    </message>
    <message>
        <source>Read the project&apos;s &amp;TwinSpace</source>
        <translation>Lire le &amp;TwinSpace du projet</translation>
    </message>
    <message>
        <source>The project&apos;s TwinSpace is here while its applications wait for a decision, after a synchronisation.</source>
        <translation>Le TwinSpace du projet est disponible ici tant que ses candidatures attendent une décision, après une synchronisation.</translation>
    </message>
</context>
<context>
    <name>etw::ChatCache</name>
    <message>
        <source>The message could not be saved on this computer.</source>
        <translation>Le message n&apos;a pas pu être enregistré sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>etw::ChatKind</name>
    <message>
        <source>A chat message could not be sent: the project&apos;s room is closed, or you are no longer a member. Here is what you wrote:</source>
        <translation>Un message du tchat n&apos;a pas pu être envoyé&#xa0;: le salon du projet est fermé, ou vous n&apos;en êtes plus membre. Voici ce que vous aviez écrit&#xa0;:</translation>
    </message>
    <message>
        <source>Chat message: “%1”</source>
        <translation>Message du tchat&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>etw::ChatModel</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>A former member</source>
        <translation>Un ancien membre</translation>
    </message>
    <message>
        <source>%1, waiting to be sent: %2</source>
        <translation>%1, en attente d&apos;envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>etw::ChatView</name>
    <message>
        <source>Show ol&amp;der messages</source>
        <translation>Messages plus anc&amp;iens</translation>
    </message>
    <message>
        <source>Load the messages written before these</source>
        <translation>Afficher les messages écrits avant ceux-ci</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Message (Enter sends, Shift+Enter starts a new line):</source>
        <translation>&amp;Message (Entrée envoie, Maj+Entrée passe à la ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write to the partner classes…</source>
        <translation>Écrivez aux classes partenaires…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Show older messages</source>
        <translation>Afficher les messages plus anciens</translation>
    </message>
    <message>
        <source>Chat connection</source>
        <translation>Connexion du tchat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>No messages yet. Say hello to the partner classes: type below and press Enter. Messages written offline wait here and leave when the connection returns.</source>
        <translation>Aucun message pour l&apos;instant. Saluez les classes partenaires&#xa0;: écrivez ci-dessous et appuyez sur Entrée. Les messages écrits hors ligne attendent ici et partent dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>This project is closed: its chat can be read, not written to.</source>
        <translation>Ce projet est clos&#xa0;: son tchat se lit, mais on n&apos;y écrit plus.</translation>
    </message>
    <message>
        <source>Live: messages arrive as they are sent.</source>
        <translation>En direct&#xa0;: les messages arrivent dès qu&apos;ils sont envoyés.</translation>
    </message>
    <message>
        <source>Connecting to the live chat… Messages you write wait here until then.</source>
        <translation>Connexion au tchat en direct… D&apos;ici là, vos messages attendent ici.</translation>
    </message>
    <message numerus="yes">
        <source>No live connection at the moment (the server is out of reach, or the network refuses it): new messages are checked every %n second(s) while the chat is open, and yours leave as soon as the server answers.</source>
        <translation>
            <numerusform>Pas de connexion en direct pour le moment (le serveur est injoignable, ou le réseau la refuse)&#xa0;: les nouveaux messages sont vérifiés toutes les %n seconde tant que le tchat est ouvert, et les vôtres partent dès que le serveur répond.</numerusform>
            <numerusform>Pas de connexion en direct pour le moment (le serveur est injoignable, ou le réseau la refuse)&#xa0;: les nouveaux messages sont vérifiés toutes les %n secondes tant que le tchat est ouvert, et les vôtres partent dès que le serveur répond.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: messages you write wait here and leave once you are signed in again.</source>
        <translation>Non connecté&#xa0;: vos messages attendent ici et partiront une fois que vous serez de nouveau connecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n message en attente d&apos;envoi.</numerusform>
            <numerusform>%n messages en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>You read this TwinSpace to assess a label application: its chat can be read, not written to.</source>
        <translation>Vous lisez ce TwinSpace pour évaluer une candidature au label&#xa0;: son tchat peut être lu, mais on ne peut pas y écrire.</translation>
    </message>
</context>
<context>
    <name>etw::ConflictView</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Sur le serveur maintenant</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>la mienne</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>celle du serveur</translation>
    </message>
</context>
<context>
    <name>etw::Country</name>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Bosnia And Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
</context>
<context>
    <name>etw::EqlCandidateKind</name>
    <message>
        <source>European Quality Label awarded</source>
        <translation>Label européen de qualité attribué</translation>
    </message>
    <message>
        <source>Nomination for the European Quality Label</source>
        <translation>Proposition pour le Label européen de qualité</translation>
    </message>
    <message>
        <source>European Quality Label settings of %1</source>
        <translation>Réglages du label européen de qualité %1</translation>
    </message>
</context>
<context>
    <name>etw::EuropeanLabel</name>
    <message>
        <source>Labelled in %1 countries: %2.</source>
        <translation>Labellisé dans %1 pays&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Average score here: %1 points, above the threshold of %2.</source>
        <translation>Note moyenne dans votre pays&#xa0;: %1 points, au-dessus du seuil de %2.</translation>
    </message>
    <message>
        <source>Average score here: %1 points, not above the threshold of %2.</source>
        <translation>Note moyenne dans votre pays&#xa0;: %1 points, sans dépasser le seuil de %2.</translation>
    </message>
    <message>
        <source>Your share: %1 nominations of your %2 labelled projects (%3 %); %4 made, %5 left.</source>
        <translation>Votre quota&#xa0;: %1 propositions pour vos %2 projets labellisés (%3&#xa0;%)&#xa0;; %4 effectuées, %5 restantes.</translation>
    </message>
    <message>
        <source>Nominated by: %1.</source>
        <translation>Proposé par&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Awarded the European Quality Label.</source>
        <translation>Le Label européen de qualité lui a été attribué.</translation>
    </message>
    <message>
        <source>This project is not a candidate: it needs a National Quality Label in two countries at least.</source>
        <translation>Ce projet n’est pas candidat&#xa0;: il doit avoir obtenu le Label national de qualité dans au moins deux pays.</translation>
    </message>
    <message>
        <source>A service nominates only projects labelled in its own country.</source>
        <translation>Un bureau d’assistance national ne peut proposer que des projets labellisés dans son propre pays.</translation>
    </message>
    <message>
        <source>The project&apos;s average score in your country is not above the year&apos;s threshold.</source>
        <translation>La note moyenne du projet dans votre pays ne dépasse pas le seuil fixé pour l’année.</translation>
    </message>
    <message>
        <source>Your country&apos;s share of nominations for the year is used up.</source>
        <translation>Le quota de propositions de votre pays pour l’année est épuisé.</translation>
    </message>
    <message>
        <source>Your service has nominated this project already.</source>
        <translation>Votre bureau d’assistance national a déjà proposé ce projet.</translation>
    </message>
    <message>
        <source>This project has the European Quality Label already.</source>
        <translation>Ce projet a déjà obtenu le Label européen de qualité.</translation>
    </message>
    <message>
        <source>No national service has nominated this project: it cannot be awarded.</source>
        <translation>Aucun bureau d’assistance national n’a proposé ce projet&#xa0;: le label ne peut pas lui être attribué.</translation>
    </message>
</context>
<context>
    <name>etw::EuropeanLabelView</name>
    <message>
        <source>The projects with a National Quality Label in two countries at least are candidates. Award the European Quality Label to those their national support services nominated.</source>
        <translation>Les projets qui ont obtenu le Label national de qualité dans au moins deux pays sont candidats. Attribuez le Label européen de qualité à ceux que leurs bureaux d’assistance nationaux ont proposés.</translation>
    </message>
    <message>
        <source>The projects with a National Quality Label in two countries at least are candidates. Your service may nominate up to its share of its labelled projects whose average score is above the year&apos;s threshold.</source>
        <translation>Les projets qui ont obtenu le Label national de qualité dans au moins deux pays sont candidats. Votre bureau d’assistance national peut proposer, dans la limite de son quota, ceux de ses projets labellisés dont la note moyenne dépasse le seuil fixé pour l’année.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Candidates for the European Quality Label</source>
        <translation>Candidats au Label européen de qualité</translation>
    </message>
    <message>
        <source>Why it is or is not eligible</source>
        <translation>Pourquoi le projet est éligible ou non</translation>
    </message>
    <message>
        <source>Award the European label</source>
        <translation>Attribuer le label européen</translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>awarded</source>
        <translation>label attribué</translation>
    </message>
    <message>
        <source>nominated</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No candidate yet: projects become candidates when they have a National Quality Label in two countries.</source>
        <translation>Aucun candidat pour l’instant&#xa0;: un projet devient candidat lorsqu’il a obtenu le Label national de qualité dans deux pays.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Awarded; it leaves with the next synchronisation.</source>
        <translation>Label attribué&#xa0;; la décision partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Nominated; it leaves with the next synchronisation.</source>
        <translation>Projet proposé&#xa0;; la proposition partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>&amp;Part&#xa0;:</translation>
    </message>
    <message>
        <source>Share of a country&apos;s labelled projects it may nominate</source>
        <translation>Part des projets labellisés d’un pays qu’il peut proposer</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Seuil&#xa0;:</translation>
    </message>
    <message>
        <source>Average score above which a project may be nominated</source>
        <translation>Note moyenne au-dessus de laquelle un projet peut être proposé</translation>
    </message>
    <message>
        <source>Sa&amp;ve the year&apos;s settings</source>
        <translation>&amp;Enregistrer les réglages de l’année</translation>
    </message>
    <message>
        <source>Save the year&apos;s settings</source>
        <translation>Enregistrer les réglages de l’année</translation>
    </message>
    <message>
        <source>The year&apos;s settings are saved; they leave with the next synchronisation, and the candidates are counted again with them.</source>
        <translation>Les réglages de l’année sont enregistrés&#xa0;; ils partent à la prochaine synchronisation, et les candidats seront recomptés avec eux.</translation>
    </message>
    <message>
        <source>Counted with the year&apos;s settings: each country may nominate %1 % of its labelled projects whose average score is above %2.</source>
        <translation>Compté avec les réglages de l’année&#xa0;: chaque pays peut proposer %1&#xa0;% de ses projets labellisés dont la note moyenne dépasse %2.</translation>
    </message>
</context>
<context>
    <name>etw::ForumCache</name>
    <message>
        <source>What you wrote could not be saved on this computer.</source>
        <translation>Ce que vous avez écrit n&apos;a pas pu être enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This discussion, thread or reply is not on this computer (deleted meanwhile?).</source>
        <translation>Cette discussion, ce fil ou cette réponse n&apos;est pas sur cet ordinateur (supprimé entre-temps&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>etw::ForumKind</name>
    <message>
        <source>The discussion “%1” could not be changed on the server.</source>
        <translation>La discussion «&#xa0;%1&#xa0;» n&apos;a pas pu être modifiée sur le serveur.</translation>
    </message>
    <message>
        <source>The thread “%1” could not be posted or changed: the discussion it was in, or the thread itself, was deleted meanwhile.</source>
        <translation>Le fil «&#xa0;%1&#xa0;» n&apos;a pas pu être publié ni modifié&#xa0;: la discussion où il se trouvait, ou le fil lui-même, a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Your reply could not be posted or changed: the thread it was in, or the reply itself, was deleted meanwhile.</source>
        <translation>Votre réponse n&apos;a pas pu être publiée ni modifiée&#xa0;: le fil où elle se trouvait, ou la réponse elle-même, a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Nothing you wrote is lost; here it is, to copy and post elsewhere:</source>
        <translation>Rien de ce que vous avez écrit n&apos;est perdu&#xa0;; le voici, pour le copier et le publier ailleurs&#xa0;:</translation>
    </message>
    <message>
        <source>New discussion “%1”</source>
        <translation>Nouvelle discussion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Discussion deleted</source>
        <translation>Discussion supprimée</translation>
    </message>
    <message>
        <source>Discussion changed</source>
        <translation>Discussion modifiée</translation>
    </message>
    <message>
        <source>New thread “%1”</source>
        <translation>Nouveau fil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Thread deleted</source>
        <translation>Fil supprimé</translation>
    </message>
    <message>
        <source>Thread changed</source>
        <translation>Fil modifié</translation>
    </message>
    <message>
        <source>Reply: “%1”</source>
        <translation>Réponse&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reply deleted</source>
        <translation>Réponse supprimée</translation>
    </message>
    <message>
        <source>Reply changed: “%1”</source>
        <translation>Réponse modifiée&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>etw::ForumPanel</name>
    <message>
        <source>Discussions and threads</source>
        <translation>Discussions et fils</translation>
    </message>
    <message>
        <source>New &amp;discussion…</source>
        <translation>Nouvelle &amp;discussion…</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>Nouveau &amp;fil…</translation>
    </message>
    <message>
        <source>Start a discussion: a subject your classes&apos; threads go under</source>
        <translation>Ouvrir une discussion&#xa0;: un sujet sous lequel vos classes ouvrent leurs fils</translation>
    </message>
    <message>
        <source>Start a thread in the discussion selected</source>
        <translation>Ouvrir un fil dans la discussion choisie</translation>
    </message>
    <message>
        <source>This project&apos;s forum has no discussions.</source>
        <translation>Le forum de ce projet n&apos;a aucune discussion.</translation>
    </message>
    <message>
        <source>No discussions yet. Start one with “New discussion” (%1): your partners see it with their next sync.</source>
        <translation>Aucune discussion pour l&apos;instant. Ouvrez-en une avec «&#xa0;Nouvelle discussion&#xa0;» (%1)&#xa0;: vos partenaires la verront à leur prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>etw::ForumTreeModel</name>
    <message>
        <source>Discussion or thread</source>
        <translation>Discussion ou fil</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>%1 — not sent yet</source>
        <translation>%1 — pas encore envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s), %1 unread</source>
        <translation>
            <numerusform>%n fil, %1 non lu</numerusform>
            <numerusform>%n fils, %1 non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n fils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s), unread</source>
        <translation>
            <numerusform>%n message, non lu</numerusform>
            <numerusform>%n messages, non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etw::ForumView</name>
    <message>
        <source>Choose a thread on the left to read it. This project is closed: its forum is read-only.</source>
        <translation>Choisissez un fil à gauche pour le lire. Ce projet est clos&#xa0;: son forum est en lecture seule.</translation>
    </message>
    <message>
        <source>Choose a thread on the left to read it, or start one with “New thread” (%1).</source>
        <translation>Choisissez un fil à gauche pour le lire, ou ouvrez-en un avec «&#xa0;Nouveau fil&#xa0;» (%1).</translation>
    </message>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Votre réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Write to your partners; it is kept on this computer as you type, and leaves when you post it.</source>
        <translation>Écrivez à vos partenaires&#xa0;; le texte est gardé sur cet ordinateur au fil de la frappe et part quand vous le publiez.</translation>
    </message>
    <message>
        <source>Po&amp;st reply</source>
        <translation>P&amp;ublier la réponse</translation>
    </message>
    <message>
        <source>Post your reply (%1)</source>
        <translation>Publier votre réponse (%1)</translation>
    </message>
    <message>
        <source>Thread and replies</source>
        <translation>Fil et réponses</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Nouveau fil</translation>
    </message>
    <message>
        <source>New discussion</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>T&amp;exte&#xa0;:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Po&amp;st thread</source>
        <translation>P&amp;ublier le fil</translation>
    </message>
    <message>
        <source>C&amp;reate discussion</source>
        <translation>Cré&amp;er la discussion</translation>
    </message>
    <message>
        <source>Post the thread (%1)</source>
        <translation>Publier le fil (%1)</translation>
    </message>
    <message>
        <source>Create the discussion (%1)</source>
        <translation>Créer la discussion (%1)</translation>
    </message>
    <message>
        <source>This thread is no longer in the forum.</source>
        <translation>Ce fil n&apos;est plus dans le forum.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Un partenaire</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>No replies.</source>
        <translation>Aucune réponse.</translation>
    </message>
    <message>
        <source>No replies yet: be the first to answer below.</source>
        <translation>Pas encore de réponse&#xa0;: soyez le premier à répondre ci-dessous.</translation>
    </message>
    <message>
        <source>Your reply is posted; it leaves with the next sync.</source>
        <translation>Votre réponse est publiée&#xa0;; elle part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Your thread is posted; it leaves with the next sync.</source>
        <translation>Votre fil est publié&#xa0;; il part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The discussion is created: start its first thread.</source>
        <translation>La discussion est créée&#xa0;: ouvrez son premier fil.</translation>
    </message>
    <message>
        <source>New thread in “%1”</source>
        <translation>Nouveau fil dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab go from link to link, “Edit” and “Delete” under your own writing among them; Enter follows the link.</source>
        <translation>Tab et Maj+Tab vont de lien en lien, dont «&#xa0;Modifier&#xa0;» et «&#xa0;Supprimer&#xa0;» sous ce que vous avez écrit&#xa0;; Entrée suit le lien.</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Title of your thread</source>
        <translation>Titre de votre fil</translation>
    </message>
    <message>
        <source>Your text, being changed</source>
        <translation>Votre texte, en cours de modification</translation>
    </message>
    <message>
        <source>Sa&amp;ve change</source>
        <translation>&amp;Enregistrer la modification</translation>
    </message>
    <message>
        <source>Save your change (%1)</source>
        <translation>Enregistrer votre modification (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave it as it was (%1)</source>
        <translation>Laisser tel quel (%1)</translation>
    </message>
    <message>
        <source>&amp;Change your thread:</source>
        <translation>&amp;Modifier votre fil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change your reply of %1:</source>
        <translation>&amp;Modifier votre réponse du %1&#xa0;:</translation>
    </message>
    <message>
        <source>being changed below</source>
        <translation>en cours de modification ci-dessous</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Your unfinished change is back: save it or cancel it.</source>
        <translation>Votre modification inachevée est de retour&#xa0;: enregistrez-la ou annulez-la.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Your change is saved; it leaves with the next sync.</source>
        <translation>Votre modification est enregistrée&#xa0;; elle partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Left as it was.</source>
        <translation>Laissé tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>Delete your thread “%1” (%n answer(s))?</source>
        <translation>
            <numerusform>Supprimer votre fil «&#xa0;%1&#xa0;» (%n réponse)&#xa0;?</numerusform>
            <numerusform>Supprimer votre fil «&#xa0;%1&#xa0;» (%n réponses)&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the thread “%1” (%n answer(s))?</source>
        <translation>
            <numerusform>Supprimer le fil «&#xa0;%1&#xa0;» (%n réponse)&#xa0;?</numerusform>
            <numerusform>Supprimer le fil «&#xa0;%1&#xa0;» (%n réponses)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete your reply?</source>
        <translation>Supprimer votre réponse&#xa0;?</translation>
    </message>
    <message>
        <source>Delete this reply by a partner?</source>
        <translation>Supprimer cette réponse d&apos;un partenaire&#xa0;?</translation>
    </message>
    <message>
        <source>It goes for everyone in the project with the next sync, and cannot be brought back.</source>
        <translation>Elle disparaîtra pour tous les membres du projet à la prochaine synchronisation, sans retour possible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The thread is deleted; it goes for everyone with the next sync.</source>
        <translation>Le fil est supprimé&#xa0;; il disparaîtra pour tous à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Your reply is deleted; it goes for everyone with the next sync.</source>
        <translation>Votre réponse est supprimée&#xa0;; elle disparaîtra pour tous à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Choose a thread on the left to read it. You read this TwinSpace to assess a label application: its forum is read-only.</source>
        <translation>Choisissez un fil à gauche pour le lire. Vous lisez ce TwinSpace pour évaluer une candidature au label&#xa0;: son forum est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>etw::InviteDialog</name>
    <message>
        <source>Invite %1 to a project</source>
        <translation>Inviter %1 à un projet</translation>
    </message>
    <message>
        <source>A new project (opens the registration)</source>
        <translation>Un nouveau projet (ouvre l&apos;inscription)</translation>
    </message>
    <message>
        <source>%1 receives the invitation and accepts or declines it. Founders register the project together; partners join it.</source>
        <translation>%1 reçoit l&apos;invitation et l&apos;accepte ou la refuse. Les fondateurs inscrivent le projet ensemble&#xa0;; les partenaires le rejoignent.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>En tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
</context>
<context>
    <name>etw::Label</name>
    <message>
        <source>%1: must be a whole number of points from 0 to %2.</source>
        <translation>%1&#xa0;: la note doit être un nombre entier de points, de 0 à %2.</translation>
    </message>
    <message>
        <source>Did the partners set common goals and follow a plan they made together?</source>
        <translation>Les partenaires se sont-ils fixé des objectifs communs et ont-ils suivi un plan élaboré ensemble&#xa0;?</translation>
    </message>
    <message>
        <source>Is the project finished, or in its last stages?</source>
        <translation>Le projet est-il terminé, ou dans sa phase finale&#xa0;?</translation>
    </message>
    <message>
        <source>Did you and your pupils take part in all of the project&apos;s activities?</source>
        <translation>Vous et vos élèves avez-vous participé à toutes les activités du projet&#xa0;?</translation>
    </message>
    <message>
        <source>Did your pupils carry out collaborative activities with the partners&apos; pupils?</source>
        <translation>Vos élèves ont-ils mené des activités collaboratives avec les élèves des partenaires&#xa0;?</translation>
    </message>
    <message>
        <source>Did the project take data protection and copyright into account?</source>
        <translation>Le projet a-t-il tenu compte de la protection des données et du droit d’auteur&#xa0;?</translation>
    </message>
    <message>
        <source>Collaboration between partner schools</source>
        <translation>Collaboration entre les établissements partenaires</translation>
    </message>
    <message>
        <source>Use of technology</source>
        <translation>Utilisation des technologies</translation>
    </message>
    <message>
        <source>Pedagogical approaches</source>
        <translation>Approches pédagogiques</translation>
    </message>
    <message>
        <source>Curricular integration</source>
        <translation>Intégration au programme scolaire</translation>
    </message>
    <message>
        <source>Results and documentation</source>
        <translation>Résultats et documentation</translation>
    </message>
    <message>
        <source>Your own role in the project</source>
        <translation>Votre rôle dans le projet</translation>
    </message>
    <message>
        <source>“%1” must be answered yes: a project is not eligible for the label otherwise.</source>
        <translation>La réponse à «&#xa0;%1&#xa0;» doit être oui&#xa0;: sinon, le projet n’est pas éligible au label.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>est obligatoire.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>le texte est trop long.</translation>
    </message>
    <message>
        <source>has too many entries (at most %1).</source>
        <translation>trop nombreux (%1 au maximum).</translation>
    </message>
    <message>
        <source>must be an address starting with https:// or http://.</source>
        <translation>doit être une adresse commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>is not valid.</source>
        <translation>n’est pas valide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>Élément de preuve %1</translation>
    </message>
    <message>
        <source>A European project: its founders are from two countries.</source>
        <translation>Projet européen&#xa0;: ses fondateurs viennent de deux pays.</translation>
    </message>
    <message>
        <source>Not a European project: national projects cannot receive the label.</source>
        <translation>Ce n’est pas un projet européen&#xa0;: les projets nationaux ne peuvent pas recevoir le label.</translation>
    </message>
    <message>
        <source>Approved by its national services (active), or closed.</source>
        <translation>Validé par ses services nationaux (actif), ou clos.</translation>
    </message>
    <message>
        <source>Not approved yet: a project applies once it is active or closed.</source>
        <translation>Pas encore validé&#xa0;: un projet peut candidater une fois actif ou clos.</translation>
    </message>
    <message>
        <source>Fewer than four applications of yours this school year.</source>
        <translation>Moins de quatre candidatures de votre part cette année scolaire.</translation>
    </message>
    <message>
        <source>You have made four applications this school year: the limit.</source>
        <translation>Vous avez déposé quatre candidatures cette année scolaire&#xa0;: c’est le maximum.</translation>
    </message>
    <message>
        <source>No application of yours for this project waits or was awarded.</source>
        <translation>Pour ce projet, aucune candidature de votre part n’est en attente ni n’a obtenu le label.</translation>
    </message>
    <message>
        <source>You have applied for this project already: its state is below.</source>
        <translation>Vous avez déjà déposé une candidature pour ce projet&#xa0;: son état figure ci-dessous.</translation>
    </message>
    <message>
        <source>At most two applications for one project (a new text after a refusal).</source>
        <translation>Deux candidatures au plus pour un même projet (un nouveau texte après un refus).</translation>
    </message>
    <message>
        <source>You have applied twice for this project: there is no third application.</source>
        <translation>Vous avez déjà déposé deux candidatures pour ce projet&#xa0;: une troisième n’est pas possible.</translation>
    </message>
    <message>
        <source>A national project cannot receive a Quality Label: the label is for European projects, founded by schools of two countries.</source>
        <translation>Un projet national ne peut pas recevoir de label de qualité&#xa0;: le label est réservé aux projets européens, fondés par des établissements de deux pays.</translation>
    </message>
    <message>
        <source>A project can apply for the label once its national services approved it (active) or once it is closed.</source>
        <translation>Un projet peut candidater au label une fois validé par ses services nationaux (actif) ou une fois clos.</translation>
    </message>
    <message>
        <source>You have already made four applications this school year: only four per teacher are assessed. You can apply again next school year.</source>
        <translation>Vous avez déjà déposé quatre candidatures cette année scolaire&#xa0;: seules quatre candidatures par enseignant sont évaluées. Vous pourrez de nouveau candidater l’année scolaire prochaine.</translation>
    </message>
    <message>
        <source>You have already applied for this project&apos;s label. You may apply once more only if it is not awarded.</source>
        <translation>Vous avez déjà déposé une candidature au label pour ce projet. Vous ne pourrez en déposer une nouvelle que si le label ne vous est pas attribué.</translation>
    </message>
    <message>
        <source>You have already applied twice for this project&apos;s label: there is no third application.</source>
        <translation>Vous avez déjà déposé deux candidatures au label pour ce projet&#xa0;: une troisième n’est pas possible.</translation>
    </message>
    <message>
        <source>Your registration waits for your national support service&apos;s validation: you can apply once it is validated.</source>
        <translation>Votre inscription attend la validation de votre bureau d’assistance national&#xa0;: vous pourrez candidater une fois qu’elle sera validée.</translation>
    </message>
    <message>
        <source>The label cannot be awarded: a score is below the minimum the grid requires.</source>
        <translation>Le label ne peut pas être attribué&#xa0;: une note est inférieure au minimum exigé par la grille.</translation>
    </message>
    <message>
        <source>The label cannot be awarded before an assessor scored every sub-criterion.</source>
        <translation>Le label ne peut pas être attribué avant que chaque sous-critère ait été noté par un évaluateur.</translation>
    </message>
    <message>
        <source>This application was already decided; the first decision stands.</source>
        <translation>Cette candidature a déjà fait l’objet d’une décision&#xa0;; la première décision est maintenue.</translation>
    </message>
    <message>
        <source>There is no such application in your review.</source>
        <translation>Cette candidature ne fait pas partie de celles que vous évaluez.</translation>
    </message>
</context>
<context>
    <name>etw::LabelApplicationDialog</name>
    <message>
        <source>National Quality Label: %1</source>
        <translation>Label national de qualité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Apply for the National Quality Label of “%1”. The label is personal: each teacher of the project writes their own application. What you write is kept on this computer as you type, and sent only when you submit it.</source>
        <translation>Déposez votre candidature au Label national de qualité pour «&#xa0;%1&#xa0;». Le label est personnel&#xa0;: chaque enseignant du projet rédige sa propre candidature. Ce que vous écrivez est conservé sur cet ordinateur au fil de la saisie, et n’est envoyé que lorsque vous soumettez la candidature.</translation>
    </message>
    <message>
        <source>Eligibility: each must be answered yes.</source>
        <translation>Éligibilité&#xa0;: il faut répondre oui à chaque question.</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence: tick the TwinSpace pages and materials the assessors should open, and add outside pages:</source>
        <translation>Éléments de preuve&#xa0;: cochez les pages et les ressources du TwinSpace que les évaluateurs doivent consulter, et ajoutez des pages externes&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>https://… an outside page (a blog, a video)</source>
        <translation>https://… une page externe (un blog, une vidéo)</translation>
    </message>
    <message>
        <source>Outside page&apos;s address</source>
        <translation>Adresse de la page externe</translation>
    </message>
    <message>
        <source>&amp;Add the page</source>
        <translation>&amp;Ajouter la page</translation>
    </message>
    <message>
        <source>&amp;Submit the application</source>
        <translation>&amp;Soumettre la candidature</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>Soumettre la candidature</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close; what you wrote is kept (Esc)</source>
        <translation>Fermer&#xa0;; ce que vous avez écrit est conservé (Échap)</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Page&#xa0;: %1</translation>
    </message>
    <message>
        <source>Material: %1</source>
        <translation>Ressource&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence: the address must start with https:// or http://.</source>
        <translation>Éléments de preuve&#xa0;: l’adresse doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>Before you apply:</source>
        <translation>Avant de déposer votre candidature&#xa0;:</translation>
    </message>
    <message>
        <source>Submitted on this computer: it leaves with the next synchronisation.</source>
        <translation>Soumise sur cet ordinateur&#xa0;: elle partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Submitted on %1; it waits for its assessment by your national support service.</source>
        <translation>Soumise le %1&#xa0;; elle attend son évaluation par votre bureau d’assistance national.</translation>
    </message>
    <message>
        <source>Submitted on %1; your national support service is assessing it.</source>
        <translation>Soumise le %1&#xa0;; votre bureau d’assistance national est en train de l’évaluer.</translation>
    </message>
    <message>
        <source>Awarded: the project has its National Quality Label for you. %1</source>
        <translation>Label attribué&#xa0;: vous avez obtenu le Label national de qualité pour ce projet. %1</translation>
    </message>
    <message>
        <source>Not awarded. Your national support service says: %1</source>
        <translation>Label non attribué. Votre bureau d’assistance national indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Application submitted: it leaves with the next synchronisation.</source>
        <translation>Candidature soumise&#xa0;: elle partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a criterion&apos;s title over its text</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>(This school year runs from %1 to %2, as your national support service sets it.)</source>
        <translation>(Cette année scolaire va du %1 au %2, comme votre bureau d’assistance national l’a fixée.)</translation>
    </message>
</context>
<context>
    <name>etw::LabelApplicationKind</name>
    <message>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <source>Not recorded: %1 had already awarded the label, on %2. Their decision stands.</source>
        <translation>Non enregistré&#xa0;: %1 avait déjà attribué le label, le %2. C’est sa décision qui s’applique.</translation>
    </message>
    <message>
        <source>Not recorded: %1 had already decided not to award the label, on %2. Their decision stands.</source>
        <translation>Non enregistré&#xa0;: %1 avait déjà décidé de ne pas attribuer le label, le %2. C’est sa décision qui s’applique.</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Retour à l’enseignant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not accept the application.</source>
        <translation>Le serveur n’a pas accepté la candidature.</translation>
    </message>
    <message>
        <source>What you wrote is kept: open the project&apos;s label application to change it and submit it again.</source>
        <translation>Ce que vous avez écrit est conservé&#xa0;: ouvrez la candidature au label du projet pour la modifier et la soumettre à nouveau.</translation>
    </message>
    <message>
        <source>Quality Label awarded</source>
        <translation>Label de qualité attribué</translation>
    </message>
    <message>
        <source>Quality Label not awarded</source>
        <translation>Label de qualité non attribué</translation>
    </message>
    <message>
        <source>Quality Label application for “%1”</source>
        <translation>Candidature au label de qualité pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>etw::LabelAssessmentKind</name>
    <message>
        <source>Scores for %1’s application</source>
        <translation>Notes de la candidature de %1</translation>
    </message>
</context>
<context>
    <name>etw::LabelDesk</name>
    <message>
        <source>Your change could not be saved on this computer.</source>
        <translation>Votre modification n’a pas pu être enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You are not in this project.</source>
        <translation>Vous ne faites pas partie de ce projet.</translation>
    </message>
    <message>
        <source>“%1” is not scored yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas encore noté.</translation>
    </message>
    <message>
        <source>“%1”: %2 points on average, below the minimum of %3.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 points en moyenne, en dessous du minimum de %3.</translation>
    </message>
    <message>
        <source>No sub-criterion is scored yet.</source>
        <translation>Aucun sous-critère n’est encore noté.</translation>
    </message>
    <message>
        <source>Only your national support service nominates.</source>
        <translation>Seul votre bureau d’assistance national peut proposer un projet.</translation>
    </message>
    <message>
        <source>Only the central support service awards it.</source>
        <translation>Seul le service central d’assistance peut l’attribuer.</translation>
    </message>
    <message>
        <source>Only the central support service sets the year.</source>
        <translation>Seul le service central d’assistance règle l’année.</translation>
    </message>
</context>
<context>
    <name>etw::LabelQueueModel</name>
    <message numerus="yes">
        <source>%1 points (%n assessor(s))</source>
        <translation>
            <numerusform>%1 points (%n évaluateur)</numerusform>
            <numerusform>%1 points (%n évaluateurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Label attribué</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Label non attribué</translation>
    </message>
    <message>
        <source>Being assessed: %1</source>
        <translation>En cours d’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for an assessor</source>
        <translation>En attente d’un évaluateur</translation>
    </message>
    <message>
        <source>%1 (second application)</source>
        <translation>%1 (seconde candidature)</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>etw::LabelSettingKind</name>
    <message>
        <source>School year starts on %1</source>
        <translation>L’année scolaire commence le %1</translation>
    </message>
</context>
<context>
    <name>etw::Language</name>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>Bosnien</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonien</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irlandais</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croate</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongrois</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Arménien</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Géorgien</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Luxembourgeois</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituanien</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letton</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macédonien</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>Maltais</translation>
    </message>
    <message>
        <source>Norwegian Bokmal</source>
        <translation>Norvégien bokmål</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovène</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanais</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbe</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
</context>
<context>
    <name>etw::LocalStore</name>
    <message>
        <source>This cache was written by a newer version of eTwinning Desktop (format %1, this version knows %2). Update the program to open it.</source>
        <translation>Ce cache a été écrit par une version plus récente d&apos;eTwinning Desktop (format %1, alors que cette version prend en charge le format %2). Mettez le programme à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The partner directory next to %1 cannot be written.</source>
        <translation>L&apos;annuaire des partenaires ne peut pas être écrit à côté de %1.</translation>
    </message>
    <message>
        <source>The local data file %1 cannot be written: check its permissions.</source>
        <translation>Le fichier de données local %1 ne peut pas être modifié&#xa0;: vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The local data file %1 is damaged and cannot be moved aside (%2).</source>
        <translation>Le fichier de données local %1 est endommagé et ne peut pas être mis de côté (%2).</translation>
    </message>
    <message>
        <source>The local data file %1 is in use by another program: close it and try again.</source>
        <translation>Le fichier de données local %1 est utilisé par un autre programme&#xa0;: fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The local data file %1 cannot be read (%2).</source>
        <translation>Le fichier de données local %1 ne peut pas être lu (%2).</translation>
    </message>
</context>
<context>
    <name>etw::MainWindow</name>
    <message>
        <source>Remove my data from this computer</source>
        <translation>Effacer mes données de cet ordinateur</translation>
    </message>
    <message>
        <source>Sign out and delete everything eTwinning Desktop keeps for %1 on this computer? Edits not yet sent to the server are lost.</source>
        <translation>Voulez-vous vous déconnecter et supprimer tout ce qu&apos;eTwinning Desktop conserve pour %1 sur cet ordinateur&#xa0;? Les modifications qui n&apos;ont pas encore été envoyées au serveur seront perdues.</translation>
    </message>
    <message>
        <source>About eTwinning Desktop</source>
        <translation>À propos d&apos;eTwinning Desktop</translation>
    </message>
    <message>
        <source>eTwinning Desktop %1
Find partners and run eTwinning projects, also without a network.</source>
        <translation>eTwinning Desktop %1
Trouvez des partenaires et menez des projets eTwinning, même hors ligne.</translation>
    </message>
    <message>
        <source>eTwinning Desktop — %1</source>
        <translation>eTwinning Desktop — %1</translation>
    </message>
    <message>
        <source>Find partners</source>
        <translation>Trouver des partenaires</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out and &amp;remove my data from this computer…</source>
        <translation>Se déconnecter et &amp;effacer mes données de cet ordinateur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About eTwinning Desktop</source>
        <translation>À &amp;propos d&apos;eTwinning Desktop</translation>
    </message>
    <message>
        <source>Edits needing &amp;attention…</source>
        <translation>Modifications à &amp;vérifier…</translation>
    </message>
    <message>
        <source>My projects</source>
        <translation>Mes projets</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>%1 is invited; the invitation leaves with the next synchronisation.</source>
        <translation>%1 est invité(e)&#xa0;; l&apos;invitation partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Edits &amp;waiting to be sent…</source>
        <translation>Modifications en &amp;attente d&apos;envoi…</translation>
    </message>
    <message>
        <source>TwinSpace</source>
        <translation>TwinSpace</translation>
    </message>
    <message>
        <source>&amp;Transfers…</source>
        <translation>&amp;Transferts…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n update(s))</source>
        <translation>
            <numerusform>%1 (%n nouveauté)</numerusform>
            <numerusform>%1 (%n nouveautés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Instruction</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Quality Labels</source>
        <translation>Labels de qualité</translation>
    </message>
    <message>
        <source>European label</source>
        <translation>Label européen</translation>
    </message>
    <message>
        <source>eTwinning Schools</source>
        <translation>Écoles eTwinning</translation>
    </message>
    <message>
        <source>eTwinning School &amp;label…</source>
        <translation>&amp;Label École eTwinning…</translation>
    </message>
</context>
<context>
    <name>etw::MaterialCache</name>
    <message>
        <source>Your change could not be saved on this computer.</source>
        <translation>Votre modification n&apos;a pas pu être enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This material is not on this computer.</source>
        <translation>Cette ressource n&apos;est pas sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>etw::MaterialKind</name>
    <message>
        <source>Material “%1” deleted</source>
        <translation>Ressource «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Material “%1” renamed or moved</source>
        <translation>Ressource «&#xa0;%1&#xa0;» renommée ou déplacée</translation>
    </message>
</context>
<context>
    <name>etw::MaterialTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>To download</source>
        <translation>À télécharger</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>En attente du réseau</translation>
    </message>
    <message>
        <source>Sending %1 %</source>
        <translation>Envoi&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Téléchargement&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>En pause à %1&#xa0;%</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Échec de l&apos;envoi</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Conservé hors ligne</translation>
    </message>
    <message>
        <source>Kept, to download</source>
        <translation>Conservé, à télécharger</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Non téléchargé</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (en attente d&apos;envoi)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Kept offline, with its contents</source>
        <translation>Conservé hors ligne, avec son contenu</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etw::MaterialType</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Feuille de calcul</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>“%1” cannot be shared as a material: its content is not of a type that is allowed. Allowed are images up to %2 MB (PNG, JPEG, GIF, WebP) and, up to %3 MB, PDF files, documents (Word, OpenDocument text, RTF, UTF-8 text), presentations (PowerPoint, OpenDocument), spreadsheets (Excel, OpenDocument), sound (MP3, AAC, M4A, Ogg, Opus, FLAC, WAV) and videos (MP4, QuickTime, WebM, Matroska, AVI, MPEG, Ogg).</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être partagé comme ressource&#xa0;: son contenu n&apos;est pas d&apos;un type autorisé. Sont autorisés les images jusqu&apos;à %2 Mo (PNG, JPEG, GIF, WebP) et, jusqu&apos;à %3 Mo, les fichiers PDF, les documents (Word, texte OpenDocument, RTF, texte UTF-8), les présentations (PowerPoint, OpenDocument), les feuilles de calcul (Excel, OpenDocument), les fichiers audio (MP3, AAC, M4A, Ogg, Opus, FLAC, WAV) et les vidéos (MP4, QuickTime, WebM, Matroska, AVI, MPEG, Ogg).</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB): an image may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Mo)&#xa0;: une image ne doit pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB): a document may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Mo)&#xa0;: un document ne doit pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB): a presentation may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Mo)&#xa0;: une présentation ne doit pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB): a spreadsheet may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Mo)&#xa0;: une feuille de calcul ne doit pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB): a PDF file may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Mo)&#xa0;: un fichier PDF ne doit pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB): a sound file may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Mo)&#xa0;: un fichier audio ne doit pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB): a video may be at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Mo)&#xa0;: une vidéo ne doit pas dépasser %3 Mo.</translation>
    </message>
</context>
<context>
    <name>etw::MaterialsPanel</name>
    <message>
        <source>Upload to the TwinSpace</source>
        <translation>Envoyer dans le TwinSpace</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder “%1” made: what you upload now goes in it. It is shared once a file is in it.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» créé&#xa0;: ce que vous envoyez maintenant y sera placé. Il sera partagé dès qu&apos;il contiendra un fichier.</translation>
    </message>
    <message>
        <source>Rename material</source>
        <translation>Renommer la ressource</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>(top of the TwinSpace)</source>
        <translation>(racine du TwinSpace)</translation>
    </message>
    <message>
        <source>Move material</source>
        <translation>Déplacer la ressource</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>Delete “%1” for every member of the project?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» pour tous les membres du projet&#xa0;?</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>No materials yet. Upload pictures, documents, presentations, audio or video with “Upload…” or by dropping files here: every member of the project sees them.</source>
        <translation>Aucune ressource pour l&apos;instant. Ajoutez des images, des documents, des présentations, des fichiers audio ou des vidéos avec «&#xa0;Envoyer…&#xa0;» ou en déposant des fichiers ici&#xa0;: tous les membres du projet les verront.</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Send files to the TwinSpace: pictures up to 10 MB, other files up to 100 MB</source>
        <translation>Envoyer des fichiers dans le TwinSpace&#xa0;: images jusqu&apos;à 10 Mo, autres fichiers jusqu&apos;à 100 Mo</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>A folder for the files you upload next</source>
        <translation>Un dossier pour les prochains fichiers que vous enverrez</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open in its application (Enter)</source>
        <translation>Ouvrir dans l&apos;application associée (Enter)</translation>
    </message>
    <message>
        <source>&amp;Insert in page</source>
        <translation>&amp;Insérer dans la page</translation>
    </message>
    <message>
        <source>Show this picture in the open page, at the cursor</source>
        <translation>Afficher cette image dans la page ouverte, à l&apos;emplacement du curseur</translation>
    </message>
    <message>
        <source>&amp;Keep offline</source>
        <translation>Conserver &amp;hors ligne</translation>
    </message>
    <message>
        <source>Keep a copy on this computer, to open it without network</source>
        <translation>Conserver une copie sur cet ordinateur pour l&apos;ouvrir sans réseau</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>Rename the material</source>
        <translation>Renommer la ressource</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move the material to another folder</source>
        <translation>Déplacer la ressource dans un autre dossier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the material (%1 in the list)</source>
        <translation>Supprimer la ressource (%1 dans la liste)</translation>
    </message>
    <message>
        <source>&amp;Transfers…</source>
        <translation>&amp;Transferts…</translation>
    </message>
    <message>
        <source>Uploads and downloads, with their progress (%1)</source>
        <translation>Envois et téléchargements, avec leur progression (%1)</translation>
    </message>
    <message>
        <source>%1, %2, added by %3 on %4</source>
        <translation>%1, %2, ajouté par %3 le %4</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) on the way. They are sent as soon as the network allows, even if you close the application.</source>
        <translation>
            <numerusform>%n fichier en route. Il partira dès que le réseau le permettra, même si vous fermez l&apos;application.</numerusform>
            <numerusform>%n fichiers en route. Ils partiront dès que le réseau le permettra, même si vous fermez l&apos;application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading “%1”: it opens when it is here.</source>
        <translation>Téléchargement de «&#xa0;%1&#xa0;»&#xa0;: il s&apos;ouvrira dès qu&apos;il sera arrivé.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: no application on this computer opens this kind of file.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: aucune application de cet ordinateur n&apos;ouvre ce type de fichier.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>Ressource «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Thumbnail of “%1”</source>
        <translation>Miniature de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>etw::MeStore</name>
    <message>
        <source>Your profile has not been downloaded yet.</source>
        <translation>Votre profil n&apos;a pas encore été téléchargé.</translation>
    </message>
    <message>
        <source>Your change could not be saved on this computer.</source>
        <translation>Votre modification n&apos;a pas pu être enregistrée sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>etw::MemberListModel</name>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Il y a %n jour</numerusform>
            <numerusform>Il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>No school given</source>
        <translation>Aucun établissement indiqué</translation>
    </message>
    <message>
        <source>Last active on %1</source>
        <translation>Dernière visite le %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Membre depuis le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière visite</translation>
    </message>
</context>
<context>
    <name>etw::MembersPanel</name>
    <message>
        <source>Members of the project</source>
        <translation>Membres du projet</translation>
    </message>
    <message>
        <source>Open pro&amp;file</source>
        <translation>Ouvrir le pro&amp;fil</translation>
    </message>
    <message>
        <source>&amp;Write in the forum</source>
        <translation>Écrire &amp;dans le forum</translation>
    </message>
    <message>
        <source>The teacher&apos;s profile: school, subjects, languages (Enter in the list)</source>
        <translation>Le profil de l&apos;enseignant&#xa0;: établissement, matières, langues (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>Start a thread in the forum addressed to this teacher</source>
        <translation>Ouvrir dans le forum un fil adressé à cet enseignant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The project&apos;s members show here after the next synchronisation (%1 synchronises now).</source>
        <translation>Les membres du projet apparaissent ici après la prochaine synchronisation (%1 synchronise maintenant).</translation>
    </message>
    <message>
        <source>Only you are in this project so far. To work with other schools, find teachers in “Find partners” and invite them to the project.</source>
        <translation>Vous êtes pour l&apos;instant seul dans ce projet. Pour travailler avec d&apos;autres établissements, cherchez des enseignants dans «&#xa0;Trouver des partenaires&#xa0;» et invitez-les au projet.</translation>
    </message>
    <message>
        <source>Invited, not answered yet: %1.</source>
        <translation>Invités, sans réponse pour l&apos;instant&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>etw::PageCache</name>
    <message>
        <source>Your change could not be saved on this computer.</source>
        <translation>Votre modification n&apos;a pas pu être enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This page is not on this computer.</source>
        <translation>Cette page n&apos;est pas sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>etw::PageEditor</name>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Texte de la page</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titre 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Style de paragraphe</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Choose a page on the left, or create one with “New page”.</source>
        <translation>Choisissez une page à gauche, ou créez-en une avec «&#xa0;Nouvelle page&#xa0;».</translation>
    </message>
    <message>
        <source>Draft: only you see it until you publish it.</source>
        <translation>Brouillon&#xa0;: visible uniquement par vous jusqu&apos;à sa publication.</translation>
    </message>
    <message>
        <source>Published (version %1, %2).</source>
        <translation>Publiée (version %1, %2).</translation>
    </message>
    <message>
        <source>Changes made here are waiting to be sent.</source>
        <translation>Les modifications faites ici sont en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>Your text is kept on this computer; publish it to share it.</source>
        <translation>Votre texte est conservé sur cet ordinateur&#xa0;; publiez-le pour le partager.</translation>
    </message>
    <message>
        <source>Someone published a newer version since you started: your changes will be merged with it.</source>
        <translation>Quelqu&apos;un a publié une version plus récente depuis que vous avez commencé&#xa0;: vos modifications seront fusionnées avec celle-ci.</translation>
    </message>
    <message>
        <source>This project is closed: its pages can be read, not changed.</source>
        <translation>Ce projet est clos&#xa0;: ses pages peuvent être lues, mais pas modifiées.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address (https://…, mailto:…):</source>
        <translation>Adresse (https://…, mailto:…)&#xa0;:</translation>
    </message>
    <message>
        <source>Link: only web addresses (http, https) and e-mail addresses (mailto) can be linked.</source>
        <translation>Lien&#xa0;: seules les adresses web (http, https) et les adresses électroniques (mailto) peuvent servir de lien.</translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation>Pu&amp;blier</translation>
    </message>
    <message>
        <source>Share this text with the project&apos;s teachers (%1)</source>
        <translation>Partager ce texte avec les enseignants du projet (%1)</translation>
    </message>
    <message>
        <source>More formatting</source>
        <translation>Autres options de mise en forme</translation>
    </message>
    <message>
        <source>Picture from the materials</source>
        <translation>Image issue des ressources</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>This TwinSpace has no pictures yet. Upload some in its “Materials” tab, then insert them here.</source>
        <translation>Ce TwinSpace ne contient encore aucune image. Envoyez-en depuis son onglet «&#xa0;Ressources&#xa0;», puis insérez-les ici.</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>Dis&amp;card my changes</source>
        <translation>Abandonner mes modi&amp;fications</translation>
    </message>
    <message>
        <source>Show the published version again instead of the text kept here</source>
        <translation>Afficher de nouveau la version publiée à la place du texte conservé ici</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Abandonner mes modifications</translation>
    </message>
    <message>
        <source>Discard the text kept on this computer for “%1” and show the published version?</source>
        <translation>Abandonner le texte de «&#xa0;%1&#xa0;» conservé sur cet ordinateur et afficher la version publiée&#xa0;?</translation>
    </message>
    <message>
        <source>You read this TwinSpace to assess a label application: its pages can be read, not changed.</source>
        <translation>Vous lisez ce TwinSpace pour évaluer une candidature au label&#xa0;: ses pages peuvent être lues, mais pas modifiées.</translation>
    </message>
</context>
<context>
    <name>etw::PageHistoryDialog</name>
    <message>
        <source>&amp;Compare with the current version</source>
        <translation>&amp;Comparer avec la version actuelle</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Texte de la version choisie</translation>
    </message>
    <message>
        <source>Nothing published yet: the history starts with the first version you publish.</source>
        <translation>Rien n&apos;a encore été publié&#xa0;: l&apos;historique commence avec la première version que vous publiez.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3 (merged with an edit published meanwhile)</source>
        <translation>Version %1 — %2, %3 (fusionnée avec une modification publiée entre-temps)</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3 (version %4 restored)</source>
        <translation>Version %1 — %2, %3 (restauration de la version %4)</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation>Version %1 — %2, %3</translation>
    </message>
    <message>
        <source>Left: version %1. Right: the current version (%2). Changed paragraphs are marked.</source>
        <translation>À gauche&#xa0;: la version %1. À droite&#xa0;: la version actuelle (%2). Les paragraphes modifiés sont mis en évidence.</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3: not published, as it changed the same paragraphs as another edit; kept here so that nothing is lost</source>
        <translation>Version %1 — %2, %3&#xa0;: non publiée, car elle modifiait les mêmes paragraphes qu&apos;une autre modification&#xa0;; conservée ici pour que rien ne soit perdu</translation>
    </message>
</context>
<context>
    <name>etw::PageKind</name>
    <message>
        <source>Text of the page “%1”, to publish</source>
        <translation>Texte de la page «&#xa0;%1&#xa0;», à publier</translation>
    </message>
    <message>
        <source>New page “%1”</source>
        <translation>Nouvelle page «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Page “%1” deleted</source>
        <translation>Page «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Page “%1” renamed or moved</source>
        <translation>Page «&#xa0;%1&#xa0;» renommée ou déplacée</translation>
    </message>
    <message>
        <source>Your text of “%1” changed the same paragraphs as version %2, published meanwhile. Nothing is lost: your text is kept as version %3 and is back in the page&apos;s editor. Compare the two in the page&apos;s history, then publish the text to keep, or discard your changes to keep version %2.</source>
        <translation>Votre texte de «&#xa0;%1&#xa0;» modifiait les mêmes paragraphes que la version %2, publiée entre-temps. Rien n&apos;est perdu&#xa0;: votre texte est conservé comme version %3 et se retrouve dans l&apos;éditeur de la page. Comparez les deux dans l&apos;historique de la page, puis publiez le texte à garder, ou abandonnez vos modifications pour garder la version %2.</translation>
    </message>
</context>
<context>
    <name>etw::PageTreeModel</name>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (brouillon)</translation>
    </message>
    <message>
        <source>%1 — not sent yet</source>
        <translation>%1 — pas encore envoyée</translation>
    </message>
</context>
<context>
    <name>etw::PartnerDetailView</name>
    <message>
        <source>Select a teacher in the list to see their profile.</source>
        <translation>Sélectionnez un enseignant dans la liste pour afficher son profil.</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Matières</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Pupils&apos; ages</source>
        <translation>Âge des élèves</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>De %1 à %2 ans</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Looking for partners</source>
        <translation>Recherche des partenaires</translation>
    </message>
    <message>
        <source>Not looking for partners now</source>
        <translation>Ne recherche pas de partenaires actuellement</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>The rest of this teacher&apos;s profile is not in the partner directory on this computer: they are not looking for partners at the moment, or the directory has not been synchronised yet.</source>
        <translation>Le reste du profil de cet enseignant n&apos;est pas dans l&apos;annuaire des partenaires de cet ordinateur&#xa0;: il ne cherche pas de partenaires en ce moment, ou l&apos;annuaire n&apos;a pas encore été synchronisé.</translation>
    </message>
    <message>
        <source>An eTwinning School until %1.</source>
        <translation>École eTwinning jusqu’au %1.</translation>
    </message>
    <message>
        <source>Quality Labels</source>
        <translation>Labels de qualité</translation>
    </message>
    <message>
        <source>European Quality Label %1 — “%2”</source>
        <translation>Label européen de qualité %1 — «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>National Quality Label %1 (%2) — “%3”</source>
        <translation>Label national de qualité %1 (%2) — «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>etw::PartnerListModel</name>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <extracomment>One search result: name on the first line; school, city and country on the second.</extracomment>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 — %2; pupils aged %3 to %4</source>
        <translation>%1 — %2&#xa0;; élèves de %3 à %4 ans</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <extracomment>One search result: name on the first line; school and country on the second.</extracomment>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 (eTwinning School)</source>
        <translation>%1 (École eTwinning)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n Quality Label(s)</source>
        <translation>
            <numerusform>%1 · %n label de qualité</numerusform>
            <numerusform>%1 · %n labels de qualité</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etw::PartnerProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profil de %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>etw::PartnerSearchView</name>
    <message>
        <source>Search teachers by name, school, city or profile…</source>
        <translation>Rechercher des enseignants par nom, établissement, ville ou profil…</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Matière&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Pupils&apos; ages:</source>
        <translation>Âge des élèves&#xa0;:</translation>
    </message>
    <message>
        <source>from any age</source>
        <translation>sans âge minimum</translation>
    </message>
    <message>
        <source>from </source>
        <translation>de </translation>
    </message>
    <message>
        <source>to any age</source>
        <translation>sans âge maximum</translation>
    </message>
    <message>
        <source>to </source>
        <translation>à </translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Toutes les matières</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All kinds of school</source>
        <translation>Tous les types d&apos;établissement</translation>
    </message>
    <message>
        <source>Teachers found</source>
        <translation>Enseignants trouvés</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>One teacher found</source>
        <translation>Un enseignant trouvé</translation>
    </message>
    <message>
        <source>%L1 teachers found</source>
        <translation>%L1 enseignants trouvés</translation>
    </message>
    <message>
        <source>More than %L1 teachers found</source>
        <translation>Plus de %L1 enseignants trouvés</translation>
    </message>
    <message>
        <source>Invite to a project…</source>
        <translation>Inviter à un projet…</translation>
    </message>
    <message>
        <source>Only e&amp;Twinning Schools</source>
        <translation>Seulement les écoles e&amp;Twinning</translation>
    </message>
    <message>
        <source>Teachers of schools holding the eTwinning School label</source>
        <translation>Les enseignants des établissements titulaires du Label École eTwinning</translation>
    </message>
    <message>
        <source>Search teachers</source>
        <translation>Rechercher des enseignants</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Kind of school</source>
        <translation>Type d’établissement</translation>
    </message>
    <message>
        <source>Pupils&apos; ages from</source>
        <translation>Âge des élèves, à partir de</translation>
    </message>
    <message>
        <source>Pupils&apos; ages to</source>
        <translation>Âge des élèves, jusqu’à</translation>
    </message>
    <message>
        <source>The teacher&apos;s profile</source>
        <translation>Le profil de l’enseignant</translation>
    </message>
    <message>
        <source>Only teachers with a &amp;Quality Label</source>
        <translation>Seulement les enseignants ayant un label de &amp;qualité</translation>
    </message>
    <message>
        <source>Teachers awarded a National or European Quality Label for one of their projects</source>
        <translation>Enseignants ayant reçu un label national ou européen de qualité pour l’un de leurs projets</translation>
    </message>
</context>
<context>
    <name>etw::PendingEditsDialog</name>
    <message>
        <source>Edits waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>These edits are saved on this computer and leave as soon as the server can be reached, in the order you made them. Nothing here is lost if the program or the computer stops.</source>
        <translation>Ces modifications sont enregistrées sur cet ordinateur et partent dès que le serveur est joignable, dans l&apos;ordre où vous les avez faites. Rien n&apos;est perdu si le programme ou l&apos;ordinateur s&apos;arrête.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>etw::ProfileEditor</name>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>Subjects I teach:</source>
        <translation>Matières que j&apos;enseigne&#xa0;:</translation>
    </message>
    <message>
        <source>Languages I can work in:</source>
        <translation>Langues dans lesquelles je peux travailler&#xa0;:</translation>
    </message>
    <message>
        <source>Pupils&apos; ages:</source>
        <translation>Âge des élèves&#xa0;:</translation>
    </message>
    <message>
        <source>from </source>
        <translation>de </translation>
    </message>
    <message>
        <source>to </source>
        <translation>à </translation>
    </message>
    <message>
        <source>About me and the projects I would like to run:</source>
        <translation>À propos de moi et des projets que je souhaite mener&#xa0;:</translation>
    </message>
    <message>
        <source>I am looking for partners (show me in the partner search)</source>
        <translation>Je recherche des partenaires (m&apos;afficher dans la recherche de partenaires)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Your profile appears here once it has been synchronised.</source>
        <translation>Votre profil s&apos;affichera ici une fois synchronisé.</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent to the server when you are online.</source>
        <translation>Enregistré sur cet ordinateur&#xa0;; il sera envoyé au serveur dès que vous serez en ligne.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Vous avez des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Only teachers have a profile in the partner search.</source>
        <translation>Seuls les enseignants ont un profil dans la recherche de partenaires.</translation>
    </message>
    <message>
        <source>Your profile is up to date on the server.</source>
        <translation>Votre profil est à jour sur le serveur.</translation>
    </message>
    <message>
        <source>Changes you typed earlier are kept on this computer; Save sends them.</source>
        <translation>Les modifications que vous aviez saisies sont conservées sur cet ordinateur&#xa0;; Enregistrer les envoie.</translation>
    </message>
    <message>
        <source>My school:</source>
        <translation>Mon établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Changing school asks the national support service of your country to validate your account again.</source>
        <translation>Changer d&apos;établissement demande au bureau d&apos;assistance national de votre pays de valider à nouveau votre compte.</translation>
    </message>
    <message>
        <source>My school</source>
        <translation>Mon établissement</translation>
    </message>
    <message>
        <source>Subjects I teach</source>
        <translation>Matières que j&apos;enseigne</translation>
    </message>
    <message>
        <source>Languages I can work in</source>
        <translation>Langues dans lesquelles je peux travailler</translation>
    </message>
    <message>
        <source>About me and the projects I would like to run</source>
        <translation>À propos de moi et des projets que je souhaite mener</translation>
    </message>
    <message>
        <source>Pupils&apos; minimum age</source>
        <translation>Âge minimum des élèves</translation>
    </message>
    <message>
        <source>Pupils&apos; maximum age</source>
        <translation>Âge maximum des élèves</translation>
    </message>
    <message>
        <source>My school (not in the partner directory yet)</source>
        <translation>Mon établissement (pas encore dans l&apos;annuaire des partenaires)</translation>
    </message>
</context>
<context>
    <name>etw::ProfileKind</name>
    <message>
        <source>Profile change: %1</source>
        <translation>Modification du profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>etw::ProjectCache</name>
    <message>
        <source>Your change could not be saved on this computer.</source>
        <translation>Votre modification n&apos;a pas pu être enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This draft was already submitted.</source>
        <translation>Ce brouillon a déjà été soumis.</translation>
    </message>
    <message>
        <source>This project is not on this computer.</source>
        <translation>Ce projet n&apos;est pas sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>etw::ProjectDetailView</name>
    <message>
        <source>Choose a project to see it here.</source>
        <translation>Choisissez un projet pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>project number %1</source>
        <translation>projet n° %1</translation>
    </message>
    <message>
        <source>Rejected by the national support service of %1: %2</source>
        <translation>Refusé par le bureau d&apos;assistance national (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Matières</translation>
    </message>
    <message>
        <source>Languages of work</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Pupils&apos; ages</source>
        <translation>Âge des élèves</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2 ans</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Work process</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <source>Schools and teachers</source>
        <translation>Établissements et enseignants</translation>
    </message>
    <message>
        <source>National approval</source>
        <translation>Validation nationale</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Dernière activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quality Labels</source>
        <translation>Labels de qualité</translation>
    </message>
    <message>
        <source>European Quality Label, %1</source>
        <translation>Label européen de qualité, %1</translation>
    </message>
    <message>
        <source>National Quality Label of %1, %2: %3</source>
        <translation>Label national de qualité (%1), %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>etw::ProjectExport</name>
    <message>
        <source>This material was not on the computer that made this export</source>
        <translation>Cette ressource n&apos;était pas sur l&apos;ordinateur qui a réalisé cette exportation</translation>
    </message>
    <message>
        <source>European project</source>
        <translation>Projet européen</translation>
    </message>
    <message>
        <source>National project</source>
        <translation>Projet national</translation>
    </message>
    <message>
        <source>Waiting for the co-founders to accept</source>
        <translation>En attente de l&apos;accord des cofondateurs</translation>
    </message>
    <message>
        <source>Waiting for approval by the national support services</source>
        <translation>En attente de validation par les bureaux d&apos;assistance nationaux</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>National approvals</source>
        <translation>Validations nationales</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Unnamed material %1</source>
        <translation>Ressource sans nom %1</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Matières</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Pupils&apos; ages</source>
        <translation>Âge des élèves</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Work process</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Fondateurs</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>This project has no pages.</source>
        <translation>Ce projet n&apos;a aucune page.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <source>Version %1, published on %2 by %3</source>
        <translation>Version %1, publiée le %2 par %3</translation>
    </message>
    <message>
        <source>Version %1, published on %2</source>
        <translation>Version %1, publiée le %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>This page has no text.</source>
        <translation>Cette page ne contient aucun texte.</translation>
    </message>
    <message>
        <source>This project has no materials.</source>
        <translation>Ce projet n&apos;a aucune ressource.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Not in this export</source>
        <translation>Absentes de cette exportation</translation>
    </message>
    <message>
        <source>These materials were not on the computer that made this export: the pages name them where they show, and their files are not here.</source>
        <translation>Ces ressources n&apos;étaient pas sur l&apos;ordinateur qui a réalisé cette exportation&#xa0;: les pages indiquent leur nom là où elles apparaissent, mais leurs fichiers ne figurent pas ici.</translation>
    </message>
    <message>
        <source>This folder is an export of the eTwinning project &quot;%1&quot;: its description, its members, its TwinSpace pages and its materials, as the server had published them when this computer last synchronised. Everything it shows is in this folder: it needs no program and no network.</source>
        <translation>Ce dossier est une exportation du projet eTwinning «&#xa0;%1&#xa0;»&#xa0;: sa description, ses membres, ses pages TwinSpace et ses ressources, tels que le serveur les avait publiés lors de la dernière synchronisation de cet ordinateur. Tout ce que montre cette exportation se trouve dans ce dossier&#xa0;: elle ne nécessite ni programme ni connexion réseau.</translation>
    </message>
    <message>
        <source>How to open it</source>
        <translation>Comment l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Open index.html in a web browser (double-click it). Keep the files of this folder together: the pages link to one another and to the materials by their place in it.</source>
        <translation>Ouvrez index.html dans un navigateur web (double-cliquez dessus). Gardez ensemble les fichiers de ce dossier&#xa0;: les liens entre les pages et vers les ressources reposent sur leur emplacement dans le dossier.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Materials that were not on this computer when exporting</source>
        <translation>Ressources absentes de cet ordinateur lors de l&apos;exportation</translation>
    </message>
    <message>
        <source>They are listed in materials.html, without their file.</source>
        <translation>Elles sont répertoriées dans materials.html, sans leur fichier.</translation>
    </message>
    <message>
        <source>The export could not be written in %1: %2</source>
        <translation>L&apos;exportation n&apos;a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export in %1 could not be completed: %2</source>
        <translation>L&apos;exportation dans %1 n&apos;a pas pu être terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>a folder could not be created there</source>
        <translation>impossible d&apos;y créer un dossier</translation>
    </message>
    <message>
        <source>too many exports of this project today</source>
        <translation>trop d&apos;exportations de ce projet aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>Exported on %1 by %2</source>
        <translation>Exporté le %1 par %2</translation>
    </message>
    <message>
        <source>Untitled page</source>
        <translation>Page sans titre</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>The list of its materials</source>
        <translation>La liste de ses ressources</translation>
    </message>
    <message>
        <source>How the pages look</source>
        <translation>L&apos;apparence des pages</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <source>This project is not on this computer.</source>
        <translation>Ce projet n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>its folder could not be renamed</source>
        <translation>son dossier n&apos;a pas pu être renommé</translation>
    </message>
    <message>
        <source>the .zip could not be renamed</source>
        <translation>le fichier .zip n&apos;a pas pu être renommé</translation>
    </message>
</context>
<context>
    <name>etw::ProjectKind</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitation à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Acceptance of the invitation to %1</source>
        <translation>Acceptation de l&apos;invitation à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Refusal of the invitation to %1</source>
        <translation>Refus de l&apos;invitation à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Invitation withdrawn from %1</source>
        <translation>Invitation retirée de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Partner removed from %1</source>
        <translation>Partenaire retiré de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Closing of %1</source>
        <translation>Clôture de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Approval of %1</source>
        <translation>Approbation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Refusal of %1</source>
        <translation>Refus de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>etw::ProjectListModel</name>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Dernière activité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new update(s)</source>
        <translation>
            <numerusform>%n nouveauté</numerusform>
            <numerusform>%n nouveautés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etw::ProjectWizard</name>
    <message>
        <source>%1
%2

%3 invited teacher(s).</source>
        <translation>%1
%2

Enseignant(s) invité(s)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Register a project</source>
        <translation>Inscrire un projet</translation>
    </message>
    <message>
        <source>Submit the registration</source>
        <translation>Soumettre l&apos;inscription</translation>
    </message>
    <message>
        <source>Kind of project</source>
        <translation>Type de projet</translation>
    </message>
    <message>
        <source>About the project</source>
        <translation>Présentation du projet</translation>
    </message>
    <message>
        <source>Pupils and subjects</source>
        <translation>Élèves et matières</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Founders and partners</source>
        <translation>Fondateurs et partenaires</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>A European project brings together schools of at least two participating countries. A national project gathers schools of one country (partner schools outside Europe may join it).</source>
        <translation>Un projet européen réunit des établissements d&apos;au moins deux pays participants. Un projet national rassemble des établissements d&apos;un même pays (des établissements partenaires hors d&apos;Europe peuvent s&apos;y joindre).</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Invite at least one co-founder; partners may join too. To add a teacher, find them under Find partners and choose &quot;Invite to a project&quot;. Invitations are sent with the registration.</source>
        <translation>Invitez au moins un cofondateur&#xa0;; des partenaires peuvent aussi se joindre au projet. Pour ajouter un enseignant, cherchez-le dans «&#xa0;Trouver des partenaires&#xa0;» et choisissez «&#xa0;Inviter à un projet&#xa0;». Les invitations partent avec l&apos;inscription.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>The registration is kept on this computer and sent as soon as the server can be reached. Once the co-founders accept, the national support services of the founders&apos; countries approve it; then its TwinSpace opens.</source>
        <translation>L&apos;inscription est conservée sur cet ordinateur et envoyée dès que le serveur est joignable. Une fois que les cofondateurs l&apos;ont acceptée, les bureaux d&apos;assistance nationaux des pays des fondateurs la valident&#xa0;; son TwinSpace s&apos;ouvre alors.</translation>
    </message>
</context>
<context>
    <name>etw::ProjectsView</name>
    <message>
        <source>Delete the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft? What it holds cannot be recovered.</source>
        <translation>Supprimer ce brouillon&#xa0;? Son contenu ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Clôturer le projet</translation>
    </message>
    <message>
        <source>Close this project? It will be archived: still visible to its members, but read-only.</source>
        <translation>Clôturer ce projet&#xa0;? Il sera archivé&#xa0;: toujours visible par ses membres, mais en lecture seule.</translation>
    </message>
    <message>
        <source>Invitations to answer:</source>
        <translation>Invitations en attente de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Register a project…</source>
        <translation>Inscrire un projet…</translation>
    </message>
    <message>
        <source>Continue the draft…</source>
        <translation>Reprendre le brouillon…</translation>
    </message>
    <message>
        <source>%1 — %2, as %3, from %4</source>
        <translation>%1 — %2, en tant que %3, de la part de %4</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Withdraw an invitation…</source>
        <translation>Retirer une invitation…</translation>
    </message>
    <message>
        <source>Remove a partner…</source>
        <translation>Retirer un partenaire…</translation>
    </message>
    <message>
        <source>Withdraw an invitation</source>
        <translation>Retirer une invitation</translation>
    </message>
    <message>
        <source>Remove a partner</source>
        <translation>Retirer un partenaire</translation>
    </message>
    <message>
        <source>Withdraw the invitation of:</source>
        <translation>Retirer l&apos;invitation de&#xa0;:</translation>
    </message>
    <message>
        <source>Remove from the project:</source>
        <translation>Retirer du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Quality Label…</source>
        <translation>Label de &amp;qualité…</translation>
    </message>
    <message>
        <source>Apply for the project&apos;s National Quality Label, or follow your application (Alt+Q)</source>
        <translation>Déposer une candidature au Label national de qualité pour ce projet, ou suivre votre candidature (Alt+Q)</translation>
    </message>
</context>
<context>
    <name>etw::ReasonTemplateKind</name>
    <message>
        <source>Reason template deleted</source>
        <translation>Modèle de motif supprimé</translation>
    </message>
    <message>
        <source>Reason template “%1”</source>
        <translation>Modèle de motif «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>etw::RegistrationBanner</name>
    <message>
        <source>Your account is waiting for validation. The national support service of %1 validates new accounts. Until it has, you are not in the partner directory, you cannot be invited to a project and you cannot register one. You can already complete your profile.</source>
        <translation>Votre compte attend sa validation. Le bureau d&apos;assistance national (%1) valide les nouveaux comptes. D&apos;ici là, vous n&apos;apparaissez pas dans l&apos;annuaire des partenaires, vous ne pouvez pas être invité à un projet ni en inscrire un. Vous pouvez déjà compléter votre profil.</translation>
    </message>
    <message>
        <source>Your account is waiting for validation by the national support service of %1.</source>
        <translation>Votre compte attend sa validation par le bureau d&apos;assistance national (%1).</translation>
    </message>
    <message>
        <source>The national support service of %1 did not validate your account.</source>
        <translation>Le bureau d&apos;assistance national (%1) n&apos;a pas validé votre compte.</translation>
    </message>
    <message>
        <source>The national support service of %1 did not validate your account. Its reason: %2</source>
        <translation>Le bureau d&apos;assistance national (%1) n&apos;a pas validé votre compte. Son motif&#xa0;: %2</translation>
    </message>
    <message>
        <source>If your school was not the right one, choose yours in My profile: changing school asks for a new validation.</source>
        <translation>Si votre établissement n&apos;était pas le bon, choisissez le vôtre dans «&#xa0;Mon profil&#xa0;»&#xa0;: changer d&apos;établissement demande une nouvelle validation.</translation>
    </message>
</context>
<context>
    <name>etw::RegistrationKind</name>
    <message>
        <source>Validation of %1’s registration</source>
        <translation>Validation de l’inscription de %1</translation>
    </message>
    <message>
        <source>Refusal of %1’s registration</source>
        <translation>Refus de l’inscription de %1</translation>
    </message>
</context>
<context>
    <name>etw::ReviewDesk</name>
    <message>
        <source>Your change could not be saved on this computer.</source>
        <translation>Votre modification n’a pas pu être enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your national support service decides on this item: it has not let regional correspondents decide.</source>
        <translation>C’est votre bureau d’assistance national qui décide de ce dossier&#xa0;: il n’a pas ouvert la décision aux correspondants régionaux.</translation>
    </message>
    <message>
        <source>This item is already decided.</source>
        <translation>Ce dossier est déjà traité.</translation>
    </message>
</context>
<context>
    <name>etw::ReviewExplanations</name>
    <message>
        <source>Your decision was not recorded: your national support service decides on this item (it has not let regional correspondents decide).</source>
        <translation>Votre décision n’a pas été enregistrée&#xa0;: c’est votre bureau d’assistance national qui décide de ce dossier (il n’a pas ouvert la décision aux correspondants régionaux).</translation>
    </message>
    <message>
        <source>Your decision was not recorded: this item is no longer in your review.</source>
        <translation>Votre décision n’a pas été enregistrée&#xa0;: ce dossier ne fait plus partie de ceux que vous instruisez.</translation>
    </message>
    <message>
        <source>Your decision was not recorded: the teacher changed school since, and the registration waits for a new decision.</source>
        <translation>Votre décision n’a pas été enregistrée&#xa0;: l’enseignant a changé d’établissement depuis, et son inscription attend une nouvelle décision.</translation>
    </message>
    <message>
        <source>Your decision was not recorded: %1 had already validated this registration, on %2. Their decision stands.</source>
        <translation>Votre décision n’a pas été enregistrée&#xa0;: %1 avait déjà validé cette inscription, le %2. C’est sa décision qui s’applique.</translation>
    </message>
    <message>
        <source>Your decision was not recorded: %1 had already approved this project, on %2. Their decision stands.</source>
        <translation>Votre décision n’a pas été enregistrée&#xa0;: %1 avait déjà approuvé ce projet, le %2. C’est sa décision qui s’applique.</translation>
    </message>
    <message>
        <source>Your decision was not recorded: %1 had already refused it, on %2. Their decision stands.</source>
        <translation>Votre décision n’a pas été enregistrée&#xa0;: %1 l’avait déjà refusé, le %2. C’est sa décision qui s’applique.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>etw::ReviewItemText</name>
    <message>
        <source>Head teacher</source>
        <translation>Chef d’établissement</translation>
    </message>
    <message>
        <source>Librarian</source>
        <translation>Professeur documentaliste</translation>
    </message>
    <message>
        <source>Other school staff</source>
        <translation>Autre personnel de l’établissement</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Enseignant stagiaire</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Role in the school</source>
        <translation>Fonction dans l’établissement</translation>
    </message>
    <message>
        <source>A new school, added by this teacher: check that it exists.</source>
        <translation>Un nouvel établissement, ajouté par cet enseignant&#xa0;: vérifiez qu’il existe.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>Type d’établissement</translation>
    </message>
    <message>
        <source>Country and region</source>
        <translation>Pays et région</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Asked again after a change of school (request %1)</source>
        <translation>Nouvelle demande après un changement d’établissement (demande %1)</translation>
    </message>
    <message>
        <source>Validated by %1 on %2</source>
        <translation>Validé par %1 le %2</translation>
    </message>
    <message>
        <source>Refused by %1 on %2</source>
        <translation>Refusé par %1 le %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Work process</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <source>Pupils&apos; ages</source>
        <translation>Âge des élèves</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>Founders and partners</source>
        <translation>Fondateurs et partenaires</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No note yet. A note is for your colleagues of the service only; the teacher never sees it.</source>
        <translation>Aucune note pour l’instant. Une note n’est lue que par vos collègues du bureau&#xa0;; l’enseignant ne la voit jamais.</translation>
    </message>
    <message>
        <source>You (waiting to be sent)</source>
        <translation>Vous (en attente d’envoi)</translation>
    </message>
</context>
<context>
    <name>etw::ReviewNoteKind</name>
    <message>
        <source>A note could not be saved on the server: the item left your review, or the note was deleted.</source>
        <translation>Une note n’a pas pu être enregistrée sur le serveur&#xa0;: le dossier ne fait plus partie de ceux que vous instruisez, ou la note a été supprimée.</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note supprimée</translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation>Note&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>etw::ReviewQueueModel</name>
    <message>
        <source>Refused here, waiting to be sent</source>
        <translation>Refusé ici, en attente d’envoi</translation>
    </message>
    <message>
        <source>Approved here, waiting to be sent</source>
        <translation>Accepté ici, en attente d’envoi</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Decided by another country</source>
        <translation>Décidé par un autre pays</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Refused by %1 on %2</source>
        <translation>Refusé par %1 le %2</translation>
    </message>
    <message>
        <source>Validated by %1 on %2</source>
        <translation>Validé par %1 le %2</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approuvé par %1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Teacher or project</source>
        <translation>Enseignant ou projet</translation>
    </message>
    <message>
        <source>School or founders</source>
        <translation>Établissement ou fondateurs</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>etw::ReviewSettingKind</name>
    <message>
        <source>Regional correspondents may decide</source>
        <translation>Les correspondants régionaux peuvent décider</translation>
    </message>
    <message>
        <source>Only the national service decides</source>
        <translation>Seul le bureau national décide</translation>
    </message>
</context>
<context>
    <name>etw::ReviewWorkspace</name>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Waiting more than 7 days</source>
        <translation>En attente depuis plus de 7 jours</translation>
    </message>
    <message>
        <source>Waiting more than 30 days</source>
        <translation>En attente depuis plus de 30 jours</translation>
    </message>
    <message>
        <source>Search names, schools, titles…</source>
        <translation>Rechercher un nom, un établissement, un titre…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Rechercher dans la file</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d’attente</translation>
    </message>
    <message>
        <source>Item under review</source>
        <translation>Dossier en cours d’instruction</translation>
    </message>
    <message>
        <source>Notes of the service</source>
        <translation>Notes du bureau</translation>
    </message>
    <message>
        <source>Reason templates</source>
        <translation>Modèles de motifs</translation>
    </message>
    <message>
        <source>Reason for a refusal</source>
        <translation>Motif d’un refus</translation>
    </message>
    <message>
        <source>Private &amp;note for your colleagues:</source>
        <translation>Not&amp;e privée pour vos collègues&#xa0;:</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <source>Add n&amp;ote</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <source>Approve or validate the item</source>
        <translation>Approuver ou valider le dossier</translation>
    </message>
    <message>
        <source>Refuse the item, with the reason typed</source>
        <translation>Refuser le dossier, avec le motif saisi</translation>
    </message>
    <message>
        <source>Next item in the queue</source>
        <translation>Dossier suivant dans la file</translation>
    </message>
    <message>
        <source>Previous item in the queue</source>
        <translation>Dossier précédent dans la file</translation>
    </message>
    <message>
        <source>Type the reason for a refusal</source>
        <translation>Saisir le motif d’un refus</translation>
    </message>
    <message>
        <source>Type a private note</source>
        <translation>Saisir une note privée</translation>
    </message>
    <message>
        <source>Adds the note for the service&apos;s colleagues (never the teacher)</source>
        <translation>Ajoute la note pour les collègues du bureau (jamais pour l’enseignant)</translation>
    </message>
    <message>
        <source>&amp;Projects (%1)</source>
        <translation>&amp;Projets (%1)</translation>
    </message>
    <message>
        <source>&amp;Decided (%1)</source>
        <translation>&amp;Traités (%1)</translation>
    </message>
    <message>
        <source>Nothing in this queue. New registrations and projects arrive with each synchronisation; decided items are under Decided.</source>
        <translation>Rien dans cette file. Les nouvelles inscriptions et les nouveaux projets arrivent à chaque synchronisation&#xa0;; les dossiers traités sont sous Traités.</translation>
    </message>
    <message>
        <source>Nothing matches this search. Clear it (Esc) to see the whole queue.</source>
        <translation>Aucun dossier ne correspond à cette recherche. Effacez-la (Échap) pour revoir toute la file.</translation>
    </message>
    <message>
        <source>Reason templates…</source>
        <translation>Modèles de motifs…</translation>
    </message>
    <message>
        <source>Choose an item in the queue.</source>
        <translation>Choisissez un dossier dans la file.</translation>
    </message>
    <message>
        <source>Your national support service decides on this item: it has not let regional correspondents decide. You can still add notes.</source>
        <translation>C’est votre bureau d’assistance national qui décide de ce dossier&#xa0;: il n’a pas ouvert la décision aux correspondants régionaux. Vous pouvez toujours ajouter des notes.</translation>
    </message>
    <message>
        <source>Reason for a refusal: %1</source>
        <translation>Motif d’un refus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decision saved; it leaves with the next synchronisation.</source>
        <translation>Décision enregistrée&#xa0;; elle partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Refusal saved; it leaves with the next synchronisation.</source>
        <translation>Refus enregistré&#xa0;; il partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Private note: %1</source>
        <translation>Note privée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason for a refu&amp;sal (the teacher reads it):</source>
        <translation>Motif d’un refu&amp;s (l’enseignant le lira)&#xa0;:</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <source>Re&amp;gistrations (%1)</source>
        <translation>Insc&amp;riptions (%1)</translation>
    </message>
    <message>
        <source>Reason templates and settings of the service…</source>
        <translation>Modèles de motifs et réglages du service…</translation>
    </message>
</context>
<context>
    <name>etw::SchoolApplication</name>
    <message>
        <source>eTwinning in the school&apos;s life and plans</source>
        <translation>eTwinning dans la vie et les projets de l’établissement</translation>
    </message>
    <message>
        <source>The school&apos;s eTwinning team: who takes part, how they work together</source>
        <translation>L’équipe eTwinning de l’établissement&#xa0;: qui y participe, comment ses membres travaillent ensemble</translation>
    </message>
    <message>
        <source>The pupils: how they take part and what they learn</source>
        <translation>Les élèves&#xa0;: comment ils participent et ce qu’ils apprennent</translation>
    </message>
    <message>
        <source>eSafety, data protection and copyright in the school</source>
        <translation>Sécurité en ligne, protection des données et droit d’auteur dans l’établissement</translation>
    </message>
    <message>
        <source>What the school plans for the next two years</source>
        <translation>Ce que l’établissement prévoit pour les deux prochaines années</translation>
    </message>
    <message>
        <source>Head teacher&apos;s name</source>
        <translation>Nom du chef d’établissement</translation>
    </message>
    <message>
        <source>The head teacher&apos;s declaration</source>
        <translation>Déclaration du chef d’établissement</translation>
    </message>
    <message>
        <source>is needed before the application is sent: the head teacher supports it.</source>
        <translation>requise avant l’envoi de la candidature&#xa0;: le chef d’établissement atteste ainsi qu’il la soutient.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>champ obligatoire.</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters).</source>
        <translation>texte trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>is not part of the form.</source>
        <translation>ce champ ne fait pas partie du formulaire.</translation>
    </message>
    <message>
        <source>is not valid.</source>
        <translation>valeur non valide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>etw::SchoolApplicationKind</name>
    <message>
        <source>%1 had started your school&apos;s application first: there is one per school. What you wrote is kept here: copy it into the shared application.</source>
        <translation>%1 avait commencé la candidature de votre établissement avant vous&#xa0;: il n’y en a qu’une par établissement. Ce que vous avez écrit est conservé ici&#xa0;: copiez-le dans la candidature commune.</translation>
    </message>
    <message>
        <source>Your school does not meet the label&apos;s prerequisites this round: the label&apos;s window says which. What you wrote is kept here.</source>
        <translation>Votre établissement ne remplit pas les conditions d’éligibilité du label pour cette campagne&#xa0;: la fenêtre du label indique lesquelles. Ce que vous avez écrit est conservé ici.</translation>
    </message>
    <message>
        <source>Your school&apos;s application had already been sent: it is not changed any more. What you wrote is kept here.</source>
        <translation>La candidature de votre établissement avait déjà été envoyée&#xa0;: elle ne peut plus être modifiée. Ce que vous avez écrit est conservé ici.</translation>
    </message>
    <message>
        <source>Not recorded: %1 had already awarded the label, on %2. Their decision stands.</source>
        <translation>Non enregistré&#xa0;: %1 avait déjà attribué le label, le %2. C’est sa décision qui s’applique.</translation>
    </message>
    <message>
        <source>Not recorded: %1 had already decided not to award the label, on %2. Their decision stands.</source>
        <translation>Non enregistré&#xa0;: %1 avait déjà décidé de ne pas attribuer le label, le %2. C’est sa décision qui s’applique.</translation>
    </message>
    <message>
        <source>eTwinning School label application sent</source>
        <translation>Candidature au Label École eTwinning envoyée</translation>
    </message>
    <message>
        <source>eTwinning School label awarded</source>
        <translation>Label École eTwinning attribué</translation>
    </message>
    <message>
        <source>eTwinning School label not awarded</source>
        <translation>Label École eTwinning non attribué</translation>
    </message>
    <message>
        <source>eTwinning School label application written</source>
        <translation>Rédaction de la candidature au Label École eTwinning</translation>
    </message>
    <message>
        <source>%1 changed %2 of your school&apos;s application meanwhile: theirs stands, and your other answers were saved. What you wrote is kept here: copy it into the application if it should be there.</source>
        <translation>%1 a modifié entre-temps %2 dans la candidature de votre établissement&#xa0;: sa version est conservée, et vos autres réponses ont été enregistrées. Ce que vous aviez écrit est gardé ici&#xa0;: copiez-le dans la candidature s’il doit y figurer.</translation>
    </message>
    <message>
        <source>the same answer</source>
        <translation>la même réponse</translation>
    </message>
</context>
<context>
    <name>etw::SchoolApplicationsView</name>
    <message>
        <source>eTwinning School label applications</source>
        <translation>Candidatures au Label École eTwinning</translation>
    </message>
    <message>
        <source>The school&apos;s application</source>
        <translation>La candidature de l’établissement</translation>
    </message>
    <message>
        <source>&amp;Feedback to the school (needed to refuse):</source>
        <translation>&amp;Retour à l’établissement (obligatoire en cas de refus)&#xa0;:</translation>
    </message>
    <message>
        <source>Feedback to the school</source>
        <translation>Retour à l’établissement</translation>
    </message>
    <message>
        <source>&amp;Award the label</source>
        <translation>A&amp;ttribuer le label</translation>
    </message>
    <message>
        <source>Award the eTwinning School label for two years</source>
        <translation>Attribuer le Label École eTwinning pour deux ans</translation>
    </message>
    <message>
        <source>&amp;Not award</source>
        <translation>&amp;Ne pas attribuer</translation>
    </message>
    <message>
        <source>Do not award the label, with feedback</source>
        <translation>Ne pas attribuer le label, avec un retour à l’établissement</translation>
    </message>
    <message>
        <source>No school of your territory has sent an application for the eTwinning School label yet. Schools apply once their prerequisites are met; their applications arrive here with the sync.</source>
        <translation>Aucun établissement de votre territoire n’a encore envoyé de candidature au Label École eTwinning. Les établissements candidatent une fois leurs conditions d’éligibilité remplies&#xa0;; leurs candidatures arrivent ici à chaque synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) to decide. Read each school&apos;s answers, then award the label (Ctrl+Return) or not, with feedback (Ctrl+Shift+Return).</source>
        <translation>
            <numerusform>%n candidature à traiter. Lisez les réponses de chaque établissement, puis attribuez le label (Ctrl+Entrée) ou non, avec un retour à l’établissement (Ctrl+Maj+Entrée).</numerusform>
            <numerusform>%n candidatures à traiter. Lisez les réponses de chaque établissement, puis attribuez le label (Ctrl+Entrée) ou non, avec un retour à l’établissement (Ctrl+Maj+Entrée).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by %1 on %2.</source>
        <translation>Envoyée par %1 le %2.</translation>
    </message>
    <message>
        <source>Declared by the head teacher, %1.</source>
        <translation>Candidature attestée par le chef d’établissement, %1.</translation>
    </message>
    <message>
        <source>Not declared by the head teacher (%1).</source>
        <translation>Candidature non attestée par le chef d’établissement (%1).</translation>
    </message>
    <message>
        <source>Awarded; sent with the next sync.</source>
        <translation>Label attribué&#xa0;; la décision partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Not awarded; sent with the next sync.</source>
        <translation>Label non attribué&#xa0;; la décision partira à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>etw::SchoolLabel</name>
    <message>
        <source>No teacher of the school is registered.</source>
        <translation>Aucun enseignant de l’établissement n’est inscrit.</translation>
    </message>
    <message>
        <source>Registered on %1: at least %2 years before %3.</source>
        <translation>Inscrit le %1&#xa0;: au moins %2&#xa0;ans avant le %3.</translation>
    </message>
    <message>
        <source>Registered on %1: not %2 years before %3 (it would need %4).</source>
        <translation>Inscrit le %1&#xa0;: pas %2&#xa0;ans avant le %3 (il faudrait une inscription au plus tard le %4).</translation>
    </message>
    <message>
        <source>Management registered: %1.</source>
        <translation>Direction inscrite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Neither the head teacher nor a member of the management is registered.</source>
        <translation>Ni le chef d’établissement ni un membre de l’équipe de direction n’est inscrit.</translation>
    </message>
    <message>
        <source>%1 teachers registered (%2 needed).</source>
        <translation>%1&#xa0;enseignants inscrits (%2 requis).</translation>
    </message>
    <message>
        <source>%1 teachers active since %2 (%3 needed).</source>
        <translation>%1&#xa0;enseignants actifs depuis le %2 (%3 requis).</translation>
    </message>
    <message>
        <source>European projects with a National Quality Label: %1.</source>
        <translation>Projets européens ayant obtenu le Label national de qualité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No European project of the school has a National Quality Label in %1.</source>
        <translation>Aucun projet européen de l’établissement n’a obtenu le Label national de qualité en %1.</translation>
    </message>
    <message>
        <source>Your change could not be saved on this computer.</source>
        <translation>Votre modification n’a pas pu être enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your school&apos;s application was sent: it is not changed any more.</source>
        <translation>La candidature de votre établissement a été envoyée&#xa0;: elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Your school does not meet the label&apos;s prerequisites: see which above.</source>
        <translation>Votre établissement ne remplit pas les conditions d’éligibilité du label&#xa0;: celles qui manquent sont indiquées ci-dessus.</translation>
    </message>
    <message>
        <source>Your school&apos;s application was sent already.</source>
        <translation>La candidature de votre établissement a déjà été envoyée.</translation>
    </message>
    <message>
        <source>This application is not in your review.</source>
        <translation>Cette candidature ne fait pas partie de celles que vous instruisez.</translation>
    </message>
    <message>
        <source>This application is decided already.</source>
        <translation>Cette candidature a déjà fait l’objet d’une décision.</translation>
    </message>
    <message>
        <source>Feedback to the school: needed to refuse the label, so that it knows why.</source>
        <translation>Retour à l’établissement&#xa0;: obligatoire pour refuser le label, afin que l’établissement sache pourquoi.</translation>
    </message>
    <message>
        <source>Feedback to the school: at most %1 characters.</source>
        <translation>Retour à l’établissement&#xa0;: %1 caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>etw::SchoolLabelDialog</name>
    <message>
        <source>eTwinning School label</source>
        <translation>Label École eTwinning</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a question over its answer</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Head teacher&apos;s name:</source>
        <translation>&amp;Nom du chef d’établissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;The head teacher named above supports this application and declares what it says true.</source>
        <translation>&amp;Le chef d’établissement nommé ci-dessus soutient cette candidature et atteste l’exactitude de son contenu.</translation>
    </message>
    <message>
        <source>The label&apos;s prerequisites</source>
        <translation>Conditions d’éligibilité du label</translation>
    </message>
    <message>
        <source>&amp;Send the application</source>
        <translation>&amp;Envoyer la candidature</translation>
    </message>
    <message>
        <source>Send the school&apos;s application to its national support service</source>
        <translation>Envoyer la candidature de l’établissement à son bureau d’assistance national</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close; what you wrote is kept (Esc)</source>
        <translation>Fermer&#xa0;; ce que vous avez écrit est conservé (Échap)</translation>
    </message>
    <message>
        <source>Your school&apos;s eligibility for the eTwinning School label has not reached this computer yet: it comes with the next sync once your registration is validated.</source>
        <translation>L’éligibilité de votre établissement au Label École eTwinning n’est pas encore arrivée sur cet ordinateur&#xa0;: elle arrivera avec la prochaine synchronisation, une fois votre inscription validée.</translation>
    </message>
    <message>
        <source>%1 — round %2 (%3), counted on %4. %5</source>
        <translation>%1 — campagne %2 (%3), situation arrêtée au %4. %5</translation>
    </message>
    <message>
        <source>Your school may apply: one application per school, written together by its teachers.</source>
        <translation>Votre établissement peut candidater&#xa0;: une seule candidature par établissement, rédigée ensemble par ses enseignants.</translation>
    </message>
    <message>
        <source>Your school cannot apply this round: see below what is missing.</source>
        <translation>Votre établissement ne peut pas candidater lors de cette campagne&#xa0;: ce qui manque est indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>✓ Met: %1</source>
        <translation>✓ Condition remplie&#xa0;: %1</translation>
    </message>
    <message>
        <source>✗ Not met: %1</source>
        <translation>✗ Condition non remplie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Condition remplie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Condition non remplie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your school is an eTwinning School until %1.</source>
        <translation>Votre établissement est une École eTwinning jusqu’au %1.</translation>
    </message>
    <message>
        <source>Started on this computer.</source>
        <translation>Candidature commencée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Draft, last changed by %1 on %2.</source>
        <translation>Brouillon, modifié pour la dernière fois par %1 le %2.</translation>
    </message>
    <message>
        <source>Sent with the next sync: your national support service then assesses it.</source>
        <translation>Envoi à la prochaine synchronisation&#xa0;: votre bureau d’assistance national évaluera ensuite la candidature.</translation>
    </message>
    <message>
        <source>Sent by %1: your national support service assesses it.</source>
        <translation>Envoyée par %1&#xa0;: votre bureau d’assistance national est en train de l’évaluer.</translation>
    </message>
    <message>
        <source>Awarded: the label is valid until %1.</source>
        <translation>Label attribué&#xa0;: il est valable jusqu’au %1.</translation>
    </message>
    <message>
        <source>Not awarded. Feedback: %1</source>
        <translation>Label non attribué. Retour de votre bureau d’assistance national&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changes made here are sent with the next sync.</source>
        <translation>Les modifications faites ici partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The application cannot be sent yet: see the fields marked.</source>
        <translation>La candidature ne peut pas encore être envoyée&#xa0;: vérifiez les champs signalés.</translation>
    </message>
    <message>
        <source>Sent with the next sync.</source>
        <translation>La candidature partira à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>etw::SchoolQueueModel</name>
    <message>
        <source>Awarded</source>
        <translation>Label attribué</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Label non attribué</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>etw::SchoolRole</name>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>Chef d&apos;établissement</translation>
    </message>
    <message>
        <source>Librarian</source>
        <translation>Documentaliste</translation>
    </message>
    <message>
        <source>Other school staff</source>
        <translation>Autre personnel de l&apos;établissement</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Enseignant stagiaire</translation>
    </message>
</context>
<context>
    <name>etw::SchoolType</name>
    <message>
        <source>Pre-primary school</source>
        <translation>École maternelle</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>École élémentaire</translation>
    </message>
    <message>
        <source>Lower secondary school</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Upper secondary school</source>
        <translation>Lycée</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>Lycée professionnel</translation>
    </message>
    <message>
        <source>Special needs school</source>
        <translation>Établissement spécialisé</translation>
    </message>
</context>
<context>
    <name>etw::ServiceSettingsDialog</name>
    <message>
        <source>Setting saved; it leaves with the next synchronisation.</source>
        <translation>Réglage enregistré&#xa0;; il partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Settings of the service</source>
        <translation>Réglages du service</translation>
    </message>
    <message>
        <source>&amp;Regional correspondents decide on their region&apos;s registrations and projects</source>
        <translation>Les correspondants &amp;régionaux statuent sur les inscriptions et les projets de leur région</translation>
    </message>
    <message>
        <source>Reason templates: the reasons your service&apos;s correspondents start a refusal from. The teacher reads the reason as it is sent.</source>
        <translation>Modèles de motifs&#xa0;: les motifs à partir desquels les correspondants de votre service rédigent un refus. L’enseignant lit le motif tel qu’il est envoyé.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File d’attente&#xa0;:</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Queue of the templates</source>
        <translation>File d’attente des modèles</translation>
    </message>
    <message>
        <source>Reason templates</source>
        <translation>Modèles de motifs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title of the template</source>
        <translation>Titre du modèle</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Text of the template</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Supprimer le modèle</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>A school that is not one, a project copied…</source>
        <translation>Un établissement qui n’en est pas un, un projet copié…</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Template saved; it leaves with the next synchronisation.</source>
        <translation>Modèle enregistré&#xa0;; il partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Template deleted; the deletion leaves with the next synchronisation.</source>
        <translation>Modèle supprimé&#xa0;; la suppression partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>School &amp;year starts on:</source>
        <translation>&amp;Début de l’année scolaire&#xa0;:</translation>
    </message>
    <message>
        <source>Day the school year starts</source>
        <translation>Jour de début de l’année scolaire</translation>
    </message>
    <message>
        <source>Your teachers&apos; four Quality Label applications are counted per school year.</source>
        <translation>Les quatre candidatures de vos enseignants au Label national de qualité sont comptées par année scolaire.</translation>
    </message>
    <message>
        <source>Month the school year starts</source>
        <translation>Mois de début de l’année scolaire</translation>
    </message>
</context>
<context>
    <name>etw::SignInDialog</name>
    <message>
        <source>Sign in to eTwinning</source>
        <translation>Connexion à eTwinning</translation>
    </message>
    <message>
        <source>Sign in with your eTwinning account. Your data is kept on this computer so that you can keep working without a network.</source>
        <translation>Connectez-vous avec votre compte eTwinning. Vos données sont conservées sur cet ordinateur pour que vous puissiez continuer à travailler hors ligne.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. https://etwinning.example.org</source>
        <translation>par ex. https://etwinning.example.org</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The server address is not valid. Write it like https://etwinning.example.org or 127.0.0.1:8080.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas valide. Saisissez-la sous la forme https://etwinning.example.org ou 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes, then try again.</source>
        <translation>Trop de tentatives infructueuses. Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the address and the network connection.</source>
        <translation>Impossible de joindre le serveur %1. Vérifiez l&apos;adresse et la connexion réseau.</translation>
    </message>
    <message>
        <source>Create an &amp;account…</source>
        <translation>Créer un &amp;compte…</translation>
    </message>
</context>
<context>
    <name>etw::StatisticsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Teachers registered</source>
        <translation>Enseignants inscrits</translation>
    </message>
    <message>
        <source>Teachers validated</source>
        <translation>Enseignants validés</translation>
    </message>
    <message>
        <source>Schools joining</source>
        <translation>Nouveaux établissements</translation>
    </message>
    <message>
        <source>Projects created</source>
        <translation>Projets créés</translation>
    </message>
    <message>
        <source>National projects</source>
        <translation>Projets nationaux</translation>
    </message>
    <message>
        <source>European projects</source>
        <translation>Projets européens</translation>
    </message>
    <message>
        <source>waiting for partners</source>
        <translation>en attente de partenaires</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actifs</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturés</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusés</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Whole country (%1)</source>
        <translation>Tout le pays (%1)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Evolution over the school years — %1</source>
        <translation>Évolution au fil des années scolaires — %1</translation>
    </message>
    <message>
        <source>Months of the school year %1 — %2</source>
        <translation>Mois de l&apos;année scolaire %1 — %2</translation>
    </message>
    <message>
        <source>Counts computed by the server, never names. Teachers and schools count in their school&apos;s region; the whole country also counts schools without a region. A project counts in each country and region of its founders, in the month it was created. Figures last changed on %1.</source>
        <translation>Décomptes calculés par le serveur, sans aucun nom. Les enseignants et les établissements comptent dans la région de leur établissement&#xa0;; le pays entier compte aussi les établissements sans région. Un projet compte dans chaque pays et chaque région de ses fondateurs, au mois de sa création. Chiffres modifiés pour la dernière fois le %1.</translation>
    </message>
    <message>
        <source>Evolution over the school years</source>
        <translation>Évolution au fil des années scolaires</translation>
    </message>
    <message>
        <source>Months of the school year %1</source>
        <translation>Mois de l&apos;année scolaire %1</translation>
    </message>
    <message>
        <source>Statistics of the territory</source>
        <translation>Statistiques du territoire</translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation>Année scolaire %1</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Rapport du %1</translation>
    </message>
    <message>
        <source>In the school year %1: %2 teachers registered, %3 validated, %4 schools joining, %5 projects created.</source>
        <translation>Pendant l&apos;année scolaire %1&#xa0;: %2 enseignants inscrits, %3 validés, %4 nouveaux établissements, %5 projets créés.</translation>
    </message>
    <message>
        <source>Export the statistics as CSV</source>
        <translation>Exporter les statistiques en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the statistics as a PDF report</source>
        <translation>Exporter les statistiques en rapport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Année scolaire&#xa0;:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Exporter le rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Saves the figures shown as a CSV file (UTF-8)</source>
        <translation>Enregistre les chiffres affichés dans un fichier CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Saves a PDF report with the charts and tables, to send to your rector or ministry</source>
        <translation>Enregistre un rapport PDF avec les graphiques et les tableaux, à envoyer à votre rectorat ou à votre ministère</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Figures of each school year</source>
        <translation>Chiffres de chaque année scolaire</translation>
    </message>
    <message>
        <source>Figures of each month of the school year</source>
        <translation>Chiffres de chaque mois de l&apos;année scolaire</translation>
    </message>
    <message>
        <source>Chart of the evolution over the school years</source>
        <translation>Graphique de l&apos;évolution au fil des années scolaires</translation>
    </message>
    <message>
        <source>Chart of the months of the school year</source>
        <translation>Graphique des mois de l&apos;année scolaire</translation>
    </message>
    <message>
        <source>No statistics here yet. Sync to receive your territory&apos;s statistics (Account → Synchronise now, F5); the server counts them every few minutes.</source>
        <translation>Pas encore de statistiques ici. Synchronisez pour recevoir les statistiques de votre territoire (Compte → Synchroniser maintenant, F5)&#xa0;; le serveur les recalcule régulièrement.</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>À propos de ces chiffres</translation>
    </message>
    <message>
        <source>Whole table</source>
        <translation>Tout le tableau</translation>
    </message>
    <message>
        <source>Quality Label applications</source>
        <translation>Candidatures au label de qualité</translation>
    </message>
    <message>
        <source>Quality Labels awarded</source>
        <translation>Labels de qualité attribués</translation>
    </message>
    <message>
        <source>Quality Labels not awarded</source>
        <translation>Labels de qualité non attribués</translation>
    </message>
    <message>
        <source>European Quality Label nominations</source>
        <translation>Propositions au Label européen de qualité</translation>
    </message>
    <message>
        <source>eTwinning School labels awarded</source>
        <translation>Labels École eTwinning attribués</translation>
    </message>
    <message>
        <source>European Quality Labels awarded</source>
        <translation>Labels européens de qualité attribués</translation>
    </message>
    <message>
        <source>Quality Labels over the school years — %1</source>
        <translation>Labels de qualité au fil des années scolaires — %1</translation>
    </message>
    <message>
        <source>Quality Labels</source>
        <translation>Labels de qualité</translation>
    </message>
    <message>
        <source>Chart of the Quality Labels over the school years</source>
        <translation>Graphique des labels de qualité au fil des années scolaires</translation>
    </message>
</context>
<context>
    <name>etw::Subject</name>
    <message>
        <source>Mathematics</source>
        <translation>Mathématiques</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Chimie</translation>
    </message>
    <message>
        <source>Biology</source>
        <translation>Biologie</translation>
    </message>
    <message>
        <source>Natural sciences</source>
        <translation>Sciences naturelles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Géographie</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Éducation à la citoyenneté</translation>
    </message>
    <message>
        <source>Mother tongue and literature</source>
        <translation>Langue maternelle et littérature</translation>
    </message>
    <message>
        <source>Foreign languages</source>
        <translation>Langues étrangères</translation>
    </message>
    <message>
        <source>Visual arts</source>
        <translation>Arts plastiques</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Théâtre</translation>
    </message>
    <message>
        <source>Physical education</source>
        <translation>Éducation physique et sportive</translation>
    </message>
    <message>
        <source>Computer science and ICT</source>
        <translation>Informatique et TIC</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Environmental education</source>
        <translation>Éducation à l&apos;environnement</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Philosophy</source>
        <translation>Philosophie</translation>
    </message>
    <message>
        <source>Religion and ethics</source>
        <translation>Religion et éthique</translation>
    </message>
    <message>
        <source>Pre-primary education</source>
        <translation>Enseignement préélémentaire</translation>
    </message>
    <message>
        <source>Primary school subjects</source>
        <translation>Matières de l&apos;école élémentaire</translation>
    </message>
    <message>
        <source>Special needs education</source>
        <translation>Enseignement spécialisé</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <source>Media literacy and eSafety</source>
        <translation>Éducation aux médias et sécurité en ligne</translation>
    </message>
    <message>
        <source>School library</source>
        <translation>Bibliothèque scolaire</translation>
    </message>
</context>
<context>
    <name>etw::SyncEngine</name>
    <message>
        <source>Sign in to synchronise.</source>
        <translation>Connectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>Your session has ended: sign in again.</source>
        <translation>Votre session a expiré&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server sent a page this program cannot read.</source>
        <translation>Le serveur a envoyé une page que ce programme ne peut pas lire.</translation>
    </message>
    <message>
        <source>The local cache could not be written.</source>
        <translation>Impossible d&apos;écrire dans le cache local.</translation>
    </message>
    <message>
        <source>The server did not answer for the edits sent.</source>
        <translation>Le serveur n&apos;a pas répondu pour les modifications envoyées.</translation>
    </message>
    <message>
        <source>This edit is too large for the server (%1 KB): shorten its texts and send it again.</source>
        <translation>Cette modification est trop volumineuse pour le serveur (%1 Ko)&#xa0;: raccourcissez ses textes et envoyez-la de nouveau.</translation>
    </message>
    <message>
        <source>The server asked this computer to wait before sending more. What waits is kept here and leaves then; nothing is lost.</source>
        <translation>Le serveur a demandé à cet ordinateur d&apos;attendre avant d&apos;envoyer davantage. Ce qui attend est conservé ici et partira à ce moment-là&#xa0;; rien n&apos;est perdu.</translation>
    </message>
</context>
<context>
    <name>etw::SyncIssuesDialog</name>
    <message>
        <source>Edits needing your attention</source>
        <translation>Modifications qui demandent votre attention</translation>
    </message>
    <message>
        <source>Dismiss selected</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What you changed</source>
        <translation>Ce que vous avez modifié</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changed meanwhile elsewhere; the server now has %1: %2</source>
        <translation>Modifié entre-temps ailleurs&#xa0;; le serveur a maintenant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server did not take these edits. What you typed is kept here: read why; for a change made meanwhile elsewhere, choose field by field what to keep; then dismiss what you have dealt with.</source>
        <translation>Le serveur n&apos;a pas accepté ces modifications. Ce que vous avez saisi est conservé ici&#xa0;: lisez pourquoi&#xa0;; pour une modification faite entre-temps ailleurs, choisissez champ par champ ce que vous gardez&#xa0;; puis écartez ce que vous avez traité.</translation>
    </message>
    <message>
        <source>Apply my choices</source>
        <translation>Appliquer mes choix</translation>
    </message>
    <message>
        <source>Your registration is back among the drafts under My projects, to be corrected and submitted again.</source>
        <translation>Votre inscription est revenue parmi les brouillons de «&#xa0;Mes projets&#xa0;», pour être corrigée puis soumise à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>a text of %n character(s)</source>
        <translation>
            <numerusform>un texte de %n caractère</numerusform>
            <numerusform>un texte de %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Copy what you wrote in the selected edit, whole, to paste it elsewhere</source>
        <translation>Copier en entier ce que vous avez écrit dans la modification choisie, pour le coller ailleurs</translation>
    </message>
    <message>
        <source>Copied: paste it where you like (%1).</source>
        <translation>Copié&#xa0;: collez-le où vous voulez (%1).</translation>
    </message>
</context>
<context>
    <name>etw::SyncStatusLabel</name>
    <message>
        <source>Offline: sign in to synchronise</source>
        <translation>Hors ligne&#xa0;: connectez-vous pour synchroniser</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Synchronising… %L1 of %L2</source>
        <translation>Synchronisation… %L1 sur %L2</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Up to date (%1)</source>
        <translation>À jour (%1)</translation>
    </message>
    <message>
        <source>Offline: working from this computer&apos;s copy</source>
        <translation>Hors ligne&#xa0;: travail sur la copie de cet ordinateur</translation>
    </message>
    <message>
        <source>Sign in again to synchronise</source>
        <translation>Reconnectez-vous pour synchroniser</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 edit waiting to be sent</source>
        <translation>1 modification en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>%L1 edits waiting to be sent</source>
        <translation>%L1 modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>1 edit needs your attention</source>
        <translation>1 modification demande votre attention</translation>
    </message>
    <message>
        <source>%L1 edits need your attention</source>
        <translation>%L1 modifications demandent votre attention</translation>
    </message>
    <message>
        <source>Checking this computer&apos;s copy of the directory…</source>
        <translation>Vérification de la copie de l&apos;annuaire sur cet ordinateur…</translation>
    </message>
    <message>
        <source>The server asked to wait: your edits are sent again at %1</source>
        <translation>Le serveur a demandé d&apos;attendre&#xa0;: vos modifications repartiront à %1</translation>
    </message>
    <message>
        <source>Offline: the server asked to wait; trying again at %1</source>
        <translation>Hors ligne&#xa0;: le serveur a demandé d&apos;attendre&#xa0;; nouvel essai à %1</translation>
    </message>
</context>
<context>
    <name>etw::TransferController</name>
    <message>
        <source>“%1” cannot be read: check that it is a file and that you may open it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est illisible&#xa0;: vérifiez qu&apos;il s&apos;agit bien d&apos;un fichier et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” could not be read to be sent: it was moved, deleted or changed before its copy was made. Retry once it is back.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être lu pour l&apos;envoi&#xa0;: il a été déplacé, supprimé ou modifié avant que sa copie soit faite. Réessayez quand il sera de retour à sa place.</translation>
    </message>
    <message>
        <source>“%1” could not be copied among the materials on this computer (%2). Make room on the disk, then retry.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être copié parmi les ressources de cet ordinateur (%2). Libérez de l&apos;espace sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The copy of “%1” kept on this computer is gone. Retry to make it again from the file.</source>
        <translation>La copie de «&#xa0;%1&#xa0;» conservée sur cet ordinateur a disparu. Réessayez pour la refaire à partir du fichier.</translation>
    </message>
    <message>
        <source>“%1” does not fit in this project&apos;s TwinSpace: it has room for %2 more. Delete materials the project no longer needs, then retry.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne tient pas dans le TwinSpace de ce projet&#xa0;: il n&apos;y reste que %2 d&apos;espace libre. Supprimez les ressources dont le projet n&apos;a plus besoin, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” does not fit in this project&apos;s TwinSpace. Delete materials the project no longer needs, then retry.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne tient pas dans le TwinSpace de ce projet. Supprimez les ressources dont le projet n&apos;a plus besoin, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is too large: a material may be at most 100 MB (an image 10 MB).</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux&#xa0;: une ressource ne doit pas dépasser 100 Mo (10 Mo pour une image).</translation>
    </message>
    <message>
        <source>“%1” was refused by the server: its content is not of a type a material may have.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a été refusé par le serveur&#xa0;: son contenu n&apos;est pas d&apos;un type autorisé pour une ressource.</translation>
    </message>
    <message>
        <source>“%1” was not sent: your account has too many uploads in progress (on this computer or another). Let them finish or cancel one, then retry.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas été envoyé&#xa0;: votre compte a trop d&apos;envois en cours (sur cet ordinateur ou sur un autre). Attendez qu&apos;ils se terminent ou annulez-en un, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the project is archived, its TwinSpace is read-only.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas été envoyé&#xa0;: le projet est archivé, son TwinSpace est en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the project&apos;s TwinSpace opens once the project is approved.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas été envoyé&#xa0;: le TwinSpace du projet ne s&apos;ouvre qu&apos;une fois le projet validé.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the project no longer exists, or you are no longer one of its members.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas été envoyé&#xa0;: le projet n&apos;existe plus, ou vous n&apos;en êtes plus membre.</translation>
    </message>
    <message>
        <source>“%1” arrived on the server different from the copy sent. Retry to send it again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» reçu par le serveur ne correspond pas à la copie envoyée. Réessayez pour l&apos;envoyer à nouveau.</translation>
    </message>
    <message>
        <source>“%1” was refused by the server: its name or its folder is not valid.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a été refusé par le serveur&#xa0;: son nom ou son dossier n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>“%1” was refused by the server (%2).</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a été refusé par le serveur (%2).</translation>
    </message>
    <message>
        <source>“%1” waits for the server, which cannot be reached at the moment; the transfer goes on by itself.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» attend le serveur, injoignable pour le moment&#xa0;; le transfert reprendra de lui-même.</translation>
    </message>
    <message>
        <source>“%1” waits: the server is busy or unavailable at the moment (%2); the transfer goes on by itself.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est en attente&#xa0;: le serveur est occupé ou indisponible pour le moment (%2)&#xa0;; le transfert reprendra de lui-même.</translation>
    </message>
    <message>
        <source>“%1” waits until you sign in again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» attend que vous vous reconnectiez.</translation>
    </message>
    <message>
        <source>“%1” cannot be downloaded: it was deleted from the TwinSpace, or you are no longer a member of its project.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être téléchargé&#xa0;: il a été supprimé du TwinSpace, ou vous n&apos;êtes plus membre de son projet.</translation>
    </message>
    <message>
        <source>“%1” arrived damaged twice, and was not kept. Retry to download it again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est arrivé endommagé deux fois et n&apos;a pas été conservé. Réessayez pour le télécharger à nouveau.</translation>
    </message>
    <message>
        <source>“%1” could not be saved on this computer (%2). Make room on the disk, then retry.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré sur cet ordinateur (%2). Libérez de l&apos;espace sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The transfer of “%1” stopped: the server answered with HTTP status %2 (%3).</source>
        <translation>Le transfert de «&#xa0;%1&#xa0;» s&apos;est interrompu&#xa0;: le serveur a répondu avec le code HTTP %2 (%3).</translation>
    </message>
</context>
<context>
    <name>etw::TransferListModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1&#xa0;% de %2</translation>
    </message>
</context>
<context>
    <name>etw::TransferStatus</name>
    <message numerus="yes">
        <source>Sending %n file(s)</source>
        <translation>
            <numerusform>Envoi de %n fichier</numerusform>
            <numerusform>Envoi de %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) failed</source>
        <translation>
            <numerusform>%n transfert a échoué</numerusform>
            <numerusform>%n transferts ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the transfers (Ctrl+J)</source>
        <translation>Afficher les transferts (Ctrl+J)</translation>
    </message>
    <message>
        <source>Transfers&apos; progress</source>
        <translation>Progression des transferts</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s)</source>
        <translation>
            <numerusform>Téléchargement de %n fichier</numerusform>
            <numerusform>Téléchargement de %n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etw::TransfersDialog</name>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Cancel transfer</source>
        <translation>&amp;Annuler le transfert</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Retirer les &amp;terminés</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Uploads and downloads</source>
        <translation>Envois et téléchargements</translation>
    </message>
    <message>
        <source>Nothing is being sent or downloaded. Upload files in a TwinSpace&apos;s “Materials” tab; they leave as soon as the network allows.</source>
        <translation>Aucun envoi ni téléchargement en cours. Envoyez des fichiers depuis l&apos;onglet «&#xa0;Ressources&#xa0;» d&apos;un TwinSpace&#xa0;; ils partiront dès que le réseau le permettra.</translation>
    </message>
    <message>
        <source>Stop this transfer for now; it goes on from where it is when resumed</source>
        <translation>Interrompre ce transfert pour l&apos;instant&#xa0;; il repartira de là où il en était une fois repris</translation>
    </message>
    <message>
        <source>Go on from where the transfer stopped</source>
        <translation>Reprendre le transfert là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Stop this transfer for good; what was sent of it is removed</source>
        <translation>Arrêter définitivement ce transfert&#xa0;; ce qui en a déjà été envoyé est supprimé</translation>
    </message>
    <message>
        <source>Try again a transfer that failed</source>
        <translation>Relancer un transfert qui a échoué</translation>
    </message>
    <message>
        <source>Remove the finished transfers from the list</source>
        <translation>Retirer de la liste les transferts terminés</translation>
    </message>
    <message>
        <source> GB</source>
        <translation>&#xa0;Go</translation>
    </message>
    <message>
        <source>R&amp;oom for copies:</source>
        <translation>Place pour les &amp;copies&#xa0;:</translation>
    </message>
    <message>
        <source>Room for copies of materials on this computer</source>
        <translation>Place pour les copies des ressources sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your administrator set this for the computer</source>
        <translation>Votre administrateur a fixé cette valeur pour cet ordinateur</translation>
    </message>
    <message>
        <source>Past this size, the copies used least recently are removed from this computer, except those kept offline; they download again when opened</source>
        <translation>Au-delà de cette taille, les copies utilisées le moins récemment sont retirées de cet ordinateur, sauf celles gardées hors ligne&#xa0;; elles sont téléchargées à nouveau à l&apos;ouverture</translation>
    </message>
    <message>
        <source>Copies of materials on this computer: %1.</source>
        <translation>Copies des ressources sur cet ordinateur&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>etw::TwinSpaceView</name>
    <message>
        <source>New page</source>
        <translation>Nouvelle page</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>New sub-page</source>
        <translation>Nouvelle sous-page</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Renommer la page</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>A project gets its TwinSpace once the national support services approve it. Register a project or answer an invitation in “My projects”.</source>
        <translation>Un projet dispose de son TwinSpace une fois validé par les bureaux d&apos;assistance nationaux. Inscrivez un projet ou répondez à une invitation dans «&#xa0;Mes projets&#xa0;».</translation>
    </message>
    <message>
        <source>No pages yet. Create the first one with “New page”: it stays a draft, seen only by you, until you publish it.</source>
        <translation>Aucune page pour l&apos;instant. Créez la première avec «&#xa0;Nouvelle page&#xa0;»&#xa0;: elle reste un brouillon, visible uniquement par vous, jusqu&apos;à ce que vous la publiiez.</translation>
    </message>
    <message>
        <source>&amp;New page</source>
        <translation>&amp;Nouvelle page</translation>
    </message>
    <message>
        <source>New &amp;sub-page</source>
        <translation>Nouvelle s&amp;ous-page</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (clos)</translation>
    </message>
    <message>
        <source>TwinSpace</source>
        <translation>TwinSpace</translation>
    </message>
    <message>
        <source>Delete the page “%1”?</source>
        <translation>Supprimer la page «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the page “%1” and its %n sub-page(s)?</source>
        <translation>
            <numerusform>Supprimer la page «&#xa0;%1&#xa0;» et sa sous-page&#xa0;?</numerusform>
            <numerusform>Supprimer la page «&#xa0;%1&#xa0;» et ses %n sous-pages&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Supprimer la page</translation>
    </message>
    <message>
        <source>Delete the page and its sub-pages (%1 in the tree)</source>
        <translation>Supprimer la page et ses sous-pages (%1 dans l&apos;arborescence)</translation>
    </message>
    <message>
        <source>Export the project into…</source>
        <translation>Exporter le projet dans…</translation>
    </message>
    <message>
        <source>E&amp;xport project…</source>
        <translation>E&amp;xporter le projet…</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>A folder and a .zip that open in any browser, with no app and no network: a copy of the project the school keeps (%1)</source>
        <translation>Un dossier et un .zip qui s&apos;ouvrent dans n&apos;importe quel navigateur, sans application ni réseau&#xa0;: une copie du projet que l&apos;établissement conserve (%1)</translation>
    </message>
    <message>
        <source>Materials not on this computer, so not in the export: %1.</source>
        <translation>Ressources absentes de cet ordinateur, donc non exportées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Open a page of this project first (in the “Pages” tab), then insert the picture where its cursor is.</source>
        <translation>Ouvrez d&apos;abord une page de ce projet (dans l&apos;onglet «&#xa0;Pages&#xa0;»), puis insérez l&apos;image à l&apos;emplacement de son curseur.</translation>
    </message>
    <message>
        <source>Pa&amp;ges</source>
        <translation>Pa&amp;ges</translation>
    </message>
    <message>
        <source>M&amp;aterials</source>
        <translation>&amp;Ressources</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n material(s) for the export of “%1”…</source>
        <translation>
            <numerusform>Téléchargement de %n ressource pour l&apos;exportation de «&#xa0;%1&#xa0;»…</numerusform>
            <numerusform>Téléchargement de %n ressources pour l&apos;exportation de «&#xa0;%1&#xa0;»…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (and %2): %n page(s)</source>
        <translation>
            <numerusform>Projet exporté dans %1 (et %2)&#xa0;: %n page</numerusform>
            <numerusform>Projet exporté dans %1 (et %2)&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n material(s).</source>
        <translation>
            <numerusform>, %n ressource.</numerusform>
            <numerusform>, %n ressources.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation>F&amp;orum</translation>
    </message>
    <message>
        <source>Updat&amp;es</source>
        <translation>&amp;Nouveautés</translation>
    </message>
    <message>
        <source>Membe&amp;rs</source>
        <translation>M&amp;embres</translation>
    </message>
    <message>
        <source>For %1: </source>
        <translation>Pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Cha&amp;t</source>
        <translation>&amp;Tchat</translation>
    </message>
    <message>
        <source>Pages, materials, forum, updates, chat and members</source>
        <translation>Pages, ressources, forum, nouveautés, tchat et membres</translation>
    </message>
    <message>
        <source>The project&apos;s chat room is for live exchanges between the partner classes: a video call&apos;s side channel, a quiz, greetings. Considered discussions belong in the forum.

Enter sends a message; Shift+Enter starts a new line; Ctrl+Home shows older messages.</source>
        <translation>Le tchat du projet sert aux échanges en direct entre les classes partenaires&#xa0;: à côté d&apos;une visioconférence, pour un quiz, pour se saluer. Les discussions réfléchies ont leur place dans le forum.

Entrée envoie un message&#xa0;; Maj+Entrée passe à la ligne&#xa0;; Ctrl+Début affiche les messages plus anciens.</translation>
    </message>
    <message>
        <source>About the chat</source>
        <translation>À propos du tchat</translation>
    </message>
</context>
<context>
    <name>etw::UpdatesPanel</name>
    <message>
        <source>Updates of the project</source>
        <translation>Nouveautés du projet</translation>
    </message>
    <message>
        <source>Nothing new yet. When your partners publish a page, add a material or write in the forum, it shows here.</source>
        <translation>Rien de nouveau pour l&apos;instant. Quand vos partenaires publient une page, ajoutent une ressource ou écrivent dans le forum, cela s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Un partenaire</translation>
    </message>
    <message>
        <source>%1 published the page “%2”</source>
        <translation>%1 a publié la page «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 added “%2” to the materials</source>
        <translation>%1 a ajouté «&#xa0;%2&#xa0;» aux ressources</translation>
    </message>
    <message>
        <source>%1 started the discussion “%2”</source>
        <translation>%1 a ouvert la discussion «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 started the thread “%2”</source>
        <translation>%1 a ouvert le fil «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 replied in “%2”</source>
        <translation>%1 a répondu dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 changed “%2”</source>
        <translation>%1 a modifié «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1, %2, unread</source>
        <translation>%1, %2, non lu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You published the page “%1”</source>
        <translation>Vous avez publié la page «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>You added “%1” to the materials</source>
        <translation>Vous avez ajouté «&#xa0;%1&#xa0;» aux ressources</translation>
    </message>
    <message>
        <source>You started the discussion “%1”</source>
        <translation>Vous avez ouvert la discussion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>You started the thread “%1”</source>
        <translation>Vous avez ouvert le fil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>You replied in “%1”</source>
        <translation>Vous avez répondu dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>You changed “%1”</source>
        <translation>Vous avez modifié «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>You joined the project</source>
        <translation>Vous avez rejoint le projet</translation>
    </message>
    <message>
        <source>You are no longer a member of the project</source>
        <translation>Vous n&apos;êtes plus membre du projet</translation>
    </message>
    <message>
        <source>%1 joined the project</source>
        <translation>%1 a rejoint le projet</translation>
    </message>
    <message>
        <source>%1 is no longer a member of the project</source>
        <translation>%1 n&apos;est plus membre du projet</translation>
    </message>
    <message>
        <source>The national support services approved the project: its TwinSpace is open</source>
        <translation>Les bureaux d&apos;assistance nationaux ont validé le projet&#xa0;: son TwinSpace est ouvert</translation>
    </message>
    <message>
        <source>The project was closed: its TwinSpace is read-only now</source>
        <translation>Le projet a été clos&#xa0;: son TwinSpace est désormais en lecture seule</translation>
    </message>
</context>
<context>
    <name>etw::Validation</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Matières</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Pupils&apos; minimum age</source>
        <translation>Âge minimum des élèves</translation>
    </message>
    <message>
        <source>Pupils&apos; maximum age</source>
        <translation>Âge maximum des élèves</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>Looking for partners</source>
        <translation>Recherche de partenaires</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Mutations</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Base version</source>
        <translation>Version de base</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>est obligatoire.</translation>
    </message>
    <message>
        <source>has the wrong type.</source>
        <translation>n&apos;est pas du bon type.</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters).</source>
        <translation>est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>has too many entries (at most %1).</source>
        <translation>contient trop d&apos;éléments (%1 au maximum).</translation>
    </message>
    <message>
        <source>contains a value that is not in the list.</source>
        <translation>contient une valeur qui ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>contains the same entry twice.</source>
        <translation>contient deux fois le même élément.</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>must not be lower than the minimum age.</source>
        <translation>ne doit pas être inférieur à l&apos;âge minimum.</translation>
    </message>
    <message>
        <source>cannot be changed here.</source>
        <translation>ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>must be a UUID.</source>
        <translation>doit être un UUID.</translation>
    </message>
    <message>
        <source>is too large.</source>
        <translation>est trop volumineux.</translation>
    </message>
    <message>
        <source>is not valid.</source>
        <translation>n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Certains champs ne sont pas valides.</translation>
    </message>
    <message>
        <source>Kind of project</source>
        <translation>Type de projet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Durée en mois</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Work process</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <source>Invited teachers</source>
        <translation>Enseignants invités</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>is too short (at least %1 characters).</source>
        <translation>est trop court (%1 caractères au minimum).</translation>
    </message>
    <message>
        <source>needs a co-founder from another country for a European project.</source>
        <translation>doit comprendre un cofondateur d&apos;un autre pays pour un projet européen.</translation>
    </message>
    <message>
        <source>needs a co-founder from your own country for a national project.</source>
        <translation>doit comprendre un cofondateur de votre pays pour un projet national.</translation>
    </message>
    <message>
        <source>You may not do this: only the project&apos;s founders, or the national support service concerned, can.</source>
        <translation>Vous ne pouvez pas faire cela&#xa0;: seuls les fondateurs du projet, ou le bureau d&apos;assistance national concerné, le peuvent.</translation>
    </message>
    <message>
        <source>This project does not exist or is not open to you.</source>
        <translation>Ce projet n&apos;existe pas ou ne vous est pas ouvert.</translation>
    </message>
    <message>
        <source>This is not possible at this stage of the project.</source>
        <translation>Ce n&apos;est pas possible à cette étape du projet.</translation>
    </message>
    <message>
        <source>The founders of a national project are all from one country: invite this teacher as a partner, or register a European project.</source>
        <translation>Les fondateurs d&apos;un projet national sont tous du même pays&#xa0;: invitez cet enseignant comme partenaire, ou inscrivez un projet européen.</translation>
    </message>
    <message>
        <source>This teacher is already in the project or already invited.</source>
        <translation>Cet enseignant fait déjà partie du projet ou y est déjà invité.</translation>
    </message>
    <message>
        <source>There is no open invitation to this project for you any more (it may have been withdrawn).</source>
        <translation>Il n&apos;y a plus d&apos;invitation ouverte à ce projet pour vous (elle a peut-être été retirée).</translation>
    </message>
    <message>
        <source>This teacher is not in the project.</source>
        <translation>Cet enseignant ne fait pas partie du projet.</translation>
    </message>
    <message>
        <source>A founder cannot be removed from the project.</source>
        <translation>Un fondateur ne peut pas être retiré du projet.</translation>
    </message>
    <message>
        <source>This project is closed: it can no longer be changed.</source>
        <translation>Ce projet est clos&#xa0;: il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This country had already decided on the project; the first decision stands.</source>
        <translation>Ce pays avait déjà statué sur le projet&#xa0;; la première décision est maintenue.</translation>
    </message>
    <message>
        <source>The project was submitted to the national services without you as a founder: ask its founders to invite you as a partner.</source>
        <translation>Le projet a été soumis aux services nationaux sans vous comme fondateur&#xa0;: demandez à ses fondateurs de vous inviter comme partenaire.</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Texte de la page</translation>
    </message>
    <message>
        <source>Parent page</source>
        <translation>Page parente</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>School&apos;s name</source>
        <translation>Nom de l&apos;établissement</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>School&apos;s address</source>
        <translation>Adresse de l&apos;établissement</translation>
    </message>
    <message>
        <source>Kind of school</source>
        <translation>Type d&apos;établissement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Role in the school</source>
        <translation>Rôle dans l&apos;établissement</translation>
    </message>
    <message>
        <source>is not an e-mail address (name@example.org).</source>
        <translation>n&apos;est pas une adresse e-mail (nom@exemple.org).</translation>
    </message>
    <message>
        <source>already has an account: sign in with it instead.</source>
        <translation>a déjà un compte&#xa0;: connectez-vous plutôt avec celui-ci.</translation>
    </message>
    <message>
        <source>is too easy to guess: use a few unrelated words, or a longer sentence of your own.</source>
        <translation>est trop facile à deviner&#xa0;: utilisez quelques mots sans rapport entre eux, ou une phrase plus longue bien à vous.</translation>
    </message>
    <message>
        <source>Feedback to the teacher</source>
        <translation>Retour à l’enseignant</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Month the school year starts</source>
        <translation>Mois de début de l’année scolaire</translation>
    </message>
    <message>
        <source>Day the school year starts</source>
        <translation>Jour de début de l’année scolaire</translation>
    </message>
</context>
<context>
    <name>etw::project_texts</name>
    <message>
        <source>Waiting for the co-founders to accept</source>
        <translation>En attente de l&apos;accord des cofondateurs</translation>
    </message>
    <message>
        <source>Waiting for approval by the national support services</source>
        <translation>En attente de validation par les bureaux d&apos;assistance nationaux</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Draft (on this computer only)</source>
        <translation>Brouillon (sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>Registration waiting to be sent</source>
        <translation>Inscription en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>European project</source>
        <translation>Projet européen</translation>
    </message>
    <message>
        <source>National project</source>
        <translation>Projet national</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Fondateur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A refusé</translation>
    </message>
    <message>
        <source>Invitation withdrawn</source>
        <translation>Invitation retirée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
</context>
</TS>
