<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>DeadlineExplanation</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
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
        <source>%n day(s) left</source>
        <translation>
            <numerusform>manca %n giorno</numerusform>
            <numerusform>mancano %n giorni</numerusform>
        </translation>
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
        <source>Suspended</source>
        <translation>Sospensione</translation>
    </message>
    <message numerus="yes">
        <source>from %1 to %2: %n day(s) not counted, waiting for the integration</source>
        <translation>
            <numerusform>dal %1 al %2: %n giorno non conteggiato, in attesa dell&apos;integrazione</numerusform>
            <numerusform>dal %1 al %2: %n giorni non conteggiati, in attesa dell&apos;integrazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since %1, waiting for the integration: the clock stands with %n day(s) left</source>
        <translation>
            <numerusform>dal %1, in attesa dell&apos;integrazione: il termine è fermo con %n giorno residuo</numerusform>
            <numerusform>dal %1, in attesa dell&apos;integrazione: il termine è fermo con %n giorni residui</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock restarted</source>
        <translation>Termine ripartito</translation>
    </message>
    <message>
        <source>on %1 the integration arrived, and this authority&apos;s rules start the clock again from zero</source>
        <translation>il %1 è arrivata l&apos;integrazione, e le regole di questo ente fanno ripartire il termine da zero</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termine</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n day(s) = %2</source>
        <translation>
            <numerusform>%1 + %n giorno = %2</numerusform>
            <numerusform>%1 + %n giorni = %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %2 + %n day(s) suspended = %3</source>
        <translation>
            <numerusform>%1 + %2 + %n giorno di sospensione = %3</numerusform>
            <numerusform>%1 + %2 + %n giorni di sospensione = %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a Sunday, so the term moves to the next working day, %2 (art. 2963 of the civil code).</source>
        <translation>%1 è domenica, quindi il termine slitta al primo giorno non festivo, %2 (art. 2963 del codice civile).</translation>
    </message>
    <message>
        <source>%1 is a public holiday (%2), so the term moves to the next working day, %3 (art. 2963 of the civil code).</source>
        <translation>%1 è festivo (%2), quindi il termine slitta al primo giorno non festivo, %3 (art. 2963 del codice civile).</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Slittamento</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
</context>
<context>
    <name>MeasurementCsvReader</name>
    <message>
        <source>the columns for time, value and metric are not all chosen</source>
        <translation>le colonne per data e ora, valore e indicatore non sono state scelte tutte</translation>
    </message>
    <message>
        <source>the chosen metric does not exist</source>
        <translation>l&apos;indicatore scelto non esiste</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where %1 are expected</source>
        <translation>
            <numerusform>%n campo dove ne sono attesi %1</numerusform>
            <numerusform>%n campi dove ne sono attesi %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;</source>
        <translation>indicatore &apos;%1&apos; sconosciuto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes/no value (0 or 1)</source>
        <translation>&apos;%1&apos; non è un valore sì/no (0 o 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; non è un numero</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number, as this metric requires</source>
        <translation>&apos;%1&apos; non è un numero intero, come richiede questo indicatore</translation>
    </message>
    <message>
        <source>unknown zone &apos;%1&apos;</source>
        <translation>zona &apos;%1&apos; sconosciuta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a comma, and commas also separate this file&apos;s fields, so it reads more than one way: save the file with &apos;;&apos; as separator, or with &apos;.&apos; as decimal mark and no thousands separator</source>
        <translation>&apos;%1&apos; contiene una virgola, e le virgole separano anche i campi di questo file, quindi si può leggere in più modi: salva il file con &apos;;&apos; come separatore, oppure con &apos;.&apos; come separatore decimale e senza separatore delle migliaia</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (dd/mm/yyyy or dd/mm/yy [HH:MM[:SS]], or ISO 8601)</source>
        <translation>&apos;%1&apos; non è una data (gg/mm/aaaa o gg/mm/aa [HH:MM[:SS]], oppure ISO 8601)</translation>
    </message>
    <message>
        <source>warning: &apos;%1&apos; does not exist in Rome (the clocks go forward an hour that night): read as an hour later, summer time</source>
        <translation>attenzione: &apos;%1&apos; a Roma non esiste (quella notte gli orologi vanno avanti di un&apos;ora): letto un&apos;ora dopo, ora legale</translation>
    </message>
    <message>
        <source>warning: &apos;%1&apos; happens twice in Rome (the clocks go back an hour that night): read as the first, summer time; give the offset (+01:00 or +02:00) to tell them apart</source>
        <translation>attenzione: &apos;%1&apos; a Roma capita due volte (quella notte gli orologi tornano indietro di un&apos;ora): letto come il primo, ora legale; indicare la differenza da UTC (+01:00 o +02:00) per distinguerli</translation>
    </message>
</context>
<context>
    <name>MeasurementImporter</name>
    <message>
        <source>Import cancelled.</source>
        <translation>Importazione annullata.</translation>
    </message>
    <message>
        <source>The file has rows that cannot be imported.</source>
        <translation>Il file contiene righe che non si possono importare.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 è vuoto.</translation>
    </message>
    <message>
        <source>%1 has no measurements: only a header.</source>
        <translation>%1 non contiene misure: solo l&apos;intestazione.</translation>
    </message>
    <message>
        <source>The experiment no longer exists (it was deleted meanwhile).</source>
        <translation>La sperimentazione non esiste più (è stata eliminata nel frattempo).</translation>
    </message>
    <message>
        <source>The zone %1 no longer exists (it was deleted meanwhile): nothing was imported.</source>
        <translation>La zona %1 non esiste più (è stata eliminata nel frattempo): non è stato importato nulla.</translation>
    </message>
    <message>
        <source>A metric of the file no longer exists (it was deleted meanwhile): nothing was imported.</source>
        <translation>Un indicatore del file non esiste più (è stato eliminato nel frattempo): non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1 was already imported into this experiment on %2 (the same content): nothing was imported again.</source>
        <translation>%1 è già stato importato in questa sperimentazione il %2 (lo stesso contenuto): non è stato importato di nuovo nulla.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: the import&apos;s batch was numbered %2, not %3.</source>
        <translation>Impossibile scrivere in %1: l&apos;importazione ha ricevuto il numero %2, non %3.</translation>
    </message>
</context>
<context>
    <name>MeasurementMappingMemory</name>
    <message>
        <source>The experiment has no lead organization to remember the columns for.</source>
        <translation>La sperimentazione non ha un ente capofila per cui ricordare le colonne.</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>The settings cannot be read: %1.</source>
        <translation>Impossibile leggere le impostazioni: %1.</translation>
    </message>
</context>
<context>
    <name>TacitDecisions</name>
    <message>
        <source>Tacit consent (silenzio-assenso)</source>
        <translation>Silenzio-assenso</translation>
    </message>
    <message>
        <source>Tacit refusal (silenzio-rigetto)</source>
        <translation>Silenzio-rigetto</translation>
    </message>
    <message>
        <source>No effect: an answer is needed</source>
        <translation>Nessun effetto: serve una risposta</translation>
    </message>
    <message>
        <source>The term ended on %1 without a decision: for this kind of request the authority&apos;s silence counts as consent (silenzio-assenso), so the request is granted unless the authority acts to annul it.</source>
        <translation>Il termine è scaduto il %1 senza una decisione: per questo tipo di istanza il silenzio dell&apos;amministrazione vale come assenso (silenzio-assenso), quindi l&apos;istanza è accolta salvo che l&apos;ente intervenga in autotutela.</translation>
    </message>
    <message>
        <source>The term ended on %1 without a decision: for this kind of request the authority&apos;s silence counts as a refusal (silenzio-rigetto), which can be appealed.</source>
        <translation>Il termine è scaduto il %1 senza una decisione: per questo tipo di istanza il silenzio dell&apos;amministrazione vale come rigetto (silenzio-rigetto), che si può impugnare.</translation>
    </message>
</context>
<context>
    <name>citylab::ActsSection</name>
    <message>
        <source>Acts</source>
        <translation>Atti</translation>
    </message>
    <message>
        <source>No acts recorded.</source>
        <translation>Nessun atto registrato.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Atto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Record an act…</source>
        <translation>Registra un atto…</translation>
    </message>
    <message>
        <source>New Act for %1</source>
        <translation>Nuovo atto per %1</translation>
    </message>
    <message>
        <source>Edit Act of %1</source>
        <translation>Modifica atto di %1</translation>
    </message>
    <message>
        <source>Remove act %1</source>
        <translation>Rimuovi l&apos;atto %1</translation>
    </message>
    <message>
        <source>Cannot remove the act</source>
        <translation>Impossibile rimuovere l&apos;atto</translation>
    </message>
    <message>
        <source>Cannot open the act</source>
        <translation>Impossibile aprire l&apos;atto</translation>
    </message>
    <message>
        <source>The act no longer exists, or belongs to another experiment.</source>
        <translation>L&apos;atto non esiste più, o appartiene a un&apos;altra sperimentazione.</translation>
    </message>
</context>
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
        <source>Open the experiment</source>
        <translation>Apri la sperimentazione</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Documento firmato</translation>
    </message>
    <message>
        <source>No signed copy attached yet.</source>
        <translation>Nessuna copia firmata ancora allegata.</translation>
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
    <name>citylab::Art36Application</name>
    <message>
        <source>The request no longer exists.</source>
        <translation>La richiesta non esiste più.</translation>
    </message>
    <message>
        <source>the holder of the experiment</source>
        <translation>il titolare della sperimentazione</translation>
    </message>
    <message>
        <source>the person in charge</source>
        <translation>il responsabile</translation>
    </message>
    <message numerus="yes">
        <source>the duration (at most %n month(s))</source>
        <translation>
            <numerusform>la durata (al massimo %n mese)</numerusform>
            <numerusform>la durata (al massimo %n mesi)</numerusform>
        </translation>
    </message>
    <message>
        <source>the aims</source>
        <translation>le finalità</translation>
    </message>
    <message>
        <source>the expected results</source>
        <translation>i risultati attesi</translation>
    </message>
    <message>
        <source>how the experiment is monitored</source>
        <translation>le modalità di monitoraggio</translation>
    </message>
    <message>
        <source>the risks and their mitigations</source>
        <translation>i rischi e le misure di mitigazione</translation>
    </message>
    <message>
        <source>the rules to be derogated (link them from Barriers)</source>
        <translation>le norme da derogare (collegale da Barriere)</translation>
    </message>
    <message>
        <source>the safeguards</source>
        <translation>le misure di salvaguardia</translation>
    </message>
    <message>
        <source>The art. 36 application lacks %1.</source>
        <translation>Nella domanda art. 36 mancano: %1.</translation>
    </message>
    <message>
        <source>A request cannot renew itself.</source>
        <translation>Una richiesta non può rinnovare se stessa.</translation>
    </message>
    <message>
        <source>The request to renew no longer exists.</source>
        <translation>La richiesta da rinnovare non esiste più.</translation>
    </message>
    <message>
        <source>%1 is not an art. 36 request: only those can be renewed this way.</source>
        <translation>%1 non è una richiesta art. 36: solo queste si rinnovano così.</translation>
    </message>
    <message>
        <source>%1 was not granted: only a granted experimentation can be renewed.</source>
        <translation>%1 non è stata accolta: si rinnova solo una sperimentazione autorizzata.</translation>
    </message>
    <message>
        <source>%1 is itself a renewal: art. 36 allows one renewal only.</source>
        <translation>%1 è già un rinnovo: l&apos;art. 36 consente un solo rinnovo.</translation>
    </message>
    <message>
        <source>%1 was already renewed by %2: art. 36 allows one renewal only.</source>
        <translation>%1 è già stata rinnovata con %2: l&apos;art. 36 consente un solo rinnovo.</translation>
    </message>
    <message>
        <source>%1 (%2) lies in an area art. 36 cannot derogate: %3.</source>
        <translation>%1 (%2) ricade in una materia che l&apos;art. 36 non consente di derogare: %3.</translation>
    </message>
    <message>
        <source>%1 (%2) has no area of law: set it on the barrier, so that a rule art. 36 cannot derogate is not asked for.</source>
        <translation>%1 (%2) non ha la materia indicata: impostala nella scheda della barriera, perché non si chieda di derogare una norma che l&apos;art. 36 non consente.</translation>
    </message>
</context>
<context>
    <name>citylab::Art36Section</name>
    <message>
        <source>Sperimentazione Italia (art. 36 DL 76/2020)</source>
        <translation>Sperimentazione Italia (art. 36 DL 76/2020)</translation>
    </message>
    <message>
        <source>What the law asks</source>
        <translation>Cosa chiede la norma</translation>
    </message>
    <message>
        <source>In this application</source>
        <translation>In questa domanda</translation>
    </message>
    <message>
        <source>Holder of the experiment</source>
        <translation>Titolare della sperimentazione</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Responsabile</translation>
    </message>
    <message numerus="yes">
        <source>Duration, at most %n month(s)</source>
        <translation>
            <numerusform>Durata, al massimo %n mese</numerusform>
            <numerusform>Durata, al massimo %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Risultati attesi</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <source>Risks and mitigations</source>
        <translation>Rischi e mitigazioni</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Misure di salvaguardia</translation>
    </message>
    <message>
        <source>Rules to be derogated</source>
        <translation>Norme da derogare</translation>
    </message>
    <message>
        <source>No rule linked yet: the application must name the rules it asks to set aside.</source>
        <translation>Nessuna norma collegata: la domanda deve indicare le norme di cui chiede la deroga.</translation>
    </message>
    <message>
        <source>(area of law not set)</source>
        <translation>(materia non indicata)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Rinnova</translation>
    </message>
    <message>
        <source>Renewed by</source>
        <translation>Rinnovata da</translation>
    </message>
    <message>
        <source>Authorized period</source>
        <translation>Periodo autorizzato</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Relazione finale</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>inviata il %1</translation>
    </message>
    <message>
        <source>due with the renewal, %1</source>
        <translation>dovuta con il rinnovo, %1</translation>
    </message>
    <message>
        <source>due on %1, not sent</source>
        <translation>dovuta entro il %1, non inviata</translation>
    </message>
    <message>
        <source>due on %1</source>
        <translation>dovuta entro il %1</translation>
    </message>
    <message>
        <source>It may be renewed once: a new art. 36 request that names this one in its application.</source>
        <translation>Si può rinnovare una sola volta: con una nuova richiesta art. 36 che indichi questa nella domanda.</translation>
    </message>
    <message>
        <source>It cannot be submitted until everything above is written and no rule lies in an area art. 36 cannot derogate.</source>
        <translation>Non si può presentare finché non è compilato tutto quanto sopra e finché una norma ricade in una materia che l&apos;art. 36 non consente di derogare.</translation>
    </message>
    <message>
        <source>Edit the application…</source>
        <translation>Modifica la domanda…</translation>
    </message>
    <message>
        <source>Link a rule to derogate…</source>
        <translation>Collega una norma da derogare…</translation>
    </message>
    <message>
        <source>Cannot open the application</source>
        <translation>Impossibile aprire la domanda</translation>
    </message>
    <message>
        <source>Art. 36 Application of %1</source>
        <translation>Domanda art. 36 di %1</translation>
    </message>
    <message>
        <source>Rule to Derogate in %1</source>
        <translation>Norma da derogare in %1</translation>
    </message>
    <message>
        <source>Unlink rule from %1</source>
        <translation>Scollega norma da %1</translation>
    </message>
    <message>
        <source>Cannot unlink the rule</source>
        <translation>Impossibile scollegare la norma</translation>
    </message>
    <message>
        <source>The rule is no longer linked to the request.</source>
        <translation>La norma non è più collegata alla richiesta.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>in an area art. 36 cannot derogate: %1</source>
        <translation>in una materia che l&apos;art. 36 non consente di derogare: %1</translation>
    </message>
    <message>
        <source>Renewal asked</source>
        <translation>Rinnovo chiesto</translation>
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
    <name>citylab::AutomaticBackups</name>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation>Impossibile creare la cartella delle copie di sicurezza %1.</translation>
    </message>
</context>
<context>
    <name>citylab::BackupActions</name>
    <message>
        <source>Today&apos;s backup of this database: %1</source>
        <translation>Copia di sicurezza di oggi di questo database: %1</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>Non è stato possibile fare la copia di sicurezza giornaliera: %1</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Copia di sicurezza del database…</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Ripristina da una copia di sic&amp;urezza…</translation>
    </message>
    <message>
        <source>%1 backup %2.citylab</source>
        <translation>%1 copia %2.citylab</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Copia di sicurezza del database</translation>
    </message>
    <message>
        <source>CityLab databases (*.citylab)</source>
        <translation>Database di CityLab (*.citylab)</translation>
    </message>
    <message>
        <source>Copying and checking %1…</source>
        <translation>Copia e verifica di %1 in corso…</translation>
    </message>
    <message>
        <source>Cannot back up the database</source>
        <translation>Impossibile fare la copia di sicurezza del database</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2), integrity checked.</source>
        <translation>Copia di sicurezza salvata in %1 (%2), integrità verificata.</translation>
    </message>
</context>
<context>
    <name>citylab::BackupCommands</name>
    <message>
        <source>Copies a CityLab database through SQLite&apos;s online backup, consistent even while other programs write to it, and checks the copy&apos;s integrity before putting it in place. --list shows the automatic daily backups CityLab keeps of it.</source>
        <translation>Copia un database di CityLab con il backup in linea di SQLite, coerente anche mentre altri programmi vi scrivono, e verifica l&apos;integrità della copia prima di metterla al suo posto. --list mostra le copie di sicurezza giornaliere che CityLab ne conserva.</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>La copia da scrivere.</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>List the automatic backups of the database instead.</source>
        <translation>Elenca invece le copie di sicurezza automatiche del database.</translation>
    </message>
    <message>
        <source>No automatic backups of %1 in %2.</source>
        <translation>Nessuna copia di sicurezza automatica di %1 in %2.</translation>
    </message>
    <message>
        <source>backup: --out COPY (or --list) is required</source>
        <translation>backup: serve --out COPIA (o --list)</translation>
    </message>
    <message>
        <source>%1 copied to %2 (%3), integrity checked.</source>
        <translation>%1 copiato in %2 (%3), integrità verificata.</translation>
    </message>
    <message>
        <source>Puts a backup&apos;s content back into a CityLab database. What the database held before is kept as a backup too (or, when it cannot be opened at all, renamed beside it), so a restore can be undone.</source>
        <translation>Riporta in un database di CityLab il contenuto di una copia di sicurezza. Quello che il database conteneva prima viene conservato come copia (oppure, se non si può aprire affatto, rinominato accanto a esso), così il ripristino si può annullare.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La copia di sicurezza da ripristinare.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>restore: --from BACKUP is required</source>
        <translation>restore: serve --from COPIA</translation>
    </message>
    <message>
        <source>%1 restored from %2; what it held before is kept in %3.</source>
        <translation>%1 ripristinato da %2; quello che conteneva prima è conservato in %3.</translation>
    </message>
    <message>
        <source>%1 restored from %2; the damaged file is kept as %3.</source>
        <translation>%1 ripristinato da %2; il file danneggiato è conservato come %3.</translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation>%1 ripristinato da %2.</translation>
    </message>
</context>
<context>
    <name>citylab::BarChart</name>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
</context>
<context>
    <name>citylab::BarrierDetailPanel</name>
    <message>
        <source>Unlink</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <source>Select a barrier to see the evidence gathered on it.</source>
        <translation>Seleziona una barriera per vedere le evidenze raccolte.</translation>
    </message>
    <message>
        <source>What the rule says</source>
        <translation>Che cosa dice la norma</translation>
    </message>
    <message>
        <source>What the derogation asks</source>
        <translation>Che cosa chiede la deroga</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation>Che cosa dicono le evidenze</translation>
    </message>
    <message>
        <source>Save the evidence report (PDF)…</source>
        <translation>Salva il rapporto sulle evidenze (PDF)…</translation>
    </message>
    <message>
        <source>Experiments that test it</source>
        <translation>Sperimentazioni che la mettono alla prova</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ancora nessuna.</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Link an experiment…</source>
        <translation>Collega una sperimentazione…</translation>
    </message>
    <message>
        <source>Outcomes against targets</source>
        <translation>Risultati rispetto agli obiettivi</translation>
    </message>
    <message>
        <source>No metric measures its effect yet.</source>
        <translation>Ancora nessun indicatore ne misura l&apos;effetto.</translation>
    </message>
    <message>
        <source>Metrics that measure its effect:</source>
        <translation>Indicatori che ne misurano l&apos;effetto:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Latest weekly mean</source>
        <translation>Ultima media settimanale</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non misurato</translation>
    </message>
    <message>
        <source>met</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>Link a metric…</source>
        <translation>Collega un indicatore…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <source>No incident recorded.</source>
        <translation>Nessun incidente registrato.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>Where the tests ran</source>
        <translation>Dove si sono svolte le prove</translation>
    </message>
    <message>
        <source>No track recorded.</source>
        <translation>Nessuna traccia registrata.</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracce</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Excursions</source>
        <translation>Sconfinamenti</translation>
    </message>
    <message>
        <source>Regulatory requests</source>
        <translation>Istanze alle autorità</translation>
    </message>
    <message>
        <source>No request linked.</source>
        <translation>Nessuna istanza collegata.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Istanza</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Tempi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) so far</source>
        <translation>
            <numerusform>%n giorno finora</numerusform>
            <numerusform>%n giorni finora</numerusform>
        </translation>
    </message>
    <message>
        <source>Link a request…</source>
        <translation>Collega un&apos;istanza…</translation>
    </message>
    <message>
        <source>Link an Experiment to %1</source>
        <translation>Collega una sperimentazione a %1</translation>
    </message>
    <message>
        <source>Link a Request to %1</source>
        <translation>Collega un&apos;istanza a %1</translation>
    </message>
    <message>
        <source>Link a Metric to %1</source>
        <translation>Collega un indicatore a %1</translation>
    </message>
    <message>
        <source>Unlink from %1</source>
        <translation>Scollega da %1</translation>
    </message>
    <message>
        <source>Cannot unlink</source>
        <translation>Impossibile scollegare</translation>
    </message>
    <message>
        <source>The link no longer exists.</source>
        <translation>Il collegamento non esiste più.</translation>
    </message>
    <message>
        <source>Save the Evidence Report</source>
        <translation>Salva il rapporto sulle evidenze</translation>
    </message>
    <message>
        <source>evidence-%1.pdf</source>
        <translation>evidenze-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the evidence report</source>
        <translation>Impossibile salvare il rapporto sulle evidenze</translation>
    </message>
    <message>
        <source>Area of law</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>%1 — art. 36 (Sperimentazione Italia) cannot derogate it</source>
        <translation>%1 — l&apos;art. 36 (Sperimentazione Italia) non consente di derogarla</translation>
    </message>
</context>
<context>
    <name>citylab::BarrierEvidence</name>
    <message>
        <source>No experiment tests the rule yet.</source>
        <translation>Ancora nessuna sperimentazione mette alla prova la norma.</translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s) tested the rule.</source>
        <translation>
            <numerusform>%n sperimentazione ha messo alla prova la norma.</numerusform>
            <numerusform>%n sperimentazioni hanno messo alla prova la norma.</numerusform>
        </translation>
    </message>
    <message>
        <source>No target set on the metrics that measure its effect.</source>
        <translation>Nessun obiettivo fissato sugli indicatori che ne misurano l&apos;effetto.</translation>
    </message>
    <message numerus="yes">
        <source>No target measured yet (%n set).</source>
        <translation>
            <numerusform>Ancora nessun obiettivo misurato (%n fissato).</numerusform>
            <numerusform>Ancora nessun obiettivo misurato (%n fissati).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measured target(s) met.</source>
        <translation>
            <numerusform>%1 su %n obiettivo misurato raggiunto.</numerusform>
            <numerusform>%1 su %n obiettivi misurati raggiunti.</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident recorded.</source>
        <translation>Nessun incidente registrato.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), %1 serious or critical.</source>
        <translation>
            <numerusform>%n incidente, %1 grave o gravissimo.</numerusform>
            <numerusform>%n incidenti, %1 gravi o gravissimi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No track of where the tests ran.</source>
        <translation>Nessuna traccia di dove si sono svolte le prove.</translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n recorded track(s) stayed within what was authorized.</source>
        <translation>
            <numerusform>L&apos;unica traccia registrata è rimasta entro quanto autorizzato.</numerusform>
            <numerusform>Tutte le %n tracce registrate sono rimaste entro quanto autorizzato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excursion(s) outside what was authorized</source>
        <translation>
            <numerusform>%n sconfinamento da quanto autorizzato</numerusform>
            <numerusform>%n sconfinamenti da quanto autorizzato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n recorded track(s).</source>
        <translation>
            <numerusform>in %n traccia registrata.</numerusform>
            <numerusform>in %n tracce registrate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No regulatory request linked.</source>
        <translation>Nessuna istanza collegata.</translation>
    </message>
    <message numerus="yes">
        <source>Requests decided in %n day(s) on average</source>
        <translation>
            <numerusform>Istanze decise in %n giorno in media</numerusform>
            <numerusform>Istanze decise in %n giorni in media</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still pending.</source>
        <translation>
            <numerusform>; %n ancora in attesa.</numerusform>
            <numerusform>; %n ancora in attesa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) still pending.</source>
        <translation>
            <numerusform>%n istanza ancora in attesa.</numerusform>
            <numerusform>%n istanze ancora in attesa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The barrier no longer exists.</source>
        <translation>La barriera non esiste più.</translation>
    </message>
</context>
<context>
    <name>citylab::BarrierReport</name>
    <message>
        <source>Evidence on a rule under test</source>
        <translation>Evidenze su una norma in prova</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>What the rule says</source>
        <translation>Che cosa dice la norma</translation>
    </message>
    <message>
        <source>What the derogation asks</source>
        <translation>Che cosa chiede la deroga</translation>
    </message>
    <message>
        <source>Metrics that measure its effect</source>
        <translation>Indicatori che ne misurano l&apos;effetto</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Stampato il</translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation>Che cosa dicono le evidenze</translation>
    </message>
    <message>
        <source>Experiments that tested it</source>
        <translation>Sperimentazioni che l&apos;hanno messa alla prova</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ancora nessuna.</translation>
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
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Outcomes against targets</source>
        <translation>Risultati rispetto agli obiettivi</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non misurato</translation>
    </message>
    <message>
        <source>met</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>No target on the metrics that measure its effect.</source>
        <translation>Nessun obiettivo sugli indicatori che ne misurano l&apos;effetto.</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Latest weekly mean</source>
        <translation>Ultima media settimanale</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <source>No incident recorded.</source>
        <translation>Nessun incidente registrato.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Che cosa si è fatto</translation>
    </message>
    <message>
        <source>Where the tests ran</source>
        <translation>Dove si sono svolte le prove</translation>
    </message>
    <message>
        <source>No track recorded.</source>
        <translation>Nessuna traccia registrata.</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracce</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Excursions</source>
        <translation>Sconfinamenti</translation>
    </message>
    <message>
        <source>Outside every zone</source>
        <translation>Fuori da ogni zona</translation>
    </message>
    <message>
        <source>Regulatory requests</source>
        <translation>Istanze alle autorità</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) so far</source>
        <translation>
            <numerusform>%n giorno finora</numerusform>
            <numerusform>%n giorni finora</numerusform>
        </translation>
    </message>
    <message>
        <source>No request linked.</source>
        <translation>Nessuna istanza collegata.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentata</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decisa</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Tempi</translation>
    </message>
</context>
<context>
    <name>citylab::BarrierTableModel</name>
    <message>
        <source>Rule</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barriera</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Sperimentazioni</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
</context>
<context>
    <name>citylab::BarriersView</name>
    <message>
        <source>Filter by rule, barrier, authority or status</source>
        <translation>Filtra per norma, barriera, autorità o stato</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuova…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message numerus="yes">
        <source>%n barrier(s)</source>
        <translation>
            <numerusform>%n barriera</numerusform>
            <numerusform>%n barriere</numerusform>
        </translation>
    </message>
    <message>
        <source>barriers.csv</source>
        <translation>barriere.csv</translation>
    </message>
    <message>
        <source>New Barrier</source>
        <translation>Nuova barriera</translation>
    </message>
    <message>
        <source>Edit Barrier</source>
        <translation>Modifica barriera</translation>
    </message>
</context>
<context>
    <name>citylab::BlockerCommands</name>
    <message>
        <source>Lists what holds up each experiment not yet live: pending authorizations (days waited against the statutory days), unmet blocking conditions, missing signatures and acts, longest waiting first, then the waits per authority.</source>
        <translation>Elenca che cosa ferma ogni sperimentazione non ancora avviata: autorizzazioni in attesa (giorni di attesa rispetto ai giorni previsti dalla legge), prescrizioni bloccanti non adempiute, firme e atti mancanti, dalle attese più lunghe, poi le attese per ente.</translation>
    </message>
    <message>
        <source>The day to count from (default today).</source>
        <translation>Il giorno da cui contare (predefinito: oggi).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>blockers: --on must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>blockers: --on deve essere una data come AAAA-MM-GG, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>blockers: --format must be text or csv, not &apos;%1&apos;</source>
        <translation>blockers: --format deve essere text o csv, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Nothing holds up the experiments not yet live.</source>
        <translation>Nulla ferma le sperimentazioni non ancora avviate.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>waiting %1 since %2</source>
        <translation>in attesa da %1, dal %2</translation>
    </message>
    <message>
        <source>Pending authorizations per authority:</source>
        <translation>Autorizzazioni in attesa per ente:</translation>
    </message>
    <message numerus="yes">
        <source>%n pending, average wait %1 days, worst %2 days</source>
        <translation>
            <numerusform>%n in attesa, attesa media %1 giorni, peggiore %2 giorni</numerusform>
            <numerusform>%n in attesa, attesa media %1 giorni, peggiore %2 giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::BlockersView</name>
    <message>
        <source>What holds up each experiment</source>
        <translation>Che cosa ferma ogni sperimentazione</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Giorni di attesa</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>What blocks it</source>
        <translation>Che cosa la ferma</translation>
    </message>
    <message>
        <source>Pending authorizations per authority</source>
        <translation>Autorizzazioni in attesa per ente</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Attesa media</translation>
    </message>
    <message>
        <source>Worst wait</source>
        <translation>Attesa peggiore</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message numerus="yes">
        <source>Past the %n statutory day(s).</source>
        <translation>
            <numerusform>Oltre il giorno previsto dalla legge.</numerusform>
            <numerusform>Oltre i %n giorni previsti dalla legge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing holds up the experiments not yet live.</source>
        <translation>Nulla ferma le sperimentazioni non ancora avviate.</translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s) held up, by %1.</source>
        <translation>
            <numerusform>%n sperimentazione ferma, per %1.</numerusform>
            <numerusform>%n sperimentazioni ferme, per %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n blocco</numerusform>
            <numerusform>%n blocchi</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>blockers-%1.csv</source>
        <translation>blocchi-%1.csv</translation>
    </message>
