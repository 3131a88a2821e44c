<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>AgendaDates</name>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{d1} {m1} {y1} – {d2} {m2} {y2}</source>
        <translation>{d1} {m1} {y1} – {d2} {m2} {y2}</translation>
    </message>
    <message>
        <source>{d1} {m1} – {d2} {m2} {year}</source>
        <translation>{d1} {m1} – {d2} {m2} {year}</translation>
    </message>
    <message>
        <source>{d1} – {d2} {month} {year}</source>
        <translation>{d1}–{d2} {month} {year}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Stap te laat</source>
        <translation>Step overdue</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Eerste afspraak</source>
        <translation>First appointment</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Opnieuw bekijken</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Uur</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>hele dag</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>Te laat: deze stap stond gepland voor {day}.</source>
        <translation>Overdue: this step was planned for {day}.</translation>
    </message>
    <message>
        <source>{day}, te laat</source>
        <translation>{day}, overdue</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Vandaag · {when}</source>
        <translation>Today · {when}</translation>
    </message>
    <message>
        <source>Morgen · {when}</source>
        <translation>Tomorrow · {when}</translation>
    </message>
    <message>
        <source>Gisteren · {when}</source>
        <translation>Yesterday · {when}</translation>
    </message>
    <message>
        <source>Deze week (week {week}) · {span}</source>
        <translation>This week (week {week}) · {span}</translation>
    </message>
    <message>
        <source>Volgende week (week {week}) · {span}</source>
        <translation>Next week (week {week}) · {span}</translation>
    </message>
    <message>
        <source>Vorige week (week {week}) · {span}</source>
        <translation>Last week (week {week}) · {span}</translation>
    </message>
    <message>
        <source>Week {week} · {span}</source>
        <translation>Week {week} · {span}</translation>
    </message>
    <message>
        <source>Buiten de stappen die te laat zijn, staat er die dag niets gepland.</source>
        <translation>Apart from the overdue steps, nothing is planned on that day.</translation>
    </message>
    <message>
        <source>Buiten de stappen die te laat zijn, staat er die week niets gepland.</source>
        <translation>Apart from the overdue steps, nothing is planned in that week.</translation>
    </message>
    <message>
        <source>Vandaag staat er niets gepland. Een rustige dag.</source>
        <translation>Nothing planned for today. A quiet day.</translation>
    </message>
    <message>
        <source>Op deze dag staat er niets gepland.</source>
        <translation>Nothing planned on this day.</translation>
    </message>
    <message>
        <source>Deze week staat er niets gepland.</source>
        <translation>Nothing planned this week.</translation>
    </message>
    <message>
        <source>In deze week staat er niets gepland.</source>
        <translation>Nothing planned in this week.</translation>
    </message>
    <message>
        <source>Te laat: 1 stap is over haar datum. Ze staat bovenaan in het rood.</source>
        <translation>Overdue: 1 step is past its date. It is at the top, in red.</translation>
    </message>
    <message>
        <source>Te laat: {count} stappen zijn over hun datum. Ze staan bovenaan in het rood.</source>
        <translation>Overdue: {count} steps are past their date. They are at the top, in red.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Vandaag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Deze &amp;week</source>
        <translation>This &amp;week</translation>
    </message>
    <message>
        <source>Toon vandaag</source>
        <translation>Show today</translation>
    </message>
    <message>
        <source>Toon deze week</source>
        <translation>Show this week</translation>
    </message>
    <message>
        <source>Terug in de tijd (Alt+pijl links)</source>
        <translation>Back in time (Alt+Left arrow)</translation>
    </message>
    <message>
        <source>Verder in de tijd (Alt+pijl rechts)</source>
        <translation>Forward in time (Alt+Right arrow)</translation>
    </message>
    <message>
        <source>laden…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>Agendalijst</source>
        <translation>Agenda list</translation>
    </message>
    <message>
        <source>Enter of dubbelklikken opent het dossier van de cliënt.</source>
        <translation>Enter or a double click opens the client&apos;s file.</translation>
    </message>
    <message>
        <source>Enter of dubbelklik op een regel opent het dossier.</source>
        <translation>Enter or a double click on a row opens the file.</translation>
    </message>
    <message>
        <source>De agenda kon niet geladen worden. Probeer het straks opnieuw met Vandaag of Deze week.</source>
        <translation>The agenda could not be loaded. Try again in a moment with Today or This week.</translation>
    </message>
    <message>
        <source>◀ Vo&amp;rige dag</source>
        <translation>◀ P&amp;revious day</translation>
    </message>
    <message>
        <source>Volge&amp;nde dag ▶</source>
        <translation>&amp;Next day ▶</translation>
    </message>
    <message>
        <source>Vorige dag</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Volgende dag</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>◀ Vo&amp;rige week</source>
        <translation>◀ P&amp;revious week</translation>
    </message>
    <message>
        <source>Volge&amp;nde week ▶</source>
        <translation>&amp;Next week ▶</translation>
    </message>
    <message>
        <source>Vorige week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Volgende week</source>
        <translation>Next week</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>De gegevensmap kan niet aangemaakt worden: {reason}</source>
        <translation>The data folder cannot be created: {reason}</translation>
    </message>
    <message>
        <source>genwerkt is al geopend voor deze gegevensmap. Gebruik het venster dat al openstaat.</source>
        <translation>genwerkt is already open for this data folder. Use the window that is already open.</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>{days} dagen geleden</source>
        <translation>{days} days ago</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>gevonden in dossier</source>
        <translation>found in file</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>over {days} dagen</source>
        <translation>in {days} days</translation>
    </message>
    <message>
        <source>Laatste
