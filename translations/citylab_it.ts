<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>citylab::AgreementDetailPanel</name>
    <message>
        <source>Select an agreement to see its details.</source>
        <translation>Seleziona un accordo per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation>Preavviso di rinnovo</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before it ends</source>
        <translation>
            <numerusform>%n giorno prima della scadenza</numerusform>
            <numerusform>%n giorni prima della scadenza</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Besides the City, no party is recorded.</source>
        <translation>Oltre alla Città, nessuna parte registrata.</translation>
    </message>
</context>
<context>
    <name>citylab::AgreementTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
</context>
<context>
    <name>citylab::AgreementsView</name>
    <message>
        <source>Filter by title, kind, status, experiment, party or protocol</source>
        <translation>Filtra per titolo, tipo, stato, sperimentazione, parte o protocollo</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuovo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accordo</numerusform>
            <numerusform>%n accordi</numerusform>
        </translation>
    </message>
    <message>
        <source>agreements.csv</source>
        <translation>accordi.csv</translation>
    </message>
    <message>
        <source>New Agreement</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
</context>
<context>
    <name>citylab::Attachments</name>
    <message>
        <source>%1 is too large to keep in the database (%2; at most %3).</source>
        <translation>%1 è troppo grande per essere conservato nel database (%2; al massimo %3).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>L&apos;allegato non esiste più.</translation>
    </message>
    <message>
        <source>The attachment %1 is damaged: its content does not match its SHA-256.</source>
        <translation>L&apos;allegato %1 è danneggiato: il contenuto non corrisponde al suo SHA-256.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>citylab::BulkInsert</name>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossibile scrivere in %1: %2</translation>
    </message>
</context>
<context>
    <name>citylab::CommandLine</name>
    <message>
        <source>The CityLab database file.</source>
        <translation>Il file di database di CityLab.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language of messages: it or en.</source>
        <translation>Lingua dei messaggi: it o en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LINGUA</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;</source>
        <translation>comando sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Creates a realistic, deterministic demo database of Turin experiments.</source>
        <translation>Crea un database dimostrativo, realistico e riproducibile, di sperimentazioni a Torino.</translation>
    </message>
    <message>
        <source>Random seed (default 1): the same seed gives the same data.</source>
        <translation>Seme casuale (predefinito 1): lo stesso seme dà gli stessi dati.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Size: 60 experiments and about 100 zones per unit (default 1).</source>
        <translation>Dimensione: 60 sperimentazioni e circa 100 zone per unità (predefinito 1).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The day the data is relative to (default today).</source>
        <translation>Il giorno a cui si riferiscono i dati (predefinito oggi).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Sostituisce FILE se esiste.</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number, not &apos;%1&apos;</source>
        <translation>demo: --seed deve essere un numero intero, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo: --scale must be a whole number from 1 to 1000, not &apos;%1&apos;</source>
        <translation>demo: --scale deve essere un numero intero da 1 a 1000, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo: --today must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>demo: --today deve essere una data nella forma AAAA-MM-GG, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Created %1 in %2 s: %3 experiments, %4 zones, %5 organizations, %6 measurements.</source>
        <translation>Creato %1 in %2 s: %3 sperimentazioni, %4 zone, %5 organizzazioni, %6 misure.</translation>
    </message>
    <message>
        <source>Checks a CityLab database without changing it.</source>
        <translation>Verifica un database di CityLab senza modificarlo.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this CityLab: %2)</source>
        <translation>Versione dello schema: %1 (questo CityLab: %2)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Righe:</translation>
    </message>
    <message>
        <source>Healthy: integrity, references and indexes are all correct.</source>
        <translation>Integro: integrità, riferimenti e indici sono tutti corretti.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problema trovato:</numerusform>
            <numerusform>%n problemi trovati:</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: citylab [--db FILE] [--lang it|en] [--screenshot DIR]
       citylab VERB [options]

Without a verb, citylab opens the window.

Verbs:
  demo    create a demo database of Turin experiments
  check   check a database: integrity, references, schema version, row counts
  deadlines  list overdue and coming deadlines: requests, agreements, follow-ups
  help    show this help

Run &apos;citylab VERB --help&apos; for the options of a verb.
Exit status: 0 success, 1 bad input or data, 2 wrong usage.
</source>
        <translation>Uso: citylab [--db FILE] [--lang it|en] [--screenshot CARTELLA]
     citylab COMANDO [opzioni]