</context>
<context>
    <name>citylab::BoxPlotChart</name>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Primo quartile</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Terzo quartile</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Box: the middle half of the values (first to third quartile); orange line: median
Whiskers: lowest and highest value; dots: each value, where there are fewer than five</source>
        <translation>Scatola: la metà centrale dei valori (dal primo al terzo quartile); linea arancione: mediana
Baffi: valore minimo e massimo; punti: ogni valore, dove sono meno di cinque</translation>
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
    <name>citylab::CallDefaults</name>
    <message>
        <source>The application form is complete and signed by the legal representative</source>
        <translation>La domanda è completa e firmata dal legale rappresentante</translation>
    </message>
    <message>
        <source>The proposer is identified (company registration or statute, VAT number)</source>
        <translation>Il proponente è identificato (visura camerale o statuto, partita IVA)</translation>
    </message>
    <message>
        <source>The experiment fits the call&apos;s domains and takes place in the city</source>
        <translation>La sperimentazione rientra negli ambiti della call e si svolge in città</translation>
    </message>
    <message>
        <source>The places, times and technologies of the tests are described</source>
        <translation>Luoghi, tempi e tecnologie delle prove sono descritti</translation>
    </message>
    <message>
        <source>Insurance cover for the tests is declared</source>
        <translation>La copertura assicurativa delle prove è dichiarata</translation>
    </message>
    <message>
        <source>Personal data processed in the tests is declared, with its legal basis</source>
        <translation>I dati personali trattati nelle prove sono dichiarati, con la base giuridica</translation>
    </message>
    <message>
        <source>Technology maturity (TRL)</source>
        <translation>Maturità tecnologica (TRL)</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>Interesse pubblico</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovatività</translation>
    </message>
    <message>
        <source>Scalability and replicability</source>
        <translation>Scalabilità e replicabilità</translation>
    </message>
    <message>
        <source>Risks and mitigations</source>
        <translation>Rischi e mitigazioni</translation>
    </message>
    <message>
        <source>Proposer&apos;s capacity</source>
        <translation>Capacità del proponente</translation>
    </message>
    <message>
        <source>A call needs the day it opened.</source>
        <translation>Una call richiede il giorno di apertura.</translation>
    </message>
    <message>
        <source>The call is in use and stays.</source>
        <translation>La call è in uso e resta.</translation>
    </message>
    <message>
        <source>New call %1</source>
        <translation>Nuova call %1</translation>
    </message>
</context>
<context>
    <name>citylab::CallPanel</name>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Select a call, or make one with New Call….</source>
        <translation>Seleziona una call, o creane una con Nuova call….</translation>
    </message>
    <message>
        <source>open from %1 to %2</source>
        <translation>aperta dal %1 al %2</translation>
    </message>
    <message>
        <source>open since %1, with no closing date</source>
        <translation>aperta dal %1, senza data di chiusura</translation>
    </message>
    <message>
        <source>Edit the call…</source>
        <translation>Modifica la call…</translation>
    </message>
    <message>
        <source>Admissibility checklist</source>
        <translation>Lista di verifica dell&apos;ammissibilità</translation>
    </message>
    <message>
        <source>No items: every proposal of the call is admissible.</source>
        <translation>Nessuna voce: ogni proposta della call è ammissibile.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Aggiungi voce…</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>Criteri di valutazione</translation>
    </message>
    <message>
        <source>No criteria: the committee cannot score the call&apos;s proposals yet.</source>
        <translation>Nessun criterio: il comitato non può ancora valutare le proposte della call.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Share of the total</source>
        <translation>Quota del totale</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Add criterion…</source>
        <translation>Aggiungi criterio…</translation>
    </message>
    <message>
        <source>Technical committee</source>
        <translation>Comitato tecnico</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>Ancora nessun componente.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Aggiungi componente…</translation>
    </message>
    <message>
        <source>Ranking of pending proposals</source>
        <translation>Graduatoria delle proposte in corso</translation>
    </message>
    <message>
        <source>No proposals of this call are pending.</source>
        <translation>Nessuna proposta di questa call è in corso.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>being evaluated</source>
        <translation>in valutazione</translation>
    </message>
    <message>
        <source>Equal totals share a rank. Proposals still being evaluated are listed without one.</source>
        <translation>A parità di totale la posizione è la stessa. Le proposte ancora in valutazione sono elencate senza posizione.</translation>
    </message>
    <message>
        <source>Edit Call</source>
        <translation>Modifica call</translation>
    </message>
    <message>
        <source>New Admissibility Item</source>
        <translation>Nuova voce di ammissibilità</translation>
    </message>
    <message>
        <source>Edit Admissibility Item</source>
        <translation>Modifica voce di ammissibilità</translation>
    </message>
    <message>
        <source>New Evaluation Criterion</source>
        <translation>Nuovo criterio di valutazione</translation>
    </message>
    <message>
        <source>Edit Evaluation Criterion</source>
        <translation>Modifica criterio di valutazione</translation>
    </message>
    <message>
        <source>New Committee Member</source>
        <translation>Nuovo componente del comitato</translation>
    </message>
    <message>
        <source>Edit Committee Member</source>
        <translation>Modifica componente del comitato</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Impossibile rimuovere</translation>
    </message>
    <message>
        <source>Whether the committee used it cannot be read.</source>
        <translation>Non è possibile leggere se il comitato lo ha usato.</translation>
    </message>
    <message>
        <source>Kept for the minutes</source>
        <translation>Conservato per il verbale</translation>
    </message>
    <message numerus="yes">
        <source>It is kept: %n check(s) or score(s) of the committee refer to it. Edit it instead.</source>
        <translation>
            <numerusform>Viene conservato: una verifica o un punteggio del comitato vi fa riferimento. Modificalo invece.</numerusform>
            <numerusform>Viene conservato: %n verifiche o punteggi del comitato vi fanno riferimento. Modificalo invece.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the call</source>
        <translation>Rimuovi dalla call</translation>
    </message>
</context>
<context>
    <name>citylab::CallsDialog</name>
    <message>
        <source>Calls and Committees</source>
        <translation>Call e comitati</translation>
    </message>
    <message>
        <source>&amp;New Call…</source>
        <translation>&amp;Nuova call…</translation>
    </message>
    <message>
        <source>New Call</source>
        <translation>Nuova call</translation>
    </message>
    <message>
        <source>Name of the call (it starts open today, with the usual checklist and criteria):</source>
        <translation>Nome della call (si apre oggi, con la lista di verifica e i criteri consueti):</translation>
    </message>
    <message>
        <source>Cannot make the call</source>
        <translation>Impossibile creare la call</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>The chosen call</source>
        <translation>La call scelta</translation>
    </message>
</context>
<context>
    <name>citylab::ChartTableDialog</name>
    <message>
        <source>Data of the Chart</source>
        <translation>Dati del grafico</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Dati di %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ChartView</name>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Immagine (PNG)…</translation>
    </message>
    <message>
        <source>Vector document (PDF)…</source>
        <translation>Documento vettoriale (PDF)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Dati (CSV)…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>The chart&apos;s data as a table</source>
        <translation>I dati del grafico in una tabella</translation>
    </message>
    <message>
        <source>Show the chart&apos;s data as a table</source>
        <translation>Mostra i dati del grafico in una tabella</translation>
    </message>
    <message>
        <source>Chart. Its data is in a table: the Table button beside it.</source>
        <translation>Grafico. I suoi dati sono in una tabella: il pulsante Tabella accanto.</translation>
    </message>
    <message>
        <source>Arrow keys move the chart, + and - zoom, Home shows all of it</source>
        <translation>Le frecce spostano il grafico, + e - lo ingrandiscono e riducono, Home lo mostra tutto</translation>
    </message>
</context>
<context>
    <name>citylab::CityEvents</name>
    <message>
        <source>an event needs its first and last day (properties active_from and active_to, or dal and al)</source>
        <translation>un evento richiede il primo e l&apos;ultimo giorno (proprietà active_from e active_to, oppure dal e al)</translation>
    </message>
    <message>
        <source>The file has no event.</source>
        <translation>Il file non contiene eventi.</translation>
    </message>
    <message>
        <source>The file has events that cannot be imported.</source>
        <translation>Il file contiene eventi che non si possono importare.</translation>
    </message>
</context>
<context>
    <name>citylab::CityEventsDialog</name>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Show on Map</source>
        <translation>Mostra sulla mappa</translation>
    </message>
    <message>
        <source>City Events</source>
        <translation>Eventi cittadini</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>City events</source>
        <translation>Eventi cittadini</translation>
    </message>
    <message>
        <source>Kind of the imported events</source>
        <translation>Tipo degli eventi importati</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import the outlines of a GeoJSON or KML file as events of the kind chosen beside</source>
        <translation>Importa i contorni di un file GeoJSON o KML come eventi del tipo scelto accanto</translation>
    </message>
    <message>
        <source>as</source>
        <translation>come</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n evento.</numerusform>
            <numerusform>%n eventi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, their outline or dates cannot be read: %1.</source>
        <translation>Esclusi, perché il contorno o le date non sono leggibili: %1.</translation>
    </message>
    <message>
        <source>Import City Events</source>
        <translation>Importa eventi cittadini</translation>
    </message>
    <message>
        <source>Events Not Imported</source>
        <translation>Eventi non importati</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported from %1.</source>
        <translation>
            <numerusform>%n evento importato da %1.</numerusform>
            <numerusform>%n eventi importati da %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Remove city event %1</source>
        <translation>Rimuovi l&apos;evento cittadino %1</translation>
    </message>
    <message>
        <source>Cannot remove the event</source>
        <translation>Impossibile rimuovere l&apos;evento</translation>
    </message>
    <message>
        <source>Events that take a place for some days: an experiment zone there on those days clashes with them, and the map&apos;s conflict list says so. To add one, draw its outline on the map or import a GeoJSON or KML file whose features give their first and last day.</source>
        <translation>Eventi che occupano un luogo per alcuni giorni: una zona di sperimentazione lì in quei giorni interferisce con loro, e l&apos;elenco dei conflitti della mappa lo segnala. Per aggiungerne uno, disegnane il contorno sulla mappa oppure importa un file GeoJSON o KML i cui elementi indicano il primo e l&apos;ultimo giorno.</translation>
    </message>
    <message>
        <source>Draw on the Map</source>
        <translation>Disegna sulla mappa</translation>
    </message>
    <message>
        <source>Draw the event&apos;s outline corner by corner on the map, then press Enter</source>
        <translation>Disegna il contorno dell&apos;evento sulla mappa angolo per angolo, poi premi Invio</translation>
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
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: argomento inatteso &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --db FILE is required</source>
        <translation>%1: serve --db FILE</translation>
    </message>
    <message>
        <source>export: say &apos;zones&apos;, not &apos;%1&apos;</source>
        <translation>export: indicare &apos;zones&apos;, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>An experiment this many days in one stage before going live is listed as stuck (default: the database&apos;s setting, made in Today).</source>
        <translation>Giorni in una stessa fase prima dell&apos;avvio dopo i quali una sperimentazione è segnalata come ferma (predefinito: l&apos;impostazione del database, scelta in Oggi).</translation>
    </message>
    <message>
        <source>deadlines: --stuck-days must be a whole number of days from %1 to %2, not &apos;%3&apos;</source>
        <translation>deadlines: --stuck-days deve essere un numero intero di giorni da %1 a %2, non &apos;%3&apos;</translation>
    </message>
    <message>
        <source>waiting for another program writing to %1…</source>
        <translation>in attesa di un altro programma che sta scrivendo in %1…</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Che cosa fare:</translation>
    </message>
    <message>
        <source>With --format csv: for spreadsheets in Italian and other languages with a decimal comma (&apos;;&apos; between fields, decimal comma, UTF-8 with a byte order mark).</source>
        <translation>Con --format csv: per fogli di calcolo in italiano e in altre lingue con la virgola decimale (&apos;;&apos; tra i campi, virgola decimale, UTF-8 con byte order mark).</translation>
    </message>
    <message>
        <source>Only what concerns the experiments of this officer.</source>
        <translation>Solo ciò che riguarda le sperimentazioni di questo referente.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Also list follow-ups of rejected or withdrawn experiments (left out by default, as in Today).</source>
        <translation>Elenca anche i richiami di sperimentazioni respinte o ritirate (esclusi in modo predefinito, come in Oggi).</translation>
    </message>
    <message>
        <source>Usage: citylab [--db FILE] [--lang it|en] [--screenshot DIR]
       citylab VERB [options]

Without a verb, citylab opens the window.

Verbs:
  demo    create a demo database of Turin experiments
  check   check a database: integrity, references, schema version, row counts
  backup  copy a database safely, even while it is in use (or list its automatic backups)
  restore put a backup back into a database
  deadlines  list overdue and coming deadlines: requests, agreements, follow-ups, conditions, insurance
  blockers   list what holds up each experiment not yet live, and the waits per authority
  draft   write a regulatory request as a letter: PDF, ODT or PEC draft (.eml)
  tiles   download map tiles for offline use (tiles prefetch)
  conflicts  list zones of different experiments that overlap while both are active, clashes with
             city events (--events) or places used at different times (--shared-sites)
  footprint  compare where a test really ran (GPX, GeoJSON, CSV track) with its authorized zones
  report  write the portfolio or an experiment report as PDF
  import measurements  import a partner&apos;s CSV file of measurements into an experiment
  import zones  import an experiment&apos;s zones from a GeoJSON or KML file
  import events  import city events (marathons, markets, concerts) from a GeoJSON or KML file
  export zones  export zones as GeoJSON or KML
  sync    send a file&apos;s changes to its team server and take the team&apos;s
  server  set up a team server: server init, server add-user, server status
  help    show this help

Run &apos;citylab VERB --help&apos; for the options of a verb.
Exit status: 0 success, 1 bad input or data, 2 wrong usage (footprint: 3 when it finds excursions).
</source>
        <translation>Uso: citylab [--db FILE] [--lang it|en] [--screenshot CARTELLA]
     citylab COMANDO [opzioni]

Senza comando, citylab apre la finestra.

Comandi:
  demo       crea un database dimostrativo di sperimentazioni a Torino
  check      verifica un database: integrità, riferimenti, versione dello schema, numero di righe
  backup     copia un database in modo sicuro, anche mentre è in uso (o ne elenca le copie di sicurezza automatiche)
  restore    riporta una copia di sicurezza in un database
  deadlines  elenca le scadenze superate e imminenti: istanze, accordi, richiami, prescrizioni, assicurazioni
  blockers   elenca che cosa ferma ogni sperimentazione non ancora avviata, e le attese per ente
  draft      scrive un&apos;istanza come lettera: PDF, ODT o bozza PEC (.eml)
  tiles      scarica i tasselli della mappa per l&apos;uso senza rete (tiles prefetch)
  conflicts  elenca le zone di sperimentazioni diverse che si sovrappongono mentre sono entrambe attive, le
             interferenze con gli eventi cittadini (--events) o i luoghi usati in tempi diversi (--shared-sites)
  footprint  confronta dove si è svolta davvero una prova (traccia GPX, GeoJSON, CSV) con le sue zone autorizzate
  report     scrive in PDF il rapporto del portafoglio o di una sperimentazione
  import measurements  importa nella sperimentazione il file CSV delle misure di un partner
  import zones  importa in una sperimentazione le zone di un file GeoJSON o KML
  import events  importa gli eventi cittadini (maratone, mercati, concerti) da un file GeoJSON o KML
  export zones  esporta le zone in GeoJSON o KML
  sync       invia le modifiche di un file al suo server del gruppo e riceve quelle del gruppo
  server     prepara un server del gruppo: server init, server add-user, server status
  help       mostra questo aiuto

Esegui &apos;citylab COMANDO --help&apos; per le opzioni di un comando.
Codice di uscita: 0 riuscito, 1 dati o input errati, 2 uso errato (footprint: 3 se trova sconfinamenti).
</translation>
    </message>
    <message>
        <source>import: say &apos;measurements&apos;, &apos;zones&apos; or &apos;events&apos;, not &apos;%1&apos;</source>
        <translation>import: indica &apos;measurements&apos;, &apos;zones&apos; o &apos;events&apos;, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Lists what must be chased, soonest first: regulatory requests overdue or due soon, agreements inside their renewal notice, follow-ups, experiments stuck in a stage, conditions of decisions coming due, test plans&apos; insurance running out, art. 36 final reports owed, and contact-log entries and people kept past the office&apos;s retention period (kinds retained_contact, retained_person).</source>
        <translation>Elenca cosa sollecitare, a partire dal più urgente: richieste autorizzative scadute o in scadenza, accordi nel periodo di preavviso per il rinnovo, promemoria, sperimentazioni ferme in una fase, prescrizioni in scadenza, polizze assicurative dei piani di prova in scadenza, relazioni finali art. 36 dovute, e voci del registro dei contatti e persone conservate oltre il periodo stabilito dall&apos;ufficio (tipi retained_contact, retained_person).</translation>
    </message>
</context>
<context>
    <name>citylab::CommitteeEvaluation</name>
    <message>
        <source>The call “%1” has no evaluation criteria.</source>
        <translation>La call «%1» non ha criteri di valutazione.</translation>
    </message>
    <message>
        <source>%1 has not scored the proposal yet.</source>
        <translation>%1 non ha ancora valutato la proposta.</translation>
    </message>
    <message>
        <source>%1 has not scored %2.</source>
        <translation>%1 non ha valutato: %2.</translation>
    </message>
    <message>
        <source>The call “%1” has no committee members.</source>
        <translation>La call «%1» non ha componenti del comitato.</translation>
    </message>
    <message>
        <source>Every committee member declared a conflict of interest.</source>
        <translation>Tutti i componenti del comitato hanno dichiarato un conflitto di interessi.</translation>
    </message>
</context>
<context>
    <name>citylab::ConditionsSection</name>
    <message>
        <source>Conditions</source>
        <translation>Prescrizioni</translation>
    </message>
    <message>
        <source>No conditions imposed.</source>
        <translation>Nessuna prescrizione imposta.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Prescrizione</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>imposed by %1</source>
        <translation>imposta da %1</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>responsabile: %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>prova: %1</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>adempiuta il %1</translation>
    </message>
    <message>
        <source>checked by %1</source>
        <translation>verificata da %1</translation>
    </message>
    <message>
        <source>not met, blocks the next stage</source>
        <translation>non adempiuta, blocca la fase successiva</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non adempiuta</translation>
    </message>
    <message>
        <source>Mark met today</source>
        <translation>Segna adempiuta oggi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, scaduta</translation>
    </message>
    <message>
        <source>Add condition…</source>
        <translation>Aggiungi prescrizione…</translation>
    </message>
    <message>
        <source>New Condition for %1</source>
        <translation>Nuova prescrizione per %1</translation>
    </message>
    <message>
        <source>Edit Condition of %1</source>
        <translation>Modifica prescrizione di %1</translation>
    </message>
    <message>
        <source>Mark condition met</source>
        <translation>Segna la prescrizione adempiuta</translation>
    </message>
    <message>
        <source>Cannot mark the condition met</source>
        <translation>Impossibile segnare la prescrizione adempiuta</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Rimuovi la prescrizione</translation>
    </message>
    <message>
        <source>Cannot remove the condition</source>
        <translation>Impossibile rimuovere la prescrizione</translation>
    </message>
    <message>
        <source>Cannot open the condition</source>
        <translation>Impossibile aprire la prescrizione</translation>
    </message>
    <message>
        <source>The condition no longer exists, or belongs to another experiment.</source>
        <translation>La prescrizione non esiste più, o appartiene a un&apos;altra sperimentazione.</translation>
    </message>
</context>
<context>
    <name>citylab::ConflictCommands</name>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1, with no end</source>
        <translation>dal %1, senza fine</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>in qualsiasi momento</translation>
    </message>
    <message>
        <source>Lists zone conflicts: zones of different experiments whose areas overlap while both are active, with the overlap area in square metres and the days they share.</source>
        <translation>Elenca i conflitti tra zone: zone di sperimentazioni diverse le cui aree si sovrappongono mentre entrambe sono attive, con l&apos;area di sovrapposizione in metri quadrati e i giorni in comune.</translation>
    </message>
    <message>
        <source>Only zones active on this day (default: any day).</source>
        <translation>Solo le zone attive in questo giorno (predefinito: qualsiasi giorno).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>conflicts: --on must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>conflicts: --on deve essere una data nella forma AAAA-MM-GG, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>conflicts: --format must be text or csv, not &apos;%1&apos;</source>
        <translation>conflicts: --format deve essere text o csv, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No zone conflicts on %1.</source>
        <translation>Nessun conflitto tra zone il %1.</translation>
    </message>
    <message>
        <source>No zone conflicts.</source>
        <translation>Nessun conflitto tra zone.</translation>
    </message>
    <message>
        <source>Zone conflicts on %1: %2</source>
        <translation>Conflitti tra zone il %1: %2</translation>
    </message>
    <message>
        <source>Zone conflicts: %1</source>
        <translation>Conflitti tra zone: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; and %3 &quot;%4&quot;</source>
        <translation>%1 «%2» e %3 «%4»</translation>
    </message>
    <message>
        <source>overlap %1 m², %2</source>
        <translation>sovrapposizione %1 m², %2</translation>
    </message>
    <message>
        <source>conflicts: the zones could not be read: %1</source>
        <translation>conflicts: impossibile leggere le zone: %1</translation>
    </message>
    <message>
        <source>List instead the zones that clash with city events (a marathon, a market, a concert) on days of the event.</source>
        <translation>Elenca invece le zone che interferiscono con gli eventi cittadini (una maratona, un mercato, un concerto) nei giorni dell&apos;evento.</translation>
    </message>
    <message>
        <source>List instead the places two experiments use at different times, who could share set-up (--on does not apply).</source>
        <translation>Elenca invece i luoghi che due sperimentazioni usano in tempi diversi e che potrebbero condividere l&apos;allestimento (--on non si applica).</translation>
    </message>
    <message>
        <source>conflicts: give --events or --shared-sites, not both</source>
        <translation>conflicts: indica --events o --shared-sites, non entrambi</translation>
    </message>
    <message>
        <source>conflicts: the city events could not be read: %1</source>
        <translation>conflicts: impossibile leggere gli eventi cittadini: %1</translation>
    </message>
    <message>
        <source>No zone clashes with a city event.</source>
        <translation>Nessuna zona interferisce con un evento cittadino.</translation>
    </message>
    <message>
        <source>Clashes with city events: %1</source>
        <translation>Interferenze con eventi cittadini: %1</translation>
    </message>
    <message>
        <source>No place is used by two experiments at different times.</source>
        <translation>Nessun luogo è usato da due sperimentazioni in tempi diversi.</translation>
    </message>
    <message>
        <source>Places used by two experiments at different times: %1</source>
        <translation>Luoghi usati da due sperimentazioni in tempi diversi: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3) and %4 &quot;%5&quot; (%6)</source>
        <translation>%1 «%2» (%3) e %4 «%5» (%6)</translation>
    </message>
    <message>
        <source>shared area %1 m²</source>
        <translation>area in comune %1 m²</translation>
    </message>
</context>
<context>
    <name>citylab::ConflictTableModel</name>
    <message>
        <source>no start</source>
        <translation>senza inizio</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>senza fine</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Area the two zones share, in square metres</source>
        <translation>Area comune alle due zone, in metri quadrati</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
</context>
<context>
    <name>citylab::ConflictsPanel</name>
    <message>
        <source>Looking for overlapping zones…</source>
        <translation>Ricerca delle zone sovrapposte…</translation>
    </message>
    <message>
        <source>No zones of different experiments overlap on %1.</source>
        <translation>Nessuna zona di sperimentazioni diverse si sovrappone il %1.</translation>
    </message>
    <message>
        <source>No zones of different experiments overlap.</source>
        <translation>Nessuna zona di sperimentazioni diverse si sovrappone.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) between zones of different experiments active on %1.</source>
        <translation>
            <numerusform>%n conflitto tra zone di sperimentazioni diverse attive il %1.</numerusform>
            <numerusform>%n conflitti tra zone di sperimentazioni diverse attive il %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) between zones of different experiments, on any day.</source>
        <translation>
            <numerusform>%n conflitto tra zone di sperimentazioni diverse, in qualsiasi giorno.</numerusform>
            <numerusform>%n conflitti tra zone di sperimentazioni diverse, in qualsiasi giorno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zones of different experiments whose areas overlap while both are active. Click a row to frame both zones on the map.</source>
        <translation>Zone di sperimentazioni diverse le cui aree si sovrappongono mentre sono entrambe attive. Fai clic su una riga per inquadrare le due zone sulla mappa.</translation>
    </message>
    <message>
        <source>no start</source>
        <translation>senza inizio</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>senza fine</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflitti (%1)</translation>
    </message>
    <message>
        <source>City events (%1)</source>
        <translation>Eventi cittadini (%1)</translation>
    </message>
    <message>
        <source>Shared sites (%1)</source>
        <translation>Luoghi condivisi (%1)</translation>
    </message>
    <message>
        <source>Zones used on days when a city event (a marathon, a market, a concert) takes the same place</source>
        <translation>Zone usate nei giorni in cui un evento cittadino (una maratona, un mercato, un concerto) occupa lo stesso luogo</translation>
    </message>
    <message>
        <source>Places two experiments use at different times: they could share set-up, permits or signage</source>
        <translation>Luoghi che due sperimentazioni usano in tempi diversi: potrebbero condividere allestimento, permessi o segnaletica</translation>
    </message>
    <message>
        <source>City events and shared sites could not be read: %1</source>
        <translation>Impossibile leggere eventi cittadini e luoghi condivisi: %1</translation>
    </message>
    <message>
        <source>City Events…</source>
        <translation>Eventi cittadini…</translation>
    </message>
    <message>
        <source>The marathons, markets and concerts that take places on the map for some days</source>
        <translation>Le maratone, i mercati e i concerti che occupano luoghi della mappa per alcuni giorni</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Conflicts, city events and shared sites</source>
        <translation>Conflitti, eventi cittadini e luoghi condivisi</translation>
    </message>
    <message>
        <source>Clashes with city events</source>
        <translation>Sovrapposizioni con eventi cittadini</translation>
    </message>
    <message>
        <source>Shared sites</source>
        <translation>Luoghi condivisi</translation>
    </message>
</context>
<context>
    <name>citylab::ContactsSection</name>
    <message>
        <source>Contacts log</source>
        <translation>Registro dei contatti</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>entro il %1</translation>
    </message>
    <message>
        <source>No contacts logged.</source>
        <translation>Nessun contatto registrato.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <source>Follow-up</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Registra contatto…</translation>
    </message>
    <message>
        <source>Log a Contact</source>
        <translation>Registra un contatto</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Modifica contatto</translation>
    </message>