contact</source>
        <translation>Last
contact</translation>
    </message>
    <message>
        <source>Volgende
afspraak</source>
        <translation>Next
appointment</translation>
    </message>
</context>
<context>
    <name>ClientsPanel</name>
    <message>
        <source>&amp;Nieuwe cliënt…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>&amp;Archiveren</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Definitief &amp;verwijderen…</source>
        <translation>&amp;Delete for good…</translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Nieuwe cliënt (Ctrl+N)</source>
        <translation>New client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Een eerste onthaal noteren (Ctrl+N)</source>
        <translation>Record a first intake (Ctrl+N)</translation>
    </message>
    <message>
        <source>Naam, of een woord uit het dossier…</source>
        <translation>Name, or a word from the file…</translation>
    </message>
    <message>
        <source>Zoek een cliënt op naam of in de dossiers</source>
        <translation>Search for a client by name or in the files</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Toon status {status}</source>
        <translation>Show status {status}</translation>
    </message>
    <message>
        <source>Toon fase</source>
        <translation>Show phase</translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Sorteer op</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Fase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Sorteer op</source>
        <translation>Sort &amp;by</translation>
    </message>
    <message>
        <source>Cliëntenlijst</source>
        <translation>Client list</translation>
    </message>
    <message>
        <source>zoekt ook in de dossiers…</source>
        <translation>also searching the files…</translation>
    </message>
    <message>
        <source>Geen cliënten om te tonen. Pas de zoekterm of de filters aan, of noteer een eerste onthaal met Nieuwe cliënt.</source>
        <translation>No clients to show. Change the search term or the filters, or record a first intake with New client.</translation>
    </message>
    <message>
        <source>Dossier archiveren</source>
        <translation>Archive the file</translation>
    </message>
    <message>
        <source>Gearchiveerd dossier terugzetten</source>
        <translation>Restore the archived file</translation>
    </message>
    <message>
        <source>Dossier definitief verwijderen</source>
        <translation>Delete the file for good</translation>
    </message>
    <message>
        <source>Kan alleen voor een gearchiveerd dossier.</source>
        <translation>Only possible for an archived file.</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Archiveren ongedaan maken</source>
        <translation>Undo archiving</translation>
    </message>
    <message>
        <source>Het dossier van {name} staat nu in het archief.</source>
        <translation>The file of {name} is now in the archive.</translation>
    </message>
    <message>
        <source>1 cliënt</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>{total} cliënten</source>
        <translation>{total} clients</translation>
    </message>
    <message>
        <source>{shown} van {total} cliënten</source>
        <translation>{shown} of {total} clients</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>Datum en uur</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Notitie voor</source>
        <translation>Note for</translation>
    </message>
    <message>
        <source>Cliënt mag lezen</source>
        <translation>Client may read</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{moment} · gepland</source>
        <translation>{moment} · planned</translation>
    </message>
