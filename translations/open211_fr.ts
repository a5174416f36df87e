<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>open211::AccountStore</name>
    <message>
        <source>The sign-in could not be kept for offline use (the password could not be hashed).</source>
        <translation>La connexion n&apos;a pas pu être gardée pour le hors-ligne (le mot de passe n&apos;a pas pu être haché).</translation>
    </message>
    <message>
        <source>The sign-in could not be kept for offline use: %1</source>
        <translation>La connexion n&apos;a pas pu être gardée pour le hors-ligne : %1</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>The hub cannot be reached, and %1 has not signed in on this workstation before: the first sign-in needs the hub.</source>
        <translation>Le carrefour est injoignable, et %1 ne s&apos;est jamais connecté sur ce poste : la première connexion passe par le carrefour.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: choose Sign in as someone else, and sign in with the hub.</source>
        <translation>Trop de mots de passe erronés : choisissez « Se connecter sous un autre nom » et connectez-vous avec le carrefour.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: sign in when the hub can be reached.</source>
        <translation>Trop de mots de passe erronés : connectez-vous quand le carrefour sera joignable.</translation>
    </message>
    <message>
        <source>Your last sign-in with the hub was more than %1 days ago: sign in when the hub can be reached.</source>
        <translation>Votre dernière connexion au carrefour date de plus de %1 jours : connectez-vous quand le carrefour sera joignable.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Mot de passe erroné pour %1.</translation>
    </message>
    <message>
        <source>Wrong password for %1 (checked on this workstation: the hub cannot be reached).</source>
        <translation>Mot de passe erroné pour %1 (vérifié sur ce poste : le carrefour est injoignable).</translation>
    </message>
    <message>
        <source>The keys could not be sealed.</source>
        <translation>Les clés n&apos;ont pas pu être scellées.</translation>
    </message>
    <message>
        <source>The keys could not be kept: %1</source>
        <translation>Les clés n&apos;ont pas pu être gardées : %1</translation>
    </message>
</context>
<context>
    <name>open211::AuditDialog</name>
    <message>
        <source>Opened a call record</source>
        <translation>A ouvert une fiche d&apos;appel</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signed in offline</source>
        <translation>Connexion hors ligne</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Écran déverrouillé</translation>
    </message>
    <message>
        <source>Unlock refused</source>
        <translation>Déverrouillage refusé</translation>
    </message>
    <message>
        <source>Callers&apos; details purged</source>
        <translation>Coordonnées des appelants effacées</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>A lu le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Du jour</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Au jour</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>toute fiche</translation>
    </message>
    <message>
        <source>Call record id</source>
        <translation>Identifiant de la fiche d&apos;appel</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit log status</source>
        <translation>État du journal d&apos;audit</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two days of the audit log&apos;s filter: &quot;1 Nov – 30 Nov&quot;</extracomment>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours :</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Call record:</source>
        <translation>&amp;Fiche d&apos;appel :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>The newest %1 entries; narrow the filters to see older ones.</source>
        <translation>Les %1 entrées les plus récentes ; resserrez les filtres pour voir les plus anciennes.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>in the call history</source>
        <translation>dans l&apos;historique des appels</translation>
    </message>
    <message>
        <source>resumed after the workstation closed</source>
        <translation>repris après la fermeture du poste</translation>
    </message>
</context>
<context>
    <name>open211::AuditStore</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>open211::CallAutosaver</name>
    <message>
        <source>Calls cannot be saved: %1</source>
        <translation>Impossible d’enregistrer les appels : %1</translation>
    </message>
</context>
<context>
    <name>open211::CallHistoryDialog</name>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>all specialists</source>
        <translation>tous les intervenants</translation>
    </message>
    <message>
        <source>need or code</source>
        <translation>besoin ou code</translation>
    </message>
    <message>
        <source>&amp;Follow-up due</source>
        <translation>&amp;Suivi à faire</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>The selected call</source>
        <translation>L’appel sélectionné</translation>
    </message>
    <message>
        <source>What came of the follow-up</source>
        <translation>Qu’a donné le suivi?</translation>
    </message>
    <message>
        <source>Follow-up outcome</source>
        <translation>Résultat du suivi</translation>
    </message>
    <message>
        <source>&amp;Record follow-up done</source>
        <translation>&amp;Enregistrer le suivi comme fait</translation>
    </message>
    <message>
        <source>No calls match.</source>
        <translation>Aucun appel ne correspond.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>unmet: %1</source>
        <translation>non satisfait : %1</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Aiguillages</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Done %1 by %2: %3</source>
        <translation>Fait le %1 par %2 : %3</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prévu le %1</translation>
    </message>
    <message>
        <source>Specialist: %1</source>
        <translation>Intervenant : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Length: %1 min</source>
        <translation>Durée : %1 min</translation>
    </message>
    <message>
        <source>Call of %1 at %2</source>
        <translation>Appel du %1 à %2</translation>
    </message>
    <message>
        <source>Sealed: the caller&apos;s details open only for whoever took this call (or after they sign in on this workstation).</source>
        <translation>Scellé : les coordonnées de l&apos;appelant ne s&apos;ouvrent que pour la personne qui a pris cet appel (une fois connectée sur ce poste).</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Appelant : %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