</context>
<context>
    <name>citylab::CoordinateText</name>
    <message>
        <source>no coordinates: write latitude and longitude, e.g. 45.0703, 7.6869</source>
        <translation>nessuna coordinata: scrivi latitudine e longitudine, ad es. 45.0703, 7.6869</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a latitude and a longitude, e.g. 45.0703, 7.6869</source>
        <translation>&quot;%1&quot; non è una latitudine e una longitudine, ad es. 45.0703, 7.6869</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; non è un numero</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90): is the longitude first?</source>
        <translation>la latitudine %1 è fuori intervallo (da -90 a 90): è stata scritta prima la longitudine?</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>la longitudine %1 è fuori intervallo (da -180 a 180)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>A zone needs at least three different corners, one per line (%n given).</source>
        <translation>
            <numerusform>Una zona ha bisogno di almeno tre vertici diversi, uno per riga (ne è stato dato %n).</numerusform>
            <numerusform>Una zona ha bisogno di almeno tre vertici diversi, uno per riga (ne sono stati dati %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::Deadlines</name>
    <message>
        <source>An experiment is stuck after %1 to %2 days, not %3.</source>
        <translation>Una sperimentazione risulta ferma dopo un numero di giorni compreso tra %1 e %2, non %3.</translation>
    </message>
    <message>
        <source>Cannot read the deadlines of %1: %2.</source>
        <translation>Impossibile leggere le scadenze di %1: %2.</translation>
    </message>
    <message>
        <source>Personal data is kept %1 to %2 months, not %3.</source>
        <translation>I dati personali si conservano da %1 a %2 mesi, non %3.</translation>
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
        <source>Experiment stuck</source>
        <translation>Sperimentazione ferma</translation>
    </message>
    <message>
        <source>Condition to meet</source>
        <translation>Prescrizione da adempiere</translation>
    </message>
    <message>
        <source>Insurance to renew</source>
        <translation>Assicurazione da rinnovare</translation>
    </message>
    <message>
        <source>Art. 36 final report</source>
        <translation>Relazione finale art. 36</translation>
    </message>
    <message>
        <source>Contact past retention</source>
        <translation>Contatto oltre la conservazione</translation>
    </message>
    <message>
        <source>Person past retention</source>
        <translation>Persona oltre la conservazione</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloccante</translation>
    </message>
    <message>
        <source>Not blocking</source>
        <translation>Non bloccante</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Da rivedere</translation>
    </message>
</context>
<context>
    <name>citylab::DeferredSearchIndex</name>
    <message>
        <source>Cannot update the search index of %1: %2</source>
        <translation>Impossibile aggiornare l&apos;indice di ricerca di %1: %2</translation>
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
        <source>%1 is open in another CityLab window or program: close it there before replacing it. It was left unchanged.</source>
        <translation>%1 è aperto in un&apos;altra finestra o in un altro programma di CityLab: chiudilo lì prima di sostituirlo. Non è stato modificato.</translation>
    </message>
    <message>
        <source>Cannot move the new database to %1: %2. The old file was left unchanged.</source>
        <translation>Impossibile spostare il nuovo database in %1: %2. Il file precedente non è stato modificato.</translation>
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
    <message>
        <source>(erased)</source>
        <translation>(cancellato)</translation>
    </message>
    <message>
        <source>Page of the chosen record</source>
        <translation>Pagina della scheda scelta</translation>
    </message>
</context>
<context>
    <name>citylab::DocumentsSection</name>
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
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Attach a document…</source>
        <translation>Allega un documento…</translation>
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
        <source>Cannot remove the document</source>
        <translation>Impossibile rimuovere il documento</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Allega %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <source>%1 is the evidence of the condition “%2”: choose other evidence for it first.</source>
        <translation>%1 è la prova della prescrizione «%2»: scegli prima un&apos;altra prova.</translation>
    </message>
</context>
<context>
    <name>citylab::DraftCommand</name>
    <message>
        <source>Writes a regulatory request as the letter to send: PDF with letterhead and zone map, ODT for further editing, or an .eml draft for the PEC client. A request with no text yet uses the default template of its kind.</source>
        <translation>Scrive una richiesta come lettera da inviare: PDF con carta intestata e mappa delle zone, ODT da modificare ancora, o bozza .eml per il client PEC. Una richiesta ancora senza testo usa il modello predefinito del suo tipo.</translation>
    </message>
    <message>
        <source>The request: its protocol number, uuid or reference (RR-YYYY-NNNN).</source>
        <translation>La richiesta: numero di protocollo, uuid o riferimento (RR-AAAA-NNNN).</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>RIFERIMENTO</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Il file da scrivere.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>draft: --request REFERENCE is required</source>
        <translation>draft: --request RIFERIMENTO è obbligatorio</translation>
    </message>
    <message>
        <source>draft: --out FILE is required</source>
        <translation>draft: --out FILE è obbligatorio</translation>
    </message>
    <message>
        <source>%1: no request has the protocol number, uuid or reference &apos;%2&apos;.</source>
        <translation>%1: nessuna richiesta ha numero di protocollo, uuid o riferimento &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attenzione: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n placeholder(s) could not be filled and are marked in the letter: %1</source>
        <translation>
            <numerusform>attenzione: %n segnaposto non compilato ed è segnalato nella lettera: %1</numerusform>
            <numerusform>attenzione: %n segnaposto non compilati e segnalati nella lettera: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <source>Write the letter even if the records cannot fill some of its places (they are marked in it).</source>
        <translation>Scrive la lettera anche se i dati non riempiono alcuni suoi punti (vi restano segnalati).</translation>
    </message>
    <message>
        <source>%1 was not written: the records cannot fill %2. Fill them, or add --allow-missing to write the letter with these places marked.</source>
        <translation>%1 non è stato scritto: i dati non riempiono %2. Completali, oppure aggiungi --allow-missing per scrivere la lettera con questi punti segnalati.</translation>
    </message>
    <message>
        <source>pdf, pdfa (PDF/A-1b, for the archive), odt or eml.</source>
        <translation>pdf, pdfa (PDF/A-1b, per la conservazione), odt o eml.</translation>
    </message>
    <message>
        <source>draft: --format must be pdf, pdfa, odt or eml, not &apos;%1&apos;</source>
        <translation>draft: --format deve essere pdf, pdfa, odt o eml, non &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>citylab::DraftContext</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>circoscrizione %1</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>up to %1 m above ground</source>
        <translation>fino a %1 m dal suolo</translation>
    </message>
    <message>
        <source>hours %1</source>
        <translation>orario %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>zone map (appendix)</source>
        <translation>mappa delle zone (in appendice)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::DraftEditor</name>
    <message>
        <source>Draft of %1 — %2</source>
        <translation>Bozza di %1 — %2</translation>
    </message>
    <message>
        <source>Letter as sent</source>
        <translation>Lettera come verrà inviata</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Allega documento…</translation>
    </message>
    <message>
        <source>Documents this request must carry. Attach each one here: they go with the PEC.</source>
        <translation>Documenti che la richiesta deve contenere. Allegarli qui: partono con la PEC.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista di controllo</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Nuova da modello</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Inserisci segnaposto</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Sottolineato</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Elenco</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Elenco</translation>
    </message>
    <message>
        <source>Table…</source>
        <translation>Tabella…</translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation>Inserisci tabella</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Righe:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonne:</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Salva revisione</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Revisioni…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation>Esporta ODT…</translation>
    </message>
    <message>
        <source>Prepare PEC (.eml)…</source>
        <translation>Prepara PEC (.eml)…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Modelli…</translation>
    </message>
    <message>
        <source>No template for this kind of request</source>
        <translation>Nessun modello per questo tipo di richiesta</translation>
    </message>
    <message>
        <source>Replace the Text</source>
        <translation>Sostituisci il testo</translation>
    </message>
    <message>
        <source>Replace the text in the editor with the template &quot;%1&quot;? Saved revisions are kept.</source>
        <translation>Sostituire il testo nell&apos;editor con il modello &quot;%1&quot;? Le revisioni salvate restano.</translation>
    </message>
    <message>
        <source>The record cannot fill: %1.</source>
        <translation>La scheda non può compilare: %1.</translation>
    </message>
    <message>
        <source>Placeholders to correct: %1</source>
        <translation>Segnaposto da correggere: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Allega %1</translation>
    </message>
    <message>
        <source>Attach Document</source>
        <translation>Allega documento</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Salvato come revisione %1.</translation>
    </message>
    <message>
        <source>Revision %1 restored as revision %2.</source>
        <translation>Revisione %1 ripristinata come revisione %2.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Testo OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Bozze di e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Esporta %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>%1 is written, but the record could not fill: %2. These places are marked in the letter.</source>
        <translation>%1 è stato scritto, ma la scheda non ha potuto compilare: %2. Questi punti sono segnalati nella lettera.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <source>Unsaved Text</source>
        <translation>Testo non salvato</translation>
    </message>
    <message>
        <source>Save the text as a new revision before closing?</source>
        <translation>Salvare il testo come nuova revisione prima di chiudere?</translation>
    </message>
    <message>
        <source>The letter still lacks: %1.</source>
        <translation>Alla lettera mancano ancora: %1.</translation>
    </message>
    <message>
        <source>Fill them in the records (or in the text), or export anyway with these places marked.</source>
        <translation>Completali nelle schede (o nel testo), oppure esporta comunque con questi punti segnalati.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Esporta comunque</translation>
    </message>
    <message>
        <source>Export PDF/A for the Archive…</source>
        <translation>Esporta PDF/A per la conservazione…</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Testo della lettera</translation>
    </message>
    <message>
        <source>Documents the request must carry</source>
        <translation>Documenti da allegare alla richiesta</translation>
    </message>
    <message>
        <source>Letter as sent and checklist</source>
        <translation>Lettera come inviata e documenti</translation>
    </message>
</context>
<context>
    <name>citylab::DraftExporter</name>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Circoscrizione</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Periodo di attività</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>The logo file %1 cannot be read (%2): the letter has no logo.</source>
        <translation>Il file del logo %1 non si può leggere (%2): la lettera è senza logo.</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>non è un&apos;immagine</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>Prot. n. ________</source>
        <translation>Prot. n. ________</translation>
    </message>
    <message>
        <source>Prot. n. %1</source>
        <translation>Prot. n. %1</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Rif. %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Spett.le</translation>
    </message>
    <message>
        <source>by PEC: %1</source>
        <translation>PEC: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>The Head of Office</source>
        <translation>Il Dirigente</translation>
    </message>
    <message>
        <source>Document signed digitally under Legislative Decree 82/2005</source>
        <translation>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</translation>
    </message>
    <message>
        <source>Officer in charge: %1</source>
        <translation>Responsabile del procedimento: %1</translation>
    </message>
    <message>
        <source>Enclosures:</source>
        <translation>Allegati:</translation>
    </message>
    <message>
        <source>Appendix — Zone map</source>
        <translation>Appendice — Mappa delle zone</translation>
    </message>
    <message numerus="yes">
        <source>Experiment %1: %n zone(s).</source>
        <translation>
            <numerusform>Sperimentazione %1: %n zona.</numerusform>
            <numerusform>Sperimentazione %1: %n zone.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — pagina %2 di %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
    <message>
        <source>The signed letter is attached as PDF.</source>
        <translation>La lettera firmata è allegata in PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>La richiesta non esiste più.</translation>
    </message>
    <message>
        <source>%1 has no PEC address: add it to the authority before preparing the PEC.</source>
        <translation>%1 non ha un indirizzo PEC: aggiungerlo all&apos;ente prima di preparare la PEC.</translation>
    </message>
    <message>
        <source>The office&apos;s PEC address is not set: set it in Office settings before preparing the PEC.</source>
        <translation>L&apos;indirizzo PEC dell&apos;ufficio non è impostato: impostarlo in Carta intestata dell&apos;ufficio prima di preparare la PEC.</translation>
    </message>
    <message>
        <source>The document for %1 could not be produced.</source>
        <translation>Non è stato possibile produrre il documento per %1.</translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentActs</name>
    <message>
        <source>Manager&apos;s act (determina)</source>
        <translation>Determina dirigenziale</translation>
    </message>
    <message>
        <source>Agreement protocol</source>
        <translation>Protocollo dell&apos;accordo</translation>
    </message>
    <message>
        <source>Request protocol</source>
        <translation>Protocollo dell&apos;istanza</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorizzazione</translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentBlockers</name>
    <message>
        <source>Authorization</source>
        <translation>Autorizzazione</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Prescrizione</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Atto</translation>
    </message>
    <message>
        <source>No manager&apos;s act (determina) approves the experiment yet: record its number and date.</source>
        <translation>Nessuna determina dirigenziale approva ancora la sperimentazione: registrane numero e data.</translation>
    </message>
    <message>
        <source>The manager&apos;s act %1 has no date: record the day it was signed.</source>
        <translation>La determina %1 non ha una data: registra il giorno in cui è stata firmata.</translation>
    </message>
    <message>
        <source>The experimentation agreement “%1” is not signed yet (%2).</source>
        <translation>L&apos;accordo di sperimentazione «%1» non è ancora firmato (%2).</translation>
    </message>
    <message>
        <source>No signed experimentation agreement valid on %1.</source>
        <translation>Nessun accordo di sperimentazione firmato valido il %1.</translation>
    </message>
    <message>
        <source>%1 from %2 is %3 (%4).</source>
        <translation>%1 di %2: %3 (%4).</translation>
    </message>
    <message>
        <source>Condition of %1 not met: %2</source>
        <translation>Prescrizione di %1 non adempiuta: %2</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(scadenza %1)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>The proposal is not registered: record its protocol number and the day it arrived.</source>
        <translation>La proposta non è protocollata: registra il numero di protocollo e il giorno di arrivo.</translation>
    </message>
    <message>
        <source>Inadmissible: “%1” is not met. Close the proposal as rejected, with the reason.</source>
        <translation>Inammissibile: «%1» non è soddisfatta. Chiudi la proposta come respinta, con il motivo.</translation>
    </message>
    <message numerus="yes">
        <source>The admissibility check is not finished: %n item(s) not checked yet.</source>
        <translation>
            <numerusform>La verifica di ammissibilità non è finita: una voce non è ancora verificata.</numerusform>
            <numerusform>La verifica di ammissibilità non è finita: %n voci non sono ancora verificate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The committee&apos;s evaluation is not complete: %1</source>
        <translation>La valutazione del comitato non è completa: %1</translation>
    </message>
    <message>
        <source>The manager&apos;s act %1 is dated %2, after the move.</source>
        <translation>La determina %1 è del %2, dopo il passaggio.</translation>
    </message>
    <message>
        <source>No signed experimentation agreement.</source>
        <translation>Nessun accordo di sperimentazione firmato.</translation>
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
    <name>citylab::ExperimentCharts</name>
    <message>
        <source>Open in the Outcomes explorer to zoom, compare and export</source>
        <translation>Apri in Risultati per ingrandire, confrontare ed esportare</translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentConditions</name>
    <message>
        <source>agreement “%1”</source>
        <translation>accordo «%1»</translation>
    </message>
    <message>
        <source>authorization %1</source>
        <translation>autorizzazione %1</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>l&apos;approvazione</translation>
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
        <translation>Ente</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Pipeline history</source>
        <translation>Storia della pipeline</translation>
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
        <source>Show only the latest contacts</source>
        <translation>Mostra solo i contatti più recenti</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n contacts</source>
        <translation>
            <numerusform>Mostra il contatto</numerusform>
            <numerusform>Mostra tutti i %n contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Import zones from GeoJSON or KML…</source>
        <translation>Importa zone da GeoJSON o KML…</translation>
    </message>
    <message>
        <source>Export zones…</source>
        <translation>Esporta zone…</translation>
    </message>
    <message>
        <source>Import measurements from a CSV file…</source>
        <translation>Importa misurazioni da un file CSV…</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nuovo accordo…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
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
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
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
    <message>
        <source>Only experiments the organization leads or joins as a partner</source>
        <translation>Solo le sperimentazioni di cui l&apos;organizzazione è capofila o partner</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Import or export the selected experiment&apos;s zones as GeoJSON or KML</source>
        <translation>Importa o esporta le zone della sperimentazione selezionata in GeoJSON o KML</translation>
    </message>
    <message>
        <source>Import Zones…</source>
        <translation>Importa zone…</translation>
    </message>
    <message>
        <source>Export Zones…</source>
        <translation>Esporta zone…</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Tutte le organizzazioni</translation>
    </message>
    <message>
        <source>Running on</source>
        <translation>In corso il</translation>
    </message>
</context>
<context>
    <name>citylab::ExtensionIconProvider</name>
    <message>
        <source>CityLab database</source>
        <translation>Database di CityLab</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
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
        <translation>Ente</translation>
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
    <message>
        <source>Created by</source>
        <translation>Creato da</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>Ultima modifica il</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Dalla fase</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Alla fase</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>West edge (longitude)</source>
        <translation>Limite ovest (longitudine)</translation>
    </message>
    <message>
        <source>East edge (longitude)</source>
        <translation>Limite est (longitudine)</translation>
    </message>
    <message>
        <source>South edge (latitude)</source>
        <translation>Limite sud (latitudine)</translation>
    </message>
    <message>
        <source>North edge (latitude)</source>
        <translation>Limite nord (latitudine)</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Vincoli</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo di file</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Dimensione (byte)</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Impronta (SHA-256)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Voce della lista di controllo</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Documento firmato</translation>
    </message>
    <message>
        <source>Suspended on</source>
        <translation>Sospesa il</translation>
    </message>
    <message>
        <source>Days run before the suspension</source>
        <translation>Giorni trascorsi prima della sospensione</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Dallo stato</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Allo stato</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>Tipo di valore</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>File di origine</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Misurato il</translation>
    </message>
    <message>
        <source>Row of its import</source>
        <translation>Riga della sua importazione</translation>
    </message>
    <message>
        <source>Determina date</source>
        <translation>Data della determina</translation>
    </message>
    <message>
        <source>Authorization number</source>
        <translation>Numero dell&apos;autorizzazione</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Prescrizione</translation>
    </message>
    <message>
        <source>Blocks the next stage until met</source>
        <translation>Blocca la fase successiva finché non è adempiuta</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Adempiuta il</translation>
    </message>
    <message>
        <source>Met, as checked by</source>
        <translation>Verificata da</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Facilitations asked of the city</source>
        <translation>Agevolazioni chieste alla Città</translation>
    </message>
    <message>
        <source>Open from</source>
        <translation>Aperta dal</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Chiude il</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Admissibility item</source>
        <translation>Voce di ammissibilità</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Componente del comitato</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Verificata il</translation>
    </message>
    <message>
        <source>Heights checked</source>
        <translation>Altezze verificate</translation>
    </message>
    <message>
        <source>Ground elevation (m)</source>
        <translation>Quota del suolo (m)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Traccia</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Nome della zona</translation>
    </message>
    <message>
        <source>Farthest (m)</source>
        <translation>Distanza massima (m)</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Assicuratore</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numero di polizza</translation>
    </message>
    <message>
        <source>Policy expires on</source>
        <translation>La polizza scade il</translation>
    </message>
    <message>
        <source>Safety operator</source>
        <translation>Operatore di sicurezza</translation>
    </message>
    <message>
        <source>Geofence</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>Arresto di emergenza</translation>
    </message>
    <message>
        <source>Data shared</source>
        <translation>Dati condivisi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Piano di sperimentazione</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veicoli</translation>
    </message>
    <message>
        <source>Drones</source>
        <translation>Droni</translation>
    </message>
    <message>
        <source>Robots</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Plan as saved</source>
        <translation>Piano come salvato</translation>
    </message>
    <message>
        <source>What the derogation asks</source>
        <translation>Che cosa chiede la deroga</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Che cosa si è fatto</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barriera</translation>
    </message>
    <message>
        <source>Area of law</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Holder of the experiment</source>
        <translation>Titolare della sperimentazione</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Durata (mesi)</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Risultati attesi</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <source>Risks and mitigations</source>
        <translation>Rischi e mitigazioni</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Misure di salvaguardia</translation>
    </message>
    <message>
        <source>Renews request</source>
        <translation>Rinnova la richiesta</translation>
    </message>
    <message>
        <source>Final report sent on</source>
        <translation>Relazione finale inviata il</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizzatore</translation>
    </message>
    <message>
        <source>Retention last reviewed on</source>
        <translation>Conservazione rivista il</translation>
    </message>
</context>
<context>
    <name>citylab::FieldValues</name>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>record %1, since deleted</source>
        <translation>record %1, poi eliminato</translation>
    </message>
</context>
<context>
    <name>citylab::FootprintCheck</name>
    <message>
        <source>Zone %1: its outline cannot be read; it is left out of the check</source>
        <translation>Zona %1: il suo perimetro non è leggibile; è esclusa dal confronto</translation>
    </message>
    <message>
        <source>Zone %1: its hours are not checked (%2)</source>
        <translation>Zona %1: i suoi orari non sono verificati (%2)</translation>
    </message>
    <message>
        <source>the experiment has no zones to compare the track with</source>
        <translation>la sperimentazione non ha zone con cui confrontare la traccia</translation>
    </message>
    <message>
        <source>Zone %1: its outline is not a valid area; it is left out of the check</source>
        <translation>Zona %1: il suo perimetro non è un&apos;area valida; è esclusa dal confronto</translation>
    </message>
</context>
<context>
    <name>citylab::FootprintCommand</name>
    <message>
        <source>Compares where a test really ran (a GPX, GeoJSON or CSV track with times) with the experiment&apos;s authorized zones: every stretch outside all of them, outside a zone&apos;s dates or hours (Rome time) or above its maximum height, with its time span and how far outside. Exit status: 0 no excursion, 3 excursions found, 1 bad input, 2 wrong usage.</source>
        <translation>Confronta dove si è svolta davvero una prova (una traccia GPX, GeoJSON o CSV con gli orari) con le zone autorizzate della sperimentazione: ogni tratto fuori da tutte, fuori dalle date o dagli orari di una zona (ora di Roma) o sopra la sua altezza massima, con il suo intervallo di tempo e di quanto è fuori. Codice di uscita: 0 nessuno sconfinamento, 3 sconfinamenti trovati, 1 input errato, 2 uso errato.</translation>
    </message>
    <message>
        <source>The track: .gpx, .geojson or .csv.</source>
        <translation>La traccia: .gpx, .geojson o .csv.</translation>
    </message>
    <message>
        <source>The experiment&apos;s code.</source>
        <translation>Il codice della sperimentazione.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>The ground&apos;s height above sea level in metres, for altitudes above sea level (GPX, GeoJSON); default: the first point&apos;s altitude.</source>
        <translation>La quota del suolo sul livello del mare in metri, per le altitudini sul livello del mare (GPX, GeoJSON); predefinita: l&apos;altitudine del primo punto.</translation>
    </message>
    <message>
        <source>METRES</source>
        <translation>METRI</translation>
    </message>
    <message>
        <source>Keep the file and the result with the experiment, as the window does.</source>
        <translation>Conserva il file e il risultato con la sperimentazione, come fa la finestra.</translation>
    </message>
    <message>
        <source>footprint: give exactly one track file</source>
        <translation>footprint: indica esattamente un file di traccia</translation>
    </message>
    <message>
        <source>footprint: --db FILE is required</source>
        <translation>footprint: --db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>footprint: --experiment CODE is required</source>
        <translation>footprint: --experiment CODICE è obbligatorio</translation>
    </message>
    <message>
        <source>footprint: --format must be text or csv, not &apos;%1&apos;</source>
        <translation>footprint: --format deve essere text o csv, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>footprint: --ground-elevation must be a number of metres, not &apos;%1&apos;</source>
        <translation>footprint: --ground-elevation deve essere un numero di metri, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>no experiment with code &apos;%1&apos;</source>
        <translation>nessuna sperimentazione con codice &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s) from %2 to %3</source>
        <translation>
            <numerusform>%1: %n punto dal %2 al %3</numerusform>
            <numerusform>%1: %n punti dal %2 al %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Heights measured from a ground elevation of %1 m above sea level.</source>
        <translation>Altezze misurate da una quota del suolo di %1 m sul livello del mare.</translation>
    </message>
    <message>
        <source>The track has no altitudes: heights are not checked.</source>
        <translation>La traccia non ha altitudini: le altezze non sono verificate.</translation>
    </message>
    <message>
        <source>No excursion: every point is inside an authorized zone, on its dates and hours.</source>
        <translation>Nessuno sconfinamento: ogni punto è dentro una zona autorizzata, nelle sue date e nei suoi orari.</translation>
    </message>
    <message numerus="yes">
        <source>%n excursion(s):</source>
        <translation>
            <numerusform>%n sconfinamento:</numerusform>
            <numerusform>%n sconfinamenti:</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1 m above</source>
        <translation>fino a %1 m sopra</translation>
    </message>
    <message>
        <source>up to %1 m outside</source>
        <translation>fino a %1 m fuori</translation>
    </message>
    <message>
        <source>nearest zone %1</source>
        <translation>zona più vicina %1</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zona %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n punti</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded with experiment %1.</source>
        <translation>Registrata con la sperimentazione %1.</translation>
    </message>
    <message>
        <source>%1: too large to read as a track (%2; at most %3)</source>
        <translation>%1: troppo grande per essere letto come traccia (%2; al massimo %3)</translation>
    </message>