</context>
<context>
    <name>ContactPersonModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Bevoorrecht</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>De vaste, vertrouwde contactpersoon: maximaal één.</source>
        <translation>The regular, trusted contact person: one at most.</translation>
    </message>
    <message>
        <source>Wie overneemt als die er niet is: maximaal één.</source>
        <translation>Who takes over when they are away: one at most.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Toon</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Alle contactmomenten</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>Voorbije contacten</source>
        <translation>Past contacts</translation>
    </message>
    <message>
        <source>Geplande afspraken</source>
        <translation>Planned appointments</translation>
    </message>
    <message>
        <source>&amp;Nieuwe notitie</source>
        <translation>Ne&amp;w note</translation>
    </message>
    <message>
        <source>Nieuwe notitie (Ctrl+Shift+N)</source>
        <translation>New note (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Nieuwe notitie, nu (Ctrl+Shift+N of Insert)</source>
        <translation>New note, now (Ctrl+Shift+N or Insert)</translation>
    </message>
    <message>
        <source>Verwijd&amp;eren…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Gekozen contactmoment verwijderen</source>
        <translation>Delete the selected contact</translation>
    </message>
    <message>
        <source>Contactmomenten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Notitie bewaren</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>To&amp;on</source>
        <translation>V&amp;iew</translation>
    </message>
    <message>
        <source>Notitie niet bewaren?</source>
        <translation>Discard the note?</translation>
    </message>
    <message>
        <source>Wat u veranderde aan deze notitie gaat verloren. Toch annuleren?</source>
        <translation>What you changed in this note will be lost. Cancel anyway?</translation>
    </message>
    <message>
        <source>Contactmoment verwijderen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Dit contactmoment en zijn notitie verwijderen uit het dossier?</source>
        <translation>Delete this contact and its note from the file?</translation>
    </message>
    <message>
        <source>Notitie niet bewaard</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <source>1 contactmoment</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{total} contactmomenten</source>
        <translation>{total} contacts</translation>
    </message>
    <message>
        <source>{shown} van {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>DeleteForGoodDialog</name>
    <message>
        <source>Dossier definitief verwijderen</source>
        <translation>Delete the file for good</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>Het hele dossier van {name} verdwijnt: notities, doelen, rechten en toestemmingen. Dat kan niet ongedaan gemaakt worden. In het logboek blijft alleen staan dat er een dossier verwijderd werd, zonder inhoud.</source>
        <translation>The whole file of {name} disappears: notes, goals, rights and consents. This cannot be undone. The log keeps only the fact that a file was deleted, without any content.</translation>
    </message>
    <message>
        <source>Typ de volledige naam om te bevestigen</source>
        <translation>Type the full name to confirm</translation>
    </message>
    <message>
        <source>Typ ter bevestiging de volledige &amp;naam, precies zo:</source>
        <translation>To confirm, type the full &amp;name exactly like this:</translation>
    </message>
    <message>
        <source>Definitief &amp;verwijderen</source>
        <translation>&amp;Delete for good</translation>
    </message>
    <message>
        <source>Niet verwijderen</source>
        <translation>Do not delete</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>{reason}.

Een toestemming, een doorverwijzing of een ecogram in een dossier verwijst nog naar deze organisatie. Zo blijft die geschiedenis kloppen. Moet ze toch weg, pas dan eerst die dossiers aan.</source>
        <translation>{reason}.

A consent, a referral or an ecogram in a client file still refers to this organisation, so that history stays correct. If it really has to go, change those files first.</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Service directory</translation>
    </message>
    <message>
        <source>naam, aanbod, adres of contactpersoon…</source>
        <translation>name, services, address or contact person…</translation>
    </message>
    <message>
        <source>Zoek in de sociale kaart</source>
        <translation>Search the service directory</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Organisaties in de sociale kaart</source>
        <translation>Organisations in the service directory</translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord of maak een nieuwe aan.</source>
        <translation>Nothing found. Try another word or add a new one.</translation>
    </message>
    <message>
        <source>De sociale kaart kon niet geladen worden. Probeer het straks opnieuw.</source>
        <translation>The service directory could not be loaded. Try again in a moment.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe organisatie</source>
        <translation>New &amp;organisation</translation>
    </message>
    <message>
        <source>Een organisatie toevoegen (Ctrl+N)</source>
        <translation>Add an organisation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Kies links een organisatie om ze te bekijken of aan te passen,
of voeg er een toe met Nieuwe organisatie (Ctrl+N).</source>
        <translation>Choose an organisation on the left to view or change it,
or add one with New organisation (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>De wijzigingen bewaren (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Terug naar wat het laatst bewaard is</source>
        <translation>Back to what was last saved</translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Deze organisatie uit de sociale kaart halen</source>
        <translation>Remove this organisation from the service directory</translation>
    </message>
    <message>
        <source>Organisatie bewaren</source>
        <translation>Save organisation</translation>
    </message>
    <message>
        <source>Wijzigingen ongedaan maken</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Organisatie verwijderen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>Bezig met bewaren…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>deze organisatie</source>
        <translation>this organisation</translation>
    </message>
    <message>
        <source>‘{name}’ verdwijnt uit de sociale kaart, samen met haar contactpersonen. Dat kan niet ongedaan gemaakt worden.

Toch verwijderen?</source>
        <translation>‘{name}’ leaves the service directory, together with its contact persons. This cannot be undone.

Delete anyway?</translation>
    </message>
    <message>
        <source>Nog geen organisaties</source>
        <translation>No organisations yet</translation>
    </message>
    <message>
        <source>1 organisatie</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{count} organisaties</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <source>{shown} van {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>de nieuwe organisatie</source>
        <translation>the new organisation</translation>
    </message>
    <message>
        <source>Wijzigingen bewaren?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>De wijzigingen aan ‘{name}’ zijn nog niet bewaard.

Ja bewaart ze; Nee laat ze vallen.</source>
        <translation>The changes to ‘{name}’ are not saved yet.

Yes saves them; No drops them.</translation>
    </message>
    <message>
        <source>Nog niet te bewaren</source>
        <translation>Cannot be saved yet</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>‘{name}’ is niet bewaard. Probeer het nog eens.</source>
        <translation>‘{name}’ was not saved. Please try again.</translation>
    </message>
    <message>
        <source>‘{name}’ is niet bewaard: {reason}.</source>
        <translation>‘{name}’ was not saved: {reason}.</translation>
    </message>
    <message>
        <source>Deze organisatie blijft staan</source>
        <translation>This organisation stays</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Het verwijderen lukte niet. Probeer het straks nog eens.</source>
        <translation>Deleting did not work. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>DomainSummaryModel</name>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Krachten</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Noden</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Rechten</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Alle levensdomeinen</source>
        <translation>All life domains</translation>
    </message>
    <message>
        <source>{count} nog na te vragen bij de cliënt</source>
        <translation>{count} to check with the client</translation>
    </message>
</context>
<context>
    <name>DomainsTab</name>
    <message>
        <source>Levensdomeinen</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Krachten, hulpbronnen en noden</source>
        <translation>Strengths, resources and needs</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Kracht, hulpbron of nood toevoegen</source>
        <translation>Add a strength, resource or need</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Gekozen kracht, hulpbron of nood bewerken</source>
        <translation>Edit the selected strength, resource or need</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Gekozen kracht, hulpbron of nood verwijderen</source>
        <translation>Delete the selected strength, resource or need</translation>
    </message>
    <message>
        <source>Rechten</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>&amp;Recht toevoegen…</source>
        <translation>Add &amp;right…</translation>
    </message>
    <message>
        <source>Recht toevoegen</source>
        <translation>Add a right</translation>
    </message>
    <message>
        <source>Bewerk&amp;en…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Gekozen recht bewerken</source>
        <translation>Edit the selected right</translation>
    </message>
    <message>
        <source>Verw&amp;ijderen…</source>
        <translation>Dele&amp;te…</translation>
    </message>
    <message>
        <source>Gekozen recht verwijderen</source>
        <translation>Delete the selected right</translation>
    </message>
    <message>
        <source>Kies een domein om alleen wat daar speelt te zien.</source>
        <translation>Choose a domain to see only what is going on there.</translation>
    </message>
    <message>
        <source>Toon levensdomein</source>
        <translation>Show life domain</translation>
    </message>
    <message>
        <source>Alle levensdomeinen</source>
        <translation>All life domains</translation>
    </message>
    <message>
        <source>Levens&amp;domein</source>
        <translation>Life do&amp;main</translation>
    </message>
    <message>
        <source>Wat u zelf opmerkte maar de cliënt nog niet zei, staat als nog na te vragen bij de cliënt.</source>
        <translation>What you noticed yourself but the client has not said yet is marked as to check with the client.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deze kracht, hulpbron of nood verwijderen uit het dossier?</source>
        <translation>Delete this strength, resource or need from the file?</translation>
    </message>
    <message>
        <source>Dit recht verwijderen uit het dossier?</source>
        <translation>Delete this right from the file?</translation>
    </message>
    <message>
        <source>Krachten, hulpbronnen en noden · {domain}</source>
        <translation>Strengths, resources and needs · {domain}</translation>
    </message>
    <message>
        <source>Rechten · {domain}</source>
        <translation>Rights · {domain}</translation>
    </message>
</context>
<context>
    <name>DossierWorkspace</name>
    <message>
        <source>Kies links een cliënt, of noteer een eerste onthaal met Nieuwe cliënt (Ctrl+N).</source>
        <translation>Choose a client on the left, or record a first intake with New client (Ctrl+N).</translation>
    </message>
    <message>
        <source>Het dossier wordt geopend…</source>
        <translation>Opening the file…</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Levensdomeinen &amp;&amp; rechten</source>
        <translation>&amp;Life domains &amp;&amp; rights</translation>
    </message>
    <message>
        <source>&amp;Contactmomenten</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Nieuwe &amp;notitie</source>
        <translation>New &amp;note</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Dat lukt nu niet: het dossier is intussen veranderd of verwijderd.</source>
        <translation>That is not possible right now: the file has been changed or deleted in the meantime.</translation>
    </message>
    <message>
        <source>Dat lukt niet: controleer wat u invulde en probeer opnieuw.</source>
        <translation>That did not work: check what you filled in and try again.</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis; er is niets bewaard. Probeer het opnieuw.</source>
        <translation>Something unexpected went wrong; nothing was saved. Please try again.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Onthaal</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Vraagverduidelijking</source>
        <translation>Clarifying the question</translation>
    </message>
    <message>
        <source>Doel- en strategiebepaling</source>
        <translation>Setting goals and strategy</translation>
    </message>
    <message>
        <source>Uitvoering</source>
        <translation>Carrying out</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Doelbepaling</source>
        <translation>Goal setting</translation>
    </message>
    <message>
        <source>Op papier</source>
        <translation>On paper</translation>
    </message>
    <message>
        <source>Per e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>Per sms</source>
        <translation>By text message</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Geen herinnering nodig</source>
        <translation>No reminder needed</translation>
    </message>
    <message>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Inkomen en schulden</source>
        <translation>Income and debts</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Gezondheid</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Gezin en kinderopvang</source>
        <translation>Family and childcare</translation>
    </message>
    <message>
        <source>Sociaal netwerk</source>
        <translation>Social network</translation>
    </message>
    <message>
        <source>Onderwijs en vorming</source>
        <translation>Education and training</translation>
    </message>
    <message>
        <source>Mobiliteit</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Administratie en justitie</source>
        <translation>Paperwork and justice</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kracht</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Hulpbron</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Nood</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Nog niet besproken</source>
        <translation>Not discussed yet</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Aangevraagd</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Outreachend</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Informeel</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Persoonlijk</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work out</translation>
    </message>
    <message>
        <source>Even on hold</source>
        <translation>On hold for now</translation>
    </message>
    <message>
        <source>Cliënt zei het zelf</source>
        <translation>Client said it</translation>
    </message>
    <message>
        <source>Nog na te vragen bij de cliënt</source>
        <translation>To check with the client</translation>
    </message>
    <message>
        <source>Niet genoteerd</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Vergrendelen (Ctrl+L): sluit de kluis af</source>
        <translation>Lock (Ctrl+L): closes the vault</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Instellingen (Ctrl+,)</source>
        <translation>Settings (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Afsluiten (Ctrl+Q): bewaart en sluit af</source>
        <translation>Quit (Ctrl+Q): saves and closes</translation>
    </message>
    <message>
        <source>&amp;Cliënten</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Cliënten en hun dossiers (Ctrl+1)</source>
        <translation>Clients and their files (Ctrl+1)</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Agenda van alle cliënten (Ctrl+2)</source>
        <translation>Agenda of all clients (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Sociale kaart</source>
        <translation>&amp;Service directory</translation>
    </message>
    <message>
        <source>Sociale kaart: diensten en contactpersonen (Ctrl+3)</source>
        <translation>Service directory: services and contact persons (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Kluis</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Instellingen bewaard.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld, maar niet alles kon eerst bewaard worden. Open de kluis en kijk het laatste werk na.</source>
        <translation>The vault is locked, but not everything could be saved first. Open the vault and check your latest work.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Eerste onthaal</source>
        <translation>First intake</translation>
    </message>
    <message>
        <source>Alleen de namen zijn nodig. De rest kan ook later, wanneer de cliënt er klaar voor is.</source>
        <translation>Only the names are needed. The rest can wait until the client is ready for it.</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Familienaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Hoe de cliënt afspraken het best onthoudt</source>
        <translation>How the client best remembers appointments</translation>
    </message>
    <message>
        <source>Nog niet gevraagd</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>Aangemeld door</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>bv. een dienst of een buur</source>
        <translation>e.g. a service or a neighbour</translation>
    </message>
    <message>
        <source>Hulpvraag in de eigen woorden</source>
        <translation>Request for help in their own words</translation>
    </message>
    <message>
        <source>Schrijf op wat de cliënt zelf vraagt, met de woorden die hij of zij gebruikte. Uw eigen lezing komt later, bij de levensdomeinen.</source>
        <translation>Write down what the client is asking for, in the words they used. Your own reading comes later, with the life domains.</translation>
    </message>
    <message>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Familienaam</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>He&amp;rinnering aan afspraken</source>
        <translation>Appointment &amp;reminders</translation>
    </message>
    <message>
        <source>Aan&amp;gemeld door</source>
        <translation>Referred &amp;by</translation>
    </message>
    <message>
        <source>&amp;Hulpvraag</source>
        <translation>Request for &amp;help</translation>
    </message>
    <message>
        <source>&amp;Cliënt aanmaken</source>
        <translation>&amp;Create client</translation>
    </message>
    <message>
        <source>Cliënt aanmaken</source>
        <translation>Create client</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Datum en uur</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Soort contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Voor het &amp;dossier</source>
        <translation>&amp;For the file</translation>
    </message>
    <message>
        <source>Notitie voor het dossier</source>
        <translation>Note for the file</translation>
    </message>
    <message>
        <source>&amp;Persoonlijke herinnering</source>
        <translation>Pe&amp;rsonal reminder</translation>
    </message>
    <message>
        <source>Persoonlijke herinnering, niet voor het dossier</source>
        <translation>Personal reminder, not for the file</translation>
    </message>
    <message>
        <source>Cliënt &amp;mag dit lezen</source>
        <translation>Client ma&amp;y read this</translation>
    </message>
    <message>
        <source>Cliënt mag dit lezen</source>
        <translation>Client may read this</translation>
    </message>
    <message>
        <source>&amp;Geplande afspraak</source>
        <translation>Pl&amp;anned appointment</translation>
    </message>
    <message>
        <source>Geplande afspraak</source>
        <translation>Planned appointment</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Wat gebeurde er, wat is afgesproken, wie doet wat…</source>
        <translation>What happened, what was agreed, who does what…</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>Sav&amp;e</translation>
    </message>
    <message>
        <source>Notitie bewaren (Ctrl+S)</source>
        <translation>Save note (Ctrl+S)</translation>
    </message>
    <message>
        <source>Bewaren (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wijzigingen annuleren (Esc)</source>
        <translation>Cancel changes (Esc)</translation>
    </message>
    <message>
        <source>Annuleren (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Da&amp;tum en uur</source>
        <translation>Date and ti&amp;me</translation>
    </message>
    <message>
        <source>S&amp;oort</source>
        <translation>&amp;Kind of contact</translation>
    </message>
    <message>
        <source>P&amp;laats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Noti&amp;tie</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>Nog niet bewaard</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Notitie van {moment}</source>
        <translation>Note of {moment}</translation>
    </message>
    <message>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Kies een contactmoment in de lijst, of begin een nieuwe notitie (Ctrl+Shift+N).</source>
        <translation>Choose a contact in the list, or start a new note (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Kracht, hulpbron of nood</source>
        <translation>Strength, resource or need</translation>
    </message>
    <message>
        <source>Wat er speelt in een levensdomein</source>
        <translation>What is going on in a life domain</translation>
    </message>
    <message>
        <source>Noteer ook wat goed gaat. Zag u zelf iets dat de cliënt nog niet zei? Duid dat aan, zodat u het later samen kunt bespreken.</source>
        <translation>Also note what is going well. Did you notice something yourself that the client has not said yet? Mark it, so you can talk it over together later.</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wie bracht het aan</source>
        <translation>Who raised it</translation>
    </message>
    <message>
        <source>De cliënt zei het zelf</source>
        <translation>The client said it</translation>
    </message>
    <message>
        <source>Ik merkte het op: nog na te vragen bij de cliënt</source>
        <translation>I noticed it: to check with the client</translation>
    </message>
    <message>
        <source>Niet genoteerd</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Levensdomein</source>
        <translation>&amp;Life domain</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Wie bracht het aan</source>
        <translation>&amp;Who raised it</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>D&amp;ate</translation>
    </message>
</context>
<context>
    <name>ObservationModel</name>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wie bracht het aan</source>
        <translation>Who raised it</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Genoteerd op {date}</source>
        <translation>Recorded on {date}</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aanbod: wat ze doen</source>
        <translation>Services: what they offer</translation>
    </message>
    <message>
        <source>Wie kan er terecht</source>
        <translation>Who can go there</translation>
    </message>
    <message>
        <source>Werkwijze</source>
        <translation>Way of working</translation>
    </message>
    <message>
        <source>Wat er gebeurt als de cliënt stopt</source>
        <translation>What happens if the client stops</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Wat kan iemand hier krijgen of leren?</source>
        <translation>What can someone get or learn here?</translation>
    </message>
    <message>
        <source>Voor wie is het bedoeld, wat is nodig om te starten?</source>
        <translation>Who is it for, what is needed to start?</translation>
    </message>
    <message>
        <source>Hoe verloopt een begeleiding daar, wat wordt verwacht?</source>
        <translation>How does support work there, what is expected?</translation>
    </message>
    <message>
        <source>Verliest de cliënt iets als hij of zij afhaakt?</source>
        <translation>Does the client lose anything by dropping out?</translation>
    </message>
    <message>
        <source>bv. ma–vr 9–12 u</source>
        <translation>e.g. Mon–Fri 9–12</translation>
    </message>
    <message>
        <source>Over de organisatie</source>
        <translation>About the organisation</translation>
    </message>
    <message>
        <source>Naa&amp;m</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Aanbod</source>
        <translation>Serv&amp;ices</translation>
    </message>
    <message>
        <source>Wie kan er te&amp;recht</source>
        <translation>&amp;Who can go there</translation>
    </message>
    <message>
        <source>Wer&amp;kwijze</source>
        <translation>Way of wor&amp;king</translation>
    </message>
    <message>
        <source>Als de cliënt &amp;stopt</source>
        <translation>If the c&amp;lient stops</translation>
    </message>
    <message>
        <source>Bereikbaarheid</source>
        <translation>How to reach them</translation>
    </message>
    <message>
        <source>Adr&amp;es</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Te&amp;lefoon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>We&amp;bsite</translation>
    </message>
    <message>
        <source>Openings&amp;uren</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen</source>
        <translation>&amp;Contact persons</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>F2 past een cel aan; spatie zet of haalt het vinkje bevoorrecht of reserve.</source>
        <translation>F2 edits a cell; Space sets or clears the trusted or backup tick.</translation>
    </message>
    <message>
        <source>Eén bevoorrechte contactpersoon en één reserve per organisatie: een nieuw vinkje neemt de plaats van het vorige in. Spatie zet een vinkje, F2 of dubbelklikken past een cel aan.</source>
        <translation>One trusted contact person and one backup per organisation: a new tick takes the place of the previous one. Space sets a tick; F2 or a double click edits a cell.</translation>
    </message>
    <message>
        <source>Persoon toe&amp;voegen</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <source>Aan&amp;passen</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>We&amp;glaten</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Contactpersoon toevoegen</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <source>Contactpersoon aanpassen</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>Contactpersoon weglaten</source>
        <translation>Remove contact person</translation>
    </message>
    <message>
        <source>Geef de organisatie eerst een naam.</source>
        <translation>Give the organisation a name first.</translation>
    </message>
    <message>
        <source>Elke contactpersoon heeft een naam nodig.</source>
        <translation>Every contact person needs a name.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>De bevoorrechte contactpersoon: wie u er eerst belt</source>
        <translation>The trusted contact person: who you call there first</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Fase &amp;wijzigen…</source>
        <translation>Ch&amp;ange phase…</translation>
    </message>
    <message>
        <source>Fase wijzigen</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>Hulpvraag, zoals de cliënt ze stelt</source>
        <translation>Request for help, as the client puts it</translation>
    </message>
    <message>
        <source>Hulpvraag in de woorden van de cliënt</source>
        <translation>Request for help in the client’s words</translation>
    </message>
    <message>
        <source>Nog niet genoteerd. Vraag het bij een volgend gesprek.</source>
        <translation>Not recorded yet. Ask about it at the next conversation.</translation>
    </message>
    <message>
        <source>Volgende afspraken</source>
        <translation>Next appointments</translation>
    </message>
    <message>
        <source>Geen afspraken gepland.</source>
        <translation>No appointments planned.</translation>
    </message>
    <message>
        <source>Krachten en hulpbronnen</source>
        <translation>Strengths and resources</translation>
    </message>
    <message>
        <source>Nog geen krachten genoteerd. Waar is de cliënt goed in?</source>
        <translation>No strengths recorded yet. What is the client good at?</translation>
    </message>
    <message>
        <source>Noden</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Nog geen noden genoteerd.</source>
        <translation>No needs recorded yet.</translation>
    </message>
    <message>
        <source>Openstaande tussenstappen</source>
        <translation>Open steps</translation>
    </message>
    <message>
        <source>Geen open tussenstappen.</source>
        <translation>No open steps.</translation>
    </message>
    <message>
        <source>Rechten in één oogopslag</source>
        <translation>Rights at a glance</translation>
    </message>
    <message>
        <source>Nog geen rechten besproken.</source>
        <translation>No rights discussed yet.</translation>
    </message>
    <message>
        <source>Fasegeschiedenis</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <source>Zonder status</source>
        <translation>No status</translation>
    </message>
    <message>
        <source>{status} · nog geen fase</source>
        <translation>{status} · no phase yet</translation>
    </message>
    <message>
        <source>{status} · nu in de fase {phase}, sinds {date}</source>
        <translation>{status} · current phase: {phase}, since {date}</translation>
    </message>
</context>
<context>
    <name>PhaseChangeDialog</name>
    <message>
        <source>Fase wijzigen</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>Naar een andere fase</source>
        <translation>To another phase</translation>
    </message>
    <message>
        <source>Elke fase kan opnieuw beginnen, ook een eerdere: dat hoort bij een traject. De vorige fasen blijven in de geschiedenis staan.</source>
        <translation>Any phase can start again, an earlier one too: that is part of a trajectory. The previous phases stay in the history.</translation>
    </message>
    <message>
        <source>Nieuwe fase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Waarom deze stap</source>
        <translation>Why this step</translation>
    </message>
    <message>
        <source>&amp;Fase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Vana&amp;f</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Waarom</source>
        <translation>&amp;Why</translation>
    </message>
</context>
<context>
    <name>PhaseHistoryModel</name>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>↩ terug naar {phase}</source>
        <translation>↩ back to {phase}</translation>
    </message>
    <message>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{days} dagen</source>
        <translation>{days} days</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <source>↩ terug naar {phase}</source>
        <translation>↩ back to {phase}</translation>
    </message>
    <message>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <source>{phase}: {start} tot {until}</source>
        <translation>{phase}: {start} to {until}</translation>
    </message>
    <message>
        <source>Fasegeschiedenis</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <source>↩ terug</source>
        <translation>↩ back</translation>
    </message>
</context>
<context>
    <name>QtDialogs</name>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>RightDialog</name>
    <message>
        <source>Recht</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Een recht en waar het staat</source>
        <translation>A right and where it stands</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een verhoogde tegemoetkoming, een busabonnement of een plaats op een wachtlijst. Pas de datum aan wanneer de status verandert.</source>
        <translation>For example an increased health-care reimbursement, a bus pass or a place on a waiting list. Change the date when the status changes.</translation>
    </message>
    <message>
        <source>Naam van het recht</source>
        <translation>Name of the right</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Geen bepaald domein</source>
        <translation>No particular domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum van de status</source>
        <translation>Date of the status</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Recht</source>
        <translation>&amp;Right</translation>
    </message>
    <message>
        <source>&amp;Levensdomein</source>
        <translation>&amp;Life domain</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>RightModel</name>
    <message>
        <source>Recht</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Vergrendelen na zoveel minuten zonder activiteit</source>
        <translation>Lock after this many minutes without activity</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen na:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source>Zonder toetsaanslag of muisbeweging sluit genwerkt de kluis na deze tijd. Wat u aan het typen was, wordt eerst bewaard.</source>
        <translation>Without a key press or mouse movement, genwerkt closes the vault after this time. What you were typing is saved first.</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Taal van het programma</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>De nieuwe taal verschijnt wanneer u genwerkt opnieuw start.</source>
        <translation>The new language appears when you restart genwerkt.</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Bewaartermijn van een afgesloten dossier in jaren</source>
        <translation>Retention period of a closed file in years</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <source>Zo lang blijft een afgesloten dossier bewaard voor genwerkt voorstelt het te verwijderen. Volg de afspraken van uw organisatie.</source>
        <translation>How long a closed file is kept before genwerkt suggests deleting it. Follow the agreements of your organisation.</translation>
    </message>
    <message>
        <source>bv. Sam Peeters</source>
        <translation>e.g. Sam Peeters</translation>
    </message>
    <message>
        <source>Uw naam als coach</source>
        <translation>Your name as coach</translation>
    </message>
    <message>
        <source>&amp;Uw naam:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>Wordt ingevuld als coach bij een nieuw dossier en staat op afgedrukte bladen.</source>
        <translation>Filled in as the coach of a new file and shown on printed sheets.</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>Tussenstap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>{date} · te laat</source>
        <translation>{date} · overdue</translation>
    </message>
</context>
<context>
    <name>VaultScreens</name>
    <message>
        <source>Even geduld</source>
        <translation>One moment</translation>
    </message>
    <message>
        <source>De kluis wordt gezocht…</source>
        <translation>Looking for the vault…</translation>
    </message>
    <message>
        <source>De kluis wordt gemaakt en versleuteld…</source>
        <translation>Creating and encrypting the vault…</translation>
    </message>
    <message>
        <source>genwerkt: herstelcode</source>
        <translation>genwerkt: recovery code</translation>
    </message>
    <message>
        <source>Deze code opent uw genwerkt-kluis als u de wachtzin vergeet.</source>
        <translation>This code opens your genwerkt vault if you forget the passphrase.</translation>
    </message>
    <message>
        <source>Bewaar dit blad op een veilige plek, niet bij de laptop.</source>
        <translation>Keep this sheet in a safe place, not with the laptop.</translation>
    </message>
    <message>
        <source>De voorbeelddossiers worden geladen…</source>
        <translation>Loading the example files…</translation>
    </message>
    <message>
        <source>{count} fictieve voorbeelddossiers geladen.</source>
        <translation>{count} fictional example files loaded.</translation>
    </message>
    <message>
        <source>U kunt ook leeg beginnen.</source>
        <translation>You can also start empty.</translation>
    </message>
    <message>
        <source>De kluis wordt geopend…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <source>Onthouden op dit apparaat lukte niet: {reason}.</source>
        <translation>Remembering on this device did not work: {reason}.</translation>
    </message>
    <message>
        <source>Deze wachtzin opent de kluis niet. Let op hoofdletters, spaties en leestekens, en probeer opnieuw.</source>
        <translation>This passphrase does not open the vault. Mind capitals, spaces and punctuation, and try again.</translation>
    </message>
    <message>
        <source>De kluis wordt geopend met de herstelcode…</source>
        <translation>Opening the vault with the recovery code…</translation>
    </message>
    <message>
        <source>De kluis is open. Gebruik voortaan uw nieuwe wachtzin.</source>
        <translation>The vault is open. From now on, use your new passphrase.</translation>
    </message>
    <message>
        <source>Deze herstelcode past niet bij deze kluis. Controleer elke groep tekens.</source>
        <translation>This recovery code does not fit this vault. Check each group of characters.</translation>
    </message>
    <message>
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>genwerkt bewaart uw dossiers versleuteld op deze computer. Kies een wachtzin: een zin van enkele woorden die u makkelijk onthoudt. Zonder wachtzin of herstelcode kan niemand de dossiers openen, ook u niet.</source>
        <translation>genwerkt keeps your files encrypted on this computer. Choose a passphrase: a sentence of a few words that you remember easily. Without the passphrase or the recovery code nobody can open the files, not even you.</translation>
    </message>
    <message>
        <source>&amp;Kluis maken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>Kluis maken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Fictieve voorbeelddossiers laden?</source>
        <translation>Load fictional example files?</translation>
    </message>
    <message>
        <source>Wilt u eerst rustig rondkijken? genwerkt kan enkele verzonnen dossiers laden. Ze gaan over niemand echt, en u kunt ze later weer verwijderen.</source>
        <translation>Would you like to look around first? genwerkt can load a few made-up files. They are about no real person, and you can delete them later.</translation>
    </message>
    <message>
        <source>&amp;Nee, leeg beginnen</source>
        <translation>&amp;No, start empty</translation>
    </message>
    <message>
        <source>Nee, leeg beginnen</source>
        <translation>No, start empty</translation>
    </message>
    <message>
        <source>&amp;Ja, voorbeelden laden</source>
        <translation>&amp;Yes, load examples</translation>
    </message>
    <message>
        <source>Ja, voorbeelddossiers laden</source>
        <translation>Yes, load example files</translation>
    </message>
    <message>
        <source>De kluis kan niet geopend worden: {detail}. Zet een back-up terug of vraag hulp aan wie uw computer beheert.</source>
        <translation>The vault cannot be opened: {detail}. Restore a backup or ask the person who manages your computer for help.</translation>
    </message>
    <message>
        <source>Dat lukt nu niet: {detail}.</source>
        <translation>That is not possible right now: {detail}.</translation>
    </message>
    <message>
        <source>Dat lukt niet: {detail}.</source>
        <translation>That did not work: {detail}.</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis. Probeer het opnieuw; blijft het gebeuren, start genwerkt dan opnieuw.</source>
        <translation>Something unexpected went wrong. Try again; if it keeps happening, restart genwerkt.</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>genwerkt</source>
        <translation>genwerkt</translation>
    </message>
    <message>
        <source>Nieuwe wachtzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtzin herhalen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>&amp;Wachtzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Nog eens:</source>
        <translation>A&amp;gain:</translation>
    </message>
    <message>
        <source>Sterkte van de wachtzin</source>
        <translation>Strength of the passphrase</translation>
    </message>
    <message>
        <source>Sterkte: {label}. {hint}</source>
        <translation>Strength: {label}. {hint}</translation>
    </message>
    <message>
        <source>Kies een zin van enkele woorden die u onthoudt en die anderen niet raden.</source>
        <translation>Choose a sentence of a few words that you remember and others do not guess.</translation>
    </message>
    <message>
        <source>Beide wachtzinnen zijn gelijk.</source>
        <translation>Both passphrases are the same.</translation>
    </message>
    <message>
        <source>De twee wachtzinnen zijn nog niet gelijk.</source>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
    <message>
        <source>Herstelcode gebruiken</source>
        <translation>Use the recovery code</translation>
    </message>
    <message>
        <source>Typ de herstelcode die u bij het maken van de kluis bewaarde, en kies meteen een nieuwe wachtzin. Hoofdletters en streepjes maken niet uit.</source>
        <translation>Type the recovery code you kept when the vault was created, and choose a new passphrase right away. Capitals and dashes do not matter.</translation>
    </message>
    <message>
        <source>&amp;Herstelcode:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Terug naar kluis openen</source>
        <translation>Back to opening the vault</translation>
    </message>
    <message>
        <source>He&amp;rstellen en openen</source>
        <translation>&amp;Recover and open</translation>
    </message>
    <message>
        <source>Herstellen en openen</source>
        <translation>Recover and open</translation>
    </message>
    <message>
        <source>Uw herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Vergeet u ooit uw wachtzin, dan opent deze code de kluis. U ziet ze maar één keer. Druk ze af of schrijf ze over, en bewaar ze op een veilige plek, niet bij de laptop.</source>
        <translation>If you ever forget your passphrase, this code opens the vault. You see it only once. Print it or copy it by hand, and keep it in a safe place, not with the laptop.</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Herstelcode afdrukken</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <source>Ik heb de herstelcode &amp;veilig bewaard</source>
        <translation>I have kept the recovery code &amp;safely</translation>
    </message>
    <message>
        <source>Ik heb de herstelcode veilig bewaard</source>
        <translation>I have kept the recovery code safely</translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Kluis openen</source>
        <translation>Open the vault</translation>
    </message>
    <message>
        <source>Typ uw wachtzin om de dossiers te openen.</source>
        <translation>Type your passphrase to open the files.</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Onthouden op dit apparaat</source>
        <translation>&amp;Remember on this device</translation>
    </message>
    <message>
        <source>Onthouden op dit apparaat</source>
        <translation>Remember on this device</translation>
    </message>
    <message>
        <source>De sleutel wordt in de sleutelhanger van het besturingssysteem bewaard, zodat genwerkt bij het starten zonder wachtzin opent.</source>
        <translation>The key is kept in the operating system&apos;s keyring, so genwerkt opens without a passphrase when it starts.</translation>
    </message>
    <message>
        <source>&amp;Herstelcode gebruiken</source>
        <translation>Use recovery &amp;code</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>{reason}. U opent de kluis dus met uw wachtzin.</source>
        <translation>{reason}. So you open the vault with your passphrase.</translation>
    </message>
</context>
</TS>