Senza comando, citylab apre la finestra.

Comandi:
  demo       crea un database dimostrativo di sperimentazioni a Torino
  check      verifica un database: integrità, riferimenti, versione dello schema, numero di righe
  deadlines  elenca le scadenze superate e imminenti: istanze, accordi, richiami
  help       mostra questo aiuto

Esegui &apos;citylab COMANDO --help&apos; per le opzioni di un comando.
Codice di uscita: 0 riuscito, 1 dati o input errati, 2 uso errato.
</translation>
    </message>
    <message>
        <source>Lists what must be chased, soonest first: regulatory requests overdue or due soon, agreements inside their renewal notice, follow-ups, and experiments stuck in a stage.</source>
        <translation>Elenca ciò che va sollecitato, dal più urgente: istanze scadute o in scadenza, accordi nel periodo di preavviso per il rinnovo, richiami dei contatti e sperimentazioni ferme in una fase.</translation>
    </message>
    <message>
        <source>The day to count from (default today).</source>
        <translation>Il giorno da cui contare (predefinito oggi).</translation>
    </message>
    <message>
        <source>How far ahead to look, in days (default 30). Overdue items are always listed.</source>
        <translation>Quanti giorni guardare avanti (predefinito 30). Le scadenze superate sono sempre elencate.</translation>
    </message>
    <message>
        <source>text (default) or csv.</source>
        <translation>text (predefinito) o csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>deadlines: --on must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>deadlines: --on deve essere una data nella forma AAAA-MM-GG, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deadlines: --days must be a whole number of days, not &apos;%1&apos;</source>
        <translation>deadlines: --days deve essere un numero intero di giorni, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deadlines: --format must be text or csv, not &apos;%1&apos;</source>
        <translation>deadlines: --format deve essere text o csv, non &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due within %n day(s).</source>
        <translation>
            <numerusform>Nessuna scadenza entro %n giorno.</numerusform>
            <numerusform>Nessuna scadenza entro %n giorni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>scaduta da %n giorno</numerusform>
            <numerusform>scaduta da %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>scade oggi</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Istanza</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: argomento inatteso &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --db FILE is required</source>
        <translation>%1: serve --db FILE</translation>
    </message>
</context>
<context>
    <name>citylab::DemoDatabase</name>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 esiste già; aggiungi --force per sostituirlo.</translation>
    </message>
    <message>
        <source>Cannot write the demo data to %1: %2</source>
        <translation>Impossibile scrivere i dati dimostrativi in %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the new database to %1.</source>
        <translation>Impossibile spostare il nuovo database in %1.</translation>
    </message>
</context>
<context>
    <name>citylab::DemoGenerator</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
