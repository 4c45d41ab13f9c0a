<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="39" />
            <source>esporta in PDF la scheda della buona pratica</source>
            <translation>export the good practice card as PDF</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="41" />
            <source>Scrive in un file PDF la scheda della buona pratica (Comune ospitante, descrizione, modalità dello scambio, programma, partecipanti, durata, date). Stampa il percorso del file scritto.</source>
            <translation>Writes the good practice card to a PDF file (host municipality, description, exchange format, programme, participants, duration, dates). Prints the path of the file written.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="51" />
            <source>esporta in PDF il programma della giornata</source>
            <translation>export the programme of the day as PDF</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="53" />
            <source>Scrive in un file PDF il programma della giornata di scambio (Comune ospitante, pratica, date e luogo, voci con orari e relatori, pause). Stampa il percorso del file scritto.</source>
            <translation>Writes the programme of the exchange day to a PDF file (host municipality, practice, dates and venue, items with times and speakers, breaks). Prints the path of the file written.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="63" />
            <source>esporta il file di calendario (.ics) di una sessione</source>
            <translation>export the calendar file (.ics) of a session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="65" />
            <source>Scrive il file di calendario (iCalendar, .ics) di una sessione con data confermata: un evento per giornata, orari in Europe/Rome, luogo o collegamento. Esportato di nuovo, aggiorna l'evento già importato in Outlook invece di duplicarlo. Stampa il percorso del file scritto.</source>
            <translation>Writes the calendar file (iCalendar, .ics) of a session with a confirmed date: one event per day, Europe/Rome times, venue or link. Exported again, it updates the event already imported into Outlook instead of duplicating it. Prints the path of the file written.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="78" />
            <source>file .ics da scrivere (con un'altra estensione è rifiutato; se esiste viene sostituito)</source>
            <translation>.ics file to write (any other extension is refused; replaced if it exists)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="90" />
            <source>esporta in PDF il foglio firme (registro presenze) di una sessione</source>
            <translation>export the sign-in sheet (attendance register) of a session as PDF</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="92" />
            <source>Scrive in un file PDF il foglio firme di una sessione: intestazione con il Comune; pratica, data, orario e luogo ripetuti su ogni pagina; i partecipanti confermati in ordine di cognome con la firma e l'ora di entrata e di uscita per ogni seduta della giornata (dal programma: una pausa di almeno 45 minuti separa mattina e pomeriggio; pagine orizzontali se le sedute non stanno in verticale); righe vuote numerate per chi arriva senza iscrizione; un riquadro per il personale dell'Ente ospitante e i relatori; a piè di pagina l'informativa privacy e la firma del responsabile. Un foglio per giornata se la sessione dura più giorni. Una sessione senza data confermata è rifiutata (codice di uscita 1). Stampa il percorso del file scritto.</source>
            <translation>Writes the sign-in sheet of a session to a PDF file: a heading with the municipality; practice, date, time and venue repeated on every page; the confirmed participants in surname order with the signature and the entry and exit time for each sitting of the day (from the programme: a break of at least 45 minutes separates morning and afternoon; landscape pages if the sittings do not fit in portrait); numbered blank rows for walk-ins; a box for the host organisation's staff and the speakers; the privacy notice and the responsible official's signature in the footer. One sheet per day if the session lasts several days. A session without a confirmed date is refused (exit code 1). Prints the path of the file written.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="123" />
            <source>mattina e pomeriggio anche se la giornata ha una sola seduta: la divide alla pausa più lunga, o aggiunge due sedute senza orari</source>
            <translation>morning and afternoon even if the day has only one sitting: splits it at the longest break, or adds two sittings without times</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="131" />
            <source>il foglio firme cartaceo anche per una sessione in webinar (senza, è rifiutato: il registro di un webinar è quello di export-webinar-register)</source>
            <translation>the paper sign-in sheet even for a webinar session (without it, it is refused: a webinar's register is the one from export-webinar-register)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="142" />
            <source>Scrive in un file PDF un attestato di partecipazione (una pagina) per ogni persona segnata presente nella sessione: stemma e numero di protocollo se indicati, nome, Ente, pratica, date, ore di presenza su quelle previste, luogo e data, nome e qualifica del firmatario (quelli della pratica, altrimenti quelli delle preferenze). Chi è sotto la presenza minima della pratica non riceve l'attestato: una riga per persona in stderr. Una sessione senza data confermata, senza presenti o in cui nessuno raggiunge la presenza minima è rifiutata (codice di uscita 1). Stampa il percorso del file scritto. Con --sign il file è firmato digitalmente (PAdES) con il certificato di un file PKCS#12; la password è chiesta al terminale, letta dalla prima riga dello standard input o da --password-file, e mai salvata.</source>
            <translation>Writes to a PDF file a certificate of attendance (one page) for each person marked present at the session: coat of arms and protocol number if given, name, organisation, practice, dates, hours attended out of those planned, place and date, name and title of the signer (those of the practice, otherwise those in the preferences). Anyone below the practice's minimum attendance does not receive the certificate: one line per person on stderr. A session without a confirmed date, with nobody present or in which nobody reaches the minimum attendance is refused (exit code 1). Prints the path of the file written. With --sign the file is digitally signed (PAdES) with the certificate in a PKCS#12 file; the password is asked for at the terminal, read from the first line of standard input or from --password-file, and never saved.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="159" />
            <source>CARTELLA</source>
            <translation>FOLDER</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="162" />
            <source>invece di un solo PDF, un file per persona nella cartella indicata (creata se manca), «Attestato - Cognome Nome.pdf», ciascuno firmato con --sign</source>
            <translation>instead of a single PDF, one file per person in the given folder (created if missing), «Attestato - Cognome Nome.pdf», each one signed with --sign</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="65" />
            <source>con --sign: stampa come firmatario il nome (e la qualifica, se c'è) del titolare del certificato</source>
            <translation>with --sign: prints the certificate holder's name (and title, if any) as the signer</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="39" />
            <source>firma digitalmente il PDF con il certificato del file .p12 o .pfx indicato</source>
            <translation>digitally sign the PDF with the certificate in the given .p12 or .pfx file</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="45" />
            <source>file la cui prima riga è la password del certificato (solo con --sign)</source>
            <translation>file whose first line is the certificate password (only with --sign)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="49" />
            <source>NOME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="52" />
            <source>firmatario quando la pratica non ne indica uno (predefinito: quello delle preferenze)</source>
            <translation>signer when the practice does not specify one (default: the one in the preferences)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="57" />
            <source>QUALIFICA</source>
            <translation>TITLE</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="59" />
            <source>qualifica del firmatario indicato con --signer-name</source>
            <translation>title of the signer given with --signer-name</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="171" />
            <source>per attestati da firmare digitalmente: «Documento firmato digitalmente ai sensi del D.Lgs. 82/2005» invece della riga per la firma a mano</source>
            <translation>for certificates of attendance to be signed digitally: «Documento firmato digitalmente ai sensi del D.Lgs. 82/2005» instead of the line for a handwritten signature</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="254" />
            <source>La sessione n. {id} si tiene in webinar: il suo registro presenze è quello di export-webinar-register (dal report di Teams o Zoom); per un foglio firme cartaceo comunque, aggiungere --paper.</source>
            <translation>Session no. {id} is held as a webinar: its attendance register is the one from export-webinar-register (from the Teams or Zoom report); for a paper sign-in sheet all the same, add --paper.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="289" />
            <source>Indicare il file PDF da scrivere oppure --each CARTELLA (uno dei due).</source>
            <translation>Give the PDF file to write or --each FOLDER (one of the two).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="291" />
            <location filename="../../exchange_desktop/cli/commands_webinar.py" line="70" />
            <source>--signer-from-certificate serve solo insieme a --sign.</source>
            <translation>--signer-from-certificate only works together with --sign.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="328" />
            <location filename="../../exchange_desktop/cli/commands_webinar.py" line="93" />
            <source>{message} Dalla riga di comando: --signer-from-certificate.</source>
            <translation>{message} From the command line: --signer-from-certificate.</translation>
        </message>
        <message>
            <source>per attestati da firmare digitalmente: «Documento firmato digitalmente ai sensi del D.Lgs. 82/2005» invece di «Firma autografa»</source>
            <translation type="vanished">for certificates to be signed digitally: «Documento firmato digitalmente ai sensi del D.Lgs. 82/2005» instead of «Firma autografa»</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="207" />
            <location filename="../../exchange_desktop/cli/document_options.py" line="93" />
            <source>Password del certificato: </source>
            <translation>Certificate password: </translation>
        </message>
        <message>
            <source>Scrive in un file PDF il foglio firme di una sessione: intestazione con Comune, pratica, data, orario e luogo; i partecipanti confermati in ordine di cognome con le colonne per le firme di entrata e uscita; righe vuote numerate per chi arriva senza iscrizione; un riquadro per il personale dell'Ente ospitante e i relatori; a piè di pagina l'informativa privacy e la firma del responsabile. Un foglio per giornata se la sessione dura più giorni. Una sessione senza data confermata è rifiutata (codice di uscita 1). Stampa il percorso del file scritto.</source>
            <translation type="vanished">Writes the sign-in sheet of a session to a PDF file: a heading with municipality, practice, date, time and venue; the confirmed participants in surname order with columns for the entry and exit signatures; numbered blank rows for walk-ins; a box for the host organisation's staff and the speakers; the privacy notice and the official's signature in the footer. One sheet per day if the session lasts several days. A session without a confirmed date is refused (exit code 1). Prints the path of the file written.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="113" />
            <source>righe vuote numerate per chi arriva senza iscrizione, da 0 a 200 (predefinito: 3)</source>
            <translation>numbered blank rows for walk-ins, from 0 to 200 (default: 3)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="117" />
            <source>pagine orizzontali invece che verticali</source>
            <translation>landscape pages instead of portrait</translation>
        </message>
        <message>
            <source>firme di entrata e uscita separate per la mattina e il pomeriggio</source>
            <translation type="vanished">separate entry and exit signatures for the morning and the afternoon</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="140" />
            <source>esporta in PDF gli attestati di partecipazione di una sessione</source>
            <translation>export the certificates of attendance of a session as PDF</translation>
        </message>
        <message>
            <source>Scrive in un file PDF un attestato di partecipazione (una pagina) per ogni persona segnata presente nella sessione: nome, Ente, pratica, date, ore di presenza se sono stati registrati gli orari, luogo e data, firma. Una sessione senza data confermata o senza presenti è rifiutata (codice di uscita 1). Stampa il percorso del file scritto.</source>
            <translation type="vanished">Writes to a PDF file a certificate of attendance (one page) for each person marked present at the session: name, organisation, practice, dates, hours attended if times were recorded, place and date, signature. A session without a confirmed date or with nobody present is refused (exit code 1). Prints the path of the file written.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="186" />
            <location filename="../../exchange_desktop/cli/commands_webinar.py" line="45" />
            <source>file .pdf da scrivere (con un'altra estensione è rifiutato; se esiste viene sostituito)</source>
            <translation>.pdf file to write (any other extension is refused; replaced if it exists)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="202" />
            <source>'{value}' non è un numero da 0 a {max}</source>
            <translation>'{value}' is not a number from 0 to {max}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_documents.py" line="215" />
            <location filename="../../exchange_desktop/cli/commands_roster_export.py" line="57" />
            <location filename="../../exchange_desktop/cli/common.py" line="172" />
            <source>id della pratica (vedi il comando practices)</source>
            <translation>practice id (see the practices command)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_import.py" line="24" />
            <source>importa i partecipanti di una sessione da un foglio di calcolo</source>
            <translation>import the participants of a session from a spreadsheet</translation>
        </message>
        <message>
            <source>Iscrive a una sessione le persone elencate in un file .xlsx, .xls, .ods o .csv (UTF-8 o Windows-1252, separato da punto e virgola o da virgola). La riga di intestazione è riconosciuta dai nomi delle colonne (Cognome, Nome, Ente, Email, Ruolo, Telefono, Codice fiscale, anche in inglese); le altre colonne sono ignorate. I doppioni sono saltati; oltre i posti disponibili si va in lista d'attesa. Se una riga ha errori non viene scritto nulla e il codice di uscita è 1, a meno di --skip-invalid.</source>
            <translation type="vanished">Registers for a session the people listed in an .xlsx, .xls, .ods or .csv file (UTF-8 or Windows-1252, separated by semicolons or commas). The header row is recognised by the column names (Cognome, Nome, Ente, Email, Ruolo, Telefono, Codice fiscale, or their English equivalents); other columns are ignored. Duplicates are skipped; beyond the available seats people go on the waiting list. If any row has errors nothing is written and the exit code is 1, unless --skip-invalid is given.</translation>
        </message>
        <message>
            <source>Iscrive a una sessione le persone elencate in un file .xlsx, .xls, .ods o .csv (UTF-8 o Windows-1252, separato da punto e virgola o da virgola). La riga di intestazione è riconosciuta dai nomi delle colonne (Cognome, Nome, Ente, Email, Ruolo, Telefono, Codice fiscale, anche in inglese); le altre colonne sono ignorate, come le colonne di servizio di Microsoft Forms e quelle che dicono solo «anonymous». I doppioni sono saltati, le righe di totale non sono persone, chi era stato annullato non viene iscritto di nuovo se non con --include-cancelled; oltre i posti disponibili si va in lista d'attesa. Se una riga ha errori non viene scritto nulla e il codice di uscita è 1, a meno di --skip-invalid.</source>
            <translation type="vanished">Registers for a session the people listed in an .xlsx, .xls, .ods or .csv file (UTF-8 or Windows-1252, separated by semicolons or commas). The header row is recognised by the column names (Cognome, Nome, Ente, Email, Ruolo, Telefono, Codice fiscale, or their English equivalents); other columns are ignored, as are the Microsoft Forms service columns and those that say only «anonymous». Duplicates are skipped, total rows are not people, and anyone who had been cancelled is not registered again unless --include-cancelled is given; beyond the available seats people go on the waiting list. If any row has errors nothing is written and the exit code is 1, unless --skip-invalid is given.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_import.py" line="26" />
            <source>Iscrive a una sessione le persone elencate in un file .xlsx, .xls, .ods o .csv (UTF-8 o Windows-1252, separato da punto e virgola o da virgola). La riga di intestazione è riconosciuta dai nomi delle colonne (Cognome, Nome, Ente, Email, Ruolo, Telefono, Codice fiscale, anche in inglese); le altre colonne sono ignorate, come le colonne di servizio di Microsoft Forms e quelle che dicono solo «anonymous». I doppioni sono saltati, le righe di totale non sono persone, chi era stato annullato non viene iscritto di nuovo se non con --include-cancelled; oltre i posti disponibili si va in lista d'attesa. Il nominativo in una sola colonna (Nominativo, Cognome e nome) è diviso in cognome e nome; il consenso privacy e l'ora di iscrizione sono letti se il file li ha, e la lista d'attesa segue l'ora di iscrizione. Le righe e le colonne nascoste nel file non sono importate, a meno di --include-hidden. Se una riga ha errori non viene scritto nulla e il codice di uscita è 1, a meno di --skip-invalid.</source>
            <translation>Signs up to a session the people listed in an .xlsx, .xls, .ods or .csv file (UTF-8 or Windows-1252, separated by semicolons or commas). The header row is recognised by the column names (Cognome, Nome, Ente, Email, Ruolo, Telefono, Codice fiscale, in English too); the other columns are ignored, as are Microsoft Forms' own columns and those that only say “anonymous”. Duplicates are skipped, totals rows are not people, and people cancelled before are not signed up again except with --include-cancelled; beyond the seats available people go on the waiting list. A full name in one column (Nominativo, Cognome e nome) is split into surname and name; the privacy consent and the sign-up time are read when the file has them, and the waiting list follows the sign-up time. Rows and columns hidden in the file are not imported, except with --include-hidden. If a row has errors nothing is written and the exit code is 1, unless --skip-invalid.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_import.py" line="46" />
            <source>importa le righe valide e salta quelle con errori, elencandole</source>
            <translation>import the valid rows and skip those with errors, listing them</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_import.py" line="51" />
            <source>iscrive di nuovo anche le persone la cui iscrizione era stata annullata</source>
            <translation>also register again the people whose registration had been cancelled</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_import.py" line="56" />
            <source>importa anche le righe e le colonne nascoste o filtrate nel file</source>
            <translation>also import the rows and columns hidden or filtered out in the file</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_import.py" line="61" />
            <source>mostra che cosa verrebbe importato, riga per riga, senza scrivere nulla</source>
            <translation>show what would be imported, row by row, without writing anything</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_import.py" line="69" />
            <source>quale colonna del file è quale campo, come nell'anteprima della finestra (esempio: --map "Cognome=Surname of participant,Ente=Comune / Ente"; "Cognome e nome=Nominativo" divide in cognome e nome una colonna che li ha entrambi; "-=COLONNA" non la importa; COLONNA può essere il numero, 1 la prima)</source>
            <translation>which column of the file is which field, as in the window's preview (example: --map "Cognome=Surname of participant,Ente=Comune / Ente"; "Cognome e nome=Nominativo" splits into surname and name a column that holds both; "-=COLUMN" does not import it; COLUMN may be its number, 1 being the first)</translation>
        </message>
        <message>
            <source>quale colonna del file è quale campo, come nell'anteprima della finestra (esempio: --map "Cognome=Surname of participant,Ente=Comune / Ente"; "-=COLONNA" non la importa; COLONNA può essere il numero, 1 la prima)</source>
            <translation type="vanished">which column of the file is which field, as in the window's preview (example: --map "Surname=Surname of participant,Organisation=Comune / Ente"; "-=COLUMN" does not import it; COLUMN can be the number, 1 being the first)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_import.py" line="78" />
            <source>il foglio da leggere in una cartella di lavoro di più fogli</source>
            <translation>the sheet to read in a workbook with several sheets</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_import.py" line="84" />
            <source>il foglio di calcolo da importare (.xlsx, .xls, .ods, .csv)</source>
            <translation>the spreadsheet to import (.xlsx, .xls, .ods, .csv)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="26" />
            <source>Importati: {imported} ({confirmed} confermati, {waiting} in lista d'attesa)</source>
            <translation>Imported: {imported} ({confirmed} confirmed, {waiting} on the waiting list)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="32" />
            <source>  di cui annullati in precedenza e iscritti di nuovo: {count}</source>
            <translation>  of whom previously cancelled and registered again: {count}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="36" />
            <source>Doppioni saltati: {count}</source>
            <translation>Duplicates skipped: {count}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="37" />
            <source>Righe con errori saltate: {count}</source>
            <translation>Rows with errors skipped: {count}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="41" />
            <source>Righe che non sono persone, saltate: {count}</source>
            <translation>Rows that are not people, skipped: {count}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="47" />
            <source>Annullati in precedenza, non iscritti di nuovo (--include-cancelled per iscriverli): {count}</source>
            <translation>Previously cancelled, not registered again (--include-cancelled to register them): {count}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="55" />
            <source>Righe nascoste nel file, non importate (--include-hidden per importarle): {count}</source>
            <translation>Rows hidden in the file, not imported (--include-hidden to import them): {count}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="60" />
            <source>Da controllare: {count}</source>
            <translation>To check: {count}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="71" />
            <source>Prova senza scrivere nulla (--dry-run).</source>
            <translation>Trial run, nothing written (--dry-run).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="74" />
            <source>1 doppione (saltato)</source>
            <translation>1 duplicate (skipped)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="76" />
            <source>{n} doppioni (saltati)</source>
            <translation>{n} duplicates (skipped)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="79" />
            <source>{new} da importare · {duplicates} · {errors} con errori</source>
            <translation>{new} to import · {duplicates} · {errors} with errors</translation>
        </message>
        <message>
            <source>{new} da importare · {duplicates} doppioni (saltati) · {errors} con errori</source>
            <translation type="vanished">{new} to import · {duplicates} duplicates (skipped) · {errors} with errors</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="84" />
            <source>doppione</source>
            <translation>duplicate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="85" />
            <source>errore</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="86" />
            <source>non è una persona</source>
            <translation>not a person</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="87" />
            <source>annullato in precedenza</source>
            <translation>cancelled before</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="88" />
            <source>nascosta nel file</source>
            <translation>hidden in the file</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="96" />
            <source>  riga {row} ({person}): {reason}</source>
            <translation>  row {row} ({person}): {reason}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/import_report.py" line="19" />
            <source>  riga {row}: {reason}</source>
            <translation>  row {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="39" />
            <source>aggiunge la pratica di esempio (Comune di Monza) e stampa il suo id</source>
            <extracomment>The fields ``update-practice`` changes: the form's, by their domain names (the coat of arms is an image, chosen in the window).</extracomment>
            <translation>add the sample practice (Comune di Monza) and print its id</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="41" />
            <source>Aggiunge al database la pratica di esempio del Comune di Monza, con programma e date proposte; crea il database se non esiste. Stampa l'id della nuova pratica da solo sulla prima riga.</source>
            <translation>Adds the sample practice of the Comune di Monza to the database, with its programme and proposed dates; creates the database if it does not exist. Prints the id of the new practice alone on the first line.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="51" />
            <source>elenca le pratiche</source>
            <translation>list the practices</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="52" />
            <source>Elenca le pratiche del database: id, titolo, Comune ospitante.</source>
            <translation>Lists the practices in the database: id, title, host municipality.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="58" />
            <source>stampa un array JSON di oggetti con id, title, host, updated_at</source>
            <translation>print a JSON array of objects with id, title, host, updated_at</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="64" />
            <source>modifica campi della pratica (CAMPO=VALORE)</source>
            <translation>change fields of the practice (FIELD=VALUE)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="66" />
            <source>Modifica uno o più campi della scheda della pratica, con gli stessi controlli della scheda Pratica: se un valore non va bene non cambia nulla. Campi: {fields}. transfer_mode: workshop, webinar o either; scheduling_mode: O (date alternative) o E (più sessioni); profiles: profili separati da ';'.</source>
            <translation>Changes one or more fields of the practice's form, with the same checks as the Practice tab: if a value is wrong nothing changes. Fields: {fields}. transfer_mode: workshop, webinar or either; scheduling_mode: O (alternative dates) or E (several sessions); profiles: profiles separated by ';'.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="76" />
            <source>CAMPO=VALORE</source>
            <translation>FIELD=VALUE</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="79" />
            <source>il campo (nome come sopra) e il nuovo valore, per esempio max_participants=12</source>
            <translation>the field (named as above) and the new value, for example max_participants=12</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="89" />
            <source>'{value}' non è nella forma CAMPO=VALORE</source>
            <translation>'{value}' is not in the form FIELD=VALUE</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="103" />
            <source>{field}: '{value}' non è tra i valori ammessi ({allowed}).</source>
            <translation>{field}: '{value}' is not one of the allowed values ({allowed}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="111" />
            <source>{field}: '{value}' non è un numero intero.</source>
            <translation>{field}: '{value}' is not a whole number.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="127" />
            <source>Il campo '{field}' non esiste; i campi sono: {fields}.</source>
            <translation>There is no field '{field}'; the fields are: {fields}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="138" />
            <source>Pratica {id} aggiornata: {fields}.</source>
            <translation>Practice {id} updated: {fields}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_practices.py" line="149" />
            <source>Pratica di esempio aggiunta a {path}</source>
            <translation>Sample practice added to {path}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="21" />
            <source>elenca gli iscritti di una sessione</source>
            <translation>list the registrations of a session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="23" />
            <source>Elenca le iscrizioni di una sessione: prima i posti confermati, poi la lista d'attesa in ordine, poi le iscrizioni annullate; per ognuna cognome, nome, Ente, ruolo, email, stato e presenza.</source>
            <translation>Lists the registrations of a session: first the confirmed seats, then the waiting list in order, then the cancelled registrations; for each one surname, name, organisation, role, email, status and attendance.</translation>
        </message>
        <message>
            <source>stampa un array JSON di oggetti con registration_id, participant_id, surname, name, organisation, role, email, phone, status (confirmed, waiting o cancelled), waiting_position, present, hours, registered_at</source>
            <translation type="vanished">print a JSON array of objects with registration_id, participant_id, surname, name, organisation, role, email, phone, status (confirmed, waiting or cancelled), waiting_position, present, hours, registered_at</translation>
        </message>
        <message>
            <source>stampa un array JSON di oggetti con registration_id, participant_id, surname, name, organisation, role, email, phone, status (confirmed, waiting o cancelled), waiting_position, present, minutes_attended, planned_minutes, registered_at e sittings (per seduta: day, sitting, start, end, present, in, out, minutes_attended)</source>
            <translation type="vanished">print a JSON array of objects with registration_id, participant_id, surname, name, organisation, role, email, phone, status (confirmed, waiting or cancelled), waiting_position, present, minutes_attended, planned_minutes, registered_at and sittings (per sitting: day, sitting, start, end, present, in, out, minutes_attended)</translation>
        </message>
        <message>
            <source>stampa un array JSON di oggetti con registration_id, participant_id, surname, name, organisation, role, email, phone, status (confirmed, waiting o cancelled), waiting_position, present, minutes_attended, planned_minutes, registered_at, privacy_consent (true o false), privacy_consent_date e sittings (per seduta: day, sitting, start, end, present, in, out, minutes_attended)</source>
            <translation type="vanished">print a JSON array of objects with registration_id, participant_id, surname, name, organisation, role, email, phone, status (confirmed, waiting or cancelled), waiting_position, present, minutes_attended, planned_minutes, registered_at, privacy_consent (true or false), privacy_consent_date and sittings (per sitting: day, sitting, start, end, present, in, out, minutes_attended)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="34" />
            <source>stampa un array JSON di oggetti con registration_id, participant_id, surname, name, organisation, role, email, phone, status (confirmed, waiting o cancelled), waiting_position, present, minutes_attended, planned_minutes, registered_at, privacy_consent (true o false), privacy_consent_date, consent_media e consent_contact (consensi facoltativi a foto e video e a essere ricontattati: true, false o null se non chiesti) e sittings (per seduta: day, sitting, start, end, present, in, out, minutes_attended)</source>
            <translation>print a JSON array of objects with registration_id, participant_id, surname, name, organisation, role, email, phone, status (confirmed, waiting or cancelled), waiting_position, present, minutes_attended, planned_minutes, registered_at, privacy_consent (true or false), privacy_consent_date, consent_media and consent_contact (optional consents to photos and videos and to being contacted again: true, false or null if not asked) and sittings (per sitting: day, sitting, start, end, present, in, out, minutes_attended)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="93" />
            <source>in lista d'attesa n. {position}</source>
            <translation>waiting list no. {position}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="95" />
            <source>annullato</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="96" />
            <source>confermato</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="101" />
            <source>presenza non segnata</source>
            <translation>attendance not recorded</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="181" />
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="103" />
            <source>assente</source>
            <translation>absent</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="107" />
            <source>presente ({hours})</source>
            <translation>present ({hours})</translation>
        </message>
        <message>
            <source>presente ({hours} ore)</source>
            <translation type="vanished">present ({hours} hours)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="179" />
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="108" />
            <source>presente</source>
            <translation>present</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster.py" line="115" />
            <source>(nessun Ente)</source>
            <translation>(no organisation)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster_export.py" line="29" />
            <source>colonne da esportare, separate da virgole, nell'ordine voluto. Disponibili: {available}. Predefinite: {default} (telefono e codice fiscale solo se richiesti)</source>
            <translation>columns to export, separated by commas, in the order wanted. Available: {available}. Default: {default} (phone and tax code only if asked for)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster_export.py" line="41" />
            <source>esporta in Excel (.xlsx) gli iscritti di una pratica</source>
            <translation>export the registrations of a practice to Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster_export.py" line="43" />
            <source>Scrive in un file Excel (.xlsx) gli iscritti di tutte le sessioni di una pratica: un foglio per sessione, chiamato con la sua data (prima i posti confermati, poi la lista d'attesa in ordine; le iscrizioni annullate sono solo contate nel riepilogo), il foglio "Lista d'attesa" con sessione e posizione di ognuno e il foglio "Riepilogo" con i conteggi per sessione, per Ente e per ruolo. Stampa il percorso del file scritto.</source>
            <translation>Writes to an Excel file (.xlsx) the registrations of all the sessions of a practice: one sheet per session, named after its date (first the confirmed seats, then the waiting list in order; cancelled registrations are only counted in the summary), the "Lista d'attesa" sheet with each person's session and position, and the "Riepilogo" sheet with counts per session, per organisation and per role. Prints the path of the file written.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_roster_export.py" line="69" />
            <source>file .xlsx da scrivere (con un'altra estensione è rifiutato; se esiste viene sostituito)</source>
            <translation>.xlsx file to write (any other extension is refused; replaced if it exists)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="30" />
            <source>elenca le sessioni con le date e gli iscritti</source>
            <translation>list the sessions with their dates and registrations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="32" />
            <source>Elenca le sessioni (di tutte le pratiche, o di una sola con --practice) in ordine di data: modalità (date alternative O / più sessioni E), stato, data confermata o date proposte, posti e iscritti.</source>
            <translation>Lists the sessions (of all practices, or of one with --practice) in date order: mode (alternative dates O / several sessions E), status, confirmed date or proposed dates, seats and registrations.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="42" />
            <source>solo le sessioni di questa pratica (vedi il comando practices)</source>
            <translation>only the sessions of this practice (see the practices command)</translation>
        </message>
        <message>
            <source>stampa un array JSON di oggetti con id, practice_id, mode (alternative o multiple), status, date, candidate_dates, capacity, confirmed_count, waiting_count</source>
            <translation type="vanished">print a JSON array of objects with id, practice_id, mode (alternative or multiple), status, date, candidate_dates, capacity, confirmed_count, waiting_count</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="57" />
            <source>conferma una delle date proposte di una sessione</source>
            <translation>confirm one of the proposed dates of a session</translation>
        </message>
        <message>
            <source>Conferma la sessione in una delle sue date proposte; le altre restano in elenco come scartate. Errore (codice 1) se la data non è tra quelle proposte.</source>
            <translation type="vanished">Confirms the session on one of its proposed dates; the others stay listed as discarded. Error (exit code 1) if the date is not one of those proposed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="71" />
            <source>la data da confermare, per esempio 2026-04-20</source>
            <translation>the date to confirm, for example 2026-04-20</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="107" />
            <source>'{value}' non è una data valida nel formato AAAA-MM-GG</source>
            <translation>'{value}' is not a valid date in the format YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="48" />
            <source>stampa un array JSON di oggetti con id, practice_id, mode (alternative o multiple), status, date, days (tutti i giorni di una sessione confermata), candidate_dates, capacity, confirmed_count, waiting_count</source>
            <translation>print a JSON array of objects with id, practice_id, mode (alternative or multiple), status, date, days (every day of a confirmed session), candidate_dates, capacity, confirmed_count, waiting_count</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="59" />
            <source>Conferma la sessione in una delle sue date proposte; le altre restano in elenco come scartate. Errore (codice 1) se la data non è tra quelle proposte, o se ci sono presenze registrate per un altro giorno e non si indica --keep-attendance (passano al giorno confermato) o --clear-attendance (vengono cancellate).</source>
            <translation>Confirms the session on one of its proposed dates; the others stay listed as discarded. Error (exit code 1) if the date is not one of those proposed, or if attendance is recorded for another day and neither --keep-attendance (it moves to the confirmed day) nor --clear-attendance (it is deleted) is given.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="125" />
            <source>date alternative (O)</source>
            <translation>alternative dates (O)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="125" />
            <source>più sessioni (E)</source>
            <translation>several sessions (E)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="127" />
            <source>proposta</source>
            <translation>proposed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="128" />
            <source>confermata</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="129" />
            <source>annullata</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="130" />
            <source>svolta</source>
            <translation>held</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="132" />
            <source>{confirmed}/{capacity} posti occupati, {waiting} in lista d'attesa</source>
            <translation>{confirmed}/{capacity} seats taken, {waiting} on the waiting list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="137" />
            <source>pratica {id}</source>
            <translation>practice {id}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_scheduling.py" line="169" />
            <source>Sessione {id} confermata per {day}.</source>
            <translation>Session {id} confirmed for {day}.</translation>
        </message>
        <message>
            <source>file del database SQLite (predefinito: {path})</source>
            <translation type="vanished">SQLite database file (default: {path})</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="146" />
            <source>FILE|URL</source>
            <translation>FILE|URL</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="150" />
            <source>file del database SQLite (predefinito: {path}) oppure database condiviso postgresql+psycopg://utente@server/database (anche dalla variabile {env})</source>
            <translation>SQLite database file (default: {path}) or shared database postgresql+psycopg://user@server/database (also from the variable {env})</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="74" />
            <source>'{value}' non è un numero intero positivo</source>
            <extracomment>The largest id SQLite can store; a larger number cannot name anything.</extracomment>
            <translation>'{value}' is not a positive whole number</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="78" />
            <source>'{value}' è troppo grande per essere un id</source>
            <translation>'{value}' is too large for an id</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="86" />
            <source>manca il nome del file</source>
            <translation>the file name is missing</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="162" />
            <source>id della sessione (vedi il comando sessions)</source>
            <translation>session id (see the sessions command)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="302" />
            <source>le presenze già registrate passano al nuovo giorno</source>
            <translation>the attendance already recorded moves to the new day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="309" />
            <source>le presenze già registrate vengono cancellate</source>
            <translation>the attendance already recorded is deleted</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="316" />
            <source>{message} Ripetere il comando con --keep-attendance o --clear-attendance.</source>
            <translation>{message} Repeat the command with --keep-attendance or --clear-attendance.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/main.py" line="72" />
            <source>Exchange Desktop: gestione degli scambi di buone pratiche tra Comuni. Senza comando apre la finestra del programma.</source>
            <extracomment>The command modules in the order their commands appear in ``--help``.</extracomment>
            <translation>Exchange Desktop: managing good practice exchanges between municipalities. Without a command it opens the program window.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/main.py" line="76" />
            <source>Codici di uscita: 0 fatto; 1 dati errati o problema con il database (messaggio su una riga in stderr); 2 uso errato.</source>
            <translation>Exit codes: 0 done; 1 wrong data or a database problem (one-line message on stderr); 2 wrong usage.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/main.py" line="83" />
            <source>COMANDO</source>
            <translation>COMMAND</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/main.py" line="111" />
            <source>Errore imprevisto: {error}</source>
            <translation>Unexpected error: {error}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="32" />
            <source>salva una copia completa del database in un file</source>
            <translation>save a complete copy of the database to a file</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="34" />
            <source>Salva in OUT una copia coerente del database (anche mentre il programma è aperto). Stampa il percorso del file scritto.</source>
            <translation>Saves a consistent copy of the database to OUT (even while the program is open). Prints the path of the file written.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="39" />
            <source>il file da scrivere</source>
            <translation>the file to write</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="44" />
            <source>sostituisce i dati del database con quelli di un backup</source>
            <translation>replaces the database's data with those of a backup</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="46" />
            <source>Controlla il backup, salva una copia dei dati attuali nella cartella backups accanto al database, poi sostituisce i dati con quelli del backup (tutto o niente). Un backup di una versione precedente viene aggiornato.</source>
            <translation>Checks the backup, saves a copy of the current data in the backups folder beside the database, then replaces the data with those of the backup (all or nothing). A backup from an earlier version is upgraded.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="53" />
            <source>il file di backup da ripristinare</source>
            <translation>the backup file to restore</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="59" />
            <source>conferma il ripristino su un database condiviso (sostituisce i dati di tutti gli uffici)</source>
            <translation>confirms a restore on a shared database (it replaces the data of every office)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="67" />
            <source>trasferisce tutti i dati in un altro database (ad es. il server condiviso)</source>
            <translation>moves all the data to another database (e.g. the shared server)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="69" />
            <source>Copia tutti i dati del database (--db, il file locale) nel database DEST, che deve essere vuoto: il programma vi crea le tabelle e copia i dati in una sola transazione. Il database di partenza non viene modificato.</source>
            <translation>Copies all the data of the database (--db, the local file) into the database DEST, which must be empty: the program creates its tables there and copies the data in a single transaction. The source database is not changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="79" />
            <source>il database di destinazione, ad es. postgresql+psycopg://utente@server/db</source>
            <translation>the target database, e.g. postgresql+psycopg://user@server/db</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="93" />
            <source>Backup salvato: {path}</source>
            <translation>Backup saved: {path}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="99" />
            <source>i dati di tutti gli uffici che lavorano su {db} (pratiche: {practices}, partecipanti: {participants}, iscrizioni: {registrations})</source>
            <translation>the data of every office working on {db} (practices: {practices}, participants: {participants}, registrations: {registrations})</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="108" />
            <source>; utenti del database che li hanno modificati: {count} ({names})</source>
            <translation>; database users who changed them: {count} ({names})</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="113" />
            <source>; connessioni di altri programmi al database in questo momento: {count} (utenti: {names})</source>
            <translation>; connections of other programs to the database at this moment: {count} (users: {names})</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="139" />
            <source>Sostituiti {what}.</source>
            <translation>Replaced {what}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="141" />
            <source>Ripristinato in {db} il backup {backup} del {when} (pratiche: {count}).</source>
            <translation>Restored the backup {backup} of {when} into {db} (practices: {count}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="149" />
            <source>Il file danneggiato è stato spostato in {path}</source>
            <translation>The damaged file was moved to {path}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="151" />
            <source>Copia di sicurezza dei dati precedenti: {path}</source>
            <translation>Safety copy of the previous data: {path}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="168" />
            <source>Dati trasferiti in {target}: pratiche {practices}, sessioni {sessions}, partecipanti {participants}, iscrizioni {registrations}, presenze {attendance}.</source>
            <translation>Data moved to {target}: practices {practices}, sessions {sessions}, participants {participants}, registrations {registrations}, attendance records {attendance}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="180" />
            <source>Per lavorare sul nuovo database: {program} --db "{target}"</source>
            <translation>To work on the new database: {program} --db "{target}"</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="41" />
            <source>segna le presenze di un webinar dal report di Teams o Zoom</source>
            <translation>record the attendance of a webinar from the Teams or Zoom report</translation>
        </message>
        <message>
            <source>Legge il report delle presenze di Teams o Zoom (.csv, .txt, .xlsx, .xls, .ods), riconosce gli iscritti confermati della sessione (per email, poi per nome e cognome) e li segna seduta per seduta con i minuti effettivamente collegati: ogni collegamento conta per sé, le pause e l'intervallo tra le sedute no. Una seduta senza collegamenti diventa assente, salvo che sia stata segnata a mano. Stampa una riga per persona e le righe del report non riconosciute. Codice 1, senza scrivere nulla, se il report è di un altro giorno, se il file non è un report o se una persona riconosciuta è in lista d'attesa.</source>
            <translation type="vanished">Reads the Teams or Zoom attendance report (.csv, .txt, .xlsx, .xls, .ods), recognises the session's confirmed registered participants (by email, then by name and surname) and marks them sitting by sitting with the minutes they were actually connected: each connection counts on its own, breaks and the interval between sittings do not. A sitting without connections becomes absent, unless it was marked by hand. Prints one line per person and the report lines not recognised. Code 1, without writing anything, if the report is from another day, if the file is not a report or if a recognised person is on the waiting list.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="43" />
            <source>Legge il report delle presenze di Teams o Zoom (.csv, .txt, .xlsx, .xls, .ods), riconosce gli iscritti confermati della sessione (per email, poi per nome e cognome) e li segna seduta per seduta con i minuti effettivamente collegati: ogni collegamento conta per sé, le pause e l'intervallo tra le sedute no. Una seduta senza collegamenti diventa assente, salvo che sia stata segnata a mano. Stampa una riga per persona segnata; le persone in lista d'attesa, con l'iscrizione annullata, non riconosciute o senza orari non sono segnate e sono elencate sullo standard error, con il motivo. Codice 1, senza scrivere nulla, se il report è di un altro giorno, se il file non è un report o, con --strict, se c'è anche una sola riga non segnata.</source>
            <translation>Reads the Teams or Zoom attendance report (.csv, .txt, .xlsx, .xls, .ods), recognises the session's confirmed participants (by email, then by name and surname) and marks them sitting by sitting with the minutes actually connected: each connection counts on its own, breaks and the time between sittings do not. A sitting without connections becomes absent, unless it was marked by hand. Prints one line per person marked; people on the waiting list, with a cancelled registration, not recognised or without times are not marked and are listed on standard error, with the reason. Exit code 1, nothing written, if the report is of another day, if the file is not a report or, with --strict, if even one line is not marked.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="60" />
            <source>mostra soltanto che cosa verrebbe segnato, senza scrivere nulla</source>
            <translation>only show what would be marked, without writing anything</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="66" />
            <source>rifiuta l'intero report (codice 1, nulla scritto) se una riga non è di un iscritto confermato con orari</source>
            <translation>refuse the whole report (exit code 1, nothing written) if any line is not a confirmed participant with times</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="74" />
            <source>il report delle presenze scaricato da Teams o da Zoom</source>
            <translation>the attendance report downloaded from Teams or Zoom</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="80" />
            <source>segna presente o assente una persona in una seduta</source>
            <translation>mark a person present or absent in a sitting</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="82" />
            <source>Segna la presenza di un partecipante della sessione in una seduta della giornata (la prima, se non indicata), con gli orari di entrata e di uscita se noti; con --absent lo segna assente. Codice 1 per chi è in lista d'attesa, un orario non valido, una seduta che non esiste o un giorno che non è della sessione.</source>
            <translation>Marks the attendance of a session participant in a sitting of the day (the first, if not given), with the entry and exit times if known; with --absent marks them absent. Code 1 for someone on the waiting list, an invalid time, a sitting that does not exist or a day that is not part of the session.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="95" />
            <source>id del partecipante (vedi il comando roster --json, participant_id)</source>
            <translation>participant id (see the roster --json command, participant_id)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="102" />
            <source>numero della seduta: 1 la prima della giornata (predefinito 1)</source>
            <translation>sitting number: 1 is the first of the day (default 1)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="104" />
            <source>ora di entrata</source>
            <translation>entry time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="105" />
            <source>ora di uscita</source>
            <translation>exit time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="106" />
            <source>segna la persona assente</source>
            <translation>mark the person absent</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="111" />
            <source>il giorno, per una sessione di più giorni (predefinito: il primo)</source>
            <translation>the day, for a session of several days (default: the first)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="131" />
            <source>{person}: {reason}</source>
            <translation>{person}: {reason}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="141" />
            <source>{person}: {duration}</source>
            <translation>{person}: {duration}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="145" />
            <source>{person}: assente (nessun collegamento durante le sedute)</source>
            <translation>{person}: absent (no connection during the sittings)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="150" />
            <source>{person}: assente (confermato, non nel report che copre le sedute)</source>
            <translation>{person}: absent (confirmed, not in the report that covers the sittings)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="153" />
            <source>Segni cambiati dal report (erano presenti a mano): {people}.</source>
            <translation>Marks changed by the report (marked present by hand): {people}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="182" />
            <source>Sostituisce quanto segnato da {author} alle {when}: {what}.</source>
            <translation>Replaces what {author} marked at {when}: {what}.</translation>
        </message>
        <message>
            <source>{person}: nel report senza orari di ingresso e di uscita, non segnato (usare mark-present)</source>
            <translation type="vanished">{person}: in the report without entry and exit times, not marked (use mark-present)</translation>
        </message>
        <message>
            <source>Non riconosciuto tra gli iscritti: {line}</source>
            <translation type="vanished">Not recognised among the registered participants: {line}</translation>
        </message>
        <message>
            <source>Prova, nulla è stato scritto: da segnare {count}.</source>
            <translation type="vanished">Dry run, nothing was written: {count} to be marked.</translation>
        </message>
        <message>
            <source>Presenze segnate: {count}.</source>
            <translation type="vanished">Attendance recorded: {count}.</translation>
        </message>
        <message>
            <source>In lista d'attesa, quindi non sul foglio firme: {people}. Nessuna presenza è stata segnata: confermarne prima l'iscrizione (Promuovi, nella scheda Partecipanti) oppure toglierle dal report.</source>
            <translation type="vanished">On the waiting list, so not on the sign-in sheet: {people}. No attendance has been recorded: first confirm their registration (Promote, in the Participants tab) or remove them from the report.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="133" />
            <source>'{value}' non è un orario valido: scriverlo come HH:MM, per esempio 09:30.</source>
            <translation>'{value}' is not a valid time: write it as HH:MM, for example 09:30.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="284" />
            <source>Il partecipante n. {participant} non è iscritto alla sessione n. {session} (vedi il comando roster).</source>
            <translation>Participant no. {participant} is not registered for session no. {session} (see the roster command).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="215" />
            <source>{person}: assente nella seduta {sitting}.</source>
            <translation>{person}: absent from sitting {sitting}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="217" />
            <source>{person}: presente nella seduta {sitting}.</source>
            <translation>{person}: present at sitting {sitting}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_attendance.py" line="219" />
            <source>In tutto: {duration}.</source>
            <translation>In total: {duration}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="36" />
            <source>elenca le voci del programma di una pratica</source>
            <translation>list the items of a practice's programme</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="38" />
            <source>Elenca il programma della giornata in ordine: riga, id, numero dell'argomento (le pause non ne hanno), orari, titolo, relatori.</source>
            <translation>Lists the programme of the day in order: line, id, topic number (breaks have none), times, title, speakers.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="48" />
            <source>stampa un array JSON di oggetti con position, id, number, kind (topic o break), title, text, start, end, speakers</source>
            <translation>print a JSON array of objects with position, id, number, kind (topic or break), title, text, start, end, speakers</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="56" />
            <source>aggiunge una voce in fondo al programma</source>
            <translation>add an item at the end of the programme</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="58" />
            <source>Aggiunge un argomento (o una pausa con --break) in fondo al programma, con gli stessi controlli della scheda Programma.</source>
            <translation>Adds a topic (or a break with --break) at the end of the programme, with the same checks as the Programme tab.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="64" />
            <source>titolo della voce (in grassetto)</source>
            <translation>title of the item (in bold)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="65" />
            <source>testo della voce</source>
            <translation>text of the item</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="66" />
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="66" />
            <source>ora di inizio</source>
            <translation>start time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="67" />
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="67" />
            <source>ora di fine</source>
            <translation>end time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="68" />
            <source>è una pausa</source>
            <translation>it is a break</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="69" />
            <source>relatori</source>
            <translation>speakers</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="74" />
            <source>toglie una voce dal programma</source>
            <translation>remove an item from the programme</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="75" />
            <source>Toglie una voce dal programma; le altre restano nel loro ordine.</source>
            <translation>Removes an item from the programme; the others keep their order.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="82" />
            <source>sposta una voce del programma in un'altra riga</source>
            <translation>move a programme item to another line</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="84" />
            <source>Sposta una voce del programma alla riga indicata (1 la prima; oltre l'ultima: in fondo); le altre restano nel loro ordine.</source>
            <translation>Moves a programme item to the given line (1 the first; past the last: to the end); the others keep their order.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="90" />
            <source>la nuova riga</source>
            <translation>the new line</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="103" />
            <source>la riga della voce nel programma (vedi il comando programme)</source>
            <translation>the item's line in the programme (see the programme command)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="105" />
            <source>id della voce</source>
            <translation>id of the item</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="121" />
            <source>Il programma della pratica {practice} ha {count} voci: non c'è la riga {n}.</source>
            <translation>The programme of practice {practice} has {count} items: there is no line {n}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="130" />
            <source>La voce n. {id} non è nel programma della pratica {practice}.</source>
            <translation>Item no. {id} is not in the programme of practice {practice}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="162" />
            <source>pausa</source>
            <translation>break</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="188" />
            <source>Voce {id} aggiunta alla riga {position} del programma.</source>
            <translation>Item {id} added at line {position} of the programme.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="201" />
            <source>Voce «{title}» tolta dal programma.</source>
            <translation>Item “{title}” removed from the programme.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_programme.py" line="213" />
            <source>Voce «{title}» spostata alla riga {position}.</source>
            <translation>Item “{title}” moved to line {position}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="32" />
            <source>iscrive una persona a una sessione</source>
            <translation>register a person for a session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="34" />
            <source>Iscrive una persona nuova a una sessione: posto confermato finché ce ne sono, altrimenti in fondo alla lista d'attesa. L'Ente si indica per nome; se non è in elenco viene aggiunto.</source>
            <translation>Registers a new person for a session: a confirmed seat while there are any, otherwise at the end of the waiting list. The organisation is given by name; if it is not listed it is added.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="41" />
            <source>cognome</source>
            <translation>surname</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="42" />
            <source>nome</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="43" />
            <source>ENTE</source>
            <translation>ORGANISATION</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="43" />
            <source>Ente</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="44" />
            <source>ruolo o profilo professionale</source>
            <translation>role or professional profile</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="45" />
            <source>indirizzo email</source>
            <translation>email address</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="46" />
            <source>telefono</source>
            <translation>phone</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="47" />
            <source>codice fiscale</source>
            <translation>tax code (codice fiscale)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="52" />
            <source>annulla un'iscrizione</source>
            <translation>cancel a registration</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="54" />
            <source>Annulla un'iscrizione (resta in elenco come annullata); il posto liberato va al primo in lista d'attesa. L'iscrizione si indica con --registration oppure con --session e --participant.</source>
            <translation>Cancels a registration (it stays listed, cancelled); the freed seat goes to the first on the waiting list. The registration is given with --registration or with --session and --participant.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="64" />
            <source>dà un posto confermato a chi è in lista d'attesa</source>
            <translation>give a confirmed seat to someone on the waiting list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="66" />
            <source>Dà un posto confermato a una persona in lista d'attesa: la prima in ordine, o quella indicata con --participant. Rifiutato se la sessione è al completo.</source>
            <translation>Gives a confirmed seat to a person on the waiting list: the first in line, or the one given with --participant. Refused when the session is full.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="73" />
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="102" />
            <source>id del partecipante</source>
            <translation>id of the participant</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="79" />
            <source>sposta un'iscrizione a un'altra sessione della pratica</source>
            <translation>move a registration to another session of the practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="81" />
            <source>Sposta un'iscrizione a un'altra sessione della stessa pratica: posto confermato se ce n'è uno libero, altrimenti in fondo alla lista d'attesa.</source>
            <translation>Moves a registration to another session of the same practice: a confirmed seat if one is free, otherwise at the end of the waiting list.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="87" />
            <source>la sessione di arrivo</source>
            <translation>the session to move to</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="98" />
            <source>id dell'iscrizione (registration_id del comando roster --json)</source>
            <translation>id of the registration (registration_id of the roster --json command)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="100" />
            <source>id della sessione</source>
            <translation>id of the session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="110" />
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="113" />
            <source>Indicare --registration oppure --session e --participant.</source>
            <translation>Give --registration or --session and --participant.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="173" />
            <source>Il partecipante n. {participant} non è in lista d'attesa nella sessione n. {session}.</source>
            <translation>Participant no. {participant} is not on the waiting list of session no. {session}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_registrations.py" line="179" />
            <source>Nessuno in lista d'attesa nella sessione n. {session}.</source>
            <translation>Nobody is on the waiting list of session no. {session}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="50" />
            <source>modifica posti, modalità, orari e luogo di una sessione</source>
            <extracomment>``update-session``'s options and the session field each one sets.</extracomment>
            <translation>change the seats, modality, times and place of a session</translation>
        </message>
        <message>
            <source>Modifica i campi indicati di una sessione, con gli stessi controlli della scheda Date; se un valore non va bene non cambia nulla. Più posti fanno passare ai posti confermati chi è in lista d'attesa, in ordine di iscrizione.</source>
            <translation type="vanished">Changes the given fields of a session, with the same checks as the Dates tab; if a value is wrong nothing changes. More seats move people from the waiting list to confirmed seats, in order of registration.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="52" />
            <source>Modifica i campi indicati di una sessione, con gli stessi controlli della scheda Date; se un valore non va bene non cambia nulla. Più posti fanno passare ai posti confermati chi è in lista d'attesa, in ordine di iscrizione. Se --status conferma un giorno e sono registrate presenze per un altro, indicare --keep-attendance (passano al nuovo giorno) o --clear-attendance (vengono cancellate); altrimenti errore (codice 1).</source>
            <translation>Changes the given fields of a session, with the same checks as the Dates tab; if a value is not valid nothing changes. More seats move people from the waiting list to confirmed seats, in order of registration. If --status confirms a day and attendance is recorded for another, give --keep-attendance (it moves to the new day) or --clear-attendance (it is deleted); otherwise an error (exit code 1).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="62" />
            <source>posti</source>
            <translation>seats</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="64" />
            <source>in presenza o webinar</source>
            <translation>in person or webinar</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="68" />
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="69" />
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="72" />
            <source>TESTO</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="68" />
            <source>sede</source>
            <translation>venue</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="69" />
            <source>sala</source>
            <translation>room</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="70" />
            <source>collegamento del webinar</source>
            <translation>webinar link</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="72" />
            <source>numero di protocollo degli attestati</source>
            <translation>protocol number of the certificates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="78" />
            <source>stato della sessione: confirmed o held confermano l'unica data rimasta in gioco; proposed riapre la scelta della data</source>
            <translation>the session's status: confirmed or held confirm the only date still in play; proposed reopens the choice of date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="88" />
            <source>giorni consecutivi della sessione (1-30); è la durata della pratica, uguale per tutte le sue sessioni</source>
            <translation>consecutive days of the session (1-30); it is the practice's duration, the same for all its sessions</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="96" />
            <source>propone una data (date alternative O) o aggiunge una sessione (più sessioni E)</source>
            <translation>propose a date (alternative dates O) or add a session (several sessions E)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="98" />
            <source>Propone una data per la pratica: con date alternative (O) si aggiunge alle date della sessione, con più sessioni (E) crea una nuova sessione in quella data. La pratica si indica con --practice oppure con una sua sessione (--session).</source>
            <translation>Proposes a date for the practice: with alternative dates (O) it joins the session's dates, with several sessions (E) it creates a new session on that date. The practice is given with --practice or with one of its sessions (--session).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="105" />
            <source>id della pratica</source>
            <translation>id of the practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="107" />
            <source>id di una sessione della pratica</source>
            <translation>id of a session of the practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="109" />
            <source>la data da proporre, per esempio 2026-04-27</source>
            <translation>the date to propose, for example 2026-04-27</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="114" />
            <source>toglie una data proposta</source>
            <translation>withdraw a proposed date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="116" />
            <source>Toglie una data proposta di una sessione (con più sessioni E, la sessione stessa, se non ha iscritti). La data confermata non si toglie: riaprire prima la scelta.</source>
            <translation>Withdraws a proposed date of a session (with several sessions E, the session itself, if nobody is registered). The confirmed date cannot be withdrawn: reopen the choice first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="122" />
            <source>la data da togliere</source>
            <translation>the date to withdraw</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="127" />
            <source>riapre la scelta della data di una sessione confermata</source>
            <translation>reopen the choice of date of a confirmed session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="129" />
            <source>Annulla la conferma: tutte le date tornano proposte e la sessione torna proposta.</source>
            <translation>Undoes the confirmation: every date is proposed again and so is the session.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="138" />
            <source>sposta una sessione a un altro giorno</source>
            <translation>move a session to another day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="140" />
            <source>Sposta la sessione al giorno indicato, tenendo le iscrizioni; il cambio resta registrato e il comando dice quante persone ed Enti vanno avvisati. Se sono già registrate presenze, indicare --keep-attendance (passano al nuovo giorno) o --clear-attendance (vengono cancellate); altrimenti errore (codice 1).</source>
            <translation>Moves the session to the given day, keeping its registrations; the change is recorded and the command says how many people and organisations must be told. If attendance is already recorded, give --keep-attendance (it moves to the new day) or --clear-attendance (it is deleted); otherwise an error (exit code 1).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="255" />
            <source>Presenze passate al nuovo giorno: {count}.</source>
            <translation>Attendance records moved to the new day: {count}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="257" />
            <source>Presenze cancellate: {count}.</source>
            <translation>Attendance records deleted: {count}.</translation>
        </message>
        <message>
            <source>Sposta la sessione al giorno indicato, tenendo le iscrizioni; il cambio resta registrato e il comando dice quante persone ed Enti vanno avvisati.</source>
            <translation type="vanished">Moves the session to the given day, keeping its registrations; the change is recorded and the command says how many people and organisations must be told.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="148" />
            <source>il nuovo giorno, per esempio 2026-05-04</source>
            <translation>the new day, for example 2026-05-04</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="149" />
            <source>il motivo del cambio di data</source>
            <translation>the reason for the change of date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="168" />
            <source>Nessuna modifica: indicare almeno un campo (vedi --help).</source>
            <translation>Nothing to change: give at least one field (see --help).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="180" />
            <source>Sessione {id} aggiornata: {fields}.</source>
            <translation>Session {id} updated: {fields}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="193" />
            <source>{day} proposta nella sessione {id}.</source>
            <translation>{day} proposed in session {id}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="206" />
            <source>{day} non è tra le date della sessione {id}.</source>
            <translation>{day} is not among the dates of session {id}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="211" />
            <source>{day} tolta dalle date proposte.</source>
            <translation>{day} withdrawn from the proposed dates.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="220" />
            <source>Sessione {id}: scelta della data riaperta.</source>
            <translation>Session {id}: choice of date reopened.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_sessions.py" line="240" />
            <source>Sessione {id} spostata a {day}: da avvisare {people} persone e {organisations} Enti.</source>
            <translation>Session {id} moved to {day}: {people} people and {organisations} organisations to tell.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="35" />
            <source>prepara i messaggi di una sessione come bozze per Outlook (.eml)</source>
            <translation>prepare the messages of a session as drafts for Outlook (.eml)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="37" />
            <source>Scrive nella cartella OUTDIR una bozza .eml per ogni destinatario (un messaggio per persona, con i suoi allegati e l'intestazione X-Unsent: 1, che Outlook apre come messaggio da controllare e inviare). Ogni bozza è registrata; una già preparata con lo stesso testo non viene riscritta senza --again. Un segnaposto sconosciuto o vuoto ferma tutto (codice di uscita 1) e nomina il campo e la persona.</source>
            <translation>Writes into the folder OUTDIR one .eml draft per recipient (one message per person, with their own attachments and the header X-Unsent: 1, which Outlook opens as a message to check and send). Every draft is recorded; one already prepared with the same text is not written again without --again. An unknown or empty placeholder stops everything (exit code 1) and names the field and the person.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="47" />
            <source>cartella delle bozze (creata se manca)</source>
            <translation>folder of the drafts (created if missing)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="53" />
            <source>invia i messaggi di una sessione con il server di posta del Comune</source>
            <translation>send the messages of a session through the municipality's mail server</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="55" />
            <source>Invia un messaggio per destinatario con il server di posta indicato in Preferenze o con --smtp. Ogni messaggio è registrato prima dell'invio: uno già inviato non parte di nuovo senza --again; se il server si ferma, i messaggi rimasti sono inviati al comando successivo. Codice di uscita 1 per un segnaposto sconosciuto, un accesso rifiutato, un server irraggiungibile o un indirizzo rifiutato.</source>
            <translation>Sends one message per recipient through the mail server set in Preferences or given with --smtp. Every message is recorded before it is sent: one already sent does not go again without --again; if the server stops, the messages left are sent by the next command. Exit code 1 for an unknown placeholder, a refused login, an unreachable server or a refused address.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="68" />
            <source>server di posta: smtp://, smtp+starttls:// o smtps://utente@host:porta (predefinito: quello delle Preferenze)</source>
            <translation>mail server: smtp://, smtp+starttls:// or smtps://user@host:port (default: the one in Preferences)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="77" />
            <source>file la cui prima riga è la password del server (altrimenti quella salvata in Gestione credenziali, o chiesta al terminale)</source>
            <translation>file whose first line is the server's password (otherwise the one saved in Credential Manager, or asked on the terminal)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="84" />
            <source>mostra a chi andrebbe ogni messaggio, senza inviare né registrare nulla</source>
            <translation>show who each message would go to, without sending or recording anything</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="89" />
            <source>invia solo una prova a se stessi: il primo messaggio, al mittente</source>
            <translation>send only a test to yourself: the first message, to the sender</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="95" />
            <source>elenca i messaggi inviati o preparati per una sessione</source>
            <translation>list the messages sent or prepared for a session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="97" />
            <source>Il registro dei messaggi di una sessione, dal più recente: tipo, destinatario, oggetto, allegati, canale (eml o smtp), esito (pending, sending, sent, failed, drafted), ora ed eventuale errore.</source>
            <translation>The log of a session's messages, newest first: kind, recipient, subject, attachments, channel (eml or smtp), result (pending, sending, sent, failed, drafted), time and any error.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="105" />
            <source>solo i messaggi di PID</source>
            <translation>only the messages of PID</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="111" />
            <source>stampa un array JSON di oggetti con id, session_id, kind, participant_id, organisation_id, recipient, address, subject, attachments (name, sha256), channel, state, created_at, done_at ed error</source>
            <translation>print a JSON array of objects with id, session_id, kind, participant_id, organisation_id, recipient, address, subject, attachments (name, sha256), channel, state, created_at, done_at and error</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="127" />
            <source>tipo di messaggio: {kinds}</source>
            <translation>kind of message: {kinds}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="133" />
            <source>destinatari: confirmed, waiting, present, qualified o i numeri dei partecipanti separati da virgole (predefinito: quelli del tipo di messaggio)</source>
            <translation>recipients: confirmed, waiting, present, qualified or participant numbers separated by commas (default: those of the kind of message)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="142" />
            <source>solo con --kind attestato: ogni attestato firmato digitalmente (PAdES) con il certificato di questo file PKCS#12</source>
            <translation>only with --kind attestato: each certificate signed digitally (PAdES) with the certificate of this PKCS#12 file</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="150" />
            <source>file la cui prima riga è la password del certificato di --sign</source>
            <translation>file whose first line is the password of --sign's certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="155" />
            <source>invia di nuovo anche i messaggi già inviati con lo stesso testo</source>
            <translation>send again also the messages already sent with the same text</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="219" />
            <source>{person}: nessun indirizzo email, messaggio non preparato</source>
            <translation>{person}: no email address, message not prepared</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="226" />
            <source>{person}: già fatto, non ripetuto (--again per farlo di nuovo)</source>
            <translation>{person}: already done, not repeated (--again to do it again)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="235" />
            <source>Bozze scritte: {done}; già preparate prima: {skipped}; rimaste: {left}.</source>
            <translation>Drafts written: {done}; already prepared before: {skipped}; left: {left}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="238" />
            <source>Messaggi inviati: {done}; già inviati prima: {skipped}; non riusciti: {failed}; ancora da inviare: {left}.</source>
            <translation>Messages sent: {done}; already sent before: {skipped}; failed: {failed}; still to send: {left}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="278" />
            <source>Password del server di posta: </source>
            <translation>Mail server password: </translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="306" />
            <source>già inviato</source>
            <translation>already sent</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="306" />
            <source>da inviare</source>
            <translation>to send</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="311" />
            <source>{person}: nessun indirizzo email</source>
            <translation>{person}: no email address</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="326" />
            <source>Prova inviata a {address}.</source>
            <translation>Test sent to {address}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_webinar.py" line="24" />
            <source>esporta in PDF il registro presenze di un webinar</source>
            <translation>export the attendance register of a webinar as PDF</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_webinar.py" line="26" />
            <source>Scrive il registro presenze del webinar della sessione, fatto dai report delle presenze importati (import-attendance): una sezione per ogni giornata della sessione che ne ha uno (l'ultimo importato per quella giornata), e le giornate senza report nominate in testa; per persona e seduta i collegamenti (da–a), i minuti e l'esito; le righe del report non abbinate a iscritti (ospiti, collegamenti telefonici); nome, giornata e impronta SHA-256 del report; la riga per la firma del responsabile con nome e qualifica, oppure con --sign la firma digitale (PAdES) come per gli attestati. Errore (codice 1) per una sessione in presenza, senza report importato, senza firmatario o con un certificato di un'altra persona (vedi --signer-from-certificate).</source>
            <translation>Writes the webinar attendance register of the session, made from the imported attendance reports (import-attendance): one section for each day of the session that has one (the last imported for that day), with the days without a report named at the top; for each person and sitting the connections (from–to), the minutes and the outcome; the report rows not matched to anyone registered (guests, telephone connections); the report's name, day and SHA-256 fingerprint; the line for the official's signature with name and job title, or with --sign the digital signature (PAdES) as for the certificates. Error (exit code 1) for a session held in person, without an imported report, without a signatory, or with another person's certificate (see --signer-from-certificate).</translation>
        </message>
        <message>
            <source>Scrive il registro presenze del webinar della sessione, fatto dall'ultimo report delle presenze importato (import-attendance): per persona e seduta i collegamenti (da–a), i minuti e l'esito; le righe del report non abbinate a iscritti (ospiti, collegamenti telefonici); nome, giornata e impronta SHA-256 del report; la riga per la firma del responsabile con nome e qualifica, oppure con --sign la firma digitale (PAdES) come per gli attestati. Errore (codice 1) per una sessione in presenza, senza report importato, senza firmatario o con un certificato di un'altra persona (vedi --signer-from-certificate).</source>
            <translation type="vanished">Writes the attendance register of the session's webinar, made from the last attendance report imported (import-attendance): per person and sitting the connections (from–to), the minutes and the outcome; the report rows not matched to anyone registered (guests, dial-ins); the report's name, day and SHA-256 fingerprint; the line for the official's signature with name and job title, or with --sign the digital signature (PAdES) as for the certificates of attendance. Error (exit code 1) for an in-person session, one without an imported report, without a signer or with another person's certificate (see --signer-from-certificate).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_webinar.py" line="54" />
            <location filename="../../exchange_desktop/cli/document_options.py" line="76" />
            <source>scrive il documento anche se l'orario della giornata non torna (voci fuori dall'orario della sessione, voci senza orario senza spazio): senza, errore</source>
            <translation>writes the document even if the day's timetable does not add up (items outside the session's times, untimed items with no room): without it, an error</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="24" />
            <source>{message} Dalla riga di comando: --accept-timetable.</source>
            <translation>{message} From the command line: --accept-timetable.</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/about.py" line="17" />
            <source>I dati sono sul database condiviso dell'ente, gestito dall'ufficio informatico.</source>
            <translation>The data is on the organisation's shared database, run by the IT office.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/about.py" line="22" />
            <source>I dati restano su questo computer.</source>
            <translation>The data stays on this computer.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/about.py" line="26" />
            <source>Informazioni su Exchange Desktop</source>
            <translation>About Exchange Desktop</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/about.py" line="27" />
            <source>&lt;h3&gt;Exchange Desktop {version}&lt;/h3&gt;&lt;p&gt;Gestione degli scambi di buone pratiche tra Comuni: pratica, programma, date, partecipanti.&lt;/p&gt;&lt;p&gt;{where}&lt;br&gt;Database: {db}&lt;br&gt;Cartella dei dati: {data}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Exchange Desktop {version}&lt;/h3&gt;&lt;p&gt;Good-practice exchanges between municipalities: practice, programme, dates, participants.&lt;/p&gt;&lt;p&gt;{where}&lt;br&gt;Database: {db}&lt;br&gt;Data folder: {data}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Exchange Desktop {version}&lt;/h3&gt;&lt;p&gt;Gestione degli scambi di buone pratiche tra Comuni: pratica, programma, date, partecipanti.&lt;/p&gt;&lt;p&gt;I dati restano su questo computer.&lt;br&gt;Database: {db}&lt;br&gt;Cartella dei dati: {data}&lt;/p&gt;</source>
            <translation type="vanished">&lt;h3&gt;Exchange Desktop {version}&lt;/h3&gt;&lt;p&gt;Managing good practice exchanges between municipalities: practice, programme, dates, participants.&lt;/p&gt;&lt;p&gt;The data stay on this computer.&lt;br&gt;Database: {db}&lt;br&gt;Data folder: {data}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/accessibility.py" line="40" />
            <source>obbligatorio</source>
            <extracomment>A required field's caption ends with this mark; the name says it in words instead.</extracomment>
            <translation>required</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/accessibility.py" line="94" />
            <source>Errore:</source>
            <translation>Error:</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="91" />
            <source>Presenza di {person}</source>
            <translation>Attendance of {person}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="44" />
            <source>&amp;Presente</source>
            <translation>&amp;Present</translation>
        </message>
        <message>
            <source>&amp;Entrata</source>
            <translation type="vanished">&amp;Entry</translation>
        </message>
        <message>
            <source>&amp;Uscita</source>
            <translation type="vanished">E&amp;xit</translation>
        </message>
        <message>
            <source>Orari facoltativi, ad esempio 09:30; servono per le ore.</source>
            <translation type="vanished">Optional times, for example 09:30; they are needed for the hours.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="46" />
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="59" />
            <source>Presente</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="94" />
            <source>Seduta</source>
            <translation>Sitting</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="60" />
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="95" />
            <source>Entrata</source>
            <translation>Entry</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="61" />
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="96" />
            <source>Uscita</source>
            <translation>Exit</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="106" />
            <source>dal report del webinar: {minutes}</source>
            <translation>from the webinar report: {minutes}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="133" />
            <source>Orari facoltativi, ad esempio 09:30: senza orari conta l'intera seduta. Le pause non contano come ore.</source>
            <translation>Optional times, for example 09:30: without times the whole sitting counts. Breaks do not count as hours.</translation>
        </message>
        <message>
            <source>Orario non valido: scrivere ad esempio 09:30.</source>
            <translation type="vanished">Invalid time: write for example 09:30.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="189" />
            <source>L'uscita deve seguire l'entrata.</source>
            <translation>The exit must come after the entry.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/attendance_dialog.py" line="194" />
            <source>Un orario vale solo per chi è presente: spuntare Presente o cancellare l'orario.</source>
            <translation>A time applies only to someone who is present: tick Present or clear the time.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceQuestion</name>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/attendance_question.py" line="29" />
            <source>Presenze già registrate</source>
            <translation>Attendance already recorded</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/attendance_question.py" line="32" />
            <source>&amp;Tieni le presenze per il nuovo giorno</source>
            <translation>&amp;Keep the attendance for the new day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/attendance_question.py" line="37" />
            <source>&amp;Cancella le presenze</source>
            <translation>&amp;Delete the attendance</translation>
        </message>
    </context>
    <context>
        <name>AutosaveForm</name>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/autosave_form.py" line="128" />
            <source>modifica di «{field}»</source>
            <extracomment>How long after the last keystroke the edit is written (the issue asks for within a second). The stored value each field had when loaded or last saved: the compare-and-set base. True while the window's background work writes (see :meth:`hold`).</extracomment>
            <translation>change to “{field}”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/autosave_form.py" line="314" />
            <source>Non salvato: valore non valido in «{field}»</source>
            <translation>Not saved: invalid value in “{field}”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/autosave_form.py" line="317" />
            <source>«{field}»</source>
            <translation>“{field}”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/autosave_form.py" line="318" />
            <source>Non salvato: valori non validi in {fields}</source>
            <translation>Not saved: invalid values in {fields}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/autosave_form.py" line="325" />
            <source>Tutte le modifiche sono salvate</source>
            <translation>All changes are saved</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/autosave_form.py" line="328" />
            <source>Salvataggio in corso…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/autosave_form.py" line="310" />
            <source>Non salvato: correggere i campi segnalati in rosso</source>
            <translation>Not saved: correct the fields marked in red</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/autosave_form.py" line="330" />
            <source>Non salvato: {detail}</source>
            <translation>Not saved: {detail}</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityModel</name>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/availability_model.py" line="26" />
            <source>sì</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/availability_model.py" line="27" />
            <source>forse</source>
            <translation>maybe</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/availability_model.py" line="28" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/availability_model.py" line="72" />
            <source>Ente</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/availability_model.py" line="81" />
            <source>confermata</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/availability_model.py" line="83" />
            <source>★ consigliata</source>
            <translation>★ suggested</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/availability_model.py" line="85" />
            <source>scartata</source>
            <translation>discarded</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/availability_model.py" line="131" />
            <source>Totale sì / forse / no</source>
            <translation>Total yes / maybe / no</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTasks</name>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/background.py" line="155" />
            <source>Annulla</source>
            <extracomment>Below this the indicator would only flicker. True when the first task starts, False when the last one has delivered its result.</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/background.py" line="165" />
            <source>Annullamento in corso…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="43" />
            <source>Apri la &amp;cartella dei dati</source>
            <translation>Open the data f&amp;older</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="46" />
            <source>Esegui &amp;backup…</source>
            <translation>&amp;Back up…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="49" />
            <source>Ripris&amp;tina da backup…</source>
            <translation>R&amp;estore from backup…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="73" />
            <source>Esegui backup</source>
            <translation>Back up</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="75" />
            <source>Database di Exchange Desktop (*.sqlite)</source>
            <translation>Exchange Desktop database (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="83" />
            <source>Backup in corso…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="86" />
            <source>Backup non salvato</source>
            <translation>Backup not saved</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="94" />
            <source>Backup salvato</source>
            <translation>Backup saved</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="95" />
            <source>Il backup è stato salvato in:
{path}</source>
            <translation>The backup was saved to:
{path}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="112" />
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="144" />
            <source>Ripristina da backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="114" />
            <source>Database di Exchange Desktop (*.sqlite *.db);;Tutti i file (*)</source>
            <translation>Exchange Desktop database (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="121" />
            <source>Backup non utilizzabile</source>
            <translation>Backup not usable</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="125" />
            <source>Ripristinare il backup del {when} (pratiche: {count})?
{path}

I dati attuali saranno sostituiti da quelli del backup. Prima il programma ne salva una copia di sicurezza nella cartella {folder}.</source>
            <translation>Restore the backup of {when} (practices: {count})?
{path}

The current data will be replaced by those of the backup. First the program saves a safety copy of them in the folder {folder}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="131" />
            <source>Ripristinare il backup del {when} (pratiche: {count})?
{path}

Il database è condiviso: i dati di tutti gli uffici che lo usano saranno sostituiti da quelli del backup. Prima il programma ne salva una copia di sicurezza su questo computer, nella cartella {folder}.</source>
            <translation>Restore the backup of {when} (practices: {count})?
{path}

The database is shared: the data of every office using it will be replaced by the backup's. First the program saves a safety copy of it on this computer, in the folder {folder}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="147" />
            <source>Ripristino in corso…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="150" />
            <source>Backup non ripristinato</source>
            <translation>Backup not restored</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="160" />
            <source>Sul server ora ci sono pratiche: {practices}, partecipanti: {participants}, iscrizioni: {registrations}.</source>
            <translation>The server now holds practices: {practices}, participants: {participants}, registrations: {registrations}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="169" />
            <source>In questo momento sono collegati altri programmi: {count} (utenti: {names}); chi sta lavorando perde le modifiche non ancora salvate.</source>
            <translation>Other programs are connected right now: {count} (users: {names}); whoever is working loses the changes not yet saved.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="179" />
            <source>Backup ripristinato</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/backup_actions.py" line="182" />
            <source>Sono stati ripristinati i dati del backup del {when}.

La copia di sicurezza dei dati precedenti è in:
{path}</source>
            <translation>The data of the backup of {when} have been restored.

The safety copy of the previous data is in:
{path}</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="53" />
            <source>Messaggi</source>
            <extracomment>The recipients the clerk can pick besides the kind's own.</extracomment>
            <translation>Messages</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="81" />
            <source>quelli del tipo di messaggio</source>
            <translation>those of the kind of message</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="82" />
            <source>i confermati</source>
            <translation>the confirmed participants</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="83" />
            <source>la lista d'attesa</source>
            <translation>the waiting list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="84" />
            <source>i presenti</source>
            <translation>those present</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="85" />
            <source>chi ha diritto all'attestato</source>
            <translation>those entitled to a certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="89" />
            <source>le {n} persone indicate</source>
            <translation>the {n} people chosen</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="96" />
            <source>Ti&amp;po di messaggio</source>
            <translation>Kind of &amp;message</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="97" />
            <source>&amp;Destinatari</source>
            <translation>&amp;Recipients</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="116" />
            <source>Oggetto, anteprima</source>
            <translation>Subject, preview</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="120" />
            <source>Testo, anteprima</source>
            <translation>Text, preview</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="129" />
            <source>&amp;Anteprima per</source>
            <translation>Pre&amp;view for</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="130" />
            <source>Oggetto</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="131" />
            <source>Testo</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="132" />
            <source>Allegati</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="133" />
            <source>Anteprima</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="141" />
            <source>Invia di nuo&amp;vo anche a chi ha già ricevuto questo testo</source>
            <translation>Send &amp;again also to those who already received this text</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="144" />
            <source>&amp;Firma digitalmente ogni attestato (certificato PKCS#12)</source>
            <translation>Sign each certificate di&amp;gitally (PKCS#12 certificate)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="147" />
            <source>Invia una p&amp;rova a me</source>
            <translation>Send a test to &amp;me</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="152" />
            <source>Prepara le &amp;bozze per Outlook…</source>
            <translation>Prepare the &amp;drafts for Outlook…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="152" />
            <source>&amp;Invia…</source>
            <translation>&amp;Send…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="161" />
            <source>Canale: bozze per Outlook nella cartella {folder}</source>
            <translation>Channel: drafts for Outlook in the folder {folder}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="165" />
            <source>Canale: server di posta {url}</source>
            <translation>Channel: mail server {url}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="166" />
            <source>(non impostato)</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="208" />
            <source>senza indirizzo</source>
            <translation>no address</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="219" />
            <source>{ready} messaggi pronti, uno per destinatario.</source>
            <translation>{ready} messages ready, one per recipient.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="221" />
            <source>Senza indirizzo email: {names}.</source>
            <translation>Without an email address: {names}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="227" />
            <source>Nessun destinatario per questo messaggio.</source>
            <translation>No recipients for this message.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="243" />
            <source>Nessun indirizzo email: nessun messaggio.</source>
            <translation>No email address: no message.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_dialog.py" line="246" />
            <source>nessuno</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>BatchSending</name>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="80" />
            <source>Server di posta</source>
            <translation>Mail server</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="81" />
            <source>Password di {user} sul server {host}:</source>
            <translation>Password of {user} on the server {host}:</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="129" />
            <source>Prova inviata a {address}.</source>
            <translation>Test sent to {address}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="138" />
            <source>Bozza di prova scritta in {path}.</source>
            <translation>Test draft written in {path}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="143" />
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="145" />
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="160" />
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="209" />
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="229" />
            <source>Messaggi</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="151" />
            <source>Inviare gli attestati a {people} persone? {files} file, ciascuno solo al suo intestatario.</source>
            <translation>Send the certificates to {people} people? {files} files, each only to its owner.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="156" />
            <source>Preparare {people} messaggi, uno per destinatario, con {files} allegati in tutto?</source>
            <translation>Prepare {people} messages, one per recipient, with {files} attachments in all?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="193" />
            <source>Invio dei messaggi…</source>
            <translation>Sending the messages…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="214" />
            <source>Fatti: {done}. Già inviati e non ripetuti: {skipped}.</source>
            <translation>Done: {done}. Already sent and not repeated: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="223" />
            <source>Da inviare ancora: {left} (ripartono al prossimo invio).</source>
            <translation>Still to send: {left} (they go with the next sending).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="234" />
            <source>Apri le bozze in Outlook</source>
            <translation>Open the drafts in Outlook</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/batch_sending.py" line="237" />
            <source>Apri la cartella</source>
            <translation>Open the folder</translation>
        </message>
    </context>
    <context>
        <name>CoatOfArmsField</name>
        <message>
            <location filename="../../exchange_desktop/ui/practice/coat_of_arms_field.py" line="38" />
            <source>Scegli il file…</source>
            <translation>Choose the file…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/coat_of_arms_field.py" line="41" />
            <source>Un'immagine PNG o SVG, stampata in cima agli attestati</source>
            <translation>A PNG or SVG image, printed at the top of the certificates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/coat_of_arms_field.py" line="43" />
            <source>Togli</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/coat_of_arms_field.py" line="68" />
            <source>Scegli lo stemma</source>
            <extracomment>Replaced in tests: the file dialog, returning the chosen path or "".</extracomment>
            <translation>Choose the coat of arms</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/coat_of_arms_field.py" line="68" />
            <source>Immagini (*.png *.svg)</source>
            <translation>Images (*.png *.svg)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/coat_of_arms_field.py" line="80" />
            <source>Stemma non usato</source>
            <translation>Coat of arms not used</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/coat_of_arms_field.py" line="95" />
            <source>Nessuno stemma</source>
            <translation>No coat of arms</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/coat_of_arms_field.py" line="101" />
            <source>{name}immagine {kind}, {size} KB</source>
            <translation>{name}{kind} image, {size} KB</translation>
        </message>
    </context>
    <context>
        <name>DatePickerDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/date_picker.py" line="51" />
            <location filename="../../exchange_desktop/ui/schedule/date_picker.py" line="58" />
            <source>Calendario</source>
            <translation>Calendar</translation>
        </message>
    </context>
    <context>
        <name>DayExports</name>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="67" />
            <source>&amp;Foglio firme (PDF)…</source>
            <translation>&amp;Sign-in sheet (PDF)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="68" />
            <source>Foglio firme…</source>
            <translation>Sign-in sheet…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="73" />
            <source>S&amp;tampa il foglio firme…</source>
            <translation>P&amp;rint the sign-in sheet…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="74" />
            <source>Stampa…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="79" />
            <source>&amp;Attestati di partecipazione (PDF)…</source>
            <translation>Certificates of &amp;attendance (PDF)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="80" />
            <source>Attestati…</source>
            <translation>Certificates…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="85" />
            <source>Attestati con firma &amp;digitale (PDF)…</source>
            <translation>Certificates with &amp;digital signature (PDF)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="86" />
            <source>Attestati firmati…</source>
            <translation>Signed certificates…</translation>
        </message>
        <message>
            <source>Attestati, un &amp;file per persona…</source>
            <translation type="vanished">Certificates, one &amp;file per person…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="92" />
            <source>Attestati in cartella…</source>
            <translation>Certificates to folder…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="97" />
            <source>Registro del &amp;webinar (PDF)…</source>
            <translation>&amp;Webinar register (PDF)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="98" />
            <source>Registro webinar…</source>
            <translation>Webinar register…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="103" />
            <source>Registro del webinar con firma di&amp;gitale (PDF)…</source>
            <translation>Webinar register with di&amp;gital signature (PDF)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="104" />
            <source>Registro webinar firmato…</source>
            <translation>Signed webinar register…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="109" />
            <source>&amp;Elenco partecipanti (Excel)…</source>
            <translation>Participant list (&amp;Excel)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="110" />
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="193" />
            <source>Esporta il foglio firme</source>
            <translation>Export the sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="195" />
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="359" />
            <source>Documenti PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="213" />
            <source>Creazione del foglio firme…</source>
            <translation>Creating the sign-in sheet…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="216" />
            <source>Foglio firme non creato</source>
            <translation>Sign-in sheet not created</translation>
        </message>
        <message>
            <source>Gli attestati non riportano il nome del firmatario: indicarlo nella scheda Pratica («Firmatario degli attestati») o, per tutte le pratiche, in File → Preferenze.</source>
            <translation type="vanished">The certificates do not show the signer's name: enter it in the Practice tab (“Certificate signer”) or, for all practices, in File → Preferences.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="240" />
            <source>Attestati: da sapere</source>
            <translation>Certificates: good to know</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="357" />
            <source>Esporta gli attestati di partecipazione</source>
            <translation>Export the certificates of attendance</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="388" />
            <source>Cartella per gli attestati</source>
            <translation>Folder for the certificates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="226" />
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="230" />
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="257" />
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="414" />
            <source>Attestati non creati</source>
            <translation>Certificates not created</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="91" />
            <source>Attestati, un file per pe&amp;rsona…</source>
            <translation>Certificates, &amp;one file per person…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="255" />
            <source>Registro del webinar non creato</source>
            <translation>Webinar register not created</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="265" />
            <source>Il certificato di firma è di {certificate}, ma il registro del webinar riporta come firmatario {printed}. Stampare come firmatario {certificate}, il titolare del certificato?</source>
            <translation>The signing certificate belongs to {certificate}, but the webinar register names {printed} as signatory. Print {certificate}, the certificate holder, as signatory?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="271" />
            <source>Il certificato di firma è di {certificate}, ma gli attestati riportano come firmatario {printed}. Stampare come firmatario {certificate}, il titolare del certificato?</source>
            <translation>The signing certificate belongs to {certificate}, but the certificates of attendance name {printed} as the signer. Print {certificate}, the certificate holder, as the signer?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="278" />
            <source>Firmatario diverso dal certificato</source>
            <translation>Signer differs from the certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="398" />
            <source>Attestati creati</source>
            <translation>Certificates created</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="399" />
            <source>{n} attestati salvati in:
{folder}</source>
            <translation>{n} certificates saved in:
{folder}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="404" />
            <source>Creazione degli attestati…</source>
            <translation>Creating the certificates…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="437" />
            <source>Esporta l'elenco dei partecipanti</source>
            <translation>Export the participant list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_exports.py" line="439" />
            <source>Cartella di Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/dialogs.py" line="31" />
            <source>Operazione non eseguita</source>
            <translation>Action not carried out</translation>
        </message>
    </context>
    <context>
        <name>DocumentExports</name>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="73" />
            <source>&amp;Scheda della buona pratica (PDF)…</source>
            <translation>Good practice &amp;card (PDF)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="74" />
            <source>La scheda da inviare al programma di scambio, come il modulo compilato</source>
            <translation>The card to send to the exchange programme, like the completed form</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="77" />
            <source>Scheda PDF…</source>
            <translation>PDF card…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="80" />
            <source>&amp;Programma della giornata (PDF)…</source>
            <translation>&amp;Programme of the day (PDF)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="81" />
            <source>Il programma da inviare agli Enti aderenti</source>
            <translation>The programme to send to the participating organisations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="84" />
            <source>Programma PDF…</source>
            <translation>PDF programme…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="85" />
            <source>&amp;Calendario della sessione (.ics)…</source>
            <translation>Session ca&amp;lendar (.ics)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="87" />
            <source>Calendario (.ics)…</source>
            <translation>Calendar (.ics)…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="88" />
            <source>L'evento per Outlook o un altro calendario, con la data confermata</source>
            <translation>The event for Outlook or another calendar, with the confirmed date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="111" />
            <source>Esporta la scheda della buona pratica</source>
            <translation>Export the good practice card</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="112" />
            <source>Esporta il programma della giornata</source>
            <translation>Export the programme of the day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="128" />
            <source>Documenti PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="140" />
            <source>Calendario</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="141" />
            <source>Selezionare una data nella scheda Date, poi esportare il calendario.</source>
            <translation>Select a date in the Dates tab, then export the calendar.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="154" />
            <source>Esporta il calendario della sessione</source>
            <translation>Export the session calendar</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="156" />
            <source>Calendario (*.ics)</source>
            <translation>Calendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="190" />
            <source>Creazione del documento…</source>
            <translation>Creating the document…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="193" />
            <source>Documento non salvato</source>
            <translation>Document not saved</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="229" />
            <source>Documento salvato</source>
            <translation>Document saved</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="230" />
            <source>Il documento è stato salvato in:
{path}</source>
            <translation>The document has been saved in:
{path}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="232" />
            <source>&amp;Apri il documento</source>
            <translation>&amp;Open the document</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/export_actions.py" line="234" />
            <source>&amp;Chiudi</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="47" />
            <source>senza data</source>
            <translation>no date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="49" />
            <source>Nuove posizioni in lista d'attesa</source>
            <translation>New waiting-list positions</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="53" />
            <source>{kind} – {day}: {count}</source>
            <translation>{kind} – {day}: {count}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="60" />
            <source>1 persona</source>
            <translation>1 person</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="62" />
            <source>{count} persone</source>
            <translation>{count} people</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="65" />
            <source>1 Ente</source>
            <translation>1 organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="65" />
            <source>{count} Enti</source>
            <translation>{count} organisations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="71" />
            <source>{people} e {enti}</source>
            <translation>{people} and {enti}</translation>
        </message>
        <message>
            <source>{kind} – {day}: {count} destinatari</source>
            <translation type="vanished">{kind} – {day}: {count} recipients</translation>
        </message>
    </context>
    <context>
        <name>DuePanel</name>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="84" />
            <source>Da inviare</source>
            <translation>To send</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="95" />
            <source>Messaggi da inviare</source>
            <translation>Messages to send</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="96" />
            <source>Nessun messaggio da inviare.</source>
            <translation>No messages to send.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="98" />
            <source>Prepara l'&amp;invio…</source>
            <translation>Prepare the &amp;sending…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/due_panel.py" line="101" />
            <source>Regis&amp;tro messaggi…</source>
            <translation>Message &amp;log…</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/empty_state.py" line="22" />
            <source>&lt;h2&gt;Nessuna pratica&lt;/h2&gt;&lt;p&gt;Descrivete la buona pratica che il vostro Comune offre in scambio, oppure partite dall'esempio del Comune di Monza («Patti di Cittadinanza») e adattatelo.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;No practice&lt;/h2&gt;&lt;p&gt;Describe the good practice your municipality offers for exchange, or start from the example of the Comune di Monza (“Patti di Cittadinanza”) and adapt it.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/empty_state.py" line="31" />
            <source>Nuova pratica</source>
            <translation>New practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/empty_state.py" line="34" />
            <source>Carica l'esempio del Comune di Monza</source>
            <translation>Load the Comune di Monza example</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/app.py" line="64" />
            <source>I dettagli sono nel file {path}.</source>
            <translation>The details are in the file {path}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/app.py" line="72" />
            <source>Errore imprevisto</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/app.py" line="73" />
            <source>Si è verificato un errore imprevisto: {error}

Le modifiche già salvate non sono perse. {where}</source>
            <translation>An unexpected error occurred: {error}

Changes already saved are not lost. {where}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/startup.py" line="40" />
            <source>Database non utilizzabile</source>
            <translation>Database not usable</translation>
        </message>
    </context>
    <context>
        <name>FieldBinding</name>
        <message>
            <source>Ora non valida: da 00:00 a 23:59.</source>
            <translation type="vanished">Invalid time: from 00:00 to 23:59.</translation>
        </message>
    </context>
    <context>
        <name>FormBuilder</name>
        <message>
            <location filename="../../exchange_desktop/ui/widgets/form_builder.py" line="104" />
            <source>gg/mm</source>
            <extracomment>The light palette's values, for code written before the palette-aware functions; new code calls :func:`error_style` and :func:`invalid_field_style`, which follow dark mode.</extracomment>
            <translation>dd/mm</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="29" />
            <source>nuovo</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="30" />
            <source>doppione</source>
            <translation>duplicate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="31" />
            <source>errore</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="32" />
            <source>non è una persona</source>
            <translation>not a person</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="33" />
            <source>annullato in precedenza</source>
            <translation>previously cancelled</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="34" />
            <source>nascosta nel file</source>
            <translation>hidden in the file</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="131" />
            <source>Riga</source>
            <extracomment>The status cell's tint, from the palette (light or dark, see ``contrast.tint``). Statuses a tick can bring in. The clerk's split of a whole name changed (the preview must be read again).</extracomment>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="132" />
            <source>Esito</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="133" />
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_preview_model.py" line="160" />
            <source>nuovo, da controllare</source>
            <translation>new, to check</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="49" />
            <source>Importa partecipanti da {file}</source>
            <translation>Import participants from {file}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="63" />
            <source>Importa le righe valide e salta quelle con errori</source>
            <translation>Import the valid rows and skip those with errors</translation>
        </message>
        <message>
            <source>Anteprima dell'importazione</source>
            <translation type="vanished">Import preview</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="67" />
            <source>Anteprima delle righe da importare</source>
            <translation>Preview of the rows to import</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="78" />
            <source>&amp;Importa</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="86" />
            <source>Anteprima: nulla viene scritto finché non si preme «Importa».</source>
            <translation>Preview: nothing is written until you press “Import”.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="97" />
            <source>Colonne del file</source>
            <translation>Columns of the file</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="103" />
            <source>— non importare —</source>
            <translation>— do not import —</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="109" />
            <source>(colonna {n} senza titolo)</source>
            <translation>(column {n} without a heading)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="112" />
            <source>{header} (dati di Microsoft Forms, non una risposta)</source>
            <translation>{header} (Microsoft Forms data, not an answer)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="116" />
            <source>{header} (nascosta nel file)</source>
            <translation>{header} (hidden in the file)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="201" />
            <source>1 nuovo</source>
            <translation>1 new</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="201" />
            <source>{n} nuovi</source>
            <translation>{n} new</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="203" />
            <source>1 doppione (saltato)</source>
            <translation>1 duplicate (skipped)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="205" />
            <source>{n} doppioni (saltati)</source>
            <translation>{n} duplicates (skipped)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="207" />
            <source>{n} con errori</source>
            <translation>{n} with errors</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="212" />
            <source>1 non è una persona (saltata)</source>
            <translation>1 is not a person (skipped)</translation>
        </message>
        <message>
            <source>{new} nuovi · {duplicates} doppioni (saltati) · {errors} con errori</source>
            <translation type="vanished">{new} new · {duplicates} duplicates (skipped) · {errors} with errors</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="214" />
            <source>{count} non sono persone (saltate)</source>
            <translation>{count} are not people (skipped)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="219" />
            <source>1 nascosta nel file (saltata se non spuntata)</source>
            <translation>1 hidden in the file (skipped unless ticked)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="221" />
            <source>{count} nascoste nel file (saltate se non spuntate)</source>
            <translation>{count} hidden in the file (skipped unless ticked)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="227" />
            <source>{count} da controllare</source>
            <translation>{count} to check</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="232" />
            <source>1 annullato in precedenza ({chosen} spuntati da iscrivere)</source>
            <translation>1 cancelled before ({chosen} ticked to sign up)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="234" />
            <source>{count} annullati in precedenza ({chosen} spuntati da iscrivere)</source>
            <translation>{count} previously cancelled ({chosen} ticked to register)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="247" />
            <source>Importazione in corso…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/import_dialog.py" line="271" />
            <source>Importazione non eseguita</source>
            <translation>Import not carried out</translation>
        </message>
    </context>
    <context>
        <name>InstanceWarning</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/instance_warning.py" line="17" />
            <source>Il database {path} risulta già aperto da {user} sul computer {host} (dal {day} alle {time}).

Si può continuare: un campo modificato nel frattempo da altri non viene sovrascritto. Per lavorare più tranquilli, conviene però che il database sia usato da un solo programma alla volta.</source>
            <translation>The database {path} appears to be already open by {user} on the computer {host} (since {day} at {time}).

You can continue: a field changed by someone else in the meantime is not overwritten. To be safe, though, it is better if only one program at a time uses the database.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/instance_warning.py" line="43" />
            <source>Database già aperto</source>
            <translation>Database already open</translation>
        </message>
    </context>
    <context>
        <name>MailPreferencesForm</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="36" />
            <source>Messaggi</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="42" />
            <source>Bozze per Outlook (file .eml da controllare e inviare)</source>
            <translation>Drafts for Outlook (.eml files to check and send)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="44" />
            <source>Server di posta del Comune (invio diretto)</source>
            <translation>The municipality's mail server (sent directly)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="52" />
            <source>lasciare vuoto per non cambiarla</source>
            <translation>leave empty to keep it unchanged</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="58" />
            <source>Una copia di ogni messaggio a me (Cc)</source>
            <translation>A copy of every message to me (Cc)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="68" />
            <source> giorni prima</source>
            <translation> days before</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="70" />
            <source>&amp;Invio</source>
            <translation>&amp;Sending</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="71" />
            <source>Ser&amp;ver di posta</source>
            <translation>Mail ser&amp;ver</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="72" />
            <source>Pass&amp;word del server</source>
            <translation>Server pass&amp;word</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="73" />
            <source>&amp;Mittente (nome)</source>
            <translation>Sender (&amp;name)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="74" />
            <source>Indiri&amp;zzo del mittente</source>
            <translation>Sender's addre&amp;ss</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="76" />
            <source>Cartella delle &amp;bozze</source>
            <translation>Folder of the &amp;drafts</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="77" />
            <source>P&amp;romemoria</source>
            <translation>Re&amp;minder</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="94" />
            <source>Preferenze</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/mail_preferences_form.py" line="96" />
            <source>La password non si può conservare in Gestione credenziali su questo computer: sarà chiesta a ogni invio.</source>
            <translation>The password cannot be kept in Credential Manager on this computer: it will be asked at every sending.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="92" />
            <source>Schede</source>
            <translation>Tabs</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="94" />
            <source>P&amp;ratica</source>
            <translation>P&amp;ractice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="96" />
            <source>Pro&amp;gramma</source>
            <translation>Pro&amp;gramme</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="98" />
            <source>&amp;Date</source>
            <translation>&amp;Dates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="100" />
            <source>Parteci&amp;panti</source>
            <translation>&amp;Participants</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="186" />
            <source>Nuova pratica dall'esem&amp;pio</source>
            <translation>New practice from the &amp;sample</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="204" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="178" />
            <source>&amp;Nuova pratica</source>
            <translation>&amp;New practice</translation>
        </message>
        <message>
            <source>Nuova pratica dall'&amp;esempio</source>
            <translation type="vanished">New practice from the &amp;sample</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="193" />
            <source>D&amp;uplica pratica</source>
            <translation>D&amp;uplicate practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="199" />
            <source>E&amp;limina pratica…</source>
            <translation>&amp;Delete practice…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="215" />
            <source>&amp;Esci</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="207" />
            <source>&amp;Modifica</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Annulla</source>
            <translation type="vanished">Undo</translation>
        </message>
        <message>
            <source>Ripeti</source>
            <translation type="vanished">Redo</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="212" />
            <source>&amp;Esporta</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="214" />
            <source>&amp;Aiuto</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/workspace.py" line="231" />
            <source>&amp;Informazioni su Exchange Desktop</source>
            <translation>&amp;About Exchange Desktop</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="118" />
            <source>Database: {path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="177" />
            <source>&amp;Annulla</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="180" />
            <source>&amp;Ripeti</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="192" />
            <source>Caricamento…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="119" />
            <source>Tutte le modifiche sono salvate</source>
            <translation>All changes are saved</translation>
        </message>
        <message>
            <source>&amp;Visualizza</source>
            <translation type="vanished">&amp;View</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="210" />
            <source>A&amp;zioni</source>
            <translation>Actio&amp;ns</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="273" />
            <source>Modifiche non salvate</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="275" />
            <source>Alcune modifiche non sono state salvate: valori non validi (segnalati in rosso) oppure database occupato (vedere la barra di stato). Continuare perdendo queste modifiche?</source>
            <translation>Some changes have not been saved: invalid values (marked in red) or a busy database (see the status bar). Continue and lose these changes?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="341" />
            <source>Nuova pratica</source>
            <translation>New practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="371" />
            <source>il programma</source>
            <translation>the programme</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="374" />
            <source>1 sessione</source>
            <translation>1 session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="376" />
            <source>{n} sessioni</source>
            <translation>{n} sessions</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="380" />
            <source>1 iscrizione</source>
            <translation>1 registration</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="382" />
            <source>{n} iscrizioni</source>
            <translation>{n} registrations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="385" />
            <source>Eliminare la pratica «{title}»?

Verranno eliminati anche {what}. L'operazione non si può annullare.</source>
            <translation>Delete the practice “{title}”?

This also deletes {what}. It cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="387" />
            <source>e</source>
            <translation>and</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="388" />
            <source>Elimina pratica</source>
            <translation>Delete practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="402" />
            <source>Benvenuti in Exchange Desktop</source>
            <translation>Welcome to Exchange Desktop</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/main_window.py" line="404" />
            <source>Il database è vuoto. Caricare la pratica di esempio del Comune di Monza («Patti di Cittadinanza»), da adattare alla vostra?</source>
            <translation>The database is empty. Load the sample practice of the Comune di Monza (“Patti di Cittadinanza”), to adapt to yours?</translation>
        </message>
    </context>
    <context>
        <name>MessageActions</name>
        <message>
            <location filename="../../exchange_desktop/ui/messages/message_actions.py" line="69" />
            <source>Ci sono messaggi da inviare: Partecipanti → Da inviare.</source>
            <translation>There are messages to send: Participants → To send.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/message_actions.py" line="56" />
            <source>Apre la scheda Partecipanti sull'elenco dei messaggi da inviare.</source>
            <translation>Opens the Participants tab on the list of messages to send.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/message_actions.py" line="61" />
            <source>Da inviare: {count}</source>
            <translation>To send: {count}</translation>
        </message>
    </context>
    <context>
        <name>MessageLogDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="102" />
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="109" />
            <source>Registro dei messaggi</source>
            <translation>Message log</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="119" />
            <source>&amp;Invia di nuovo…</source>
            <translation>Send &amp;again…</translation>
        </message>
    </context>
    <context>
        <name>MessageLogModel</name>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="25" />
            <source>Quando</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="26" />
            <source>Messaggio</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="27" />
            <source>Destinatario</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="28" />
            <source>Indirizzo</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="29" />
            <source>Canale</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="30" />
            <source>Esito</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="31" />
            <source>Allegati</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="34" />
            <source>in attesa</source>
            <translation>pending</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="35" />
            <source>in invio</source>
            <translation>sending</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="36" />
            <source>inviato</source>
            <translation>sent</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="37" />
            <source>non riuscito</source>
            <translation>failed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="38" />
            <source>bozza scritta</source>
            <translation>draft written</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="41" />
            <source>bozza Outlook</source>
            <translation>Outlook draft</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/log_dialog.py" line="42" />
            <source>server di posta</source>
            <translation>mail server</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="212" />
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="285" />
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="358" />
            <source>Il database {path} non esiste.</source>
            <translation>The database {path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/files.py" line="53" />
            <source>Impossibile salvare: {path} è una cartella. Indicare un nome di file.</source>
            <extracomment>Windows error codes (``OSError.winerror``) with a precise meaning for the clerk. On Windows an antivirus or the search indexer may hold a brand-new file for a moment.</extracomment>
            <translation>Cannot save: {path} is a folder. Give a file name.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/files.py" line="62" />
            <source>Impossibile salvare {path}: la cartella {folder} non esiste.</source>
            <translation>Cannot save {path}: the folder {folder} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/files.py" line="71" />
            <source>Impossibile salvare {path}: la cartella {folder} è di sola lettura o non si hanno i permessi per scriverci. Scegliere un'altra cartella.</source>
            <translation>Cannot save {path}: the folder {folder} is read-only or you are not allowed to write to it. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/files.py" line="82" />
            <source>Impossibile sovrascrivere {path}: il file è di sola lettura. Salvare con un altro nome oppure togliere la protezione dal file.</source>
            <translation>Cannot overwrite {path}: the file is read-only. Save it under another name or remove the protection from the file.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/files.py" line="93" />
            <source>Impossibile sovrascrivere {path}: il file è aperto in un altro programma (per esempio Excel o Acrobat). Chiuderlo e riprovare.</source>
            <translation>Cannot overwrite {path}: the file is open in another program (for example Excel or Acrobat). Close it and try again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/files.py" line="104" />
            <source>Impossibile salvare {path}: il disco è pieno. Liberare spazio o scegliere un'altra posizione.</source>
            <translation>Cannot save {path}: the disk is full. Free some space or choose another location.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/files.py" line="115" />
            <source>Impossibile salvare {path}: {detail}</source>
            <translation>Cannot save {path}: {detail}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_scripts.py" line="129" />
            <source>Manca o è danneggiato il carattere {path}: reinstallare il programma.</source>
            <extracomment>The fallback families, each loaded on first need: (regular, bold, file of each face). What is printed for a character no font has; every DejaVu face has it. Unicode's decomposition tags of the Arabic contextual forms (presentation forms).</extracomment>
            <translation>The font {path} is missing or damaged: reinstall the program.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/signin_sheet.py" line="177" />
            <source>L'informativa privacy è troppo lunga per il piè di pagina del foglio firme: accorciarla (al massimo una decina di righe).</source>
            <extracomment>The privacy notice may take this much of every page, no more. The responsible official, printed under the signature line (None: the line alone). The programme's speakers, pre-printed in the staff block.</extracomment>
            <translation>The privacy notice is too long for the footer of the sign-in sheet: shorten it (about ten lines at most).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/attendance_report.py" line="344" />
            <source>Il file {path} non contiene dati: è vuoto.</source>
            <extracomment>One join–leave interval of a webinar, the leave after the join. What each column of the participant block holds, recognised by the words in its heading. The first rule that matches wins, so "Join Time" is a join time, not a timestamp. "3. In-Meeting Activities": the next numbered block of a Teams report.</extracomment>
            <translation>The file {path} contains no data: it is empty.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/attendance_report.py" line="349" />
            <source>Il file {path} non sembra un report delle presenze di Teams o Zoom: manca l'elenco dei partecipanti con le colonne Nome e Primo accesso (o Ora di ingresso, Durata).</source>
            <translation>The file {path} does not look like a Teams or Zoom attendance report: the list of participants with the columns Name and First join (or Join time, Duration) is missing.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="141" />
            <source>Il file {path} è protetto da password: aprirlo con Excel o LibreOffice, togliere la password e salvarlo di nuovo, poi ripetere l'importazione.</source>
            <extracomment>How far down the header row is looked for (title lines, notes, blank rows above it). A header row names at least this many participant fields (Cognome and Nome, say). Sheet row numbers the clerk hid or filtered out in the workbook. Indexes of the columns hidden in the workbook.</extracomment>
            <translation>The file {path} is password-protected: open it with Excel or LibreOffice, remove the password and save it again, then repeat the import.</translation>
        </message>
        <message>
            <source>Impossibile leggere {path}: il file è danneggiato oppure non è un foglio di calcolo del tipo indicato dall'estensione ({detail}).</source>
            <translation type="vanished">Cannot read {path}: the file is damaged or is not a spreadsheet of the type its extension says ({detail}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="213" />
            <source>Nel file {path} non c'è un foglio di nome «{sheet}»: ci sono {names}.</source>
            <translation>The file {path} has no sheet named “{sheet}”: there are {names}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="245" />
            <source>Il file {path} non si può leggere: il lettore dei fogli di calcolo si è interrotto. Aprirlo con Excel o LibreOffice, salvarlo di nuovo e riprovare.</source>
            <translation>The file {path} cannot be read: the spreadsheet reader stopped unexpectedly. Open it with Excel or LibreOffice, save it again and try again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="273" />
            <source>Il file {path} non è un file di testo CSV ma un foglio di calcolo con l'estensione sbagliata: rinominarlo in .xlsx (o .xls, .ods) e riprovare.</source>
            <translation>The file {path} is not a CSV text file but a spreadsheet with the wrong extension: rename it to .xlsx (or .xls, .ods) and try again.</translation>
        </message>
        <message>
            <source>Impossibile leggere {path}: {detail}</source>
            <translation type="vanished">Cannot read {path}: {detail}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="154" />
            <source>Impossibile leggere {path}: il file è danneggiato oppure non è un foglio di calcolo del tipo indicato dall'estensione. Aprirlo con Excel o LibreOffice, salvarlo di nuovo e riprovare.</source>
            <translation>Cannot read {path}: the file is damaged or is not a spreadsheet of the type its extension says. Open it in Excel or LibreOffice, save it again and try again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="289" />
            <source>Impossibile leggere {path}: non si hanno i permessi per aprirlo, oppure un altro programma lo tiene bloccato. Chiudere il file in Excel e riprovare.</source>
            <translation>Cannot read {path}: you do not have permission to open it, or another program holds it locked. Close the file in Excel and try again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="295" />
            <source>Impossibile leggere {path}: il disco o la cartella di rete non lo rende leggibile. Copiarlo sul computer e riprovare.</source>
            <translation>Cannot read {path}: the disk or the network folder does not let it be read. Copy it to this computer and try again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="337" />
            <source>Il file {path} non contiene dati: il foglio è vuoto.</source>
            <translation>The file {path} contains no data: the sheet is empty.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="344" />
            <source>Nel file {path} non si trova la riga di intestazione: servono almeno due colonne con nomi come Cognome, Nome, Ente, Email (nelle prime {rows} righe).</source>
            <translation>The header row cannot be found in the file {path}: at least two columns with names such as Cognome, Nome, Ente, Email are needed (in the first {rows} rows).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="358" />
            <source>{path} è una cartella: indicare il file da importare.</source>
            <translation>{path} is a folder: give the file to import.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="362" />
            <source>Il file {path} non esiste.</source>
            <translation>The file {path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/spreadsheet.py" line="365" />
            <source>Il file {path} non è di un tipo importabile: usare {kinds}.</source>
            <translation>The file {path} is not of a type that can be imported: use {kinds}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/marks.py" line="57" />
            <source>La sessione n. {id} non ha ancora una data: proporre o confermare prima una data.</source>
            <translation>Session no. {id} has no date yet: propose or confirm a date first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/marks.py" line="74" />
            <source>{day} non è un giorno della sessione di {session}.</source>
            <translation>{day} is not a day of the session of {session}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/marks.py" line="121" />
            <source>{person} è in lista d'attesa e non compare sul foglio firme: per segnare la presenza confermare prima l'iscrizione (Promuovi).</source>
            <translation>{person} is on the waiting list and does not appear on the sign-in sheet: to mark attendance, first confirm the registration (Promote).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/marks.py" line="132" />
            <source>L'iscrizione di {person} è annullata: non si può segnare la presenza.</source>
            <translation>The registration of {person} is cancelled: attendance cannot be recorded.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/marks.py" line="145" />
            <source>La giornata ha una sola seduta: la seduta {number} non esiste.</source>
            <translation>The day has only one sitting: sitting {number} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/marks.py" line="149" />
            <source>La giornata ha {count} sedute: la seduta {number} non esiste.</source>
            <translation>The day has {count} sittings: sitting {number} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/session_rows.py" line="74" />
            <source>La sessione n. {id} non è della pratica n. {practice}.</source>
            <translation>Session no. {id} does not belong to practice no. {practice}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_import.py" line="198" />
            <source>Presenze dal report: {count} persone segnate sedute per seduta.</source>
            <extracomment>Those whose sittings ticked by hand the report turned to absent.</extracomment>
            <translation>Attendance from the report: {count} people marked sitting by sitting.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_import.py" line="292" />
            <source>Il report è di {day}, che non è un giorno della sessione di {session}: controllare di aver scelto il report e la sessione giusti.</source>
            <translation>The report is from {day}, which is not a day of the session of {session}: check that you chose the right report and session.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/calendar.py" line="50" />
            <source>{path} è una cartella: indicare il nome del file di calendario da creare.</source>
            <translation>{path} is a folder: give the name of the calendar file to create.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/calendar.py" line="58" />
            <source>Il file {path} deve avere l'estensione .ics (per esempio sessione.ics).</source>
            <translation>The file {path} must have the .ics extension (for example session.ics).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/calendar.py" line="74" />
            <source>Impossibile esportare il calendario della sessione n. {id}: la sessione non ha ancora una data confermata.</source>
            <translation>Cannot export the calendar of session no. {id}: the session has no confirmed date yet.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/day_documents.py" line="107" />
            <source>Impossibile preparare {document}: la sessione n. {id} è annullata.</source>
            <translation>Cannot prepare {document}: session no. {id} is cancelled.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/day_documents.py" line="117" />
            <source>Impossibile preparare {document}: la sessione n. {id} non ha ancora una data confermata. Confermare prima la data della sessione.</source>
            <translation>Cannot prepare {document}: session no. {id} has no confirmed date yet. Confirm the session's date first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/day_documents.py" line="167" />
            <source>Le righe vuote del foglio firme devono essere da 0 a {max} (indicate: {value}).</source>
            <translation>The blank rows of the sign-in sheet must be from 0 to {max} (given: {value}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/day_documents.py" line="205" />
            <source>il foglio firme</source>
            <translation>the sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/day_documents.py" line="237" />
            <source>gli attestati</source>
            <translation>the certificates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/day_documents.py" line="245" />
            <source>Impossibile preparare gli attestati della sessione n. {id}: nessun partecipante segnato presente. Segnare prima le presenze.</source>
            <translation>Cannot prepare the certificates of session no. {id}: no participant is marked present. Record attendance first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/day_documents.py" line="410" />
            <source>{path} non è una cartella: indicare la cartella degli attestati.</source>
            <translation>{path} is not a folder: give the folder for the certificates.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/practice_documents.py" line="96" />
            <source>{path} è una cartella: indicare il nome del file PDF da creare.</source>
            <extracomment>Characters Windows refuses in file names; control characters are dropped separately. Device names Windows keeps for itself, with or without an extension ("nul.txt").</extracomment>
            <translation>{path} is a folder: give the name of the PDF file to create.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/practice_documents.py" line="103" />
            <source>Il file {path} deve avere l'estensione .pdf (per esempio scheda.pdf).</source>
            <translation>The file {path} must have the .pdf extension (for example card.pdf).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/organisations.py" line="29" />
            <source>L'Ente n. {id} non esiste.</source>
            <extracomment>The fields the clerk edits on an Ente.</extracomment>
            <translation>Organisation no. {id} does not exist.</translation>
        </message>
        <message>
            <source>L'Ente «{name}» è già nell'elenco (n. {id}).</source>
            <translation type="vanished">The organisation “{name}” is already in the list (no. {id}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/organisations.py" line="59" />
            <source>L'Ente «{name}» è già nell'elenco: sceglierlo dall'elenco invece di aggiungerlo di nuovo.</source>
            <translation>The organisation “{name}” is already in the list: choose it from the list instead of adding it again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/organisations.py" line="151" />
            <source>Impossibile eliminare l'Ente «{name}»: 1 partecipante vi appartiene. Assegnarlo prima a un altro Ente.</source>
            <translation>Cannot delete the organisation “{name}”: 1 participant belongs to it. Assign them to another organisation first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/organisations.py" line="163" />
            <source>Impossibile eliminare l'Ente «{name}»: {count} partecipanti vi appartengono. Assegnarli prima a un altro Ente.</source>
            <translation>Cannot delete the organisation “{name}”: {count} participants belong to it. Assign them to another organisation first.</translation>
        </message>
        <message>
            <source>Indicare quali colonne del file contengono il cognome e il nome: senza non si può importare.</source>
            <extracomment>What ``--map`` accepts on the left for "do not import this column".
----------
A totals row or a count: left out, never an error that stops the import. Someone whose registration to the session was cancelled: left out unless chosen.</extracomment>
            <translation type="vanished">Say which columns of the file contain the surname and the name: the import cannot go ahead without them.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="44" />
            <source>Indicare quali colonne del file contengono il cognome e il nome (o la colonna con entrambi, come «Cognome e nome»): senza non si può importare.</source>
            <extracomment>What ``--map`` accepts on the left for "do not import this column".</extracomment>
            <translation>Say which columns of the file hold the surname and the name (or the column holding both, such as “Cognome e nome”): without them nothing can be imported.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="49" />
            <source>Indicare quale colonna del file contiene il cognome: senza non si può importare.</source>
            <translation>Say which column of the file contains the surname: the import cannot go ahead without it.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="53" />
            <source>Indicare quale colonna del file contiene il nome: senza non si può importare.</source>
            <translation>Say which column of the file contains the name: the import cannot go ahead without it.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="138" />
            <source>Le colonne «{first}» e «{second}» sono indicate entrambe come «{field}»: sceglierne una sola.</source>
            <translation>The columns “{first}” and “{second}” are both set as “{field}”: choose only one.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="153" />
            <source>Cognome e nome sono indicati due volte: scegliere o una colonna con il nominativo intero, o le colonne Cognome e Nome separate.</source>
            <translation>Surname and name are chosen twice: choose either one column with the whole name, or the separate Surname and Name columns.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="186" />
            <source>«{name}» non è un campo che si possa importare: usare {fields}.</source>
            <translation>“{name}” is not a field that can be imported: use {fields}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="213" />
            <source>Nel file ci sono {count} colonne «{column}»: indicare quella giusta con il suo numero (1 è la prima colonna).</source>
            <translation>The file has {count} “{column}” columns: give the right one by its number (1 is the first column).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="219" />
            <source>Nel file non c'è la colonna «{column}»; le colonne sono: {headers}.</source>
            <translation>The file has no “{column}” column; the columns are: {headers}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="261" />
            <source>--map: «{part}» non è nella forma CAMPO=COLONNA (esempio: --map "Cognome=Surname of participant,Ente=Comune / Ente").</source>
            <translation>--map: “{part}” is not in the form FIELD=COLUMN (example: --map "Surname=Surname of participant,Organisation=Comune / Ente").</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_messages.py" line="65" />
            <source>Importazione annullata, nessuna persona è stata aggiunta: una riga ha errori. {rows} Correggere il file oppure importare saltando le righe con errori.</source>
            <translation>Import cancelled, nobody was added: one row has errors. {rows} Correct the file or import skipping the rows with errors.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_messages.py" line="71" />
            <source>Importazione annullata, nessuna persona è stata aggiunta: {count} righe hanno errori. {rows} Correggere il file oppure importare saltando le righe con errori.</source>
            <translation>Import cancelled, nobody was added: {count} rows have errors. {rows} Correct the file or import skipping the rows with errors.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/participants.py" line="53" />
            <source>Il partecipante n. {id} non esiste.</source>
            <extracomment>The fields of a participant the clerk edits (and the import fills in).</extracomment>
            <translation>Participant no. {id} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/participants.py" line="198" />
            <source>Nel frattempo i dati di questa persona sono stati modificati da un'altra finestra o da un altro utente: le modifiche non sono state salvate. Chiudere e riaprire la scheda per vedere i dati aggiornati.</source>
            <translation>In the meantime this person's details were changed in another window or by another user: your changes have not been saved. Close and reopen the form to see the updated details.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/personal_data.py" line="126" />
            <source>{path} è una cartella: indicare il nome del file JSON da creare.</source>
            <translation>{path} is a folder: give the name of the JSON file to create.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/personal_data.py" line="135" />
            <source>Il file {path} deve avere l'estensione .json (per esempio dati.json).</source>
            <translation>The file {path} must have the .json extension (for example data.json).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/session_rows.py" line="152" />
            <source>La pratica n. {id} non esiste.</source>
            <translation>Practice no. {id} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/practices/programme.py" line="27" />
            <source>La voce di programma n. {id} non esiste.</source>
            <extracomment>The fields the clerk edits on an item (position is changed by moving it).</extracomment>
            <translation>Programme item no. {id} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registration_moves.py" line="40" />
            <source>L'iscrizione di {person} è già nella sessione di {session}.</source>
            <translation>The registration of {person} is already in the session of {session}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registration_moves.py" line="50" />
            <source>La sessione n. {id} è di un'altra pratica: un'iscrizione si sposta solo tra le sessioni della stessa pratica.</source>
            <translation>Session no. {id} belongs to another practice: a registration can only move between sessions of the same practice.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registration_moves.py" line="61" />
            <source>L'iscrizione di {person} è annullata: non si può spostare.</source>
            <translation>The registration of {person} is cancelled: it cannot be moved.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registration_moves.py" line="77" />
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="142" />
            <source>{person} ha già un'iscrizione alla sessione di {session}.</source>
            <translation>{person} is already registered for the session of {session}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registration_moves.py" line="98" />
            <source>{person}: iscrizione spostata alla sessione di {session}, al completo: in lista d'attesa n. {position}.</source>
            <translation>{person}: registration moved to the session of {session}, which is full: waiting list no. {position}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registration_moves.py" line="104" />
            <source>{person}: iscrizione spostata alla sessione di {session}, al completo: in lista d'attesa n. {position}. Nella sessione di {source} dalla lista d'attesa passa ai posti confermati: {promoted}.</source>
            <translation>{person}: registration moved to the session of {session}, which is full: waiting list no. {position}. In the session of {source}, moved from the waiting list to a confirmed seat: {promoted}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registration_moves.py" line="113" />
            <source>{person}: iscrizione spostata alla sessione di {session}, posto confermato.</source>
            <translation>{person}: registration moved to the session of {session}, seat confirmed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registration_moves.py" line="118" />
            <source>{person}: iscrizione spostata alla sessione di {session}, posto confermato. Nella sessione di {source} dalla lista d'attesa passa ai posti confermati: {promoted}.</source>
            <translation>{person}: registration moved to the session of {session}, seat confirmed. In the session of {source}, moved from the waiting list to a confirmed seat: {promoted}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="84" />
            <source>La sessione di {session} è annullata: non accetta iscrizioni.</source>
            <translation>The session of {session} is cancelled: it accepts no registrations.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="274" />
            <source>{person}: sessione al completo, in lista d'attesa n. {position}.</source>
            <extracomment>People per multi-row insert of :func:`add_new_registrations`.</extracomment>
            <translation>{person}: session full, waiting list no. {position}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="280" />
            <source>{person}: iscrizione confermata.</source>
            <translation>{person}: registration confirmed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="298" />
            <source>{person}: iscrizione eliminata.</source>
            <translation>{person}: registration deleted.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="300" />
            <source>{person}: iscrizione annullata.</source>
            <translation>{person}: registration cancelled.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="305" />
            <source>{person}: iscrizione eliminata. Dalla lista d'attesa passa ai posti confermati: {promoted}.</source>
            <translation>{person}: registration deleted. Moved from the waiting list to a confirmed seat: {promoted}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="311" />
            <source>{person}: iscrizione annullata. Dalla lista d'attesa passa ai posti confermati: {promoted}.</source>
            <translation>{person}: registration cancelled. Moved from the waiting list to a confirmed seat: {promoted}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="353" />
            <source>L'iscrizione di {person} è già annullata.</source>
            <translation>The registration of {person} is already cancelled.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="396" />
            <source>L'iscrizione di {person} è già confermata.</source>
            <translation>The registration of {person} is already confirmed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="403" />
            <source>L'iscrizione di {person} è annullata: per riammettere la persona iscriverla di nuovo.</source>
            <translation>The registration of {person} is cancelled: to readmit the person, register them again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="415" />
            <source>La sessione di {session} è al completo ({taken} posti su {capacity}): per confermare {person} liberare prima un posto, oppure aumentare i posti della sessione.</source>
            <translation>The session of {session} is full ({taken} seats out of {capacity}): to confirm {person}, free a seat first or increase the session's seats.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/registrations.py" line="432" />
            <source>{person}: iscrizione confermata, dalla lista d'attesa.</source>
            <translation>{person}: registration confirmed, from the waiting list.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/rescheduling.py" line="132" />
            <source>La sessione n. {id} si è già svolta: non si può spostare.</source>
            <translation>Session no. {id} has already been held: it cannot be moved.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/rescheduling.py" line="142" />
            <source>La sessione n. {id} è già fissata per {day}.</source>
            <translation>Session no. {id} is already set for {day}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/roster_columns.py" line="125" />
            <source>Colonne sconosciute: {unknown}. Colonne disponibili: {available}.</source>
            <extracomment>Every column the export can hold, in the workbook's order: (key, Italian label). What colleagues need: no phone, no codice fiscale unless the clerk asks for them. Columns the waiting-list sheet leaves out: it has its own session and position.</extracomment>
            <translation>Unknown columns: {unknown}. Available columns: {available}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/roster_columns.py" line="132" />
            <source>Scegliere almeno una colonna da esportare.</source>
            <translation>Choose at least one column to export.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/roster_export.py" line="84" />
            <source>{path} è una cartella: indicare il nome del file Excel da creare.</source>
            <translation>{path} is a folder: give the name of the Excel file to create.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/roster_export.py" line="91" />
            <source>Il file {path} deve avere l'estensione .xlsx (per esempio partecipanti.xlsx).</source>
            <translation>The file {path} must have the .xlsx extension (for example participants.xlsx).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/roster_export.py" line="253" />
            <source>l'elenco in Excel</source>
            <translation>the Excel roster</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/roster_rows.py" line="57" />
            <source>L'iscrizione n. {id} non esiste.</source>
            <extracomment>Where each status stands in the roster: seats first, then the queue, then cancelled.</extracomment>
            <translation>Registration no. {id} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/formatting.py" line="97" />
            <source>o</source>
            <extracomment>The words of a session's days, marked for translation in the "Messages" context.</extracomment>
            <translation>or</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/formatting.py" line="98" />
            <source>e</source>
            <translation>and</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/formatting.py" line="99" />
            <source>data da definire</source>
            <translation>date to be set</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/practices/sample.py" line="40" />
            <source>Impossibile leggere la pratica di esempio {path}: {detail}</source>
            <translation>Cannot read the sample practice {path}: {detail}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/sessions.py" line="194" />
            <source>{day} è già tra le date proposte.</source>
            <extracomment>The fields of a session the clerk edits (dates have their own functions). The practice's length in days and patron day: a session's days follow from them.</extracomment>
            <translation>{day} is already among the proposed dates.</translation>
        </message>
        <message>
            <source>C'è già una sessione {day} (sessione n. {id}).</source>
            <translation type="vanished">There is already a session on {day} (session no. {id}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/sessions.py" line="203" />
            <source>C'è già una sessione {day}.</source>
            <translation>There is already a session on {day}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/sessions.py" line="229" />
            <source>Impossibile togliere la data {day}: la sessione ha 1 iscrizione. Spostare o annullare prima l'iscrizione.</source>
            <translation>Cannot remove the date {day}: the session has 1 registration. Move or cancel the registration first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/sessions.py" line="240" />
            <source>Impossibile togliere la data {day}: la sessione ha {count} iscrizioni. Spostare o annullare prima le iscrizioni.</source>
            <translation>Cannot remove the date {day}: the session has {count} registrations. Move or cancel the registrations first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/sessions.py" line="254" />
            <source>Impossibile togliere la data {day}: è quella confermata. Riaprire prima la scelta della data, oppure spostare la sessione a un altro giorno.</source>
            <translation>Cannot remove the date {day}: it is the confirmed one. Reopen the choice of date first, or move the session to another day.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/sessions.py" line="285" />
            <source>{day} non è tra le date proposte della sessione n. {id}.</source>
            <translation>{day} is not among the proposed dates of session no. {id}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/sessions.py" line="296" />
            <source>La sessione n. {id} è già confermata per {day}: per cambiare data spostarla (chi è iscritto va avvisato) oppure riaprire prima la scelta della data.</source>
            <translation>Session no. {id} is already confirmed for {day}: to change the date, move it (registered people must be informed) or reopen the choice of date first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/scheduling_modes.py" line="183" />
            <source>La modalità è già questa: non cambia nulla.</source>
            <translation>The mode is already this one: nothing changes.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/scheduling_modes.py" line="184" />
            <source>Cambia solo la modalità: le sessioni, le date e le iscrizioni restano come sono.</source>
            <translation>Only the mode changes: sessions, dates and registrations stay as they are.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/scheduling_modes.py" line="187" />
            <source>Ognuna delle {dates} date diventerà una sessione a sé.</source>
            <translation>Each of the {dates} dates will become a session of its own.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/scheduling_modes.py" line="188" />
            <source>Ognuna delle {dates} date diventerà una sessione a sé. L'iscrizione resta nella sessione della data confermata (o della prima data).</source>
            <translation>Each of the {dates} dates will become a session of its own. The registration stays in the session of the confirmed date (or of the first date).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/scheduling_modes.py" line="193" />
            <source>Ognuna delle {dates} date diventerà una sessione a sé. Le {count} iscrizioni restano nella sessione della data confermata (o della prima data).</source>
            <translation>Each of the {dates} dates will become a session of its own. The {count} registrations stay in the session of the confirmed date (or of the first date).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/scheduling_modes.py" line="198" />
            <source>Le {sessions} sessioni diventeranno una sola, da tenere in una delle {dates} date, che andrà scelta e confermata.</source>
            <translation>The {sessions} sessions will become a single one, to be held on one of the {dates} dates, which will have to be chosen and confirmed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/scheduling_modes.py" line="203" />
            <source>Le {sessions} sessioni diventeranno una sola, da tenere in una delle {dates} date, che andrà scelta e confermata. L'iscrizione passa in quella sessione.</source>
            <translation>The {sessions} sessions will become a single one, to be held on one of the {dates} dates, which will have to be chosen and confirmed. The registration moves to that session.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/scheduling_modes.py" line="208" />
            <source>Le {sessions} sessioni diventeranno una sola, da tenere in una delle {dates} date, che andrà scelta e confermata. Le {count} iscrizioni passano tutte in quella sessione, con il posto confermato.</source>
            <translation>The {sessions} sessions will become a single one, to be held on one of the {dates} dates, which will have to be chosen and confirmed. All {count} registrations move to that session, with a confirmed seat.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/scheduling_modes.py" line="214" />
            <source>Le {sessions} sessioni diventeranno una sola, da tenere in una delle {dates} date, che andrà scelta e confermata. Le {count} iscrizioni passano in quella sessione: i primi {confirmed} iscritti hanno il posto ({capacity} posti), gli altri {waiting} vanno in lista d'attesa.</source>
            <translation>The {sessions} sessions will become a single one, to be held on one of the {dates} dates, which will have to be chosen and confirmed. The {count} registrations move to that session: the first {confirmed} registered get a seat ({capacity} seats), the other {waiting} go on the waiting list.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/session_rows.py" line="63" />
            <source>La sessione n. {id} non esiste.</source>
            <extracomment>What a new session takes over from an existing one (not the status, nor the notes).</extracomment>
            <translation>Session no. {id} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/scheduling/session_rows.py" line="88" />
            <source>La data proposta n. {id} non esiste.</source>
            <translation>Proposed date no. {id} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/db_files.py" line="71" />
            <source>Impossibile modificare i dati: il file del database è di sola lettura: {path}</source>
            <extracomment>Written in the SQLite header (PRAGMA application_id) so our files are recognised as ours.</extracomment>
            <translation>Cannot change the data: the database file is read-only: {path}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/db_files.py" line="79" />
            <source>Impossibile modificare i dati: la cartella del database è di sola lettura: {folder}</source>
            <translation>Cannot change the data: the database folder is read-only: {folder}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/db_files.py" line="121" />
            <source>Il file {path} è vuoto (0 byte): non contiene un database, forse per una copia interrotta. Il file non è stato modificato.</source>
            <translation>The file {path} is empty (0 bytes): it does not contain a database, perhaps because a copy was interrupted. The file has not been changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/db_files.py" line="135" />
            <source>Il file {path} non è un database di Exchange Desktop oppure è danneggiato. Il file non è stato modificato.</source>
            <translation>The file {path} is not an Exchange Desktop database or is damaged. The file has not been changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/db_files.py" line="206" />
            <source>Il file {path} è un database SQLite ma non di Exchange Desktop: non viene modificato.</source>
            <translation>The file {path} is an SQLite database but not an Exchange Desktop one: it is left unchanged.</translation>
        </message>
        <message>
            <source>Il file {path} non è un database di Exchange Desktop oppure è danneggiato ({detail}). Il file non è stato modificato.</source>
            <translation type="vanished">The file {path} is not an Exchange Desktop database or is damaged ({detail}). The file has not been changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/file_database.py" line="112" />
            <source>{path} è una cartella, non un file di database.</source>
            <translation>{path} is a folder, not a database file.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/file_database.py" line="118" />
            <source>Il database {path} è stato creato da una versione più recente di Exchange Desktop (schema {revision}). Aggiornare il programma; il file non è stato modificato.</source>
            <translation>The database {path} was created by a newer version of Exchange Desktop (schema {revision}). Update the program; the file has not been changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/file_database.py" line="189" />
            <source>Impossibile creare o aprire il database {path}: la cartella {folder} è di sola lettura o non si hanno i permessi per scriverci.</source>
            <translation>Cannot create or open the database {path}: the folder {folder} is read-only or you are not allowed to write to it.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/file_database.py" line="199" />
            <source>Impossibile creare o aprire il database {path}: il sistema operativo lo rifiuta ({detail}).</source>
            <translation>Cannot create or open the database {path}: the operating system refuses it ({detail}).</translation>
        </message>
        <message>
            <source>Impossibile creare o aprire il database {path}: {detail}</source>
            <translation type="vanished">Cannot create or open the database {path}: {detail}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/file_database.py" line="209" />
            <source>L'aggiornamento del database {path} non è riuscito (riferimenti incoerenti). Il file non è stato modificato; una copia è nella cartella backups.</source>
            <translation>Upgrading the database {path} failed (inconsistent references). The file has not been changed; a copy is in the backups folder.</translation>
        </message>
        <message>
            <source>Impossibile aprire il database {path}: {detail}</source>
            <translation type="vanished">Cannot open the database {path}: {detail}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/common.py" line="243" />
            <source>{problem} L'ultimo backup è {backup}, del {when}; per ripristinarlo: {command}</source>
            <translation>{problem} The latest backup is {backup}, of {when}; to restore it: {command}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/errors.py" line="69" />
            <source>Nel frattempo questo campo è stato modificato da un'altra finestra o da un altro utente: ora è mostrato il valore salvato al posto della modifica.</source>
            <translation>In the meantime this field was changed in another window or by another user: the saved value is now shown instead of your change.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="363" />
            <source>Impossibile salvare il backup in {path}: è il database stesso. Scegliere un altro file.</source>
            <translation>Cannot save the backup to {path}: it is the database itself. Choose another file.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="85" />
            <source>Il backup {path} non esiste.</source>
            <translation>The backup {path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="89" />
            <source>Il file {path} non è un backup di Exchange Desktop: è vuoto.</source>
            <translation>The file {path} is not an Exchange Desktop backup: it is empty.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="96" />
            <source>Il backup {path} è stato creato da una versione più recente di Exchange Desktop (schema {revision}): aggiornare il programma per usarlo.</source>
            <translation>The backup {path} was created by a newer version of Exchange Desktop (schema {revision}): update the program to use it.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="108" />
            <source>Il backup {path} è danneggiato: sceglierne un altro.</source>
            <translation>The backup {path} is damaged: choose another one.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="133" />
            <source>Ripristino non riuscito: il disco è pieno. Liberare spazio e riprovare; il database {path} non è stato modificato.</source>
            <translation>Restore failed: the disk is full. Free some space and try again; the database {path} has not been changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/backups.py" line="84" />
            <source>Ripristino non riuscito: il disco di questo computer è pieno e la copia di sicurezza dei dati attuali non si è potuta scrivere. Liberare spazio e riprovare; il database {path} non è stato modificato.</source>
            <translation>Restore failed: the disk of this computer is full and the safety copy of the current data could not be written. Free some space and try again; the database {path} has not been changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/backups.py" line="94" />
            <source>Ripristino non riuscito: il server non ha accettato i dati del backup (i dettagli sono nel registro degli errori). Il database {path} non è stato modificato.</source>
            <translation>Restore failed: the server did not accept the backup's data (the details are in the error log). The database {path} has not been changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/backups.py" line="104" />
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="143" />
            <source>Ripristino non riuscito: {reason} Il database {path} non è stato modificato.</source>
            <translation>Restore failed: {reason} The database {path} has not been changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/backups.py" line="112" />
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="160" />
            <source>Ripristino non riuscito: il backup non si è potuto copiare (i dettagli sono nel registro degli errori). Il database {path} non è stato modificato.</source>
            <translation>Restore failed: the backup could not be copied (the details are in the error log). The database {path} has not been changed.</translation>
        </message>
        <message>
            <source>Il backup {path} è danneggiato ({detail}): sceglierne un altro.</source>
            <translation type="vanished">The backup {path} is damaged ({detail}): choose another one.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="152" />
            <source>Ripristino non riuscito ({detail}). Il database {path} non è stato modificato.</source>
            <translation>Restore failed ({detail}). The database {path} has not been changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/backups.py" line="288" />
            <source>Il file {path} è il database stesso: scegliere un backup.</source>
            <translation>The file {path} is the database itself: choose a backup.</translation>
        </message>
        <message>
            <source>Impossibile copiare il backup in {path}: {detail}</source>
            <translation type="vanished">Cannot copy the backup to {path}: {detail}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/errors.py" line="36" />
            <source>Il database {path} è occupato: è aperto in un'altra finestra o da un altro utente che sta salvando. Riprovare tra qualche istante; le modifiche già salvate non sono perse.</source>
            <translation>The database {path} is busy: it is open in another window or by another user who is saving. Try again in a moment; changes already saved are not lost.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/errors.py" line="41" />
            <source>Impossibile salvare nel database {path}: il disco è pieno. Liberare spazio e riprovare; le modifiche già salvate non sono perse.</source>
            <translation>Cannot save to the database {path}: the disk is full. Free some space and try again; changes already saved are not lost.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/errors.py" line="46" />
            <source>Impossibile scrivere nel database {path}: il file o la sua cartella sono di sola lettura o non si hanno i permessi per modificarli.</source>
            <translation>Cannot write to the database {path}: the file or its folder is read-only or you are not allowed to change them.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/errors.py" line="51" />
            <source>Impossibile leggere o scrivere il database {path}. Controllare che la cartella sia raggiungibile e riprovare.</source>
            <translation>Cannot read or write the database {path}. Check that the folder can be reached and try again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/sqlite/errors.py" line="56" />
            <source>Il database {path} è danneggiato: una parte del file non si può leggere. Ripristinare l'ultimo backup; le modifiche già salvate nel backup non sono perse.</source>
            <translation>The database {path} is damaged: part of the file cannot be read. Restore the latest backup; the changes already saved in the backup are not lost.</translation>
        </message>
        <message>
            <source>Impossibile leggere o scrivere il database {path} ({detail}). Controllare che la cartella sia raggiungibile e riprovare.</source>
            <translation type="vanished">Cannot read or write the database {path} ({detail}). Check that the folder can be reached and try again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="101" />
            <source>Manca la password del certificato: il documento non è firmato.</source>
            <translation>The certificate password is missing: the document has not been signed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/document_options.py" line="116" />
            <source>--password-file serve solo insieme a --sign.</source>
            <translation>--password-file can only be used together with --sign.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/coat_of_arms.py" line="26" />
            <source>Lo stemma non è un'immagine {kind} leggibile: sceglierne un altro file o toglierlo dalla pratica.</source>
            <translation>The coat of arms is not a readable {kind} image: choose another file or remove it from the practice.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="81" />
            <source>Impossibile leggere il file della password {path}: {detail}</source>
            <extracomment>The stamp in the visible field; the PDF itself is Italian, like the attestato. pyHanko's default frame (3 points) would hide the signature line under it. The glyph space of a PDF font: widths in thousandths of an em.</extracomment>
            <translation>Cannot read the password file {path}: {detail}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="90" />
            <source>Il file della password {path} è vuoto: la prima riga deve contenerla.</source>
            <translation>The password file {path} is empty: its first line must contain the password.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="118" />
            <source>Il certificato di firma non è ancora valido: lo sarà dal {date}.</source>
            <translation>The signing certificate is not valid yet: it will be from {date}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="126" />
            <source>Il certificato di firma è scaduto il {date}: rinnovarlo o sceglierne un altro.</source>
            <translation>The signing certificate expired on {date}: renew it or choose another one.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="151" />
            <source>Impossibile leggere il file del certificato {path}: {detail}</source>
            <translation>Cannot read the certificate file {path}: {detail}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="162" />
            <source>Password errata per il file del certificato {path}.</source>
            <translation>Wrong password for the certificate file {path}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="168" />
            <source>{path} non è un file di certificato PKCS#12 (.p12 o .pfx) valido.</source>
            <translation>{path} is not a valid PKCS#12 certificate file (.p12 or .pfx).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="176" />
            <source>Il file {path} non contiene una chiave privata con il suo certificato: serve il file esportato con la chiave privata.</source>
            <translation>The file {path} does not contain a private key with its certificate: you need the file exported with the private key.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="194" />
            <source>La chiave del file {path} non può essere usata per firmare.</source>
            <translation>The key in the file {path} cannot be used for signing.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/exports/pdf_signing.py" line="290" />
            <source>Impossibile firmare digitalmente il documento: {detail}</source>
            <translation>Cannot digitally sign the document: {detail}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/sheet_extent.py" line="202" />
            <source>Il foglio «{sheet}» del file {path} arriva fino alla cella {cell} ({rows} righe, {columns} colonne): è troppo grande per un elenco di persone (al massimo {max_rows} righe, {max_columns} colonne e {max_cells} celle in tutto). Se c'è un valore isolato lontano dalla tabella, cancellarlo e salvare di nuovo il file.</source>
            <extracomment>The widest sheet imported: a participant list has a dozen columns, a Forms export fifty. The longest sheet imported: far more people than any office registers. The largest rectangle (rows × columns) loaded: the reader allocates every cell of it, the empty ones too, and then Python holds one object per cell. 2.5 million cells stay under 500 MB (see benchmarks/spreadsheet_guard_benchmark.py).</extracomment>
            <translation>The sheet “{sheet}” of the file {path} extends to cell {cell} ({rows} rows, {columns} columns): it is too large for a list of people (at most {max_rows} rows, {max_columns} columns and {max_cells} cells in all). If there is a stray value far from the table, delete it and save the file again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/certificate_check.py" line="46" />
            <source>{person}: {attended} su {planned} previste, sotto il {percent} %: nessun attestato</source>
            <translation>{person}: {attended} of {planned} planned, below {percent}%: no certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/certificate_check.py" line="79" />
            <source>Il programma e la sessione non hanno orari: gli attestati non riportano le ore e la presenza minima del {percent} % non si può applicare.</source>
            <translation>The programme and the session have no times: the certificates do not show the hours and the minimum attendance of {percent}% cannot be applied.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/certificate_check.py" line="85" />
            <source>Il programma e la sessione non hanno orari: gli attestati non riportano le ore.</source>
            <translation>The programme and the session have no times: the certificates do not show the hours.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/certificate_check.py" line="98" />
            <source>Nessun attestato per la sessione n. {id}: nessuno dei presenti raggiunge la presenza minima del {percent} % delle ore previste ({planned}): {people}.</source>
            <translation>No certificate for session no. {id}: none of those present reaches the minimum attendance of {percent}% of the planned hours ({planned}): {people}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/coat_of_arms.py" line="25" />
            <source>Il file {name} è troppo grande per uno stemma ({size} KB; al massimo {max} KB).</source>
            <translation>The file {name} is too large for a coat of arms ({size} KB; at most {max} KB).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/coat_of_arms.py" line="37" />
            <source>Impossibile leggere il file {name}: {reason}</source>
            <translation>Cannot read the file {name}: {reason}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/coat_of_arms.py" line="44" />
            <source>Il file {name} non è un'immagine PNG o SVG: lo stemma deve essere in uno di questi formati.</source>
            <translation>The file {name} is not a PNG or SVG image: the coat of arms must be in one of these formats.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/backup/database_move.py" line="24" />
            <source>Il database di destinazione {path} è quello di partenza.</source>
            <translation>The target database {path} is the source database.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/backup/database_move.py" line="34" />
            <source>Il database {path} contiene già dei dati: i dati si trasferiscono solo in un database vuoto. Non è stato modificato nulla.</source>
            <translation>The database {path} already holds data: data is moved only into an empty database. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/backup/database_move.py" line="48" />
            <source>Il trasferimento in {path} non corrisponde ai dati di partenza: controllare che nessun altro stia usando il database e riprovare.</source>
            <translation>The data moved to {path} does not match the source: check that nobody else is using the database and try again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/database.py" line="63" />
            <source>{path} non è un database che Exchange Desktop sa aprire: indicare un file (.sqlite) oppure un indirizzo postgresql://utente@server/database.</source>
            <translation>{path} is not a database Exchange Desktop can open: give a file (.sqlite) or an address postgresql://user@server/database.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="40" />
            <source>Il database {path} è occupato: un collega sta salvando. Riprovare tra qualche istante; le modifiche già salvate non sono perse.</source>
            <translation>The database {path} is busy: a colleague is saving. Try again in a moment; changes already saved are not lost.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="45" />
            <source>Il server del database {path} non ha risposto in tempo e l'operazione è stata annullata. Riprovare; se succede ancora, avvisare l'ufficio informatico.</source>
            <translation>The server of the database {path} did not answer in time and the operation was cancelled. Try again; if it happens again, tell the IT office.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="50" />
            <source>Il server del database {path} non risponde. Controllare la connessione di rete e riprovare; se il problema continua, avvisare l'ufficio informatico.</source>
            <translation>The server of the database {path} does not answer. Check the network connection and try again; if the problem persists, tell the IT office.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="55" />
            <source>Impossibile salvare nel database {path}: il server ha esaurito lo spazio. Avvisare l'ufficio informatico; le modifiche già salvate non sono perse.</source>
            <translation>Cannot save to the database {path}: the server has run out of space. Tell the IT office; changes already saved are not lost.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="60" />
            <source>Impossibile scrivere nel database {path}: l'utente non ha i permessi per modificarlo. Chiedere all'ufficio informatico i permessi di scrittura.</source>
            <translation>Cannot write to the database {path}: the user may not change it. Ask the IT office for write permission.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="65" />
            <source>L'utente del database {path} non può creare tabelle nello schema {schema}: la prima connessione e gli aggiornamenti del programma vanno fatti con l'utente proprietario del database (vedere «Database condiviso» nel README). Non è stato modificato nulla.</source>
            <translation>The user of the database {path} cannot create tables in the schema {schema}: the first connection and the program's upgrades must be made with the user who owns the database (see “Shared database” in the README). Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="71" />
            <source>Accesso al database {path} non riuscito: utente o password non validi.</source>
            <translation>Login to the database {path} failed: the user or the password is not valid.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="80" />
            <source>Lo schema {schema} indicato per il database {path} (search_path) non esiste sul server: non è stata creata nessuna tabella. Chiedere all'ufficio informatico di crearlo, oppure correggere il parametro options dell'indirizzo.</source>
            <translation>The schema {schema} given for the database {path} (search_path) does not exist on the server: no table was created. Ask the IT office to create it, or correct the options parameter of the address.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="86" />
            <source>L'utente del database {path} non ha accesso allo schema {schema} (manca il permesso USAGE): non è stata creata nessuna tabella. Chiedere all'ufficio informatico il permesso.</source>
            <translation>The user of the database {path} has no access to the schema {schema} (the USAGE privilege is missing): no table was created. Ask the IT office for the privilege.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="92" />
            <source>Il certificato del server {path} non è intestato al nome usato per collegarsi ({host}): indicare il nome del server scritto nel certificato (chiederlo all'ufficio informatico). La connessione non è stata fatta.</source>
            <translation>The certificate of the server {path} is not issued to the name used to connect ({host}): give the server name written in the certificate (ask the IT office for it). No connection was made.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="98" />
            <source>Il certificato del server {path} non è firmato dall'autorità del file del certificato CA ({file}): il server non può essere riconosciuto. Chiedere all'ufficio informatico il file del certificato CA giusto.</source>
            <translation>The certificate of the server {path} is not signed by the authority of the CA certificate file ({file}): the server cannot be recognised. Ask the IT office for the right CA certificate file.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="104" />
            <source>Il certificato del server {path} è scaduto (o non è ancora valido): la connessione cifrata è rifiutata. Avvisare l'ufficio informatico, che deve rinnovarlo.</source>
            <translation>The certificate of the server {path} has expired (or is not valid yet): the encrypted connection is refused. Tell the IT office, who must renew it.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="109" />
            <source>Manca il file del certificato CA per verificare il server {path}: {file} non esiste. Indicare nel campo «Certificato CA» il file ricevuto dall'ufficio informatico.</source>
            <translation>The CA certificate file to verify the server {path} is missing: {file} does not exist. Give in the “CA certificate” field the file received from the IT office.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="114" />
            <source>Il server {path} non ha una regola di accesso (pg_hba.conf) per questo computer (indirizzo {address}) con questo utente e database. Chiedere all'ufficio informatico di abilitarlo.</source>
            <translation>The server {path} has no access rule (pg_hba.conf) for this computer (address {address}) with this user and database. Ask the IT office to allow it.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="120" />
            <source>Il server {path} non accetta da questo computer (indirizzo {address}) connessioni non cifrate: scegliere una connessione cifrata con verifica del certificato (verify-full).</source>
            <translation>The server {path} does not accept unencrypted connections from this computer (address {address}): choose an encrypted connection with certificate verification (verify-full).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="125" />
            <source>Il server {path} non offre connessioni cifrate, ma la connessione scelta le richiede. Avvisare l'ufficio informatico (ssl = on sul server).</source>
            <translation>The server {path} offers no encrypted connections, but the connection chosen requires them. Tell the IT office (ssl = on on the server).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="130" />
            <source>Il server {host} del database {path} non si trova in rete: controllare il nome del server (come indicato dall'ufficio informatico) e la connessione di rete.</source>
            <translation>The server {host} of the database {path} cannot be found on the network: check the server name (as given by the IT office) and the network connection.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="135" />
            <source>Il computer {host} risponde, ma sulla porta {port} non c'è il server del database {path}: controllare la porta, oppure avvisare l'ufficio informatico (il server potrebbe essere fermo).</source>
            <translation>The computer {host} answers, but there is no server of the database {path} on port {port}: check the port, or tell the IT office (the server may be stopped).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="141" />
            <source>L'indirizzo del database {path} contiene un parametro non valido ({detail}): correggerlo come indicato dall'ufficio informatico.</source>
            <translation>The address of the database {path} contains a parameter that is not valid ({detail}): correct it as the IT office says.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="146" />
            <source>Il server del database {path} (o un pgbouncer davanti al server) non accetta il parametro {name} dell'indirizzo. Con pgbouncer lo schema si imposta sull'utente (ALTER ROLE … SET search_path, vedere «Database condiviso» nel README).</source>
            <translation>The server of the database {path} (or a pgbouncer in front of it) does not accept the parameter {name} of the address. With pgbouncer the schema is set on the user (ALTER ROLE … SET search_path, see “Shared database” in the README).</translation>
        </message>
        <message>
            <source>Accesso al database {path} non riuscito: utente o password non validi, oppure il server non accetta connessioni da questo computer ({detail}).</source>
            <translation type="vanished">Could not log in to the database {path}: wrong user or password, or the server does not accept connections from this computer ({detail}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/errors.py" line="75" />
            <source>Il database {path} non esiste sul server. Chiedere all'ufficio informatico di crearlo (vedere «Database condiviso» nel README).</source>
            <translation>The database {path} does not exist on the server. Ask the IT office to create it (see “Shared database” in the README).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/server_database.py" line="172" />
            <source>Il database {path} è stato creato da una versione più recente di Exchange Desktop (schema {revision}). Aggiornare il programma; il database non è stato modificato.</source>
            <extracomment>The advisory lock every writing transaction takes ("EXCH" as a number, like the SQLite file's application id), so no other application's locks are mistaken for ours. How long a save waits for a colleague's save before the clerk is told the database is busy. The longest one statement may run, far more than any of the program's needs; past it the clerk is told the server did not answer in time. libpq's defaults where the URL does not set them: a dead server is noticed in about a minute (idle 30 s, then 3 probes 10 s apart; tcp_user_timeout for unacknowledged data). Connections one engine keeps; a window has two engines (writing, reading). How long a thread of the window waits for the other one's connection.</extracomment>
            <translation>The database {path} was created by a newer version of Exchange Desktop (schema {revision}). Update the program; the database was not changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/server_database.py" line="182" />
            <source>Il database {path} contiene già tabelle di un altro programma. Usare un database vuoto, creato per Exchange Desktop; non è stato modificato nulla.</source>
            <translation>The database {path} already holds tables of another program. Use an empty database created for Exchange Desktop; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_report_import.py" line="38" />
            <source>in lista d'attesa, quindi non sul foglio firme: non segnata (confermarne prima l'iscrizione con Promuovi, nella scheda Partecipanti)</source>
            <translation>on the waiting list, so not on the sign-in sheet: not marked (confirm the registration first with Promote, in the Participants tab)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_report_import.py" line="43" />
            <source>iscrizione annullata: non segnata</source>
            <translation>registration cancelled: not marked</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_report_import.py" line="44" />
            <source>non riconosciuta tra gli iscritti della sessione</source>
            <translation>not recognised among the session's participants</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_report_import.py" line="45" />
            <source>nel report senza orari di ingresso e di uscita: da segnare a mano</source>
            <translation>in the report without join and leave times: to be marked by hand</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_report_import.py" line="83" />
            <source>Nessuna presenza segnata: il report ha righe che non si possono segnare (in tutto {count}).</source>
            <extracomment>Confirmed people the report does not show: absent in the sittings it covers. Those whose marks made by hand the report changed (present by hand, absent by it).</extracomment>
            <translation>No attendance marked: the report has lines that cannot be marked ({count} in all).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_report_import.py" line="92" />
            <source>Prova, nulla è stato scritto: da segnare {count}.</source>
            <translation>Trial run, nothing written: {count} to mark.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_report_import.py" line="96" />
            <source>Presenze segnate: {count}. Non segnate: {left}.</source>
            <translation>Attendance marked: {count}. Not marked: {left}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_backup.py" line="129" />
            <source>Il ripristino sostituirebbe {what}. Nulla è stato modificato: per confermare, ripetere il comando con --yes.</source>
            <translation>The restore would replace {what}. Nothing was changed: to confirm, run the command again with --yes.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_conflicts.py" line="41" />
            <source>Nel frattempo la presenza di {person} è stata modificata da un altro utente: ora è mostrato quanto salvato. Ripetere la modifica se serve ancora.</source>
            <translation>Meanwhile the attendance of {person} was changed by another user: what was saved is shown now. Make the change again if it is still needed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_conflicts.py" line="50" />
            <source>Nel frattempo {author} ha modificato la presenza di {person} (alle {when}): ora è mostrato quanto salvato. Ripetere la modifica se serve ancora.</source>
            <translation>Meanwhile {author} changed the attendance of {person} (at {when}): what was saved is shown now. Make the change again if it is still needed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/storage/postgres/urls.py" line="39" />
            <source>L'indirizzo del database condiviso non è valido (non viene ripetuto perché può contenere la password). Forma attesa: postgresql://utente@server:5432/database?sslmode=verify-full</source>
            <extracomment>``?name=value&amp;name=value`` to the end: where libpq's parameters begin. host[:port][/database]: no ``@`` in either, so the last ``@`` ends the user part.</extracomment>
            <translation>The address of the shared database is not valid (it is not repeated because it may contain the password). Expected form: postgresql://user@server:5432/database?sslmode=verify-full</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="199" />
            <source>--sign vale solo per --kind attestato.</source>
            <translation>--sign applies only to --kind attestato.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/commands_messages.py" line="282" />
            <source>Manca la password del server di posta: salvarla in Preferenze o indicare --password-file.</source>
            <translation>The mail server's password is missing: save it in Preferences or give --password-file.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="36" />
            <source>Invito agli Enti</source>
            <translation>Invitation to the organisations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="37" />
            <source>Conferma d'iscrizione</source>
            <translation>Registration confirmed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="38" />
            <source>Lista d'attesa</source>
            <translation>Waiting list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="39" />
            <source>Posto disponibile</source>
            <translation>Seat available</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="40" />
            <source>Variazione di data o di orario</source>
            <translation>Change of date or time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="41" />
            <source>Promemoria</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="42" />
            <source>Invio dell'attestato</source>
            <translation>Certificate of attendance</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="43" />
            <source>Dopo la giornata</source>
            <translation>After the day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="79" />
            <source>«Gentile Anna Rossi» o «Spett.le Comune di …»</source>
            <extracomment>After this long a message still "sending" belongs to a batch that died: it is taken up. States that count as "already done" for the same kind, recipient and content. The placeholders a text may use, with what each holds (for the editor's help).</extracomment>
            <translation>“Gentile Anna Rossi” or “Spett.le Comune di …”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="80" />
            <source>«Dear Anna Rossi» o «Dear colleagues of …»</source>
            <translation>“Dear Anna Rossi” or “Dear colleagues of …”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="81" />
            <source>nome della persona (per un Ente: il referente)</source>
            <translation>the person's first name (for an organisation: its contact)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="82" />
            <source>cognome della persona</source>
            <translation>the person's surname</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="83" />
            <source>Ente della persona, o l'Ente invitato</source>
            <translation>the person's organisation, or the organisation invited</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="84" />
            <source>titolo della buona pratica</source>
            <translation>title of the good practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="85" />
            <source>Comune ospitante</source>
            <translation>host municipality</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="86" />
            <source>ufficio che organizza</source>
            <translation>organising office</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="87" />
            <source>referente, ufficio e Comune, uno per riga</source>
            <translation>contact person, office and municipality, one per line</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="88" />
            <source>data della sessione (lunedì 20 aprile 2026; in un testo in inglese, Monday 20 April 2026)</source>
            <translation>date of the session (lunedì 20 aprile 2026; in a text in English, Monday 20 April 2026)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="93" />
            <source>«dalle 9:30 alle 13:00» (in un testo in inglese, «from 9:30 to 13:00»)</source>
            <translation>«dalle 9:30 alle 13:00» (in a text in English, «from 9:30 to 13:00»)</translation>
        </message>
        <message>
            <source>data della sessione (lunedì 20 aprile 2026)</source>
            <translation type="vanished">date of the session (lunedì 20 aprile 2026)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="92" />
            <source>date proposte della sessione</source>
            <translation>proposed dates of the session</translation>
        </message>
        <message>
            <source>«dalle 9:30 alle 13:00»</source>
            <translation type="vanished">“dalle 9:30 alle 13:00”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="96" />
            <source>sede e sala (in presenza)</source>
            <translation>venue and room (in person)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="97" />
            <source>collegamento del webinar</source>
            <translation>webinar link</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="98" />
            <source>«presso …» o «in modalità webinar»</source>
            <translation>“presso …” or “in modalità webinar”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="99" />
            <source>«Luogo: …» o «Collegamento: …»</source>
            <translation>“Luogo: …” or “Collegamento: …”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="100" />
            <source>posizione in lista d'attesa</source>
            <translation>position on the waiting list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="101" />
            <source>posti della sessione</source>
            <translation>seats of the session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="102" />
            <source>ore di presenza (attestato)</source>
            <translation>hours attended (certificate)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="103" />
            <source>che cosa è cambiato (nuova data, annullamento)</source>
            <translation>what changed (new date, cancellation)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="201" />
            <source>Il testo contiene una parentesi graffa senza la sua compagna ({error}): scrivere i segnaposto come {{nome}}.</source>
            <extracomment>Longest text of a message the program accepts (subject and body are checked apart).</extracomment>
            <translation>The text has a curly brace without its partner ({error}): write placeholders as {{nome}}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="224" />
            <source>Segnaposto sconosciuto «{field}» nel messaggio «{kind}» (destinatario: {person}). Quelli disponibili sono: {known}.</source>
            <translation>Unknown placeholder “{field}” in the message “{kind}” (recipient: {person}). The available ones are: {known}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="235" />
            <source>Segnaposto sconosciuto «{field}» nel messaggio «{kind}». Quelli disponibili sono: {known}.</source>
            <translation>Unknown placeholder “{field}” in the message “{kind}”. The available ones are: {known}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/messages.py" line="263" />
            <source>Il segnaposto «{field}» del messaggio «{kind}» è vuoto per {person}: completare il dato, o togliere il segnaposto dal testo.</source>
            <translation>The placeholder “{field}” of the message “{kind}” is empty for {person}: complete the data, or remove the placeholder from the text.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/batch.py" line="105" />
            <source>Manca l'indirizzo del mittente: indicarlo in File → Preferenze (Messaggi) o nel referente della pratica.</source>
            <extracomment>queued here, but claimed by another batch before this one could send them</extracomment>
            <translation>The sender's address is missing: set it in File → Preferences (Messages) or as the practice's contact person.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/batch.py" line="190" />
            <source>Nessun destinatario: nessuna prova da inviare.</source>
            <translation>No recipients: no test to send.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/batch.py" line="206" />
            <source>{path} non è una cartella: indicare la cartella delle bozze.</source>
            <translation>{path} is not a folder: give the folder of the drafts.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/recipients.py" line="80" />
            <source>Destinatari non validi: «{value}». Indicare confirmed, waiting, present, qualified oppure i numeri dei partecipanti separati da virgole (12,15).</source>
            <extracomment>The named groups of ``--to``. Who each kind goes to when the clerk names nobody.</extracomment>
            <translation>Invalid recipients: “{value}”. Give confirmed, waiting, present, qualified or participant numbers separated by commas (12,15).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/recipients.py" line="220" />
            <source>L'invito va agli Enti dell'elenco condiviso: non si indicano i destinatari (--to).</source>
            <extracomment>the Enti a change concerns, as *Persone da informare* lists them</extracomment>
            <translation>The invitation goes to the organisations of the shared list: no recipients are given (--to).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/recipients.py" line="229" />
            <source>La sessione n. {id} non ha ancora una data confermata: confermarla nella scheda Date prima di inviare «{kind}».</source>
            <translation>Session no. {id} has no confirmed date yet: confirm it in the Dates tab before sending “{kind}”.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/recipients.py" line="243" />
            <source>Il partecipante n. {id} non è iscritto alla sessione n. {session}.</source>
            <translation>Participant no. {id} is not registered for session no. {session}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/smtp.py" line="96" />
            <source>Nessun server di posta: indicarlo in File → Preferenze (Messaggi) o con --smtp.</source>
            <translation>No mail server: set it in File → Preferences (Messages) or give --smtp.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/smtp.py" line="119" />
            <source>Indirizzo del server di posta non valido: «{url}». Scrivere per esempio smtp+starttls://utente@posta.comune.example.it:587 oppure smtps://utente@pec.example.it:465.</source>
            <translation>Invalid mail server address: “{url}”. Write for example smtp+starttls://user@mail.comune.example.it:587 or smtps://user@pec.example.it:465.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/smtp.py" line="138" />
            <source>Impossibile leggere il certificato dell'autorità {path}: {error}</source>
            <translation>Cannot read the certificate authority {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/smtp.py" line="153" />
            <source>Il server di posta {host}:{port} non risponde o ha chiuso la connessione ({error}). I messaggi non ancora inviati restano in attesa: riprovare più tardi.</source>
            <translation>The mail server {host}:{port} does not answer or closed the connection ({error}). The messages not yet sent stay pending: try again later.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/smtp.py" line="223" />
            <source>Il server di posta {host} ha rifiutato l'accesso dell'utente {user}: controllare nome utente e password. Nessun messaggio è stato inviato.</source>
            <translation>The mail server {host} refused the login of the user {user}: check user name and password. No message was sent.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/smtp.py" line="238" />
            <source>Il server di posta {host} non offre la connessione cifrata o l'accesso con password richiesti ({error}).</source>
            <translation>The mail server {host} does not offer the encrypted connection or the password login required ({error}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/smtp.py" line="252" />
            <source>Il certificato del server di posta {host} non è valido o non è riconosciuto ({error}).</source>
            <translation>The certificate of the mail server {host} is not valid or not recognised ({error}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/smtp.py" line="316" />
            <source>Il server di posta ha rifiutato l'indirizzo {address}: {reason}</source>
            <translation>The mail server refused the address {address}: {reason}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/templates.py" line="55" />
            <source>L'oggetto del messaggio non può essere vuoto.</source>
            <translation>The subject of the message cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/messaging/templates.py" line="62" />
            <source>Testo troppo lungo: l'oggetto può avere al massimo {subject} caratteri, il testo {body}.</source>
            <translation>Text too long: the subject may have at most {subject} characters, the text {body}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/timetable.py" line="120" />
            <source>«{item}» ({start}–{end}) è fuori dall'orario della sessione ({day_start}–{day_end}).</source>
            <extracomment>A pause this long ends a sitting (a lunch break, typically).</extracomment>
            <translation>«{item}» ({start}–{end}) is outside the session's times ({day_start}–{day_end}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/timetable.py" line="144" />
            <source>«{item}» non ha orario e non c'è tempo per collocarlo tra «{before}» (fino alle {end}) e «{after}» (dalle {start}).</source>
            <translation>«{item}» has no times and there is no time to place it between «{before}» (until {end}) and «{after}» (from {start}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_days.py" line="44" />
            <source>La sessione n. {id} ha presenze registrate per {recorded}: prima di fissarla per {new} scegliere se tenere le presenze per il nuovo giorno o cancellarle.</source>
            <translation>Session no. {id} has attendance recorded for {recorded}: before setting it for {new}, choose whether to keep the attendance for the new day or delete it.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/attendance_days.py" line="157" />
            <source>Impossibile preparare {document}: le presenze della sessione n. {id} sono registrate per {recorded}, ma la sessione si tiene {days}. Confermare di nuovo la data scegliendo se tenere le presenze per il nuovo giorno o cancellarle.</source>
            <extracomment>Nothing to settle: no presences, or all of them on the new days already.</extracomment>
            <translation>Cannot prepare {document}: the attendance of session no. {id} is recorded for {recorded}, but the session is held on {days}. Confirm the date again, choosing whether to keep the attendance for the new day or delete it.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/timetable_check.py" line="24" />
            <source>Impossibile preparare {document}: l'orario della giornata non torna. {first} Correggere il programma o l'orario della sessione (scheda Date), oppure confermarlo così com'è.</source>
            <translation>Cannot prepare {document}: the day's timetable does not add up. {first} Correct the programme or the session's times (Dates tab), or confirm it as it is.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/certificate_signer.py" line="30" />
            <source>Il certificato di firma è di {certificate}, ma gli attestati riportano come firmatario {printed}: firmare solo con il certificato di chi è indicato come firmatario, oppure stampare come firmatario il nome del certificato.</source>
            <translation>The signing certificate belongs to {certificate}, but the certificates of attendance name {printed} as the signer: sign only with the certificate of the person named as signer, or print the certificate's name as the signer.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/certificate_signer.py" line="79" />
            <source>Gli attestati non possono essere preparati senza il nome del firmatario: indicarlo nella scheda Pratica («Firmatario degli attestati») o, per tutte le pratiche, in File → Preferenze (dalla riga di comando: --signer-name).</source>
            <translation>The certificates of attendance cannot be prepared without the signer's name: enter it in the Practice tab («Firmatario degli attestati») or, for all practices, in File → Preferences (from the command line: --signer-name).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/certificate_signer.py" line="90" />
            <source>Manca la qualifica del firmatario ({name}) degli attestati: indicarla nella scheda Pratica o in File → Preferenze (dalla riga di comando: --signer-title).</source>
            <translation>The job title of the signer ({name}) of the certificates of attendance is missing: enter it in the Practice tab or in File → Preferences (from the command line: --signer-title).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/webinar_register.py" line="58" />
            <source>il registro del webinar</source>
            <translation>the webinar register</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/webinar_register.py" line="168" />
            <source>La sessione n. {id} si tiene in presenza: il suo registro è il foglio firme, non il registro del webinar.</source>
            <translation>Session no. {id} is held in person: its register is the sign-in sheet, not the webinar register.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/webinar_register.py" line="180" />
            <source>Per la sessione n. {id} non è stato importato nessun report delle presenze: importarlo prima (Partecipanti → Presenze dal webinar, o import-attendance).</source>
            <translation>No attendance report has been imported for session no. {id}: import one first (Participants → Webinar attendance, or import-attendance).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/documents/webinar_register.py" line="198" />
            <source>Per le giornate della sessione n. {id} ({days}) non è stato importato nessun report delle presenze: importarlo prima (Partecipanti → Presenze dal webinar, o import-attendance).</source>
            <translation>No attendance report has been imported for the days of session no. {id} ({days}): import one first (Participants → Webinar attendance, or import-attendance).</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="90" />
            <source>Ente aderente</source>
            <translation>Participating organisation</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="33" />
            <source>Nome</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="34" />
            <source>Tipo</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="35" />
            <source>PEC</source>
            <translation>PEC</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="36" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="37" />
            <source>Referente</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="38" />
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="119" />
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="125" />
            <source>Enti aderenti</source>
            <translation>Participating organisations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="135" />
            <source>&amp;Nuovo…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="136" />
            <source>&amp;Modifica…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="137" />
            <source>&amp;Elimina…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="190" />
            <source>Elimina Ente</source>
            <translation>Delete organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/organisations_dialog.py" line="191" />
            <source>Eliminare «{name}» dall'elenco?</source>
            <translation>Remove “{name}” from the list?</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="68" />
            <source>&amp;Cognome *</source>
            <extracomment>Saves the participant; raises ValidationError (shown beside the fields) or DomainError.</extracomment>
            <translation>&amp;Surname *</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="69" />
            <source>&amp;Nome *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="73" />
            <source>Nuovo &amp;Ente…</source>
            <translation>New &amp;organisation…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="79" />
            <source>Ent&amp;e</source>
            <translation>Or&amp;ganisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="83" />
            <source>Altro</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="85" />
            <source>&amp;Ruolo</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="86" />
            <source>E&amp;mail</source>
            <translation>E&amp;mail</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="87" />
            <source>&amp;Telefono</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="89" />
            <source>Codice &amp;fiscale</source>
            <translation>&amp;Tax code</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="91" />
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="93" />
            <source>Usi facoltativi</source>
            <translation>Optional uses</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="101" />
            <source>* campi obbligatori</source>
            <translation>* required fields</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="109" />
            <source>Consenso privacy (informativa del modulo), dato il</source>
            <translation>Privacy consent (the form's notice), given on</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="113" />
            <source>Il consenso dato sul modulo di iscrizione. Non serve per l'iscrizione, il registro presenze e l'attestato: quei dati sono trattati per un compito di interesse pubblico (art. 6, par. 1, lett. e) GDPR), anche senza consenso.</source>
            <translation>The consent given on the sign-up form. It is not needed for registration, the attendance register or the certificate: those data are processed for a task carried out in the public interest (Art. 6(1)(e) GDPR), even without consent.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="138" />
            <source>Iscrizione, registro presenze e attestato non dipendono dai consensi.</source>
            <translation>Registration, attendance register and certificate do not depend on the consents.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="153" />
            <source>Pubblicazione di f&amp;oto e video della giornata</source>
            <translation>P&amp;hotos and videos of the day published</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="155" />
            <source>Consenso a foto e video della giornata</source>
            <translation>Consent to photos and videos of the day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="156" />
            <source>Essere r&amp;icontattato per futuri scambi</source>
            <translation>Be &amp;contacted again for future exchanges</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="159" />
            <source>Consenso a essere ricontattato per futuri scambi</source>
            <translation>Consent to be contacted again for future exchanges</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="248" />
            <source>«{name}» è già nell'elenco degli Enti: è stato scelto quello.</source>
            <translation>«{name}» is already in the list of organisations: it has been chosen.</translation>
        </message>
        <message>
            <source>Consenso per gli usi facoltativi (foto, mailing list), dato il</source>
            <translation type="vanished">Consent to the optional uses (photos, mailing list), given on</translation>
        </message>
        <message>
            <source>Il consenso serve solo per gli usi facoltativi, come le foto dell'evento e l'invio di comunicazioni (mailing list). Non serve per l'iscrizione, il registro presenze e l'attestato: quei dati sono trattati per un compito di interesse pubblico (art. 6, par. 1, lett. e) GDPR), anche senza consenso.</source>
            <translation type="vanished">Consent is needed only for the optional uses, such as photos of the event and sending communications (mailing list). It is not needed for registration, the attendance register and the certificate: those data are processed for a task carried out in the public interest (GDPR art. 6(1)(e)), even without consent.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="121" />
            <source>Data del consenso</source>
            <translation>Consent date</translation>
        </message>
        <message>
            <source>Solo per foto e mailing list: iscrizione, registro presenze e attestato non dipendono dal consenso.</source>
            <translation type="vanished">Only for photos and the mailing list: registration, the attendance register and the certificate do not depend on consent.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="299" />
            <source>Un errore. {list}</source>
            <translation>One error. {list}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="301" />
            <source>{count} errori. {list}</source>
            <translation>{count} errors. {list}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="313" />
            <source>Scartare i dati inseriti?</source>
            <translation>Discard the data entered?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="314" />
            <source>I dati scritti in questa scheda non sono stati salvati. Chiuderla comunque?</source>
            <translation>The data typed in this form have not been saved. Close it anyway?</translation>
        </message>
        <message>
            <source>Ha dato il consenso al trattamento dei dati, il</source>
            <translation type="vanished">Gave consent to data processing on</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="216" />
            <source>— nessun Ente —</source>
            <translation>— no organisation —</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="223" />
            <source>Nuovo Ente aderente</source>
            <translation>New participating organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/participant_dialog.py" line="223" />
            <source>Nome dell'Ente (es. Comune di Lissone):</source>
            <translation>Name of the organisation (e.g. Comune di Lissone):</translation>
        </message>
    </context>
    <context>
        <name>ParticipantImport</name>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="24" />
            <source>Cognome</source>
            <extracomment>Every field a column can be mapped to: the participant's, then the whole name in one column (three ways), the consents (privacy, photos and videos, future contacts) and the time of sign-up. The clerk's name of each field (marked for translation in the ``ParticipantImport`` context).</extracomment>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="25" />
            <source>Nome</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="26" />
            <source>Ente</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="27" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="28" />
            <source>Ruolo</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="29" />
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="30" />
            <source>Codice fiscale</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="31" />
            <source>Data del consenso</source>
            <translation>Consent date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="32" />
            <source>Cognome e nome</source>
            <translation>Surname and name</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="33" />
            <source>Nome e cognome</source>
            <translation>Name and surname</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="34" />
            <source>Nominativo (ordine dal contenuto)</source>
            <translation>Full name (order from the content)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="35" />
            <source>Consenso privacy</source>
            <translation>Privacy consent</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="36" />
            <source>Consenso foto e video</source>
            <translation>Consent to photos and videos</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="37" />
            <source>Consenso a essere ricontattato</source>
            <translation>Consent to be contacted again</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_mapping.py" line="38" />
            <source>Data e ora di iscrizione</source>
            <translation>Sign-up date and time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/participant_import.py" line="66" />
            <source>Nascosta nel file: non viene importata se non la si spunta.</source>
            <extracomment>The fields that hold the whole name in one column (split into surname and name). A totals row or a count: left out, never an error that stops the import. Someone whose registration to the session was cancelled: left out unless chosen. A row hidden or filtered out in the workbook: left out unless chosen.</extracomment>
            <translation>Hidden in the file: not imported unless ticked.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/participant_import.py" line="136" />
            <source>Mancano il cognome e il nome.</source>
            <extracomment>Hidden in the workbook (whether or not the clerk chose to import it). Surname and name came from one column: the preview lets the clerk correct them. Rows that are not people (row number, reason): never imported. People cancelled before and left out (row number, person). Of ``imported``, the people cancelled before and signed up again. Rows hidden in the workbook and left out (row number, reason). Warnings on rows imported (row number, note): a split name, a mistyped domain… For a person cancelled before: who they are on file, to sign up again if chosen.</extracomment>
            <translation>Surname and name are missing.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/participant_import.py" line="138" />
            <source>Manca il cognome.</source>
            <translation>Surname is missing.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/participant_import.py" line="140" />
            <source>Manca il nome.</source>
            <translation>Name is missing.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_duplicates.py" line="60" />
            <source>stessa email</source>
            <translation>same email</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_duplicates.py" line="61" />
            <source>stessi cognome, nome ed Ente</source>
            <translation>same surname, name and organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_duplicates.py" line="75" />
            <source>Già nell'elenco della sessione: {person} ({why}).</source>
            <translation>Already in the session's list: {person} ({why}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_duplicates.py" line="85" />
            <source>Ripete la riga {row} del file ({why}).</source>
            <translation>Repeats row {row} of the file ({why}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_duplicates.py" line="96" />
            <source>Annullato in precedenza: {person} ({why}); non viene iscritto di nuovo se non lo si sceglie.</source>
            <translation>Previously cancelled: {person} ({why}); they are not registered again unless you select them.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_messages.py" line="35" />
            <source>{field}: {problem}</source>
            <extracomment>How many row errors the refusal message spells out (the rest are counted).</extracomment>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_messages.py" line="47" />
            <source>Riga {row}: {reason}</source>
            <translation>Row {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_messages.py" line="55" />
            <source>(e un'altra riga)</source>
            <translation>(and one more row)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_messages.py" line="60" />
            <source>(e altre {count} righe)</source>
            <translation>(and {count} more rows)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/row_labels.py" line="19" />
            <source>Non è una persona: è una riga di totale.</source>
            <extracomment>The first word of a totals label, as :func:`header_key` gives it ("Tot." is "tot").</extracomment>
            <translation>Not a person: it is a totals row.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/imports/row_labels.py" line="20" />
            <source>Non è una persona: al posto del nome ci sono solo cifre.</source>
            <translation>Not a person: there are only digits instead of the name.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_values.py" line="156" />
            <source>«{whole}» letto come cognome «{surname}» e nome «{name}»: controllare.</source>
            <extracomment>Mail domains typed wrong often enough to be worth a warning, and what was meant. Endings of a domain that no real address has: ".con" for ".com", ".itt" for ".it". The optional-use consents (photos and videos, future contacts); None: not asked. True when surname and name came from one column (the preview lets them be edited).</extracomment>
            <translation>“{whole}” read as surname “{surname}” and name “{name}”: please check.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_values.py" line="173" />
            <source>Email: il dominio «{domain}» sembra scritto male (forse «{meant}»?); importata così com'è.</source>
            <translation>Email: the domain “{domain}” looks mistyped (perhaps “{meant}”?); imported as it is.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_values.py" line="187" />
            <location filename="../../exchange_desktop/services/importing/import_values.py" line="223" />
            <source>Sì</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_values.py" line="188" />
            <location filename="../../exchange_desktop/services/importing/import_values.py" line="225" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_values.py" line="194" />
            <source>Consenso: la risposta «{answer}» non dice né sì né no; registrato come non dato.</source>
            <translation>Consent: the answer “{answer}” says neither yes nor no; recorded as not given.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_values.py" line="212" />
            <source>{question}: la risposta «{answer}» non dice né sì né no; registrato come non indicato.</source>
            <translation>{question}: the answer «{answer}» says neither yes nor no; recorded as not stated.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/importing/import_values.py" line="236" />
            <source>Data e ora di iscrizione «{value}» non leggibile: vale l'ora dell'importazione.</source>
            <translation>Sign-up date and time “{value}” cannot be read: the time of the import is used.</translation>
        </message>
    </context>
    <context>
        <name>PeopleToInformDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/people_to_inform_dialog.py" line="37" />
            <source> — senza email</source>
            <translation> — no email</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/people_to_inform_dialog.py" line="44" />
            <source>Data spostata: chi avvisare</source>
            <translation>Date moved: whom to inform</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/people_to_inform_dialog.py" line="46" />
            <source>nessuna data confermata</source>
            <translation>no confirmed date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/people_to_inform_dialog.py" line="48" />
            <source>La sessione è stata spostata da {old} a {new}.</source>
            <translation>The session has been moved from {old} to {new}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/people_to_inform_dialog.py" line="53" />
            <source>Partecipanti:</source>
            <translation>Participants:</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/people_to_inform_dialog.py" line="55" />
            <source>  nessun iscritto</source>
            <translation>  no registrations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/people_to_inform_dialog.py" line="57" />
            <source>Enti:</source>
            <translation>Organisations:</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/people_to_inform_dialog.py" line="59" />
            <source>  nessun Ente</source>
            <translation>  no organisations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/people_to_inform_dialog.py" line="65" />
            <source>&amp;Copia gli indirizzi email</source>
            <translation>&amp;Copy the email addresses</translation>
        </message>
    </context>
    <context>
        <name>PracticeListPanel</name>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_list.py" line="100" />
            <source>Pratic&amp;he</source>
            <translation>Practice&amp;s</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_list.py" line="111" />
            <source>Nuova</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_list.py" line="112" />
            <source>Nuova pratica vuota</source>
            <translation>New empty practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_list.py" line="117" />
            <source>Duplica</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_list.py" line="118" />
            <source>Copia la pratica selezionata con il programma, per riutilizzarla</source>
            <translation>Copy the selected practice with its programme, to reuse it</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_list.py" line="123" />
            <source>Elimina…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_list.py" line="124" />
            <source>Elimina la pratica selezionata (chiede conferma)</source>
            <translation>Delete the selected practice (asks for confirmation)</translation>
        </message>
    </context>
    <context>
        <name>PracticeTab</name>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="70" />
            <source>Chi propone lo scambio</source>
            <extracomment>Wider lines are hard to read; the form follows the paper one, top to bottom.</extracomment>
            <translation>Who proposes the exchange</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="73" />
            <source>&amp;Comune ospitante</source>
            <translation>Host m&amp;unicipality</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="75" />
            <source>Comune ospitante</source>
            <translation>Host municipality</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="79" />
            <source>Area / &amp;Settore</source>
            <translation>Area / Se&amp;ctor</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="81" />
            <source>Area / Settore</source>
            <translation>Area / Sector</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="85" />
            <source>Ufficio / Ser&amp;vizio</source>
            <translation>Office / Ser&amp;vice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="87" />
            <source>Ufficio / Servizio</source>
            <translation>Office / Service</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="92" />
            <source>Descrizione della pratica</source>
            <translation>Description of the practice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="95" />
            <source>&amp;Titolo *</source>
            <translation>&amp;Title *</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="97" />
            <source>Titolo</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="101" />
            <source>Descri&amp;zione</source>
            <translation>Descriptio&amp;n</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="103" />
            <source>Descrizione</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="107" />
            <source>O&amp;biettivo dello scambio</source>
            <translation>&amp;Aim of the exchange</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="109" />
            <source>Obiettivo dello scambio</source>
            <translation>Aim of the exchange</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="114" />
            <source>Modalità dello scambio</source>
            <translation>Exchange format</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="117" />
            <source>Modalità</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="120" />
            <source>Workshop in presenza</source>
            <translation>In-person workshop</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="121" />
            <source>Webinar sincrono</source>
            <translation>Live webinar</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="122" />
            <source>Workshop in presenza o webinar sincrono</source>
            <translation>In-person workshop or live webinar</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="125" />
            <source>Modalità del trasferimento</source>
            <translation>How the practice is transferred</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="128" />
            <source>&amp;Introduzione al programma</source>
            <translation>&amp;Introduction to the programme</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="130" />
            <source>Introduzione al programma</source>
            <translation>Introduction to the programme</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="134" />
            <source>Partecipanti per sessione (ma&amp;x)</source>
            <translation>Participants per sessi&amp;on (max)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="138" />
            <source>Partecipanti per sessione</source>
            <translation>Participants per session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="143" />
            <source>Profili professionali</source>
            <translation>Professional profiles</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="144" />
            <source>Uno per riga, ad esempio: Personale amministrativo</source>
            <translation>One per line, for example: Administrative staff</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="146" />
            <source>Pr&amp;ofili professionali
(uno per riga)</source>
            <translation>Professiona&amp;l profiles
(one per line)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="150" />
            <source>D&amp;urata (giornate)</source>
            <translation>Duration (da&amp;ys)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="152" />
            <source>Durata</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="157" />
            <source>Date disponibili</source>
            <translation>Available dates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="162" />
            <source>Date proposte</source>
            <translation>Proposed dates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="165" />
            <source>&amp;Nota sulle date</source>
            <translation>Note a&amp;bout the dates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="167" />
            <source>Nota sulle date</source>
            <translation>Note about the dates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="171" />
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="173" />
            <source>Santo patrono</source>
            <translation>Patron saint</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="177" />
            <source>Festa patronale (gg/mm)</source>
            <translation>Patron saint's day (dd/mm)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="179" />
            <source>Festa patronale</source>
            <translation>Patron saint's day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="184" />
            <source>Referente per gli Enti aderenti</source>
            <translation>Contact person for participating organisations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="187" />
            <source>Nome e cognome</source>
            <translation>Name and surname</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="189" />
            <source>Referente</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="193" />
            <source>Emai&amp;l</source>
            <translation>E&amp;mail</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="196" />
            <source>Email del referente</source>
            <translation>Contact person's email</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="196" />
            <source>nome.cognome@comune.it</source>
            <translation>name.surname@comune.it</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="201" />
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="203" />
            <source>Telefono del referente</source>
            <translation>Contact person's phone</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="210" />
            <source>Attestati e informativa privacy</source>
            <translation>Certificates and privacy notice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="213" />
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="217" />
            <source>Firmatario degli attestati</source>
            <translation>Certificate signer</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="218" />
            <source>vuoto: quello delle Preferenze</source>
            <translation>empty: the one in Preferences</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="223" />
            <source>&amp;Qualifica del firmatario</source>
            <translation>Si&amp;gner's title</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="227" />
            <source>Qualifica del firmatario</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="228" />
            <source>ad esempio: Dirigente del Settore Partecipazione</source>
            <translation>for example: Head of the Participation Department</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="232" />
            <source>Presenza minima per l'attestato</source>
            <translation>Minimum attendance for the certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="235" />
            <source>0: l'attestato spetta a chiunque sia presente</source>
            <translation>0: everyone present receives the certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="237" />
            <source>Presenza minima per l'attestato (%)</source>
            <translation>Minimum attendance for the certificate (%)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="243" />
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="246" />
            <source>Stemma</source>
            <translation>Coat of arms</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="252" />
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="253" />
            <source>Titolare del trattamento</source>
            <translation>Data controller</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="254" />
            <source>vuoto: il Comune ospitante</source>
            <translation>empty: the host municipality</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="258" />
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="259" />
            <source>Contatto del DPO/RPD</source>
            <translation>DPO/RPD contact</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="264" />
            <source>Informativa completa (dove leggerla)</source>
            <translation>Full privacy notice (where to read it)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="265" />
            <source>Informativa completa</source>
            <translation>Full privacy notice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="338" />
            <source>Nessuna data proposta.</source>
            <translation>No proposed dates.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="340" />
            <source>In alternativa (O): {dates}.</source>
            <translation>Alternatives (O): {dates}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="341" />
            <source>o</source>
            <translation>or</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="344" />
            <source>Più sessioni (E): {dates}.</source>
            <translation>Several sessions (E): {dates}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="345" />
            <source>e</source>
            <translation>and</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/practice/practice_tab.py" line="348" />
            <source>Le date si gestiscono nella scheda Date.</source>
            <translation>Dates are managed in the Dates tab.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="32" />
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="100" />
            <source>Preferenze</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="44" />
            <source>ad esempio: Dott.ssa Maria Bianchi</source>
            <translation>for example: Dr Maria Bianchi</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="47" />
            <source>ad esempio: Dirigente del Settore</source>
            <translation>for example: Head of Department</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="49" />
            <source>&amp;Lingua dell'interfaccia</source>
            <translation>Interface &amp;language</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="52" />
            <source>La nuova lingua vale dal prossimo avvio. I documenti (PDF, Excel, calendario) restano in italiano.</source>
            <translation>The new language applies from the next start. Documents (PDF, Excel, calendar) stay in Italian.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="65" />
            <source>&amp;Firmatario degli attestati</source>
            <translation>Certificate &amp;signer</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="66" />
            <source>&amp;Qualifica del firmatario</source>
            <translation>Signer's &amp;title</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="69" />
            <source>Valgono per le pratiche che non indicano un firmatario proprio (scheda Pratica).</source>
            <translation>They apply to practices that do not specify their own signer (Practice tab).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="101" />
            <source>Riavviare Exchange Desktop per usare la lingua scelta.</source>
            <translation>Restart Exchange Desktop to use the chosen language.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/preferences_dialog.py" line="108" />
            <source>P&amp;referenze…</source>
            <translation>P&amp;references…</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeItemEditor</name>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="17" />
            <source>Voce selezionata</source>
            <translation>Selected item</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="23" />
            <source>Tip&amp;o</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="27" />
            <source>Tipo</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="30" />
            <source>Argomento (numerato)</source>
            <translation>Topic (numbered)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="31" />
            <source>Pausa (non numerata)</source>
            <translation>Break (not numbered)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="36" />
            <source>&amp;Titolo *</source>
            <translation>T&amp;itle *</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="36" />
            <source>Titolo</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="38" />
            <source>Te&amp;sto</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="38" />
            <source>Testo</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="41" />
            <source>Orario</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="42" />
            <source>dalle</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="43" />
            <source>alle</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="44" />
            <source>Ora di inizio</source>
            <translation>Start time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="44" />
            <source>Ora di fine</source>
            <translation>End time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="46" />
            <source>Orario facoltativo, ad esempio 09:30; vuoto = senza orario.</source>
            <translation>Optional time, for example 09:30; empty = no time.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="53" />
            <source>Relator&amp;i</source>
            <translation>Spea&amp;kers</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="55" />
            <source>Relatori</source>
            <translation>Speakers</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_item_editor.py" line="55" />
            <source>Nome Cognome, ruolo</source>
            <translation>Name Surname, role</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeModel</name>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_model.py" line="28" />
            <source>N.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_model.py" line="29" />
            <source>Titolo</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_model.py" line="30" />
            <source>Testo</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_model.py" line="31" />
            <source>Orario</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_model.py" line="32" />
            <source>Relatori</source>
            <translation>Speakers</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeSummary</name>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="42" />
            <source>voce {n}</source>
            <translation>item {n}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="44" />
            <source>pausa «{title}»</source>
            <translation>break “{title}”</translation>
        </message>
        <message>
            <source>Totale: {duration} ({start}–{end})</source>
            <translation type="vanished">Total: {duration} ({start}–{end})</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="60" />
            <source>Formazione: {duration} · pause: {pauses} ({start}–{end})</source>
            <translation>Training: {duration} · breaks: {pauses} ({start}–{end})</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="67" />
            <source>Totale: nessun orario indicato</source>
            <translation>Total: no times given</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="70" />
            <source>1 argomento</source>
            <translation>1 topic</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="70" />
            <source>{n} argomenti</source>
            <translation>{n} topics</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="71" />
            <source>1 pausa</source>
            <translation>1 break</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="71" />
            <source>{n} pause</source>
            <translation>{n} breaks</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="75" />
            <source>Orari sovrapposti: {a} e {b}.</source>
            <translation>Overlapping times: {a} and {b}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_summary.py" line="81" />
            <source>Intervallo senza attività: {start}–{end}.</source>
            <translation>Gap with no activity: {start}–{end}.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeTab</name>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="138" />
            <source>Aggiungi argomento</source>
            <translation>Add topic</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="139" />
            <source>Nuovo argomento numerato</source>
            <translation>New numbered topic</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="145" />
            <source>Aggiungi pausa</source>
            <translation>Add break</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="146" />
            <source>Pausa non numerata, ad esempio «Pausa pranzo»</source>
            <translation>Break not numbered, for example “Lunch break”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="152" />
            <source>Duplica</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="153" />
            <source>Copia la voce selezionata</source>
            <translation>Copy the selected item</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="159" />
            <source>Elimina…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Elimina la voce selezionata (Canc)</source>
            <translation type="vanished">Delete the selected item (Del)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="111" />
            <source>Programma della giornata</source>
            <translation>Programme of the day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="160" />
            <source>Elimina la voce selezionata</source>
            <translation>Delete the selected item</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="166" />
            <source>Sposta su</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="167" />
            <source>Sposta la voce in alto (Alt+Su)</source>
            <translation>Move the item up (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="173" />
            <source>Sposta giù</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="174" />
            <source>Sposta la voce in basso (Alt+Giù)</source>
            <translation>Move the item down (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="348" />
            <source>Nuovo argomento</source>
            <translation>New topic</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="348" />
            <source>aggiunta di un argomento</source>
            <translation>adding a topic</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="353" />
            <source>Pausa</source>
            <translation>Break</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="354" />
            <source>aggiunta di una pausa</source>
            <translation>adding a break</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="362" />
            <source>duplicazione di «{title}»</source>
            <translation>duplicating “{title}”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="371" />
            <source>Elimina voce</source>
            <translation>Delete item</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="372" />
            <source>Eliminare «{title}» dal programma?</source>
            <translation>Delete “{title}” from the programme?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="378" />
            <source>eliminazione di «{title}»</source>
            <translation>deleting “{title}”</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/programme/programme_tab.py" line="400" />
            <source>spostamento di «{title}»</source>
            <translation>moving “{title}”</translation>
        </message>
    </context>
    <context>
        <name>RegistrationActions</name>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="64" />
            <source>Possibile doppione</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="65" />
            <source>Nella sessione c'è già:
{existing}

Salvare comunque?</source>
            <translation>The session already has:
{existing}

Save anyway?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="74" />
            <source>In quale sessione iscrivere la persona?</source>
            <translation>Which session should the person be registered for?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="87" />
            <source>Lista d'attesa</source>
            <translation>Waiting list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="91" />
            <source>Nuovo partecipante</source>
            <translation>New participant</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="121" />
            <source>Modifica partecipante</source>
            <translation>Edit participant</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="127" />
            <source>Annulla iscrizione</source>
            <translation>Cancel registration</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="128" />
            <source>Annullare l'iscrizione di {name}?</source>
            <translation>Cancel the registration of {name}?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="141" />
            <source>Posto assegnato</source>
            <translation>Seat assigned</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="154" />
            <source>In quale sessione spostare la persona?</source>
            <translation>Which session should the person be moved to?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="164" />
            <source>Elimina iscrizione</source>
            <translation>Delete registration</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="165" />
            <source>Eliminare {name} dall'elenco? L'operazione non si può annullare.</source>
            <translation>Delete {name} from the list? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="179" />
            <source>Cancella dati personali</source>
            <translation>Erase personal data</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="181" />
            <source>Cancellare i dati personali di {name} (diritto all'oblio)? Nome, email, telefono e codice fiscale vengono eliminati; restano solo i conteggi. L'operazione non si può annullare.</source>
            <translation>Erase the personal data of {name} (right to be forgotten)? Name, email, phone and tax code are deleted; only the counts remain. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="192" />
            <source>Quale sessione segnare come presente?</source>
            <translation>For which session should attendance be recorded?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="208" />
            <source>Presenza</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="209" />
            <source>Solo chi ha un posto confermato può essere segnato presente.</source>
            <translation>Only people with a confirmed seat can be marked present.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="245" />
            <source>Di quale sessione?</source>
            <translation>Which session?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="266" />
            <source>Persona in lista d'attesa</source>
            <translation>Person on the waiting list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/registration_actions.py" line="268" />
            <source>{name} è in lista d'attesa e non compare sul foglio firme: può essere segnata presente solo con un posto confermato.

Confermare ora l'iscrizione (Promuovi)?</source>
            <translation>{name} is on the waiting list and does not appear on the sign-in sheet: they can only be marked present with a confirmed seat.

Confirm the registration now (Promote)?</translation>
        </message>
    </context>
    <context>
        <name>RosterColumnsDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="27" />
            <source>N.</source>
            <extracomment>The columns as the dialog names them in the interface language; the workbook's own headings are Italian (see services/roster_columns.py) whatever the language.</extracomment>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="28" />
            <source>Cognome</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="29" />
            <source>Nome</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="30" />
            <source>Ente</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="31" />
            <source>Ruolo</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="32" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="33" />
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="34" />
            <source>Codice fiscale</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="35" />
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="36" />
            <source>Posizione in lista d'attesa</source>
            <translation>Position on the waiting list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="37" />
            <source>Presente</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="38" />
            <source>Ore complessive di presenza</source>
            <translation>Total hours attended</translation>
        </message>
        <message>
            <source>Ore</source>
            <translation type="vanished">Hours</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="39" />
            <source>Data iscrizione</source>
            <translation>Registration date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="40" />
            <source>Consenso privacy</source>
            <translation>Privacy consent</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="41" />
            <source>Data consenso privacy</source>
            <translation>Privacy consent date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="42" />
            <source>Consenso foto e video</source>
            <translation>Consent to photos and videos</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="43" />
            <source>Consenso a essere ricontattato</source>
            <translation>Consent to be contacted again</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="115" />
            <source>Colonne da esportare</source>
            <translation>Columns to export</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="118" />
            <source>Ogni copia di dati personali è un rischio: esportare solo il necessario.</source>
            <translation>Every copy of personal data is a risk: export only what is needed.</translation>
        </message>
    </context>
    <context>
        <name>RosterFileActions</name>
        <message>
            <source>Fogli di calcolo (*.xlsx *.xls *.ods *.csv);;Tutti i file (*)</source>
            <translation type="vanished">Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Report presenze (*.csv *.txt *.tsv);;Tutti i file (*)</source>
            <translation type="vanished">Attendance reports (*.csv *.txt *.tsv);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="27" />
            <source>Fogli di calcolo ({patterns});;Tutti i file (*)</source>
            <translation>Spreadsheets ({patterns});;All files (*)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="30" />
            <source>Report presenze ({patterns});;Tutti i file (*)</source>
            <translation>Attendance reports ({patterns});;All files (*)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="60" />
            <source>In quale sessione importare le persone?</source>
            <extracomment>What the attendance reader accepts (:mod:`exchange_desktop.imports.attendance_report`): the text reports of Teams and Zoom first, then the same saved as a workbook.</extracomment>
            <translation>Which session should the people be imported into?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="65" />
            <source>Importa partecipanti</source>
            <translation>Import participants</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="72" />
            <source>Lettura del file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="81" />
            <source>File non letto</source>
            <translation>File not read</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="92" />
            <source>Importati: {n}</source>
            <translation>Imported: {n}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="93" />
            <source>di cui in lista d'attesa: {n}</source>
            <translation>of whom on the waiting list: {n}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="94" />
            <source>Doppioni saltati: {n}</source>
            <translation>Duplicates skipped: {n}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="98" />
            <source>Annullati in precedenza e iscritti di nuovo: {n}</source>
            <translation>Previously cancelled and registered again: {n}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="104" />
            <source>Righe che non sono persone: {n}</source>
            <translation>Rows that are not people: {n}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="108" />
            <source>Annullati in precedenza, non iscritti: {n}</source>
            <translation>Previously cancelled, not registered: {n}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="114" />
            <source>Righe nascoste nel file, non importate: {n}</source>
            <translation>Rows hidden in the file, not imported: {n}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="119" />
            <source>Riga {row}: {reason}</source>
            <translation>Row {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="123" />
            <source>Da controllare, riga {row}: {note}</source>
            <translation>To check, row {row}: {note}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="126" />
            <source>Importazione completata</source>
            <translation>Import completed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="129" />
            <source>Di quale sessione è il report delle presenze?</source>
            <translation>Which session is the attendance report for?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="134" />
            <source>Report presenze di Teams o Zoom</source>
            <translation>Teams or Zoom attendance report</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="155" />
            <source>Report non letto</source>
            <translation>Report not read</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="166" />
            <source>Registrazione delle presenze…</source>
            <translation>Recording attendance…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="173" />
            <source>Lettura del report…</source>
            <translation>Reading the report…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="180" />
            <source>Riconosciute {n} persone iscritte nel report.</source>
            <translation>{n} registered people recognised in the report.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="185" />
            <source>• {person}: {reason}</source>
            <translation>• {person}: {reason}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="190" />
            <source>Non segnate:
{lines}</source>
            <translation>Not marked:
{lines}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="193" />
            <source>Assenti (confermate, non nel report che copre le sedute): {people}.</source>
            <translation>Absent (confirmed, not in the report that covers the sittings): {people}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="197" />
            <source>Il report cambia i segni fatti a mano (presenti) di: {people}.</source>
            <translation>The report changes the marks made by hand (present) of: {people}.</translation>
        </message>
        <message>
            <source>Non trovate nell'elenco (da verificare a mano):
{lines}</source>
            <translation type="vanished">Not found in the list (check by hand):
{lines}</translation>
        </message>
        <message>
            <source>In lista d'attesa, non segnate (confermarle prima con Promuovi):
{lines}</source>
            <translation type="vanished">On the waiting list, not marked (confirm them first with Promote):
{lines}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="149" />
            <source>Presenze dal webinar</source>
            <translation>Webinar attendance</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="163" />
            <source>Segnare presenti le persone riconosciute?</source>
            <translation>Mark the recognised people present?</translation>
        </message>
        <message>
            <source>Nel report senza orari di ingresso e di uscita, da segnare a mano:
{lines}</source>
            <translation type="vanished">No entry and exit times in the report, to be recorded by hand:
{lines}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="207" />
            <source>Dati personali - {surname} {name}.json</source>
            <translation>Personal data - {surname} {name}.json</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="212" />
            <source>Esporta i dati della persona</source>
            <translation>Export the person's data</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="214" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="221" />
            <source>Dati non esportati</source>
            <translation>Data not exported</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="225" />
            <source>Dati esportati</source>
            <translation>Data exported</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_actions.py" line="226" />
            <source>Tutti i dati conservati su {name} sono in:
{path}</source>
            <translation>All the data kept about {name} are in:
{path}</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="34" />
            <source>N.</source>
            <extracomment>The columns left to right, as a clerk reads them: who, from where, whether seated and present, then the rest. Each has a stable key (see ``RosterTableModel.column``) and its header, marked for translation.</extracomment>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="35" />
            <source>Cognome</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="36" />
            <source>Nome</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="37" />
            <source>Ente</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="40" />
            <source>Ruolo</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="41" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="43" />
            <source>Telefono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="38" />
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="39" />
            <source>Presente</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="42" />
            <source>Sessione</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_columns.py" line="122" />
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="74" />
            <source>in lista d'attesa n. {n}</source>
            <extracomment>The RosterEntry field shown in each plain text column.</extracomment>
            <translation>waiting list no. {n}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_columns.py" line="116" />
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="78" />
            <source>annullato</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_columns.py" line="114" />
            <location filename="../../exchange_desktop/ui/roster/roster_model.py" line="79" />
            <source>confermato</source>
            <extracomment>Cognome, Nome and Ente take the spare room, Ente most. The others keep a useful width; when the window is narrow they give it up first, then go past the right edge (the view scrolls to them) before the names shrink.</extracomment>
            <translation>confirmed</translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="45" />
            <source>La pratica non ha ancora sessioni: aggiungere una data nella scheda Date.</source>
            <translation>The practice has no sessions yet: add a date in the Dates tab.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="76" />
            <source>Posti occupati</source>
            <translation>Seats taken</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="83" />
            <source>Cerca per nome, Ente o email…</source>
            <translation>Search by name, organisation or email…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="89" />
            <source>Sessi&amp;one</source>
            <translation>Sessi&amp;on</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="91" />
            <source>Cer&amp;ca</source>
            <translation>Sear&amp;ch</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="124" />
            <source>Partecipanti</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="149" />
            <source>Aggiungi…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="153" />
            <source>Modifica…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="156" />
            <source>Annulla iscrizione</source>
            <translation>Cancel registration</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="160" />
            <source>Promuovi</source>
            <translation>Promote</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="161" />
            <source>Sposta di sessione…</source>
            <translation>Move to another session…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="162" />
            <source>Elimina…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="164" />
            <source>Tutti presenti</source>
            <translation>All present</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="165" />
            <source>Orari…</source>
            <translation>Times…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="166" />
            <source>Sedute…</source>
            <translation>Sittings…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="169" />
            <source>Presenze webinar…</source>
            <translation>Webinar attendance…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="174" />
            <source>Importa…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="175" />
            <source>Enti aderenti…</source>
            <translation>Organisations…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="177" />
            <source>Messaggi…</source>
            <translation>Messages…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="178" />
            <source>Registro di bozze e invii…</source>
            <translation>Log of drafts and sendings…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="182" />
            <source>Esporta dati (JSON)…</source>
            <translation>Export data (JSON)…</translation>
        </message>
        <message>
            <source>Registro messaggi…</source>
            <translation type="vanished">Message log…</translation>
        </message>
        <message>
            <source>Esporta dati…</source>
            <translation type="vanished">Export data…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="188" />
            <source>Cancella dati personali…</source>
            <translation>Erase personal data…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="244" />
            <source>Tutte le sessioni</source>
            <translation>All sessions</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="297" />
            <source>{taken} / {capacity} posti</source>
            <translation>{taken} / {capacity} seats</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="300" />
            <source>Posti occupati: {shown}</source>
            <translation>Seats taken: {shown}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="303" />
            <source>{n} in lista d'attesa</source>
            <translation>{n} on the waiting list</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="306" />
            <source>{total} iscrizioni · {confirmed} confermate · {waiting} in attesa · {present} presenti</source>
            <translation>{total} registrations · {confirmed} confirmed · {waiting} waiting · {present} present</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="352" />
            <source>Di quale sessione?</source>
            <translation>Which session?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/roster_tab.py" line="370" />
            <source>Sessione</source>
            <translation>Session</translation>
        </message>
    </context>
    <context>
        <name>ScheduleModel</name>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="24" />
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="25" />
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="26" />
            <source>Sessione</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="27" />
            <source>Posti</source>
            <translation>Seats</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="28" />
            <source>Avvisi</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="31" />
            <source>proposta</source>
            <translation>proposed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="32" />
            <source>confermata</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="33" />
            <source>scartata</source>
            <translation>discarded</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="107" />
            <source>n. {number}</source>
            <translation>no. {number}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="109" />
            <source>{taken} / {capacity}</source>
            <translation>{taken} / {capacity}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_model.py" line="113" />
            <source> · {n} in attesa</source>
            <translation> · {n} waiting</translation>
        </message>
    </context>
    <context>
        <name>ScheduleTab</name>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="91" />
            <source>Pagine della scheda Date</source>
            <translation>Pages of the Dates tab</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="93" />
            <source>&amp;Calendario e sessione</source>
            <translation>&amp;Calendar and session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="94" />
            <source>Disponi&amp;bilità degli Enti</source>
            <translation>A&amp;vailability of the organisations</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="98" />
            <source>Come si propongono le date</source>
            <translation>How the dates are proposed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="105" />
            <source>Date alternative (&amp;O): una sola sessione, in una delle date</source>
            <translation>Alternative dates (&amp;O): a single session, on one of the dates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="110" />
            <source>Più sess&amp;ioni (E): ogni data è una sessione con i suoi iscritti</source>
            <translation>Several sess&amp;ions (E): each date is a session with its own participants</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="122" />
            <source>Date proposte</source>
            <translation>Proposed dates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="128" />
            <source>Aggiungi data…</source>
            <translation>Add date…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="129" />
            <source>Rimuovi</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="130" />
            <source>Conferma questa data</source>
            <translation>Confirm this date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="131" />
            <source>Riapri la scelta</source>
            <translation>Reopen the choice</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="132" />
            <source>Sposta a un'altra data…</source>
            <translation>Move to another date…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="167" />
            <source>Disponibilità degli Enti aderenti (sì / forse / no)</source>
            <translation>Availability of participating organisations (yes / maybe / no)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="178" />
            <source>Aggiungi E&amp;nte…</source>
            <translation>Add orga&amp;nisation…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="184" />
            <source>Conferma la data consigliata</source>
            <translation>Confirm the suggested date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="283" />
            <source>Nessuna data consigliata: mancano le risposte degli Enti.</source>
            <translation>No suggested date: the organisations' answers are missing.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="288" />
            <source>Data consigliata e confermata: {day} ({yes} sì, {maybe} forse)</source>
            <translation>Suggested and confirmed date: {day} ({yes} yes, {maybe} maybe)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="290" />
            <source>Data consigliata: {day} ({yes} sì, {maybe} forse)</source>
            <translation>Suggested date: {day} ({yes} yes, {maybe} maybe)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="323" />
            <source>Aggiungi una data</source>
            <translation>Add a date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="339" />
            <source>Rimuovi data</source>
            <translation>Remove date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="340" />
            <source>Togliere {day} dalle date proposte?</source>
            <translation>Remove {day} from the proposed dates?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="362" />
            <source>Conferma data</source>
            <translation>Confirm date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="364" />
            <source>Confermare {day}? Le altre date della sessione restano in elenco come scartate.</source>
            <translation>Confirm {day}? The session's other dates stay listed as discarded.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="387" />
            <source>Sposta la sessione a un'altra data</source>
            <translation>Move the session to another date</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="391" />
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="391" />
            <source>Motivo dello spostamento (facoltativo):</source>
            <translation>Reason for the move (optional):</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="425" />
            <source>Cambia modalità delle date</source>
            <translation>Change the dates mode</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="438" />
            <source>Nuovo Ente aderente</source>
            <translation>New participating organisation</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/schedule_tab.py" line="438" />
            <source>Nome dell'Ente (es. Comune di Lissone):</source>
            <translation>Name of the organisation (e.g. Comune di Lissone):</translation>
        </message>
    </context>
    <context>
        <name>SendRunner</name>
        <message>
            <location filename="../../exchange_desktop/ui/messages/send_runner.py" line="65" />
            <source>Annulla</source>
            <extracomment>The batch's work: called with a progress callback and the cancel event.</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/send_runner.py" line="76" />
            <source>{label}
{done} di {total}: {name}</source>
            <translation>{label}
{done} of {total}: {name}</translation>
        </message>
    </context>
    <context>
        <name>ServerConnection</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="69" />
            <source>Il programma non si è riavviato da solo: aprire di nuovo Exchange Desktop.</source>
            <translation>The program did not restart by itself: open Exchange Desktop again.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="80" />
            <source>La password non è stata ricordata (su questo computer manca Gestione credenziali): sarà chiesta di nuovo al prossimo avvio.</source>
            <translation>The password was not remembered (this computer has no Credential Manager): it will be asked again at the next start.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="88" />
            <source>La password non è ricordata: sarà chiesta di nuovo al prossimo avvio.</source>
            <translation>The password is not remembered: it will be asked again at the next start.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="116" />
            <source>Connessione al server…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="111" />
            <source>Connessione non riuscita</source>
            <translation>Connection failed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="167" />
            <source>Connetti a un database condi&amp;viso…</source>
            <translation>Connect to a s&amp;hared database…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="172" />
            <source>Usa il database di &amp;questo computer</source>
            <translation>Use this &amp;computer's database</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="211" />
            <source>Database condiviso</source>
            <translation>Shared database</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="214" />
            <source>Connessione riuscita a {label}.

Exchange Desktop si riavvia e da ora lavora sul database condiviso.</source>
            <translation>Connected to {label}.

Exchange Desktop restarts and from now on works on the shared database.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="243" />
            <source>Usa il database di questo computer</source>
            <translation>Use this computer's database</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="245" />
            <source>Lavorare sul database di questo computer ({path}) invece che su quello condiviso? I dati del database condiviso restano sul server.

Exchange Desktop si riavvia.</source>
            <translation>Work on this computer's database ({path}) instead of the shared one? The shared database's data stays on the server.

Exchange Desktop restarts.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="260" />
            <source>Riavvio rimandato</source>
            <translation>Restart postponed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_connection.py" line="261" />
            <source>Il database scelto sarà usato al prossimo avvio di Exchange Desktop.</source>
            <translation>The chosen database will be used the next time Exchange Desktop starts.</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="58" />
            <source>Connetti a un database condiviso</source>
            <extracomment>Starts trying the connection (address, password, remember); calls back with True when it worked and the dialog may close, False when it stays open to be corrected.</extracomment>
            <translation>Connect to a shared database</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="64" />
            <source>Il database condiviso tra più uffici è preparato dall'ufficio informatico, che fornisce i dati da inserire qui. La password non viene mai scritta nelle impostazioni del programma.</source>
            <translation>The database shared by several offices is set up by the IT office, who give the details to enter here. The password is never written in the program's settings.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="73" />
            <source>ad esempio: db.comune.example.it</source>
            <translation>for example: db.comune.example.it</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="79" />
            <source>ad esempio: scambi</source>
            <translation>for example: scambi</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="128" />
            <source>Se il server la offre (prefer)</source>
            <translation>If the server offers it (prefer)</translation>
        </message>
        <message>
            <source>Obbligatoria (require)</source>
            <translation type="vanished">Required (require)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="125" />
            <source>Obbligatoria, con verifica del certificato (verify-full)</source>
            <translation>Required, with certificate check (verify-full)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="130" />
            <source>Nessuna (disable)</source>
            <translation>None (disable)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="85" />
            <source>&amp;Ricorda la password in Gestione credenziali di Windows</source>
            <translation>&amp;Remember the password in Windows Credential Manager</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="92" />
            <source>&amp;Server</source>
            <translation>&amp;Server</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="93" />
            <source>P&amp;orta</source>
            <translation>P&amp;ort</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="95" />
            <source>&amp;Database</source>
            <translation>&amp;Database</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="97" />
            <source>&amp;Utente</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="98" />
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="126" />
            <source>Obbligatoria, verifica solo dell'autorità (verify-ca)</source>
            <translation>Required, verifying the authority only (verify-ca)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="127" />
            <source>Obbligatoria, senza verifica (require)</source>
            <translation>Required, without verification (require)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="129" />
            <source>Solo se il server la chiede (allow)</source>
            <translation>Only if the server asks for it (allow)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="135" />
            <source>ad esempio: C:\Comune\certificati\ca.crt</source>
            <translation>for example: C:\Comune\certificati\ca.crt</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="137" />
            <source>Sfogl&amp;ia…</source>
            <translation>Bro&amp;wse…</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="139" />
            <source>Scegli il file del certificato CA</source>
            <translation>Choose the CA certificate file</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="152" />
            <source>Connessione ci&amp;frata</source>
            <translation>&amp;Encrypted connection</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="105" />
            <source>&amp;Connetti</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="158" />
            <source>Certificato C&amp;A</source>
            <translation>C&amp;A certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="160" />
            <source>Certificato CA</source>
            <translation>CA certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="162" />
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="164" />
            <source>Altri parametri</source>
            <translation>Other parameters</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="209" />
            <source>Certificato CA del server</source>
            <translation>The server's CA certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="211" />
            <source>Certificati (*.crt *.pem *.cer);;Tutti i file (*)</source>
            <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="244" />
            <source>Indicare il server (il nome o l'indirizzo del computer).</source>
            <translation>Give the server (the computer's name or address).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="245" />
            <source>Indicare il nome del database.</source>
            <translation>Give the database name.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="246" />
            <source>Indicare l'utente.</source>
            <translation>Give the user.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="249" />
            <source>Il server non può contenere spazi né caratteri invisibili.</source>
            <translation>The server cannot contain spaces or invisible characters.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="251" />
            <source>Il database non può contenere spazi né caratteri invisibili.</source>
            <translation>The database cannot contain spaces or invisible characters.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/server_dialog.py" line="253" />
            <source>L'utente non può contenere spazi né caratteri invisibili.</source>
            <translation>The user cannot contain spaces or invisible characters.</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="38" />
            <source>Sessione selezionata</source>
            <translation>Selected session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="48" />
            <source>Pos&amp;ti</source>
            <translation>Sea&amp;ts</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="50" />
            <source>Posti</source>
            <translation>Seats</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="54" />
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="58" />
            <source>Modalità</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="61" />
            <source>In presenza</source>
            <translation>In person</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="62" />
            <source>Webinar sincrono</source>
            <translation>Live webinar</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="68" />
            <source>&amp;Sede (indirizzo)</source>
            <translation>&amp;Venue (address)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="70" />
            <source>Sede</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="70" />
            <source>Piazza Trento e Trieste 1, Monza</source>
            <translation>Piazza Trento e Trieste 1, Monza</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="74" />
            <source>Sa&amp;la</source>
            <translation>Roo&amp;m</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="76" />
            <source>Sala</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="76" />
            <source>Sala Giunta</source>
            <translation>Sala Giunta</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="80" />
            <source>Lin&amp;k del webinar</source>
            <translation>Webinar lin&amp;k</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="82" />
            <source>Link del webinar</source>
            <translation>Webinar link</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="86" />
            <source>Orario</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="87" />
            <source>dalle</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="88" />
            <source>alle</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="89" />
            <source>Ora di inizio</source>
            <translation>Start time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="89" />
            <source>Ora di fine</source>
            <translation>End time</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="93" />
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="114" />
            <source>Stato</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="96" />
            <source>Proposta</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="97" />
            <source>Confermata</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="98" />
            <source>Annullata</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="99" />
            <source>Svolta</source>
            <translation>Held</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="102" />
            <source>Numero di protocollo</source>
            <translation>Protocol number</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="108" />
            <source>Numero di protocollo stampato sugli attestati</source>
            <translation>Protocol number printed on the certificates</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="109" />
            <source>Prot. n.</source>
            <translation>Protocol no.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/schedule/session_editor.py" line="116" />
            <source>Note</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>SigninOptionsDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="53" />
            <source>Foglio firme</source>
            <translation>Sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="58" />
            <source>Pagina orizzontale</source>
            <translation>Landscape page</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="62" />
            <source>Con più sedute il foglio è comunque orizzontale, perché le firme restino leggibili.</source>
            <translation>With several sittings the sheet is landscape anyway, so that the signatures remain legible.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="67" />
            <source>Mattina e pomeriggio anche se il programma prevede una sola seduta</source>
            <translation>Morning and afternoon even if the programme has only one sitting</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="72" />
            <source>Il foglio ha le firme di entrata e uscita, con l'ora, per ogni seduta della giornata (dal programma o dagli orari impostati). Con una sola seduta, questa opzione la divide alla pausa più lunga, o aggiunge mattina e pomeriggio senza orari.</source>
            <translation>The sheet has entry and exit signatures, with the time, for each sitting of the day (from the programme or from the times set). With a single sitting, this option splits it at the longest break, or adds morning and afternoon without times.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="88" />
            <source>Informativa &amp;privacy a piè di pagina (vuota = testo standard):</source>
            <translation>&amp;Privacy notice in the footer (empty = standard text):</translation>
        </message>
        <message>
            <source>Firme separate per mattina e pomeriggio</source>
            <translation type="vanished">Separate signatures for morning and afternoon</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/day_export_dialogs.py" line="82" />
            <source>Righe vuote per chi arriva senza iscrizione</source>
            <translation>Blank rows for walk-ins</translation>
        </message>
        <message>
            <source>Informativa privacy a piè di pagina (vuota = testo standard):</source>
            <translation type="vanished">Privacy notice in the footer (empty = standard text):</translation>
        </message>
    </context>
    <context>
        <name>SigningDialogs</name>
        <message>
            <location filename="../../exchange_desktop/ui/documents/signing_dialogs.py" line="31" />
            <source>Certificato di firma digitale</source>
            <translation>Digital signature certificate</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/signing_dialogs.py" line="33" />
            <source>Certificati PKCS#12 (*.p12 *.pfx);;Tutti i file (*)</source>
            <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/signing_dialogs.py" line="41" />
            <source>Password del certificato</source>
            <translation>Certificate password</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/signing_dialogs.py" line="42" />
            <source>Password del file {name}:</source>
            <translation>Password for the file {name}:</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/signing_dialogs.py" line="57" />
            <source>Firma digitale non possibile</source>
            <translation>Digital signing not possible</translation>
        </message>
    </context>
    <context>
        <name>Sittings</name>
        <message>
            <location filename="../../exchange_desktop/domain/sittings.py" line="208" />
            <source>Mattina</source>
            <extracomment>Sittings a day may have (morning, afternoon, evening… and some room). The sittings' names, marked for the window (``SITTINGS_CONTEXT``); documents print the Italian source text.</extracomment>
            <translation>Morning</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/sittings.py" line="209" />
            <source>Pomeriggio</source>
            <translation>Afternoon</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/sittings.py" line="210" />
            <source>Sera</source>
            <translation>Evening</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/sittings.py" line="211" />
            <source>Giornata</source>
            <translation>Whole day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/sittings.py" line="212" />
            <source>Parte {number}</source>
            <translation>Part {number}</translation>
        </message>
    </context>
    <context>
        <name>SittingsDialog</name>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="41" />
            <source>Sedute della giornata</source>
            <translation>Sittings of the day</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="50" />
            <source>&amp;Aggiungi seduta</source>
            <translation>&amp;Add sitting</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="53" />
            <source>&amp;Togli l'ultima</source>
            <translation>&amp;Remove the last one</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="56" />
            <source>Come da &amp;programma</source>
            <translation>As in the &amp;programme</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="71" />
            <source>Il foglio firme ha una colonna di firme per seduta e le ore si contano per seduta; le pause del programma non contano. Di norma le sedute vengono dal programma: una pausa di 45 minuti o più divide la giornata.</source>
            <translation>The sign-in sheet has one signature column per sitting and hours are counted per sitting; breaks in the programme do not count. Normally the sittings come from the programme: a break of 45 minutes or more splits the day.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="82" />
            <source>Inizio</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="83" />
            <source>Fine</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="97" />
            <source>Seduta {number}</source>
            <translation>Sitting {number}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="98" />
            <source>Inizio, seduta {number}</source>
            <translation>Start, sitting {number}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/roster/sittings_dialog.py" line="99" />
            <source>Fine, seduta {number}</source>
            <translation>End, sitting {number}</translation>
        </message>
        <message>
            <source>Orario non valido: scrivere ad esempio 09:30.</source>
            <translation type="vanished">Invalid time: write for example 09:30.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/startup.py" line="58" />
            <source>L'ultimo backup è del {when} (pratiche: {count}):
{backup}

Aprendolo, il programma ne copia i dati in un nuovo file, {copy}, e da ora in poi lavora su quello. Il backup e il file attuale restano come sono.</source>
            <translation>The latest backup is of {when} (practices: {count}):
{backup}

If you open it, the program copies its data into a new file, {copy}, and from now on works on that one. The backup and the current file stay as they are.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/startup.py" line="72" />
            <source>&amp;Apri l'ultimo backup</source>
            <translation>&amp;Open the latest backup</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/startup.py" line="77" />
            <source>&amp;Chiudi</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="../../exchange_desktop/ui/messages/template_editor.py" line="48" />
            <source>&amp;Oggetto</source>
            <translation>S&amp;ubject</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/template_editor.py" line="49" />
            <source>&amp;Testo</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/template_editor.py" line="54" />
            <source>Segnaposto: {names}</source>
            <translation>Placeholders: {names}</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/template_editor.py" line="64" />
            <source>&amp;Salva il testo</source>
            <translation>Sa&amp;ve the text</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/template_editor.py" line="67" />
            <source>Testo predefinito (ita&amp;liano)</source>
            <translation>Default text (&amp;Italian)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/messages/template_editor.py" line="70" />
            <source>Testo predefinito (i&amp;nglese)</source>
            <translation>Default text (E&amp;nglish)</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Festa patronale non valida: indicare mese e giorno come MM-GG (per esempio 06-24 per il 24 giugno).</source>
            <extracomment>The country whose public holidays apply. The holidays package names them in Italian with this language code (in English with ``en_US`` when the interface speaks English). A leap year, so that 29 February is a real patron-saint day (it comes every four years).</extracomment>
            <translation type="vanished">Invalid patron saint's day: give month and day as MM-DD (for example 06-24 for 24 June).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/calendar_rules.py" line="149" />
            <source>È un sabato.</source>
            <extracomment>The country whose public holidays apply. The holidays package names them in Italian with this language code (in English with ``en_US`` when the interface speaks English).</extracomment>
            <translation>It is a Saturday.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/calendar_rules.py" line="151" />
            <source>È una domenica.</source>
            <translation>It is a Sunday.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/calendar_rules.py" line="157" />
            <source>È un giorno festivo: {name}.</source>
            <translation>It is a public holiday: {name}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/calendar_rules.py" line="167" />
            <source>È la festa del santo patrono del Comune ospitante ({name}).</source>
            <translation>It is the feast of the host municipality's patron saint ({name}).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/calendar_rules.py" line="178" />
            <source>È la festa del santo patrono del Comune ospitante.</source>
            <translation>It is the feast of the host municipality's patron saint.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/calendar_rules.py" line="184" />
            <source>La data è già passata.</source>
            <translation>The date has already passed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/programme.py" line="57" />
            <source>Indicare sia l'ora di inizio sia quella di fine.</source>
            <translation>Give both the start and the end time.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/programme.py" line="61" />
            <location filename="../../exchange_desktop/domain/scheduling.py" line="236" />
            <source>L'ora di fine deve seguire quella di inizio.</source>
            <translation>The end time must come after the start time.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/scheduling.py" line="119" />
            <source>Il {day} non è tra le date proposte.</source>
            <extracomment>The protocol number printed on the attestati ("n. 12345/2026"), if the office has one.</extracomment>
            <translation>{day} is not among the proposed dates.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/scheduling.py" line="163" />
            <source>La sessione non ha date: aggiungerne una prima.</source>
            <translation>The session has no dates: add one first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/scheduling.py" line="167" />
            <source>Confermare prima una delle date proposte.</source>
            <translation>Confirm one of the proposed dates first.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/scheduling.py" line="201" />
            <source>I posti ({capacity}) sono meno degli iscritti già confermati ({confirmed}): nessuno perde il posto, ma non entrano altri iscritti finché i confermati non scendono sotto {capacity}.</source>
            <translation>The seats ({capacity}) are fewer than the registrations already confirmed ({confirmed}): nobody loses their seat, but nobody else gets in until the confirmed ones fall below {capacity}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/validation.py" line="59" />
            <source>Campo obbligatorio.</source>
            <extracomment>What an address pasted from Outlook or a spreadsheet carries after it: one separator. Control characters and lone surrogates: refused in every text field.</extracomment>
            <translation>Required field.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/validation.py" line="62" />
            <source>Testo troppo lungo: al massimo {max} caratteri.</source>
            <translation>Text too long: at most {max} characters.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/validation.py" line="67" />
            <source>Il testo contiene caratteri di controllo non ammessi.</source>
            <translation>The text contains control characters that are not allowed.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/validation.py" line="110" />
            <source>Indirizzo email non valido (esempio: nome.cognome@comune.it).</source>
            <translation>Invalid email address (example: name.surname@comune.it).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/validation.py" line="133" />
            <source>Inserire un numero intero da {min} a {max}.</source>
            <translation>Enter a whole number from {min} to {max}.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/marks.py" line="86" />
            <source>L'ora di uscita deve essere successiva all'ora di entrata.</source>
            <translation>The exit time must be after the entry time.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/attendance/marks.py" line="95" />
            <source>Un orario di entrata o di uscita vale solo per chi è presente: segnare la persona presente o cancellare l'orario.</source>
            <translation>An entry or exit time only applies to someone who is present: mark the person present or delete the time.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/participants.py" line="95" />
            <source>Codice fiscale non valido: sono 16 lettere e cifre (esempio: RSSMRA85T10A562S).</source>
            <translation>Invalid tax code: it has 16 letters and digits (example: RSSMRA85T10A562S).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/participants.py" line="107" />
            <source>Codice fiscale non valido: lettere e cifre non sono al loro posto (esempio: RSSMRA85T10A562S).</source>
            <translation>Invalid tax code: letters and digits are not in their places (example: RSSMRA85T10A562S).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/participants.py" line="116" />
            <source>Codice fiscale non valido: il carattere di controllo (l'ultimo) non corrisponde. Controllare di averlo scritto bene.</source>
            <translation>Invalid tax code: the check character (the last one) does not match. Check that it is written correctly.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/participants.py" line="125" />
            <source>Codice fiscale non valido: la data o il luogo di nascita non esistono.</source>
            <translation>Invalid tax code: the date or place of birth does not exist.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/services/roster/participants.py" line="144" />
            <source>La data del consenso non può essere nel futuro.</source>
            <translation>The consent date cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/sittings.py" line="251" />
            <source>Al massimo {count} sedute al giorno.</source>
            <translation>At most {count} sittings per day.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/sittings.py" line="260" />
            <source>Seduta {number}: indicare l'ora di inizio e una di fine successiva.</source>
            <translation>Sitting {number}: enter the start time and a later end time.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/sittings.py" line="270" />
            <source>Seduta {number}: deve iniziare dopo la fine della precedente.</source>
            <translation>Sitting {number}: it must start after the end of the previous one.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/typed_values.py" line="70" />
            <source>Ora non valida: "{text}". Scrivere l'ora come 9:30 o 09:30.</source>
            <extracomment>A leap year, so that 29 February is a real day of the year.</extracomment>
            <translation>Invalid time: "{text}". Write the time as 9:30 or 09:30.</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/domain/typed_values.py" line="84" />
            <source>Giorno non valido: "{text}". Scrivere giorno/mese, per esempio 24/06.</source>
            <translation>Invalid day: "{text}". Write day/month, for example 24/06.</translation>
        </message>
    </context>
    <context>
        <name>WebinarExports</name>
        <message>
            <location filename="../../exchange_desktop/ui/documents/webinar_exports.py" line="33" />
            <source>Sessione in webinar</source>
            <translation>Webinar session</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/webinar_exports.py" line="34" />
            <source>La sessione si tiene in webinar: il suo registro presenze è il registro del webinar (Esporta → Registro del webinar), fatto dal report di Teams o Zoom. Preparare comunque un foglio firme cartaceo?</source>
            <translation>The session is held as a webinar: its attendance register is the webinar register (Export → Webinar register), made from the Teams or Zoom report. Prepare a paper sign-in sheet anyway?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/webinar_exports.py" line="71" />
            <source>Registro del webinar non creato</source>
            <translation>Webinar register not created</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/webinar_exports.py" line="73" />
            <source>La sessione si tiene in presenza: il suo registro è il foglio firme (Esporta → Foglio firme).</source>
            <translation>The session is held in person: its register is the sign-in sheet (Export → Sign-in sheet).</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/webinar_exports.py" line="91" />
            <source>Esporta il registro del webinar</source>
            <translation>Export the webinar register</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/webinar_exports.py" line="93" />
            <source>Documenti PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/webinar_exports.py" line="121" />
            <source>L'orario della giornata non torna:
{lines}

Le ore previste e le sedute del documento ne dipendono. Correggere prima il programma o l'orario della sessione (scheda Date), oppure preparare il documento così com'è?</source>
            <translation>The day's timetable does not add up:
{lines}

The planned hours and the sittings of the document depend on it. Correct the programme or the session's times first (Dates tab), or prepare the document as it is?</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/documents/webinar_exports.py" line="127" />
            <source>Orario da verificare</source>
            <translation>Timetable to check</translation>
        </message>
    </context>
    <context>
        <name>WindowKeys</name>
        <message>
            <location filename="../../exchange_desktop/ui/window/window_keys.py" line="53" />
            <source>Scheda &amp;successiva</source>
            <translation>&amp;Next tab</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/window_keys.py" line="59" />
            <source>Scheda &amp;precedente</source>
            <translation>&amp;Previous tab</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/window_keys.py" line="94" />
            <source>&amp;Taglia</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/window_keys.py" line="100" />
            <source>&amp;Copia</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/window_keys.py" line="106" />
            <source>I&amp;ncolla</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/ui/window/window_keys.py" line="112" />
            <source>&amp;Seleziona tutto</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <source>Seleziona &amp;tutto</source>
            <translation type="vanished">Select &amp;all</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="20" />
            <source>uso: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="21" />
            <source>opzioni</source>
            <translation>options</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="22" />
            <source>argomenti</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="23" />
            <source>mostra questo aiuto ed esce</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="24" />
            <source>mostra la versione del programma ed esce</source>
            <translation>show program's version number and exit</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="27" />
            <source>%(prog)s: errore: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="30" />
            <source>argomento %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="33" />
            <source>mancano gli argomenti obbligatori: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="36" />
            <source>scelta non valida: %(value)r (scegliere tra %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="39" />
            <source>argomenti non riconosciuti: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="40" />
            <source>manca il valore</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="41" />
            <source>serve almeno un valore</source>
            <translation>expected at least one argument</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="42" />
            <source>è ammesso al massimo un valore</source>
            <translation>expected at most one argument</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="45" />
            <source>serve %s valore</source>
            <translation>expected %s argument</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="46" />
            <source>servono %s valori</source>
            <translation>expected %s arguments</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="47" />
            <source>valore non valido: %(value)r</source>
            <translation>invalid value: %(value)r</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="50" />
            <source>opzione ambigua: %(option)s potrebbe essere %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="53" />
            <source>non ammesso insieme a %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="54" />
            <source>serve uno degli argomenti %s</source>
            <translation>one of the arguments %s is required</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="57" />
            <source>non accetta il valore %r</source>
            <translation>ignored explicit argument %r</translation>
        </message>
        <message>
            <location filename="../../exchange_desktop/cli/argparse_it.py" line="92" />
            <source>{prog}: errore: {message} (vedere --help)
</source>
            <translation>{prog}: error: {message} (see --help)
</translation>
        </message>
    </context>
</TS>