</context>
<context>
    <name>citylab::FootprintSection</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>No excursion: every point inside an authorized zone, on its dates and hours.</source>
        <translation>Nessuno sconfinamento: ogni punto dentro una zona autorizzata, nelle sue date e nei suoi orari.</translation>
    </message>
    <message numerus="yes">
        <source>%n excursion(s) outside what was authorized.</source>
        <translation>
            <numerusform>%n sconfinamento da quanto autorizzato.</numerusform>
            <numerusform>%n sconfinamenti da quanto autorizzato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the tests ran</source>
        <translation>Dove si sono svolte le prove</translation>
    </message>
    <message>
        <source>No track recorded. Import a GPX, GeoJSON or CSV file of where and when the test ran to compare it with the authorized zones, their dates, hours and heights.</source>
        <translation>Nessuna traccia registrata. Importa un file GPX, GeoJSON o CSV di dove e quando si è svolta la prova per confrontarlo con le zone autorizzate, le loro date, i loro orari e le loro altezze.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n punti</numerusform>
        </translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>verificata il %1</translation>
    </message>
    <message>
        <source>heights not checked (no altitudes, or no zone with a maximum height)</source>
        <translation>altezze non verificate (nessuna altitudine, o nessuna zona con altezza massima)</translation>
    </message>
    <message>
        <source>heights from a ground elevation of %1 above sea level</source>
        <translation>altezze da una quota del suolo di %1 sul livello del mare</translation>
    </message>
    <message>
        <source>The zones changed after this check: its excursions may no longer be right. Check it again.</source>
        <translation>Le zone sono cambiate dopo questa verifica: gli sconfinamenti potrebbero non essere più giusti. Verificala di nuovo.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>How far</source>
        <translation>Di quanto</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>%1 sopra</translation>
    </message>
    <message>
        <source>%1 outside</source>
        <translation>%1 fuori</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; citylab footprint lists them all.</source>
        <translation>
            <numerusform>… e %n altro; citylab footprint li elenca tutti.</numerusform>
            <numerusform>… e altri %n; citylab footprint li elenca tutti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Mostra sulla mappa</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Import a track (GPX, GeoJSON, CSV)…</source>
        <translation>Importa una traccia (GPX, GeoJSON, CSV)…</translation>
    </message>
    <message>
        <source>Import a Track</source>
        <translation>Importa una traccia</translation>
    </message>
    <message>
        <source>Tracks (*.gpx *.geojson *.json *.csv *.txt);;All files (*)</source>
        <translation>Tracce (*.gpx *.geojson *.json *.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot import the track</source>
        <translation>Impossibile importare la traccia</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s) compared with the experiment&apos;s zones.</source>
        <translation>
            <numerusform>%1: %n punto confrontato con le zone della sperimentazione.</numerusform>
            <numerusform>%1: %n punti confrontati con le zone della sperimentazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Track imported</source>
        <translation>Traccia importata</translation>
    </message>
    <message>
        <source>Cannot open the track</source>
        <translation>Impossibile aprire la traccia</translation>
    </message>
    <message>
        <source>The track no longer exists, or belongs to another experiment.</source>
        <translation>La traccia non esiste più, o appartiene a un&apos;altra sperimentazione.</translation>
    </message>
    <message>
        <source>Cannot check the track again</source>
        <translation>Impossibile verificare di nuovo la traccia</translation>
    </message>
    <message>
        <source>Track checked again</source>
        <translation>Traccia verificata di nuovo</translation>
    </message>
    <message>
        <source>%1 compared with the zones as they are now.</source>
        <translation>%1 confrontata con le zone come sono ora.</translation>
    </message>
    <message>
        <source>Remove the Track</source>
        <translation>Rimuovi la traccia</translation>
    </message>
    <message>
        <source>Remove the track %1 and the excursions found in it? The file stays among the experiment&apos;s documents.</source>
        <translation>Rimuovere la traccia %1 e gli sconfinamenti trovati? Il file resta tra i documenti della sperimentazione.</translation>
    </message>
    <message>
        <source>Cannot remove the track</source>
        <translation>Impossibile rimuovere la traccia</translation>
    </message>
    <message>
        <source>Comparing %1 with the experiment&apos;s zones…</source>
        <translation>Confronto di %1 con le zone della sperimentazione…</translation>
    </message>
    <message>
        <source>%1 is too large to keep in the database (at most %2).</source>
        <translation>%1 è troppo grande per essere conservato nel database (al massimo %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>citylab::FormSpecs</name>
    <message>
        <source>Give the date of the act as well.</source>
        <translation>Indica anche la data dell&apos;atto.</translation>
    </message>
    <message>
        <source>A condition comes from one act: choose the agreement or the authorization, not both.</source>
        <translation>Una prescrizione viene da un solo atto: scegli l&apos;accordo o l&apos;istanza, non entrambi.</translation>
    </message>
    <message>
        <source>The act that imposes the condition is dated %1: it cannot be due before.</source>
        <translation>L&apos;atto che impone la prescrizione è del %1: non può scadere prima.</translation>
    </message>
    <message>
        <source>Protocol number %1 of %2 is already given to %3.</source>
        <translation>Il protocollo %1 del %2 è già assegnato a %3.</translation>
    </message>
    <message>
        <source>A weight is a number above zero.</source>
        <translation>Il peso è un numero maggiore di zero.</translation>
    </message>
    <message>
        <source>This person already sits on the call&apos;s committee.</source>
        <translation>Questa persona fa già parte del comitato della call.</translation>
    </message>
    <message>
        <source>The request was already submitted: it cannot become an art. 36 request, or stop being one. Record a new request instead.</source>
        <translation>L&apos;istanza è già stata presentata: non può diventare un&apos;istanza art. 36, né smettere di esserlo. Registra invece una nuova istanza.</translation>
    </message>
</context>
<context>
    <name>citylab::GeoJsonZoneReader</name>
    <message>
        <source>not a GeoJSON Feature (type &quot;%1&quot;)</source>
        <translation>non è una Feature GeoJSON (tipo &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the coordinate reference system %1 is not WGS84: save the file as WGS84 longitude/latitude (EPSG:4326), as GeoJSON requires</source>
        <translation>il sistema di riferimento %1 non è WGS84: salvare il file in longitudine/latitudine WGS84 (EPSG:4326), come richiede GeoJSON</translation>
    </message>
    <message>
        <source>unreadable JSON: %1</source>
        <translation>JSON illeggibile: %1</translation>
    </message>
    <message>
        <source>not GeoJSON: the file holds no JSON object</source>
        <translation>non è GeoJSON: il file non contiene un oggetto JSON</translation>
    </message>
    <message>
        <source>a FeatureCollection needs a &quot;features&quot; array</source>
        <translation>una FeatureCollection richiede un array &quot;features&quot;</translation>
    </message>
    <message>
        <source>not GeoJSON: the object has no &quot;type&quot;</source>
        <translation>non è GeoJSON: l&apos;oggetto non ha &quot;type&quot;</translation>
    </message>
    <message>
        <source>not GeoJSON: unknown type &quot;%1&quot;</source>
        <translation>non è GeoJSON: tipo &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <source>unreadable line of a GeoJSON sequence: %1</source>
        <translation>riga illeggibile di una sequenza GeoJSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>a line of a GeoJSON sequence holds a %1, not a Feature</source>
        <translation>una riga di una sequenza GeoJSON contiene un %1, non una Feature</translation>
    </message>
    <message>
        <source>not GeoJSON: the file holds %1, not a JSON object</source>
        <translation>non è GeoJSON: il file contiene %1, non un oggetto JSON</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object: which value is meant cannot be told</source>
        <translation>la chiave &quot;%1&quot; compare due volte nello stesso oggetto: non si può sapere quale valore si intende</translation>
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
    <message>
        <source>A CityLab file to open (as a double-click in the file manager does).</source>
        <translation>Un file di CityLab da aprire (come fa un doppio clic nel gestore dei file).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
</context>
<context>
    <name>citylab::HelpBrowser</name>
    <message>
        <source>CityLab Guide — %1</source>
        <translation>Guida di CityLab — %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
</context>
<context>
    <name>citylab::HtmlPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>citylab::IncidentsSection</name>
    <message>
        <source>Rules under test</source>
        <translation>Norme in prova</translation>
    </message>
    <message>
        <source>The experiment gathers evidence on no barrier yet: link it from the barrier&apos;s page (Barriers).</source>
        <translation>La sperimentazione non raccoglie ancora evidenze su alcuna barriera: collegala dalla pagina della barriera (Barriere).</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <source>No incident recorded.</source>
        <translation>Nessun incidente registrato.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Che cosa si è fatto</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Record an incident…</source>
        <translation>Registra un incidente…</translation>
    </message>
    <message>
        <source>Cannot open the incident</source>
        <translation>Impossibile aprire l&apos;incidente</translation>
    </message>
    <message>
        <source>The incident no longer exists, or belongs to another experiment.</source>
        <translation>L&apos;incidente non esiste più, o appartiene a un&apos;altra sperimentazione.</translation>
    </message>
    <message>
        <source>New Incident in %1</source>
        <translation>Nuovo incidente in %1</translation>
    </message>
    <message>
        <source>Edit Incident of %1</source>
        <translation>Modifica incidente di %1</translation>
    </message>
    <message>
        <source>Remove incident of %1</source>
        <translation>Rimuovi incidente di %1</translation>
    </message>
    <message>
        <source>Cannot remove the incident</source>
        <translation>Impossibile rimuovere l&apos;incidente</translation>
    </message>
</context>
<context>
    <name>citylab::KmlZoneReader</name>
    <message>
        <source>not KML: the document starts with &lt;%1&gt;, not &lt;kml&gt;</source>
        <translation>non è KML: il documento inizia con &lt;%1&gt;, non con &lt;kml&gt;</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML non valido: %1</translation>
    </message>
    <message>
        <source>not KML: the file is empty</source>
        <translation>non è KML: il file è vuoto</translation>
    </message>
    <message>
        <source>geometry type &quot;%1&quot; is not supported: use Polygon, MultiGeometry of polygons, Point with radius_m or LineString with width_m</source>
        <translation>il tipo di geometria &quot;%1&quot; non è supportato: usare Polygon, MultiGeometry di poligoni, Point con radius_m o LineString con width_m</translation>
    </message>
    <message>
        <source>a Polygon has no outerBoundaryIs ring</source>
        <translation>un Polygon non ha l&apos;anello outerBoundaryIs</translation>
    </message>
    <message>
        <source>a Point needs exactly one position, this one has %1</source>
        <translation>un Point richiede esattamente una posizione, questo ne ha %1</translation>
    </message>
    <message>
        <source>line %1: coordinates &quot;%2&quot; are not longitude,latitude[,altitude]</source>
        <translation>riga %1: le coordinate &quot;%2&quot; non sono longitudine,latitudine[,altitudine]</translation>
    </message>
    <message>
        <source>a MultiGeometry of %1 lines: a corridor is one LineString with width_m; give each line a Placemark of its own</source>
        <translation>una MultiGeometry di %1 linee: un corridoio è una sola LineString con width_m; dare a ogni linea un Placemark proprio</translation>
    </message>
    <message>
        <source>a MultiGeometry of %1 points: a circle is one Point with radius_m; give each point a Placemark of its own</source>
        <translation>una MultiGeometry di %1 punti: un cerchio è un solo Point con radius_m; dare a ogni punto un Placemark proprio</translation>
    </message>
    <message>
        <source>a MultiGeometry may hold several polygons, or one point, or one line, but not a mix of them</source>
        <translation>una MultiGeometry può contenere più poligoni, oppure un punto, oppure una linea, ma non un misto di questi</translation>
    </message>
</context>
<context>
    <name>citylab::LetterTemplates</name>
    <message>
        <source>Templates shipped with CityLab cannot be changed: duplicate it first.</source>
        <translation>I modelli forniti con CityLab non si possono modificare: duplicarli prima.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has placeholders that cannot be filled:
%2</source>
        <translation>Il modello &quot;%1&quot; contiene segnaposto che non si possono compilare:
%2</translation>
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
        <translation>Pipeline</translation>
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
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Letter &amp;Templates…</source>
        <translation>&amp;Modelli di lettera…</translation>
    </message>
    <message>
        <source>Office &amp;Letterhead…</source>
        <translation>&amp;Carta intestata dell&apos;ufficio…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapporto…</translation>
    </message>
    <message>
        <source>&amp;Metrics…</source>
        <translation>&amp;Indicatori…</translation>
    </message>
    <message>
        <source>&amp;Import Measurements…</source>
        <translation>Importa &amp;misurazioni…</translation>
    </message>
    <message>
        <source>Export &amp;Zones…</source>
        <translation>Esporta &amp;zone…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La copia di sicurezza è stata ripristinata.</translation>
    </message>
    <message>
        <source>Waiting for another program writing to this file…</source>
        <translation>In attesa di un altro programma che sta scrivendo in questo file…</translation>
    </message>
    <message>
        <source>What the views show of it may be incomplete.</source>
        <translation>Ciò che le viste ne mostrano potrebbe essere incompleto.</translation>
    </message>
    <message>
        <source>&amp;Silence of Authorities…</source>
        <translation>&amp;Silenzio delle amministrazioni…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocchi</translation>
    </message>
    <message>
        <source>&amp;Calls and Committees…</source>
        <translation>&amp;Call e comitati…</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barriere</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
</context>
<context>
    <name>citylab::MapDayBar</name>
    <message>
        <source>Active on</source>
        <translation>Attive il</translation>
    </message>
    <message>
        <source>Show only the zones whose active period includes this day</source>
        <translation>Mostra solo le zone il cui periodo di attività comprende questo giorno</translation>
    </message>
    <message>
        <source>Play the year day by day</source>
        <translation>Scorri l&apos;anno giorno per giorno</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Giorno mostrato</translation>
    </message>
    <message>
        <source>Day of the year</source>
        <translation>Giorno dell&apos;anno</translation>
    </message>
</context>
<context>
    <name>citylab::MapFilterPanel</name>
    <message>
        <source>All domains</source>
        <translation>Tutti gli ambiti</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Tutte le organizzazioni</translation>
    </message>
    <message>
        <source>All experiments</source>
        <translation>Tutte le sperimentazioni</translation>
    </message>
    <message>
        <source>where the tests ran (recorded tracks)</source>
        <translation>dove si sono svolte le prove (tracce registrate)</translation>
    </message>
    <message>
        <source>outside what was authorized (thick line)</source>
        <translation>fuori da quanto autorizzato (linea spessa)</translation>
    </message>
    <message>
        <source>city events, no tests there (grey hatching)</source>
        <translation>eventi cittadini, lì niente prove (tratteggio grigio)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colora per</translation>
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
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
</context>
<context>
    <name>citylab::MapTiles</name>
    <message>
        <source>OpenStreetMap contributors</source>
        <translation>contributori di OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>citylab::MapView</name>
    <message numerus="yes">
        <source>%n zone(s) shown</source>
        <translation>
            <numerusform>%n zona mostrata</numerusform>
            <numerusform>%n zone mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without dates, shown every day</source>
        <translation>
            <numerusform>%n senza date, mostrata ogni giorno</numerusform>
            <numerusform>%n senza date, mostrate ogni giorno</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on the map matches &quot;%1&quot;.</source>
        <translation>Nessun elemento della mappa corrisponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Find a zone or experiment…</source>
        <translation>Trova una zona o una sperimentazione…</translation>
    </message>
    <message>
        <source>Tiles…</source>
        <translation>Tasselli…</translation>
    </message>
    <message>
        <source>Where the map&apos;s background comes from</source>
        <translation>Da dove proviene lo sfondo della mappa</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) cannot be drawn, their outline is unreadable: %1</source>
        <translation>
            <numerusform>%n zona non si può disegnare, il suo contorno è illeggibile: %1</numerusform>
            <numerusform>%n zone non si possono disegnare, il loro contorno è illeggibile: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not read the zones from the database: %1</source>
        <translation>La mappa non è riuscita a leggere le zone dal database: %1</translation>
    </message>
    <message>
        <source>The map cannot be shown on this computer.</source>
        <translation>Su questo computer la mappa non può essere mostrata.</translation>
    </message>
    <message>
        <source>The rest of CityLab works as usual, and zones can still be imported and exported from the experiment&apos;s page.</source>
        <translation>Il resto di CityLab funziona come sempre, e le zone si possono comunque importare ed esportare dalla pagina della sperimentazione.</translation>
    </message>
    <message>
        <source>No graphics driver was found that can draw the map (%1).</source>
        <translation>Non è stato trovato un driver grafico in grado di disegnare la mappa (%1).</translation>
    </message>
    <message>
        <source>The map&apos;s QML did not load.</source>
        <translation>Il QML della mappa non è stato caricato.</translation>
    </message>
    <message numerus="yes">
        <source>%n city event(s) cannot be drawn, their outline is unreadable: %1</source>
        <translation>
            <numerusform>%n evento cittadino non si può disegnare, il contorno non è leggibile: %1</numerusform>
            <numerusform>%n eventi cittadini non si possono disegnare, il contorno non è leggibile: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not read the city events: %1</source>
        <translation>La mappa non ha potuto leggere gli eventi cittadini: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city event(s) shown</source>
        <translation>
            <numerusform>%n evento cittadino mostrato</numerusform>
            <numerusform>%n eventi cittadini mostrati</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a zone or experiment</source>
        <translation>Trova una zona o una sperimentazione</translation>
    </message>
    <message>
        <source>Map of the experiments&apos; zones</source>
        <translation>Mappa delle zone delle sperimentazioni</translation>
    </message>
    <message>
        <source>Arrow keys move the map, + and - zoom; the zones are listed in the Zones tab below the map</source>
        <translation>Le frecce spostano la mappa, + e - la ingrandiscono e riducono; le zone sono elencate nella scheda Zone sotto la mappa</translation>
    </message>
    <message>
        <source>Zones (%1)</source>
        <translation>Zone (%1)</translation>
    </message>
</context>
<context>
    <name>citylab::MeasurementCommands</name>
    <message>
        <source>Imports measurements from a CSV file into an experiment. The separator, decimal mark, encoding and date format are detected; every row is checked and nothing is imported when any row is wrong.</source>
        <translation>Importa le misurazioni di un file CSV in una sperimentazione. Separatore, segno decimale, codifica e formato delle date sono riconosciuti automaticamente; ogni riga è controllata e non si importa nulla se anche una sola riga è errata.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Il file CSV.</translation>
    </message>
    <message>
        <source>The experiment&apos;s code.</source>
        <translation>Il codice della sperimentazione.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>The metric of every row, when the file has no metric column.</source>
        <translation>L&apos;indicatore di tutte le righe, quando il file non ha una colonna dell&apos;indicatore.</translation>
    </message>
    <message>
        <source>Which column holds what, by 1-based number or header name: time=N,value=M,metric=K,zone=Z.</source>
        <translation>Quale colonna contiene cosa, per numero (da 1) o nome d&apos;intestazione: time=N,value=M,metric=K,zone=Z.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>ELENCO</translation>
    </message>
    <message>
        <source>import measurements: give exactly one CSV file</source>
        <translation>import measurements: indicare un solo file CSV</translation>
    </message>
    <message>
        <source>import measurements: --db FILE is required</source>
        <translation>import measurements: --db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>import measurements: --experiment CODE is required</source>
        <translation>import measurements: --experiment CODICE è obbligatorio</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>import measurements: no column &apos;%1&apos; in %2</source>
        <translation>import measurements: nessuna colonna &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>import measurements: unknown role &apos;%1&apos; in --columns (time, value, metric, zone)</source>
        <translation>import measurements: ruolo &apos;%1&apos; sconosciuto in --columns (time, value, metric, zone)</translation>
    </message>
    <message>
        <source>no experiment with code &apos;%1&apos;</source>
        <translation>nessuna sperimentazione con codice &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no metric with code &apos;%1&apos;</source>
        <translation>nessun indicatore con codice &apos;%1&apos;</translation>
    </message>
    <message>
        <source>import measurements: the time, value and metric columns are not recognised in %1; give --columns (and --metric when the file has no metric column)</source>
        <translation>import measurements: in %1 non si riconoscono le colonne di data e ora, valore e indicatore; indicare --columns (e --metric se il file non ha una colonna dell&apos;indicatore)</translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation>colonna %1: </translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) not shown</source>
        <translation>
            <numerusform>%n altro errore non mostrato</numerusform>
            <numerusform>altri %n errori non mostrati</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>nulla è stato importato</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) imported from %1 in %2 s</source>
        <translation>
            <numerusform>%n misurazione importata da %1 in %2 s</numerusform>
            <numerusform>%n misurazioni importate da %1 in %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the file even if the same content was already imported into the experiment.</source>
        <translation>Importa il file anche se lo stesso contenuto è già stato importato nella sperimentazione.</translation>
    </message>
    <message>
        <source>give --allow-duplicate to import it again</source>
        <translation>aggiungi --allow-duplicate per importarlo di nuovo</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>un altro avviso non mostrato</numerusform>
            <numerusform>altri %n avvisi non mostrati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::MeasurementImportDialog</name>
    <message>
        <source>semicolon (;)</source>
        <translation>punto e virgola (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>virgola (,)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Import Measurements</source>
        <translation>Importa misurazioni</translation>
    </message>
    <message>
        <source>(choose the metric)</source>
        <translation>(scegliere l&apos;indicatore)</translation>
    </message>
    <message>
        <source>A CSV file with one measurement per row</source>
        <translation>Un file CSV con una misurazione per riga</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Sperimentazione:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Prime righe del file</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Data e ora:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valore:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Indicatore:</translation>
    </message>
    <message>
        <source>Metric of every row:</source>
        <translation>Indicatore di tutte le righe:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <source>Importing… the window stays usable; Cancel stops the import and leaves the database as it was.</source>
        <translation>Importazione in corso… la finestra resta utilizzabile; Annulla interrompe l&apos;importazione e lascia il database com&apos;era.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Encoding: %1 · Separator: %2 · Decimal mark: %3</source>
        <translation>Codifica: %1 · Separatore: %2 · Separatore decimale: %3</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(scegliere una colonna)</translation>
    </message>
    <message>
        <source>(none: one metric for the whole file)</source>
        <translation>(nessuna: un solo indicatore per tutto il file)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonna %1</translation>
    </message>
    <message>
        <source>This file was already imported into this experiment on %1.</source>
        <translation>Questo file è già stato importato in questa sperimentazione il %1.</translation>
    </message>
    <message>
        <source>Columns as last imported for files from %1; check them before importing.</source>
        <translation>Colonne come nell&apos;ultima importazione di file di %1; verificarle prima di importare.</translation>
    </message>
    <message>
        <source>Columns proposed from the file&apos;s headers; check them before importing.</source>
        <translation>Colonne proposte in base alle intestazioni del file; verificarle prima di importare.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be read. Correct the file (or the columns) and import it again.</source>
        <translation>
            <numerusform>Non è stato importato nulla: %n riga non è leggibile. Correggere il file (o le colonne) e importarlo di nuovo.</numerusform>
            <numerusform>Non è stato importato nulla: %n righe non sono leggibili. Correggere il file (o le colonne) e importarlo di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Sono elencate le prime %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) imported into %1.</source>
        <translation>
            <numerusform>%n misurazione importata in %1.</numerusform>
            <numerusform>%n misurazioni importate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Indicatori: %1</translation>
    </message>
    <message>
        <source>Period: from %1 to %2</source>
        <translation>Periodo: dal %1 al %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a local time at a change of summer time:</source>
        <translation>
            <numerusform>%n riga ha un&apos;ora locale al cambio dell&apos;ora legale:</numerusform>
            <numerusform>%n righe hanno un&apos;ora locale al cambio dell&apos;ora legale:</numerusform>
        </translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
</context>
<context>
    <name>citylab::MetricCatalog</name>
    <message>
        <source>The metric no longer exists (it may have been deleted meanwhile).</source>
        <translation>L&apos;indicatore non esiste più (potrebbe essere stato eliminato nel frattempo).</translation>
    </message>
    <message>
        <source>Write the code in capital letters, digits and underscores, starting with a letter (2 to 32 characters, e.g. NET_LATENCY_MS).</source>
        <translation>Scrivere il codice in lettere maiuscole, cifre e trattini bassi, iniziando con una lettera (da 2 a 32 caratteri, per esempio NET_LATENCY_MS).</translation>
    </message>
    <message>
        <source>The code %1 is already used by the metric “%2”.</source>
        <translation>Il codice %1 è già usato dall&apos;indicatore «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %2 measurements in %n experiment(s), which would be lost with it. Edit its name or description instead.</source>
        <translation>
            <numerusform>%1 non può essere eliminato: ha %2 misurazioni in %n sperimentazione, che andrebbero perse con esso. Se ne possono invece modificare il nome o la descrizione.</numerusform>
            <numerusform>%1 non può essere eliminato: ha %2 misurazioni in %n sperimentazioni, che andrebbero perse con esso. Se ne possono invece modificare il nome o la descrizione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete metric %1</source>
        <translation>eliminazione dell&apos;indicatore %1</translation>
    </message>
</context>
<context>
    <name>citylab::MetricTableModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <source>Measurements</source>
        <translation>Misurazioni</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>citylab::MetricsManager</name>
    <message>
        <source>Delete Metric</source>
        <translation>Elimina indicatore</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>The metrics experiments are measured by. Each has a code that partners&apos; files use, a unit, and whether higher or lower values are better. A metric that has measurements can be edited but not deleted.</source>
        <translation>Gli indicatori con cui si misurano le sperimentazioni. Ciascuno ha un codice, usato nei file dei partner, un&apos;unità di misura e un verso (se sia meglio un valore più alto o più basso). Un indicatore che ha misurazioni si può modificare ma non eliminare.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuovo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>This metric has measurements: it cannot be deleted, only edited.</source>
        <translation>Questo indicatore ha misurazioni: non si può eliminare, solo modificare.</translation>
    </message>
    <message>
        <source>New Metric</source>
        <translation>Nuovo indicatore</translation>
    </message>
    <message>
        <source>Edit Metric %1</source>
        <translation>Modifica indicatore %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its %n target(s) in experiments will be deleted too (Undo brings them back).</source>
        <translation>
            <numerusform>Eliminare %1? Sarà eliminato anche il suo obiettivo (%n) nelle sperimentazioni (Annulla lo ripristina).</numerusform>
            <numerusform>Eliminare %1? Saranno eliminati anche i suoi %n obiettivi nelle sperimentazioni (Annulla li ripristina).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted. Undo brings it back.</source>
        <translation>%1 eliminato. Annulla lo ripristina.</translation>
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
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>una riga di %1 rimanda a una riga mancante di %2</translation>
    </message>
</context>
<context>
    <name>citylab::OfficeSettingsDialog</name>
    <message>
        <source>Office Letterhead</source>
        <translation>Carta intestata dell&apos;ufficio</translation>
    </message>
    <message>
        <source>e.g. Città di Torino — Divisione Innovazione</source>
        <translation>es. Città di Torino — Divisione Innovazione</translation>
    </message>
    <message>
        <source>e.g. innovazione@cert.comune.torino.it</source>
        <translation>es. innovazione@cert.comune.torino.it</translation>
    </message>
    <message>
        <source>e.g. La Dirigente</source>
        <translation>es. La Dirigente</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nome dell&apos;ufficio:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;City (place of the letters):</source>
        <translation>&amp;Città (luogo delle lettere):</translation>
    </message>
    <message>
        <source>Office &amp;PEC:</source>
        <translation>&amp;PEC dell&apos;ufficio:</translation>
    </message>
    <message>
        <source>&amp;Logo file:</source>
        <translation>File del &amp;logo:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Firmatario:</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;role:</source>
        <translation>&amp;Qualifica del firmatario:</translation>
    </message>
    <message>
        <source>Logo of the Office</source>
        <translation>Logo dell&apos;ufficio</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image CityLab can read.</source>
        <translation>%1 non è un&apos;immagine leggibile da CityLab.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
</context>
<context>
    <name>citylab::OpenDatabases</name>
    <message>
        <source>%1 is the CityLab database open in this window (or one of SQLite&apos;s files beside it): it cannot be read as a document while it is open. Use File → Back Up Database… for a copy.</source>
        <translation>%1 è il database di CityLab aperto in questa finestra (o uno dei file di SQLite accanto a esso): non può essere letto come documento mentre è aperto. Per una copia usa File → Copia di sicurezza del database…</translation>
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
    <message>
        <source>Authority asked (%1)</source>
        <translation>Autorità interpellata (%1)</translation>
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
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Unisci «%1» a «%2»</translation>
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
        <source>Cannot merge</source>
        <translation>Impossibile unire</translation>
    </message>
    <message>
        <source>Every contact, experiment, agreement, request and contact log of “%1” will move to “%2”, and “%1” will be deleted. Ctrl+Z undoes the merge, and the change log keeps every step.</source>
        <translation>Ogni contatto, sperimentazione, accordo, istanza e registro dei contatti di «%1» passerà a «%2» e «%1» sarà eliminata. Ctrl+Z annulla l’unione e il registro delle modifiche ne conserva ogni passo.</translation>
    </message>
</context>
<context>
    <name>citylab::OutcomesView</name>
    <message>
        <source>Metrics over time</source>
        <translation>Indicatori nel tempo</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Sperimentazioni</translation>
    </message>
    <message>
        <source>Agreements signed per quarter</source>
        <translation>Accordi firmati per trimestre</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Regulatory lead time by authority (days)</source>
        <translation>Tempi delle autorità per ente (giorni)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <source>Metrics…</source>
        <translation>Indicatori…</translation>
    </message>
    <message>
        <source>Define the metrics experiments are measured by</source>
        <translation>Definisci gli indicatori con cui si misurano le sperimentazioni</translation>
    </message>
    <message>
        <source>Experiments per domain and year of proposal</source>
        <translation>Sperimentazioni per ambito e anno di proposta</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter of the year</comment>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Applies to the experiments per year, the agreements and the lead times; the pipeline is always today&apos;s</source>
        <translation>Vale per le sperimentazioni per anno, gli accordi e i tempi delle autorità; la pipeline è sempre quella di oggi</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Tutto lo storico</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;anno scorso</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Date a scelta</translation>
    </message>
    <message>
        <source>last 12 months</source>
        <extracomment>in a chart title: &quot;Agreements signed per quarter, last 12 months&quot;</extracomment>
        <translation>ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Experiments by pipeline stage today</source>
        <translation>Sperimentazioni per fase della pipeline, oggi</translation>
    </message>
    <message>
        <source>Experiments per domain and year of proposal, %1</source>
        <extracomment>%1 is a year (&quot;2025&quot;) or a span of years (&quot;2025–2026&quot;)</extracomment>
        <translation>Sperimentazioni per ambito e anno di proposta, %1</translation>
    </message>
    <message>
        <source>Agreements signed per quarter, %1</source>
        <extracomment>%1 is a period: a year (&quot;2025&quot;), &quot;last 12 months&quot; or two dates</extracomment>
        <translation>Accordi firmati per trimestre, %1</translation>
    </message>
    <message>
        <source>Regulatory lead time by authority, %1 (days)</source>
        <extracomment>%1 is a period: a year (&quot;2025&quot;), &quot;last 12 months&quot; or two dates</extracomment>
        <translation>Tempi delle autorità per ente, %1 (giorni)</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Risultati</translation>
    </message>
</context>
<context>
    <name>citylab::PartiesSection</name>
    <message>
        <source>Parties</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>no role given</source>
        <translation>ruolo non indicato</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Besides the City, no party is recorded.</source>
        <translation>Oltre alla Città, nessuna parte registrata.</translation>
    </message>
    <message>
        <source>No partners besides the lead organization.</source>
        <translation>Nessun partner oltre al capofila.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Add a party…</source>
        <translation>Aggiungi una parte…</translation>
    </message>
    <message>
        <source>Add a partner…</source>
        <translation>Aggiungi un partner…</translation>
    </message>
    <message>
        <source>This organization is already a party to the agreement.</source>
        <translation>Questo ente è già parte dell&apos;accordo.</translation>
    </message>
    <message>
        <source>This organization is already a partner in the experiment.</source>
        <translation>Questo ente è già partner della sperimentazione.</translation>
    </message>
    <message>
        <source>New Party to %1</source>
        <translation>Nuova parte di %1</translation>
    </message>
    <message>
        <source>Edit Party to %1</source>
        <translation>Modifica parte di %1</translation>
    </message>
    <message>
        <source>New Partner in %1</source>
        <translation>Nuovo partner di %1</translation>
    </message>
    <message>
        <source>Edit Partner in %1</source>
        <translation>Modifica partner di %1</translation>
    </message>
    <message>
        <source>Remove %1 from the agreement</source>
        <translation>Rimuovi %1 dall&apos;accordo</translation>
    </message>
    <message>
        <source>Remove %1 from the experiment</source>
        <translation>Rimuovi %1 dalla sperimentazione</translation>
    </message>
    <message>
        <source>Cannot remove the party</source>
        <translation>Impossibile rimuovere la parte</translation>
    </message>
</context>
<context>
    <name>citylab::PersonDataActions</name>
    <message>
        <source>Export Personal Data…</source>
        <translation>Esporta dati personali…</translation>
    </message>
    <message>
        <source>Everything this file holds about the person, for an access request</source>
        <translation>Tutto ciò che questo file contiene sulla persona, per una richiesta di accesso</translation>
    </message>
    <message>
        <source>Erase Person…</source>
        <translation>Cancella persona…</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data from this file, for an erasure request</source>
        <translation>Cancella i dati della persona da questo file, per una richiesta di cancellazione</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Esporta dati personali</translation>
    </message>
    <message>
        <source>personal data - %1.json</source>
        <translation>dati personali - %1.json</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the personal data</source>
        <translation>Impossibile esportare i dati personali</translation>
    </message>
    <message>
        <source>Cannot erase the person</source>
        <translation>Impossibile cancellare la persona</translation>
    </message>
</context>
<context>
    <name>citylab::PersonErasure</name>
    <message>
        <source>Erased person</source>
        <translation>Persona cancellata</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>[dato cancellato]</translation>
    </message>
    <message>
        <source>The person no longer exists (they may have been deleted meanwhile).</source>
        <translation>La persona non esiste più (potrebbe essere stata eliminata nel frattempo).</translation>
    </message>
</context>
<context>
    <name>citylab::PersonErasureDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Cancella %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The name, role, e-mail, phone and notes of &lt;b&gt;%1&lt;/b&gt; will be erased from this file, and from the change history, which keeps a dated note that an erasure happened and by whom. Their contacts stay linked to “%2”.&lt;/p&gt;&lt;p&gt;This cannot be undone. Daily backups made before today keep the person&apos;s data until they are replaced (CityLab keeps the last %n), and so do copies outside CityLab.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Nome, ruolo, e-mail, telefono e note di &lt;b&gt;%1&lt;/b&gt; saranno cancellati da questo file e dalla cronologia delle modifiche, che conserva una nota datata della cancellazione e di chi l&apos;ha fatta. I suoi contatti restano collegati a «%2».&lt;/p&gt;&lt;p&gt;La cancellazione non si può annullare. Le copie di sicurezza giornaliere fatte prima di oggi contengono i dati della persona finché vengono sostituite (CityLab tiene l&apos;ultima copia), come anche le copie fatte fuori da CityLab.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Nome, ruolo, e-mail, telefono e note di &lt;b&gt;%1&lt;/b&gt; saranno cancellati da questo file e dalla cronologia delle modifiche, che conserva una nota datata della cancellazione e di chi l&apos;ha fatta. I suoi contatti restano collegati a «%2».&lt;/p&gt;&lt;p&gt;La cancellazione non si può annullare. Le copie di sicurezza giornaliere fatte prima di oggi contengono i dati della persona finché vengono sostituite (CityLab tiene le ultime %n), come anche le copie fatte fuori da CityLab.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No other record names them.</source>
        <translation>Nessun altro dato la nomina.</translation>
    </message>
    <message>
        <source>These texts name them: the words that identify them will be replaced by “%1”. Untick a text that is about someone else.</source>
        <translation>Questi testi la nominano: le parole che la identificano saranno sostituite da «%1». Togli la spunta a un testo che parla di qualcun altro.</translation>
    </message>
    <message>
        <source>Texts that name the person</source>
        <translation>Testi che nominano la persona</translation>
    </message>
    <message>
        <source>Erase the Data</source>
        <translation>Cancella i dati</translation>
    </message>
    <message>
        <source>&lt;p&gt;This file syncs with a team server: the erasure reaches the server, and its history, with the next sync, and each colleague&apos;s file with theirs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Questo file si sincronizza con un server del gruppo: la cancellazione raggiunge il server, e la sua cronologia, alla prossima sincronizzazione, e il file di ogni collega alla sua.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>citylab::PersonMentions</name>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
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
        <source>Request</source>
        <translation>Istanza</translation>
    </message>
    <message>
        <source>Letter revision</source>
        <translation>Revisione della lettera</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Modello di lettera</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro dei contatti</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Measurement import</source>
        <translation>Importazione di misurazioni</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Prescrizione</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Atto</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Admissibility item</source>
        <translation>Voce di ammissibilità</translation>
    </message>
    <message>
        <source>Evaluation criterion</source>
        <translation>Criterio di valutazione</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Componente del comitato</translation>
    </message>
    <message>
        <source>Admissibility check</source>
        <translation>Verifica di ammissibilità</translation>
    </message>
    <message>
        <source>Committee score</source>
        <translation>Punteggio del comitato</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflitto di interessi</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Traccia</translation>
    </message>
    <message>
        <source>Track excursion</source>
        <translation>Sconfinamento di una traccia</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Piano di sperimentazione</translation>
    </message>
    <message>
        <source>Test plan phase</source>
        <translation>Fase del piano di sperimentazione</translation>
    </message>
    <message>
        <source>Test plan revision</source>
        <translation>Revisione del piano di sperimentazione</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barriera</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Art. 36 application</source>
        <translation>Domanda art. 36</translation>
    </message>
    <message>
        <source>City event</source>
        <translation>Evento cittadino</translation>
    </message>