</context>
<context>
    <name>citylab::DetailPanel</name>
    <message>
        <source>Change history</source>
        <translation>Storia delle modifiche</translation>
    </message>
    <message>
        <source>No changes since the record was created or imported.</source>
        <translation>Nessuna modifica da quando il record è stato creato o importato.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Impossibile aprire il documento</translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentCardDelegate</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in the stage</comment>
        <translation>
            <numerusform>%n g</numerusform>
            <numerusform>%n g</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentDetailPanel</name>
    <message>
        <source>Select an experiment to see its details.</source>
        <translation>Seleziona una sperimentazione per vederne i dettagli.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 dal %2</translation>
    </message>
    <message>
        <source>Lead organization</source>
        <translation>Organizzazione capofila</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Technology readiness</source>
        <translation>Maturità tecnologica</translation>
    </message>
    <message>
        <source>TRL %1</source>
        <translation>TRL %1</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Manager&apos;s act (determina)</source>
        <translation>Determina dirigenziale</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposta il</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inizio previsto</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>No partners besides the lead organization.</source>
        <translation>Nessun partner oltre al capofila.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>No zones yet.</source>
        <translation>Ancora nessuna zona.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s), active from %1 to %2</source>
        <translation>
            <numerusform>%n zona, attiva dal %1 al %2</numerusform>
            <numerusform>%n zone, attive dal %1 al %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Ancora nessun accordo.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Regulatory requests</source>
        <translation>Istanze alle autorità</translation>
    </message>
    <message>
        <source>No regulatory requests yet.</source>
        <translation>Ancora nessuna istanza.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Pipeline history</source>
        <translation>Storia del percorso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Contacts log</source>
        <translation>Registro dei contatti</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Nessun contatto registrato.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s), the last on %1</source>
        <translation>
            <numerusform>%n contatto, il %1</numerusform>
            <numerusform>%n contatti, l&apos;ultimo il %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>No documents attached.</source>
        <translation>Nessun documento allegato.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunto il</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>No metrics measured yet.</source>
        <translation>Ancora nessun indicatore misurato.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ultimo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentPipeline</name>
    <message>
        <source>The experiment no longer exists.</source>
        <translation>La sperimentazione non esiste più.</translation>
    </message>
    <message>
        <source>The experiment is already in %1.</source>
        <translation>La sperimentazione è già nella fase %1.</translation>
    </message>
    <message>
        <source>%1 is a final stage: the experiment cannot move any more.</source>
        <translation>%1 è una fase finale: la sperimentazione non può più spostarsi.</translation>
    </message>
    <message>
        <source>%1 cannot be skipped: the experiment must go through it before %2.</source>
        <translation>La fase %1 non si può saltare: la sperimentazione deve passarci prima di %2.</translation>
    </message>
    <message>
        <source>An experiment does not go back from %1 to %2.</source>
        <translation>Una sperimentazione non torna indietro da %1 a %2.</translation>
    </message>
    <message>
        <source>An experiment in %1 cannot be %2.</source>
        <translation>Una sperimentazione nella fase %1 non può essere %2.</translation>
    </message>
    <message>
        <source>The date of the move is missing.</source>
        <translation>Manca la data del passaggio.</translation>
    </message>
    <message>
        <source>The date of the move (%1) is in the future.</source>
        <translation>La data del passaggio (%1) è nel futuro.</translation>
    </message>
    <message>
        <source>The date of the move (%1) is before the experiment entered %2 (%3).</source>
        <translation>La data del passaggio (%1) precede l&apos;ingresso nella fase %2 (%3).</translation>
    </message>
    <message>
        <source>No manager&apos;s act (determina) approves the experiment yet: record its number first.</source>
        <translation>Nessuna determina dirigenziale approva ancora la sperimentazione: registrane prima il numero.</translation>
    </message>
    <message>
        <source>No signed experimentation agreement.</source>
        <translation>Nessun accordo di sperimentazione firmato.</translation>
    </message>
    <message>
        <source>No signed experimentation agreement valid on %1.</source>
        <translation>Nessun accordo di sperimentazione firmato valido il %1.</translation>
    </message>
    <message>
        <source>%1 from %2 is %3 (%4).</source>
        <translation>%1 di %2: %3 (%4).</translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentTableModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Nella fase dal</translation>
    </message>
    <message>
        <source>Lead organization</source>
        <translation>Organizzazione capofila</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentsView</name>
    <message>
        <source>Filter by code, title, organization or officer</source>
        <translation>Filtra per codice, titolo, organizzazione o referente</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tutti gli ambiti</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n sperimentazione</numerusform>
            <numerusform>%n sperimentazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>experiments.csv</source>
        <translation>sperimentazioni.csv</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuova…</translation>
    </message>
    <message>
        <source>Record a new experiment proposal</source>
        <translation>Registra una nuova proposta di sperimentazione</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>New Experiment</source>
        <translation>Nuova sperimentazione</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Registra contatto…</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nuovo accordo…</translation>
    </message>
    <message>
        <source>Log a Contact about %1</source>
        <translation>Registra un contatto su %1</translation>
    </message>
    <message>
        <source>Experimentation agreement %1</source>
        <translation>Accordo di sperimentazione %1</translation>
    </message>
    <message>
        <source>New Agreement for %1</source>
        <translation>Nuovo accordo per %1</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Allega file…</translation>
    </message>
    <message>
        <source>Keep a document (signed agreement, authorization, report) with the experiment</source>
        <translation>Conserva un documento (accordo firmato, autorizzazione, relazione) con la sperimentazione</translation>
    </message>
    <message>
        <source>Attach a Document</source>
        <translation>Allega un documento</translation>
    </message>
    <message>
        <source>Cannot attach the document</source>
        <translation>Impossibile allegare il documento</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tutti i referenti</translation>
    </message>
    <message>
        <source>All lead organizations</source>
        <translation>Tutti i capofila</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Modifica contatto</translation>
    </message>
    <message>
        <source>Running any day</source>
        <translation>In corso in qualsiasi giorno</translation>
    </message>
    <message>
        <source>Only experiments planned to run on this day</source>
        <translation>Solo le sperimentazioni previste in corso in questo giorno</translation>
    </message>