</context>
<context>
    <name>open211::CallListModel</name>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation>Non satisfaits</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Aiguillages</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>open211::CallPanel</name>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lang&amp;ue :</translation>
    </message>
    <message>
        <source>Contact &amp;type:</source>
        <translation>&amp;Type de contact :</translation>
    </message>
    <message>
        <source>&amp;Heard of 211:</source>
        <translation>&amp;Connaît le 211 par :</translation>
    </message>
    <message>
        <source>&amp;Age group:</source>
        <translation>Groupe &amp;d’âge :</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>G&amp;enre :</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name:</source>
        <translation>No&amp;m de l’appelant :</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone:</source>
        <translation>Télép&amp;hone de l’appelant :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>&amp;Issue de l’appel :</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation>Aiguillages donnés</translation>
    </message>
    <message>
        <source>Follow-up and wrap-up</source>
        <translation>Suivi et conclusion</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>Interp&amp;rète</translation>
    </message>
    <message>
        <source>Third-party caller</source>
        <translation>Appel pour un tiers</translation>
    </message>
    <message>
        <source>&amp;Consents to keep name and phone</source>
        <translation>&amp;Accepte que son nom et son numéro soient conservés</translation>
    </message>
    <message>
        <source>&amp;Follow-up requested, due</source>
        <translation>&amp;Suivi demandé, prévu le</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>Mark the selected need met (Ctrl+M)</source>
        <translation>Marquer le besoin sélectionné comme satisfait (Ctrl+M)</translation>
    </message>
    <message>
        <source>Municipality or postal code</source>
        <translation>Municipalité ou code postal</translation>
    </message>
    <message>
        <source>Add a need: type a term, code or everyday word, then Enter</source>
        <translation>Ajouter un besoin : tapez un terme, un code ou un mot courant, puis Entrée</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Reason unmet</source>
        <translation>Raison du besoin non satisfait</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation>Recours à un interprète</translation>
    </message>
    <message>
        <source>Caller consents to keep name and phone</source>
        <translation>L’appelant accepte que son nom et son numéro de téléphone soient conservés</translation>
    </message>
    <message>
        <source>Follow-up requested</source>
        <translation>Suivi demandé</translation>
    </message>
    <message>
        <source>Follow-up due date</source>
        <translation>Date prévue du suivi</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>(non demandé)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>(reason unmet)</source>
        <translation>(raison du besoin non satisfait)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>unmet: %1</source>
        <translation>non satisfait : %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (pour %2)</translation>
    </message>
    <message>
        <source>Referrals given (%1)</source>
        <translation>Aiguillages donnés (%1)</translation>
    </message>
    <message>
        <source>No call in progress</source>
        <translation>Aucun appel en cours</translation>
    </message>
    <message>
        <source>Ctrl+N starts one</source>
        <translation>Ctrl+N pour en commencer un</translation>
    </message>
    <message>
        <source>Call started %1</source>
        <translation>Appel commencé à %1</translation>
    </message>
    <message>
        <source>Call length</source>
        <translation>Durée de l’appel</translation>
    </message>
    <message>
        <source>Mark the selected need unmet, with the reason beside (Ctrl+Shift+M)</source>
        <translation>Marquer le besoin sélectionné comme non satisfait, avec la raison à côté (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>Language of the call</source>
        <translation>Langue de l’appel</translation>
    </message>
    <message>
        <source>sealed: sign in as whoever took this call to read it</source>
        <translation>scellé : connectez-vous sous le nom de qui a pris cet appel pour le lire</translation>
    </message>
</context>
<context>
    <name>open211::CallStore</name>
    <message>
        <source>The call has no id or start time; it was not saved.</source>
        <translation>L’appel n’a pas d’identifiant ou d’heure de début; il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The call could not be saved: %1</source>
        <translation>L’appel n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The need &quot;%1&quot; could not be saved: %2</source>
        <translation>Le besoin &quot;%1&quot; n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>The referral to &quot;%1&quot; could not be saved: %2</source>
        <translation>L’aiguillage vers &quot;%1&quot; n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>The follow-up could not be saved: %1</source>
        <translation>Le suivi n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The call could not be read: %1</source>
        <translation>L’appel n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>There is no call &quot;%1&quot;.</source>
        <translation>Il n’existe aucun appel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The calls could not be read: %1</source>
        <translation>Les appels n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The call could not be queued for the hub: %1</source>
        <translation>L’appel n’a pas pu être mis en file d’attente pour le carrefour : %1</translation>
    </message>
    <message>
        <source>The call could not be removed: %1</source>
        <translation>L’appel n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>The call history could not be read: %1</source>
        <translation>L’historique des appels n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>This call has no follow-up waiting to be done.</source>
        <translation>Cet appel n’a aucun suivi en attente.</translation>
    </message>
    <message>
        <source>The calls could not be saved: %1</source>
        <translation>Les appels n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Old callers&apos; details could not be removed: %1</source>
        <translation>Les coordonnées des anciens appelants n’ont pas pu être supprimées : %1</translation>
    </message>
    <message>
        <source>The caller&apos;s name, phone and notes cannot be saved while the workstation is locked: sign in first.</source>
        <translation>Le nom, le téléphone et les notes de l&apos;appelant ne peuvent pas être enregistrés tant que le poste est verrouillé : connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Callers&apos; details could not be sealed: %1</source>
        <translation>Les coordonnées des appelants n&apos;ont pas pu être scellées : %1</translation>
    </message>
</context>
<context>
    <name>open211::CallVocabulary</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Aiguillage</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Défense des intérêts</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Complaint or feedback</source>
        <translation>Plainte ou commentaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>A déjà appelé</translation>
    </message>
    <message>
        <source>Family or friend</source>
        <translation>Famille ou ami</translation>
    </message>
    <message>
        <source>An agency or professional</source>
        <translation>Un organisme ou un professionnel</translation>
    </message>
    <message>
        <source>Internet search or website</source>
        <translation>Recherche Internet ou site Web</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Médias sociaux</translation>
    </message>
    <message>
        <source>Advertising or poster</source>
        <translation>Publicité ou affiche</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation>Bureau gouvernemental</translation>
    </message>
    <message>
        <source>Did not say</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18 à 24 ans</translation>
    </message>
    <message>
        <source>25 to 44</source>
        <translation>25 à 44 ans</translation>
    </message>
    <message>
        <source>45 to 64</source>
        <translation>45 à 64 ans</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 ans et plus</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Autre genre</translation>
    </message>
    <message>
        <source>No service exists</source>
        <translation>Aucun service n’existe</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non admissible</translation>
    </message>
    <message>
        <source>Wait list or service full</source>
        <translation>Liste d’attente ou service complet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Hours do not suit</source>
        <translation>Heures qui ne conviennent pas</translation>
    </message>
    <message>
        <source>Caller declined</source>
        <translation>L’appelant a refusé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Connected to emergency services</source>
        <translation>Mis en relation avec les services d’urgence</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Appel coupé</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>L’appelant a raccroché</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Ojibwe</source>
        <translation>Ojibwé</translation>
    </message>
    <message>
        <source>Another language</source>
        <translation>Autre langue</translation>
    </message>
</context>
<context>
    <name>open211::CallerSummary</name>
    <message>
        <source>Your referrals from 211</source>
        <extracomment>Heading of the referral summary read to a caller or sent by e-mail</extracomment>
        <translation>Vos aiguillages du 211</translation>
    </message>
    <message>
        <source>No referrals were given on this call.</source>
        <translation>Aucun aiguillage n’a été donné pendant cet appel.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <extracomment>Label before a street address in the referral summary; %1 is the address</extracomment>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <extracomment>Label before one or more phone numbers; %1 is the list of numbers</extracomment>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <extracomment>A phone number with its extension: %1 is the number, %2 the extension</extracomment>
        <translation>%1, poste %2</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <extracomment>Label before a service&apos;s weekly opening hours; %1 is e.g. &quot;Mon–Fri 9:00–17:00&quot;</extracomment>
        <translation>Heures d’ouverture : %1</translation>
    </message>
    <message>
        <source>Hours: not listed. Please call before you go.</source>
        <translation>Heures d’ouverture : non indiquées. Veuillez appeler avant de vous déplacer.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <extracomment>Label before a web address; %1 is the address</extracomment>
        <translation>Site Web : %1</translation>
    </message>
    <message>
        <source>Note: this service is temporarily closed.</source>
        <translation>Remarque : ce service est temporairement fermé.</translation>
    </message>
    <message>
        <source>Note: this service may no longer be offered. Please call first.</source>
        <translation>Remarque : ce service n’est peut-être plus offert. Veuillez appeler avant de vous déplacer.</translation>
    </message>
    <message>
        <source>Call 211 any time if you need more help.</source>
        <translation>Appelez le 211 en tout temps si vous avez besoin de plus d’aide.</translation>
    </message>
</context>
<context>
    <name>open211::ChangeFeed</name>
    <message>
        <source>The changes could not be read: %1</source>
        <translation>Les modifications n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The deleted records could not be read: %1</source>
        <translation>Les fiches supprimées n’ont pas pu être lues : %1</translation>
    </message>
</context>
<context>
    <name>open211::ChildList</name>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>Opening hours: a tab listing a service&apos;s or location&apos;s schedules</extracomment>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Territoires desservis</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Documents requis</translation>
    </message>
    <message>
        <source>Locations served</source>
        <extracomment>The locations where a service is offered</extracomment>
        <translation>Points de service</translation>
    </message>
    <message>
        <source>Taxonomy terms</source>
        <extracomment>The taxonomy terms a service is indexed with</extracomment>
        <translation>Termes de la taxonomie</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Personnes-ressources</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tab&apos;s title: %1 is what it lists (Phones), %2 how many</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <extracomment>Button: a new record (a service) of this organization</extracomment>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>A new one (Insert)</source>
        <translation>En créer un (Inser)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the selected one (Enter)</source>
        <translation>Ouvrir l’élément sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add one (Insert)</source>
        <translation>En ajouter un (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected one (Enter)</source>
        <translation>Modifier l’élément sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected one (Delete)</source>
        <translation>Supprimer l’élément sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Open the &amp;location…</source>
        <translation>Ouvrir l’emp&amp;lacement…</translation>
    </message>
    <message>
        <source>Edit the selected location itself: its address, phones and hours</source>
        <translation>Modifier l’emplacement sélectionné lui-même : son adresse, ses téléphones et ses heures d’ouverture</translation>
    </message>
    <message>
        <source>Save the record first (Ctrl+S); then add to it here.</source>
        <translation>Enregistrez d’abord la fiche (Ctrl+S); vous pourrez ensuite y ajouter des éléments ici.</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente de téléversement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove “%1” (%2)? The change goes to the hub with the next sync.</source>
        <extracomment>%1 is what the record says (&quot;416-555-0100&quot;), %2 its kind (Phone, Hours)</extracomment>
        <translation>Supprimer « %1 » (%2)? La modification sera envoyée au carrefour à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>open211::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <extracomment>In a conflict: the field has no value on this side</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Conflict: %1 “%2”</source>
        <extracomment>Title: %1 is the kind of record (Service), %2 its name</extracomment>
        <translation>Conflit : %1 « %2 »</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 “%2” changed on the hub after you saved it here.&lt;/b&gt; Choose, field by field, what the record should say; nothing changes until you click one of the buttons below.</source>
        <translation>&lt;b&gt;La fiche %1 « %2 » a été modifiée sur le carrefour après que vous l’avez enregistrée ici.&lt;/b&gt; Choisissez, champ par champ, ce que la fiche doit indiquer; rien ne change tant que vous n’avez pas cliqué sur l’un des boutons ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You removed %1 “%2” here, and the hub changed it meanwhile.&lt;/b&gt; Remove it again, or keep the hub&apos;s version.</source>
        <translation>&lt;b&gt;Vous avez supprimé la fiche %1 « %2 » ici, et le carrefour l’a modifiée entre-temps.&lt;/b&gt; Supprimez-la de nouveau, ou gardez la version du carrefour.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 “%2” was removed here and on the hub.&lt;/b&gt; Nothing is left to choose.</source>
        <translation>&lt;b&gt;La fiche %1 « %2 » a été supprimée ici et sur le carrefour.&lt;/b&gt; Il n’y a plus rien à choisir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The hub removed %1 “%2” after you changed it here.&lt;/b&gt; Send your version again to bring it back, or let it go.</source>
        <translation>&lt;b&gt;Le carrefour a supprimé la fiche %1 « %2 » après que vous l’avez modifiée ici.&lt;/b&gt; Renvoyez votre version pour la rétablir, ou laissez-la tomber.</translation>
    </message>
    <message>
        <source>Saved here: %1</source>
        <extracomment>When this workstation saved the change; %1 is a date and time</extracomment>
        <translation>Modification enregistrée ici : %1</translation>
    </message>
    <message>
        <source>The hub said: %1</source>
        <translation>Réponse du carrefour : %1</translation>
    </message>
    <message>
        <source>Show &amp;all fields, not only those that differ</source>
        <translation>Afficher &amp;tous les champs, pas seulement ceux qui diffèrent</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine (this workstation)</source>
        <translation>Ma version (ce poste de travail)</translation>
    </message>
    <message>
        <source>The hub&apos;s</source>
        <translation>Version du carrefour</translation>
    </message>
    <message>
        <source>%1, mine: %2</source>
        <extracomment>For a screen reader: %1 is a field, %2 the value this workstation saved</extracomment>
        <translation>%1, ma version : %2</translation>
    </message>
    <message>
        <source>%1, the hub&apos;s: %2</source>
        <extracomment>For a screen reader: %1 is a field, %2 the value the hub holds</extracomment>
        <translation>%1, version du carrefour : %2</translation>
    </message>
    <message>
        <source>Your version of the record</source>
        <translation>Votre version de la fiche</translation>
    </message>
    <message>
        <source>The hub&apos;s version of the record</source>
        <translation>La version de la fiche sur le carrefour</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <source>Send what this workstation saved, every field, on top of the hub&apos;s version</source>
        <translation>Envoyer ce que ce poste de travail a enregistré, tous les champs, par-dessus la version du carrefour</translation>
    </message>
    <message>
        <source>Keep the &amp;hub&apos;s</source>
        <translation>Garder celle du &amp;carrefour</translation>
    </message>
    <message>
        <source>Take the hub&apos;s record as it is; your change is dropped</source>
        <translation>Prendre la fiche du carrefour telle quelle; votre modification est abandonnée</translation>
    </message>
    <message>
        <source>&amp;Save merge</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
    <message>
        <source>Save the value chosen in each row and send it to the hub</source>
        <translation>Enregistrer la valeur choisie dans chaque ligne et l’envoyer au carrefour</translation>
    </message>
    <message>
        <source>&amp;Remove it again</source>
        <translation>&amp;Supprimer de nouveau</translation>
    </message>
    <message>
        <source>The removal goes to the hub again, on its new version</source>
        <translation>La suppression est renvoyée au carrefour, sur sa nouvelle version</translation>
    </message>
    <message>
        <source>The record comes back here as the hub holds it</source>
        <translation>La fiche revient ici telle que le carrefour la conserve</translation>
    </message>
    <message>
        <source>&amp;Let it go</source>
        <translation>&amp;Laisser tomber</translation>
    </message>
    <message>
        <source>Both removed it: the conflict leaves the list</source>
        <translation>La fiche a été supprimée des deux côtés : le conflit est retiré de la liste</translation>
    </message>
    <message>
        <source>Keep &amp;mine (send again)</source>
        <translation>Garder &amp;ma version (renvoyer)</translation>
    </message>
    <message>
        <source>The record comes back on the hub as you saved it</source>
        <translation>La fiche est rétablie sur le carrefour telle que vous l’avez enregistrée</translation>
    </message>
    <message>
        <source>The record is removed here too; your change is dropped</source>
        <translation>La fiche est aussi supprimée ici; votre modification est abandonnée</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <extracomment>Closes the conflict dialog without settling it</extracomment>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Only resource specialists, supervisors and admins settle conflicts.</source>
        <translation>Seuls les spécialistes des ressources, les superviseurs et les administrateurs peuvent régler les conflits.</translation>
    </message>
</context>
<context>
    <name>open211::CurlTransport</name>
    <message>
        <source>The network library could not start.</source>
        <translation>La bibliothèque réseau n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB; it was refused.</source>
        <translation>La réponse du serveur dépasse %1 Mo; elle a été refusée.</translation>
    </message>
    <message>
        <source>Cannot reach the hub (%1).</source>
        <translation>Impossible de joindre le carrefour (%1).</translation>
    </message>
    <message>
        <source>The hub did not answer in time (%1).</source>
        <translation>Le carrefour n’a pas répondu à temps (%1).</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate could not be verified (%1). Check the CA bundle setting.</source>
        <translation>Le certificat du carrefour n’a pas pu être vérifié (%1). Vérifiez le paramètre du fichier des autorités de certification (CA).</translation>
    </message>
    <message>
        <source>The connection to the hub failed: %1</source>
        <translation>La connexion au carrefour a échoué : %1</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>La synchronisation a été arrêtée.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer was cut off.</source>
        <translation>La réponse du carrefour a été coupée.</translation>
    </message>
</context>
<context>
    <name>open211::Database</name>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a workstation database, or it is damaged: %2</source>
        <translation>%1 n’est pas une base de données d’Open 211 Workstation, ou elle est endommagée : %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Open 211 Workstation (schema %2; this version knows up to %3). It has not been changed. Install the newer version to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente d’Open 211 Workstation (schéma %2; cette version prend en charge jusqu’au schéma %3). Elle n’a pas été modifiée. Installez la version plus récente pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>Le pilote SQLite n’est pas disponible.</translation>
    </message>
    <message>
        <source>The schema step %1 is missing from this build.</source>
        <translation>L’étape de schéma %1 est absente de cette version du logiciel.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2; it was left at version %3. Reason: %4</source>
        <translation>Impossible de mettre à niveau la base de données %1 vers la version de schéma %2; elle est restée à la version %3. Raison : %4</translation>
    </message>
    <message>
        <source>The search index of %1 could not be built: %2</source>
        <translation>L’index de recherche de la base de données %1 n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>The database could not be copied to %1: %2</source>
        <translation>La base de données n’a pas pu être copiée vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>open211::DemoCalls</name>
    <message>
        <source>Choose between 0 and 20,000,000 calls.</source>
        <translation>Choisissez un nombre d’appels compris entre 0 et 20&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>Choose a period that ends on or after the day it starts.</source>
        <translation>Choisissez une période qui se termine le jour où elle commence ou après.</translation>
    </message>
    <message>
        <source>Calls are made up from the taxonomy and the services: load them first.</source>
        <translation>Les appels sont générés à partir de la taxonomie et des services : chargez-les d’abord.</translation>
    </message>
</context>
<context>
    <name>open211::DetailHtml</name>
    <message>
        <source>Ages %1 to %2</source>
        <translation>De %1 à %2 ans</translation>
    </message>
    <message>
        <source>Ages %1 and over</source>
        <translation>%1 ans et plus</translation>
    </message>
    <message>
        <source>Ages up to %1</source>
        <translation>Jusqu’à %1 ans</translation>
    </message>
    <message>
        <source>This service is temporarily closed.</source>
        <translation>Ce service est temporairement fermé.</translation>
    </message>
    <message>
        <source>This service is inactive: it may no longer be offered.</source>
        <translation>Ce service est inactif : il n’est peut-être plus offert.</translation>
    </message>
    <message>
        <source>This service has ended (defunct).</source>
        <translation>Ce service a pris fin (fermé définitivement).</translation>
    </message>
    <message>
        <source>voice</source>
        <extracomment>Kind of phone line (HSDS phone type)</extracomment>
        <translation>voix</translation>
    </message>
    <message>
        <source>fax</source>
        <extracomment>Kind of phone line (HSDS phone type)</extracomment>
        <translation>télécopieur</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>Kind of phone line (HSDS phone type): text messages</extracomment>
        <translation>texto</translation>
    </message>
    <message>
        <source>cell</source>
        <extracomment>Kind of phone line (HSDS phone type): mobile phone</extracomment>
        <translation>cellulaire</translation>
    </message>
    <message>
        <source>video</source>
        <extracomment>Kind of phone line (HSDS phone type)</extracomment>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>pager</source>
        <extracomment>Kind of phone line (HSDS phone type)</extracomment>
        <translation>téléavertisseur</translation>
    </message>
    <message>
        <source>TTY</source>
        <extracomment>Kind of phone line (HSDS phone type): TTY for deaf and hard of hearing callers</extracomment>
        <translation>ATS</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <extracomment>A phone number with its extension: %1 is the number, %2 the extension</extracomment>
        <translation>%1, poste %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is a list of languages a phone line answers in</extracomment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Free</source>
        <extracomment>Cost of a service</extracomment>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>%1 km from %2</source>
        <extracomment>Distance of a location: %1 is a number of kilometres, %2 where the caller is</extracomment>
        <translation>%1 km depuis %2</translation>
    </message>
    <message>
        <source>%1 km from the caller</source>
        <extracomment>Distance of a location from the caller: %1 is a number of kilometres</extracomment>
        <translation>À %1 km de l’appelant</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>In a table of opening hours: the day has none</extracomment>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Location %1</source>
        <extracomment>A location without a name; %1 is its number in the list</extracomment>
        <translation>Emplacement %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Dernière mise à jour le %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <extracomment>Other names of a service; %1 is a list of names</extracomment>
        <translation>Aussi appelé : %1</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <source>Open now</source>
        <extracomment>Badge on a location: open at this moment (shown in green, but the words carry it)</extracomment>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Closed now</source>
        <extracomment>Badge on a location: closed at this moment</extracomment>
        <translation>Fermé en ce moment</translation>
    </message>
    <message>
        <source>Hours not listed</source>
        <extracomment>Badge on a location whose record gives no opening hours</extracomment>
        <translation>Heures non indiquées</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Building hours</source>
        <translation>Heures d’ouverture de l’édifice</translation>
    </message>
    <message>
        <source>About the hours</source>
        <translation>Précisions sur les heures</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>Pour s’y rendre</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>No location is listed: the service may be offered by phone or online.</source>
        <translation>Aucun emplacement n’est indiqué : le service est peut-être offert par téléphone ou en ligne.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Comment faire une demande</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>Documents requis</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Territoire desservi</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Délai d’attente</translation>
    </message>
    <message>
        <source>Accreditations</source>
        <translation>Agréments</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Détails du service</translation>
    </message>
    <message>
        <source>Organization</source>
        <extracomment>Heading of the section about the agency that runs the service</extracomment>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Taxonomy terms</source>
        <extracomment>Heading: the taxonomy terms (AIRS/211 LA County) that describe the service</extracomment>
        <translation>Termes de la taxonomie</translation>
    </message>
    <message>
        <source>Select a result to see the service&apos;s details here.</source>
        <translation>Sélectionnez un résultat pour afficher ici les détails du service.</translation>
    </message>
    <message>
        <source>Never verified</source>
        <extracomment>A service nobody has verified with the agency</extracomment>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Dernière vérification le %1</translation>
    </message>
    <message>
        <source>Last verified %1 by %2</source>
        <extracomment>%1 is a date, %2 the person who verified the service with the agency</extracomment>
        <translation>Dernière vérification le %1 par %2</translation>
    </message>
    <message>
        <source>In conflict with the hub</source>
        <extracomment>Of a service&apos;s record: a change made here and one made on the hub disagree</extracomment>
        <translation>En conflit avec le carrefour</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <extracomment>Of a service&apos;s record: a change made on this workstation has not reached the hub yet</extracomment>
        <translation>En attente de téléversement</translation>
    </message>
    <message>
        <source>Change history</source>
        <extracomment>Heading of the collapsed list of a service&apos;s recent changes</extracomment>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column of a change history</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>Column of a change history</extracomment>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column of a change history: which field changed</extracomment>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Old → new</source>
        <extracomment>Column of a change history: the value before and after</extracomment>
        <translation>Avant → après</translation>
    </message>
</context>
<context>
    <name>open211::HistoryDialog</name>
    <message>
        <source>Change history: %1</source>
        <extracomment>Title: %1 is the record&apos;s name</extracomment>
        <translation>Historique des modifications : %1</translation>
    </message>
    <message>
        <source>&amp;Changes, newest first:</source>
        <translation>&amp;Modifications, les plus récentes d’abord :</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Columns of a change history</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>No changes are recorded for it yet.</source>
        <translation>Aucune modification n’est encore enregistrée pour cette fiche.</translation>
    </message>
</context>
<context>
    <name>open211::HubAuth</name>
    <message>
        <source>A user name is 1 to 100 letters, digits, dots, hyphens, underscores or @.</source>
        <translation>Un nom d’utilisateur compte de 1 à 100 lettres, chiffres, points, traits d’union, traits de soulignement ou @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are %2.</source>
        <translation>« %1 » n’est pas un rôle; les rôles sont %2.</translation>
    </message>
    <message>
        <source>A password is 8 to 1024 characters long.</source>
        <translation>Un mot de passe compte de 8 à 1024 caractères.</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory).</source>
        <translation>Le mot de passe n’a pas pu être haché (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>L’utilisateur n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Cannot check the sign-in: %1</source>
        <translation>Impossible de vérifier la connexion : %1</translation>
    </message>
</context>
<context>
    <name>open211::HubSchema</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation>%1 (dans : %2)</translation>
    </message>
    <message>
        <source>The hub&apos;s schema could not be made: %1</source>
        <translation>Le schéma du carrefour n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>The hub&apos;s schema could not be brought up to date: %1</source>
        <translation>Le schéma du carrefour n’a pas pu être mis à jour : %1</translation>
    </message>
    <message>
        <source>The hub&apos;s database was made by a newer open211-hub (schema %1; this one knows %2). Use the newer program.</source>
        <translation>La base de données du carrefour a été créée par un open211-hub plus récent (schéma %1; celui-ci connaît %2). Utilisez le programme plus récent.</translation>
    </message>
</context>
<context>
    <name>open211::HubServer</name>
    <message>
        <source>This Qt has no TLS backend; HTTPS is not available.</source>
        <translation>Cette version de Qt n’a pas de module TLS; HTTPS n’est pas disponible.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aucun certificat PEM n’a pu être lu dans %1.</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>Impossible de lire la clé %1 : %2</translation>
    </message>
    <message>
        <source>No unencrypted PEM private key (RSA or EC) could be read from %1.</source>
        <translation>Aucune clé privée PEM non chiffrée (RSA ou EC) n’a pu être lue dans %1.</translation>
    </message>
</context>
<context>
    <name>open211::HubStore</name>
    <message>
        <source>The PostgreSQL driver for Qt is missing (install libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt est absent (installez libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL (%1): %2</source>
        <translation>Connexion à PostgreSQL impossible (%1) : %2</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>Impossible de commencer l’écriture : %1</translation>
    </message>
    <message>
        <source>%1: the hub&apos;s database refused the record: %2</source>
        <translation>%1 : la base de données du carrefour a refusé l’enregistrement : %2</translation>
    </message>
    <message>
        <source>The load could not be saved; nothing was changed. Reason: %1</source>
        <translation>Le chargement n’a pas pu être enregistré; rien n’a été modifié. Raison : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 n’a pas de champ « %2 ».</translation>
    </message>
    <message>
        <source>Cannot remove the %1 &quot;%2&quot; that %3 &quot;%4&quot; no longer lists: %5</source>
        <translation>Impossible de retirer l’élément %1 « %2 » que %3 « %4 » ne mentionne plus : %5</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Les fiches n’ont pas pu être lues : %1</translation>
    </message>
</context>
<context>
    <name>open211::Import</name>
    <message>
        <source>The embedded gazetteer is missing from this build.</source>
        <translation>Le répertoire toponymique intégré est absent de cette version du logiciel.</translation>
    </message>
    <message>
        <source>The taxonomy has no terms to index demo services with.</source>
        <translation>La taxonomie ne contient aucun terme pour indexer les services de démonstration.</translation>
    </message>
    <message>
        <source>The number of demo services must be between 1 and 1,000,000.</source>
        <translation>Le nombre de services de démonstration doit être compris entre 1 et 1&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 values where the header has %4 columns.</source>
        <translation>%1, ligne %2 : %3 valeurs alors que l’en-tête compte %4 colonnes.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted value is never closed.</source>
        <translation>%1, ligne %2 : une valeur entre guillemets n’est jamais fermée.</translation>
    </message>
    <message>
        <source>%1: the file is empty; a header line is expected.</source>
        <translation>%1 : le fichier est vide; une ligne d’en-tête est attendue.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: not a valid data package description (%2).</source>
        <translation>%1 : description de paquet de données non valide (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;resources&quot; lists no tables.</source>
        <translation>%1 : &quot;resources&quot; ne répertorie aucune table.</translation>
    </message>
    <message>
        <source>%1: the table &quot;%2&quot; is not stored by the workstation; skipped.</source>
        <translation>%1 : la table &quot;%2&quot; n’est pas conservée par le poste de travail; elle est ignorée.</translation>
    </message>
    <message>
        <source>%1: the table &quot;%2&quot; has no usable &quot;path&quot;.</source>
        <translation>%1 : la table &quot;%2&quot; n’a pas de &quot;path&quot; utilisable.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; declared in datapackage.json is missing from the file.</source>
        <translation>%1 : la colonne &quot;%2&quot; déclarée dans datapackage.json est absente du fichier.</translation>
    </message>
    <message>
        <source>%1: the required column &quot;%2&quot; is missing.</source>
        <translation>%1 : la colonne obligatoire &quot;%2&quot; est absente.</translation>
    </message>
    <message>
        <source>%1, line %2, %3 &quot;%4&quot;</source>
        <translation>%1, ligne %2, %3 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;version&quot;: expected a whole number of at least 1.</source>
        <translation>%1, champ &quot;version&quot; : un nombre entier supérieur ou égal à 1 est attendu.</translation>
    </message>
    <message>
        <source>%1, field &quot;last_modified&quot;: &quot;%2&quot; is not an ISO 8601 date and time.</source>
        <translation>%1, champ &quot;last_modified&quot; : &quot;%2&quot; n’est pas une date et heure ISO 8601.</translation>
    </message>
    <message>
        <source>Cannot read the resources to export: %1</source>
        <translation>Impossible de lire les ressources à exporter : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous file, if any, is unchanged.</source>
        <translation>Impossible d’écrire %1 : %2. Le fichier précédent, s’il existe, n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 holds no services.</source>
        <translation>%1 ne contient aucun service.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; JSON files of up to %3 MB can be imported. Split it, or use an HSDS CSV data package.</source>
        <translation>%1 fait %2 Mo; seuls les fichiers JSON d’au plus %3 Mo peuvent être importés. Divisez-le ou utilisez un paquet de données CSV HSDS.</translation>
    </message>
    <message>
        <source>%1: the JSON is malformed at line %2 (byte %3): %4. Nothing was imported.</source>
        <translation>%1 : le JSON est mal formé à la ligne %2 (octet %3) : %4. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: &quot;contents&quot; must be an array of services.</source>
        <translation>%1 : &quot;contents&quot; doit être un tableau de services.</translation>
    </message>
    <message>
        <source>%1, service #%2</source>
        <translation>%1, service nº&#xa0;%2</translation>
    </message>
    <message>
        <source>%1: expected a service object.</source>
        <translation>%1 : un objet service est attendu.</translation>
    </message>
    <message>
        <source>%1: a %2 has no &quot;id&quot; (a non-empty text is required).</source>
        <translation>%1 : un enregistrement %2 n’a pas de champ &quot;id&quot; (un texte non vide est requis).</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: it says &quot;%3&quot; but the record is nested in &quot;%4&quot;.</source>
        <translation>%1, champ &quot;%2&quot; : la valeur est &quot;%3&quot;, mais l’enregistrement est imbriqué dans &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: expected an array.</source>
        <translation>%1, champ &quot;%2&quot; : un tableau est attendu.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: expected objects in the array.</source>
        <translation>%1, champ &quot;%2&quot; : le tableau doit contenir des objets.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: the number is not finite.</source>
        <translation>%1, champ &quot;%2&quot; : le nombre n’est pas fini.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: %3 is out of range (%4 to %5).</source>
        <translation>%1, champ &quot;%2&quot; : %3 est hors limites (de %4 à %5).</translation>
    </message>
    <message>
        <source>%1: the required field &quot;%2&quot; is missing or empty.</source>
        <translation>%1 : le champ obligatoire &quot;%2&quot; est absent ou vide.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: expected text, found %3.</source>
        <translation>%1, champ &quot;%2&quot; : un texte est attendu, mais %3 a été trouvé.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: the text is %3 characters long; at most %4 are accepted.</source>
        <translation>%1, champ &quot;%2&quot; : le texte compte %3 caractères; au plus %4 sont acceptés.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: &quot;%3&quot; is not one of: %4.</source>
        <translation>%1, champ &quot;%2&quot; : &quot;%3&quot; ne fait pas partie des valeurs permises : %4.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: expected a number, found &quot;%3&quot;.</source>
        <translation>%1, champ &quot;%2&quot; : un nombre est attendu, mais &quot;%3&quot; a été trouvé.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: expected a whole number, found %3.</source>
        <translation>%1, champ &quot;%2&quot; : un nombre entier est attendu, mais %3 a été trouvé.</translation>
    </message>
    <message>
        <source>%1: the %2 id &quot;%3&quot; is used twice (first at %4). Each id must be unique.</source>
        <translation>%1 : l’identifiant %2 &quot;%3&quot; est utilisé deux fois (première occurrence : %4). Chaque identifiant doit être unique.</translation>
    </message>
    <message>
        <source>%1: the %2 &quot;%3&quot; appears twice with different values (field &quot;%4&quot;; first seen at %5). Each id must be unique.</source>
        <translation>%1 : l’enregistrement %2 &quot;%3&quot; apparaît deux fois avec des valeurs différentes (champ &quot;%4&quot;; première occurrence : %5). Chaque identifiant doit être unique.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: the taxonomy term &quot;%3&quot; is not known. Import the taxonomy first (import-taxonomy).</source>
        <translation>%1, champ &quot;%2&quot; : le terme de la taxonomie &quot;%3&quot; est inconnu. Importez d’abord la taxonomie (import-taxonomy).</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: it refers to the %4 &quot;%3&quot;, which is neither in this import nor already stored.</source>
        <translation>%1, champ &quot;%2&quot; : il fait référence à l’enregistrement %4 &quot;%3&quot;, qui ne figure ni dans cette importation ni parmi les données déjà enregistrées.</translation>
    </message>
    <message>
        <source>%1, field &quot;link_entity&quot;: &quot;%2&quot; is not an HSDS table.</source>
        <translation>%1, champ &quot;link_entity&quot; : &quot;%2&quot; n’est pas une table HSDS.</translation>
    </message>
    <message>
        <source>%1, field &quot;link_id&quot;: the %2 &quot;%3&quot; is neither in this import nor already stored.</source>
        <translation>%1, champ &quot;link_id&quot; : l’enregistrement %2 &quot;%3&quot; ne figure ni dans cette importation ni parmi les données déjà enregistrées.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation>Impossible de commencer l’écriture dans la base de données : %1</translation>
    </message>
    <message>
        <source>Cannot prepare the write to %1: %2</source>
        <translation>Impossible de préparer l’écriture dans la table %1 : %2</translation>
    </message>
    <message>
        <source>%1: the database refused the record: %2</source>
        <translation>%1 : la base de données a refusé l’enregistrement : %2</translation>
    </message>
    <message>
        <source>Cannot remove the old %1 &quot;%2&quot;: %3</source>
        <translation>Impossible de supprimer l’ancien enregistrement %1 &quot;%2&quot; : %3</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was changed. Reason: %1</source>
        <translation>L’importation n’a pas pu être enregistrée; rien n’a été modifié. Raison : %1</translation>
    </message>
    <message>
        <source>Open 211 demo taxonomy</source>
        <translation>Taxonomie de démonstration Open 211</translation>
    </message>
    <message>
        <source>A small taxonomy in the shape of the I&amp;R taxonomy, for demonstration and training.</source>
        <translation>Une petite taxonomie calquée sur la taxonomie I&amp;R, pour la démonstration et la formation.</translation>
    </message>
    <message>
        <source>%1: the required column &quot;code&quot; is missing.</source>
        <translation>%1 : la colonne obligatoire &quot;code&quot; est absente.</translation>
    </message>
    <message>
        <source>%1: the required column &quot;name&quot; is missing.</source>
        <translation>%1 : la colonne obligatoire &quot;name&quot; est absente.</translation>
    </message>
    <message>
        <source>%1, line %2, term &quot;%3&quot;</source>
        <translation>%1, ligne %2, terme &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: the code is empty.</source>
        <translation>%1, ligne %2 : le code est vide.</translation>
    </message>
    <message>
        <source>%1, field &quot;code&quot;: &quot;%2&quot; is not a taxonomy code (like BD-1800.2000).</source>
        <translation>%1, champ &quot;code&quot; : &quot;%2&quot; n’est pas un code de taxonomie (comme BD-1800.2000).</translation>
    </message>
    <message>
        <source>%1: the required field &quot;name&quot; is empty.</source>
        <translation>%1 : le champ obligatoire &quot;name&quot; est vide.</translation>
    </message>
    <message>
        <source>%1, field &quot;see_also&quot;: a term cannot refer to itself.</source>
        <translation>%1, champ &quot;see_also&quot; : un terme ne peut pas renvoyer à lui-même.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, field &quot;see_also&quot;: the code &quot;%2&quot; is not in the taxonomy.</source>
        <translation>%1, champ &quot;see_also&quot; : le code &quot;%2&quot; ne figure pas dans la taxonomie.</translation>
    </message>
    <message>
        <source>The search index could not be updated; nothing was changed. Reason: %1</source>
        <translation>L’index de recherche n’a pas pu être mis à jour; rien n’a été modifié. Raison : %1</translation>
    </message>
</context>
<context>
    <name>open211::Keychain</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>No keychain service runs on this computer (%1).</source>
        <translation>Aucun service de trousseau ne tourne sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The keychain could not keep it: %1</source>
        <translation>Le trousseau n&apos;a pas pu le garder : %1</translation>
    </message>
    <message>
        <source>The keychain could not remove it: %1</source>
        <translation>Le trousseau n&apos;a pas pu le retirer : %1</translation>
    </message>
</context>
<context>
    <name>open211::LockScreen</name>
    <message>
        <source>Enter your user name.</source>
        <translation>Entrez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Entrez votre mot de passe.</translation>
    </message>
    <message>
        <source>Open 211 Workstation</source>
        <translation>Open 211 Workstation</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Avis sur le trousseau</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Se connecter sous un &amp;autre nom</translation>
    </message>
    <message>
        <source>Locked. %1 is signed in: enter the password to go on.</source>
        <extracomment>The lock screen: %1 is who is signed in (name and role)</extracomment>
        <translation>Verrouillé. %1 est connecté : entrez le mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Locked. %1 is signed in. This workstation has no hub, so it has no passwords: the lock only hides the screen.</source>
        <translation>Verrouillé. %1 est connecté. Ce poste n&apos;a pas de carrefour, donc pas de mots de passe : le verrou ne fait que masquer l&apos;écran.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Sign in.</source>
        <translation>Connectez-vous.</translation>
    </message>
    <message>
        <source>Sign in with your account on the hub %1. When the hub cannot be reached, the password you last used on this workstation lets you in.</source>
        <translation>Connectez-vous avec votre compte sur le carrefour %1. Quand le carrefour est injoignable, le dernier mot de passe utilisé sur ce poste vous laisse entrer.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>open211::MainWindow</name>
    <message>
        <source>Open 211 Workstation</source>
        <translation>Open 211 Workstation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Open 211 Workstation</source>
        <translation>À &amp;propos d’Open 211 Workstation</translation>
    </message>
    <message>
        <source>About Open 211 Workstation</source>
        <translation>À propos d’Open 211 Workstation</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Open 211 Workstation %1&lt;/h3&gt;&lt;p&gt;Information and referral for 211 specialists: calls, needs, resources and referrals, online or offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Place data checked against GeoNames (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Open 211 Workstation %1&lt;/h3&gt;&lt;p&gt;Information et aiguillage pour les intervenantes et intervenants du 211 : appels, besoins, ressources et aiguillages, en ligne ou hors ligne.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;&lt;p&gt;Données géographiques vérifiées à l’aide de GeoNames (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The call was not saved</source>
        <translation>L’appel n’a pas été enregistré</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Appel</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation>&amp;Nouvel appel</translation>
    </message>
    <message>
        <source>Add a &amp;need</source>
        <translation>Ajouter un &amp;besoin</translation>
    </message>
    <message>
        <source>Mark need &amp;met</source>
        <translation>Marquer le besoin comme &amp;satisfait</translation>
    </message>
    <message>
        <source>Mark need &amp;unmet</source>
        <translation>Marquer le besoin comme non sa&amp;tisfait</translation>
    </message>
    <message>
        <source>Add selected result as &amp;referral</source>
        <translation>Ajouter le résultat sélectionné comme a&amp;iguillage</translation>
    </message>
    <message>
        <source>Referral &amp;summary for the caller…</source>
        <translation>&amp;Résumé des aiguillages pour l’appelant…</translation>
    </message>
    <message>
        <source>Go to the caller&apos;s &amp;location</source>
        <translation>Aller au &amp;lieu de l’appelant</translation>
    </message>
    <message>
        <source>Go to the call&apos;s n&amp;otes</source>
        <translation>Aller aux n&amp;otes de l’appel</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>T&amp;erminer l’appel</translation>
    </message>
    <message>
        <source>Call &amp;history…</source>
        <translation>&amp;Historique des appels…</translation>
    </message>
    <message>
        <source>&amp;Focus search</source>
        <translation>Aller à la &amp;recherche</translation>
    </message>
    <message>
        <source>&amp;Next result</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous result</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <source>Open &amp;detail</source>
        <translation>Ouvrir les &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Copy detail</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>&amp;Print detail…</source>
        <translation>&amp;Imprimer les détails…</translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Session ouverte : %1</translation>
    </message>
    <message>
        <source>%1 services · %2 organizations</source>
        <translation>%1 services · %2 organismes</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>End the current call first (Ctrl+Shift+E).</source>
        <translation>Terminez d’abord l’appel en cours (Ctrl+Maj+E).</translation>
    </message>
    <message>
        <source>Resumed the call started %1.</source>
        <translation>Reprise de l’appel commencé le %1.</translation>
    </message>
    <message>
        <source>Resume the unfinished call?</source>
        <translation>Reprendre l’appel non terminé?</translation>
    </message>
    <message>
        <source>A call started %1 was not ended: the workstation closed or lost power during it. Everything entered was kept.

Needs: %2 · Referrals: %3</source>
        <translation>Un appel commencé le %1 n’a pas été terminé : le poste de travail s’est fermé ou a perdu l’alimentation pendant l’appel. Tout ce qui avait été saisi a été conservé.

Besoins : %2 · Aiguillages : %3</translation>
    </message>
    <message>
        <source>&amp;Resume the call</source>
        <translation>&amp;Reprendre l’appel</translation>
    </message>
    <message>
        <source>&amp;End it as it is</source>
        <translation>&amp;Terminer tel quel</translation>
    </message>
    <message>
        <source>Ending the call…</source>
        <translation>Fin de l’appel…</translation>
    </message>
    <message>
        <source>Call saved (%1 needs, %2 referrals) and queued for the hub.</source>
        <translation>Appel enregistré (besoins : %1, aiguillages : %2) et mis en file d’attente pour le carrefour.</translation>
    </message>
    <message>
        <source>Start a call (Ctrl+N) to give referrals.</source>
        <translation>Commencez un appel (Ctrl+N) pour donner des aiguillages.</translation>
    </message>
    <message>
        <source>Referral added: %1</source>
        <translation>Aiguillage ajouté : %1</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Sync &amp;panel…</source>
        <translation>Panneau de s&amp;ynchronisation…</translation>
    </message>
    <message>
        <source>Sign &amp;in to the hub…</source>
        <translation>Se co&amp;nnecter au carrefour…</translation>
    </message>
    <message>
        <source>Last sync error</source>
        <translation>Dernière erreur de synchronisation</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente de téléversement</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Shift+Y)</source>
        <extracomment>%1 is &quot;2 conflicts to look at&quot;; the shortcut opens the Sync panel.</extracomment>
        <translation>%1 (Ctrl+Maj+Y)</translation>
    </message>
    <message>
        <source>No hub is set up: enter its address in Settings (Ctrl+,).</source>
        <translation>Aucun carrefour n’est configuré : entrez son adresse dans les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Synchronisation avec le carrefour…</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <extracomment>Menu of resource maintenance: services, organizations, locations</extracomment>
        <translation>Re&amp;ssources</translation>
    </message>
    <message>
        <source>&amp;Edit resource…</source>
        <translation>&amp;Modifier la ressource…</translation>
    </message>
    <message>
        <source>New &amp;service…</source>
        <translation>Nouveau &amp;service…</translation>
    </message>
    <message>
        <source>New &amp;organization…</source>
        <translation>Nouvel &amp;organisme…</translation>
    </message>
    <message>
        <source>New &amp;location…</source>
        <translation>Nouvel &amp;emplacement…</translation>
    </message>
    <message>
        <source>&amp;Work list…</source>
        <extracomment>The resource specialists&apos; list of services due for verification, suggestions and conflicts</extracomment>
        <translation>&amp;Liste de travail…</translation>
    </message>
    <message>
        <source>Su&amp;ggest a change…</source>
        <translation>Su&amp;ggérer une modification…</translation>
    </message>
    <message>
        <source>resource specialist</source>
        <extracomment>A hub role: keeps the resource records</extracomment>
        <translation>spécialiste des ressources</translation>
    </message>
    <message>
        <source>supervisor</source>
        <extracomment>A hub role</extracomment>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>admin</source>
        <extracomment>A hub role: administrator</extracomment>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Only resource specialists, supervisors and admins edit resources. Use Suggest a change (Ctrl+Shift+G) to tell them what is wrong.</source>
        <translation>Seuls les spécialistes des ressources, les superviseurs et les administrateurs peuvent modifier les ressources. Utilisez « Suggérer une modification » (Ctrl+Maj+G) pour leur signaler ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Tell the resource specialists what is wrong with the selected service</source>
        <translation>Signaler aux spécialistes des ressources ce qui ne va pas dans le service sélectionné</translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <extracomment>In the status bar: %1 is who is working, %2 their role (resource specialist)</extracomment>
        <translation>Session ouverte : %1 · %2</translation>
    </message>
    <message>
        <source>Select a service in the results first (Ctrl+F to search).</source>
        <translation>Sélectionnez d’abord un service dans les résultats (Ctrl+F pour rechercher).</translation>
    </message>
    <message>
        <source>Suggestion sent to the resource specialists.</source>
        <translation>Suggestion envoyée aux spécialistes des ressources.</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <extracomment>Tools menu: the community needs reports for planners and funders</extracomment>
        <translation>&amp;Rapports…</translation>
    </message>
    <message>
        <source>Only supervisors and admins see the community needs reports.</source>
        <translation>Seuls les superviseurs et les administrateurs peuvent consulter les rapports sur les besoins de la collectivité.</translation>
    </message>
    <message>
        <source>Community needs reports: needs, met and unmet, referrals, calls by hour (Ctrl+Shift+R)</source>
        <translation>Rapports sur les besoins de la collectivité : besoins satisfaits et non satisfaits, aiguillages, appels par heure (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <extracomment>Tools menu: who opened which call record, sign-ins, locks</extracomment>
        <translation>Journal d&apos;&amp;audit…</translation>
    </message>
    <message>
        <source>Only supervisors and admins read the audit log.</source>
        <translation>Seuls les superviseurs et les administrateurs lisent le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Who opened which call record, sign-ins and locks (Ctrl+Shift+A)</source>
        <translation>Qui a ouvert quelle fiche d&apos;appel, connexions et verrouillages (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>offline</source>
        <extracomment>In the status bar, after &quot;Signed in: name&quot;: the hub did not check the password</extracomment>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Signed in offline: the hub could not be reached (%1). Calls are kept here and sent once you sign in to the hub again (Ctrl+Shift+I).</source>
        <translation>Connecté hors ligne : le carrefour est injoignable (%1). Les appels sont gardés ici et envoyés quand vous vous reconnecterez au carrefour (Ctrl+Maj+I).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 why this workstation cannot sign the person in, %2 why the hub could not</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is signed in here: sign out first (Tools → Sign out) to sign in as someone else.</source>
        <translation>%1 est connecté ici : déconnectez-vous d&apos;abord (Outils → Se déconnecter) pour vous connecter sous un autre nom.</translation>
    </message>
</context>
<context>
    <name>open211::MaintenancePanel</name>
    <message>
        <source>Work list</source>
        <extracomment>Title of the resource specialists&apos; work list</extracomment>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>Not verified for &amp;months:</source>
        <translation>&amp;Mois sans vérification :</translation>
    </message>
    <message>
        <source>Months since the last verification</source>
        <translation>Mois écoulés depuis la dernière vérification</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>All regions</source>
        <extracomment>All of Ontario&apos;s regions</extracomment>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisme :</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Tous les organismes</translation>
    </message>
    <message>
        <source>Services due</source>
        <translation>Services à vérifier</translation>
    </message>
    <message>
        <source>Services due for verification</source>
        <translation>Services dont la vérification est due</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>&amp;Ouvrir la fiche…</translation>
    </message>
    <message>
        <source>Open the selected service in its editor (Enter)</source>
        <translation>Ouvrir le service sélectionné dans l’éditeur (Entrée)</translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation>Marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <source>Record that the selected service was checked with the agency today (Ctrl+Shift+V)</source>
        <translation>Indiquer que le service sélectionné a été vérifié auprès de l’organisme aujourd’hui (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>&amp;Due for verification</source>
        <translation>Vérifications &amp;dues</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation>Modifications suggérées</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Open the record the suggestion is about (Enter)</source>
        <translation>Ouvrir la fiche visée par la suggestion (Entrée)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;traitée</translation>
    </message>
    <message>
        <source>The record was changed or needs no change: the suggestion leaves the list</source>
        <translation>La fiche a été modifiée ou n’a pas besoin de l’être : la suggestion est retirée de la liste</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <extracomment>A tab&apos;s title: %1 is how many suggestions are open</extracomment>
        <translation>&amp;Suggestions</translation>
    </message>
    <message>
        <source>Edits in conflict with the hub</source>
        <translation>Modifications en conflit avec le carrefour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>The hub said</source>
        <translation>Réponse du carrefour</translation>
    </message>
    <message>
        <source>S&amp;ettle…</source>
        <translation>&amp;Régler…</translation>
    </message>
    <message>
        <source>Compare your version with the hub&apos;s and choose (Enter)</source>
        <translation>Comparer votre version avec celle du carrefour et choisir (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>Only resource specialists, supervisors and admins edit resources; the list is shown to read.</source>
        <translation>Seuls les spécialistes des ressources, les superviseurs et les administrateurs peuvent modifier les ressources; la liste est affichée en lecture seule.</translation>
    </message>
    <message>
        <source>The hub removed the record. %1</source>
        <translation>Le carrefour a supprimé la fiche. %1</translation>
    </message>
    <message>
        <source>&amp;Suggestions (%1)</source>
        <translation>&amp;Suggestions (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflits (%1)</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>In the work list: a service nobody has verified</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente de téléversement</translation>
    </message>
    <message>
        <source>Due for verification, oldest first: %1</source>
        <extracomment>%1 is how many services are due for their verification</extracomment>
        <translation>À vérifier, les plus anciens d’abord : %1</translation>
    </message>
</context>
<context>
    <name>open211::MaintenanceStore</name>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1, poste %2</translation>
    </message>
    <message>
        <source>Only resource specialists, supervisors and admins may change resource records. Use “Suggest a change” to tell them what is wrong.</source>
        <translation>Seuls les spécialistes des ressources, les superviseurs et les administrateurs peuvent modifier les fiches des ressources. Utilisez « Suggérer une modification » pour leur signaler ce qui ne va pas.</translation>
    </message>
    <message>
        <source>There is no %1 “%2”.</source>
        <translation>Il n’existe aucune fiche %1 « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is not a kind of record.</source>
        <translation>« %1 » n’est pas un type de fiche.</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>La fiche n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The record could not be removed: %1</source>
        <translation>La fiche n’a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>The record was not saved:
%1</source>
        <translation>La fiche n’a pas été enregistrée :
%1</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>La fiche n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>There is no %1 “%2” on this workstation.</source>
        <translation>Il n’existe aucune fiche %1 « %2 » sur ce poste de travail.</translation>
    </message>
    <message>
        <source>A %1 has no field “%2”.</source>
        <translation>Une fiche %1 n’a pas de champ « %2 ».</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Les fiches n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The hub refused an earlier change to this record because someone else changed it meanwhile. Settle that conflict in the work list first.</source>
        <translation>Le carrefour a refusé une modification antérieure de cette fiche, car quelqu’un d’autre l’a modifiée entre-temps. Réglez d’abord ce conflit dans la liste de travail.</translation>
    </message>
    <message>
        <source>Services, organizations and locations are not removed: deactivate them instead.</source>
        <translation>Les services, les organismes et les emplacements ne sont pas supprimés : désactivez-les plutôt.</translation>
    </message>
    <message>
        <source>The %1 could not be removed: another record still refers to it (%2). Change or remove that one first.</source>
        <translation>La fiche %1 n’a pas pu être supprimée : une autre fiche y fait encore référence (%2). Modifiez ou supprimez d’abord cette autre fiche.</translation>
    </message>
    <message>
        <source>Only services and organizations are deactivated. Take a location off the services it serves instead.</source>
        <translation>Seuls les services et les organismes peuvent être désactivés. Retirez plutôt l’emplacement des services qu’il dessert.</translation>
    </message>
    <message>
        <source>The work list could not be read: %1</source>
        <translation>La liste de travail n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The record&apos;s history could not be read: %1</source>
        <translation>L’historique de la fiche n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Say what needs changing.</source>
        <translation>Indiquez ce qui doit être modifié.</translation>
    </message>
    <message>
        <source>The note is %1 characters long; keep it under 4,000.</source>
        <translation>La note compte %1 caractères; elle doit en compter moins de 4&#xa0;000.</translation>
    </message>
    <message>
        <source>Sign in first, so the resource specialists know who to ask.</source>
        <translation>Connectez-vous d’abord, pour que les spécialistes des ressources sachent à qui s’adresser.</translation>
    </message>
    <message>
        <source>The suggestion could not be saved: %1</source>
        <translation>La suggestion n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The suggestions could not be read: %1</source>
        <translation>Les suggestions n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The hub&apos;s list of suggestions could not be read.</source>
        <translation>La liste des suggestions du carrefour n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The suggestions could not be saved: %1</source>
        <translation>Les suggestions n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>That conflict was settled already.</source>
        <translation>Ce conflit a déjà été réglé.</translation>
    </message>
</context>
<context>
    <name>open211::MaintenanceText</name>
    <message>
        <source>Record id</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Autre nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation>Organisme parent</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service at a location</source>
        <translation>Point de service</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Program id</source>
        <translation>Identifiant du programme</translation>
    </message>
    <message>
        <source>Taxonomy term</source>
        <translation>Terme de la taxonomie</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <extracomment>Of a taxonomy term: the taxonomy it belongs to</extracomment>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <source>Broader term</source>
        <translation>Terme plus général</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Field of a service: active, inactive, defunct or temporarily closed</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Comment faire une demande</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Fees (short)</source>
        <extracomment>HSDS&apos;s older short field for fees, beside the longer &quot;Fees&quot; description</extracomment>
        <translation>Frais (version courte)</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Délai d’attente</translation>
    </message>
    <message>
        <source>Accreditations</source>
        <translation>Agréments</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimal</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Âge maximal</translation>
    </message>
    <message>
        <source>Last verified on</source>
        <translation>Date de la dernière vérification</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Alert</source>
        <extracomment>A warning shown at the top of a service (closed for renovations, moved...)</extracomment>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Description in French</source>
        <translation>Description en français</translation>
    </message>
    <message>
        <source>Tax status</source>
        <extracomment>Of an organization: registered charity, non-profit...</extracomment>
        <translation>Statut fiscal</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>Year incorporated</source>
        <translation>Année de constitution</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>Logo (web address)</source>
        <translation>Logo (adresse Web)</translation>
    </message>
    <message>
        <source>Identifier on the web (URI)</source>
        <translation>Identifiant Web (URI)</translation>
    </message>
    <message>
        <source>Kind of location</source>
        <translation>Type d’emplacement</translation>
    </message>
    <message>
        <source>Getting there</source>
        <extracomment>How to get to a location: bus routes, parking</extracomment>
        <translation>Pour s’y rendre</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>External identifier</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Kind of external identifier</source>
        <translation>Type d’identifiant externe</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>A phone number</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Extension</source>
        <extracomment>A phone extension</extracomment>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Kind of phone line: voice, fax, text...</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attention</source>
        <extracomment>Of a postal address: &quot;Attention: Intake worker&quot;</extracomment>
        <translation>À l’attention de</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse municipale</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Of an address: the region within the province (county, district)</extracomment>
        <translation>Région</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Kind of address</source>
        <translation>Type d’adresse</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>First day</source>
        <extracomment>Of opening hours: the first day they apply (iCalendar DTSTART)</extracomment>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Time zone (hours from UTC)</source>
        <translation>Fuseau horaire (décalage en heures par rapport à UTC)</translation>
    </message>
    <message>
        <source>Repeats until</source>
        <extracomment>Of repeating hours: the last day they repeat</extracomment>
        <translation>Se répète jusqu’au</translation>
    </message>
    <message>
        <source>Repeats (times)</source>
        <extracomment>Of repeating hours: how many times they repeat</extracomment>
        <translation>Nombre de répétitions</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Premier jour de la semaine</translation>
    </message>
    <message>
        <source>Repeats every</source>
        <extracomment>Of opening hours: WEEKLY, MONTHLY</extracomment>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Interval</source>
        <extracomment>Of repeating hours: every 1, 2... weeks</extracomment>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Days (MO, TU, WE, TH, FR, SA, SU)</source>
        <translation>Jours (MO, TU, WE, TH, FR, SA, SU)</translation>
    </message>
    <message>
        <source>Weeks of the year</source>
        <translation>Semaines de l’année</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>Day of the year</source>
        <translation>Jour de l’année</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Heure d’ouverture</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Heure de fermeture</translation>
    </message>
    <message>
        <source>Hours on the web</source>
        <translation>Heures d’ouverture sur le Web</translation>
    </message>
    <message>
        <source>How people attend</source>
        <extracomment>Of opening hours: in person, by phone, online</extracomment>
        <translation>Mode de prestation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>A language&apos;s code: en, fr, oj</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Extent</source>
        <extracomment>Of a service area: the shape that bounds it</extracomment>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Kind of extent</source>
        <translation>Type d’étendue</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>Of a cost option: what the price is for (&quot;Per visit&quot;, &quot;Monthly&quot;)</extracomment>
        <translation>Option</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>An amount of money</extracomment>
        <translation>Montant</translation>
    </message>
    <message>
        <source>About the amount</source>
        <translation>Précisions sur le montant</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>A document a person must bring</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Fiche liée</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Linked table</source>
        <translation>Table liée</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Of an attribute: its value</extracomment>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>A language a service is offered in</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Term on the web (URI)</source>
        <translation>Terme sur le Web (URI)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direction ou service</translation>
    </message>
    <message>
        <source>Location served</source>
        <extracomment>A service offered at one of its locations</extracomment>
        <translation>Point de service</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A postal or street address</extracomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>Opening hours (an HSDS schedule)</extracomment>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Territoire desservi</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>A fee: what a service costs</extracomment>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Required document</source>
        <translation>Document requis</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Taxonomy indexing</source>
        <extracomment>A taxonomy term a record is indexed with (an HSDS attribute)</extracomment>
        <translation>Indexation taxonomique</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Status of a service</extracomment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>Status of a service</extracomment>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Defunct (ended)</source>
        <extracomment>Status of a service: it has ended for good</extracomment>
        <translation>Fermé définitivement</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <extracomment>Status of a service</extracomment>
        <translation>Fermé temporairement</translation>
    </message>
    <message>
        <source>Physical (people can go there)</source>
        <extracomment>Kind of location or address: a place people can go to</extracomment>
        <translation>Physique (on peut s’y rendre)</translation>
    </message>
    <message>
        <source>Postal (mail only)</source>
        <extracomment>Kind of location or address: for mail only</extracomment>
        <translation>Postal (courrier seulement)</translation>
    </message>
    <message>
        <source>Virtual (online or by phone)</source>
        <extracomment>Kind of location: online or by phone only</extracomment>
        <translation>Virtuel (en ligne ou par téléphone)</translation>
    </message>
    <message>
        <source>Toronto</source>
        <extracomment>One of Ontario&apos;s six regions (the city)</extracomment>
        <translation>Toronto</translation>
    </message>
    <message>
        <source>Central Ontario</source>
        <extracomment>One of Ontario&apos;s six regions</extracomment>
        <translation>Centre de l’Ontario</translation>
    </message>
    <message>
        <source>Eastern Ontario</source>
        <extracomment>One of Ontario&apos;s six regions</extracomment>
        <translation>Est de l’Ontario</translation>
    </message>
    <message>
        <source>Southwestern Ontario</source>
        <extracomment>One of Ontario&apos;s six regions</extracomment>
        <translation>Sud-Ouest de l’Ontario</translation>
    </message>
    <message>
        <source>Northeastern Ontario</source>
        <extracomment>One of Ontario&apos;s six regions</extracomment>
        <translation>Nord-Est de l’Ontario</translation>
    </message>
    <message>
        <source>Northwestern Ontario</source>
        <extracomment>One of Ontario&apos;s six regions</extracomment>
        <translation>Nord-Ouest de l’Ontario</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>In a record&apos;s history: the record was made</extracomment>
        <translation>Création</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>In a record&apos;s history: the record was removed</extracomment>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>In a record&apos;s history: a field that had no value</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>the hub</source>
        <extracomment>In a record&apos;s history: the change came from the provincial hub, which did not say who made it</extracomment>
        <translation>le carrefour</translation>
    </message>
</context>
<context>
    <name>open211::OpenDataDialog</name>
    <message>
        <source>Export open data</source>
        <extracomment>Title of the dialog before writing the de-identified open-data file</extracomment>
        <translation>Exporter les données ouvertes</translation>
    </message>
    <message>
        <source>The open-data file holds counts only: needs by period, Ontario region and category, met and unmet. It has no names, phone numbers, notes or municipalities. A count below the threshold is written as “&lt;N”, and so are the met and unmet counts beside it, so that no small group of callers can be singled out.</source>
        <translation>Le fichier de données ouvertes ne contient que des nombres : les besoins par période, région de l’Ontario et catégorie, satisfaits et non satisfaits. Il ne contient aucun nom, numéro de téléphone, note ni municipalité. Un nombre inférieur au seuil est écrit « &lt;N », tout comme les nombres de besoins satisfaits et non satisfaits qui l’accompagnent, afin qu’aucun petit groupe d’appelants ne puisse être identifié.</translation>
    </message>
    <message>
        <source>Smallest count shown</source>
        <translation>Plus petit nombre affiché</translation>
    </message>
    <message>
        <source>Counts below this number are replaced by “&lt;N”</source>
        <translation>Les nombres inférieurs à ce seuil sont remplacés par « &lt;N »</translation>
    </message>
    <message>
        <source>&amp;Smallest count shown:</source>
        <translation>&amp;Plus petit nombre affiché :</translation>
    </message>
    <message>
        <source>Language of the category names</source>
        <translation>Langue des noms de catégories</translation>
    </message>
    <message>
        <source>&amp;Category names in:</source>
        <translation>&amp;Noms des catégories en :</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>open211::PgCluster</name>
    <message>
        <source>PostgreSQL&apos;s server programs were not found (install the postgresql package).</source>
        <translation>Les programmes serveur de PostgreSQL sont introuvables (installez le paquet postgresql).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot give the folder %1 to the postgres user.</source>
        <translation>Impossible de confier le dossier %1 à l’utilisateur postgres.</translation>
    </message>
</context>
<context>
    <name>open211::RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>New: %1</source>
        <extracomment>Title of a form for a record not saved yet; %1 is its kind (Phone, Hours, Fee)</extracomment>
        <translation>Ajout : %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <extracomment>Title of a form; %1 is the record&apos;s kind (Phone, Hours, Fee)</extracomment>
        <translation>Modification : %1</translation>
    </message>
</context>
<context>
    <name>open211::RecordForm</name>
    <message>
        <source>%1 *</source>
        <extracomment>A form&apos;s label for a field that must be filled in; %1 is the field&apos;s name</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Said by a screen reader about a field that must be filled in</extracomment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <extracomment>In a field that picks a record: what to do</extracomment>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>New record: it gets its id when it is saved.</source>
        <translation>Nouvelle fiche : elle recevra son identifiant lors de l’enregistrement.</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>Identifiant de la fiche : %1</translation>
    </message>
    <message>
        <source>Nothing called “%1” was found. Type part of its name and pick it from the list (Alt+Down opens it).</source>
        <extracomment>%1 is what was typed in a field that picks a record (an organization, a location)</extracomment>
        <translation>Aucun élément nommé « %1 » n’a été trouvé. Tapez une partie de son nom et choisissez-le dans la liste (Alt+Bas pour l’ouvrir).</translation>
    </message>
</context>
<context>
    <name>open211::RecordValidator</name>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Une fiche %1 n’a pas de champ « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: give 10 digits (area code first), or 211, 311, 811 or 911.</source>
        <translation>« %1 » n’est pas un numéro de téléphone : indiquez 10 chiffres (indicatif régional d’abord), ou 211, 311, 811 ou 911.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Canadian postal code (letter, digit, letter, digit, letter, digit: K1P 5K8).</source>
        <translation>« %1 » n’est pas un code postal canadien (lettre, chiffre, lettre, chiffre, lettre, chiffre : K1P 5K8).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (09:30).</source>
        <translation>« %1 » n’est pas une heure (09:30).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (17:00).</source>
        <translation>« %1 » n’est pas une heure (17:00).</translation>
    </message>
    <message>
        <source>It closes when it opens; for open all day, use 00:00 to 24:00.</source>
        <translation>L’heure de fermeture est celle d’ouverture; pour ouvert toute la journée, indiquez 00:00 à 24:00.</translation>
    </message>
    <message>
        <source>Give both the opening and the closing time, or neither.</source>
        <translation>Indiquez l’heure d’ouverture et celle de fermeture, ou aucune des deux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (MO, TU, WE, TH, FR, SA, SU).</source>
        <translation>« %1 » n’est pas un jour (MO, TU, WE, TH, FR, SA, SU).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2026-11-25).</source>
        <translation>« %1 » n’est pas une date (2026-11-25).</translation>
    </message>
    <message>
        <source>The hours end before they start.</source>
        <translation>Les heures se terminent avant de commencer.</translation>
    </message>
    <message>
        <source>The maximum age is below the minimum age.</source>
        <translation>L’âge maximal est inférieur à l’âge minimal.</translation>
    </message>
    <message>
        <source>The taxonomy has no term &quot;%1&quot;. Pick one from the taxonomy, or import the taxonomy that has it.</source>
        <translation>La taxonomie n’a pas de terme « %1 ». Choisissez-en un dans la taxonomie, ou importez la taxonomie qui le contient.</translation>
    </message>
</context>
<context>
    <name>open211::ReferralSummaryDialog</name>
    <message>
        <source>Referral summary for the caller</source>
        <translation>Résumé des aiguillages pour l’appelant</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;language:</source>
        <translation>&amp;Langue de l’appelant :</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Langue du résumé</translation>
    </message>
    <message>
        <source>Referral summary</source>
        <translation>Résumé des aiguillages</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Copy as text, to paste into an e-mail or a message</source>
        <translation>Copier en texte, pour le coller dans un courriel ou un message</translation>
    </message>
    <message>
        <source>No referrals were given in this call yet. Select a result and press Ctrl+R to add one.</source>
        <translation>Aucun aiguillage n’a encore été donné pendant cet appel. Sélectionnez un résultat et appuyez sur Ctrl+R pour en ajouter un.</translation>
    </message>
</context>
<context>
    <name>open211::ReportExport</name>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfaits</translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation>Non satisfaits</translation>
    </message>
    <message>
        <source>Unmet %</source>
        <translation>Non satisfaits (%)</translation>
    </message>
    <message>
        <source>Not in the taxonomy</source>
        <translation>Absent de la taxonomie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Needs by category</source>
        <translation>Besoins par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Needs by region</source>
        <translation>Besoins par région</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Needs by municipality</source>
        <translation>Besoins par municipalité</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Calls and needs by period</source>
        <translation>Appels et besoins par période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Unmet needs by reason</source>
        <translation>Besoins non satisfaits par raison</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Besoins non satisfaits</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Referrals by organization</source>
        <translation>Aiguillages par organisme</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Aiguillages</translation>
    </message>
    <message>
        <source>Referrals by service</source>
        <translation>Aiguillages par service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Identifiant du service</translation>
    </message>
    <message>
        <source>Calls by hour of the day</source>
        <translation>Appels par heure de la journée</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Calls by day of the week</source>
        <translation>Appels par jour de la semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Calls by language</source>
        <translation>Appels par langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Dont en retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Needs by period, region and category (open data)</source>
        <translation>Besoins par période, région et catégorie (données ouvertes)</translation>
    </message>
</context>
<context>
    <name>open211::ReportHtml</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage: %1 is the number. French puts a (narrow no-break) space before the sign.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>by day</source>
        <extracomment>How the report groups its periods</extracomment>
        <translation>par jour</translation>
    </message>
    <message>
        <source>by week</source>
        <extracomment>How the report groups its periods</extracomment>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>by month</source>
        <extracomment>How the report groups its periods</extracomment>
        <translation>par mois</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are shown here; Export CSV writes them all.</source>
        <extracomment>Under a long table: %1 rows of %2 are on the page</extracomment>
        <translation>Les %1 premières lignes sur %2 sont affichées ici; « Exporter en CSV » les écrit toutes.</translation>
    </message>
    <message>
        <source>%1 unmet</source>
        <extracomment>After a bar of needs: %1 is a percentage (&quot;17.4%&quot;)</extracomment>
        <translation>%1 non satisfaits</translation>
    </message>
    <message>
        <source>The largest is %1, with %2.</source>
        <extracomment>A chart&apos;s description for screen readers: %1 is the largest bar&apos;s label, %2 its count</extracomment>
        <translation>En tête : %1, avec %2.</translation>
    </message>
    <message>
        <source>Calls by day of the week and hour</source>
        <translation>Appels par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Column of a table: the sum of the row</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Community needs report</source>
        <translation>Rapport sur les besoins de la collectivité</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <extracomment>The report&apos;s period: %1 and %2 are dates, %3 how it is grouped (&quot;by month&quot;)</extracomment>
        <translation>Du %1 au %2, %3</translation>
    </message>
    <message>
        <source>all of Ontario</source>
        <translation>tout l’Ontario</translation>
    </message>
    <message>
        <source>Region: %1 · every municipality</source>
        <extracomment>The report&apos;s place filters: %1 a region (or &quot;all of Ontario&quot;), %2 a municipality</extracomment>
        <translation>Région : %1 · toutes les municipalités</translation>
    </message>
    <message>
        <source>Region: %1 · municipality: %2</source>
        <translation>Région : %1 · municipalité : %2</translation>
    </message>
    <message>
        <source>Made %1 from the calls ended on this workstation</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Produit le %1 à partir des appels terminés sur ce poste de travail</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Before the breadcrumb of categories: &quot;Category: All categories › Basic Needs&quot;</extracomment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>All categories</source>
        <extracomment>The breadcrumb&apos;s first step: the report&apos;s top-level categories</extracomment>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Needs are counted under this category only. Calls, referrals, languages and follow-ups count every call of the period and place.</source>
        <translation>Seuls les besoins de cette catégorie sont comptés. Les appels, les aiguillages, les langues et les suivis tiennent compte de tous les appels de la période et du lieu.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>Under a headline percentage: how many needs it is</extracomment>
        <translation>Satisfaits</translation>
    </message>
    <message>
        <source>%1 needs</source>
        <translation>%1 besoins</translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation>Non satisfaits</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Aiguillages</translation>
    </message>
    <message>
        <source>Needs not marked met or unmet: %1.</source>
        <translation>Besoins non marqués comme satisfaits ou non satisfaits : %1.</translation>
    </message>
    <message>
        <source>Not said</source>
        <extracomment>Needs neither marked met nor unmet</extracomment>
        <translation>Non indiqués</translation>
    </message>
    <message>
        <source>No calls in this period and place.</source>
        <translation>Aucun appel pour cette période et ce lieu.</translation>
    </message>
    <message>
        <source>No needs in this period, place and category.</source>
        <translation>Aucun besoin pour cette période, ce lieu et cette catégorie.</translation>
    </message>
    <message>
        <source>The chart shows the %1 largest of %2; the table has them all.</source>
        <extracomment>A chart&apos;s description: %1 bars of %2</extracomment>
        <translation>Le graphique présente les %1 valeurs les plus élevées sur %2; le tableau les donne toutes.</translation>
    </message>
    <message>
        <source>None in this period and place.</source>
        <translation>Aucune donnée pour cette période et ce lieu.</translation>
    </message>
    <message>
        <source>Needs by top-level category, met and unmet.</source>
        <translation>Besoins par catégorie principale, satisfaits et non satisfaits.</translation>
    </message>
    <message>
        <source>Needs by narrower category, met and unmet.</source>
        <translation>Besoins par catégorie plus précise, satisfaits et non satisfaits.</translation>
    </message>
    <message>
        <source>Needs by Ontario region, met and unmet.</source>
        <translation>Besoins par région de l’Ontario, satisfaits et non satisfaits.</translation>
    </message>
    <message>
        <source>Needs by the caller&apos;s municipality, met and unmet.</source>
        <translation>Besoins selon la municipalité de l’appelant, satisfaits et non satisfaits.</translation>
    </message>
    <message>
        <source>Calls and needs in each of %1 periods.</source>
        <extracomment>A chart&apos;s description for screen readers: %1 periods</extracomment>
        <translation>Appels et besoins dans chacune des %1 périodes.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Besoins non satisfaits</translation>
    </message>
    <message>
        <source>Unmet needs by the reason given.</source>
        <translation>Besoins non satisfaits selon la raison donnée.</translation>
    </message>
    <message>
        <source>Referrals given, by organization.</source>
        <translation>Aiguillages donnés, par organisme.</translation>
    </message>
    <message>
        <source>Referrals given, by service.</source>
        <translation>Aiguillages donnés, par service.</translation>
    </message>
    <message>
        <source>Calls by the hour they started, local time.</source>
        <translation>Appels selon l’heure de début, heure locale.</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>Calls by the day of the week they started.</source>
        <translation>Appels selon le jour de la semaine où ils ont commencé.</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>%1 at %2:00</source>
        <extracomment>The busiest hour of the week: %1 a day, %2 an hour</extracomment>
        <translation>%1 à %2&#xa0;h</translation>
    </message>
    <message>
        <source>Calls by day of the week and hour, darker for more; the busiest hour is %1, with %2 calls.</source>
        <extracomment>A heat map&apos;s description for screen readers: %1 when, %2 how many calls</extracomment>
        <translation>Appels par jour de la semaine et par heure, en plus foncé quand ils sont plus nombreux; l’heure la plus achalandée est %1, avec %2 appels.</translation>
    </message>
    <message>
        <source>Calls by the language spoken.</source>
        <translation>Appels selon la langue parlée.</translation>
    </message>
    <message>
        <source>Follow-ups of the period&apos;s calls: due, overdue among them, done and cancelled.</source>
        <translation>Suivis des appels de la période : à faire, dont ceux en retard, faits et annulés.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Counts of calls, needs and referrals only: no caller&apos;s name, phone number or notes are in this report.</source>
        <translation>Nombres d’appels, de besoins et d’aiguillages seulement : ce rapport ne contient aucun nom, numéro de téléphone ni note d’appelant.</translation>
    </message>
</context>
<context>
    <name>open211::ReportStore</name>
    <message>
        <source>The taxonomy could not be read: %1</source>
        <translation>La taxonomie n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Choose a period that ends on or after the day it starts.</source>
        <translation>Choisissez une période qui se termine le jour où elle commence ou après.</translation>
    </message>
    <message>
        <source>Choose a period of at most twenty years.</source>
        <translation>Choisissez une période d’au plus vingt ans.</translation>
    </message>
    <message>
        <source>The calls could not be read for the report: %1</source>
        <translation>Les appels n’ont pas pu être lus pour le rapport : %1</translation>
    </message>
</context>
<context>
    <name>open211::ReportsPanel</name>
    <message>
        <source>Community needs reports</source>
        <extracomment>Title of the community needs reports screen</extracomment>
        <translation>Rapports sur les besoins de la collectivité</translation>
    </message>
    <message>
        <source>This month</source>
        <extracomment>A period preset of the reports</extracomment>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <extracomment>A period preset of the reports</extracomment>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <extracomment>A period preset of the reports: this month and the two before</extracomment>
        <translation>Les 3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <extracomment>A period preset of the reports: this month and the eleven before</extracomment>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <extracomment>A period preset of the reports: from January 1st to today</extracomment>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>A period preset of the reports: the dates chosen by hand</extracomment>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>The months counted include this one, up to today</source>
        <translation>Les mois comptés incluent le mois en cours, jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>The first day of the report&apos;s period</extracomment>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <extracomment>The last day of the report&apos;s period</extracomment>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>How the report groups calls over time</extracomment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <extracomment>How the report groups calls over time: by day, week or month</extracomment>
        <translation>Re&amp;grouper par :</translation>
    </message>
    <message>
        <source>Group periods by</source>
        <translation>Regrouper les périodes par</translation>
    </message>
    <message>
        <source>All regions</source>
        <extracomment>All of Ontario&apos;s regions</extracomment>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Toutes les municipalités</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipalité :</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>&amp;Up a level</source>
        <translation>&amp;Niveau supérieur</translation>
    </message>
    <message>
        <source>Back to the category above (Backspace or Alt+Up)</source>
        <translation>Revenir à la catégorie supérieure (Retour arrière ou Alt+Haut)</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Community needs report</source>
        <translation>Rapport sur les besoins de la collectivité</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Write every table of the report as a CSV file into a folder</source>
        <translation>Écrire chaque tableau du rapport dans un dossier, sous forme de fichier CSV</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the report as it is shown, charts and tables, as a PDF to print or send</source>
        <translation>Enregistrer le rapport tel qu’il est affiché, graphiques et tableaux compris, en PDF à imprimer ou à envoyer</translation>
    </message>
    <message>
        <source>&amp;Open data…</source>
        <translation>D&amp;onnées ouvertes…</translation>
    </message>
    <message>
        <source>Needs by period, region and category, with small counts hidden: no personal data</source>
        <translation>Besoins par période, région et catégorie, les petits nombres étant masqués : aucune donnée personnelle</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Needs under %1</source>
        <extracomment>The report view&apos;s description for screen readers: %1 is the category shown</extracomment>
        <translation>Besoins : %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The report is still being built: export it once it is shown.</source>
        <translation>Le rapport est encore en préparation : exportez-le une fois qu’il sera affiché.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Choose a folder you may write to.</source>
        <translation>Le dossier %1 n’a pas pu être créé. Choisissez un dossier où vous avez le droit d’écrire.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); %3 files were written before it. Choose a folder you may write to, with room on the disk.</source>
        <extracomment>%1 is a file, %2 why it could not be written, %3 how many were written before it</extracomment>
        <translation>Le fichier %1 n’a pas pu être écrit (%2); fichiers déjà écrits : %3. Choisissez un dossier où vous avez le droit d’écrire et où il reste de l’espace sur le disque.</translation>
    </message>
    <message>
        <source>%1 CSV files written to %2.</source>
        <extracomment>%1 is how many CSV files, %2 the folder</extracomment>
        <translation>%1 fichiers CSV écrits dans %2.</translation>
    </message>
    <message>
        <source>The report is still being built: save it once it is shown.</source>
        <translation>Le rapport est encore en préparation : enregistrez-le une fois qu’il sera affiché.</translation>
    </message>
    <message>
        <source>The PDF cannot be written in %1: the folder does not exist or you may not write there. Choose another place.</source>
        <translation>Impossible d’écrire le PDF dans %1 : le dossier n’existe pas ou vous n’avez pas le droit d’y écrire. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that there is room on the disk and that the file is not open in another program, then try again.</source>
        <translation>Le PDF n’a pas pu être écrit dans %1. Vérifiez qu’il reste de l’espace sur le disque et que le fichier n’est pas ouvert dans un autre programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The report was saved as a PDF on %1 paper: %2</source>
        <extracomment>%1 is the paper size (Letter, A4), %2 the file</extracomment>
        <translation>Le rapport a été enregistré en PDF, au format de papier %1 : %2</translation>
    </message>
    <message>
        <source>The open data could not be written to %1 (%2). Choose a folder you may write to, with room on the disk.</source>
        <translation>Les données ouvertes n’ont pas pu être écrites dans %1 (%2). Choisissez un dossier où vous avez le droit d’écrire et où il reste de l’espace sur le disque.</translation>
    </message>
    <message>
        <source>Open data written to %1: %2 rows of needs by period, region and category. It has no names, phone numbers or notes.</source>
        <extracomment>%1 the file, %2 how many rows</extracomment>
        <translation>Données ouvertes écrites dans %1 (lignes de besoins par période, région et catégorie : %2). Le fichier ne contient aucun nom, numéro de téléphone ni note.</translation>
    </message>
    <message>
        <source>No count was below %1, so none was hidden.</source>
        <translation>Aucun nombre n’était inférieur à %1; aucun n’a donc été masqué.</translation>
    </message>
    <message>
        <source>Counts below %1 are written as “&lt;%1”: the needs of %2 rows, and the met and unmet counts of %3 rows (one would give away the other).</source>
        <extracomment>%1 the threshold (&quot;&lt;10&quot; is written), %2 and %3 how many rows had counts hidden</extracomment>
        <translation>Les nombres inférieurs à %1 sont écrits « &lt;%1 ». Lignes dont le nombre de besoins est masqué : %2; lignes dont les nombres de besoins satisfaits et non satisfaits sont masqués : %3 (l’un révélerait l’autre).</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables as CSV</source>
        <translation>Exporter les tableaux du rapport en CSV</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Enregistrement du PDF…</translation>
    </message>
    <message>
        <source>Export open data</source>
        <translation>Exporter les données ouvertes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>open211::ResourceDetailView</name>
    <message>
        <source>Service details</source>
        <translation>Détails du service</translation>
    </message>
    <message>
        <source>No service selected</source>
        <translation>Aucun service sélectionné</translation>
    </message>
    <message>
        <source>Print service details</source>
        <extracomment>Title of the print dialog for a service&apos;s details</extracomment>
        <translation>Imprimer les détails du service</translation>
    </message>
</context>
<context>
    <name>open211::ResourceEditor</name>
    <message>
        <source>Upload state</source>
        <translation>État du téléversement</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <extracomment>Title of the editor for a record not saved yet; %1 is its kind (Service, Organization, Location)</extracomment>
        <translation>Nouvelle fiche : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Title of the editor; %1 is the record&apos;s kind (Service), %2 its name</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Enregistrer la fiche (Ctrl+S)</translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation>Marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <source>Record that the service was checked with the agency today (Ctrl+Shift+V)</source>
        <translation>Indiquer que le service a été vérifié auprès de l’organisme aujourd’hui (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Mark the organization&apos;s services inactive (Ctrl+Shift+D)</source>
        <translation>Rendre inactifs les services de l’organisme (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Mark the service inactive (Ctrl+Shift+D)</source>
        <translation>Rendre le service inactif (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every change to the record, newest first (Ctrl+Shift+H)</source>
        <translation>Toutes les modifications de la fiche, les plus récentes d’abord (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Never verified</source>
        <extracomment>A service&apos;s verification: nobody has checked it with the agency</extracomment>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <extracomment>%1 is a date (2026-03-01)</extracomment>
        <translation>Dernière vérification le %1</translation>
    </message>
    <message>
        <source>Last verified %1 by %2</source>
        <extracomment>%1 is a date (2026-03-01), %2 the person</extracomment>
        <translation>Dernière vérification le %1 par %2</translation>
    </message>
    <message>
        <source>In conflict — settle it in the work list (Ctrl+Shift+W).</source>
        <translation>En conflit — réglez-le dans la liste de travail (Ctrl+Maj+W).</translation>
    </message>
    <message>
        <source>Waiting to upload: the hub gets this change with the next sync.</source>
        <translation>En attente de téléversement : le carrefour recevra cette modification à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Only resource specialists, supervisors and admins edit resources; you can suggest a change instead (Ctrl+Shift+G).</source>
        <extracomment>Shown in the editor to someone whose role does not edit resources</extracomment>
        <translation>Seuls les spécialistes des ressources, les superviseurs et les administrateurs peuvent modifier les ressources; vous pouvez plutôt suggérer une modification (Ctrl+Maj+G).</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate “%1”? All its services (%n active) become inactive: searches leave them out, and the hub hears of it with the next sync.</source>
        <extracomment>%1 is an organization&apos;s name; %n how many of its services are active</extracomment>
        <translation>
            <numerusform>Désactiver « %1 »? Tous ses services (%n actif) deviendront inactifs : ils n’apparaîtront plus dans les recherches, et le carrefour en sera informé à la prochaine synchronisation.</numerusform>
            <numerusform>Désactiver « %1 »? Tous ses services (%n actifs) deviendront inactifs : ils n’apparaîtront plus dans les recherches, et le carrefour en sera informé à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate the service “%1”? It stays in the records as inactive: searches leave it out, and the hub hears of it with the next sync.</source>
        <extracomment>%1 is a service&apos;s name</extracomment>
        <translation>Désactiver le service « %1 »? Il restera dans les fiches comme service inactif : il n’apparaîtra plus dans les recherches, et le carrefour en sera informé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>Enregistrer les modifications de cette fiche avant de fermer?</translation>
    </message>
</context>
<context>
    <name>open211::ResourceHistory</name>
    <message>
        <source>The record could not be read: %1</source>
        <translation>La fiche n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The record&apos;s history could not be written: %1</source>
        <translation>L’historique de la fiche n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>open211::ResourceStore</name>
    <message>
        <source>The service could not be read from the local database: %1</source>
        <translation>Le service n’a pas pu être lu dans la base de données locale : %1</translation>
    </message>
    <message>
        <source>No service with the identifier &quot;%1&quot; is in the local database. It may have been removed by the last update; search again to find it.</source>
        <extracomment>%1 is a service&apos;s identifier</extracomment>
        <translation>Aucun service portant l’identifiant &quot;%1&quot; ne se trouve dans la base de données locale. Il a peut-être été supprimé lors de la dernière mise à jour; relancez la recherche pour le trouver.</translation>
    </message>
</context>
<context>
    <name>open211::SearchEngine</name>
    <message>
        <source>%1 is not a valid latitude and longitude.</source>
        <translation>%1 ne correspond pas à une latitude et une longitude valides.</translation>
    </message>
    <message>
        <source>the coordinates %1, %2</source>
        <translation>les coordonnées %1, %2</translation>
    </message>
    <message>
        <source>the average position of the services listed in postal area %1%2</source>
        <translation>la position moyenne des services répertoriés dans le secteur postal %1%2</translation>
    </message>
    <message>
        <source> (a rural area: distances are rough)</source>
        <translation> (région rurale : les distances sont approximatives)</translation>
    </message>
    <message>
        <source>the centre of %1 (postal area %2%3)</source>
        <translation>%1 (centre de la municipalité, secteur postal %2%3)</translation>
    </message>
    <message>
        <source>, a rural area: distances are rough</source>
        <translation>, région rurale : les distances sont approximatives</translation>
    </message>
    <message>
        <source>The postal code %1 is not in a known Ontario postal area.</source>
        <translation>Le code postal %1 ne fait partie d’aucun secteur postal connu de l’Ontario.</translation>
    </message>
    <message>
        <source>the centre of %1</source>
        <translation>%1 (centre de la municipalité)</translation>
    </message>
    <message>
        <source>the average position of the services listed in %1</source>
        <translation>la position moyenne des services répertoriés à %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known Ontario place, postal code or latitude, longitude.</source>
        <translation>&quot;%1&quot; n’est ni un lieu ou un code postal connu de l’Ontario, ni une latitude, longitude.</translation>
    </message>
    <message>
        <source>Type a need, a service or an organization to search.</source>
        <translation>Saisissez un besoin, un service ou un organisme à rechercher.</translation>
    </message>
    <message>
        <source>Nothing to search for in &quot;%1&quot;.</source>
        <translation>Rien à rechercher dans &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>Add a need, a service or a radius to search near a place.</source>
        <translation>Ajoutez un besoin, un service ou un rayon pour chercher près d’un lieu.</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>nom : %1</translation>
    </message>
    <message>
        <source>taxonomy: %1</source>
        <translation>taxonomie : %1</translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation>organisme : %1</translation>
    </message>
    <message>
        <source>description or use reference: %1</source>
        <translation>description ou renvoi : %1</translation>
    </message>
    <message>
        <source>term %1</source>
        <translation>terme %1</translation>
    </message>
    <message>
        <source>narrower term %1</source>
        <translation>terme plus précis %1</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>à %1&#xa0;km</translation>
    </message>
    <message>
        <source>serves %1</source>
        <translation>dessert %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Distances are measured from %1.</source>
        <translation>Les distances sont mesurées depuis %1.</translation>
    </message>
    <message>
        <source>No service has all the words; showing those with some.</source>
        <translation>Aucun service ne contient tous les mots; voici ceux qui en contiennent une partie.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name or use reference</source>
        <translation>nom ou renvoi</translation>
    </message>
    <message>
        <source>see also</source>
        <translation>voir aussi</translation>
    </message>
    <message>
        <source>use reference of %1</source>
        <translation>renvoi vers %1</translation>
    </message>
</context>
<context>
    <name>open211::SearchPanel</name>
    <message>
        <source>Search services: words, a need, an organization (Ctrl+F)</source>
        <translation>Rechercher des services : mots, besoin, organisme (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher des services</translation>
    </message>
    <message>
        <source>&amp;Near:</source>
        <translation>&amp;Près de :</translation>
    </message>
    <message>
        <source>caller&apos;s place</source>
        <translation>lieu de l’appelant</translation>
    </message>
    <message>
        <source>Near the place</source>
        <translation>Près du lieu</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>any distance</source>
        <translation>toute distance</translation>
    </message>
    <message>
        <source>Within kilometres</source>
        <translation>Rayon en kilomètres</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>tout âge</translation>
    </message>
    <message>
        <source>age </source>
        <translation>âge </translation>
    </message>
    <message>
        <source>Caller&apos;s age</source>
        <translation>Âge de l’appelant</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>&amp;Ouvert maintenant</translation>
    </message>
    <message>
        <source>F&amp;ree</source>
        <translation>&amp;Gratuit</translation>
    </message>
    <message>
        <source>&amp;Wheelchair</source>
        <translation>&amp;Fauteuil roulant</translation>
    </message>
    <message>
        <source>Open now only</source>
        <translation>Services ouverts maintenant seulement</translation>
    </message>
    <message>
        <source>Free services only</source>
        <translation>Services gratuits seulement</translation>
    </message>
    <message>
        <source>Wheelchair accessible only</source>
        <translation>Services accessibles en fauteuil roulant seulement</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Language offered</source>
        <translation>Langue offerte</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>toute langue</translation>
    </message>
    <message>
        <source>Need: %1 ✕</source>
        <translation>Besoin : %1 ✕</translation>
    </message>
    <message>
        <source>Searching services for %1 (%2) and narrower terms. Click to search all services.</source>
        <translation>Recherche de services pour %1 (%2) et les termes plus précis. Cliquez pour rechercher parmi tous les services.</translation>
    </message>
    <message>
        <source>Remove the need from the search</source>
        <translation>Retirer le besoin de la recherche</translation>
    </message>
    <message>
        <source>No services found.</source>
        <translation>Aucun service trouvé.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>The place &quot;%1&quot; is not known: results are not sorted by distance.</source>
        <translation>Le lieu &quot;%1&quot; est inconnu : les résultats ne sont pas triés par distance.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>1 service shown</source>
        <translation>1 service affiché</translation>
    </message>
    <message>
        <source>%1 services shown</source>
        <translation>%1 services affichés</translation>
    </message>
</context>
<context>
    <name>open211::SearchResultModel</name>
    <message>
        <source>%1 km</source>
        <extracomment>A distance in kilometres, e.g. &quot;3.2 km&quot;</extracomment>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <source>No hours</source>
        <translation>Heures non indiquées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>Pourquoi ce résultat</translation>
    </message>
</context>
<context>
    <name>open211::ServiceListModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation>Fermé définitivement</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Fermé temporairement</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>open211::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Specialist&apos;s name</source>
        <translation>Nom de l’intervenant</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du carrefour</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>&amp;Your name on calls:</source>
        <translation>&amp;Votre nom dans les appels :</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Adresse du &amp;carrefour :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Save and s&amp;ign in to the hub…</source>
        <translation>Enregistrer et se conn&amp;ecter au carrefour…</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>les certificats du système</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Fichier des autorités de certification (CA)</translation>
    </message>
    <message>
        <source>A PEM file of the certificate authorities that vouch for the hub, when your centre uses its own. Leave empty to trust the system&apos;s.</source>
        <translation>Un fichier PEM des autorités de certification qui garantissent le carrefour, si votre centre utilise les siennes. Laissez vide pour faire confiance à celles du système.</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Choisir le fichier des autorités de certification</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>The unit after the sync interval&apos;s number.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source>Save and sign in to the hub</source>
        <translation>Enregistrer et se connecter au carrefour</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Message des paramètres</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les :</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Autorités de certification (CA)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The hub address should look like https://hub.example.org.</source>
        <translation>L’adresse du carrefour doit ressembler à https://carrefour.example.org.</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address first.</source>
        <translation>Entrez d’abord l’adresse du carrefour.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 does not exist. Choose another, or leave it empty.</source>
        <translation>Le fichier des autorités de certification %1 n’existe pas. Choisissez-en un autre ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>C&amp;A bundle:</source>
        <translation>A&amp;utorités de certification (CA) :</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>The unit after the number of days callers&apos; details are kept.</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days callers&apos; names, phones and notes are kept after upload</source>
        <translation>Jours de conservation des noms, téléphones et notes des appelants après le téléversement</translation>
    </message>
    <message>
        <source>After the hub has a call, its caller&apos;s name, phone number and notes are removed from this workstation once it is this many days old. What reports count stays.</source>
        <translation>Une fois l’appel reçu par le carrefour, le nom, le numéro de téléphone et les notes de l’appelant sont supprimés de ce poste quand l’appel atteint ce nombre de jours. Ce que comptent les rapports est conservé.</translation>
    </message>
    <message>
        <source>&amp;Keep callers&apos; details for:</source>
        <translation>Con&amp;server les coordonnées des appelants pendant :</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>The screen lock&apos;s minutes set to 0</extracomment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Minutes without use before the screen locks</source>
        <translation>Minutes sans activité avant le verrouillage de l&apos;écran</translation>
    </message>
    <message>
        <source>After this many minutes without a key pressed or a click, the screen locks and asks for the password again. 0: never (only on a workstation no one else can reach).</source>
        <translation>Après ce nombre de minutes sans touche ni clic, l&apos;écran se verrouille et redemande le mot de passe. 0 : jamais (seulement sur un poste que personne d&apos;autre n&apos;approche).</translation>
    </message>
    <message>
        <source>Lock the &amp;screen after:</source>
        <translation>Verr&amp;ouiller l&apos;écran après :</translation>
    </message>
</context>
<context>
    <name>open211::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>In the search box: move through the results</source>
        <translation>Dans la zone de recherche : parcourir les résultats</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>In the search box: show the selected result&apos;s detail</source>
        <translation>Dans la zone de recherche : afficher les détails du résultat sélectionné</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In the needs or referrals list: remove the selected one</source>
        <translation>Dans la liste des besoins ou des aiguillages : supprimer l’élément sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Passer d’un champ à l’autre</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
</context>
<context>
    <name>open211::SignInDialog</name>
    <message>
        <source>Sign in to the hub</source>
        <translation>Se connecter au carrefour</translation>
    </message>
    <message>
        <source>No hub is set up: enter its address in Settings (Ctrl+,).</source>
        <translation>Aucun carrefour n’est configuré : entrez son adresse dans les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Carrefour : %1</translation>
    </message>
    <message>
        <source>Hub user name</source>
        <translation>Nom d’utilisateur sur le carrefour</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Mot de passe du carrefour</translation>
    </message>
    <message>
        <source>Sign-in result</source>
        <translation>Résultat de la connexion</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Signed in as %1. The sync starts now.</source>
        <translation>Connecté en tant que %1. La synchronisation commence.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
</context>
<context>
    <name>open211::SuggestChangeDialog</name>
    <message>
        <source>Suggest a change</source>
        <translation>Suggérer une modification</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <extracomment>%1 is the kind of record (Service), %2 its name</extracomment>
        <translation>&lt;b&gt;%1 :&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;What needs changing? A resource specialist reads this and updates the record.</source>
        <translation>&amp;Que faut-il modifier? Un spécialiste des ressources lira votre note et mettra la fiche à jour.</translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation>Ce qu’il faut modifier</translation>
    </message>
    <message>
        <source>The intake line now answers at 613-555-0142; the Tuesday clinic has ended.</source>
        <translation>La ligne d’accueil répond maintenant au 613-555-0142; la clinique du mardi a pris fin.</translation>
    </message>
    <message>
        <source>Length of the note</source>
        <translation>Longueur de la note</translation>
    </message>
    <message>
        <source>&amp;Send suggestion</source>
        <translation>&amp;Envoyer la suggestion</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Length of a note: %1 characters typed, %2 the most accepted</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Write what needs changing first.</source>
        <translation>Écrivez d’abord ce qu’il faut modifier.</translation>
    </message>
    <message>
        <source>The note is %1 characters long; at most %2 are sent. Shorten it.</source>
        <translation>La note compte %1 caractères; au plus %2 sont envoyés. Raccourcissez-la.</translation>
    </message>
</context>
<context>
    <name>open211::SyncClient</name>
    <message>
        <source>The hub asks you to sign in again.</source>
        <translation>Le carrefour vous demande de vous connecter de nouveau.</translation>
    </message>
    <message>
        <source>Your role does not allow this on the hub%1</source>
        <translation>Votre rôle ne permet pas cette opération sur le carrefour%1</translation>
    </message>
    <message>
        <source>The hub had a problem (HTTP %1)%2</source>
        <translation>Le carrefour a eu un problème (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The hub refused the request (HTTP %1)%2</source>
        <translation>Le carrefour a refusé la demande (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The hub does not know this user name and password.</source>
        <translation>Le carrefour ne reconnaît pas ce nom d’utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to the sign-in could not be used.</source>
        <translation>La réponse du carrefour à la connexion est inutilisable.</translation>
    </message>
    <message>
        <source>The workstation does not know how to send a &quot;%1&quot;.</source>
        <translation>Le poste de travail ne sait pas envoyer un élément de type « %1 ».</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read.</source>
        <translation>La réponse du carrefour est illisible.</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>La synchronisation a été arrêtée.</translation>
    </message>
    <message>
        <source>The search index could not be made: %1</source>
        <translation>L’index de recherche n’a pas pu être créé : %1</translation>
    </message>
</context>
<context>
    <name>open211::SyncEngine</name>
    <message>
        <source>No hub is set up.</source>
        <translation>Aucun carrefour n’est configuré.</translation>
    </message>
</context>
<context>
    <name>open211::SyncPanel</name>
    <message>
        <source>due %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Synchronisation avec le carrefour</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last sync error</source>
        <translation>Dernière erreur de synchronisation</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente de téléversement</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync now, trying every waiting upload again (F5)</source>
        <translation>Synchroniser maintenant en réessayant chaque téléversement en attente (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <source>Sign in to the hub (Ctrl+Shift+I)</source>
        <translation>Se connecter au carrefour (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Sync &amp;history:</source>
        <translation>&amp;Historique des synchronisations :</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Historique des synchronisations</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Uploads that need a &amp;person (conflicts and refusals):</source>
        <translation>Téléversements qui demandent une &amp;intervention (conflits et refus) :</translation>
    </message>
    <message>
        <source>Uploads that need a person</source>
        <translation>Téléversements qui demandent une intervention</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>The selected upload</source>
        <translation>Le téléversement sélectionné</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Resource edit</source>
        <translation>Modification de ressource</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>due at the next sync</source>
        <translation>à envoyer à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>next try at %1</source>
        <translation>prochain essai à %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Nothing needs a person: every upload the hub answered was accepted.</source>
        <translation>Aucune intervention requise : chaque téléversement auquel le carrefour a répondu a été accepté.</translation>
    </message>
    <message>
        <source>%1 %2: conflict with the hub</source>
        <translation>%1 %2 : conflit avec le carrefour</translation>
    </message>
    <message>
        <source>%1 %2: refused by the hub</source>
        <translation>%1 %2 : refusé par le carrefour</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>Mis en file d’attente le %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives : %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Enregistrement %1</translation>
    </message>
    <message>
        <source>The hub said:</source>
        <translation>Réponse du carrefour :</translation>
    </message>
    <message>
        <source>The hub&apos;s current record</source>
        <translation>L’enregistrement actuel du carrefour</translation>
    </message>
    <message>
        <source>The hub did not send it.</source>
        <translation>Le carrefour ne l’a pas envoyé.</translation>
    </message>
    <message>
        <source>What this workstation sent</source>
        <translation>Ce que ce poste de travail a envoyé</translation>
    </message>
</context>
<context>
    <name>open211::SyncStatusText</name>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Synchronisation avec le carrefour…</translation>
    </message>
    <message>
        <source>Offline: no hub set up · working from the local copy</source>
        <translation>Hors ligne : aucun carrefour configuré · travail à partir de la copie locale</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connexion au carrefour…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline · working from the local copy</source>
        <translation>Hors ligne · travail à partir de la copie locale</translation>
    </message>
    <message>
        <source>Sign-in needed to sync (Ctrl+Shift+I)</source>
        <extracomment>The shortcut opens the sign-in dialog.</extracomment>
        <translation>Connexion requise pour synchroniser (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>synchronisé à l’instant</translation>
    </message>
    <message>
        <source>synced %1 min ago</source>
        <extracomment>&quot;min&quot; is the abbreviation of minutes, the same for one or many.</extracomment>
        <translation>synchronisé il y a %1 min</translation>
    </message>
    <message>
        <source>synced %1 h ago</source>
        <extracomment>&quot;h&quot; is the abbreviation of hours, the same for one or many.</extracomment>
        <translation>synchronisé il y a %1 h</translation>
    </message>
    <message>
        <source>synced on %1</source>
        <translation>synchronisé le %1</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Carrefour : %1</translation>
    </message>
    <message>
        <source>Signed in to the hub as %1</source>
        <translation>Connecté au carrefour en tant que %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
        <source>No successful sync yet</source>
        <translation>Aucune synchronisation réussie pour l’instant</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>Nothing waiting to upload</source>
        <translation>Rien en attente de téléversement</translation>
    </message>
    <message>
        <source>1 item waiting to upload</source>
        <translation>1 élément en attente de téléversement</translation>
    </message>
    <message>
        <source>%1 items waiting to upload</source>
        <translation>%1 éléments en attente de téléversement</translation>
    </message>
    <message>
        <source>1 conflict to look at</source>
        <translation>1 conflit à examiner</translation>
    </message>
    <message>
        <source>%1 conflicts to look at</source>
        <translation>%1 conflits à examiner</translation>
    </message>
</context>
<context>
    <name>open211::SyncStore</name>
    <message>
        <source>The hub&apos;s answer could not be used (%1). Nothing was changed; the sync will try again.</source>
        <translation>La réponse du carrefour est inutilisable (%1). Rien n’a été modifié; la synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>the JSON is malformed: %1</source>
        <translation>le JSON est mal formé : %1</translation>
    </message>
    <message>
        <source>&quot;changes&quot;, &quot;next&quot;, &quot;head&quot; or &quot;more&quot; is missing or of the wrong type</source>
        <translation>« changes », « next », « head » ou « more » est absent ou n’est pas du bon type</translation>
    </message>
    <message>
        <source>&quot;next&quot; and &quot;head&quot; must be whole numbers, with after ≤ next ≤ head</source>
        <translation>« next » et « head » doivent être des nombres entiers, avec after ≤ next ≤ head</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>modification %1</translation>
    </message>
    <message>
        <source>%1 has no &quot;seq&quot;, &quot;table&quot; or &quot;id&quot; of the right type</source>
        <translation>%1 n’a pas de « seq », « table » ou « id » du bon type</translation>
    </message>
    <message>
        <source>%1: its &quot;seq&quot; is out of order</source>
        <translation>%1 : son « seq » n’est pas dans l’ordre</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an HSDS table</source>
        <translation>%1 : « %2 » n’est pas une table HSDS</translation>
    </message>
    <message>
        <source>%1: &quot;deleted&quot; must be true or false</source>
        <translation>%1 : « deleted » doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: the record is missing</source>
        <translation>%1 : l’enregistrement est absent</translation>
    </message>
    <message>
        <source>%1 %2 &quot;%3&quot;</source>
        <translation>%1 %2 « %3 »</translation>
    </message>
    <message>
        <source>%1: the record&apos;s id differs from the change&apos;s</source>
        <translation>%1 : l’identifiant de l’enregistrement diffère de celui de la modification</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; or &quot;last_modified&quot; is missing or of the wrong type</source>
        <translation>%1 : « version » ou « last_modified » est absent ou n’est pas du bon type</translation>
    </message>
    <message>
        <source>%1: &quot;last_modified&quot; is not a date and time</source>
        <translation>%1 : « last_modified » n’est pas une date et une heure</translation>
    </message>
    <message>
        <source>&quot;next&quot; is not the last change&apos;s &quot;seq&quot;</source>
        <translation>« next » n’est pas le « seq » de la dernière modification</translation>
    </message>
    <message>
        <source>The sync could not write to the database: %1</source>
        <translation>La synchronisation n’a pas pu écrire dans la base de données : %1</translation>
    </message>
    <message>
        <source>The sync could not write to the database; nothing was changed. Reason: %1</source>
        <translation>La synchronisation n’a pas pu écrire dans la base de données; rien n’a été modifié. Raison : %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
    <message>
        <source>The outbox could not be updated: %1</source>
        <translation>La boîte d’envoi n’a pas pu être mise à jour : %1</translation>
    </message>
    <message>
        <source>The sync history could not be written: %1</source>
        <translation>L’historique des synchronisations n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HSDS table.</source>
        <translation>« %1 » n’est pas une table HSDS.</translation>
    </message>
    <message>
        <source>The change could not be queued for the hub: %1</source>
        <translation>La modification n’a pas pu être mise en file d’attente pour le carrefour : %1</translation>
    </message>
    <message>
        <source>The removal could not be queued for the hub: %1</source>
        <translation>La suppression n’a pas pu être mise en file d’attente pour le carrefour : %1</translation>
    </message>
    <message>
        <source>Only changes waiting or in conflict are looked up by record.</source>
        <translation>Seules les modifications en attente ou en conflit sont recherchées par enregistrement.</translation>
    </message>
</context>
<context>
    <name>open211::Workstation</name>
    <message>
        <source>Open 211 Workstation</source>
        <translation>Open 211 Workstation</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>Les données de démonstration n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The screen %1 could not be rendered.</source>
        <translation>L’écran %1 n’a pas pu être généré.</translation>
    </message>
</context>
<context>
    <name>open211::WorkstationSignIn</name>
    <message>
        <source>No keychain service runs on this computer%1: the hub&apos;s token is not kept, so you sign in each time the workstation opens.</source>
        <translation>Aucun service de trousseau ne tourne sur cet ordinateur%1 : le jeton du carrefour n&apos;est pas gardé, vous vous connectez donc à chaque ouverture du poste.</translation>
    </message>
    <message>
        <source>No keychain service runs on this computer%1: callers&apos; details are sealed with a key kept in this workstation&apos;s database, which protects them no more than the database itself. Signing in to a hub seals them with your password.</source>
        <translation>Aucun service de trousseau ne tourne sur cet ordinateur%1 : les coordonnées des appelants sont scellées avec une clé gardée dans la base de données de ce poste, qui ne les protège pas plus que la base elle-même. Une connexion à un carrefour les scelle avec votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>open211::cli::Text</name>
    <message>
        <source>%1: %2% (%3 of %4 records)</source>
        <translation>%1 : %2&#xa0;% (%3 enregistrements sur %4)</translation>
    </message>
    <message>
        <source>Imported %1 services (%2 records in all) in %3 s.</source>
        <translation>%1 services importés (%2 enregistrements en tout) en %3&#xa0;s.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Imports HSDS 3 resources: a JSON file (one service, an array of services or an API page) or an HSDS CSV data package (folder or datapackage.json).</source>
        <translation>Importe des ressources HSDS 3 : un fichier JSON (un service, un tableau de services ou une page d’API) ou un paquet de données CSV HSDS (dossier ou datapackage.json).</translation>
    </message>
    <message>
        <source>The file or data package to import.</source>
        <translation>Le fichier ou le paquet de données à importer.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l’importation : %1</translation>
    </message>
    <message>
        <source>Imports a taxonomy from CSV with the columns code, name, name_fr, definition, definition_fr, parent_code, use_references, use_references_fr, see_also.</source>
        <translation>Importe une taxonomie à partir d’un fichier CSV comportant les colonnes code, name, name_fr, definition, definition_fr, parent_code, use_references, use_references_fr, see_also.</translation>
    </message>
    <message>
        <source>The taxonomy CSV file.</source>
        <translation>Le fichier CSV de la taxonomie.</translation>
    </message>
    <message>
        <source>Identifier of the taxonomy.</source>
        <translation>Identifiant de la taxonomie.</translation>
    </message>
    <message>
        <source>Name of the taxonomy.</source>
        <translation>Nom de la taxonomie.</translation>
    </message>
    <message>
        <source>Imported %1 taxonomy terms in %2 s.</source>
        <translation>%1 termes de la taxonomie importés en %2&#xa0;s.</translation>
    </message>
    <message>
        <source>Writes the stored resources out as HSDS 3 JSON (an array of full services).</source>
        <translation>Exporte les ressources enregistrées en JSON HSDS 3 (un tableau de services complets).</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Le fichier JSON à écrire.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation : %1</translation>
    </message>
    <message>
        <source>Exported %1 services to %2 in %3 s.</source>
        <translation>%1 services exportés vers %2 en %3&#xa0;s.</translation>
    </message>
    <message>
        <source>Generates realistic, deterministic Ontario demo data into the profile.</source>
        <translation>Génère dans le profil des données de démonstration ontariennes réalistes et déterministes.</translation>
    </message>
    <message>
        <source>How many services (default 2000).</source>
        <translation>Nombre de services (2000 par défaut).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Germe aléatoire; un même germe produit les mêmes données.</translation>
    </message>
    <message>
        <source>--services takes a whole number from 1 to 1000000 and --seed a whole number.</source>
        <translation>--services accepte un nombre entier de 1 à 1000000, et --seed, un nombre entier.</translation>
    </message>
    <message>
        <source>Demo generation failed: %1</source>
        <translation>Échec de la génération des données de démonstration : %1</translation>
    </message>
    <message>
        <source>Generated %1 demo services (%2 records) in %3 s into %4.</source>
        <translation>%1 services de démonstration générés (%2 enregistrements) en %3&#xa0;s dans %4.</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Base de données : %1 (schéma %2)</translation>
    </message>
    <message>
        <source>Organizations: %1</source>
        <translation>Organismes : %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services : %1</translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation>Emplacements : %1</translation>
    </message>
    <message>
        <source>Taxonomy terms: %1</source>
        <translation>Termes de la taxonomie : %1</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Appels : %1</translation>
    </message>
    <message>
        <source>Waiting to upload: %1</source>
        <translation>En attente de téléversement : %1</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 exige une valeur.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Searches the local resource replica and prints the ranked results with why each matched.</source>
        <translation>Cherche dans la copie locale des ressources et affiche les résultats classés, avec la raison de chaque correspondance.</translation>
    </message>
    <message>
        <source>Words to search for (may be empty with --near or --taxonomy).</source>
        <translation>Mots à rechercher (facultatifs avec --near ou --taxonomy).</translation>
    </message>
    <message>
        <source>The caller&apos;s municipality, postal code or &quot;latitude,longitude&quot;.</source>
        <translation>La municipalité, le code postal ou les coordonnées &quot;latitude,longitude&quot; de la personne qui appelle.</translation>
    </message>
    <message>
        <source>Only services within this many kilometres (or whose service area covers the place).</source>
        <translation>Seulement les services situés dans ce rayon, en kilomètres (ou dont le territoire desservi comprend le lieu).</translation>
    </message>
    <message>
        <source>A taxonomy code: the term and everything narrower.</source>
        <translation>Un code de taxonomie : le terme et tous les termes plus précis.</translation>
    </message>
    <message>
        <source>A language the service offers (ISO code, e.g. fr).</source>
        <translation>Une langue dans laquelle le service est offert (code ISO, p. ex. fr).</translation>
    </message>
    <message>
        <source>The caller&apos;s age.</source>
        <translation>L’âge de la personne qui appelle.</translation>
    </message>
    <message>
        <source>Open at this date and time (ISO 8601).</source>
        <translation>Services ouverts à cette date et à cette heure (ISO 8601).</translation>
    </message>
    <message>
        <source>Open now.</source>
        <translation>Services ouverts en ce moment.</translation>
    </message>
    <message>
        <source>Free services only.</source>
        <translation>Services gratuits seulement.</translation>
    </message>
    <message>
        <source>Wheelchair accessible only.</source>
        <translation>Services accessibles en fauteuil roulant seulement.</translation>
    </message>
    <message>
        <source>Include inactive records.</source>
        <translation>Inclure les enregistrements inactifs.</translation>
    </message>
    <message>
        <source>How many results (default 10).</source>
        <translation>Nombre de résultats (10 par défaut).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>--radius takes a number of kilometres between 0 and 2000.</source>
        <translation>--radius accepte un nombre de kilomètres compris entre 0 et 2000.</translation>
    </message>
    <message>
        <source>--radius needs --near.</source>
        <translation>--radius exige --near.</translation>
    </message>
    <message>
        <source>--age takes a whole number from 0 to 130.</source>
        <translation>--age accepte un nombre entier de 0 à 130.</translation>
    </message>
    <message>
        <source>--open-at takes an ISO 8601 date and time, e.g. 2026-11-25T19:30.</source>
        <translation>--open-at accepte une date et heure ISO 8601, p. ex. 2026-11-25T19:30.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 500.</source>
        <translation>--limit accepte un nombre entier de 1 à 500.</translation>
    </message>
    <message>
        <source>%1 results in %2 ms.</source>
        <translation>%1 résultats en %2&#xa0;ms.</translation>
    </message>
    <message>
        <source>Finds taxonomy terms by name, code or use reference.</source>
        <translation>Trouve des termes de la taxonomie par nom, code ou renvoi.</translation>
    </message>
    <message>
        <source>Words or a code.</source>
        <translation>Des mots ou un code.</translation>
    </message>
    <message>
        <source>How many terms (default 10).</source>
        <translation>Nombre de termes (10 par défaut).</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Voir aussi :</translation>
    </message>
    <message>
        <source>Signs in to the hub and syncs the profile once: the uploads waiting are sent (every one tried again now), then the hub&apos;s changes are pulled. The password comes from OPEN211_PASSWORD, else from standard input.</source>
        <translation>Se connecte au carrefour et synchronise le profil une fois : les téléversements en attente sont envoyés (chacun réessayé maintenant), puis les modifications du carrefour sont reçues. Le mot de passe vient de OPEN211_PASSWORD, sinon de l’entrée standard.</translation>
    </message>
    <message>
        <source>The hub&apos;s address, e.g. https://hub.example.org.</source>
        <translation>L’adresse du carrefour, p. ex. https://carrefour.example.org.</translation>
    </message>
    <message>
        <source>Your user name on the hub.</source>
        <translation>Votre nom d’utilisateur sur le carrefour.</translation>
    </message>
    <message>
        <source>A PEM file of the certificate authorities to trust for the hub (default: the system&apos;s).</source>
        <translation>Un fichier PEM des autorités de certification auxquelles se fier pour le carrefour (par défaut : celles du système).</translation>
    </message>
    <message>
        <source>sync needs --hub URL and --user NAME.</source>
        <translation>sync demande --hub URL et --user NOM.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 does not exist.</source>
        <translation>Le fichier des autorités de certification %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2 : </translation>
    </message>
    <message>
        <source>No password given: set OPEN211_PASSWORD or type it when asked.</source>
        <translation>Aucun mot de passe fourni : définissez OPEN211_PASSWORD ou tapez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Syncing…</source>
        <translation>Connecté à %1 en tant que %2. Synchronisation…</translation>
    </message>
    <message>
        <source>Pulled: %1</source>
        <translation>Reçus : %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Supprimés : %1</translation>
    </message>
    <message>
        <source>Pushed: %1</source>
        <translation>Envoyés : %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflits : %1</translation>
    </message>
    <message>
        <source>Refused by the hub: %1</source>
        <translation>Refusés par le carrefour : %1</translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation>Octets : %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Sync finished in %1 s.</source>
        <translation>Synchronisation terminée en %1 s.</translation>
    </message>
    <message>
        <source>Usage: open211 [--data-dir DIR] [--lang en|fr] [COMMAND] [ARGS]

Without a command, opens the workstation (on a new profile, with demo data).

Commands:
  import FILE                 import HSDS 3 JSON or an HSDS CSV data package
  import-taxonomy FILE        import a taxonomy CSV
  export --hsds-json FILE     export the resources as HSDS 3 JSON
  demo [--services N] [--seed S]  generate demo data
  info                        what the profile holds
  search QUERY [--near PLACE] [--radius KM] [--taxonomy CODE] [--language CODE] [--age N]
         [--open-at ISO-DATETIME | --open-now] [--free] [--accessible] [--limit N] [--json]
  taxonomy QUERY [--json]     find taxonomy terms by name, code or use reference
  sync --hub URL --user NAME [--ca-bundle FILE]
                              sign in to the hub and sync once (password from
                              OPEN211_PASSWORD, else asked for)

Global options:
  --data-dir DIR   the profile folder (default: %1)
  --lang en|fr     the language of the interface
  --screenshots OUT  render the screens in English and French to PNG files in OUT
  --version        print the version
</source>
        <translation>Utilisation : open211 [--data-dir DOSSIER] [--lang en|fr] [COMMANDE] [ARGUMENTS]

Sans commande, ouvre le poste de travail (avec des données de démonstration s’il s’agit d’un nouveau profil).

Commandes :
  import FICHIER              importer du JSON HSDS 3 ou un paquet de données CSV HSDS
  import-taxonomy FICHIER     importer une taxonomie CSV
  export --hsds-json FICHIER  exporter les ressources en JSON HSDS 3
  demo [--services N] [--seed S]  générer des données de démonstration
  info                        afficher le contenu du profil
  search QUERY [--near PLACE] [--radius KM] [--taxonomy CODE] [--language CODE] [--age N]
         [--open-at ISO-DATETIME | --open-now] [--free] [--accessible] [--limit N] [--json]
  taxonomy QUERY [--json]     trouver des termes de la taxonomie par nom, code ou renvoi
  sync --hub URL --user NOM [--ca-bundle FICHIER]
                              se connecter au carrefour et synchroniser une fois (mot de
                              passe tiré de OPEN211_PASSWORD, sinon demandé)

Options globales :
  --data-dir DOSSIER     le dossier du profil (par défaut : %1)
  --lang en|fr           la langue de l’interface
  --screenshots DOSSIER  produire les écrans en anglais et en français sous forme de fichiers PNG dans DOSSIER
  --version              afficher la version
</translation>
    </message>
    <message>
        <source>Uploads that name a caller stay here: %1</source>
        <translation>Les envois qui nomment un appelant restent ici : %1</translation>
    </message>
</context>
</TS>