</context>
<context>
    <name>citylab::PersonalDataExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossibile scrivere %1: %2.</translation>
    </message>
    <message>
        <source>The person no longer exists (they may have been deleted meanwhile).</source>
        <translation>La persona non esiste più (potrebbe essere stata eliminata nel frattempo).</translation>
    </message>
</context>
<context>
    <name>citylab::PgConnection</name>
    <message>
        <source>Cannot reach the team server: out of memory.</source>
        <translation>Impossibile raggiungere il server del gruppo: memoria esaurita.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server: %1</source>
        <translation>Impossibile collegarsi al server del gruppo: %1</translation>
    </message>
    <message>
        <source>Not connected to the team server.</source>
        <translation>Non collegato al server del gruppo.</translation>
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
        <source>Move refused</source>
        <translation>Passaggio rifiutato</translation>
    </message>
    <message>
        <source>%1 cannot move to %2:</source>
        <translation>%1 non può passare alla fase %2:</translation>
    </message>
    <message>
        <source>Drag a card to another column to move the experiment, or use its menu (right click or the menu key); double-click to open it.</source>
        <translation>Trascina una scheda in un&apos;altra colonna per spostare la sperimentazione, oppure usa il suo menu (clic destro o tasto menu); doppio clic per aprirla.</translation>
    </message>
    <message>
        <source>The date recorded for the moves you make on this board, by dragging a card or from its menu: set it back to record a move that happened on an earlier day.</source>
        <translation>La data registrata per i passaggi fatti su questa lavagna, trascinando una scheda o dal suo menu: impostala indietro per registrare un passaggio avvenuto in un giorno precedente.</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtra le schede</translation>
    </message>
</context>
<context>
    <name>citylab::PlaceholderMerge</name>
    <message>
        <source>%1 at line %2, column %3: %4</source>
        <translation>%1 alla riga %2, colonna %3: %4</translation>
    </message>
    <message>
        <source>code of the experiment</source>
        <translation>codice della sperimentazione</translation>
    </message>
    <message>
        <source>title of the experiment</source>
        <translation>titolo della sperimentazione</translation>
    </message>
    <message>
        <source>description of the experiment</source>
        <translation>descrizione della sperimentazione</translation>
    </message>
    <message>
        <source>start date of the experiment</source>
        <translation>data di inizio della sperimentazione</translation>
    </message>
    <message>
        <source>end date of the experiment</source>
        <translation>data di fine della sperimentazione</translation>
    </message>
    <message>
        <source>duration of the experiment</source>
        <translation>durata della sperimentazione</translation>
    </message>
    <message>
        <source>lead organization</source>
        <translation>soggetto capofila</translation>
    </message>
    <message>
        <source>PEC of the lead organization</source>
        <translation>PEC del soggetto capofila</translation>
    </message>
    <message>
        <source>partners and their roles</source>
        <translation>partner e loro ruoli</translation>
    </message>
    <message>
        <source>zones of the experiment</source>
        <translation>zone della sperimentazione</translation>
    </message>
    <message>
        <source>name of the authority</source>
        <translation>nome dell&apos;ente</translation>
    </message>
    <message>
        <source>PEC of the authority</source>
        <translation>PEC dell&apos;ente</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>base normativa</translation>
    </message>
    <message>
        <source>subject of the request</source>
        <translation>oggetto della richiesta</translation>
    </message>
    <message>
        <source>reference of the request</source>
        <translation>riferimento della richiesta</translation>
    </message>
    <message>
        <source>protocol number</source>
        <translation>numero di protocollo</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>data odierna</translation>
    </message>
    <message>
        <source>submission date</source>
        <translation>data di presentazione</translation>
    </message>
    <message>
        <source>officer in charge</source>
        <translation>responsabile del procedimento</translation>
    </message>
    <message>
        <source>name of the office</source>
        <translation>nome dell&apos;ufficio</translation>
    </message>
    <message>
        <source>address of the office</source>
        <translation>indirizzo dell&apos;ufficio</translation>
    </message>
    <message>
        <source>city of the office</source>
        <translation>città dell&apos;ufficio</translation>
    </message>
    <message>
        <source>PEC of the office</source>
        <translation>PEC dell&apos;ufficio</translation>
    </message>
    <message>
        <source>name of the signatory</source>
        <translation>nome del firmatario</translation>
    </message>
    <message>
        <source>role of the signatory</source>
        <translation>qualifica del firmatario</translation>
    </message>
    <message>
        <source>the placeholder is not closed with }}</source>
        <translation>il segnaposto non è chiuso da }}</translation>
    </message>
    <message>
        <source>the placeholder has no name</source>
        <translation>il segnaposto non ha un nome</translation>
    </message>
    <message>
        <source>a name has only lower-case letters, &apos;_&apos; and &apos;.&apos;</source>
        <translation>un nome contiene solo lettere minuscole, &apos;_&apos; e &apos;.&apos;</translation>
    </message>
    <message>
        <source>there is no placeholder called &apos;%1&apos;</source>
        <translation>non esiste un segnaposto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>[missing: %1]</source>
        <translation>[manca: %1]</translation>
    </message>
    <message>
        <source>documents attached to the request</source>
        <translation>documenti allegati all&apos;istanza</translation>
    </message>
    <message>
        <source>date the term ends</source>
        <translation>data di scadenza del termine</translation>
    </message>
    <message>
        <source>days since the term ended</source>
        <translation>giorni trascorsi dalla scadenza del termine</translation>
    </message>
    <message>
        <source>art. 36: holder of the experiment</source>
        <translation>art. 36: titolare della sperimentazione</translation>
    </message>
    <message>
        <source>art. 36: person in charge</source>
        <translation>art. 36: responsabile</translation>
    </message>
    <message>
        <source>art. 36: duration in months</source>
        <translation>art. 36: durata in mesi</translation>
    </message>
    <message>
        <source>art. 36: aims</source>
        <translation>art. 36: finalità</translation>
    </message>
    <message>
        <source>art. 36: expected results</source>
        <translation>art. 36: risultati attesi</translation>
    </message>
    <message>
        <source>art. 36: monitoring</source>
        <translation>art. 36: monitoraggio</translation>
    </message>
    <message>
        <source>art. 36: risks and mitigations</source>
        <translation>art. 36: rischi e mitigazioni</translation>
    </message>
    <message>
        <source>art. 36: safeguards</source>
        <translation>art. 36: misure di salvaguardia</translation>
    </message>
    <message>
        <source>art. 36: rules to be derogated</source>
        <translation>art. 36: norme da derogare</translation>
    </message>
    <message>
        <source>art. 36: the request it renews</source>
        <translation>art. 36: richiesta rinnovata</translation>
    </message>
</context>
<context>
    <name>citylab::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;Your name as officer:</source>
        <translation>Il &amp;tuo nome come referente:</translation>
    </message>
    <message>
        <source>As it is written on the experiments you follow. Today&apos;s &quot;Mine&quot; shows what concerns them.</source>
        <translation>Come è scritto sulle sperimentazioni che segui. In Oggi, «Le mie» mostra ciò che le riguarda.</translation>
    </message>
    <message>
        <source>Your name as officer</source>
        <translation>Il tuo nome come referente</translation>
    </message>
</context>
<context>
    <name>citylab::ProposalSection</name>
    <message>
        <source>Call and evaluation</source>
        <translation>Call e valutazione</translation>
    </message>
    <message>
        <source>Facilitations asked of the city</source>
        <translation>Agevolazioni chieste alla Città</translation>
    </message>
    <message>
        <source>Not submitted through a call: no admissibility check or committee evaluation. Choose its call with Edit… to have it evaluated.</source>
        <translation>Non presentata tramite una call: nessuna verifica di ammissibilità né valutazione del comitato. Scegli la sua call con Modifica… per farla valutare.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Admissibility: %1 of %2 items met.</source>
        <translation>Ammissibilità: %1 voci soddisfatte su %2.</translation>
    </message>
    <message>
        <source>Admissibility item</source>
        <translation>Voce di ammissibilità</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>met</source>
        <translation>soddisfatta</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non soddisfatta</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non verificata</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Soddisfatta</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non soddisfatta</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non verificata</translation>
    </message>
    <message>
        <source>Close as inadmissible…</source>
        <translation>Chiudi come inammissibile…</translation>
    </message>
    <message>
        <source>Committee evaluation</source>
        <translation>Valutazione del comitato</translation>
    </message>
    <message>
        <source>The call has no committee yet: add its members in Edit → Calls and Committees…</source>
        <translation>La call non ha ancora un comitato: aggiungine i componenti in Modifica → Call e comitati…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Media ponderata</translation>
    </message>
    <message>
        <source>conflict of interest declared: left out of the total</source>
        <translation>conflitto di interessi dichiarato: escluso dal totale</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>non ancora valutata</translation>
    </message>
    <message>
        <source>Total: %1 of 10</source>
        <translation>Totale: %1 su 10</translation>
    </message>
    <message>
        <source>rank %1 of %2 pending proposals</source>
        <translation>posizione %1 su %2 proposte in corso</translation>
    </message>
    <message>
        <source>Not complete: %1</source>
        <translation>Non completa: %1</translation>
    </message>
    <message>
        <source>Save the scoring sheet as PDF…</source>
        <translation>Salva la scheda di valutazione in PDF…</translation>
    </message>
    <message>
        <source>Save the Scoring Sheet</source>
        <translation>Salva la scheda di valutazione</translation>
    </message>
    <message>
        <source>scoring-sheet-%1.pdf</source>
        <translation>scheda-valutazione-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the scoring sheet</source>
        <translation>Impossibile salvare la scheda di valutazione</translation>
    </message>
    <message>
        <source>Close as Inadmissible</source>
        <translation>Chiudi come inammissibile</translation>
    </message>
    <message>
        <source>Why is the proposal inadmissible? The reason is kept with its move to Rejected.</source>
        <translation>Perché la proposta è inammissibile? Il motivo resta con il passaggio a Respinta.</translation>
    </message>
    <message>
        <source>Give the reason: the proposer is told why.</source>
        <translation>Indica il motivo: il proponente deve saperlo.</translation>
    </message>
    <message>
        <source>Cannot close the proposal</source>
        <translation>Impossibile chiudere la proposta</translation>
    </message>
    <message>
        <source>Clear an admissibility check</source>
        <translation>Annulla una verifica di ammissibilità</translation>
    </message>
    <message>
        <source>Mark an admissibility item met</source>
        <translation>Segna una voce di ammissibilità soddisfatta</translation>
    </message>
    <message>
        <source>Mark an admissibility item not met</source>
        <translation>Segna una voce di ammissibilità non soddisfatta</translation>
    </message>
    <message>
        <source>Cannot record the admissibility check</source>
        <translation>Impossibile registrare la verifica di ammissibilità</translation>
    </message>
</context>
<context>
    <name>citylab::RecordBrowser</name>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
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
    <message>
        <source>History of changes</source>
        <translation>Cronologia delle modifiche</translation>
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
    <message>
        <source>“%1” is not a number; write it like %2.</source>
        <translation>«%1» non è un numero; scriverlo come %2.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Nothing in the list is called “%1”: choose one of its entries.</source>
        <translation>Nell&apos;elenco non c&apos;è nulla che si chiami «%1»: scegli una delle sue voci.</translation>
    </message>
</context>
<context>
    <name>citylab::RecordTable</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Column presets</source>
        <translation>Configurazioni colonne</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <source>Save current columns as…</source>
        <translation>Salva colonne correnti come…</translation>
    </message>
    <message>
        <source>Save column preset</source>
        <translation>Salva configurazione colonne</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nome della configurazione:</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Elimina configurazione</translation>
    </message>
</context>
<context>
    <name>citylab::RegulatoryClock</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Capodanno</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Epifania</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Festa della Liberazione</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Festa del Lavoro</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Festa della Repubblica</translation>
    </message>
    <message>
        <source>Assumption Day (Ferragosto)</source>
        <translation>Ferragosto</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Ognissanti</translation>
    </message>
    <message>
        <source>Immaculate Conception</source>
        <translation>Immacolata Concezione</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Natale</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>Santo Stefano</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lunedì dell&apos;Angelo</translation>
    </message>
</context>
<context>
    <name>citylab::ReportCommand</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>Il file PDF da scrivere.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Primo giorno del periodo.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Last day of the period (default today).</source>
        <translation>Ultimo giorno del periodo (predefinito: oggi).</translation>
    </message>
    <message>
        <source>report: unexpected argument &apos;%1&apos;</source>
        <translation>report: argomento inatteso &apos;%1&apos;</translation>
    </message>
    <message>
        <source>report: --db FILE is required</source>
        <translation>report: --db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>report: --out FILE is required</source>
        <translation>report: --out FILE è obbligatorio</translation>
    </message>
    <message>
        <source>report: --%1 must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>report: --%1 deve essere una data AAAA-MM-GG, non &apos;%2&apos;</translation>
    </message>
    <message>
        <source>report: --from is after --to</source>
        <translation>report: --from è successivo a --to</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapporto scritto in %1</translation>
    </message>
    <message>
        <source>Writes a report as PDF: &apos;portfolio&apos; (key figures, pipeline, deadlines, active experiments), &apos;experiment CODE&apos; (summary, partners, agreements, regulatory history, metrics against targets) or &apos;final CODE&apos; (the plan against what happened, footprint compliance, outcomes against targets, conditions, incidents, the rules it tested and what the evidence says).</source>
        <translation>Scrive un rapporto in PDF: &apos;portfolio&apos; (cifre chiave, pipeline, scadenze, sperimentazioni in corso), &apos;experiment CODICE&apos; (sintesi, partner, accordi, storia autorizzativa, indicatori rispetto agli obiettivi) o &apos;final CODICE&apos; (il piano rispetto a ciò che è successo, il rispetto delle zone, i risultati rispetto agli obiettivi, le prescrizioni, gli incidenti, le norme messe alla prova e che cosa dicono le evidenze).</translation>
    </message>
    <message>
        <source>portfolio, or experiment or final followed by the experiment code.</source>
        <translation>portfolio, oppure experiment o final seguiti dal codice della sperimentazione.</translation>
    </message>
    <message>
        <source>report: say &apos;portfolio&apos;, &apos;experiment CODE&apos; or &apos;final CODE&apos;</source>
        <translation>report: indica &apos;portfolio&apos;, &apos;experiment CODICE&apos; o &apos;final CODICE&apos;</translation>
    </message>
    <message>
        <source>report %1: the experiment code is required</source>
        <translation>report %1: serve il codice della sperimentazione</translation>
    </message>
</context>
<context>
    <name>citylab::ReportDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Salva con nome…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <source>One experiment</source>
        <translation>Una sperimentazione</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Sperimentazione:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>Periodo dal:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Il periodo inizia dopo la sua fine.</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Impossibile generare l&apos;anteprima.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>portfolio-report.pdf</source>
        <translation>rapporto-portafoglio.pdf</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salva rapporto</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>Preview shows the report here; Save as… writes it as a PDF.</source>
        <translation>Con Anteprima il rapporto compare qui; Salva con nome… lo scrive in PDF.</translation>
    </message>
    <message>
        <source>Final report of one experiment</source>
        <translation>Rapporto finale di una sperimentazione</translation>
    </message>
    <message>
        <source>final-report-%1.pdf</source>
        <translation>rapporto-finale-%1.pdf</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Anteprima del rapporto</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo dal</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periodo al</translation>
    </message>
</context>
<context>
    <name>citylab::ReportDocument</name>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>citylab::ReportGenerator</name>
    <message>
        <source>Period: up to %1</source>
        <translation>Periodo: fino al %1</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periodo: %1 – %2</translation>
    </message>
    <message>
        <source>Generated on %1 by CityLab</source>
        <translation>Generato il %1 da CityLab</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: la cartella non esiste</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: impossibile scrivere (%2)</translation>
    </message>
    <message>
        <source>%1: the PDF could not be drawn</source>
        <translation>%1: impossibile comporre il PDF</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Rapporto sul portafoglio</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Dati principali</translation>
    </message>
    <message>
        <source>experiments in the portfolio</source>
        <translation>sperimentazioni nel portafoglio</translation>
    </message>
    <message>
        <source>experiments active now</source>
        <translation>sperimentazioni in corso</translation>
    </message>
    <message>
        <source>experiments started in the period</source>
        <translation>sperimentazioni avviate nel periodo</translation>
    </message>
    <message>
        <source>agreements signed in the period</source>
        <translation>accordi firmati nel periodo</translation>
    </message>
    <message>
        <source>regulatory decisions in the period</source>
        <translation>provvedimenti delle autorità nel periodo</translation>
    </message>
    <message>
        <source>overdue regulatory requests</source>
        <translation>istanze alle autorità scadute</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Pipeline per fase</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Sperimentazioni</translation>
    </message>
    <message>
        <source>Experiments by domain</source>
        <translation>Sperimentazioni per ambito</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluse</translation>
    </message>
    <message>
        <source>Regulatory deadlines and overdue requests</source>
        <translation>Scadenze e istanze scadute</translation>
    </message>
    <message>
        <source>No regulatory request is overdue or due in the next 30 days.</source>
        <translation>Nessuna istanza alle autorità è scaduta o in scadenza nei prossimi 30 giorni.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>scaduta da %n giorno</numerusform>
            <numerusform>scaduta da %n giorni</numerusform>
        </translation>
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
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Active experiments</source>
        <translation>Sperimentazioni in corso</translation>
    </message>
    <message>
        <source>No experiment is active.</source>
        <translation>Nessuna sperimentazione in corso.</translation>
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
        <source>Lead organization</source>
        <translation>Organizzazione capofila</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>no experiment with code &apos;%1&apos;</source>
        <translation>nessuna sperimentazione con codice &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Experiment report %1</source>
        <translation>Rapporto sulla sperimentazione %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 dal %2</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Technology readiness level</source>
        <translation>Maturità tecnologica (TRL)</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>No partner recorded.</source>
        <translation>Nessun partner registrato.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>No agreement recorded.</source>
        <translation>Nessun accordo registrato.</translation>
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
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Cambio di stato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Metrics against targets</source>
        <translation>Indicatori rispetto agli obiettivi</translation>
    </message>
    <message>
        <source>No metric is measured for this experiment.</source>
        <translation>Nessun indicatore misurato per questa sperimentazione.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measurement(s) in the period</source>
        <translation>
            <numerusform>%1: %n misura nel periodo</numerusform>
            <numerusform>%1: %n misure nel periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, weekly mean</source>
        <translation>%1, media settimanale</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Obiettivo %1</translation>
    </message>
    <message>
        <source>Interactions in the period</source>
        <translation>Contatti nel periodo</translation>
    </message>
    <message>
        <source>No interaction recorded in the period.</source>
        <translation>Nessun contatto registrato nel periodo.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Experiments per domain and year</source>
        <translation>Sperimentazioni per ambito e anno</translation>
    </message>
    <message>
        <source>No experiment was proposed in the period.</source>
        <translation>Nessuna sperimentazione è stata proposta nel periodo.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Agreements signed per quarter</source>
        <translation>Accordi firmati per trimestre</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter of the year</comment>
        <translation>T%1</translation>
    </message>
    <message>
        <source>No agreement was signed in the period.</source>
        <translation>Nessun accordo è stato firmato nel periodo.</translation>
    </message>
    <message>
        <source>Regulatory lead time by authority</source>
        <translation>Tempi delle autorità per ente</translation>
    </message>
    <message>
        <source>No regulatory request was decided in the period.</source>
        <translation>Nessuna istanza è stata decisa nel periodo.</translation>
    </message>
    <message>
        <source>days from submission to decision</source>
        <translation>giorni dalla presentazione al provvedimento</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Provvedimenti</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Giorni (mediana)</translation>
    </message>
    <message>
        <source>Fastest – slowest (days)</source>
        <translation>Minimo – massimo (giorni)</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Sulla mappa</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Active period</source>
        <translation>Periodo di attività</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>al massimo %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>almeno %1</translation>
    </message>
    <message>
        <source>%1 (week of %2)</source>
        <translation>%1 (settimana del %2)</translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>nessuna misura</translation>
    </message>
    <message>
        <source>met</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <source>Latest weekly mean</source>
        <translation>Ultima media settimanale</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>, mean %1</source>
        <translation>, media %1</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>, obiettivo %1</translation>
    </message>
    <message>
        <source>; the chart shows the weekly mean.</source>
        <translation>; il grafico mostra la media settimanale.</translation>
    </message>
    <message>
        <source>Regulatory history in the period</source>
        <translation>Istanze alle autorità nel periodo</translation>
    </message>
    <message>
        <source>No regulatory step in the period.</source>
        <translation>Nessun passaggio delle istanze nel periodo.</translation>
    </message>
    <message>
        <source>%1 — as of today, %2</source>
        <translation>%1 — alla data di oggi, %2</translation>
    </message>
    <message>
        <source>experiments active today (%1)</source>
        <translation>sperimentazioni in corso oggi (%1)</translation>
    </message>
    <message>
        <source>Final report %1</source>
        <translation>Rapporto finale %1</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Date previste</translation>
    </message>
    <message>
        <source>Plan and what happened</source>
        <translation>Il piano e ciò che è successo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>nessun piano</translation>
    </message>
    <message>
        <source>not live yet</source>
        <translation>non ancora avviata</translation>
    </message>
    <message>
        <source>live from %1 to %2</source>
        <translation>in corso dal %1 al %2</translation>
    </message>
    <message>
        <source>live since %1, not concluded yet</source>
        <translation>in corso dal %1, non ancora conclusa</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Misurazioni</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) with a target</source>
        <translation>
            <numerusform>%n indicatore con un obiettivo</numerusform>
            <numerusform>%n indicatori con un obiettivo</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 dal %2 al %3</translation>
    </message>
    <message>
        <source>Where the tests ran</source>
        <translation>Dove si sono svolte le prove</translation>
    </message>
    <message>
        <source>inside the authorized zones, dates, hours and heights</source>
        <translation>dentro le zone, le date, gli orari e le altezze autorizzati</translation>
    </message>
    <message>
        <source>no track recorded</source>
        <translation>nessuna traccia registrata</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s), %1 points</source>
        <translation>
            <numerusform>%n traccia, %1 punti</numerusform>
            <numerusform>%n tracce, %1 punti</numerusform>
        </translation>
    </message>
    <message>
        <source>no excursion</source>
        <translation>nessuno sconfinamento</translation>
    </message>
    <message numerus="yes">
        <source>%n excursion(s): %1 outside the zones, %2 outside the dates, %3 outside the hours, %4 too high</source>
        <translation>
            <numerusform>%n sconfinamento: %1 fuori dalle zone, %2 fuori dalle date, %3 fuori dagli orari, %4 troppo in alto</numerusform>
            <numerusform>%n sconfinamenti: %1 fuori dalle zone, %2 fuori dalle date, %3 fuori dagli orari, %4 troppo in alto</numerusform>
        </translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>veicoli</translation>
    </message>
    <message>
        <source>drones</source>
        <translation>droni</translation>
    </message>
    <message>
        <source>robots</source>
        <translation>robot</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utenti</translation>
    </message>
    <message>
        <source>The plan&apos;s phases and scale:</source>
        <translation>Le fasi e la scala del piano:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garanzia</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Come previsto</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assicurazione</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>Safety operator</source>
        <translation>Operatore di sicurezza</translation>
    </message>
    <message>
        <source>Geofence</source>
        <translation>Geofence</translation>
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
        <source>Emergency stop</source>
        <translation>Arresto di emergenza</translation>
    </message>
    <message>
        <source>Data shared</source>
        <translation>Dati condivisi</translation>
    </message>
    <message>
        <source>Outcomes against targets</source>
        <translation>Risultati rispetto agli obiettivi</translation>
    </message>
    <message>
        <source>No target was set.</source>
        <translation>Non è stato fissato alcun obiettivo.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Prescrizioni</translation>
    </message>
    <message>
        <source>No condition was imposed.</source>
        <translation>Non è stata imposta alcuna prescrizione.</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>rispettata il %1</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Prescrizione</translation>
    </message>
    <message>
        <source>Imposed by</source>
        <translation>Imposta da</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rispettata</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <source>No incident was recorded.</source>
        <translation>Non è stato registrato alcun incidente.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Che cosa si è fatto</translation>
    </message>
    <message>
        <source>The rules it tested</source>
        <translation>Le norme messe alla prova</translation>
    </message>
    <message>
        <source>The experiment gathered evidence on no barrier.</source>
        <translation>La sperimentazione non ha raccolto evidenze su alcuna barriera.</translation>
    </message>
    <message>
        <source>What the derogation asks: %1</source>
        <translation>Che cosa chiede la deroga: %1</translation>
    </message>
    <message>
        <source>What the evidence says, across every experiment that tested it:</source>
        <translation>Che cosa dicono le evidenze, in tutte le sperimentazioni che l&apos;hanno messa alla prova:</translation>
    </message>
</context>
<context>
    <name>citylab::ReportZoneMap</name>
    <message>
        <source>offline tiles (%1)</source>
        <translation>tasselli offline (%1)</translation>
    </message>