</context>
<context>
    <name>citylab::FieldLabels</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Nella fase dal</translation>
    </message>
    <message>
        <source>Technology readiness (TRL)</source>
        <translation>Maturità tecnologica (TRL)</translation>
    </message>
    <message>
        <source>Lead organization</source>
        <translation>Organizzazione capofila</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Manager&apos;s act (determina)</source>
        <translation>Determina dirigenziale</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposta il</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inizio previsto</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Indirizzo PEC</translation>
    </message>
    <message>
        <source>Statutory answer days</source>
        <translation>Giorni di legge per la risposta</translation>
    </message>
    <message>
        <source>Clock restarts after an integration</source>
        <translation>Il termine riparte dopo un&apos;integrazione</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Renewal notice (days)</source>
        <translation>Preavviso di rinnovo (giorni)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <source>Statutory days</source>
        <translation>Giorni di legge</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decisa il</translation>
    </message>
    <message>
        <source>Decision and conditions</source>
        <translation>Decisione e prescrizioni</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Richiamo il</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Richiamo fatto</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Attiva dal</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Attiva fino al</translation>
    </message>
    <message>
        <source>Maximum height (m)</source>
        <translation>Altezza massima (m)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Circoscrizione</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità di misura</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometria</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Required before going live</source>
        <translation>Necessaria prima dell&apos;avvio</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Regulatory request</source>
        <translation>Istanza</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome del file</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
</context>
<context>
    <name>citylab::GuiLauncher</name>
    <message>
        <source>CityLab: experiment zones, cases and outcomes of a city lab.</source>
        <translation>CityLab: zone, pratiche e risultati delle sperimentazioni di un city lab.</translation>
    </message>
    <message>
        <source>Open this database file (created if missing).</source>
        <translation>Apre questo file di database (creato se manca).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language: it or en (default: the system&apos;s).</source>
        <translation>Lingua: it o en (predefinita: quella del sistema).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LINGUA</translation>
    </message>
    <message>
        <source>Save a PNG of every main view into DIR, print the paths and quit.</source>
        <translation>Salva un PNG di ogni vista principale in DIR, stampa i percorsi ed esce.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>--lang must be it or en, not &apos;%1&apos;</source>
        <translation>--lang deve essere it o en, non &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>citylab::MainWindow</name>
    <message>
        <source>Experiments</source>
        <translation>Sperimentazioni</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nuovo database…</translation>
    </message>
    <message>
        <source>New &amp;Demo Database…</source>
        <translation>Nuovo database &amp;dimostrativo…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Chiudi database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About CityLab</source>
        <translation>&amp;Informazioni su CityLab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Nessun database aperto</translation>
    </message>
    <message>
        <source>%1 · %2 experiments · %3 zones</source>
        <translation>%1 · %2 sperimentazioni · %3 zone</translation>
    </message>
    <message>
        <source>CityLab databases (*.citylab)</source>
        <translation>Database di CityLab (*.citylab)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>CityLab databases (*.citylab);;All files (*)</source>
        <translation>Database di CityLab (*.citylab);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <source>city-lab.citylab</source>
        <translation>city-lab.citylab</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Impossibile creare il database</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 esiste già. Aprilo, oppure scegli un altro nome.</translation>
    </message>
    <message>
        <source>New Demo Database</source>
        <translation>Nuovo database dimostrativo</translation>
    </message>
    <message>
        <source>demo.citylab</source>
        <translation>demo.citylab</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Creazione del database dimostrativo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>Impossibile creare il database dimostrativo</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Nessun database recente</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Svuota elenco</translation>
    </message>
    <message>
        <source>About CityLab</source>
        <translation>Informazioni su CityLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityLab %1&lt;/h3&gt;&lt;p&gt;Experiment zones, cases and outcomes of a city&apos;s open-air laboratory: partnership agreements, regulatory requests and their deadlines, in one local database.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CityLab %1&lt;/h3&gt;&lt;p&gt;Zone, pratiche e risultati delle sperimentazioni del laboratorio a cielo aperto di una città: accordi di collaborazione, istanze alle autorità e relative scadenze, in un unico database locale.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Cerca…</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Esporta tabella in CSV…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Esporta tabella in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n riga esportata in %1</numerusform>
            <numerusform>%n righe esportate in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>Impossibile esportare la tabella</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Istanze</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
</context>
<context>
    <name>citylab::Migrations</name>
    <message>
        <source>Cannot start the upgrade to schema version %1: %2</source>
        <translation>Impossibile avviare l&apos;aggiornamento alla versione %1 dello schema: %2</translation>
    </message>
    <message>
        <source>Upgrade to schema version %1 failed: %2</source>
        <translation>L&apos;aggiornamento alla versione %1 dello schema non è riuscito: %2</translation>
    </message>
    <message>
        <source>Upgrade to schema version %1 could not be saved: %2</source>
        <translation>Impossibile salvare l&apos;aggiornamento alla versione %1 dello schema: %2</translation>
    </message>
</context>
<context>
    <name>citylab::OrganizationDetailPanel</name>
    <message>
        <source>Select an organization to see its details.</source>
        <translation>Seleziona un&apos;organizzazione per vederne i dettagli.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Indirizzo PEC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Statutory answer time</source>
        <translation>Termine di legge per la risposta</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>After an integration request</source>
        <translation>Dopo una richiesta di integrazione</translation>
    </message>
    <message>
        <source>the clock restarts from zero</source>
        <translation>il termine riparte da zero</translation>
    </message>
    <message>
        <source>the clock resumes</source>
        <translation>il termine riprende a decorrere</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Istanze ricevute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Ancora nessun contatto.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Sperimentazioni</translation>
    </message>
    <message>
        <source>Not involved in any experiment.</source>
        <translation>Non partecipa ad alcuna sperimentazione.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
</context>
<context>
    <name>citylab::OrganizationDetails</name>
    <message>
        <source>Lead</source>
        <translation>Capofila</translation>
    </message>
</context>
<context>
    <name>citylab::OrganizationMerge</name>
    <message>
        <source>An organization cannot be merged into itself.</source>
        <translation>Un&apos;organizzazione non può essere unita a se stessa.</translation>
    </message>
    <message>
        <source>One of the organizations no longer exists.</source>
        <translation>Una delle organizzazioni non esiste più.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
</context>
<context>
    <name>citylab::OrganizationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Indirizzo PEC</translation>
    </message>
    <message>
        <source>Answer days</source>
        <translation>Giorni per la risposta</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Experiments led</source>
        <translation>Sperimentazioni guidate</translation>
    </message>
</context>
<context>
    <name>citylab::OrganizationsView</name>
    <message>
        <source>Filter by name, kind, city or PEC address</source>
        <translation>Filtra per nome, tipo, città o indirizzo PEC</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organizzazione</numerusform>
            <numerusform>%n organizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>organizations.csv</source>
        <translation>organizzazioni.csv</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuova…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Aggiungi contatto…</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Unisci a…</translation>
    </message>
    <message>
        <source>Merge this organization, a duplicate, into another one</source>
        <translation>Unisci questa organizzazione, un doppione, a un&apos;altra</translation>
    </message>
    <message>
        <source>Merge Organizations</source>
        <translation>Unisci organizzazioni</translation>
    </message>
    <message>
        <source>Merge “%1” into the organization that stays:</source>
        <translation>Unisci «%1» all&apos;organizzazione che resta:</translation>
    </message>
    <message>
        <source>Every contact, experiment, agreement, request and contact log of “%1” will move to “%2”, and “%1” will be deleted. The change log keeps every step, but the merge cannot be undone with Ctrl+Z.</source>
        <translation>Contatti, sperimentazioni, accordi, istanze e registro dei contatti di «%1» passeranno a «%2», e «%1» sarà eliminata. Il registro delle modifiche conserva ogni passaggio, ma l&apos;unione non si può annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Impossibile unire</translation>
    </message>
</context>
<context>
    <name>citylab::PipelineBoard</name>
    <message>
        <source>Filter cards by code, title, organization or officer</source>
        <translation>Filtra le schede per codice, titolo, organizzazione o referente</translation>
    </message>
    <message>
        <source>&amp;Date of moves:</source>
        <translation>&amp;Data dei passaggi:</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tutti gli ambiti</translation>
    </message>
    <message>
        <source>Drag a card to another column to move the experiment; double-click to open it.</source>
        <translation>Trascina una scheda in un&apos;altra colonna per spostare la sperimentazione; doppio clic per aprirla.</translation>
    </message>
    <message>
        <source>Move refused</source>
        <translation>Passaggio rifiutato</translation>
    </message>
    <message>
        <source>%1 cannot move to %2:</source>
        <translation>%1 non può passare alla fase %2:</translation>
    </message>