</context>
<context>
    <name>citylab::RequestChecklist</name>
    <message>
        <source>Technical description</source>
        <translation>Relazione tecnica</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Valutazione dei rischi</translation>
    </message>
    <message>
        <source>Insurance policy</source>
        <translation>Polizza assicurativa</translation>
    </message>
    <message>
        <source>Zone map</source>
        <translation>Planimetria delle zone</translation>
    </message>
    <message>
        <source>Monitoring plan</source>
        <translation>Piano di monitoraggio</translation>
    </message>
    <message>
        <source>Operator registration (UAS operator)</source>
        <translation>Registrazione dell&apos;operatore UAS</translation>
    </message>
    <message>
        <source>Operations manual and risk assessment (SORA)</source>
        <translation>Manuale delle operazioni e valutazione del rischio (SORA)</translation>
    </message>
    <message>
        <source>Site plan of the occupied area</source>
        <translation>Planimetria dell&apos;area occupata</translation>
    </message>
    <message>
        <source>Evidence from the experiment (data, report)</source>
        <translation>Evidenze della sperimentazione (dati, relazione)</translation>
    </message>
    <message>
        <source>Proposed text of the rule</source>
        <translation>Testo proposto della norma</translation>
    </message>
    <message>
        <source>Copy of the agreement</source>
        <translation>Copia dell&apos;accordo</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>La richiesta non esiste più.</translation>
    </message>
    <message>
        <source>%1 is too large to keep in the database (%2).</source>
        <translation>%1 è troppo grande per essere conservato nel database (%2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Submitted without: %1. Reason: %2</source>
        <translation>Presentata senza: %1. Motivo: %2</translation>
    </message>
    <message>
        <source>These documents of the checklist are missing: %1. Say why the request is submitted without them.</source>
        <translation>Mancano questi documenti della lista di controllo: %1. Indicare perché la richiesta viene presentata senza.</translation>
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
        <translation>Ente</translation>
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
    <message>
        <source>Checklist</source>
        <translation>Lista di controllo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>No other documents attached.</source>
        <translation>Nessun altro documento allegato.</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silenzio</translation>
    </message>
    <message>
        <source>Authorization number</source>
        <translation>Numero dell&apos;autorizzazione</translation>
    </message>
</context>
<context>
    <name>citylab::RequestRevisions</name>
    <message>
        <source>The revisions of the request cannot be read.</source>
        <translation>Le revisioni della richiesta non si possono leggere.</translation>
    </message>
    <message>
        <source>The text has not changed since revision %1.</source>
        <translation>Il testo non è cambiato dalla revisione %1.</translation>
    </message>
    <message>
        <source>Revision %1 of the request does not exist.</source>
        <translation>La revisione %1 della richiesta non esiste.</translation>
    </message>
    <message>
        <source>Restored from revision %1</source>
        <translation>Ripristinata dalla revisione %1</translation>
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
        <translation>Ente</translation>
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
    <message>
        <source>Term</source>
        <translation>Termine</translation>
    </message>
</context>
<context>
    <name>citylab::RequestWorkflow</name>
    <message>
        <source>The request no longer exists.</source>
        <translation>La richiesta non esiste più.</translation>
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
    <message>
        <source>Draft…</source>
        <translation>Bozza…</translation>
    </message>
    <message>
        <source>Write the letter of the request from a template, attach its documents, export it as PDF, ODT or PEC</source>
        <translation>Scrivere la lettera della richiesta da un modello, allegarne i documenti, esportarla in PDF, ODT o PEC</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
</context>
<context>
    <name>citylab::RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring replaces everything the database holds now; what it holds now is kept as a backup too, so a restore can be undone.</source>
        <translation>Copie di sicurezza di %1, dalla più recente. Il ripristino sostituisce tutto ciò che il database contiene ora; il contenuto attuale viene a sua volta conservato come copia, così il ripristino si può annullare.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Creata il</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>none (daily backups off)</source>
        <translation>nessuna (copie giornaliere disattivate)</translation>
    </message>
    <message>
        <source>Change &amp;Folder…</source>
        <translation>Cambia &amp;cartella…</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>Copie &amp;giornaliere conservate:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Cartella delle copie:</translation>
    </message>
    <message>
        <source>&amp;Other Backup File…</source>
        <translation>&amp;Altro file di copia…</translation>
    </message>
    <message>
        <source>%1 (before a restore)</source>
        <translation>%1 (prima di un ripristino)</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Cartella delle copie di sicurezza</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>la copia del %1</translation>
    </message>
    <message>
        <source>CityLab databases (*.citylab);;All files (*)</source>
        <translation>Database di CityLab (*.citylab);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Replace everything in %1 with %2?</source>
        <translation>Sostituire tutto il contenuto di %1 con %2?</translation>
    </message>
    <message>
        <source>What the database holds now is kept as a backup, listed here, so this can be undone.</source>
        <translation>Il contenuto attuale del database viene conservato come copia, elencata qui, così l&apos;operazione si può annullare.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossibile ripristinare la copia di sicurezza</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copie di sicurezza</translation>
    </message>
    <message>
        <source>Folder of the backups</source>
        <translation>Cartella delle copie di sicurezza</translation>
    </message>
</context>
<context>
    <name>citylab::RevisionsDialog</name>
    <message>
        <source>Revisions of %1</source>
        <translation>Revisioni di %1</translation>
    </message>
    <message>
        <source>Revision %1 — %2 %3 — %4%5</source>
        <translation>Revisione %1 — %2 %3 — %4%5</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>autore sconosciuto</translation>
    </message>
    <message>
        <source>Restore the older revision</source>
        <translation>Ripristina la revisione precedente</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>&amp;Precedente:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Successiva:</translation>
    </message>
    <message>
        <source>No revision saved yet: save the text in the editor first.</source>
        <translation>Nessuna revisione salvata: salvare prima il testo nell&apos;editor.</translation>
    </message>
    <message>
        <source>From revision %1 to %2: %3 words added, %4 removed.</source>
        <translation>Dalla revisione %1 alla %2: %3 parole aggiunte, %4 tolte.</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Ripristina revisione</translation>
    </message>
    <message>
        <source>Saves the older revision again as the newest revision: nothing is lost.</source>
        <translation>Salva di nuovo la revisione più vecchia come la più recente: non si perde nulla.</translation>
    </message>
    <message>
        <source>Differences from the revision before</source>
        <translation>Differenze dalla revisione precedente</translation>
    </message>
</context>
<context>
    <name>citylab::ScoreSheet</name>
    <message>
        <source>The scores of this proposal cannot be read.</source>
        <translation>Non è possibile leggere i punteggi di questa proposta.</translation>
    </message>
    <message>
        <source>A score goes from 0 to 10, not %1.</source>
        <translation>Un punteggio va da 0 a 10, non %1.</translation>
    </message>
    <message>
        <source>Declare a conflict of interest on %1</source>
        <translation>Dichiara un conflitto di interessi su %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Valuta %1</translation>
    </message>
    <message>
        <source>This person does not sit on the committee of the proposal&apos;s call.</source>
        <translation>Questa persona non fa parte del comitato della call della proposta.</translation>
    </message>
    <message>
        <source>A score is given on a criterion that is not the call&apos;s.</source>
        <translation>Un punteggio è dato su un criterio che non è della call.</translation>
    </message>
</context>
<context>
    <name>citylab::ScoreSheetDialog</name>
    <message>
        <source>I declare a conflict of interest with this proposal</source>
        <translation>Dichiaro un conflitto di interessi con questa proposta</translation>
    </message>
    <message>
        <source>Score %1 — %2</source>
        <translation>Valuta %1 — %2</translation>
    </message>
    <message>
        <source>Each criterion from 0 (not at all) to 10 (fully), with a comment for the minutes. Leave a score empty to give it later.</source>
        <translation>Ogni criterio da 0 (per nulla) a 10 (pienamente), con un commento per il verbale. Lascia vuoto un punteggio per darlo più tardi.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>%1 (weight %2):</source>
        <translation>%1 (peso %2):</translation>
    </message>
    <message>
        <source>Why (for the minutes)</source>
        <translation>Perché (per il verbale)</translation>
    </message>
    <message>
        <source>“%1” is not a score: give a number from 0 to 10.</source>
        <translation>«%1» non è un punteggio: indica un numero da 0 a 10.</translation>
    </message>
    <message>
        <source>This person does not sit on the committee of the proposal&apos;s call.</source>
        <translation>Questa persona non fa parte del comitato della call della proposta.</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Punteggio per %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commento su %1</translation>
    </message>
</context>
<context>
    <name>citylab::ScoringSheet</name>
    <message>
        <source>The experiment no longer exists.</source>
        <translation>La sperimentazione non esiste più.</translation>
    </message>
    <message>
        <source>Committee scoring sheet</source>
        <translation>Scheda di valutazione del comitato</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Arrivata il</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Stampata il</translation>
    </message>
    <message>
        <source>The proposal came through no call: no committee scores it.</source>
        <translation>La proposta non è arrivata tramite una call: nessun comitato la valuta.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (peso %2)</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Media ponderata</translation>
    </message>
    <message>
        <source>Conflict of interest declared: left out of the total.</source>
        <translation>Conflitto di interessi dichiarato: escluso dal totale.</translation>
    </message>
    <message>
        <source>Total: %1 of 10</source>
        <translation>Totale: %1 su 10</translation>
    </message>
    <message>
        <source>Rank %1 of %2 evaluated pending proposals of the call.</source>
        <translation>Posizione %1 su %2 proposte in corso valutate della call.</translation>
    </message>
    <message>
        <source>The evaluation is not complete:</source>
        <translation>La valutazione non è completa:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Nessun commento.</translation>
    </message>
    <message>
        <source>Signatures of the committee members:</source>
        <translation>Firme dei componenti del comitato:</translation>
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
    <message numerus="yes">
        <source>Type at least %n letter(s) of a word.</source>
        <translation>
            <numerusform>Digita almeno %n lettera di una parola.</numerusform>
            <numerusform>Digita almeno %n lettere di una parola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Many records match: each kind shows title matches and its newest records first. Type more to narrow.</source>
        <translation>Molti record corrispondono: per ogni tipo compaiono prima le corrispondenze nel titolo e i record più recenti. Digita altre lettere per restringere la ricerca.</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
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
    <name>citylab::SeriesExplorer</name>
    <message>
        <source>Experiment:</source>
        <translation>Sperimentazione:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Indicatore:</translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation>Aggregazione:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Confronta con:</translation>
    </message>
    <message>
        <source>Daily mean</source>
        <translation>Media giornaliera</translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation>Media settimanale</translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation>Media mensile</translation>
    </message>
    <message>
        <source>Every measurement</source>
        <translation>Tutte le misure</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Intero periodo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Date a scelta</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nessun confronto</translation>
    </message>
    <message>
        <source>Its zones</source>
        <translation>Le sue zone</translation>
    </message>
    <message>
        <source>Other experiments</source>
        <translation>Altre sperimentazioni</translation>
    </message>
    <message>
        <source>Tick the series to draw on the same chart</source>
        <translation>Spuntare le serie da tracciare sullo stesso grafico</translation>
    </message>
    <message>
        <source>Drag to pan, scroll to zoom, double-click to see everything</source>
        <translation>Trascinare per scorrere, usare la rotellina per ingrandire, doppio clic per vedere tutto il periodo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No measurements to show</source>
        <translation>Nessuna misura da mostrare</translation>
    </message>
    <message>
        <source>%1 target %2</source>
        <translation>%1 obiettivo %2</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (obiettivo %2)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Obiettivo %1</translation>
    </message>
    <message>
        <source>Hourly mean</source>
        <translation>Media oraria</translation>
    </message>
</context>
<context>
    <name>citylab::ServerCommands</name>
    <message>
        <source>The team server, as a PostgreSQL URI or connection string (postgresql://user@host:5432/citylab?sslmode=verify-full).</source>
        <translation>Il server del gruppo, come URI o stringa di connessione PostgreSQL (postgresql://utente@host:5432/citylab?sslmode=verify-full).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
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
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: argomento inatteso &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: say which user</source>
        <translation>%1: indicare quale utente</translation>
    </message>
    <message>
        <source>%1: --pg URL is required</source>
        <translation>%1: --pg URL è obbligatorio</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossibile leggere il file della password %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Il file della password %1 è vuoto.</translation>
    </message>
    <message>
        <source>%1: changed on the server first (by %2) to &quot;%3&quot;; yours, &quot;%4&quot;, was not applied</source>
        <translation>%1: modificato prima sul server (da %2) in &quot;%3&quot;; il tuo valore, &quot;%4&quot;, non è stato applicato</translation>
    </message>
    <message>
        <source>%1: the record was deleted on the server (by %2); your change &quot;%3&quot; was not applied</source>
        <translation>%1: il record è stato eliminato sul server (da %2); la tua modifica &quot;%3&quot; non è stata applicata</translation>
    </message>
    <message>
        <source>%1: changed on the server (by %2) since you last synced; your deletion was not applied</source>
        <translation>%1: modificato sul server (da %2) dopo la tua ultima sincronizzazione; la tua eliminazione non è stata applicata</translation>
    </message>
    <message>
        <source>%1: refers to a record deleted on the server; not applied</source>
        <translation>%1: rimanda a un record eliminato sul server; non applicato</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already taken on the server; yours is now &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; era già usato sul server; il tuo ora è &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: the same record already exists on the server; yours was not added</source>
        <translation>%1: lo stesso record esiste già sul server; il tuo non è stato aggiunto</translation>
    </message>
    <message>
        <source>%1: the move to &quot;%2&quot; was refused: on the server it is now &quot;%3&quot; (by %4)</source>
        <translation>%1: il passaggio a &quot;%2&quot; è stato rifiutato: sul server ora è &quot;%3&quot; (da %4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>server: say &apos;init&apos;, &apos;add-user&apos; or &apos;status&apos;, not &apos;%1&apos;</source>
        <translation>server: indicare &apos;init&apos;, &apos;add-user&apos; o &apos;status&apos;, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Creates or upgrades the citylab schema on a PostgreSQL server (15 or newer) and the group roles citylab_viewer, citylab_editor and citylab_admin. Connect as the server&apos;s administrator; running it again is harmless.</source>
        <translation>Crea o aggiorna lo schema citylab su un server PostgreSQL (15 o successivo) e i ruoli di gruppo citylab_viewer, citylab_editor e citylab_admin. Collegarsi come amministratore del server; eseguirlo di nuovo non fa danni.</translation>
    </message>
    <message>
        <source>Created the citylab schema (version %1) on %2.</source>
        <translation>Creato lo schema citylab (versione %1) su %2.</translation>
    </message>
    <message>
        <source>Upgraded the citylab schema on %1 from version %2 to %3.</source>
        <translation>Aggiornato lo schema citylab su %1 dalla versione %2 alla %3.</translation>
    </message>
    <message>
        <source>The citylab schema on %1 is up to date (version %2).</source>
        <translation>Lo schema citylab su %1 è aggiornato (versione %2).</translation>
    </message>
    <message>
        <source>Makes NAME a login on the team server in a role: viewer (reads everything, changes nothing), editor (changes records) or admin. Run again to change a user&apos;s role or password.</source>
        <translation>Crea l&apos;accesso NOME al server del gruppo con un ruolo: viewer (legge tutto, non modifica nulla), editor (modifica i record) o admin. Eseguirlo di nuovo cambia ruolo o password di un utente.</translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation>Il nome di accesso dell&apos;utente.</translation>
    </message>
    <message>
        <source>viewer, editor or admin.</source>
        <translation>viewer, editor o admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RUOLO</translation>
    </message>
    <message>
        <source>A file whose first line is the new user&apos;s password (without it the user has none and logs in as the server&apos;s authentication rules allow).</source>
        <translation>Un file la cui prima riga è la password del nuovo utente (senza, l&apos;utente non ha password e accede come consentono le regole di autenticazione del server).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>server add-user: --role must be viewer, editor or admin, not &apos;%1&apos;</source>
        <translation>server add-user: --role deve essere viewer, editor o admin, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is a CityLab %2 on %3.</source>
        <translation>%1 è un utente CityLab %2 su %3.</translation>
    </message>
    <message>
        <source>Shows the team server&apos;s schema version, its users, the desktops that sync with it and the last changes.</source>
        <translation>Mostra la versione dello schema del server del gruppo, i suoi utenti, le postazioni che si sincronizzano e le ultime modifiche.</translation>
    </message>
    <message>
        <source>A file whose first line is your password.</source>
        <translation>Un file la cui prima riga è la tua password.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versione dello schema: %1</translation>
    </message>
    <message>
        <source>Records: %1; open conflicts: %2</source>
        <translation>Record: %1; conflitti aperti: %2</translation>
    </message>
    <message>
        <source>Users (%1):</source>
        <translation>Utenti (%1):</translation>
    </message>
    <message>
        <source>Desktops (%1):</source>
        <translation>Postazioni (%1):</translation>
    </message>
    <message>
        <source>%1, %2: last synced %3 (up to change %4)</source>
        <translation>%1, %2: ultima sincronizzazione %3 (fino alla modifica %4)</translation>
    </message>
    <message>
        <source>Last changes:</source>
        <translation>Ultime modifiche:</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <source>Sends the file&apos;s changes to its team server and takes the team&apos;s, once. A file joins the server on its first sync: an empty file takes the team&apos;s records, a file with records fills an empty server. Exit status 0 when done (conflicts are listed), 1 when the server cannot be reached or refuses the changes: nothing is lost, they stay waiting in the file.</source>
        <translation>Invia una volta le modifiche del file al suo server del gruppo e riceve quelle del gruppo. Un file si unisce al server alla prima sincronizzazione: un file vuoto riceve i record del gruppo, un file con record riempie un server vuoto. Codice di uscita 0 a lavoro fatto (i conflitti sono elencati), 1 se il server non è raggiungibile o rifiuta le modifiche: non si perde nulla, restano in attesa nel file.</translation>
    </message>
    <message>
        <source>The CityLab database file.</source>
        <translation>Il file di database CityLab.</translation>
    </message>
    <message>
        <source>sync: --db FILE is required</source>
        <translation>sync: --db FILE è obbligatorio</translation>
    </message>
    <message>
        <source>Joined %1.</source>
        <translation>Unito a %1.</translation>
    </message>
    <message>
        <source>Sent %1 changes, received %2 records; %3 conflicts.</source>
        <translation>Inviate %1 modifiche, ricevuti %2 record; %3 conflitti.</translation>
    </message>
    <message>
        <source>%1 changes were already on the server (sent again after an interruption) and were not applied twice.</source>
        <translation>%1 modifiche erano già sul server (inviate di nuovo dopo un&apos;interruzione) e non sono state applicate due volte.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflitto: %1</translation>
    </message>
    <message>
        <source>Erased personal data of %1 records on the server, in its history too.</source>
        <translation>Cancellati i dati personali di %1 record sul server, anche nella sua cronologia.</translation>
    </message>
    <message>
        <source>Erased personal data of %1 records in this file, as a colleague erased them on the server.</source>
        <translation>Cancellati i dati personali di %1 record in questo file, come un collega li ha cancellati sul server.</translation>
    </message>
    <message>
        <source>The GIS view citylab.zones_geo could not be made: %1</source>
        <translation>Non è stato possibile creare la vista GIS citylab.zones_geo: %1</translation>
    </message>
    <message>
        <source>GIS view: citylab.zones_geo (PostGIS %1)</source>
        <translation>Vista GIS: citylab.zones_geo (PostGIS %1)</translation>
    </message>
    <message>
        <source>GIS view: none (a server with PostGIS gets citylab.zones_geo from `citylab server init`)</source>
        <translation>Vista GIS: nessuna (un server con PostGIS riceve citylab.zones_geo da `citylab server init`)</translation>
    </message>
</context>
<context>
    <name>citylab::ServerGisView</name>
    <message>
        <source>The zones are in the view citylab.zones_geo for the city&apos;s GIS (PostGIS %1, EPSG:4326).</source>
        <translation>Le zone sono nella vista citylab.zones_geo per il GIS della città (PostGIS %1, EPSG:4326).</translation>
    </message>
    <message>
        <source>No GIS view: the server has no PostGIS (install postgresql-17-postgis-3 and run `citylab server init` again to get citylab.zones_geo).</source>
        <translation>Nessuna vista GIS: il server non ha PostGIS (installa postgresql-17-postgis-3 ed esegui di nuovo `citylab server init` per avere citylab.zones_geo).</translation>
    </message>
    <message>
        <source>No GIS view: PostGIS is installed but this login may not enable it (%1). Run `citylab server init` as a superuser, or have one run CREATE EXTENSION postgis in this database.</source>
        <translation>Nessuna vista GIS: PostGIS è installato ma questo utente non può attivarlo (%1). Esegui `citylab server init` come superutente, o fai eseguire a un superutente CREATE EXTENSION postgis in questo database.</translation>
    </message>
</context>
<context>
    <name>citylab::ServerSchema</name>
    <message>
        <source>%1 has no CityLab schema: run `citylab server init` on it first.</source>
        <translation>%1 non ha uno schema CityLab: eseguire prima `citylab server init`.</translation>
    </message>
    <message>
        <source>The team server&apos;s schema is version %1, newer than this CityLab (%2): update CityLab.</source>
        <translation>Lo schema del server del gruppo è alla versione %1, più recente di questo CityLab (%2): aggiornare CityLab.</translation>
    </message>
    <message>
        <source>The team server&apos;s schema is version %1 and this CityLab needs %2: ask the administrator to run `citylab server init` again.</source>
        <translation>Lo schema del server del gruppo è alla versione %1 e questo CityLab richiede la %2: chiedere all&apos;amministratore di eseguire di nuovo `citylab server init`.</translation>
    </message>
    <message>
        <source>The team server&apos;s schema is version %1, newer than this CityLab (%2): it was left as it is; update CityLab.</source>
        <translation>Lo schema del server del gruppo è alla versione %1, più recente di questo CityLab (%2): è stato lasciato com&apos;è; aggiornare CityLab.</translation>
    </message>
    <message>
        <source>Cannot read the server schema step %1.</source>
        <translation>Impossibile leggere il passo %1 dello schema del server.</translation>
    </message>
    <message>
        <source>Upgrading the team server&apos;s schema to version %1 failed: %2</source>
        <translation>Aggiornamento dello schema del server del gruppo alla versione %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable user name: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; non è un nome utente valido: usare lettere minuscole, cifre, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;, iniziando con una lettera.</translation>
    </message>
    <message>
        <source>%1 may not create users: connect as the server&apos;s administrator (a role with CREATEROLE). %2</source>
        <translation>%1 non può creare utenti: collegarsi come amministratore del server (un ruolo con CREATEROLE). %2</translation>
    </message>
</context>
<context>
    <name>citylab::SharedSiteTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no start</source>
        <translation>senza inizio</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>senza fine</translation>
    </message>
    <message>
        <source>Area the two zones share, in square metres</source>
        <translation>Area comune alle due zone, in metri quadrati</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>And</source>
        <translation>E</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
</context>
<context>
    <name>citylab::SqlErrorText</name>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>il disco è pieno: libera spazio e riprova</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>il file è danneggiato (%1)</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1): it may be failing, removed or full</source>
        <translation>impossibile leggere o scrivere sul disco (%1): potrebbe essere guasto, rimosso o pieno</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>il file o la sua cartella sono in sola lettura</translation>
    </message>
    <message>
        <source>another program has been writing to this file for too long; try again when it is done</source>
        <translation>un altro programma sta scrivendo in questo file da troppo tempo; riprova quando avrà finito</translation>
    </message>
    <message>
        <source>the file cannot be opened (it was moved, or its folder cannot be written)</source>
        <translation>impossibile aprire il file (è stato spostato, oppure la sua cartella non è scrivibile)</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>la memoria non è sufficiente</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>%1 is damaged. Nothing was written to it and it was left as it is. Run &apos;citylab check --db %1&apos; to see what is wrong, then restore a backup (File → Restore from Backup…, or citylab restore).</source>
        <translation>%1 è danneggiato. Non vi è stato scritto nulla ed è stato lasciato com&apos;è. Esegui &apos;citylab check --db %1&apos; per vedere che cosa non va, poi ripristina una copia di sicurezza (File → Ripristina da una copia di sicurezza…, oppure citylab restore).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was written to it and it was left as it is. Run &apos;citylab check --db %1&apos; to see what is wrong, then restore a backup (File → Restore from Backup…, or citylab restore).</source>
        <translation>%1 è danneggiato (%2). Non vi è stato scritto nulla ed è stato lasciato com&apos;è. Esegui &apos;citylab check --db %1&apos; per vedere che cosa non va, poi ripristina una copia di sicurezza (File → Ripristina da una copia di sicurezza…, oppure citylab restore).</translation>
    </message>
</context>
<context>
    <name>citylab::StackedBarChart</name>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>citylab::StageColumn</name>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Sposta nella fase «%1»</translation>
    </message>
</context>
<context>
    <name>citylab::StageMove</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Sposta %1 nella fase «%2»</translation>
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
        <translation>es. protocollo della PEC, prescrizioni della decisione</translation>
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
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>The procedure of this request is closed: no further step.</source>
        <translation>Il procedimento di questa istanza è chiuso: nessun altro passaggio.</translation>
    </message>
    <message>
        <source>why the request goes out without them</source>
        <translation>perché la richiesta parte senza di essi</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Documents of the checklist still missing: %1.</source>
        <translation>Documenti della lista di controllo ancora mancanti: %1.</translation>
    </message>
    <message>
        <source>Say why the request is submitted without every document.</source>
        <translation>Indicare perché la richiesta viene presentata senza tutti i documenti.</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Istanza %1: %2</translation>
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
        <source>Cannot use %1: its journal cannot be switched to WAL mode.</source>
        <translation>Impossibile usare %1: il suo journal non può passare alla modalità WAL.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>%1 was made by a newer CityLab (schema version %2; this one knows up to %3). It was left unchanged.</source>
        <translation>%1 è stato creato da una versione più recente di CityLab (schema %2; questa arriva fino al %3). Non è stato modificato.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>The uuid of a record cannot change.</source>
        <translation>L&apos;uuid di un record non può cambiare.</translation>
    </message>
    <message>
        <source>The record no longer exists (it may have been deleted meanwhile).</source>
        <translation>Il record non esiste più (potrebbe essere stato eliminato nel frattempo).</translation>
    </message>
    <message>
        <source>%1: this value is not allowed.</source>
        <translation>%1: valore non ammesso.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation>Impossibile usare %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossibile aprire %1: %2.</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2. It was left unchanged.</source>
        <translation>Impossibile fare una copia di sicurezza di %1 prima di aggiornarlo: %2. Non è stato modificato.</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2.</source>
        <translation>Impossibile leggere le tabelle di %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2: %3.</source>
        <translation>Impossibile leggere %1 da %2: %3.</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2.</source>
        <translation>Impossibile salvare in %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>Impossibile scrivere in %1: %2.</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2. Nothing of this change was saved.</source>
        <translation>Impossibile salvare in %1: %2. Nulla di questa modifica è stato salvato.</translation>
    </message>
    <message>
        <source>The new record could not be read back.</source>
        <translation>Impossibile rileggere il nuovo record.</translation>
    </message>
    <message>
        <source>The file cannot be compacted while a change is being written.</source>
        <translation>Il file non può essere compattato mentre si sta scrivendo una modifica.</translation>
    </message>
    <message>
        <source>Cannot compact %1: %2.</source>
        <translation>Impossibile compattare %1: %2.</translation>
    </message>
    <message>
        <source>Another program is reading %1: close it and try again to finish removing the erased values.</source>
        <translation>Un altro programma sta leggendo %1: chiudilo e riprova per finire di rimuovere i valori cancellati.</translation>
    </message>
    <message>
        <source>A condition comes from an agreement or request of its own experiment.</source>
        <translation>Una prescrizione viene da un accordo o da un&apos;istanza della sua sperimentazione.</translation>
    </message>
    <message>
        <source>A score is given by a member of the proposal&apos;s call, on one of its criteria.</source>
        <translation>Un punteggio è dato da un componente del comitato della call della proposta, su uno dei suoi criteri.</translation>
    </message>
    <message>
        <source>An admissibility check is on an item of the proposal&apos;s call.</source>
        <translation>Una verifica di ammissibilità riguarda una voce della call della proposta.</translation>
    </message>
    <message>
        <source>A conflict of interest is declared by a member of the proposal&apos;s call.</source>
        <translation>Un conflitto di interessi è dichiarato da un componente del comitato della call della proposta.</translation>
    </message>
    <message>
        <source>The proposal was checked or scored under its call: it keeps that call.</source>
        <translation>La proposta è stata verificata o valutata nella sua call: resta in quella call.</translation>
    </message>
    <message>
        <source>There is no table %1.</source>
        <translation>Non esiste la tabella %1.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 non ha il campo %2.</translation>
    </message>
</context>
<context>
    <name>citylab::StoreBackup</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossibile aprire %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CityLab database: it is not an SQLite file, or its first page is damaged.</source>
        <translation>%1 non è un database di CityLab: non è un file SQLite, oppure la sua prima pagina è danneggiata.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CityLab database.</source>
        <translation>%1 non è un database di CityLab.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3.</source>
        <translation>Impossibile copiare %1 in %2: %3.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3.</source>
        <translation>Impossibile spostare %1 in %2: %3.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database it copies (%1).</source>
        <translation>Una copia di sicurezza non può essere scritta sopra il database che copia (%1).</translation>
    </message>
    <message>
        <source>%1 was made by a newer CityLab (schema version %2; this one knows up to %3).</source>
        <translation>%1 è stato creato da una versione più recente di CityLab (schema %2; questa arriva fino al %3).</translation>
    </message>
    <message>
        <source>%1 is the open database itself, not a backup of it.</source>
        <translation>%1 è il database aperto, non una sua copia di sicurezza.</translation>
    </message>
    <message>
        <source>%1 cannot keep what it replaces in the backup it restores.</source>
        <translation>%1 non può conservare ciò che sostituisce nella copia che ripristina.</translation>
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
    <message>
        <source>The file is damaged: restore its latest good backup (File → Restore from Backup…, or citylab restore --db %1 --from BACKUP; citylab backup --db %1 --list shows the daily ones). Until then CityLab writes nothing to it.</source>
        <translation>Il file è danneggiato: ripristina la sua ultima copia di sicurezza integra (File → Ripristina da una copia di sicurezza…, oppure citylab restore --db %1 --from COPIA; citylab backup --db %1 --list mostra quelle giornaliere). Fino ad allora CityLab non vi scrive nulla.</translation>
    </message>
    <message>
        <source>Open the file in CityLab (or run any command that writes to it) to upgrade it; a copy of the old file is kept beside it.</source>
        <translation>Apri il file in CityLab (o esegui un comando che vi scrive) per aggiornarlo; una copia del file precedente viene conservata accanto a esso.</translation>
    </message>
    <message>
        <source>A record points at one that no longer exists: open it in CityLab and choose the organization, experiment or zone again, or restore a backup from before the change.</source>
        <translation>Un record rimanda a uno che non esiste più: aprilo in CityLab e scegli di nuovo l&apos;organizzazione, la sperimentazione o la zona, oppure ripristina una copia di sicurezza precedente alla modifica.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) belong to no import of their experiment.</source>
        <translation>
            <numerusform>%n misura non appartiene ad alcuna importazione della sua sperimentazione.</numerusform>
            <numerusform>%n misure non appartengono ad alcuna importazione della loro sperimentazione.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::StoreRead</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
</context>
<context>
    <name>citylab::SyncBulkTransfer</name>
    <message>
        <source>the team server has no file with sha256 %1</source>
        <translation>il server del gruppo non ha un file con sha256 %1</translation>
    </message>
    <message>
        <source>the server sent a measurement this CityLab cannot read</source>
        <translation>il server ha inviato una misura che questo CityLab non sa leggere</translation>
    </message>
    <message>
        <source>a measurement of batch %1 names a metric this file does not have</source>
        <translation>una misura del lotto %1 indica una metrica che questo file non ha</translation>
    </message>
    <message>
        <source>team server</source>
        <translation>server del gruppo</translation>
    </message>
</context>
<context>
    <name>citylab::SyncCatalog</name>
    <message>
        <source>The tables %1 refer to each other in a circle and cannot be synced.</source>
        <translation>Le tabelle %1 si rimandano a vicenda in cerchio e non possono essere sincronizzate.</translation>
    </message>
</context>
<context>
    <name>citylab::SyncConflict</name>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
</context>
<context>
    <name>citylab::SyncConflictsDialog</name>
    <message>
        <source>Keep mine</source>
        <translation>Tieni il mio</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Tieni quello del server</translation>
    </message>
    <message>
        <source>Another value…</source>
        <translation>Un altro valore…</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Il tuo</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sul server</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>These changes of yours were not applied by the team server as you made them. Choose, for each, which value the team keeps.</source>
        <translation>Il server del gruppo non ha applicato queste tue modifiche come le hai fatte. Scegli, per ciascuna, quale valore tiene il gruppo.</translation>
    </message>
    <message>
        <source>%1 (no longer here)</source>
        <translation>%1 (non più presente)</translation>
    </message>
    <message>
        <source>%1 changed it first.</source>
        <translation>%1 l&apos;ha modificato prima.</translation>
    </message>
    <message>
        <source>%1 deleted the record; your change was not applied.</source>
        <translation>%1 ha eliminato il record; la tua modifica non è stata applicata.</translation>
    </message>
    <message>
        <source>%1 changed the record after you last synced, so your deletion was not applied.</source>
        <translation>%1 ha modificato il record dopo la tua ultima sincronizzazione, perciò la tua eliminazione non è stata applicata.</translation>
    </message>
    <message>
        <source>The record it belongs to was deleted on the server; it was not added.</source>
        <translation>Il record a cui appartiene è stato eliminato sul server; non è stato aggiunto.</translation>
    </message>
    <message>
        <source>The value was already taken on the server; yours was given a suffix.</source>
        <translation>Il valore era già usato sul server; al tuo è stato aggiunto un suffisso.</translation>
    </message>
    <message>
        <source>The same value, or the same record, was already on the server.</source>
        <translation>Lo stesso valore, o lo stesso record, era già sul server.</translation>
    </message>
    <message>
        <source>%1 moved it first; your move was not recorded.</source>
        <translation>%1 l&apos;ha spostato prima; il tuo passaggio non è stato registrato.</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <source>Another value</source>
        <translation>Un altro valore</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>changed meanwhile</source>
        <translation>modificato nel frattempo</translation>
    </message>
    <message>
        <source>what it belongs to was deleted</source>
        <translation>ciò a cui apparteneva è stato eliminato</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>già presente</translation>
    </message>
</context>
<context>
    <name>citylab::SyncRecordCodec</name>
    <message>
        <source>%1 has no field %2 that the team server keeps.</source>
        <translation>%1 non ha un campo %2 conservato dal server del gruppo.</translation>
    </message>
    <message>
        <source>the record it refers to (%1 of %2) is not in the file</source>
        <translation>il record a cui rimanda (%1 di %2) non è nel file</translation>
    </message>
    <message>
        <source>%1 of a record of %2 refers to record %3 of %4, which %5 no longer knows.</source>
        <translation>%1 di un record di %2 rimanda al record %3 di %4, che %5 non conosce più.</translation>
    </message>
</context>
<context>
    <name>citylab::SyncState</name>
    <message>
        <source>Cannot record the sync state in %1: %2</source>
        <translation>Impossibile registrare lo stato della sincronizzazione in %1: %2</translation>
    </message>
</context>
<context>
    <name>citylab::SyncWorker</name>
    <message>
        <source>No team server is set for this file.</source>
        <translation>Per questo file non è impostato un server del gruppo.</translation>
    </message>
</context>
<context>
    <name>citylab::TacitDecisionsDialog</name>
    <message>
        <source>Silence of Authorities</source>
        <translation>Silenzio delle amministrazioni</translation>
    </message>
    <message>
        <source>What an authority&apos;s silence means once a request&apos;s term has passed without a decision. The request&apos;s page says so when it happens. The defaults follow law 241/1990 (art. 20 for authorizations, art. 17-bis for opinions of other public bodies); a special law can say otherwise for your requests.</source>
        <translation>Che cosa significa il silenzio di un&apos;amministrazione quando il termine di un&apos;istanza è passato senza una decisione. La pagina dell&apos;istanza lo dice quando succede. I valori predefiniti seguono la legge 241/1990 (art. 20 per le autorizzazioni, art. 17-bis per i pareri di altre amministrazioni); una legge speciale può disporre diversamente per le vostre istanze.</translation>
    </message>
    <message>
        <source>The rules were not saved: %1</source>
        <translation>Le regole non sono state salvate: %1</translation>
    </message>
</context>
<context>
    <name>citylab::TargetsSection</name>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>No targets set.</source>
        <translation>Nessun obiettivo fissato.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Latest weekly mean</source>
        <translation>Ultima media settimanale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>settimana del %1</translation>
    </message>
    <message>
        <source>no measurements yet</source>
        <translation>ancora nessuna misurazione</translation>
    </message>
    <message>
        <source>met</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>al massimo %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>almeno %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>entro il %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Add target…</source>
        <translation>Aggiungi obiettivo…</translation>
    </message>
    <message>
        <source>New Target for %1</source>
        <translation>Nuovo obiettivo per %1</translation>
    </message>
    <message>
        <source>Edit Target of %1</source>
        <translation>Modifica obiettivo di %1</translation>
    </message>
    <message>
        <source>Remove target %1</source>
        <translation>rimozione dell&apos;obiettivo %1</translation>
    </message>
    <message>
        <source>Cannot remove the target</source>
        <translation>Impossibile rimuovere l&apos;obiettivo</translation>
    </message>
</context>
<context>
    <name>citylab::TeamServerDialog</name>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Team Server</source>
        <translation>Server del gruppo</translation>
    </message>
    <message>
        <source>e.g. citylab.comune.torino.it</source>
        <translation>es. citylab.comune.torino.it</translation>
    </message>
    <message>
        <source>Encrypted, server certificate and name checked (recommended)</source>
        <translation>Cifrata, con verifica del certificato e del nome del server (consigliata)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Cifrata, con verifica del certificato del server</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Cifrata, senza verifica del certificato</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Cifrata se il server lo consente</translation>
    </message>
    <message>
        <source>Not encrypted (only on this computer or a trusted network)</source>
        <translation>Non cifrata (solo su questo computer o su una rete fidata)</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>Le autorità di certificazione del sistema</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Scegli il file dell&apos;autorità di certificazione</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorità di certificazione</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificati (*.crt *.pem);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connessione:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Autorità di certificazione:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The file is kept on this computer and works offline; it sends its changes to the team&apos;s server and takes the others&apos; every 30 seconds and soon after each edit. A new, empty file takes the team&apos;s records when it joins.</source>
        <translation>Il file resta su questo computer e funziona anche senza rete; invia le sue modifiche al server del gruppo e riceve quelle degli altri ogni 30 secondi e subito dopo ogni modifica. Un file nuovo e vuoto, quando si unisce, riceve i record del gruppo.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>File del certificato della CA</translation>
    </message>
</context>
<context>
    <name>citylab::TeamSync</name>
    <message>
        <source>%1 is joined to another team server (%2), not to %3.</source>
        <translation>%1 è unito a un altro server del gruppo (%2), non a %3.</translation>
    </message>
    <message>
        <source>%1 already holds records, and so does the team server: join from a new, empty file to take the team&apos;s records (nothing was changed).</source>
        <translation>%1 contiene già dei record, e così il server del gruppo: per ricevere i record del gruppo unirsi da un file nuovo e vuoto (non è stato cambiato nulla).</translation>
    </message>
    <message>
        <source>The team server refused the changes: %1. They stay waiting in %2.</source>
        <translation>Il server del gruppo ha rifiutato le modifiche: %1. Restano in attesa in %2.</translation>
    </message>
    <message>
        <source>Sending changes to %1 failed: %2. They stay waiting in %3.</source>
        <translation>Invio delle modifiche a %1 non riuscito: %2. Restano in attesa in %3.</translation>
    </message>
    <message>
        <source>Receiving changes from %1 failed: %2</source>
        <translation>Ricezione delle modifiche da %1 non riuscita: %2</translation>
    </message>
    <message>
        <source>Applying the server&apos;s record %1 of %2 to %3 failed: %4</source>
        <translation>Applicazione del record %1 di %2 del server a %3 non riuscita: %4</translation>
    </message>
    <message>
        <source>the record it refers to (%1 of %2) is not in the file</source>
        <translation>il record a cui rimanda (%1 di %2) non è nel file</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <source>team server</source>
        <translation>server del gruppo</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost (%2). Nothing is lost: what was not sent stays waiting in %3; sync again when the server is back.</source>
        <translation>Il collegamento con il server del gruppo %1 si è interrotto (%2). Non si è perso nulla: ciò che non è stato inviato resta in attesa in %3; sincronizzare di nuovo quando il server torna disponibile.</translation>
    </message>
    <message>
        <source>%1 has records written by a newer CityLab (%2): update CityLab on this computer to receive them. Nothing was received; what this file holds is kept.</source>
        <translation>%1 contiene record scritti da una versione più recente di CityLab (%2): aggiorna CityLab su questo computer per riceverli. Non è stato ricevuto nulla; ciò che il file contiene è conservato.</translation>
    </message>
    <message>
        <source>The erased values are gone from the team server&apos;s records and history, but its tables keep them in unused space until they are rewritten: ask the server&apos;s administrator to run VACUUM FULL on the citylab schema (%1).</source>
        <translation>I valori cancellati non sono più nei record né nella cronologia del server del gruppo, ma le sue tabelle li conservano nello spazio inutilizzato finché non vengono riscritte: chiedi all&apos;amministratore del server di eseguire VACUUM FULL sullo schema citylab (%1).</translation>
    </message>
    <message>
        <source>%1 may not rewrite the tables</source>
        <translation>%1 non può riscrivere le tabelle</translation>
    </message>
    <message>
        <source>You are a viewer on the team server %1: you can read the team&apos;s records but not change them.</source>
        <translation>Sul server del gruppo %1 hai il ruolo di lettore: puoi leggere i record del gruppo ma non modificarli.</translation>
    </message>
    <message>
        <source>Checking the references of %1 in %2 failed: %3</source>
        <translation>Controllo dei riferimenti di %1 in %2 non riuscito: %3</translation>
    </message>
    <message>
        <source>Applying the server&apos;s records to %1 failed: record %2 of %3 refers to a record of %4 that is not in the file.</source>
        <translation>Applicazione dei record del server a %1 non riuscita: il record %2 di %3 rimanda a un record di %4 che non è nel file.</translation>
    </message>
</context>
<context>
    <name>citylab::TeamSyncActions</name>
    <message>
        <source>&amp;Team Server…</source>
        <translation>Server del &amp;gruppo…</translation>
    </message>
    <message>
        <source>Share this file&apos;s records with the team through a PostgreSQL server</source>
        <translation>Condividi i record di questo file con il gruppo tramite un server PostgreSQL</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <source>Sync Con&amp;flicts…</source>
        <translation>Con&amp;flitti di sincronizzazione…</translation>
    </message>
    <message>
        <source>Team Server</source>
        <translation>Server del gruppo</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Password di %1 su %2:</translation>
    </message>
    <message>
        <source>Not syncing: no password given (File → Team Server…)</source>
        <translation>Sincronizzazione ferma: nessuna password (File → Server del gruppo…)</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring (%1): it will be asked again next time.</source>
        <translation>Non è stato possibile conservare la password nel portachiavi di sistema (%1): sarà chiesta di nuovo la prossima volta.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Collegamento a %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Collegamento…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizzato alle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modifica in attesa</numerusform>
            <numerusform>%n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>read only</source>
        <translation>sola lettura</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Non in linea — %n modifica in attesa</numerusform>
            <numerusform>Non in linea — %n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced — %n change(s) waiting</source>
        <translation>
            <numerusform>Non sincronizzato — %n modifica in attesa</numerusform>
            <numerusform>Non sincronizzato — %n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>The record is no longer in this file.</source>
        <translation>Il record non è più in questo file.</translation>
    </message>
</context>
<context>
    <name>citylab::TemplateManager</name>
    <message>
        <source>Default for this kind</source>
        <translation>Predefinito per questo tipo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Letter Templates</source>
        <translation>Modelli di lettera</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Qualsiasi ente</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Inserisci segnaposto</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind of request:</source>
        <translation>&amp;Tipo di richiesta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <source> · shipped</source>
        <translation> · fornito</translation>
    </message>
    <message>
        <source>Shipped with CityLab: duplicate it to adapt it.</source>
        <translation>Fornito con CityLab: duplicarlo per adattarlo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Elimina modello</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Eliminare il modello &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Any kind (e.g. a reminder)</source>
        <translation>Qualsiasi tipo (ad es. un sollecito)</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>qualsiasi tipo</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modelli di lettera</translation>
    </message>
    <message>
        <source>Text of the template</source>
        <translation>Testo del modello</translation>
    </message>
</context>
<context>
    <name>citylab::TestPlan</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Insurance: %1, policy %2, expires on %3</source>
        <translation>Assicurazione: %1, polizza %2, scade il %3</translation>
    </message>
    <message>
        <source>Safety operator: %1</source>
        <translation>Operatore di sicurezza: %1</translation>
    </message>
    <message>
        <source>Geofence: %1</source>
        <translation>Geofence: %1</translation>
    </message>
    <message>
        <source>Emergency stop: %1</source>
        <translation>Arresto di emergenza: %1</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>veicoli</translation>
    </message>
    <message>
        <source>drones</source>
        <translation>droni</translation>
    </message>
    <message>
        <source>robots</source>
        <translation>robot</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utenti</translation>
    </message>
    <message>
        <source>Phase %1: %2, %3 to %4; %5</source>
        <translation>Fase %1: %2, dal %3 al %4; %5</translation>
    </message>
    <message>
        <source>no scale given</source>
        <translation>nessuna scala indicata</translation>
    </message>
    <message>
        <source>Data shared: %1</source>
        <translation>Dati condivisi: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licenza: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>Phase %1 (%2)</source>
        <translation>Fase %1 (%2)</translation>
    </message>
    <message>
        <source>%1: give it a name.</source>
        <translation>%1: indica un nome.</translation>
    </message>
    <message>
        <source>%1: give the day it starts.</source>
        <translation>%1: indica il giorno in cui comincia.</translation>
    </message>
    <message>
        <source>%1: give the day it ends.</source>
        <translation>%1: indica il giorno in cui finisce.</translation>
    </message>
    <message>
        <source>%1: it ends on %2, before it starts on %3.</source>
        <translation>%1: finisce il %2, prima di cominciare il %3.</translation>
    </message>
    <message>
        <source>%1: a scale cannot be negative.</source>
        <translation>%1: una scala non può essere negativa.</translation>
    </message>
    <message>
        <source>The plan has not changed since revision %1.</source>
        <translation>Il piano non è cambiato dalla revisione %1.</translation>
    </message>
</context>
<context>
    <name>citylab::TestPlanDialog</name>
    <message>
        <source>&amp;Geofence: the vehicles cannot leave the authorized zones</source>
        <translation>&amp;Geofence: i veicoli non possono uscire dalle zone autorizzate</translation>
    </message>
    <message>
        <source>&amp;Emergency stop that halts the test at once</source>
        <translation>Arresto di &amp;emergenza che ferma subito la prova</translation>
    </message>
    <message>
        <source>Test Plan of %1</source>
        <translation>Piano di sperimentazione di %1</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veicoli</translation>
    </message>
    <message>
        <source>Drones</source>
        <translation>Droni</translation>
    </message>
    <message>
        <source>Robots</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Phases of the test</source>
        <translation>Fasi della prova</translation>
    </message>
    <message>
        <source>&amp;Add phase</source>
        <translation>&amp;Aggiungi fase</translation>
    </message>
    <message>
        <source>&amp;Remove phase</source>
        <translation>&amp;Rimuovi fase</translation>
    </message>
    <message>
        <source>Phases and scale</source>
        <translation>Fasi e scala</translation>
    </message>
    <message>
        <source>Who can stop the test on site</source>
        <translation>Chi può fermare la prova sul posto</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Garanzie</translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation>Ass&amp;icuratore:</translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation>Numero di &amp;polizza:</translation>
    </message>
    <message>
        <source>Policy &amp;expires on:</source>
        <translation>La polizza scad&amp;e il:</translation>
    </message>
    <message>
        <source>&amp;Safety operator:</source>
        <translation>Operatore di &amp;sicurezza:</translation>
    </message>
    <message>
        <source>What the partner shares with the city: trips, noise, air quality…</source>
        <translation>Che cosa il partner condivide con la città: viaggi, rumore, qualità dell&apos;aria…</translation>
    </message>
    <message>
        <source>For the city&apos;s use only</source>
        <translation>Solo per uso della Città</translation>
    </message>
    <message>
        <source>Data and notes</source>
        <translation>Dati e note</translation>
    </message>
    <message>
        <source>&amp;Data shared:</source>
        <translation>&amp;Dati condivisi:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licenza:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>What changed, for the revisions (optional)</source>
        <translation>Che cosa è cambiato, per le revisioni (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Che cosa è cambiato:</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>Phase %1: &apos;%2&apos; is not a number of %3.</source>
        <translation>Fase %1: &apos;%2&apos; non è un numero di %3.</translation>
    </message>
    <message>
        <source>Licence of the data</source>
        <translation>Licenza dei dati</translation>
    </message>
</context>
<context>
    <name>citylab::TestPlanRevisions</name>
    <message>
        <source>Restored from revision %1</source>
        <translation>Ripristinata dalla revisione %1</translation>
    </message>
    <message>
        <source>Revision %1 of the plan no longer exists.</source>
        <translation>La revisione %1 del piano non esiste più.</translation>
    </message>
</context>
<context>
    <name>citylab::TestPlanSection</name>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n veicolo</numerusform>
            <numerusform>%n veicoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drone(s)</source>
        <translation>
            <numerusform>%n drone</numerusform>
            <numerusform>%n droni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n robot(s)</source>
        <translation>
            <numerusform>%n robot</numerusform>
            <numerusform>%n robot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utente</numerusform>
            <numerusform>%n utenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Piano di sperimentazione</translation>
    </message>
    <message>
        <source>No test plan yet: its phases and scale, safeguards and the data the partner shares.</source>
        <translation>Ancora nessun piano di sperimentazione: le fasi e la scala, le garanzie e i dati che il partner condivide.</translation>
    </message>
    <message>
        <source>Write the test plan…</source>
        <translation>Scrivi il piano di sperimentazione…</translation>
    </message>
    <message>
        <source>No phase planned yet.</source>
        <translation>Ancora nessuna fase prevista.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>polizza %1</translation>
    </message>
    <message>
        <source>%1, policy %2</source>
        <translation>%1, polizza %2</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>scaduta il %1</translation>
    </message>
    <message numerus="yes">
        <source>expires on %1, in %n day(s)</source>
        <translation>
            <numerusform>scade il %1, tra %n giorno</numerusform>
            <numerusform>scade il %1, tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>scade il %1</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assicurazione</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>scadenza non indicata</translation>
    </message>
    <message>
        <source>Safety operator</source>
        <translation>Operatore di sicurezza</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>nessuno indicato</translation>
    </message>
    <message>
        <source>Geofence</source>
        <translation>Geofence</translation>
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
        <source>Emergency stop</source>
        <translation>Arresto di emergenza</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <source>the experiment&apos;s targets (Targets, below)</source>
        <translation>gli obiettivi della sperimentazione (Obiettivi, più sotto)</translation>
    </message>
    <message>
        <source>Data shared</source>
        <translation>Dati condivisi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Edit the test plan…</source>
        <translation>Modifica il piano di sperimentazione…</translation>
    </message>
    <message>
        <source>Revisions (%1)…</source>
        <translation>Revisioni (%1)…</translation>
    </message>
    <message>
        <source>Revisions of the Test Plan of %1</source>
        <translation>Revisioni del piano di sperimentazione di %1</translation>
    </message>
    <message>
        <source>No revision saved yet: write the test plan first.</source>
        <translation>Ancora nessuna revisione salvata: scrivi prima il piano di sperimentazione.</translation>
    </message>
</context>
<context>
    <name>citylab::TileAvailability</name>
    <message>
        <source>The tile folder %1 has no tiles for this area at this zoom: the zones are drawn on a plain background. Tiles… can download the area on screen into it.</source>
        <translation>La cartella dei tasselli %1 non ha tasselli per quest&apos;area a questo livello di zoom: le zone sono disegnate su uno sfondo neutro. Tasselli… può scaricarvi l&apos;area sullo schermo.</translation>
    </message>
    <message>
        <source>Map tiles cannot be loaded from %1 (%2): the zones are drawn on a plain background. Tiles… can download an area for offline use, or point the map at a folder of tiles.</source>
        <translation>Impossibile caricare i tasselli della mappa da %1 (%2): le zone sono disegnate su uno sfondo neutro. Tasselli… può scaricare un&apos;area da usare senza connessione, o indicare alla mappa una cartella di tasselli.</translation>
    </message>
</context>
<context>
    <name>citylab::TileCommands</name>
    <message>
        <source>Usage: citylab tiles prefetch --url TEMPLATE --bbox S,W,N,E --zoom MIN-MAX --out DIR [--force]
</source>
        <translation>Uso: citylab tiles prefetch --url MODELLO --bbox S,O,N,E --zoom MIN-MAX --out CARTELLA [--force]
</translation>
    </message>
    <message>
        <source>tiles: unknown action &apos;%1&apos;</source>
        <translation>tiles: azione sconosciuta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Downloads map tiles into DIR/{z}/{x}/{y}.png for offline use; tiles already there are kept.</source>
        <translation>Scarica i tasselli della mappa in CARTELLA/{z}/{x}/{y}.png per l&apos;uso senza rete; quelli già presenti sono mantenuti.</translation>
    </message>
    <message>
        <source>Tile URL with {z}, {x} and {y}, e.g. https://tile.example.org/{z}/{x}/{y}.png.</source>
        <translation>Indirizzo dei tasselli con {z}, {x} e {y}, es. https://tile.example.org/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>MODELLO</translation>
    </message>
    <message>
        <source>Area in degrees: south,west,north,east.</source>
        <translation>Area in gradi: sud,ovest,nord,est.</translation>
    </message>
    <message>
        <source>S,W,N,E</source>
        <translation>S,O,N,E</translation>
    </message>
    <message>
        <source>Zoom levels, e.g. 10-15.</source>
        <translation>Livelli di zoom, es. 10-15.</translation>
    </message>
    <message>
        <source>MIN-MAX</source>
        <translation>MIN-MAX</translation>
    </message>
    <message>
        <source>Folder to fill.</source>
        <translation>Cartella da riempire.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>Download even more than %1 tiles.</source>
        <translation>Scarica anche più di %1 tasselli.</translation>
    </message>
    <message>
        <source>tiles prefetch: --url, --bbox, --zoom and --out are required</source>
        <translation>tiles prefetch: servono --url, --bbox, --zoom e --out</translation>
    </message>
    <message>
        <source>tiles prefetch: --url must contain {z}, {x} and {y}, not &apos;%1&apos;</source>
        <translation>tiles prefetch: --url deve contenere {z}, {x} e {y}, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tiles prefetch: --bbox must be south,west,north,east in degrees with south &lt; north and west &lt; east, not &apos;%1&apos;</source>
        <translation>tiles prefetch: --bbox deve essere sud,ovest,nord,est in gradi con sud &lt; nord e ovest &lt; est, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tiles prefetch: --zoom must be MIN-MAX between 0 and 19, not &apos;%1&apos;</source>
        <translation>tiles prefetch: --zoom deve essere MIN-MAX tra 0 e 19, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tiles prefetch: the area needs more than %1 tiles; narrow --bbox or --zoom, or add --force</source>
        <translation>tiles prefetch: l&apos;area richiede più di %1 tasselli; restringi --bbox o --zoom, oppure aggiungi --force</translation>
    </message>
    <message>
        <source>tiles prefetch: %1 of %2</source>
        <translation>tiles prefetch: %1 di %2</translation>
    </message>
    <message>
        <source>%1 tiles fetched, %2 already there, in %3</source>
        <translation>%1 tasselli scaricati, %2 già presenti, in %3</translation>
    </message>
    <message>
        <source>tiles prefetch: %1</source>
        <translation>tiles prefetch: %1</translation>
    </message>
</context>
<context>
    <name>citylab::TilePrefetch</name>
    <message numerus="yes">
        <source>Cancelled after %n tile(s).</source>
        <translation>
            <numerusform>Annullato dopo %n tassello.</numerusform>
            <numerusform>Annullato dopo %n tasselli.</numerusform>
        </translation>
    </message>
    <message>
        <source>tile %1 from %2: %3</source>
        <translation>tassello %1 da %2: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>citylab::TileSettingsDialog</name>
    <message>
        <source>Map tiles</source>
        <translation>Tasselli della mappa</translation>
    </message>
    <message>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (in rete)</translation>
    </message>
    <message>
        <source>Tiles are kept on disk, so areas already seen show without a connection.</source>
        <translation>I tasselli sono conservati sul disco: le aree già viste restano visibili senza connessione.</translation>
    </message>
    <message>
        <source>Custom tile server</source>
        <translation>Server di tasselli personalizzato</translation>
    </message>
    <message>
        <source>A URL ending in {z}/{x}/{y}.png.</source>
        <translation>Un indirizzo che termina con {z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <source>Tile folder on this computer</source>
        <translation>Cartella di tasselli su questo computer</translation>
    </message>
    <message>
        <source>A folder of {z}/{x}/{y}.png files, for example filled by &quot;citylab tiles prefetch&quot;.</source>
        <translation>Una cartella di file {z}/{x}/{y}.png, ad esempio riempita con &quot;citylab tiles prefetch&quot;.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>No tiles</source>
        <translation>Nessun tassello</translation>
    </message>
    <message>
        <source>A plain background with the zones and a scale bar.</source>
        <translation>Uno sfondo neutro con le zone e la scala grafica.</translation>
    </message>
    <message>
        <source>Tile folder</source>
        <translation>Cartella dei tasselli</translation>
    </message>
    <message>
        <source>The tile URL must end in {z}/{x}/{y}.png.</source>
        <translation>L&apos;indirizzo dei tasselli deve terminare con {z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>La cartella &quot;%1&quot; non esiste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Download the area on screen for offline use&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scarica l&apos;area sullo schermo per usarla senza connessione&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;Down to zoom:</source>
        <translation>&amp;Fino allo zoom:</translation>
    </message>
    <message>
        <source>Download into the tile folder</source>
        <translation>Scarica nella cartella dei tasselli</translation>
    </message>
    <message>
        <source>more than %1: zoom in on the map or choose a lower zoom</source>
        <translation>più di %1: ingrandisci la mappa o scegli uno zoom minore</translation>
    </message>
    <message>
        <source>the address must end in {z}/{x}/{y}.png</source>
        <translation>l&apos;indirizzo deve terminare con {z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>choose the tile folder above first</source>
        <translation>scegli prima la cartella dei tasselli qui sopra</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n tassello</numerusform>
            <numerusform>%n tasselli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s): %1</source>
        <translation>
            <numerusform>%n tassello: %1</numerusform>
            <numerusform>%n tasselli: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be made.</source>
        <translation>Impossibile creare la cartella &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Downloading map tiles…</source>
        <translation>Scaricamento dei tasselli della mappa…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 tiles downloaded, %2 were already there.</source>
        <translation>%1 tasselli scaricati, %2 erano già presenti.</translation>
    </message>
    <message>
        <source>Stopped: %1. %2</source>
        <translation>Interrotto: %1. %2</translation>
    </message>
    <message>
        <source>Address of the custom tile server</source>
        <translation>Indirizzo del server di tasselli personalizzato</translation>
    </message>
</context>
<context>
    <name>citylab::TimeSeriesChart</name>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Istante</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>%1, weekly mean</source>
        <translation>%1, media settimanale</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Obiettivo %1</translation>
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
        <source>Open</source>
        <translation>Aperto</translation>
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
    <message>
        <source>Cannot keep the threshold</source>
        <translation>Impossibile salvare la soglia</translation>
    </message>
    <message>
        <source>&amp;Stuck after:</source>
        <translation>&amp;Ferma dopo:</translation>
    </message>
    <message>
        <source>An experiment that stays this long in a stage before going live is listed as stuck</source>
        <translation>Una sperimentazione che resta così a lungo in una fase prima dell&apos;avvio è segnalata come ferma</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>deadlines-%1.csv</source>
        <translation>scadenze-%1.csv</translation>
    </message>
    <message>
        <source>Follow-ups of rejected or withdrawn experiments</source>
        <translation>Richiami di sperimentazioni respinte o ritirate</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>Regulatory requests</source>
        <translation>Istanze</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Accordi da rinnovare</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Richiami</translation>
    </message>
    <message>
        <source>Stuck experiments</source>
        <translation>Sperimentazioni ferme</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tutti i referenti</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Le mie (%1)</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Segna come fatto</translation>
    </message>
    <message>
        <source>Postpone by a week</source>
        <translation>Rimanda di una settimana</translation>
    </message>
    <message>
        <source>Postpone by a month</source>
        <translation>Rimanda di un mese</translation>
    </message>
    <message>
        <source>Postpone to…</source>
        <translation>Rimanda al…</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <translation>Richiamo fatto: %1</translation>
    </message>
    <message>
        <source>Cannot close the follow-up</source>
        <translation>Impossibile chiudere il richiamo</translation>
    </message>
    <message>
        <source>Follow-up postponed: %1</source>
        <translation>Richiamo rimandato: %1</translation>
    </message>
    <message>
        <source>Cannot postpone the follow-up</source>
        <translation>Impossibile rimandare il richiamo</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Prescrizioni</translation>
    </message>
    <message>
        <source>Mark met today</source>
        <translation>Segna adempiuta oggi</translation>
    </message>
    <message>
        <source>Edit the condition…</source>
        <translation>Modifica la prescrizione…</translation>
    </message>
    <message>
        <source>Insurance policies</source>
        <translation>Polizze assicurative</translation>
    </message>
    <message>
        <source>Art. 36 final reports</source>
        <translation>Relazioni finali art. 36</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <source>Cannot keep the retention period</source>
        <translation>Impossibile salvare il periodo di conservazione</translation>
    </message>
    <message>
        <source>&amp;Keep personal data:</source>
        <translation>C&amp;onserva i dati personali:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Contact-log entries and people no longer tied to a running experiment are listed here for review this long after the tie ended (or after their last review); nothing is deleted without you</source>
        <translation>Le voci del registro dei contatti e le persone non più legate a una sperimentazione in corso compaiono qui, da rivedere, dopo questo tempo dalla fine del legame (o dall&apos;ultima revisione); nulla si cancella senza di te</translation>
    </message>
    <message>
        <source>Contacts past retention</source>
        <translation>Contatti oltre la conservazione</translation>
    </message>
    <message>
        <source>People past retention</source>
        <translation>Persone oltre la conservazione</translation>
    </message>
    <message>
        <source>Keep for Another Period</source>
        <translation>Conserva per un altro periodo</translation>
    </message>
    <message>
        <source>Kept for another period: %1</source>
        <translation>Conservato per un altro periodo: %1</translation>
    </message>
    <message>
        <source>Cannot record the review</source>
        <translation>Impossibile registrare la revisione</translation>
    </message>
</context>
<context>
    <name>citylab::TrackExcursion</name>
    <message>
        <source>outside the zones</source>
        <translation>fuori dalle zone</translation>
    </message>
    <message>
        <source>outside the zone&apos;s dates</source>
        <translation>fuori dalle date della zona</translation>
    </message>
    <message>
        <source>outside the zone&apos;s hours</source>
        <translation>fuori dagli orari della zona</translation>
    </message>
    <message>
        <source>above the maximum height</source>
        <translation>sopra l&apos;altezza massima</translation>
    </message>
</context>
<context>
    <name>citylab::TrackReader</name>
    <message>
        <source>%1: latitude %2 is out of range (-90 to 90)</source>
        <translation>%1: la latitudine %2 è fuori intervallo (da -90 a 90)</translation>
    </message>
    <message>
        <source>%1: longitude %2 is out of range (-180 to 180)</source>
        <translation>%1: la longitudine %2 è fuori intervallo (da -180 a 180)</translation>
    </message>
    <message>
        <source>%1: %2 is earlier than the point before it (%3); the points must be in time order</source>
        <translation>%1: %2 è prima del punto precedente (%3); i punti devono essere in ordine di tempo</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: non si può leggere (%2)</translation>
    </message>
    <message>
        <source>no positions with a time found</source>
        <translation>nessuna posizione con un orario trovata</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>%1: the point has no readable lat and lon</source>
        <translation>%1: il punto non ha lat e lon leggibili</translation>
    </message>
    <message>
        <source>%1: the point has no time</source>
        <translation>%1: il punto non ha un orario</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time (ISO 8601, e.g. 2026-05-10T09:15:03Z)</source>
        <translation>%1: &apos;%2&apos; non è un orario (ISO 8601, per esempio 2026-05-10T09:15:03Z)</translation>
    </message>
    <message>
        <source>line %1: not a readable GPX file (%2)</source>
        <translation>riga %1: non è un file GPX leggibile (%2)</translation>
    </message>
    <message>
        <source>not readable GeoJSON at byte %1 (%2)</source>
        <translation>GeoJSON non leggibile al byte %1 (%2)</translation>
    </message>
    <message>
        <source>not a GeoJSON object</source>
        <translation>non è un oggetto GeoJSON</translation>
    </message>
    <message>
        <source>feature %1, point %2</source>
        <translation>elemento %1, punto %2</translation>
    </message>
    <message>
        <source>%1: the position is not [longitude, latitude]</source>
        <translation>%1: la posizione non è [longitudine, latitudine]</translation>
    </message>
    <message>
        <source>%1: the point has no time (a &quot;time&quot; property, or &quot;coordTimes&quot; for a line)</source>
        <translation>%1: il punto non ha un orario (una proprietà &quot;time&quot;, o &quot;coordTimes&quot; per una linea)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>line 1: no column for %1 (the header has: %2)</source>
        <translation>riga 1: nessuna colonna per %1 (l&apos;intestazione ha: %2)</translation>
    </message>
    <message>
        <source>%1: %2 fields, the header has %3</source>
        <translation>%1: %2 campi, l&apos;intestazione ne ha %3</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not a number</source>
        <translation>%1: %2 &apos;%3&apos; non è un numero</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date and time (dd/mm/yyyy HH:MM[:SS], or ISO 8601)</source>
        <translation>%1: &apos;%2&apos; non è una data con ora (gg/mm/aaaa HH:MM[:SS], o ISO 8601)</translation>
    </message>
</context>
<context>
    <name>citylab::TrackRecorder</name>
    <message>
        <source>Zone %1: its stored outline cannot be read; it is left out of the check</source>
        <translation>Zona %1: il perimetro memorizzato non è leggibile; è esclusa dal confronto</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to keep in the database</source>
        <translation>%1 è troppo grande per essere conservato nel database</translation>
    </message>
    <message>
        <source>Track of where the test ran</source>
        <translation>Traccia di dove si è svolta la prova</translation>
    </message>
    <message>
        <source>The track no longer exists.</source>
        <translation>La traccia non esiste più.</translation>
    </message>
    <message>
        <source>The file of track %1 was removed from the documents: import it again to check it.</source>
        <translation>Il file della traccia %1 è stato rimosso dai documenti: importalo di nuovo per verificarlo.</translation>
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
    <message>
        <source>Notice</source>
        <translation>Comunicazione</translation>
    </message>
    <message>
        <source>Committee minutes</source>
        <translation>Verbale del comitato</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Other act</source>
        <translation>Altro atto</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Individuata</translation>
    </message>
    <message>
        <source>Under test</source>
        <translation>In prova</translation>
    </message>
    <message>
        <source>Evidence ready</source>
        <translation>Evidenze pronte</translation>
    </message>
    <message>
        <source>Change proposed</source>
        <translation>Modifica proposta</translation>
    </message>
    <message>
        <source>Rule changed</source>
        <translation>Norma modificata</translation>
    </message>
    <message>
        <source>Rule kept</source>
        <translation>Norma mantenuta</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Lieve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Gravissimo</translation>
    </message>
    <message>
        <source>Art. 36 experimentation (Sperimentazione Italia)</source>
        <translation>Sperimentazione Italia (art. 36)</translation>
    </message>
    <message>
        <source>Mobility and road traffic</source>
        <translation>Mobilità e circolazione stradale</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Telecomunicazioni</translation>
    </message>
    <message>
        <source>Public land and building</source>
        <translation>Suolo pubblico ed edilizia</translation>
    </message>
    <message>
        <source>Aviation</source>
        <translation>Aviazione</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protezione dei dati</translation>
    </message>
    <message>
        <source>Commerce and services</source>
        <translation>Commercio e servizi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Cultural heritage</source>
        <translation>Beni culturali</translation>
    </message>
    <message>
        <source>Criminal law</source>
        <translation>Diritto penale</translation>
    </message>
    <message>
        <source>Obligations from EU law</source>
        <translation>Obblighi derivanti dal diritto UE</translation>
    </message>
    <message>
        <source>Marathon or race</source>
        <translation>Maratona o corsa</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercato</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Concerto</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fiera</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Manifestazione</translation>
    </message>
    <message>
        <source>Roadworks</source>
        <translation>Cantiere stradale</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Altro evento</translation>
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
    <message>
        <source>CityLab keeps a city lab&apos;s experiments, their zones on the map, partnership agreements, requests to authorities and measured outcomes in one file on this computer.</source>
        <translation>CityLab raccoglie in un unico file su questo computer le sperimentazioni di un city lab, le loro zone sulla mappa, gli accordi di partenariato, le istanze alle autorità e i risultati misurati.</translation>
    </message>
    <message>
        <source>To look around first, create the demo database: a made-up lab with experiments at every stage, which you can change freely.</source>
        <translation>Per dare prima un&apos;occhiata, crea il database dimostrativo: un laboratorio inventato con sperimentazioni in ogni fase, che puoi modificare liberamente.</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneCommands</name>
    <message>
        <source>no experiment with code &apos;%1&apos;</source>
        <translation>nessuna sperimentazione con codice &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: --db FILE is required</source>
        <translation>%1: serve --db FILE</translation>
    </message>
    <message>
        <source>Imports the zones of a GeoJSON or KML file into an experiment: polygons and multipolygons (holes kept), points with a radius_m property as circles, lines with a width_m property as corridors; name, active window and constraints from the properties. Every feature is checked and nothing is imported when any is wrong.</source>
        <translation>Importa in una sperimentazione le zone di un file GeoJSON o KML: poligoni e multipoligoni (con i loro fori), punti con la proprietà radius_m come cerchi, linee con la proprietà width_m come corridoi; nome, periodo di attività e vincoli dalle proprietà. Ogni elemento è controllato e non si importa nulla se anche uno solo è errato.</translation>
    </message>
    <message>
        <source>The .geojson or .kml file.</source>
        <translation>Il file .geojson o .kml.</translation>
    </message>
    <message>
        <source>The experiment&apos;s code.</source>
        <translation>Il codice della sperimentazione.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>import zones: give exactly one GeoJSON or KML file</source>
        <translation>import zones: indicare un solo file GeoJSON o KML</translation>
    </message>
    <message>
        <source>import zones: --experiment CODE is required</source>
        <translation>import zones: --experiment CODICE è obbligatorio</translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>nulla è stato importato</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) imported from %1 into %2</source>
        <translation>
            <numerusform>%n zona importata da %1 in %2</numerusform>
            <numerusform>%n zone importate da %1 in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this experiment&apos;s zones (default: every zone).</source>
        <translation>Solo le zone di questa sperimentazione (predefinito: tutte le zone).</translation>
    </message>
    <message>
        <source>The file to write: .geojson or .kml.</source>
        <translation>Il file da scrivere: .geojson o .kml.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>export zones: unexpected argument &apos;%1&apos;</source>
        <translation>export zones: argomento inatteso &apos;%1&apos;</translation>
    </message>
    <message>
        <source>export zones: --out FILE.geojson or FILE.kml is required</source>
        <translation>export zones: serve --out FILE.geojson o FILE.kml</translation>
    </message>
    <message>
        <source>export zones: --out must end in .geojson or .kml, not &apos;%1&apos;</source>
        <translation>export zones: --out deve terminare con .geojson o .kml, non &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) exported to %1</source>
        <translation>
            <numerusform>%n zona esportata in %1</numerusform>
            <numerusform>%n zone esportate in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports zones as a GeoJSON FeatureCollection (.geojson) or a KML document (.kml), with their name, experiment, active window and constraints. Every zone is written as its polygon, which any GIS reads as an area; circles and corridors also carry their centre and radius_m, or route and width_m, so that CityLab reads them back as shapes to edit.</source>
        <translation>Esporta le zone come FeatureCollection GeoJSON (.geojson) o documento KML (.kml), con nome, sperimentazione, periodo di attività e vincoli. Ogni zona è scritta come il suo poligono, che qualsiasi GIS legge come un&apos;area; cerchi e corridoi portano anche centro e radius_m, o percorso e width_m, così che CityLab li rilegga come forme modificabili.</translation>
    </message>
    <message>
        <source>Imports city events (a marathon, a market, a concert) from a GeoJSON or KML file: each feature is the place the event takes, with its name and its first and last day (properties active_from and active_to, or dal and al). Experiment zones there on those days clash with it. Every feature is checked and nothing is imported when any is wrong.</source>
        <translation>Importa eventi cittadini (una maratona, un mercato, un concerto) da un file GeoJSON o KML: ogni elemento è il luogo occupato dall&apos;evento, con il nome e il primo e l&apos;ultimo giorno (proprietà active_from e active_to, oppure dal e al). Le zone di sperimentazione lì in quei giorni interferiscono con l&apos;evento. Ogni elemento viene verificato e nulla viene importato se uno è errato.</translation>
    </message>
    <message>
        <source>The kind of the events: %1 (default other).</source>
        <translation>Il tipo degli eventi: %1 (predefinito other).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>import events: give exactly one GeoJSON or KML file</source>
        <translation>import events: indica un solo file GeoJSON o KML</translation>
    </message>
    <message>
        <source>import events: --kind must be one of %1, not &apos;%2&apos;</source>
        <translation>import events: --kind deve essere uno tra %1, non &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n city event(s) imported from %1</source>
        <translation>
            <numerusform>%n evento cittadino importato da %1</numerusform>
            <numerusform>%n eventi cittadini importati da %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ZoneConflictsSection</name>
    <message>
        <source>Zone conflicts</source>
        <translation>Conflitti tra zone</translation>
    </message>
    <message>
        <source>Zones of other experiments overlap this experiment&apos;s zones while both are active: the sites and the days need agreeing with them.</source>
        <translation>Zone di altre sperimentazioni si sovrappongono a quelle di questa sperimentazione mentre sono entrambe attive: luoghi e giorni vanno concordati con loro.</translation>
    </message>
    <message>
        <source>Other experiment</source>
        <translation>Altra sperimentazione</translation>
    </message>
    <message>
        <source>Overlap (m²)</source>
        <translation>Sovrapposizione (m²)</translation>
    </message>
    <message>
        <source>Shared days</source>
        <translation>Giorni in comune</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no start</source>
        <translation>senza inizio</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>senza fine</translation>
    </message>
    <message>
        <source>Its zone / our zone</source>
        <translation>Sua zona / nostra zona</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>City events on our sites</source>
        <translation>Eventi cittadini nei nostri luoghi</translation>
    </message>
    <message>
        <source>The city events could not be read: %1</source>
        <translation>Impossibile leggere gli eventi cittadini: %1</translation>
    </message>
    <message>
        <source>A city event takes a place of this experiment on some of its days: the test must stop, move or be agreed with the organizer.</source>
        <translation>Un evento cittadino occupa un luogo di questa sperimentazione in alcuni dei suoi giorni: la prova va sospesa, spostata o concordata con l&apos;organizzatore.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Our zone</source>
        <translation>Nostra zona</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneCoordinatesDialog</name>
    <message>
        <source>Zone by Coordinates</source>
        <translation>Zona da coordinate</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Poligono</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cerchio</translation>
    </message>
    <message>
        <source>&amp;Corners, one per line (latitude, longitude):</source>
        <translation>&amp;Vertici, uno per riga (latitudine, longitudine):</translation>
    </message>
    <message>
        <source>One corner per line: latitude, then longitude, separated by a comma, a semicolon or a space</source>
        <translation>Un vertice per riga: latitudine, poi longitudine, separate da una virgola, un punto e virgola o uno spazio</translation>
    </message>
    <message>
        <source>Latitude, then longitude</source>
        <translation>Latitudine, poi longitudine</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>C&amp;entre (latitude, longitude)</source>
        <translation>C&amp;entro (latitudine, longitudine)</translation>
    </message>
    <message>
        <source>&amp;Radius</source>
        <translation>&amp;Raggio</translation>
    </message>
    <message>
        <source>&amp;Shape</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>Centro: %1</translation>
    </message>
    <message>
        <source>Latitude and longitude</source>
        <translation>Latitudine e longitudine</translation>
    </message>
    <message>
        <source>Read as latitude %1, longitude %2 the zone lies %3 km from the area on the map; the other way round it lies there. Were they written longitude first? Yes swaps them.</source>
        <translation>Lette come latitudine %1 e longitudine %2, la zona è a %3 km dall&apos;area della mappa; al contrario vi si trova. Sono state scritte con la longitudine prima? Sì le scambia.</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneEditing</name>
    <message>
        <source>Click the corners; double-click or Enter finishes, Backspace takes back a corner, Esc cancels.</source>
        <translation>Fai clic sui vertici; doppio clic o Invio per finire, Backspace toglie l&apos;ultimo vertice, Esc annulla.</translation>
    </message>
    <message>
        <source>Click the centre, then drag or click to set the radius; Esc cancels.</source>
        <translation>Fai clic sul centro, poi trascina o fai clic per fissare il raggio; Esc annulla.</translation>
    </message>
    <message>
        <source>Click along the route; double-click or Enter finishes, then give the width. Esc cancels.</source>
        <translation>Fai clic lungo il percorso; doppio clic o Invio per finire, poi indica la larghezza. Esc annulla.</translation>
    </message>
    <message>
        <source>Click a zone to show its handles.</source>
        <translation>Fai clic su una zona per mostrarne i vertici.</translation>
    </message>
    <message>
        <source>%1: drag the square handles; double-click a side to add a corner, a corner to remove it; Ctrl+Z undoes, Esc stops editing.</source>
        <translation>%1: trascina i quadratini; doppio clic su un lato per aggiungere un vertice, su un vertice per toglierlo; Ctrl+Z annulla, Esc termina la modifica.</translation>
    </message>
    <message>
        <source>Selected zone: %1</source>
        <translation>Zona selezionata: %1</translation>
    </message>
    <message>
        <source>Invalid zone</source>
        <translation>Zona non valida</translation>
    </message>
    <message>
        <source>The zone cannot be saved as drawn: %1.</source>
        <translation>La zona non può essere salvata così come è disegnata: %1.</translation>
    </message>
    <message>
        <source>CityLab can repair the outline: where it crosses itself it is split into separate parts, %1 m² in all. Repair it and save?</source>
        <translation>CityLab può correggere il perimetro: dove si incrocia viene diviso in parti separate, %1 m² in tutto. Correggerlo e salvare?</translation>
    </message>
    <message>
        <source>Repair and save</source>
        <translation>Correggi e salva</translation>
    </message>
    <message>
        <source>The zone cannot be saved: %1.</source>
        <translation>La zona non può essere salvata: %1.</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Nuova zona</translation>
    </message>
    <message>
        <source>Which experiment is the zone for?</source>
        <translation>Per quale sperimentazione è la zona?</translation>
    </message>
    <message>
        <source>%1 - zone %2</source>
        <translation>%1 - zona %2</translation>
    </message>
    <message>
        <source>Draw zone %1</source>
        <translation>Disegno della zona %1</translation>
    </message>
    <message>
        <source>The zone could not be saved: %1</source>
        <translation>Non è stato possibile salvare la zona: %1</translation>
    </message>
    <message>
        <source>Reshape zone %1</source>
        <translation>Modifica del perimetro della zona %1</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Edit zone %1</source>
        <translation>Modifica della zona %1</translation>
    </message>
    <message>
        <source>Delete the zone &quot;%1&quot; of %2?</source>
        <translation>Eliminare la zona «%1» di %2?</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) taken in it keep their values but no longer name the zone, also after an undo.</source>
        <translation>
            <numerusform>%n misura rilevata nella zona conserva il suo valore ma non indica più la zona, anche dopo un annullamento.</numerusform>
            <numerusform>%n misure rilevate nella zona conservano i loro valori ma non indicano più la zona, anche dopo un annullamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Elimina zona</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete zone %1</source>
        <translation>Eliminazione della zona %1</translation>
    </message>
    <message>
        <source>The zone could not be deleted: %1</source>
        <translation>Non è stato possibile eliminare la zona: %1</translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>Disegna poligono</translation>
    </message>
    <message>
        <source>Draw a zone corner by corner</source>
        <translation>Disegna una zona vertice per vertice</translation>
    </message>
    <message>
        <source>Draw circle</source>
        <translation>Disegna cerchio</translation>
    </message>
    <message>
        <source>Draw a round zone from its centre and radius</source>
        <translation>Disegna una zona circolare dal centro e dal raggio</translation>
    </message>
    <message>
        <source>Draw corridor</source>
        <translation>Disegna corridoio</translation>
    </message>
    <message>
        <source>Draw a route with a width, such as a drone line or a shuttle lane</source>
        <translation>Disegna un percorso con una larghezza, come una rotta di droni o una corsia di navetta</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>Modifica vertici</translation>
    </message>
    <message>
        <source>Move the corners of the selected zone, or a circle&apos;s centre and radius</source>
        <translation>Sposta i vertici della zona selezionata, o il centro e il raggio di un cerchio</translation>
    </message>
    <message>
        <source>Zone details…</source>
        <translation>Dati della zona…</translation>
    </message>
    <message>
        <source>Name, active period and constraints of the selected zone</source>
        <translation>Nome, periodo di attività e vincoli della zona selezionata</translation>
    </message>
    <message>
        <source>Delete the selected zone (Ctrl+Z brings it back)</source>
        <translation>Elimina la zona selezionata (Ctrl+Z la ripristina)</translation>
    </message>
    <message>
        <source>A city event (exclusion zone: marathon, market, concert…)</source>
        <translation>Un evento cittadino (zona di esclusione: maratona, mercato, concerto…)</translation>
    </message>
    <message>
        <source>New City Event</source>
        <translation>Nuovo evento cittadino</translation>
    </message>
    <message>
        <source>A zone from typed or pasted coordinates: a polygon&apos;s corners, or a circle&apos;s centre and radius</source>
        <translation>Una zona da coordinate scritte o incollate: i vertici di un poligono, o il centro e il raggio di un cerchio</translation>
    </message>
    <message>
        <source>Coordinates…</source>
        <translation>Coordinate…</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneExporter</name>
    <message>
        <source>CityLab zones</source>
        <translation>Zone CityLab</translation>
    </message>
    <message>
        <source>%1: the file name must end in .geojson or .kml</source>
        <translation>%1: il nome del file deve terminare con .geojson o .kml</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
    <message>
        <source>Cannot read the zones of %1: %2.</source>
        <translation>Impossibile leggere le zone di %1: %2.</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneFileActions</name>
    <message>
        <source>Zone files (*.geojson *.json *.kml);;GeoJSON (*.geojson *.json);;KML (*.kml)</source>
        <translation>File di zone (*.geojson *.json *.kml);;GeoJSON (*.geojson *.json);;KML (*.kml)</translation>
    </message>
    <message>
        <source>Import Zones into %1</source>
        <translation>Importa zone in %1</translation>
    </message>
    <message>
        <source>Export All Zones</source>
        <translation>Esporta tutte le zone</translation>
    </message>
    <message>
        <source>Export the Zones of %1</source>
        <translation>Esporta le zone di %1</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>zones %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;KML (*.kml)</source>
        <translation>GeoJSON (*.geojson);;KML (*.kml)</translation>
    </message>
    <message>
        <source>Zones Not Imported</source>
        <translation>Zone non importate</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nulla è stato importato da %1: %2</translation>
    </message>
    <message>
        <source>Zones Imported</source>
        <translation>Zone importate</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) imported from %1 into %2.</source>
        <translation>
            <numerusform>%n zona importata da %1 in %2.</numerusform>
            <numerusform>%n zone importate da %1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zones Not Exported</source>
        <translation>Zone non esportate</translation>
    </message>
    <message>
        <source>Zones Exported</source>
        <translation>Zone esportate</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) written to %1.</source>
        <translation>
            <numerusform>%n zona scritta in %1.</numerusform>
            <numerusform>%n zone scritte in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ZoneFileProblem</name>
    <message>
        <source>feature %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation>elemento %1 (%2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>riga %1</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneFileProblemsDialog</name>
    <message>
        <source>Zones Not Imported</source>
        <translation>Zone non importate</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) to fix in the file, then import it again.</source>
        <translation>
            <numerusform>Nulla è stato importato da %1: %n problema da correggere nel file, poi importarlo di nuovo.</numerusform>
            <numerusform>Nulla è stato importato da %1: %n problemi da correggere nel file, poi importarlo di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>intero file</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, colonna %2</translation>
    </message>
    <message>
        <source>Copy List</source>
        <translation>Copia elenco</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneFileReader</name>
    <message>
        <source>a KMZ file is a compressed KML: unzip it and import the doc.kml inside</source>
        <translation>un file KMZ è un KML compresso: decomprimerlo e importare il doc.kml che contiene</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>the file has no zones</source>
        <translation>il file non contiene zone</translation>
    </message>
    <message>
        <source>a position is not a pair of numbers</source>
        <translation>una posizione non è una coppia di numeri</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number of metres</source>
        <translation>%1 &apos;%2&apos; non è un numero di metri</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>l&apos;elemento non ha una geometria</translation>
    </message>
    <message>
        <source>a Point needs a radius_m property: the circle&apos;s radius in metres</source>
        <translation>un Point richiede la proprietà radius_m: il raggio del cerchio in metri</translation>
    </message>
    <message>
        <source>a LineString needs a width_m property: the corridor&apos;s width in metres</source>
        <translation>un LineString richiede la proprietà width_m: la larghezza del corridoio in metri</translation>
    </message>
    <message>
        <source>geometry type &quot;%1&quot; is not supported: use Polygon, MultiPolygon, Point with radius_m or LineString with width_m</source>
        <translation>il tipo di geometria &quot;%1&quot; non è supportato: usare Polygon, MultiPolygon, Point con radius_m o LineString con width_m</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more position(s) out of range</source>
        <translation>
            <numerusform>, e %n altra posizione fuori intervallo</numerusform>
            <numerusform>, e altre %n posizioni fuori intervallo</numerusform>
        </translation>
    </message>
    <message>
        <source>; these look like metres of a projected system such as UTM or Gauss-Boaga: save the file as WGS84 longitude/latitude (EPSG:4326)</source>
        <translation>; sembrano metri di un sistema proiettato come UTM o Gauss-Boaga: salvare il file in longitudine/latitudine WGS84 (EPSG:4326)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date as YYYY-MM-DD</source>
        <translation>%1 &apos;%2&apos; non è una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <source>the active window ends (%1) before it starts (%2)</source>
        <translation>il periodo di attività termina (%1) prima di iniziare (%2)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a height in metres (a number, 0 or more)</source>
        <translation>%1 &apos;%2&apos; non è un&apos;altezza in metri (un numero, 0 o più)</translation>
    </message>
    <message>
        <source>the %1 has no coordinates</source>
        <translation>il %1 non ha coordinate</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneFormDialog</name>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>until</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>e.g. 08:00-20:00, weekdays</source>
        <translation>es. 08:00-20:00, giorni feriali</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Periodo di attività</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Raggio</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Larghezza</translation>
    </message>
    <message>
        <source>Maximum height</source>
        <translation>Altezza massima</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Leave a date unticked when the zone has no start or no end.</source>
        <translation>Lascia una data senza spunta se la zona non ha inizio o fine.</translation>
    </message>
    <message>
        <source>The zone needs a name.</source>
        <translation>La zona deve avere un nome.</translation>
    </message>
    <message>
        <source>The zone cannot end (%1) before it starts (%2).</source>
        <translation>La zona non può terminare (%1) prima di iniziare (%2).</translation>
    </message>
    <message>
        <source>The radius can be at most %1 m.</source>
        <translation>Il raggio può essere al massimo di %1 m.</translation>
    </message>
    <message>
        <source>The width can be at most %1 m.</source>
        <translation>La larghezza può essere al massimo di %1 m.</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Attiva dal</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Attiva fino al</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneGeometry</name>
    <message>
        <source>unreadable JSON: %1</source>
        <translation>JSON illeggibile: %1</translation>
    </message>
    <message>
        <source>geometry type &quot;%1&quot; is not a Polygon or MultiPolygon</source>
        <translation>il tipo di geometria &quot;%1&quot; non è un Polygon o un MultiPolygon</translation>
    </message>
    <message>
        <source>the geometry has no coordinates</source>
        <translation>la geometria non ha coordinate</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>un poligono non ha anelli</translation>
    </message>
    <message>
        <source>a position is not a pair of numbers</source>
        <translation>una posizione non è una coppia di numeri</translation>
    </message>
    <message>
        <source>too few points: a ring needs at least 4 positions (3 corners and the first repeated), this one has %1</source>
        <translation>troppo pochi punti: un anello richiede almeno 4 posizioni (3 vertici e il primo ripetuto), questo ne ha %1</translation>
    </message>
    <message>
        <source>the radius must be greater than 0 m</source>
        <translation>il raggio deve essere maggiore di 0 m</translation>
    </message>
    <message>
        <source>the width must be greater than 0 m</source>
        <translation>la larghezza deve essere maggiore di 0 m</translation>
    </message>
    <message>
        <source>too few points: a line needs at least 2 positions, this one has %1</source>
        <translation>troppo pochi punti: una linea richiede almeno 2 posizioni, questa ne ha %1</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>la geometria è vuota</translation>
    </message>
    <message>
        <source>self-intersection</source>
        <translation>autointersezione</translation>
    </message>
    <message>
        <source>a hole lies outside its polygon</source>
        <translation>un foro si trova fuori dal proprio poligono</translation>
    </message>
    <message>
        <source>polygons of the same zone overlap</source>
        <translation>i poligoni della stessa zona si sovrappongono</translation>
    </message>
    <message>
        <source>too few distinct points</source>
        <translation>troppo pochi punti distinti</translation>
    </message>
    <message>
        <source>invalid geometry: %1</source>
        <translation>geometria non valida: %1</translation>
    </message>
    <message>
        <source>the Polygon&apos;s coordinates are nested one level too shallow: a Polygon is a list of rings, each a list of [longitude, latitude] positions ([[[lon, lat], …]])</source>
        <translation>le coordinate del Polygon hanno un livello di annidamento in meno: un Polygon è una lista di anelli, ciascuno una lista di posizioni [longitudine, latitudine] ([[[lon, lat], …]])</translation>
    </message>
    <message>
        <source>the MultiPolygon&apos;s coordinates are nested one level too shallow: a MultiPolygon is a list of polygons, each a list of rings of [longitude, latitude] positions ([[[[lon, lat], …]]])</source>
        <translation>le coordinate del MultiPolygon hanno un livello di annidamento in meno: un MultiPolygon è una lista di poligoni, ciascuno una lista di anelli di posizioni [longitudine, latitudine] ([[[[lon, lat], …]]])</translation>
    </message>
    <message>
        <source>lat %1, lon %2</source>
        <translation>lat %1, lon %2</translation>
    </message>
    <message>
        <source>coordinates out of range: %1 (latitude must be within ±90, longitude within ±180)</source>
        <translation>coordinate fuori intervallo: %1 (la latitudine deve essere compresa tra ±90, la longitudine tra ±180)</translation>
    </message>
    <message>
        <source>unclosed ring: the last position %1 differs from the first %2</source>
        <translation>anello non chiuso: l&apos;ultima posizione %1 è diversa dalla prima %2</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> in %1</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneHours</name>
    <message>
        <source>&apos;%1&apos; is not a range of hours such as 08:00-20:00, nor days such as weekdays</source>
        <translation>&apos;%1&apos; non è un intervallo di ore come 08:00-20:00, né giorni come feriali</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give the days once for all the hours</source>
        <translation>&apos;%1&apos;: indica i giorni una volta sola per tutti gli orari</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneImporter</name>
    <message>
        <source>The file has zones that cannot be imported.</source>
        <translation>Il file contiene zone che non si possono importare.</translation>
    </message>
    <message>
        <source>The experiment does not exist.</source>
        <translation>La sperimentazione non esiste.</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneListPanel</name>
    <message>
        <source>Experiment</source>
        <translation>Sperimentazione</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Zones on the map</source>
        <translation>Zone sulla mappa</translation>
    </message>
    <message>
        <source>Enter or a double click frames the zone on the map and selects it</source>
        <translation>Invio o un doppio clic inquadrano la zona sulla mappa e la selezionano</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneMapPainter</name>
    <message>
        <source>The zones have no geometry to draw.</source>
        <translation>Le zone non hanno una geometria da disegnare.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Web Mercator, north up</source>
        <translation>Web Mercator, nord in alto</translation>
    </message>
    <message>
        <source>Web Mercator, north up; background: %1</source>
        <translation>Web Mercator, nord in alto; sfondo: %1</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneShape</name>
    <message>
        <source>a radius of %1 m is too large: a zone&apos;s circle may have a radius of at most %2 m</source>
        <translation>un raggio di %1 m è troppo grande: il cerchio di una zona può avere un raggio massimo di %2 m</translation>
    </message>
    <message>
        <source>the radius must be greater than 0 m</source>
        <translation>il raggio deve essere maggiore di 0 m</translation>
    </message>
    <message>
        <source>a width of %1 m is too large: a zone&apos;s corridor may be at most %2 m wide</source>
        <translation>una larghezza di %1 m è troppo grande: il corridoio di una zona può essere largo al massimo %2 m</translation>
    </message>
    <message>
        <source>the width must be greater than 0 m</source>
        <translation>la larghezza deve essere maggiore di 0 m</translation>
    </message>
    <message>
        <source>the outline reaches %1, beyond ±90° latitude or ±180° longitude: move the zone away from the poles and the date line, or make it smaller</source>
        <translation>il contorno arriva a %1, oltre ±90° di latitudine o ±180° di longitudine: sposta la zona lontano dai poli e dall&apos;antimeridiano, oppure rimpiccioliscila</translation>
    </message>
</context>
<context>
    <name>citylab::ZoneSketch</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>width %1</source>
        <translation>larghezza %1</translation>
    </message>
</context>
</TS>