</context>
<context>
    <name>citylab::RecordEdit</name>
    <message>
        <source>The record no longer exists (it may have been deleted meanwhile).</source>
        <translation>Il record non esiste più (potrebbe essere stato eliminato nel frattempo).</translation>
    </message>
</context>
<context>
    <name>citylab::RecordEditDialog</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modificato nel frattempo</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Tieni i miei</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Tieni i loro</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuovo record</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 while you were editing it:</source>
        <translation>%1 ha modificato questo record il %2 mentre lo stavi modificando:</translation>
    </message>
    <message>
        <source>• %1: theirs “%2”, yours “%3”</source>
        <translation>• %1: il loro «%2», il tuo «%3»</translation>
    </message>
    <message>
        <source>Which values do you want to keep?</source>
        <translation>Quali valori vuoi tenere?</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>citylab::RecordForm</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 è obbligatorio.</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Inserisci un numero intero da %1 a %2.</translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation>%1 è precedente a %2.</translation>
    </message>
</context>
<context>
    <name>citylab::RecordTable</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>citylab::RequestDetailPanel</name>
    <message>
        <source>Select a regulatory request to see its procedure.</source>
        <translation>Seleziona un&apos;istanza per vederne il procedimento.</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Indirizzo PEC</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Required before going live</source>
        <translation>Necessaria prima dell&apos;avvio</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Statutory answer time</source>
        <translation>Termine di legge per la risposta</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <source>Suspended since</source>
        <translation>Sospesa dal</translation>
    </message>
    <message numerus="yes">
        <source>%1, waiting for the integration; %n day(s) left when it arrives</source>
        <translation>
            <numerusform>%1, in attesa dell&apos;integrazione; all&apos;arrivo resterà %n giorno</numerusform>
            <numerusform>%1, in attesa dell&apos;integrazione; all&apos;arrivo resteranno %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decisa il</translation>
    </message>
    <message>
        <source>Decision and conditions</source>
        <translation>Decisione e prescrizioni</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Not submitted yet.</source>
        <translation>Non ancora presentata.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Text of the request</source>
        <translation>Testo dell&apos;istanza</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) kept.</source>
        <translation>
            <numerusform>%n revisione conservata.</numerusform>
            <numerusform>%n revisioni conservate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation>Ancora nessun testo.</translation>
    </message>
</context>
<context>
    <name>citylab::RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decisa il</translation>
    </message>
</context>
<context>
    <name>citylab::RequestWorkflow</name>
    <message>
        <source>The request no longer exists.</source>
        <translation>L&apos;istanza non esiste più.</translation>
    </message>
    <message>
        <source>The request is %1: its procedure is closed.</source>
        <translation>L&apos;istanza è %1: il procedimento è chiuso.</translation>
    </message>
    <message>
        <source>A request that is %1 cannot become %2.</source>
        <translation>Un&apos;istanza %1 non può diventare %2.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Manca la data.</translation>
    </message>
    <message>
        <source>The date (%1) is in the future.</source>
        <translation>La data (%1) è nel futuro.</translation>
    </message>
    <message>
        <source>The date (%1) is before the last step of the request (%2).</source>
        <translation>La data (%1) precede l&apos;ultimo passaggio dell&apos;istanza (%2).</translation>
    </message>
    <message>
        <source>The request has no subject.</source>
        <translation>L&apos;istanza non ha un oggetto.</translation>
    </message>
    <message>
        <source>The authority of the request cannot be read.</source>
        <translation>Impossibile leggere l&apos;autorità dell&apos;istanza.</translation>
    </message>
</context>
<context>
    <name>citylab::RequestsView</name>
    <message>
        <source>Filter by reference, subject, authority or experiment</source>
        <translation>Filtra per riferimento, oggetto, autorità o sperimentazione</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuova…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>Passaggio successivo…</translation>
    </message>
    <message>
        <source>Record that the request was submitted, suspended, resubmitted or decided</source>
        <translation>Registra che l&apos;istanza è stata presentata, sospesa, ripresentata o decisa</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n istanza</numerusform>
            <numerusform>%n istanze</numerusform>
        </translation>
    </message>
    <message>
        <source>requests.csv</source>
        <translation>istanze.csv</translation>
    </message>
    <message>
        <source>New Regulatory Request</source>
        <translation>Nuova istanza</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
</context>
<context>
    <name>citylab::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search experiments, organizations, people, agreements, requests, contacts, zones…</source>
        <translation>Cerca sperimentazioni, organizzazioni, persone, accordi, istanze, contatti, zone…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Where the words are</source>
        <translation>Dove compaiono le parole</translation>
    </message>
    <message>
        <source>Type a few letters of a code, a name or a word.</source>
        <translation>Scrivi qualche lettera di un codice, di un nome o di una parola.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nessun risultato per «%1».</translation>
    </message>
    <message>
        <source>Enter opens the selected record; arrows move between results.</source>
        <translation>Invio apre il record selezionato; le frecce scorrono i risultati.</translation>
    </message>
</context>
<context>
    <name>citylab::SearchIndex</name>
    <message numerus="yes">
        <source>Experiments (%n)</source>
        <translation>
            <numerusform>Sperimentazioni (%n)</numerusform>
            <numerusform>Sperimentazioni (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organizations (%n)</source>
        <translation>
            <numerusform>Organizzazioni (%n)</numerusform>
            <numerusform>Organizzazioni (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>Persone (%n)</numerusform>
            <numerusform>Persone (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements (%n)</source>
        <translation>
            <numerusform>Accordi (%n)</numerusform>
            <numerusform>Accordi (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regulatory requests (%n)</source>
        <translation>
            <numerusform>Istanze alle autorità (%n)</numerusform>
            <numerusform>Istanze alle autorità (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts log (%n)</source>
        <translation>
            <numerusform>Registro dei contatti (%n)</numerusform>
            <numerusform>Registro dei contatti (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zones (%n)</source>
        <translation>
            <numerusform>Zone (%n)</numerusform>
            <numerusform>Zone (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::StatusChangeDialog</name>
    <message>
        <source>Next Step of %1</source>
        <translation>Passaggio successivo di %1</translation>
    </message>
    <message>
        <source>e.g. PEC protocol number, conditions of the decision</source>
        <translation>ad es. protocollo della PEC, prescrizioni della decisione</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>Stato attuale:</translation>
    </message>
    <message>
        <source>&amp;Next status:</source>
        <translation>Stato &amp;successivo:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Il:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>The procedure of this request is closed: no further step.</source>
        <translation>Il procedimento di questa istanza è chiuso: nessun altro passaggio.</translation>
    </message>
</context>
<context>
    <name>citylab::Store</name>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Impossibile creare %1: la cartella %2 non esiste.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation>Impossibile creare %1: la cartella %2 è in sola lettura.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CityLab database.</source>
        <translation>%1 è una cartella, non un database di CityLab.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CityLab database: it is not an SQLite file (empty, damaged or of another kind). It was left unchanged.</source>
        <translation>%1 non è un database di CityLab: non è un file SQLite (è vuoto, danneggiato o di altro tipo). Non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is not a CityLab database: it is an SQLite database of another application. It was left unchanged.</source>
        <translation>%1 non è un database di CityLab: è un database SQLite di un&apos;altra applicazione. Non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk or folder: CityLab needs to write beside its database. Copy it to a writable folder and open the copy.</source>
        <translation>%1 si trova su un disco o in una cartella in sola lettura: CityLab deve poter scrivere accanto al database. Copialo in una cartella scrivibile e apri la copia.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossibile usare %1: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: its journal cannot be switched to WAL mode.</source>
        <translation>Impossibile usare %1: il suo journal non può passare alla modalità WAL.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer CityLab (schema version %2; this one knows up to %3). It was left unchanged.</source>
        <translation>%1 è stato creato da una versione più recente di CityLab (schema %2; questa arriva fino al %3). Non è stato modificato.</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>Impossibile fare una copia di sicurezza di %1 prima dell&apos;aggiornamento: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Impossibile leggere le tabelle di %1: %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Nessun database è aperto.</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>Tabella %1 sconosciuta.</translation>
    </message>
    <message>
        <source>Unknown field %1 in %2.</source>
        <translation>Campo %1 sconosciuto in %2.</translation>
    </message>
    <message>
        <source>The id of a record cannot be set.</source>
        <translation>L&apos;id di un record non può essere impostato.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 è obbligatorio.</translation>
    </message>
    <message>
        <source>%1: this value is already used by another record.</source>
        <translation>%1: questo valore è già usato da un altro record.</translation>
    </message>
    <message>
        <source>The record refers to a record that does not exist, or is still referred to by other records.</source>
        <translation>Il record si riferisce a un record che non esiste, oppure altri record vi fanno ancora riferimento.</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>Impossibile salvare in %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the change in the change log: %1</source>
        <translation>Impossibile registrare la modifica nel registro delle modifiche: %1</translation>
    </message>
    <message>
        <source>The uuid of a record cannot change.</source>
        <translation>L&apos;uuid di un record non può cambiare.</translation>
    </message>
    <message>
        <source>The record no longer exists (it may have been deleted meanwhile).</source>
        <translation>Il record non esiste più (potrebbe essere stato eliminato nel frattempo).</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <source>%1: this value is not allowed.</source>
        <translation>%1: valore non ammesso.</translation>
    </message>
</context>
<context>
    <name>citylab::StoreCheck</name>
    <message>
        <source>Schema version %1 is older than %2: opening the file in CityLab upgrades it.</source>
        <translation>La versione %1 dello schema è precedente alla %2: aprendo il file in CityLab verrà aggiornato.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrità: %1</translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation>Controllo d&apos;integrità non riuscito: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing record in %3.</source>
        <translation>Tabella %1, riga %2: riferimento a un record mancante in %3.</translation>
    </message>
    <message>
        <source>Zone index: %1</source>
        <translation>Indice delle zone: %1</translation>
    </message>
    <message>
        <source>Zone index: %1 zones are missing from the map index.</source>
        <translation>Indice delle zone: %1 zone mancano dall&apos;indice della mappa.</translation>
    </message>
    <message>
        <source>Search index: %1 records of %2 are not indexed.</source>
        <translation>Indice di ricerca: %1 record di %2 non sono indicizzati.</translation>
    </message>
</context>
<context>
    <name>citylab::TodayView</name>
    <message>
        <source>Today, %1</source>
        <translation>Oggi, %1</translation>
    </message>
    <message>
        <source>&amp;Look ahead:</source>
        <translation>&amp;Guarda avanti:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Regulatory request</source>
        <translation>Istanza</translation>
    </message>
    <message>
        <source>Agreement to renew</source>
        <translation>Accordo da rinnovare</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Experiment stuck</source>
        <translation>Sperimentazione ferma</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>in ritardo di %n giorno</numerusform>
            <numerusform>in ritardo di %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Scadute (%n)</numerusform>
            <numerusform>Scadute (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>In scadenza entro %n giorno</numerusform>
            <numerusform>In scadenza entro %n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::Vocabulary</name>
    <message>
        <source>Drones</source>
        <translation>Droni</translation>
    </message>
    <message>
        <source>Autonomous mobility</source>
        <translation>Guida autonoma</translation>
    </message>
    <message>
        <source>5G and telecoms</source>
        <translation>5G e telecomunicazioni</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>Robotica</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>Servizi pubblici</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Istruttoria</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorizzazione</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclusa</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Valutata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Università</translation>
    </message>
    <message>
        <source>Research centre</source>
        <translation>Centro di ricerca</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Ente pubblico</translation>
    </message>
    <message>
        <source>Authority or regulator</source>
        <translation>Autorità o ente regolatore</translation>
    </message>
    <message>
        <source>Framework partnership</source>
        <translation>Accordo quadro</translation>
    </message>
    <message>
        <source>Experimentation agreement</source>
        <translation>Accordo di sperimentazione</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Condivisione dei dati</translation>
    </message>
    <message>
        <source>Non-disclosure agreement</source>
        <translation>Accordo di riservatezza</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Protocollo d&apos;intesa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation>In negoziazione</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Deroga</translation>
    </message>
    <message>
        <source>Simplification proposal</source>
        <translation>Proposta di semplificazione</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Parere</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Comunicazione</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentata</translation>
    </message>
    <message>
        <source>Integration requested</source>
        <translation>Integrazione richiesta</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Ripresentata</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accolta</translation>
    </message>
    <message>
        <source>Granted with conditions</source>
        <translation>Accolta con prescrizioni</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Più alto è meglio</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Più basso è meglio</translation>
    </message>
</context>
<context>
    <name>citylab::WelcomePage</name>
    <message>
        <source>No database is open</source>
        <translation>Nessun database è aperto</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Apri un database…</translation>
    </message>
    <message>
        <source>New empty database…</source>
        <translation>Nuovo database vuoto…</translation>
    </message>
    <message>
        <source>New demo database…</source>
        <translation>Nuovo database dimostrativo…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Database recenti</translation>
    </message>
</context>
</TS>
