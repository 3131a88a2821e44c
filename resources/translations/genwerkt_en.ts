<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>AccessDialog</name>
    <message>
        <source>Inzage voor de cliënt</source>
        <translation>Access copy for the client</translation>
    </message>
    <message>
        <source>Het dossier voor {name}</source>
        <translation>The case file for {name}</translation>
    </message>
    <message>
        <source>Ook mijn &amp;persoonlijke werknotities meegeven</source>
        <translation>Also include my &amp;personal working notes</translation>
    </message>
    <message>
        <source>Persoonlijke werknotities meegeven</source>
        <translation>Include personal working notes</translation>
    </message>
    <message>
        <source>&amp;Bewaren als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De cliënt mag alles lezen wat over hem of haar genoteerd is. U krijgt een PDF om te lezen of af te drukken, en hetzelfde als JSON-bestand (om mee te nemen naar een andere dienst). Notities die de cliënt niet mag lezen, bijvoorbeeld over iemand anders, blijven eruit.</source>
        <translation>The client may read everything that has been recorded about them. You get a PDF to read or print, and the same as a JSON file (to take to another service). Notes the client may not read, for example about someone else, are left out.</translation>
    </message>
    <message>
        <source>Beide bestanden bevatten dan alles, ook uw persoonlijke werknotities. Het JSON-bestand is niet versleuteld: bewaar het zorgvuldig.</source>
        <translation>Both files then hold everything, your personal working notes included. The JSON file is not encrypted: keep it safe.</translation>
    </message>
    <message>
        <source>Beide bestanden bevatten alles wat de cliënt mag lezen, zonder uw persoonlijke werknotities. Het JSON-bestand is niet versleuteld: bewaar het zorgvuldig.</source>
        <translation>Both files hold everything the client may read, without your personal working notes. The JSON file is not encrypted: keep it safe.</translation>
    </message>
    <message>
        <source>Inzage bewaren als</source>
        <translation>Save access copy as</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>De PDF en het JSON-bestand staan klaar in {folder}.
De PDF nu openen?</source>
        <translation>The PDF and the JSON file are ready in {folder}.
Open the PDF now?</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>{role} toelaten tot het team</source>
        <translation>Admit {role} to the team</translation>
    </message>
    <message>
        <source>Is dit echt de laptop van {role}?</source>
        <translation>Is this really {role}&apos;s laptop?</translation>
    </message>
    <message>
        <source>Vraag {role} om Instellingen te openen en de vingerafdruk die daar staat hardop voor te lezen, of kijk samen naar beide schermen. Laat {role} pas toe als elk teken gelijk is: zo kan niemand anders, ook niet de beheerder van de server, zich als {role} voordoen.</source>
        <translation>Ask {role} to open Settings and read out the fingerprint shown there, or look at both screens together. Only admit {role} when every character matches: that way nobody else, not even the server&apos;s administrator, can pose as {role}.</translation>
    </message>
    <message>
        <source>Vingerafdruk van {role}</source>
        <translation>Fingerprint of {role}</translation>
    </message>
    <message>
        <source>Na het toelaten krijgt {role} de teamsleutel bij de volgende synchronisatie en kan dan de gedeelde dossiers lezen.</source>
        <translation>Once admitted, {role} receives the team key at their next sync and can then read the shared case files.</translation>
    </message>
    <message>
        <source>Is er een verschil? Laat dan niemand toe en verwittig de beheerder.</source>
        <translation>Is there a difference? Then admit nobody and tell the administrator.</translation>
    </message>
    <message>
        <source>Gelijk: toelaten</source>
        <translation>Identical: admit</translation>
    </message>
    <message>
        <source>Niet gelijk of twijfel: annuleren</source>
        <translation>Different or unsure: cancel</translation>
    </message>
</context>
<context>
    <name>AftercareForm</name>
    <message>
        <source>Nazorg vanaf</source>
        <translation>Aftercare from</translation>
    </message>
    <message>
        <source>Nazorg tot</source>
        <translation>Aftercare until</translation>
    </message>
    <message>
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Tot</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Geplande contactmomenten</source>
        <translation>Planned contact moments</translation>
    </message>
    <message>
        <source>Nog geen contactmomenten gepland. Spreek er samen een paar af.</source>
        <translation>No contact moments planned yet. Agree on a few together.</translation>
    </message>
    <message>
        <source>Datum van het contactmoment</source>
        <translation>Date of the contact moment</translation>
    </message>
    <message>
        <source>Soort contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>Wie neemt het initiatief</source>
        <translation>Who takes the initiative</translation>
    </message>
    <message>
        <source>Inpla&amp;nnen</source>
        <translation>Sche&amp;dule</translation>
    </message>
    <message>
        <source>Contactmoment inplannen</source>
        <translation>Schedule contact moment</translation>
    </message>
    <message>
        <source>&amp;Afvinken</source>
        <translation>&amp;Tick off</translation>
    </message>
    <message>
        <source>Contactmoment afvinken</source>
        <translation>Tick off contact moment</translation>
    </message>
    <message>
        <source>Schrappen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Contactmoment uit het plan schrappen</source>
        <translation>Remove contact moment from the plan</translation>
    </message>
    <message>
        <source>&amp;Nieuw moment</source>
        <translation>&amp;New moment</translation>
    </message>
    <message>
        <source>Waarvoor de cliënt nog terecht kan</source>
        <translation>What the client can still come to you for</translation>
    </message>
    <message>
        <source>Wat niet meer kan</source>
        <translation>What is no longer possible</translation>
    </message>
    <message>
        <source>Steun in het netwerk</source>
        <translation>Support in the network</translation>
    </message>
    <message>
        <source>Signalen om op te letten</source>
        <translation>Signs to watch for</translation>
    </message>
    <message>
        <source>Handige nummers</source>
        <translation>Useful numbers</translation>
    </message>
    <message>
        <source>Kan nog &amp;terecht voor</source>
        <translation>&amp;Can still come for</translation>
    </message>
    <message>
        <source>Kan &amp;niet meer</source>
        <translation>No &amp;longer possible</translation>
    </message>
    <message>
        <source>Steun in het net&amp;werk</source>
        <translation>Support in the net&amp;work</translation>
    </message>
    <message>
        <source>&amp;Signalen om op te letten</source>
        <translation>Si&amp;gns to watch for</translation>
    </message>
    <message>
        <source>&amp;Handige nummers</source>
        <translation>Useful num&amp;bers</translation>
    </message>
    <message>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>Afspraken, één per regel</source>
        <translation>Agreements, one per line</translation>
    </message>
    <message>
        <source>Schrijf zoals u het de cliënt zou zeggen: het komt zo op het nazorgblad.</source>
        <translation>Write it the way you would say it to the client: it goes onto the aftercare sheet as it is.</translation>
    </message>
    <message>
        <source>Niet &amp;gebeurd</source>
        <translation>Did not &amp;happen</translation>
    </message>
</context>
<context>
    <name>AgendaDates</name>
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
        <source>Stap opnieuw bekijken</source>
        <translation>Review step</translation>
    </message>
    <message>
        <source>Herinnering</source>
        <translation>Reminder</translation>
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
        <source>Te laat: dit stond gepland voor {day} en is niet afgerond.</source>
        <translation>Overdue: this was planned for {day} and has not been dealt with.</translation>
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
        <source>Buiten wat achterstallig is, staat er vandaag niets gepland.</source>
        <translation>Apart from what is overdue, nothing is planned for today.</translation>
    </message>
    <message>
        <source>Buiten wat achterstallig is, staat er die dag niets gepland.</source>
        <translation>Apart from what is overdue, nothing is planned for that day.</translation>
    </message>
    <message>
        <source>Buiten wat achterstallig is, staat er deze week niets gepland.</source>
        <translation>Apart from what is overdue, nothing is planned for this week.</translation>
    </message>
    <message>
        <source>Buiten wat achterstallig is, staat er die week niets gepland.</source>
        <translation>Apart from what is overdue, nothing is planned for that week.</translation>
    </message>
    <message>
        <source>Achterstallig: 1 afspraak of taak is voorbij en niet afgerond. Ze staat bovenaan, in het rood en met &apos;te laat&apos;.</source>
        <translation>Overdue: 1 appointment or task has passed and has not been dealt with. It is at the top, in red and marked &apos;overdue&apos;.</translation>
    </message>
    <message>
        <source>Achterstallig: {count} afspraken of taken zijn voorbij en niet afgerond. Ze staan bovenaan, in het rood en met &apos;te laat&apos;.</source>
        <translation>Overdue: {count} appointments or tasks have passed and have not been dealt with. They are at the top, in red and marked &apos;overdue&apos;.</translation>
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
        <translation>Enter or a double click opens the client&apos;s case file.</translation>
    </message>
    <message>
        <source>Enter of dubbelklik op een regel opent het dossier.</source>
        <translation>Enter or a double click on a row opens the case file.</translation>
    </message>
    <message>
        <source>&amp;Afvinken</source>
        <translation>Tic&amp;k off</translation>
    </message>
    <message>
        <source>Het gekozen nazorgcontact afvinken als gebeurd (Ctrl+D)</source>
        <translation>Tick off the chosen aftercare contact moment as done (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dossier &amp;openen</source>
        <translation>&amp;Open case file</translation>
    </message>
    <message>
        <source>Nazorgcontact afvinken</source>
        <translation>Tick off aftercare contact moment</translation>
    </message>
    <message>
        <source>Afvinken ongedaan maken</source>
        <translation>Undo the tick</translation>
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
    <message>
        <source>De afspraak met {name} is doorgegaan. Open het dossier om de notitie te schrijven.</source>
        <translation>The appointment with {name} took place. Open the case file to write the note.</translation>
    </message>
    <message>
        <source>Genoteerd: {name} kwam niet naar de afspraak.</source>
        <translation>Noted: {name} did not come to the appointment.</translation>
    </message>
    <message>
        <source>De afspraak met {name} is verzet.</source>
        <translation>The appointment with {name} has been moved.</translation>
    </message>
    <message>
        <source>Nazorgcontact met {name} van {day} is afgevinkt.</source>
        <translation>Aftercare contact moment with {name} on {day} ticked off.</translation>
    </message>
    <message>
        <source>Het nazorgcontact van {day} staat weer open.</source>
        <translation>The aftercare contact moment on {day} is open again.</translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
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
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>gesprek</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>huisbezoek</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone call</translation>
    </message>
    <message>
        <source>informeel</source>
        <translation>informal</translation>
    </message>
    <message>
        <source>Nazorgcontact ({how})</source>
        <translation>Aftercare contact ({how})</translation>
    </message>
    <message>
        <source>Nazorgcontact</source>
        <translation>Aftercare contact</translation>
    </message>
    <message>
        <source>{what} – de cliënt neemt contact op</source>
        <translation>{what} – the client gets in touch</translation>
    </message>
    <message>
        <source>Herinnering sturen aan {name} voor de afspraak van morgen bij {where}</source>
        <translation>Send {name} a reminder of tomorrow&apos;s appointment at {where}</translation>
    </message>
    <message>
        <source>op papier</source>
        <translation>on paper</translation>
    </message>
    <message>
        <source>per e-mail</source>
        <translation>by email</translation>
    </message>
    <message>
        <source>per sms</source>
        <translation>by text message</translation>
    </message>
    <message>
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>{what} – niet gekomen</source>
        <translation>{what} – did not come</translation>
    </message>
    <message>
        <source>Eerste afspraak bij {name}</source>
        <translation>First appointment at {name}</translation>
    </message>
    <message>
        <source>Rondetafelgesprek</source>
        <translation>Round-table meeting</translation>
    </message>
    <message>
        <source>Cliëntoverleg</source>
        <translation>Client meeting</translation>
    </message>
    <message>
        <source>Doorverwijzing naar {name} opnieuw bekijken</source>
        <translation>Review the referral to {name}</translation>
    </message>
</context>
<context>
    <name>AgreementStepDialog</name>
    <message>
        <source>Maak er een POP-stap van</source>
        <translation>Make it a POP step</translation>
    </message>
    <message>
        <source>Een afspraak wordt een stap in het plan</source>
        <translation>An agreement becomes a step in the plan</translation>
    </message>
    <message>
        <source>Kies de afspraak en het doel waar ze bij hoort. Wie de stap zet en tegen wanneer komt uit de afspraak; pas het aan als dat nodig is.</source>
        <translation>Choose the agreement and the goal it belongs to. Who takes the step and by when comes from the agreement; change it if needed.</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Nieuw doel…</source>
        <translation>New goal…</translation>
    </message>
    <message>
        <source>Naam van het nieuwe doel</source>
        <translation>Name of the new goal</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Wie zet de stap</source>
        <translation>Who takes the step</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>&amp;Afspraak</source>
        <translation>&amp;Agreement</translation>
    </message>
    <message>
        <source>&amp;Doel</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>Nieuw d&amp;oel</source>
        <translation>New g&amp;oal</translation>
    </message>
    <message>
        <source>&amp;Stap</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <source>&amp;Wie</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Tegen</source>
        <translation>&amp;By</translation>
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
    <message>
        <source>{when} · te laat</source>
        <translation>{when} · overdue</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>kluis geopend</source>
        <translation>vault opened</translation>
    </message>
    <message>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>dossier ingelezen</source>
        <translation>case file imported</translation>
    </message>
    <message>
        <source>uitgevoerd (blad of bestand)</source>
        <translation>exported (sheet or file)</translation>
    </message>
    <message>
        <source>inzage voor de cliënt</source>
        <translation>access copy for the client</translation>
    </message>
    <message>
        <source>gedeeld met een dienst</source>
        <translation>shared with a service</translation>
    </message>
    <message>
        <source>traject afgesloten</source>
        <translation>trajectory closed</translation>
    </message>
    <message>
        <source>back-up gemaakt</source>
        <translation>backup made</translation>
    </message>
    <message>
        <source>back-up teruggezet</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <source>dossier definitief verwijderd</source>
        <translation>case file deleted for good</translation>
    </message>
    <message>
        <source>dossier vernietigd (bewaartermijn voorbij)</source>
        <translation>case file destroyed (retention period over)</translation>
    </message>
    <message>
        <source>onderdeel van een dossier verwijderd</source>
        <translation>part of a case file deleted</translation>
    </message>
    <message>
        <source>status gewijzigd</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>toestemming vastgelegd</source>
        <translation>consent recorded</translation>
    </message>
    <message>
        <source>informatievraag per telefoon vastgelegd</source>
        <translation>information request by telephone recorded</translation>
    </message>
    <message>
        <source>wachtzin gewijzigd</source>
        <translation>passphrase changed</translation>
    </message>
    <message>
        <source>wachtzin hersteld met de herstelcode</source>
        <translation>passphrase reset with the recovery code</translation>
    </message>
    <message>
        <source>testdossiers aangemaakt</source>
        <translation>test case files created</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Uitgevoerd en gedeeld</source>
        <translation>Exported and shared</translation>
    </message>
    <message>
        <source>Verwijderd en vernietigd</source>
        <translation>Deleted and destroyed</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>(dossier bestaat niet meer)</source>
        <translation>(case file no longer exists)</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Wat er met de dossiers gebeurde en wanneer: openen, uitvoeren, delen, verwijderen. Het logboek bewaart nooit wat er in een dossier staat.</source>
        <translation>What happened to the case files and when: opening, exporting, sharing, deleting. The audit log never keeps what is in a case file.</translation>
    </message>
    <message>
        <source>Het logboek wordt nagekeken…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message>
        <source>Toon</source>
        <translation>View</translation>
    </message>
    <message>
        <source>&amp;Toon</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Regels van het logboek</source>
        <translation>Lines of the audit log</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Het logboek sluiten</source>
        <translation>Close the audit log</translation>
    </message>
    <message>
        <source>Het logboek is in orde: er ontbreekt geen regel en er werd niets gewijzigd ({count} regels nagekeken).</source>
        <translation>The audit log is in order: no line is missing and nothing was changed ({count} lines checked).</translation>
    </message>
    <message>
        <source>Let op: het logboek is niet meer volledig. {problem}. Iemand heeft regels weggehaald of veranderd buiten genwerkt om. Meld dit aan wie in uw dienst over privacy gaat, en bewaar de back-ups.</source>
        <translation>Warning: the audit log is no longer complete. {problem}. Someone has removed or changed lines outside genwerkt. Report this to the person in your service who deals with privacy, and keep the backups.</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>Nog geen back-up gemaakt: maak er een via Kluis › Back-up maken.</source>
        <translation>No backup made yet: make one via Vault › Make a backup.</translation>
    </message>
    <message>
        <source>Laatste back-up {days} dagen geleden ({date}): tijd voor een nieuwe.</source>
        <translation>Last backup {days} days ago ({date}): time for a new one.</translation>
    </message>
    <message>
        <source>Laatste back-up: {date}</source>
        <translation>Last backup: {date}</translation>
    </message>
    <message>
        <source>De back-up wordt gemaakt en nagekeken… {percent} %</source>
        <translation>Making and checking the backup… {percent} %</translation>
    </message>
    <message>
        <source>Back-up bewaren als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Back-up klaar</source>
        <translation>Backup ready</translation>
    </message>
    <message>
        <source>De back-up staat in {path}. Ze is versleuteld en opent met dezelfde wachtzin of herstelcode. Bewaar ze op een andere plaats dan deze computer.</source>
        <translation>The backup is in {path}. It is encrypted and opens with the same passphrase or recovery code. Keep it somewhere other than this computer.</translation>
    </message>
    <message>
        <source>Geen back-up</source>
        <translation>No backup</translation>
    </message>
</context>
<context>
    <name>BalanceTab</name>
    <message>
        <source>Geen bepaald domein</source>
        <translation>No particular domain</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Wat helpt dragen</source>
        <translation>What helps carry the load</translation>
    </message>
    <message>
        <source>Wat weegt</source>
        <translation>What weighs heavy</translation>
    </message>
    <message>
        <source>Een paar woorden volstaan, liefst zoals de cliënt het zegt. Het gewicht gaat van 1 (licht) tot 5 (zwaar): kies het samen.</source>
        <translation>A few words are enough, preferably the way the client says it. The weight goes from 1 (light) to 5 (heavy): choose it together.</translation>
    </message>
    <message>
        <source>Kant</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Draagkracht: helpt dragen</source>
        <translation>Capacity: helps carry the load</translation>
    </message>
    <message>
        <source>Draaglast: weegt</source>
        <translation>Burden: weighs heavy</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Gewicht van 1 tot 5</source>
        <translation>Weight from 1 to 5</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Kant</source>
        <translation>&amp;Side</translation>
    </message>
    <message>
        <source>&amp;Levensdomein</source>
        <translation>&amp;Life domain</translation>
    </message>
    <message>
        <source>&amp;Gewicht (1 licht – 5 zwaar)</source>
        <translation>&amp;Weight (1 light – 5 heavy)</translation>
    </message>
    <message>
        <source>Uit sterktes en noden kiezen</source>
        <translation>Pick from strengths and needs</translation>
    </message>
    <message>
        <source>Wat staat al in het dossier?</source>
        <translation>What is already in the case file?</translation>
    </message>
    <message>
        <source>Krachten en hulpbronnen komen bij de draagkracht, noden bij de draaglast. Ze krijgen gewicht 3; pas dat daarna samen aan. Spatie vinkt aan of af.</source>
        <translation>Strengths and resources go to capacity, needs go to burden. They get weight 3; adjust that together afterwards. Space ticks or unticks.</translation>
    </message>
    <message>
        <source>Sterktes en noden</source>
        <translation>Strengths and needs</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>gewicht {w} van 5</source>
        <translation>weight {w} of 5</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Komt bij</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>draaglast</source>
        <translation>burden</translation>
    </message>
    <message>
        <source>draagkracht</source>
        <translation>capacity</translation>
    </message>
    <message>
        <source>Staat al op de balans</source>
        <translation>Already on the balance</translation>
    </message>
    <message>
        <source>Inschatting</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Datum van de inschatting</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <source>&amp;Nieuwe inschatting</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>Nieuwe inschatting</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Begint van de laatste inschatting, met de datum van vandaag</source>
        <translation>Starts from the latest assessment, with today&apos;s date</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Deze inschatting verwijderen</source>
        <translation>Delete this assessment</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Balans bewaren als PDF</source>
        <translation>Save balance as PDF</translation>
    </message>
    <message>
        <source>&amp;Afbeelding…</source>
        <translation>I&amp;mage…</translation>
    </message>
    <message>
        <source>Balans bewaren als afbeelding</source>
        <translation>Save balance as image</translation>
    </message>
    <message>
        <source>Groot tonen (F11)</source>
        <translation>Show large (F11)</translation>
    </message>
    <message>
        <source>De balans groot tonen, om samen te bekijken</source>
        <translation>Show the balance large, to look at together</translation>
    </message>
    <message>
        <source>&amp;Inschatting van</source>
        <translation>&amp;Assessment of</translation>
    </message>
    <message>
        <source>Da&amp;tum</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Dit is een beeld om samen over te praten, geen meting en geen gevalideerde score. Wijs de blokjes aan voor de volledige tekst.</source>
        <translation>This is a picture to talk about together, not a measurement and not a validated score. Hover over the blocks to see the full text.</translation>
    </message>
    <message>
        <source>Verloop van draagkracht en draaglast</source>
        <translation>Course of capacity and burden</translation>
    </message>
    <message>
        <source>Verloop voor welk levensdomein</source>
        <translation>Course for which life domain</translation>
    </message>
    <message>
        <source>&amp;Voor</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>Klik op een punt om die inschatting te openen.</source>
        <translation>Click a point to open that assessment.</translation>
    </message>
    <message>
        <source>Draagkracht: wat helpt dragen</source>
        <translation>Capacity: what helps carry the load</translation>
    </message>
    <message>
        <source>Draaglast: wat weegt</source>
        <translation>Burden: what weighs heavy</translation>
    </message>
    <message>
        <source>&amp;Draagkracht toevoegen…</source>
        <translation>Add &amp;capacity…</translation>
    </message>
    <message>
        <source>Draa&amp;glast toevoegen…</source>
        <translation>Add bu&amp;rden…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Gekozen factor bewerken</source>
        <translation>Edit the selected factor</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Gekozen factor verwijderen</source>
        <translation>Delete the selected factor</translation>
    </message>
    <message>
        <source>Om&amp;hoog</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Gekozen factor omhoog (Ctrl+Pijl omhoog)</source>
        <translation>Move the selected factor up (Ctrl+Up arrow)</translation>
    </message>
    <message>
        <source>Om&amp;laag</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Gekozen factor omlaag (Ctrl+Pijl omlaag)</source>
        <translation>Move the selected factor down (Ctrl+Down arrow)</translation>
    </message>
    <message>
        <source>Uit &amp;sterktes en noden kiezen…</source>
        <translation>Pick from &amp;strengths and needs…</translation>
    </message>
    <message>
        <source>Gewicht van de gekozen factor, 1 tot 5</source>
        <translation>Weight of the chosen factor, 1 to 5</translation>
    </message>
    <message>
        <source>Kies een factor en druk 1 tot 5 (licht tot zwaar) om het gewicht te zetten. Ctrl+Z maakt de laatste wijziging ongedaan, Ctrl+Shift+Z doet ze opnieuw.</source>
        <translation>Choose a factor and press 1 to 5 (light to heavy) to set its weight. Ctrl+Z undoes the last change, Ctrl+Shift+Z redoes it.</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Notitie bij deze inschatting</source>
        <translation>Note on this assessment</translation>
    </message>
    <message>
        <source>N&amp;otitie bij deze inschatting</source>
        <translation>N&amp;ote on this assessment</translation>
    </message>
    <message>
        <source>Nog geen balans. Zet samen met de cliënt op een rij wat helpt dragen en wat weegt: zo ziet u waar het zwaarst doorweegt, en later hoe dat verandert.</source>
        <translation>No balance yet. Together with the client, list what helps carry the load and what weighs heavy: that way you see where the weight lies, and later how that changes.</translation>
    </message>
    <message>
        <source>&amp;Eerste inschatting maken</source>
        <translation>Make a &amp;first assessment</translation>
    </message>
    <message>
        <source>Eerste inschatting maken</source>
        <translation>Make a first assessment</translation>
    </message>
    <message>
        <source>Inschatting verwijderen</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <source>De inschatting van {day} verwijderen? Dat kan niet ongedaan gemaakt worden.</source>
        <translation>Delete the assessment of {day}? This cannot be undone.</translation>
    </message>
    <message>
        <source>factor toevoegen</source>
        <translation>add factor</translation>
    </message>
    <message>
        <source>factor bewerken</source>
        <translation>edit factor</translation>
    </message>
    <message>
        <source>factor verwijderen</source>
        <translation>delete factor</translation>
    </message>
    <message>
        <source>factor verplaatsen</source>
        <translation>move factor</translation>
    </message>
    <message>
        <source>gewicht wijzigen</source>
        <translation>change weight</translation>
    </message>
    <message>
        <source>uit sterktes en noden kiezen</source>
        <translation>pick from strengths and needs</translation>
    </message>
    <message>
        <source>Balans</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>datum wijzigen</source>
        <translation>change date</translation>
    </message>
    <message>
        <source>Alles samen</source>
        <translation>All together</translation>
    </message>
    <message>
        <source>Verloop voor {d}</source>
        <translation>Course for {d}</translation>
    </message>
    <message>
        <source>Verloop van beide kanten samen</source>
        <translation>Course of both sides together</translation>
    </message>
</context>
<context>
    <name>BalanceWords</name>
    <message>
        <source>WE</source>
        <comment>Werk</comment>
        <translation>WK</translation>
    </message>
    <message>
        <source>IN</source>
        <comment>Inkomen</comment>
        <translation>IN</translation>
    </message>
    <message>
        <source>WO</source>
        <comment>Wonen</comment>
        <translation>HO</translation>
    </message>
    <message>
        <source>GZ</source>
        <comment>Gezondheid</comment>
        <translation>HE</translation>
    </message>
    <message>
        <source>GE</source>
        <comment>Gezin</comment>
        <translation>FA</translation>
    </message>
    <message>
        <source>NE</source>
        <comment>Netwerk</comment>
        <translation>SN</translation>
    </message>
    <message>
        <source>VO</source>
        <comment>Vorming</comment>
        <translation>ED</translation>
    </message>
    <message>
        <source>MO</source>
        <comment>Mobiliteit</comment>
        <translation>MO</translation>
    </message>
    <message>
        <source>VT</source>
        <comment>Vrije tijd</comment>
        <translation>LE</translation>
    </message>
    <message>
        <source>AJ</source>
        <comment>Administratie en justitie</comment>
        <translation>PJ</translation>
    </message>
    <message>
        <source>AN</source>
        <comment>Andere</comment>
        <translation>OT</translation>
    </message>
    <message>
        <source>Draagkracht: wat je helpt dragen</source>
        <translation>Capacity: what helps you carry the load</translation>
    </message>
    <message>
        <source>Draaglast: wat op je weegt</source>
        <translation>Burden: what weighs on you</translation>
    </message>
    <message>
        <source>Draagkracht {total}</source>
        <translation>Capacity {total}</translation>
    </message>
    <message>
        <source>Draaglast {total}</source>
        <translation>Burden {total}</translation>
    </message>
    <message>
        <source>Er is meer draagkracht dan draaglast</source>
        <translation>There is more capacity than burden</translation>
    </message>
    <message>
        <source>Draagkracht en draaglast houden elkaar in evenwicht</source>
        <translation>Capacity and burden are in balance</translation>
    </message>
    <message>
        <source>De draaglast weegt zwaarder dan de draagkracht</source>
        <translation>The burden weighs more than the capacity</translation>
    </message>
    <message>
        <source>Draagkracht en draaglast, {date}</source>
        <translation>Capacity and burden, {date}</translation>
    </message>
    <message>
        <source>Draagkracht en draaglast van {client}, {date}</source>
        <translation>Capacity and burden for {client}, {date}</translation>
    </message>
    <message>
        <source>Zo veranderde het</source>
        <translation>How it changed</translation>
    </message>
    <message>
        <source>Dit is een beeld om samen over te praten, geen meting en geen gevalideerde score.</source>
        <translation>This is a picture to talk about together, not a measurement and not a validated score.</translation>
    </message>
    <message>
        <source>Levensdomeinen (legende)</source>
        <translation>Life domains (key)</translation>
    </message>
    <message>
        <source>Per levensdomein</source>
        <translation>By life domain</translation>
    </message>
    <message>
        <source>Nog geen factoren.</source>
        <translation>No factors yet.</translation>
    </message>
    <message>
        <source>Nog geen inschattingen.</source>
        <translation>No assessments yet.</translation>
    </message>
    <message>
        <source>draagkracht</source>
        <translation>capacity</translation>
    </message>
    <message>
        <source>draaglast</source>
        <translation>burden</translation>
    </message>
    <message>
        <source>{code} · {text} · gewicht {weight} van 5</source>
        <translation>{code} · {text} · weight {weight} out of 5</translation>
    </message>
    <message>
        <source>{date}: draagkracht {capacity}, draaglast {burden}</source>
        <translation>{date}: capacity {capacity}, burden {burden}</translation>
    </message>
</context>
<context>
    <name>ClientSheetHint</name>
    <message>
        <source>Komt op het blad voor de cliënt.</source>
        <translation>Goes on the client&apos;s sheet.</translation>
    </message>
    <message>
        <source>Het blad spreekt de cliënt aan met ‘je’. Misschien zo:</source>
        <translation>The sheet speaks to the client directly (‘je’). Perhaps like this:</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
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
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>1 afspraak of taak is voorbij en niet afgerond</source>
        <translation>1 appointment or task has passed and has not been dealt with</translation>
    </message>
    <message>
        <source>{count} afspraken of taken zijn voorbij en niet afgerond</source>
        <translation>{count} appointments or tasks have passed and have not been dealt with</translation>
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
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>gevonden in dossier</source>
        <translation>found in case file</translation>
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
        <translation>Name, or a word from the case file…</translation>
    </message>
    <message>
        <source>Zoek een cliënt op naam of in de dossiers</source>
        <translation>Search for a client by name or in the case files</translation>
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
        <translation>also searching the case files…</translation>
    </message>
    <message>
        <source>Geen cliënten om te tonen. Pas de zoekterm of de filters aan, of noteer een eerste onthaal met Nieuwe cliënt.</source>
        <translation>No clients to show. Change the search term or the filters, or record a first intake with New client.</translation>
    </message>
    <message>
        <source>Dossier archiveren</source>
        <translation>Archive the case file</translation>
    </message>
    <message>
        <source>Gearchiveerd dossier terugzetten</source>
        <translation>Restore the archived case file</translation>
    </message>
    <message>
        <source>Dossier definitief verwijderen</source>
        <translation>Delete the case file for good</translation>
    </message>
    <message>
        <source>Kan alleen voor een gearchiveerd dossier.</source>
        <translation>Only possible for an archived case file.</translation>
    </message>
    <message>
        <source>Archiveren ongedaan maken</source>
        <translation>Undo archiving</translation>
    </message>
    <message>
        <source>Het dossier van {name} staat nu in het archief.</source>
        <translation>The case file of {name} is now in the archive.</translation>
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
    <name>ClosureForm</name>
    <message>
        <source>Datum van het afsluitgesprek</source>
        <translation>Date of the closing conversation</translation>
    </message>
    <message>
        <source>Reden van afsluiten</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Nog niet gekozen</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Hoe ging het, in de woorden van de cliënt</source>
        <translation>How it went, in the client&apos;s words</translation>
    </message>
    <message>
        <source>Wat hielp het meest</source>
        <translation>What helped most</translation>
    </message>
    <message>
        <source>Wat hield de cliënt tegen</source>
        <translation>What held the client back</translation>
    </message>
    <message>
        <source>Wat is bereikt</source>
        <translation>What has been achieved</translation>
    </message>
    <message>
        <source>Wat doet de cliënt nu zelf verder</source>
        <translation>What the client now carries on with alone</translation>
    </message>
    <message>
        <source>Wat is nog moeilijk</source>
        <translation>What is still difficult</translation>
    </message>
    <message>
        <source>Op wie in het netwerk kan de cliënt terugvallen</source>
        <translation>Who in the network the client can fall back on</translation>
    </message>
    <message>
        <source>Opmerkingen van de coach</source>
        <translation>Coach&apos;s remarks</translation>
    </message>
    <message>
        <source>&amp;Datum gesprek</source>
        <translation>&amp;Date of conversation</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Hoe ging het?
(woorden van de cliënt)</source>
        <translation>&amp;How did it go?
(the client&apos;s words)</translation>
    </message>
    <message>
        <source>Wat hielp het &amp;meest</source>
        <translation>What helped &amp;most</translation>
    </message>
    <message>
        <source>Wat hield te&amp;gen</source>
        <translation>What held them &amp;back</translation>
    </message>
    <message>
        <source>Wat is bereik&amp;t</source>
        <translation>What has been achie&amp;ved</translation>
    </message>
    <message>
        <source>Wat doet de cliënt &amp;zelf verder</source>
        <translation>What the client &amp;carries on with</translation>
    </message>
    <message>
        <source>Wat is nog moeil&amp;ijk</source>
        <translation>What is still d&amp;ifficult</translation>
    </message>
    <message>
        <source>Terugvallen op (net&amp;werk)</source>
        <translation>Fall back on (net&amp;work)</translation>
    </message>
    <message>
        <source>Opmerkingen &amp;van de coach</source>
        <translation>Coach&apos;s remar&amp;ks</translation>
    </message>
</context>
<context>
    <name>ClosureLabels</name>
    <message>
        <source>Werk gevonden</source>
        <translation>Found work</translation>
    </message>
    <message>
        <source>Afgesproken duur voorbij</source>
        <translation>Agreed period over</translation>
    </message>
    <message>
        <source>Doorverwezen naar een andere dienst</source>
        <translation>Referred to another service</translation>
    </message>
    <message>
        <source>Op vraag van de cliënt</source>
        <translation>At the client&apos;s request</translation>
    </message>
    <message>
        <source>Andere reden</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone call</translation>
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
        <source>Informeel</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>De coach neemt contact op</source>
        <translation>The coach gets in touch</translation>
    </message>
    <message>
        <source>De cliënt neemt contact op</source>
        <translation>The client gets in touch</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <source>Stand van het traject</source>
        <translation>Where the trajectory stands</translation>
    </message>
    <message>
        <source>Nazorg&amp;blad…</source>
        <translation>Aftercare s&amp;heet…</translation>
    </message>
    <message>
        <source>Nazorgblad voor de cliënt</source>
        <translation>Aftercare sheet for the client</translation>
    </message>
    <message>
        <source>&amp;Inzage voor de cliënt…</source>
        <translation>&amp;Access copy for the client…</translation>
    </message>
    <message>
        <source>Inzage: het hele dossier voor de cliënt</source>
        <translation>Access copy: the whole case file for the client</translation>
    </message>
    <message>
        <source>Makkelijk &amp;lezen</source>
        <translation>&amp;Easy read</translation>
    </message>
    <message>
        <source>Nazorgblad in makkelijke taal: één blad, grote letters</source>
        <translation>Aftercare sheet in easy-read Dutch: one page, large type</translation>
    </message>
    <message>
        <source>Afsluitgesprek</source>
        <translation>Closing conversation</translation>
    </message>
    <message>
        <source>Blik samen terug. Noteer zoveel mogelijk in de woorden van de cliënt: wat ging goed, wat hielp, wat hield tegen, en wat nu zelf verder gaat.</source>
        <translation>Look back together. Record as much as possible in the client&apos;s words: what went well, what helped, what held things back, and what they now carry on with themselves.</translation>
    </message>
    <message>
        <source>Gesprek bew&amp;aren</source>
        <translation>Sa&amp;ve conversation</translation>
    </message>
    <message>
        <source>Afsluitgesprek bewaren</source>
        <translation>Save closing conversation</translation>
    </message>
    <message>
        <source>Traject a&amp;fsluiten…</source>
        <translation>Close the &amp;trajectory…</translation>
    </message>
    <message>
        <source>Traject afsluiten</source>
        <translation>Close the trajectory</translation>
    </message>
    <message>
        <source>Nazorgplan</source>
        <translation>Aftercare plan</translation>
    </message>
    <message>
        <source>Na het afsluiten blijft u nog een tijd bereikbaar. Spreek af wanneer u contact hebt, wie de eerste stap zet en waarvoor de cliënt nog kan komen.</source>
        <translation>After closure you stay reachable for a while. Agree when you will be in touch, who takes the first step and what the client can still come to you for.</translation>
    </message>
    <message>
        <source>Nazorgplan be&amp;waren</source>
        <translation>Save aftercare &amp;plan</translation>
    </message>
    <message>
        <source>Nazorgplan bewaren</source>
        <translation>Save aftercare plan</translation>
    </message>
    <message>
        <source>Nazorg &amp;starten</source>
        <translation>&amp;Start aftercare</translation>
    </message>
    <message>
        <source>Nazorg starten</source>
        <translation>Start aftercare</translation>
    </message>
    <message>
        <source>Het traject van {name} wordt afgesloten op {date}. Het gesprek wordt bewaard en de fase gaat naar Afsluiting. Doorgaan?</source>
        <translation>The trajectory of {name} will be closed on {date}. The conversation is saved and the phase moves to Closure. Continue?</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Het traject is afgesloten. Wilt u nu de nazorg starten? Er staat al een voorstel klaar: zes maanden, aan te vullen met contactmomenten.</source>
        <translation>The trajectory is closed. Would you like to start aftercare now? A proposal is ready: six months, to be filled in with contact moments.</translation>
    </message>
    <message>
        <source>Het nazorgplan werd intussen ook elders gewijzigd, op dezelfde plaats als hier. Uw versie staat er nu; kijk ze even na.</source>
        <translation>The aftercare plan was also changed elsewhere meanwhile, in the same place as here. Your version is shown now; please check it.</translation>
    </message>
    <message>
        <source>Bewaard. Wat intussen elders veranderde (bijvoorbeeld een contactmoment afgevinkt in de agenda) is behouden.</source>
        <translation>Saved. What changed elsewhere meanwhile (for instance a contact moment ticked off in the agenda) was kept.</translation>
    </message>
    <message>
        <source>Intussen veranderde het nazorgplan elders (bijvoorbeeld in de agenda); dat staat er nu bij. Uw wijzigingen zijn nog niet bewaard.</source>
        <translation>Meanwhile the aftercare plan changed elsewhere (for instance in the agenda); that is shown here now too. Your changes are not saved yet.</translation>
    </message>
    <message>
        <source>Het traject loopt nog. Sluit het af wanneer u en de cliënt daar klaar voor zijn.</source>
        <translation>The trajectory is still running. Close it when you and the client are ready for that.</translation>
    </message>
    <message>
        <source>Afgesloten op {closed}; in nazorg tot {until}.</source>
        <translation>Closed on {closed}; in aftercare until {until}.</translation>
    </message>
    <message>
        <source>Afgesloten op {closed}.</source>
        <translation>Closed on {closed}.</translation>
    </message>
    <message>
        <source>na het einde van de nazorg</source>
        <translation>after the end of aftercare</translation>
    </message>
    <message>
        <source>na het afsluiten</source>
        <translation>after closure</translation>
    </message>
    <message>
        <source>Bewaartermijn: te vernietigen vanaf {date} ({years} jaar {basis}).</source>
        <translation>Retention period: to be destroyed from {date} ({years} years {basis}).</translation>
    </message>
</context>
<context>
    <name>CollaborationLabels</name>
    <message>
        <source>Identiteit (familienaam, geboortedatum)</source>
        <translation>Identity (surname, date of birth)</translation>
    </message>
    <message>
        <source>Contactgegevens</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Begeleidingsvraag en traject</source>
        <translation>Support question and trajectory</translation>
    </message>
    <message>
        <source>Levensdomeinen</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Rechten</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Ecogram</source>
        <translation>Ecomap</translation>
    </message>
    <message>
        <source>Draagkracht en draaglast</source>
        <translation>Capacity and burden</translation>
    </message>
    <message>
        <source>POP (doelen en stappen)</source>
        <translation>POP (goals and steps)</translation>
    </message>
    <message>
        <source>Verslagen van contactmomenten</source>
        <translation>Reports of contact moments</translation>
    </message>
    <message>
        <source>Afsluiting en nazorg</source>
        <translation>Closure and aftercare</translation>
    </message>
    <message>
        <source>identiteit</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <source>levensdomeinen</source>
        <translation>life domains</translation>
    </message>
    <message>
        <source>rechten</source>
        <translation>rights</translation>
    </message>
    <message>
        <source>ecogram</source>
        <translation>ecomap</translation>
    </message>
    <message>
        <source>balans</source>
        <translation>balance</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>verslagen</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>afsluiting</source>
        <translation>closure</translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation>Verbally</translation>
    </message>
    <message>
        <source>Schriftelijk</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Toestemming geldig</source>
        <translation>Consent valid</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Geen toestemming</source>
        <translation>No consent</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Time-out</translation>
    </message>
    <message>
        <source>Geslaagd</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Losgelaten</source>
        <translation>Let go</translation>
    </message>
    <message>
        <source>Cliëntoverleg</source>
        <translation>Case meeting</translation>
    </message>
    <message>
        <source>Rondetafelgesprek</source>
        <translation>Round table</translation>
    </message>
    <message>
        <source>De cliënt belt zelf</source>
        <translation>The client calls</translation>
    </message>
    <message>
        <source>We bellen samen</source>
        <translation>We call together</translation>
    </message>
    <message>
        <source>De coach belt</source>
        <translation>The coach calls</translation>
    </message>
</context>
<context>
    <name>CollaborationModels</name>
    <message>
        <source>Opnieuw bekijken</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Alle stappen gezet</source>
        <translation>All steps taken</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wat mag gedeeld worden</source>
        <translation>What may be shared</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Niet zeggen: {text}</source>
        <translation>Do not mention: {text}</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Aan tafel</source>
        <translation>At the table</translation>
    </message>
</context>
<context>
    <name>CollaborationTab</name>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Per dienst: wat de cliënt laat delen. Zonder geldige toestemming gaat er niets.</source>
        <translation>Per service: what the client allows to be shared. Without valid consent, nothing goes out.</translation>
    </message>
    <message>
        <source>Nog geen toestemming vastgelegd.</source>
        <translation>No consent recorded yet.</translation>
    </message>
    <message>
        <source>Toestemming &amp;vastleggen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <source>Toestemming wijzigen</source>
        <translation>Change consent</translation>
    </message>
    <message>
        <source>&amp;Intrekken…</source>
        <translation>Wit&amp;hdraw…</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Toestemming verwijderen</source>
        <translation>Delete consent</translation>
    </message>
    <message>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Samen met de cliënt naar een andere dienst, in zeven stappen.</source>
        <translation>Together with the client to another service, in seven steps.</translation>
    </message>
    <message>
        <source>Nog geen doorverwijzing.</source>
        <translation>No referral yet.</translation>
    </message>
    <message>
        <source>Nieuwe &amp;doorverwijzing…</source>
        <translation>New re&amp;ferral…</translation>
    </message>
    <message>
        <source>Nieuwe doorverwijzing</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Doorverwijzing bewerken</source>
        <translation>Edit referral</translation>
    </message>
    <message>
        <source>Blad voor de &amp;cliënt…</source>
        <translation>Sheet for the &amp;client…</translation>
    </message>
    <message>
        <source>Afsprakenblad voor de cliënt</source>
        <translation>Agreements sheet for the client</translation>
    </message>
    <message>
        <source>Blad voor de &amp;partner…</source>
        <translation>Sheet for the &amp;partner…</translation>
    </message>
    <message>
        <source>Doorverwijsblad voor de partner</source>
        <translation>Referral sheet for the partner</translation>
    </message>
    <message>
        <source>Doorverwijzing verwijderen</source>
        <translation>Delete referral</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Cliëntoverleg en rondetafel: de cliënt staat centraal.</source>
        <translation>Case meeting and round table: the client comes first.</translation>
    </message>
    <message>
        <source>Nog geen overleg gepland.</source>
        <translation>No meeting planned yet.</translation>
    </message>
    <message>
        <source>Nieuw &amp;overleg…</source>
        <translation>New &amp;meeting…</translation>
    </message>
    <message>
        <source>Nieuw overleg plannen</source>
        <translation>Plan a new meeting</translation>
    </message>
    <message>
        <source>Bewer&amp;ken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Overleg bewerken</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Bewerke&amp;n…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Maak er een POP-&amp;stap van…</source>
        <translation>Make it a POP &amp;step…</translation>
    </message>
    <message>
        <source>Afspraak wordt een POP-stap</source>
        <translation>Agreement becomes a POP step</translation>
    </message>
    <message>
        <source>Blad voor de cli&amp;ënt…</source>
        <translation>Sheet for the clie&amp;nt…</translation>
    </message>
    <message>
        <source>Voorbereidingsblad voor de cliënt</source>
        <translation>Preparation sheet for the client</translation>
    </message>
    <message>
        <source>Blad voor de p&amp;artners…</source>
        <translation>Sheet for the p&amp;artners…</translation>
    </message>
    <message>
        <source>Agenda en afspraken voor de partners</source>
        <translation>Agenda and agreements for the partners</translation>
    </message>
    <message>
        <source>Overleg verwijderen</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Deze toestemming voor {name} helemaal verwijderen? Wil de cliënt ze terugnemen, kies dan liever Intrekken: dan blijft de geschiedenis bewaard.</source>
        <translation>Delete this consent for {name} entirely? If the client wants to take it back, choose Withdraw instead: that way the history is kept.</translation>
    </message>
    <message>
        <source>De doorverwijzing naar {name} met al haar stappen verwijderen?</source>
        <translation>Delete the referral to {name} with all its steps?</translation>
    </message>
    <message>
        <source>dit doorverwijsblad</source>
        <translation>this referral sheet</translation>
    </message>
    <message>
        <source>Dit overleg met zijn thema&apos;s en afspraken verwijderen?</source>
        <translation>Delete this meeting with its topics and agreements?</translation>
    </message>
    <message>
        <source>Nog geen afspraken</source>
        <translation>No agreements yet</translation>
    </message>
    <message>
        <source>Dit overleg heeft nog geen afspraken. Noteer ze eerst bij de thema&apos;s.</source>
        <translation>This meeting has no agreements yet. Record them with the topics first.</translation>
    </message>
    <message>
        <source>Geen diensten aan tafel</source>
        <translation>No services at the table</translation>
    </message>
    <message>
        <source>Voeg eerst de deelnemers van de diensten toe, met hun organisatie.</source>
        <translation>First add the participants from the services, with their organisation.</translation>
    </message>
    <message>
        <source>dit blad voor de partners</source>
        <translation>this sheet for the partners</translation>
    </message>
    <message>
        <source>Geen geldige toestemming</source>
        <translation>No valid consent</translation>
    </message>
    <message>
        <source>Voor {what} is een geldige toestemming van de cliënt nodig. Die ontbreekt voor: {orgs}. Leg ze eerst samen met de cliënt vast.</source>
        <translation>For {what} the client&apos;s valid consent is needed. It is missing for: {orgs}. Record it together with the client first.</translation>
    </message>
    <message>
        <source>Wat de cliënt niet gezegd wil</source>
        <translation>What the client does not want mentioned</translation>
    </message>
    <message>
        <source>Het blad vermeldt dit niet, maar hou er rekening mee in het gesprek:
{lines}</source>
        <translation>The sheet does not mention this, but keep it in mind during the conversation:
{lines}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Mijn versie houden</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Mijn versie</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Versie op de server</source>
        <translation>Version on the server</translation>
    </message>
    <message>
        <source>Conflict in het dossier van {name}</source>
        <translation>Conflict in the case file of {name}</translation>
    </message>
    <message>
        <source>Twee versies van het dossier van {name}</source>
        <translation>Two versions of the case file of {name}</translation>
    </message>
    <message>
        <source>Uw laptop had wijzigingen die de server niet meer kon aannemen. Vink aan wat u uit uw versie wilt houden en kies Samenvoegen; de rest blijft zoals het op de server staat. Er gaat niets verloren tot u kiest.</source>
        <translation>Your laptop had changes the server could no longer accept. Tick what you want to keep from your version and choose Merge; the rest stays as it is on the server. Nothing is lost until you choose.</translation>
    </message>
    <message>
        <source>Dit dossier is nu in handen van {holder}. Uw wijzigingen kunnen niet meer in het dossier zelf: bewaar uw versie als bestand en bezorg het aan {holder}, of houd de versie van de server.</source>
        <translation>This case file is now held by {holder}. Your changes can no longer go into the case file itself: save your version as a file and give it to {holder}, or keep the server&apos;s version.</translation>
    </message>
    <message>
        <source>Het aangevinkte uit uw versie in het dossier zetten; de rest van de server</source>
        <translation>Put the ticked items from your version into the case file; the rest from the server</translation>
    </message>
    <message>
        <source>Verschillen tussen de twee versies</source>
        <translation>Differences between the two versions</translation>
    </message>
    <message>
        <source>Verschillen: {count}</source>
        <translation>Differences: {count}</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Alleen wie het dossier in handen heeft, kan samenvoegen</source>
        <translation>Only the holder of the case file can merge</translation>
    </message>
    <message>
        <source>Mijn versie bewaren als &amp;bestand…</source>
        <translation>Save my version as a &amp;file…</translation>
    </message>
    <message>
        <source>Versie van de server &amp;houden</source>
        <translation>&amp;Keep the server&apos;s version</translation>
    </message>
    <message>
        <source>Later beslissen</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Wat mag gedeeld worden, en met wie</source>
        <translation>What may be shared, and with whom</translation>
    </message>
    <message>
        <source>Overloop samen met de cliënt wat de dienst echt nodig heeft. Alleen wat hier aangevinkt staat, komt op een blad voor die dienst. De cliënt kan altijd van mening veranderen.</source>
        <translation>Go through with the client what the service really needs. Only what is ticked here goes on a sheet for that service. The client can always change their mind.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Hoe gegeven</source>
        <translation>How given</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Wat de cliënt niet gezegd wil</source>
        <translation>What the client does not want mentioned</translation>
    </message>
    <message>
        <source>Notitie voor uzelf</source>
        <translation>Note for yourself</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Mag gedeeld worden</source>
        <translation>&amp;May be shared</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>&amp;Gegeven op</source>
        <translation>&amp;Given on</translation>
    </message>
    <message>
        <source>&amp;Niet zeggen</source>
        <translation>Do &amp;not mention</translation>
    </message>
    <message>
        <source>No&amp;titie</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Toestemming intrekken voor {name}</source>
        <translation>Withdraw consent for {name}</translation>
    </message>
    <message>
        <source>Vanaf deze datum gaat er niets meer naar deze dienst. De toestemming blijft in de geschiedenis staan, met de datum waarop ze ingetrokken werd.</source>
        <translation>From this date nothing more goes to this service. The consent stays in the history, with the date on which it was withdrawn.</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>&amp;Ingetrokken op</source>
        <translation>Withdrawn &amp;on</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Withdraw</translation>
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
        <source>{moment} · niet gekomen</source>
        <translation>{moment} · did not come</translation>
    </message>
    <message>
        <source>{moment} · te laat</source>
        <translation>{moment} · overdue</translation>
    </message>
    <message>
        <source>{moment} · gepland</source>
        <translation>{moment} · planned</translation>
    </message>
</context>
<context>
    <name>ContactOutcome</name>
    <message>
        <source>De afspraak van {moment} is voorbij. Hoe ging het?</source>
        <translation>The appointment of {moment} has passed. How did it go?</translation>
    </message>
    <message>
        <source>Bellen</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Een brief sturen</source>
        <translation>Send a letter</translation>
    </message>
    <message>
        <source>Op huisbezoek gaan</source>
        <translation>Make a home visit</translation>
    </message>
    <message>
        <source>Bellen: de afspraak van {day} ging niet door.</source>
        <translation>Phone: the appointment of {day} did not take place.</translation>
    </message>
    <message>
        <source>Brief sturen: de afspraak van {day} ging niet door.</source>
        <translation>Send a letter: the appointment of {day} did not take place.</translation>
    </message>
    <message>
        <source>Huisbezoek: de afspraak van {day} ging niet door.</source>
        <translation>Home visit: the appointment of {day} did not take place.</translation>
    </message>
    <message>
        <source>Door&amp;gegaan</source>
        <translation>Took &amp;place</translation>
    </message>
    <message>
        <source>De afspraak is doorgegaan</source>
        <translation>The appointment took place</translation>
    </message>
    <message>
        <source>Niet ge&amp;komen</source>
        <translation>Did not &amp;come</translation>
    </message>
    <message>
        <source>De cliënt is niet gekomen</source>
        <translation>The client did not come</translation>
    </message>
    <message>
        <source>&amp;Verzet…</source>
        <translation>&amp;Moved…</translation>
    </message>
    <message>
        <source>De afspraak is verzet</source>
        <translation>The appointment was moved</translation>
    </message>
    <message>
        <source>Afspraak verzetten</source>
        <translation>Move appointment</translation>
    </message>
    <message>
        <source>Naar wanneer is de afspraak verzet?</source>
        <translation>When has the appointment been moved to?</translation>
    </message>
    <message>
        <source>De afspraak van {moment} komt op het nieuwe moment te staan.</source>
        <translation>The appointment of {moment} moves to the new moment.</translation>
    </message>
    <message>
        <source>&amp;Verzetten</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Nieuw moment</source>
        <translation>New moment</translation>
    </message>
    <message>
        <source>&amp;Nieuw moment</source>
        <translation>&amp;New moment</translation>
    </message>
    <message>
        <source>Niet gekomen</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>{name} kwam niet. Hoe gaat u erachteraan?</source>
        <translation>{name} did not come. How will you follow up?</translation>
    </message>
    <message>
        <source>Een gemiste afspraak is geen einde: neem zelf opnieuw contact op. Het voorstel komt als geplande afspraak in het dossier en de agenda.</source>
        <translation>A missed appointment is not the end: get back in touch yourself. The proposal goes into the case file and the agenda as a planned appointment.</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Opvolging inplannen</source>
        <translation>&amp;Plan a follow-up</translation>
    </message>
    <message>
        <source>Hoe opvolgen</source>
        <translation>How to follow up</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>&amp;Wanneer</source>
        <translation>&amp;When</translation>
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
        <translation>All contact moments</translation>
    </message>
    <message>
        <source>Voorbije contacten</source>
        <translation>Past contact moments</translation>
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
        <translation>Delete the selected contact moment</translation>
    </message>
    <message>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
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
        <translation>Delete contact moment</translation>
    </message>
    <message>
        <source>Dit contactmoment en zijn notitie verwijderen uit het dossier?</source>
        <translation>Delete this contact moment and its note from the case file?</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Notitie niet bewaard</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <source>1 contactmoment</source>
        <translation>1 contact moment</translation>
    </message>
    <message>
        <source>{total} contactmomenten</source>
        <translation>{total} contact moments</translation>
    </message>
    <message>
        <source>{shown} van {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>{kind} om {time}: dat is nu. Zit u bij de cliënt? Start dan het gesprek: alleen dit dossier blijft in beeld en het vergrendelen wacht langer.</source>
        <translation>{kind} at {time}: that is now. Are you with the client? Then start the conversation: only this file stays in view and the lock waits longer.</translation>
    </message>
    <message>
        <source>In gesprek</source>
        <translation>In conversation</translation>
    </message>
    <message>
        <source>Alleen dit dossier is te zien; uw andere cliënten blijven uit beeld tot u het gesprek beëindigt.</source>
        <translation>Only this file is shown; your other clients stay out of view until you end the conversation.</translation>
    </message>
    <message>
        <source>Gesprek beëindigen</source>
        <translation>End conversation</translation>
    </message>
    <message>
        <source>Gesprek beëindigen en alle cliënten weer tonen</source>
        <translation>End the conversation and show all clients again</translation>
    </message>
    <message>
        <source>Terug naar het gewone venster met de lijst van cliënten</source>
        <translation>Back to the ordinary window with the list of clients</translation>
    </message>
    <message>
        <source>Vergrendelen (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Sluit de kluis meteen af; openen vraagt uw wachtwoordzin</source>
        <translation>Closes the vault at once; opening it asks for your passphrase</translation>
    </message>
    <message>
        <source>Gesprek starten</source>
        <translation>Start conversation</translation>
    </message>
    <message>
        <source>Gesprek starten met deze cliënt</source>
        <translation>Start a conversation with this client</translation>
    </message>
    <message>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Dit voorstel verbergen</source>
        <translation>Hide this suggestion</translation>
    </message>
    <message>
        <source>&amp;Gesprek starten</source>
        <translation>Start con&amp;versation</translation>
    </message>
    <message>
        <source>U zit bij deze cliënt: alleen dit dossier blijft zichtbaar en het vergrendelen wacht langer</source>
        <translation>You are with this client: only this file stays visible and the lock waits longer</translation>
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
    <name>DecisionDialog</name>
    <message>
        <source>Mogelijkheid</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Voordelen</source>
        <translation>Pros</translation>
    </message>
    <message>
        <source>Eén voordeel per regel</source>
        <translation>One pro per line</translation>
    </message>
    <message>
        <source>Nadelen</source>
        <translation>Cons</translation>
    </message>
    <message>
        <source>Eén nadeel per regel</source>
        <translation>One con per line</translation>
    </message>
    <message>
        <source>Dit kiest de cliënt</source>
        <translation>The client chooses this</translation>
    </message>
    <message>
        <source>Deze mogelijkheid kiezen</source>
        <translation>Choose this option</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Deze mogelijkheid weghalen</source>
        <translation>Remove this option</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Voor- en nadelen afwegen</source>
        <translation>Weighing pros and cons</translation>
    </message>
    <message>
        <source>Zet de mogelijkheden naast elkaar. Schrijf de voor- en nadelen zoals de cliënt ze noemt; de cliënt kiest zelf.</source>
        <translation>Put the options side by side. Write the pros and cons as the client names them; the client makes the choice.</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>On</translation>
    </message>
    <message>
        <source>&amp;Mogelijkheid toevoegen</source>
        <translation>&amp;Add an option</translation>
    </message>
    <message>
        <source>Mogelijkheid toevoegen</source>
        <translation>Add an option</translation>
    </message>
    <message>
        <source>Gekozen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Wat de cliënt kiest, in eigen woorden</source>
        <translation>What the client chooses, in their own words</translation>
    </message>
    <message>
        <source>Waarom, in de woorden van de cliënt</source>
        <translation>Why, in the client&apos;s words</translation>
    </message>
    <message>
        <source>&amp;Vraag</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Op</source>
        <translation>O&amp;n</translation>
    </message>
    <message>
        <source>Mogelij&amp;kheden</source>
        <translation>Opti&amp;ons</translation>
    </message>
    <message>
        <source>&amp;Gekozen</source>
        <translation>C&amp;hosen</translation>
    </message>
    <message>
        <source>Waarom (&amp;cliënt)</source>
        <translation>Why (&amp;client)</translation>
    </message>
</context>
<context>
    <name>DeleteForGoodDialog</name>
    <message>
        <source>Dossier definitief verwijderen</source>
        <translation>Delete the case file for good</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>Het hele dossier van {name} verdwijnt: notities, doelen, rechten en toestemmingen. Dat kan niet ongedaan gemaakt worden. In het logboek blijft alleen staan dat er een dossier verwijderd werd, zonder inhoud.</source>
        <translation>The whole case file of {name} disappears: notes, goals, rights and consents. This cannot be undone. The audit log keeps only the fact that a case file was deleted, without any content.</translation>
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
    <name>DirectoryCsv</name>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Sociale kaart importeren uit CSV</source>
        <translation>Import the service directory from CSV</translation>
    </message>
    <message>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Sociale kaart exporteren als CSV</source>
        <translation>Export the service directory as CSV</translation>
    </message>
    <message>
        <source>Sociale kaart bewaren als</source>
        <translation>Save service directory as</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>{count} organisaties staan in {name}.</source>
        <translation>{count} organisations are in {name}.</translation>
    </message>
    <message>
        <source>Sociale kaart importeren</source>
        <translation>Import service directory</translation>
    </message>
    <message>
        <source>Ingelezen</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>{count} organisaties zijn toegevoegd of bijgewerkt.</source>
        <translation>{count} organisations were added or updated.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen. {where}: {what}</source>
        <translation>Nothing was imported. {where}: {what}</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Service directory</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>{reason}.

Een toestemming, een doorverwijzing of een ecogram in een dossier verwijst nog naar deze organisatie. Zo blijft die geschiedenis kloppen. Moet ze toch weg, pas dan eerst die dossiers aan.</source>
        <translation>{reason}.

A consent, a referral or an ecomap in a case file still refers to this organisation, so that history stays correct. If it really has to go, change those case files first.</translation>
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
        <source>Deze kracht, hulpbron of nood verwijderen uit het dossier?</source>
        <translation>Delete this strength, resource or need from the case file?</translation>
    </message>
    <message>
        <source>Dit recht verwijderen uit het dossier?</source>
        <translation>Delete this right from the case file?</translation>
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
        <translation>Opening the case file…</translation>
    </message>
    <message>
        <source>Overdragen…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Dossier overdragen aan een collega</source>
        <translation>Hand the file over to a colleague</translation>
    </message>
    <message>
        <source>Een collega van het team neemt dit dossier over</source>
        <translation>A colleague in the team takes over this file</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Levensdomeinen</source>
        <translation>&amp;Life domains</translation>
    </message>
    <message>
        <source>Afsl&amp;uiting</source>
        <translation>Clos&amp;ure</translation>
    </message>
    <message>
        <source>Binnen&amp;kant</source>
        <translation>&amp;Inside</translation>
    </message>
    <message>
        <source>&amp;Contacten</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Ecogram</source>
        <translation>&amp;Ecomap</translation>
    </message>
    <message>
        <source>&amp;Balans</source>
        <translation>&amp;Balance</translation>
    </message>
    <message>
        <source>&amp;POP</source>
        <translation>&amp;POP</translation>
    </message>
    <message>
        <source>&amp;Samenwerking</source>
        <translation>Coll&amp;aboration</translation>
    </message>
    <message>
        <source>Samen bek&amp;ijken</source>
        <translation>Look to&amp;gether</translation>
    </message>
    <message>
        <source>Nieuwe &amp;notitie</source>
        <translation>New &amp;note</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Fase van het traject: {phase}</source>
        <translation>Phase of the trajectory: {phase}</translation>
    </message>
    <message>
        <source>In handen van {holder} — u leest een kopie; alleen {holder} of de teamverantwoordelijke kan het overdragen.</source>
        <translation>Held by {holder} — you are reading a copy; only {holder} or the team lead can hand it over.</translation>
    </message>
</context>
<context>
    <name>EcogramChanges</name>
    <message>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>Nieuw in het netwerk: {names}.</source>
        <translation>New in the network: {names}.</translation>
    </message>
    <message>
        <source>Niet meer in het netwerk: {names}.</source>
        <translation>No longer in the network: {names}.</translation>
    </message>
    <message>
        <source>Sterkere band met {names}.</source>
        <translation>Stronger tie with {names}.</translation>
    </message>
    <message>
        <source>Zwakkere band met {names}.</source>
        <translation>Weaker tie with {names}.</translation>
    </message>
    <message>
        <source>De band met {names} geeft nu stress.</source>
        <translation>The tie with {names} now causes stress.</translation>
    </message>
    <message>
        <source>De band met {names} is verbroken.</source>
        <translation>The tie with {names} is broken.</translation>
    </message>
    <message>
        <source>{names} steunt nu.</source>
        <translation>{names} now gives support.</translation>
    </message>
    <message>
        <source>{names} steunen nu.</source>
        <translation>{names} now give support.</translation>
    </message>
    <message>
        <source>Nieuwe band tussen {pair}.</source>
        <translation>New tie between {pair}.</translation>
    </message>
    <message>
        <source>Geen band meer tussen {pair}.</source>
        <translation>No longer a tie between {pair}.</translation>
    </message>
    <message>
        <source>De band tussen {pair} werd sterker.</source>
        <translation>The tie between {pair} grew stronger.</translation>
    </message>
    <message>
        <source>De band tussen {pair} werd zwakker.</source>
        <translation>The tie between {pair} grew weaker.</translation>
    </message>
    <message>
        <source>De band tussen {pair} geeft nu stress.</source>
        <translation>The tie between {pair} now causes stress.</translation>
    </message>
    <message>
        <source>De band tussen {pair} is verbroken.</source>
        <translation>The tie between {pair} is broken.</translation>
    </message>
    <message>
        <source>De band tussen {pair} geeft nu steun.</source>
        <translation>The tie between {pair} now gives support.</translation>
    </message>
    <message>
        <source>Tussen deze twee data is er in het netwerk niets veranderd.</source>
        <translation>Nothing changed in the network between these two dates.</translation>
    </message>
</context>
<context>
    <name>EcogramCompare</name>
    <message>
        <source>Van de versie van</source>
        <translation>From the version of</translation>
    </message>
    <message>
        <source>Tot de versie van</source>
        <translation>To the version of</translation>
    </message>
    <message>
        <source>Wat veranderde</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>&amp;PDF van de vergelijking…</source>
        <translation>&amp;PDF of the comparison…</translation>
    </message>
    <message>
        <source>De vergelijking als PDF bewaren</source>
        <translation>Save the comparison as PDF</translation>
    </message>
    <message>
        <source>&amp;Terug naar de tekening</source>
        <translation>&amp;Back to the drawing</translation>
    </message>
    <message>
        <source>Terug naar de tekening</source>
        <translation>Back to the drawing</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>t&amp;ot</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Wie wegging, staat nog op de oude plaats, met een stippellijn.</source>
        <translation>Whoever left is still shown in their old place, with a dotted line.</translation>
    </message>
</context>
<context>
    <name>EcogramLabels</name>
    <message>
        <source>Gezin (onder één dak)</source>
        <translation>Household (under one roof)</translation>
    </message>
    <message>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Vrienden</source>
        <translation>Friends</translation>
    </message>
    <message>
        <source>Buren</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Hulpverlening en diensten</source>
        <translation>Care and services</translation>
    </message>
    <message>
        <source>School en vorming</source>
        <translation>School and training</translation>
    </message>
    <message>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sterk</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Gewoon</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Zwak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Steunt</source>
        <translation>Supportive</translation>
    </message>
    <message>
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Geeft stress</source>
        <translation>Causes stress</translation>
    </message>
    <message>
        <source>Verbroken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Steun naar de cliënt</source>
        <translation>Support to the client</translation>
    </message>
    <message>
        <source>Steun van de cliënt</source>
        <translation>Support from the client</translation>
    </message>
    <message>
        <source>In beide richtingen</source>
        <translation>Both ways</translation>
    </message>
    <message>
        <source>Geen steun</source>
        <translation>No support</translation>
    </message>
    <message>
        <source>&amp;Emotioneel (E)</source>
        <translation>&amp;Emotional (E)</translation>
    </message>
    <message>
        <source>&amp;Praktisch (P)</source>
        <translation>&amp;Practical (P)</translation>
    </message>
    <message>
        <source>&amp;Gezelschap (G)</source>
        <translation>&amp;Company (G)</translation>
    </message>
    <message>
        <source>&amp;Advies (A)</source>
        <translation>&amp;Advice (A)</translation>
    </message>
</context>
<context>
    <name>EcogramLegend</name>
    <message>
        <source>sterke band</source>
        <translation>strong tie</translation>
    </message>
    <message>
        <source>gewone band</source>
        <translation>ordinary tie</translation>
    </message>
    <message>
        <source>zwakke band</source>
        <translation>weak tie</translation>
    </message>
    <message>
        <source>band die stress geeft</source>
        <translation>tie that causes stress</translation>
    </message>
    <message>
        <source>verbroken band</source>
        <translation>broken tie</translation>
    </message>
    <message>
        <source>pijl: in die richting gaat de steun</source>
        <translation>arrow: support flows this way</translation>
    </message>
    <message>
        <source>emotionele steun</source>
        <translation>emotional support</translation>
    </message>
    <message>
        <source>praktische hulp</source>
        <translation>practical help</translation>
    </message>
    <message>
        <source>gezelschap</source>
        <translation>company</translation>
    </message>
    <message>
        <source>advies of informatie</source>
        <translation>advice or information</translation>
    </message>
    <message>
        <source>nieuw in het netwerk</source>
        <translation>new in the network</translation>
    </message>
    <message>
        <source>niet meer in het netwerk</source>
        <translation>no longer in the network</translation>
    </message>
    <message>
        <source>de band veranderde (woord erbij)</source>
        <translation>the tie changed (word beside it)</translation>
    </message>
    <message>
        <source>band tussen twee leden viel weg</source>
        <translation>tie between two members ended</translation>
    </message>
</context>
<context>
    <name>EcogramPanel</name>
    <message>
        <source>Gekozen lid</source>
        <translation>Selected member</translation>
    </message>
    <message>
        <source>Klik op iemand in de tekening, of kies met Tab, om die hier aan te passen.</source>
        <translation>Click someone in the drawing, or choose with Tab, to change them here.</translation>
    </message>
    <message>
        <source>Naam of omschrijving</source>
        <translation>Name or description</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Sterkte van de band</source>
        <translation>Strength of the tie</translation>
    </message>
    <message>
        <source>Aard van de band</source>
        <translation>Kind of tie</translation>
    </message>
    <message>
        <source>Richting van de steun</source>
        <translation>Direction of the support</translation>
    </message>
    <message>
        <source>Notitie bij dit lid</source>
        <translation>Note on this member</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Groep</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Sterkte</source>
        <translation>Strengt&amp;h</translation>
    </message>
    <message>
        <source>Aa&amp;rd</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Richting</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>No&amp;titie</source>
        <translation>Not&amp;e</translation>
    </message>
    <message>
        <source>Banden met anderen</source>
        <translation>Ties with others</translation>
    </message>
    <message>
        <source>Banden van dit lid met anderen</source>
        <translation>This member&apos;s ties with others</translation>
    </message>
    <message>
        <source>Band met wie</source>
        <translation>Tie with whom</translation>
    </message>
    <message>
        <source>Sterkte van de nieuwe band</source>
        <translation>Strength of the new tie</translation>
    </message>
    <message>
        <source>Aard van de nieuwe band</source>
        <translation>Kind of the new tie</translation>
    </message>
    <message>
        <source>Band &amp;leggen</source>
        <translation>Add t&amp;ie</translation>
    </message>
    <message>
        <source>Band leggen met dit lid</source>
        <translation>Add a tie with this member</translation>
    </message>
    <message>
        <source>Band weg&amp;halen</source>
        <translation>Re&amp;move tie</translation>
    </message>
    <message>
        <source>Gekozen band weghalen</source>
        <translation>Remove the selected tie</translation>
    </message>
    <message>
        <source>Nieuwe band &amp;met</source>
        <translation>New tie &amp;with</translation>
    </message>
    <message>
        <source>Gekoppeld aan de sociale kaart</source>
        <translation>Linked to the service directory</translation>
    </message>
</context>
<context>
    <name>EcogramTab</name>
    <message>
        <source>Nog geen ecogram. Teken samen met de cliënt wie er rond hen staat: gezin, familie, vrienden, buren, werk, diensten.</source>
        <translation>No ecomap yet. Together with the client, draw who is around them: household, family, friends, neighbours, work, services.</translation>
    </message>
    <message>
        <source>&amp;Teken het netwerk</source>
        <translation>&amp;Draw the network</translation>
    </message>
    <message>
        <source>Een eerste ecogram tekenen</source>
        <translation>Draw a first ecomap</translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie</source>
        <translation>New &amp;version</translation>
    </message>
    <message>
        <source>Een nieuwe versie van vandaag maken</source>
        <translation>Make a new version dated today</translation>
    </message>
    <message>
        <source>Twee versies vergelijken</source>
        <translation>Compare two versions</translation>
    </message>
    <message>
        <source>Het ecogram als PDF, PNG of SVG bewaren</source>
        <translation>Save the ecomap as PDF, PNG or SVG</translation>
    </message>
    <message>
        <source>Versie verwij&amp;deren…</source>
        <translation>&amp;Delete version…</translation>
    </message>
    <message>
        <source>De getoonde versie verwijderen</source>
        <translation>Delete the version shown</translation>
    </message>
    <message>
        <source>+ &amp;Persoon</source>
        <translation>+ &amp;Person</translation>
    </message>
    <message>
        <source>Persoon toevoegen (Insert)</source>
        <translation>Add person (Insert)</translation>
    </message>
    <message>
        <source>+ &amp;Organisatie…</source>
        <translation>+ &amp;Organisation…</translation>
    </message>
    <message>
        <source>Organisatie uit de sociale kaart toevoegen</source>
        <translation>Add an organisation from the service directory</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Gekozen lid verwijderen (Delete)</source>
        <translation>Delete the selected member (Delete)</translation>
    </message>
    <message>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Opnieuw doen (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Uitzoomen (min)</source>
        <translation>Zoom out (minus)</translation>
    </message>
    <message>
        <source>Inzoomen (plus)</source>
        <translation>Zoom in (plus)</translation>
    </message>
    <message>
        <source>Hele tekening tonen</source>
        <translation>Show the whole drawing</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Er is al een versie van vandaag. Teken daarin verder.</source>
        <translation>There is already a version from today. Carry on drawing in that one.</translation>
    </message>
    <message>
        <source>Versie verwijderen</source>
        <translation>Delete version</translation>
    </message>
    <message>
        <source>De versie van {day} verwijderen? Dat kan niet ongedaan gemaakt worden.</source>
        <translation>Delete the version of {day}? This cannot be undone.</translation>
    </message>
    <message>
        <source>Versie van {day}. Sleep iemand om te verplaatsen; alles bewaart vanzelf.</source>
        <translation>Version of {day}. Drag someone to move them; everything saves by itself.</translation>
    </message>
    <message>
        <source>Oudere versie van {day}: alleen om te bekijken. Verder tekenen kan in de nieuwste versie.</source>
        <translation>Older version of {day}: for viewing only. You can carry on drawing in the newest version.</translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Organisatie toevoegen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Aanpassen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Band leggen</source>
        <translation>Add tie</translation>
    </message>
    <message>
        <source>Band weghalen</source>
        <translation>Remove tie</translation>
    </message>
    <message>
        <source>Ecogram</source>
        <translation>Ecomap</translation>
    </message>
    <message>
        <source>Verge&amp;lijken…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>PDF of &amp;afbeelding…</source>
        <translation>PDF or &amp;image…</translation>
    </message>
    <message>
        <source>Pa&amp;ssend</source>
        <translation>&amp;Fit</translation>
    </message>
</context>
<context>
    <name>EcogramTags</name>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>weg</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>sterker</source>
        <translation>stronger</translation>
    </message>
    <message>
        <source>zwakker</source>
        <translation>weaker</translation>
    </message>
    <message>
        <source>nu stress</source>
        <translation>stress now</translation>
    </message>
    <message>
        <source>verbroken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>steunt nu</source>
        <translation>supports now</translation>
    </message>
</context>
<context>
    <name>EcogramVersions</name>
    <message>
        <source>Versies:</source>
        <translation>Versions:</translation>
    </message>
    <message>
        <source>nieuwste versie</source>
        <translation>newest version</translation>
    </message>
    <message>
        <source>oudere versie</source>
        <translation>older version</translation>
    </message>
    <message>
        <source>Versie van {date} ({hint})</source>
        <translation>Version of {date} ({hint})</translation>
    </message>
</context>
<context>
    <name>EcogramView</name>
    <message>
        <source>Tekening van het netwerk</source>
        <translation>Drawing of the network</translation>
    </message>
    <message>
        <source>Pijltjes verplaatsen, Tab kiest het volgende lid, Delete verwijdert, Insert voegt toe, plus en min zoomen.</source>
        <translation>Arrow keys move, Tab chooses the next member, Delete deletes, Insert adds, plus and minus zoom.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Bewaren als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Uw telefoonnummer en e-mailadres staan nog niet bij Instellingen (Ctrl+,): het blad noemt u, maar zegt niet hoe de cliënt u bereikt.</source>
        <translation>Your phone number and e-mail address are not in Settings (Ctrl+,) yet: the sheet names you, but does not say how the client can reach you.</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Het bestand staat klaar in {folder}.
Nu openen?</source>
        <translation>The file is ready in {folder}.
Open it now?</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>De schijf is vol; er is niets verloren. Maak ruimte en probeer opnieuw.</source>
        <translation>The disk is full; nothing was lost. Free some space and try again.</translation>
    </message>
    <message>
        <source>De kluis is even in gebruik door een ander programma; er is niets verloren. Probeer het zo opnieuw.</source>
        <translation>The vault is in use by another program for a moment; nothing was lost. Try again shortly.</translation>
    </message>
    <message>
        <source>Het bestand kon niet bewaard worden: {detail}. Kies een andere plaats.</source>
        <translation>The file could not be saved: {detail}. Choose another place.</translation>
    </message>
    <message>
        <source>De kluis lijkt beschadigd; er is niets bewaard. Vergrendel, en zet via Kluis › Back-up terugzetten… een back-up terug in een nieuwe map.</source>
        <translation>The vault seems damaged; nothing was saved. Lock it, then restore a backup into a new folder with Vault › Restore a backup….</translation>
    </message>
    <message>
        <source>Dit dossier is in handen van {holder}. Op dit toestel kunt u het alleen lezen; er is niets gewijzigd.</source>
        <translation>{holder} holds this file. On this device you can only read it; nothing was changed.</translation>
    </message>
    <message>
        <source>Dit dossier is in handen van een collega. Op dit toestel kunt u het alleen lezen; er is niets gewijzigd.</source>
        <translation>A colleague holds this file. On this device you can only read it; nothing was changed.</translation>
    </message>
    <message>
        <source>Dat lukt nu niet: het dossier is intussen veranderd of verwijderd.</source>
        <translation>That is not possible right now: the case file has been changed or deleted in the meantime.</translation>
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
    <name>FirstReceptionDialog</name>
    <message>
        <source>Eerste onthaal</source>
        <translation>First intake</translation>
    </message>
    <message>
        <source>Wat u uitlegde en samen afsprak bij de start. Niets hiervan gaat naar een partner.</source>
        <translation>What you explained and agreed together at the start. None of this goes to a partner.</translation>
    </message>
    <message>
        <source>Datum van het onthaal</source>
        <translation>Date of the reception</translation>
    </message>
    <message>
        <source>Het beroeps&amp;geheim</source>
        <translation>Professional &amp;secrecy</translation>
    </message>
    <message>
        <source>Wat er genoteerd wordt en &amp;wie het leest</source>
        <translation>What is written down and &amp;who reads it</translation>
    </message>
    <message>
        <source>Dat een collega van het team kan in&amp;springen</source>
        <translation>That a colleague from the team can step &amp;in</translation>
    </message>
    <message>
        <source>Bereikbaarheid</source>
        <translation>How to reach them</translation>
    </message>
    <message>
        <source>bv. gsm na 16 uur, liever een sms dan een oproep</source>
        <translation>e.g. mobile after 4 pm, a text rather than a call</translation>
    </message>
    <message>
        <source>Eerste praktische hulp</source>
        <translation>First practical help</translation>
    </message>
    <message>
        <source>Verwachtingen van de cliënt</source>
        <translation>The client&apos;s expectations</translation>
    </message>
    <message>
        <source>Of het team het dossier mag meelezen en overnemen</source>
        <translation>Whether the team may read along and take over the file</translation>
    </message>
    <message>
        <source>Volgende afspraak &amp;inplannen</source>
        <translation>&amp;Plan the next appointment</translation>
    </message>
    <message>
        <source>Datum en uur van de afspraak</source>
        <translation>Date and time of the appointment</translation>
    </message>
    <message>
        <source>Soort afspraak</source>
        <translation>Kind of appointment</translation>
    </message>
    <message>
        <source>Plaats van de afspraak</source>
        <translation>Place of the appointment</translation>
    </message>
    <message>
        <source>bv. bij de cliënt thuis</source>
        <translation>e.g. at the client&apos;s home</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>U legde uit</source>
        <translation>You explained</translation>
    </message>
    <message>
        <source>Be&amp;reikbaarheid</source>
        <translation>&amp;Reachability</translation>
    </message>
    <message>
        <source>Eerste &amp;praktische hulp</source>
        <translation>First &amp;practical help</translation>
    </message>
    <message>
        <source>&amp;Verwachtingen</source>
        <translation>E&amp;xpectations</translation>
    </message>
    <message>
        <source>Delen met het &amp;team</source>
        <translation>Sharing with the &amp;team</translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Er staat al een afspraak gepland op {moment}.</source>
        <translation>An appointment is already planned on {moment}.</translation>
    </message>
    <message>
        <source>Datum en &amp;uur</source>
        <translation>Date and &amp;time</translation>
    </message>
    <message>
        <source>S&amp;oort</source>
        <translation>&amp;Kind of contact</translation>
    </message>
    <message>
        <source>Pl&amp;aats</source>
        <translation>Pl&amp;ace</translation>
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
    <message>
        <source>Alleen lezen: een collega heeft dit dossier in handen.</source>
        <translation>Read only: a colleague holds this dossier.</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>Is het doel duidelijk?</source>
        <translation>Is the goal clear?</translation>
    </message>
    <message>
        <source>Vragen bij het doel</source>
        <translation>Questions about the goal</translation>
    </message>
    <message>
        <source>Deze vragen helpen alleen; bewaren kan altijd.</source>
        <translation>These questions are only there to help; you can always save.</translation>
    </message>
    <message>
        <source>Titel van het doel</source>
        <translation>Title of the goal</translation>
    </message>
    <message>
        <source>Het doel in de woorden van de cliënt</source>
        <translation>The goal in the client&apos;s words</translation>
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
        <source>Tegen wanneer</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>Status van het doel</source>
        <translation>Status of the goal</translation>
    </message>
    <message>
        <source>Waaraan ziet u dat het bereikt is</source>
        <translation>How you will see it has been achieved</translation>
    </message>
    <message>
        <source>De cliënt staat achter dit doel</source>
        <translation>The client stands behind this goal</translation>
    </message>
    <message>
        <source>Waarom het haalbaar is</source>
        <translation>Why it is feasible</translation>
    </message>
    <message>
        <source>&amp;Doel</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>In &amp;eigen woorden</source>
        <translation>In own &amp;words</translation>
    </message>
    <message>
        <source>Levens&amp;domein</source>
        <translation>Life do&amp;main</translation>
    </message>
    <message>
        <source>&amp;Tegen</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Bereikt als</source>
        <translation>Achie&amp;ved when</translation>
    </message>
    <message>
        <source>&amp;Haalbaar omdat</source>
        <translation>&amp;Feasible because</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Dossier overdragen</source>
        <translation>Hand over file</translation>
    </message>
    <message>
        <source>{name} overdragen</source>
        <translation>Hand over {name}</translation>
    </message>
    <message>
        <source>Uw laatste wijzigingen gaan eerst naar de teamserver. Daarna werkt de collega verder in het dossier en leest u op dit toestel een kopie.</source>
        <translation>Your latest changes go to the team server first. Then your colleague works on in the file, and on this computer you read a copy.</translation>
    </message>
    <message>
        <source>Collega die het dossier krijgt</source>
        <translation>Colleague who receives the file</translation>
    </message>
    <message>
        <source>&amp;Aan:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>De collega&apos;s worden opgehaald…</source>
        <translation>Fetching your colleagues…</translation>
    </message>
    <message>
        <source>&amp;Overdragen</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>teamverantwoordelijke</source>
        <translation>team lead</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>Er is geen collega in het team om het aan over te dragen.</source>
        <translation>There is no colleague in the team to hand it over to.</translation>
    </message>
    <message>
        <source>Het dossier wordt overgedragen…</source>
        <translation>Handing the file over…</translation>
    </message>
</context>
<context>
    <name>InnerNoteDialog</name>
    <message>
        <source>Binnenkant</source>
        <translation>Inside (how the client lives it)</translation>
    </message>
    <message>
        <source>Hoe de cliënt het beleeft</source>
        <translation>How the client experiences it</translation>
    </message>
    <message>
        <source>Schrijf het zoveel mogelijk in de woorden van de cliënt. Is het uw eigen indruk? Duid dat aan: dan vraagt u het later na.</source>
        <translation>Write it in the client&apos;s own words as far as you can. Is it your own impression? Mark it so: then you check it later.</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Wat er leeft</source>
        <translation>What is going on</translation>
    </message>
    <message>
        <source>Wie zegt het</source>
        <translation>Who says it</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>&amp;Aspect</translation>
    </message>
    <message>
        <source>&amp;Wat er leeft</source>
        <translation>&amp;What is going on</translation>
    </message>
    <message>
        <source>Wie &amp;zegt het</source>
        <translation>Who &amp;says it</translation>
    </message>
    <message>
        <source>&amp;Levensdomein</source>
        <translation>&amp;Life domain</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>InnerNoteModel</name>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Wat er leeft</source>
        <translation>What is going on</translation>
    </message>
    <message>
        <source>Wie zegt het</source>
        <translation>Who says it</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Alle aspecten</source>
        <translation>All aspects</translation>
    </message>
</context>
<context>
    <name>InnerTab</name>
    <message>
        <source>Deze notitie over de binnenkant verwijderen?</source>
        <translation>Remove this note about the inside?</translation>
    </message>
    <message>
        <source>Dit moment uit de levensloop verwijderen?</source>
        <translation>Remove this moment from the life story?</translation>
    </message>
    <message>
        <source>Aspecten van de binnenkant</source>
        <translation>Aspects of the inside</translation>
    </message>
    <message>
        <source>Binnenkant</source>
        <translation>Inside (how the client lives it)</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Notitie over de binnenkant toevoegen</source>
        <translation>Add a note about the inside</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Gekozen notitie bewerken</source>
        <translation>Edit the chosen note</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Gekozen notitie verwijderen</source>
        <translation>Remove the chosen note</translation>
    </message>
    <message>
        <source>Levensloop</source>
        <translation>Life story</translation>
    </message>
    <message>
        <source>&amp;Moment toevoegen…</source>
        <translation>Add a &amp;moment…</translation>
    </message>
    <message>
        <source>Moment in de levensloop toevoegen</source>
        <translation>Add a moment to the life story</translation>
    </message>
    <message>
        <source>Bewerk&amp;en…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Gekozen moment bewerken</source>
        <translation>Edit the chosen moment</translation>
    </message>
    <message>
        <source>Verw&amp;ijderen…</source>
        <translation>Dele&amp;te…</translation>
    </message>
    <message>
        <source>Gekozen moment verwijderen</source>
        <translation>Remove the chosen moment</translation>
    </message>
    <message>
        <source>Kies een aspect om alleen dat te zien.</source>
        <translation>Choose an aspect to see only that one.</translation>
    </message>
    <message>
        <source>De momenten die de cliënt zelf belangrijk vindt, in de volgorde van de tijd.</source>
        <translation>The moments the client finds important, in the order of time.</translation>
    </message>
    <message>
        <source>Binnenkant · alle aspecten</source>
        <translation>Inside · all aspects</translation>
    </message>
    <message>
        <source>Per aspect gegroepeerd. Wat u zelf opmerkte, staat als indruk die u nog navraagt bij de cliënt.</source>
        <translation>Grouped per aspect. What you noticed yourself stands as an impression you still check with the client.</translation>
    </message>
    <message>
        <source>Binnenkant · {aspect}</source>
        <translation>Inside · {aspect}</translation>
    </message>
</context>
<context>
    <name>InnerWords</name>
    <message>
        <source>Beleving</source>
        <translation>Experience</translation>
    </message>
    <message>
        <source>Gevoelens</source>
        <translation>Feelings</translation>
    </message>
    <message>
        <source>Kwetsuren</source>
        <translation>Hurts</translation>
    </message>
    <message>
        <source>Pestervaringen</source>
        <translation>Being bullied</translation>
    </message>
    <message>
        <source>Loyaliteiten</source>
        <translation>Loyalties</translation>
    </message>
    <message>
        <source>Overtuigingen</source>
        <translation>Beliefs</translation>
    </message>
    <message>
        <source>Intenties</source>
        <translation>Intentions</translation>
    </message>
    <message>
        <source>Dromen</source>
        <translation>Dreams</translation>
    </message>
    <message>
        <source>Omgaan met</source>
        <translation>Coping</translation>
    </message>
    <message>
        <source>Hoe de cliënt de eigen situatie ziet en ervaart.</source>
        <translation>How the client sees and experiences their own situation.</translation>
    </message>
    <message>
        <source>Wat de cliënt voelt: schaamte, boosheid, moedeloosheid, hoop…</source>
        <translation>What the client feels: shame, anger, despondency, hope…</translation>
    </message>
    <message>
        <source>Wat pijn deed en vandaag nog meespeelt.</source>
        <translation>What hurt and still plays a part today.</translation>
    </message>
    <message>
        <source>Uitgelachen, buitengesloten of gepest, vroeger of nu.</source>
        <translation>Laughed at, left out or bullied, in the past or now.</translation>
    </message>
    <message>
        <source>Aan wie de cliënt zich verbonden of verplicht voelt.</source>
        <translation>Whom the client feels bound to or obliged to.</translation>
    </message>
    <message>
        <source>Wat de cliënt gelooft over zichzelf, over anderen, over hulp.</source>
        <translation>What the client believes about themselves, about others, about help.</translation>
    </message>
    <message>
        <source>Wat de cliënt eigenlijk wil, ook als het anders uitdraait.</source>
        <translation>What the client really wants, even when it turns out otherwise.</translation>
    </message>
    <message>
        <source>Waar de cliënt naar verlangt, groot of klein.</source>
        <translation>What the client longs for, big or small.</translation>
    </message>
    <message>
        <source>Hoe de cliënt het volhoudt: wat helpt om overeind te blijven.</source>
        <translation>How the client keeps going: what helps them stay on their feet.</translation>
    </message>
    <message>
        <source>Zegt de cliënt</source>
        <translation>The client says so</translation>
    </message>
    <message>
        <source>Indruk van de coach, nog na te vragen</source>
        <translation>The coach&apos;s impression, still to check</translation>
    </message>
    <message>
        <source>Niet genoteerd</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Wat hier staat, blijft tussen u en de cliënt: het gaat nooit mee naar een partner. De cliënt kan het wel inkijken in het eigen dossier.</source>
        <translation>What is here stays between you and the client: it never goes to a partner. The client can read it in their own file.</translation>
    </message>
</context>
<context>
    <name>InstrumentLabels</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>weet niet</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <source>Solliciteren</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Eerst bijleren</source>
        <translation>Learn first</translation>
    </message>
    <message>
        <source>Niet voor mij</source>
        <translation>Not for me</translation>
    </message>
    <message>
        <source>Later bekijken</source>
        <translation>Look again later</translation>
    </message>
    <message>
        <source>Later terugbellen (eerst met de cliënt praten)</source>
        <translation>Call back later (talk to the client first)</translation>
    </message>
    <message>
        <source>Niets gedeeld</source>
        <translation>Nothing shared</translation>
    </message>
    <message>
        <source>Gedeeld, met akkoord van de cliënt</source>
        <translation>Shared, with the client&apos;s agreement</translation>
    </message>
    <message>
        <source>terugbellen</source>
        <translation>call back</translation>
    </message>
    <message>
        <source>niets gedeeld</source>
        <translation>nothing shared</translation>
    </message>
    <message>
        <source>gedeeld met akkoord</source>
        <translation>shared with agreement</translation>
    </message>
    <message>
        <source>Nog niet nagevraagd</source>
        <translation>Not asked yet</translation>
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
    <name>InstrumentModels</name>
    <message>
        <source>Gelezen op</source>
        <translation>Read on</translation>
    </message>
    <message>
        <source>Vacature</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Wat de cliënt al meebrengt</source>
        <translation>What the client already brings</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>{has} van {all} eisen</source>
        <translation>{has} of {all} requirements</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Mogelijkheden</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Gekozen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie belde</source>
        <translation>Who called</translation>
    </message>
    <message>
        <source>Wat gevraagd</source>
        <translation>What was asked</translation>
    </message>
    <message>
        <source>Afloop</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>InstrumentsTab</name>
    <message>
        <source>vacature-samen-gelezen.pdf</source>
        <translation>vacancy-read-together.pdf</translation>
    </message>
    <message>
        <source>Vacature verwijderen</source>
        <translation>Delete vacancy</translation>
    </message>
    <message>
        <source>De vacature “{title}” en wat u erbij noteerde verwijderen?</source>
        <translation>Delete the vacancy “{title}” and what you noted with it?</translation>
    </message>
    <message>
        <source>POP-doel maken</source>
        <translation>Make a POP goal</translation>
    </message>
    <message>
        <source>Er is nog niets gekozen. Open de keuze en noteer wat de cliënt kiest; dan kan het een doel worden.</source>
        <translation>Nothing has been chosen yet. Open the choice and note what the client chooses; then it can become a goal.</translation>
    </message>
    <message>
        <source>Een nieuw doel in het POP maken, in de woorden van de cliënt:
“{goal}”

De stappen spreekt u daarna samen af in het tabblad POP.</source>
        <translation>Make a new goal in the POP, in the client&apos;s words:
“{goal}”

You then agree on the steps together in the POP tab.</translation>
    </message>
    <message>
        <source>Het doel “{goal}” staat nu in het POP.</source>
        <translation>The goal “{goal}” is now in the POP.</translation>
    </message>
    <message>
        <source>Keuze verwijderen</source>
        <translation>Delete choice</translation>
    </message>
    <message>
        <source>De afweging “{question}” verwijderen? Een POP-doel dat u ervan maakte, blijft staan.</source>
        <translation>Delete the weighing “{question}”? A POP goal you made from it stays.</translation>
    </message>
    <message>
        <source>Telefonische vraag verwijderen</source>
        <translation>Delete phone request</translation>
    </message>
    <message>
        <source>Deze telefonische vraag verwijderen? Het contactmoment dat erbij hoort, verdwijnt mee.</source>
        <translation>Delete this phone request? Its contact moment goes with it.</translation>
    </message>
    <message>
        <source>Vacatures samen gelezen</source>
        <translation>Vacancies read together</translation>
    </message>
    <message>
        <source>Eis per eis: wat vraagt de werkgever, wat brengt de cliënt al mee?</source>
        <translation>Requirement by requirement: what does the employer ask, what does the client already bring?</translation>
    </message>
    <message>
        <source>Nog geen vacature samen gelezen.</source>
        <translation>No vacancy read together yet.</translation>
    </message>
    <message>
        <source>&amp;Vacature lezen…</source>
        <translation>Read a &amp;vacancy…</translation>
    </message>
    <message>
        <source>Een vacature samen lezen</source>
        <translation>Read a vacancy together</translation>
    </message>
    <message>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Vacature openen</source>
        <translation>Open vacancy</translation>
    </message>
    <message>
        <source>&amp;Blad voor de cliënt…</source>
        <translation>Sheet for the &amp;client…</translation>
    </message>
    <message>
        <source>Blad over de vacature voor de cliënt</source>
        <translation>Sheet about the vacancy for the client</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Keuzes afgewogen</source>
        <translation>Choices weighed</translation>
    </message>
    <message>
        <source>Een vraag, de mogelijkheden met hun voor- en nadelen, en wat de cliënt kiest.</source>
        <translation>A question, the options with their pros and cons, and what the client chooses.</translation>
    </message>
    <message>
        <source>Nog geen keuze samen afgewogen.</source>
        <translation>No choice weighed together yet.</translation>
    </message>
    <message>
        <source>&amp;Keuze afwegen…</source>
        <translation>&amp;Weigh a choice…</translation>
    </message>
    <message>
        <source>Een keuze afwegen</source>
        <translation>Weigh a choice</translation>
    </message>
    <message>
        <source>Keuze openen</source>
        <translation>Open choice</translation>
    </message>
    <message>
        <source>Maak er een POP-&amp;doel van</source>
        <translation>Make it a POP &amp;goal</translation>
    </message>
    <message>
        <source>Maak van de keuze een POP-doel</source>
        <translation>Make the choice a POP goal</translation>
    </message>
    <message>
        <source>Telefonische vragen</source>
        <translation>Phone requests</translation>
    </message>
    <message>
        <source>Een andere dienst belt over de cliënt: wie, wat en waarom, en wat u deed.</source>
        <translation>Another service calls about the client: who, what and why, and what you did.</translation>
    </message>
    <message>
        <source>Nog geen telefonische vraag genoteerd.</source>
        <translation>No phone request noted yet.</translation>
    </message>
    <message>
        <source>&amp;Telefonische vraag…</source>
        <translation>&amp;Phone request…</translation>
    </message>
    <message>
        <source>Telefonische vraag noteren</source>
        <translation>Note a phone request</translation>
    </message>
    <message>
        <source>Telefonische vraag openen</source>
        <translation>Open phone request</translation>
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
        <source>Ja, het team mag meelezen en overnemen</source>
        <translation>Yes, the team may read along and take over</translation>
    </message>
    <message>
        <source>Nee, alleen op dit toestel</source>
        <translation>No, on this device only</translation>
    </message>
    <message>
        <source>Nog niet gevraagd</source>
        <translation>Not asked yet</translation>
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
        <translation>Case file</translation>
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
    <name>LargeBalance</name>
    <message>
        <source>Balans, groot</source>
        <translation>Balance, large</translation>
    </message>
    <message>
        <source>De balans, groot getoond</source>
        <translation>The balance, shown large</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Terug naar het dossier (Esc)</source>
        <translation>Back to the case file (Esc)</translation>
    </message>
    <message>
        <source>Een beeld om samen over te praten, geen score. Esc brengt u terug.</source>
        <translation>A picture to talk about together, not a score. Esc takes you back.</translation>
    </message>
</context>
<context>
    <name>LifeEventDialog</name>
    <message>
        <source>Levensloop</source>
        <translation>Life story</translation>
    </message>
    <message>
        <source>Een moment uit het levensverhaal</source>
        <translation>A moment from the life story</translation>
    </message>
    <message>
        <source>Een datum is niet nodig: „als kind” of „2015–2017” is ook goed. Een moment met een jaartal komt op zijn plaats in de tijd.</source>
        <translation>A date is not needed: “as a child” or “2015–2017” will do. A moment with a year takes its place in time.</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>bv. als kind, 2015–2017, na de verhuis</source>
        <translation>e.g. as a child, 2015–2017, after the move</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wat er gebeurde</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Wanneer</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Datum (als u die weet)</source>
        <translation>&amp;Date (if you know it)</translation>
    </message>
    <message>
        <source>Wat er &amp;gebeurde</source>
        <translation>What &amp;happened</translation>
    </message>
    <message>
        <source>&amp;Levensdomein</source>
        <translation>&amp;Life domain</translation>
    </message>
</context>
<context>
    <name>LifeEventModel</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat er gebeurde</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
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
        <translation>Clients and their case files (Ctrl+1)</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>Agen&amp;da</translation>
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
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Team: collega&apos;s, wie welk dossier heeft, conflicten (Ctrl+4)</source>
        <translation>Team: colleagues, who holds which case file, conflicts (Ctrl+4)</translation>
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
        <source>De kluis is beschadigd</source>
        <translation>The vault is damaged</translation>
    </message>
    <message>
        <source>Een deel van de kluis is beschadigd of gewijzigd. Werk er niet verder in: maak via Kluis › Back-up terugzetten… een back-up in een nieuwe map terug, of vraag hulp aan wie uw computer beheert.</source>
        <translation>Part of the vault is damaged or altered. Do not go on working in it: restore a backup into a new folder with Vault › Restore a backup…, or ask whoever manages your computer for help.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld, maar niet alles kon eerst bewaard worden. Open de kluis en kijk het laatste werk na.</source>
        <translation>The vault is locked, but not everything could be saved first. Open the vault and check your latest work.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Wat een overleg is</source>
        <translation>What a meeting is</translation>
    </message>
    <message>
        <source>Waarom dit overleg, en wat het kan betekenen</source>
        <translation>Why this meeting, and what it can mean</translation>
    </message>
    <message>
        <source>Wie er komt, en waarom</source>
        <translation>Who is coming, and why</translation>
    </message>
    <message>
        <source>Hoe het verloopt</source>
        <translation>How it goes</translation>
    </message>
    <message>
        <source>Wat er gedeeld wordt, en wat niet</source>
        <translation>What is shared, and what is not</translation>
    </message>
    <message>
        <source>Welke thema&apos;s op tafel komen</source>
        <translation>Which topics come up</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Samen rond de tafel</source>
        <translation>Together around the table</translation>
    </message>
    <message>
        <source>De cliënt staat centraal: bereid het overleg samen voor, en noteer bij elk thema eerst wat de cliënt ervan denkt.</source>
        <translation>The client comes first: prepare the meeting together, and for each topic first note what the client thinks about it.</translation>
    </message>
    <message>
        <source>Onderdelen van het overleg</source>
        <translation>Parts of the meeting</translation>
    </message>
    <message>
        <source>Soort overleg</source>
        <translation>Type of meeting</translation>
    </message>
    <message>
        <source>Dag en uur</source>
        <translation>Day and time</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Doel van het overleg</source>
        <translation>Goal of the meeting</translation>
    </message>
    <message>
        <source>Gespreksleider</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>De cliënt is erbij</source>
        <translation>The client is present</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Wanneer</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Doel</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>&amp;Gespreksleider</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Wat overliep u vooraf met de cliënt?</source>
        <translation>What did you go through with the client beforehand?</translation>
    </message>
    <message>
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Thema&apos;s en afspraken</source>
        <translation>Topics and agreements</translation>
    </message>
    <message>
        <source>Afspraken over privacy</source>
        <translation>Agreements about privacy</translation>
    </message>
    <message>
        <source>Afspraken over terugkoppeling</source>
        <translation>Agreements about feedback</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>P&amp;rivacy</translation>
    </message>
    <message>
        <source>&amp;Terugkoppeling</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>Privacy en terugkoppeling</source>
        <translation>Privacy and feedback</translation>
    </message>
</context>
<context>
    <name>MeetingParts</name>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Naam van de deelnemer</source>
        <translation>Name of the participant</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Organisatie van de deelnemer</source>
        <translation>Organisation of the participant</translation>
    </message>
    <message>
        <source>(geen dienst)</source>
        <translation>(no service)</translation>
    </message>
    <message>
        <source>Rol of mandaat</source>
        <translation>Role or mandate</translation>
    </message>
    <message>
        <source>rol of mandaat</source>
        <translation>role or mandate</translation>
    </message>
    <message>
        <source>Deelnemer weghalen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>&amp;Deelnemer toevoegen</source>
        <translation>&amp;Add participant</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Wat is afgesproken</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>wat</source>
        <translation>what</translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>wie</source>
        <translation>who</translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>cliënt akkoord</source>
        <translation>client agrees</translation>
    </message>
    <message>
        <source>Afspraak weghalen</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>thema, bv. wonen of schulden</source>
        <translation>topic, e.g. housing or debts</translation>
    </message>
    <message>
        <source>Wat de cliënt erover denkt</source>
        <translation>What the client thinks about it</translation>
    </message>
    <message>
        <source>wat de cliënt erover denkt, in eigen woorden</source>
        <translation>what the client thinks about it, in their own words</translation>
    </message>
    <message>
        <source>Thema weghalen</source>
        <translation>Remove topic</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Afspraak bij dit thema toevoegen</source>
        <translation>Add an agreement to this topic</translation>
    </message>
    <message>
        <source>&amp;Thema toevoegen</source>
        <translation>Add &amp;topic</translation>
    </message>
    <message>
        <source>Thema toevoegen</source>
        <translation>Add topic</translation>
    </message>
</context>
<context>
    <name>MindmapTab</name>
    <message>
        <source>Nog geen mindmap. Zet samen met de cliënt de vraag in het midden en laat de gedachten erover vertakken.</source>
        <translation>No mind map yet. Put the question in the middle together with the client and let the thoughts branch out from it.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe mindmap</source>
        <translation>&amp;New mind map</translation>
    </message>
    <message>
        <source>Een eerste mindmap maken</source>
        <translation>Make a first mind map</translation>
    </message>
    <message>
        <source>Welke mindmap</source>
        <translation>Which mind map</translation>
    </message>
    <message>
        <source>Mindma&amp;p:</source>
        <translation>Mind ma&amp;p:</translation>
    </message>
    <message>
        <source>Een nieuwe mindmap</source>
        <translation>A new mind map</translation>
    </message>
    <message>
        <source>PDF of &amp;afbeelding…</source>
        <translation>PDF or &amp;image…</translation>
    </message>
    <message>
        <source>De mindmap als PDF of PNG bewaren</source>
        <translation>Save the mind map as PDF or PNG</translation>
    </message>
    <message>
        <source>Mindmap verwij&amp;deren…</source>
        <translation>&amp;Delete mind map…</translation>
    </message>
    <message>
        <source>De getoonde mindmap verwijderen</source>
        <translation>Delete the mind map shown</translation>
    </message>
    <message>
        <source>+ &amp;Tak eronder</source>
        <translation>+ &amp;Branch below</translation>
    </message>
    <message>
        <source>Tak onder de gekozen tak (Insert of Tab)</source>
        <translation>Branch below the chosen branch (Insert or Tab)</translation>
    </message>
    <message>
        <source>+ Tak &amp;ernaast</source>
        <translation>+ Branch b&amp;eside</translation>
    </message>
    <message>
        <source>Tak naast de gekozen tak (Enter)</source>
        <translation>Branch beside the chosen branch (Enter)</translation>
    </message>
    <message>
        <source>&amp;Hernoemen</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Nieuwe woorden voor de gekozen tak (F2)</source>
        <translation>New words for the chosen branch (F2)</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Gekozen tak verwijderen (Delete)</source>
        <translation>Remove the chosen branch (Delete)</translation>
    </message>
    <message>
        <source>Tak omhoog (Ctrl+pijl omhoog)</source>
        <translation>Branch up (Ctrl+Up arrow)</translation>
    </message>
    <message>
        <source>Tak omlaag (Ctrl+pijl omlaag)</source>
        <translation>Branch down (Ctrl+Down arrow)</translation>
    </message>
    <message>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Opnieuw doen (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Uitzoomen (Ctrl+min)</source>
        <translation>Zoom out (Ctrl+minus)</translation>
    </message>
    <message>
        <source>Inzoomen (Ctrl+plus)</source>
        <translation>Zoom in (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Pa&amp;ssend</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>Hele mindmap tonen</source>
        <translation>Show the whole mind map</translation>
    </message>
    <message>
        <source>Pijltjes: tak kiezen · Insert of Tab: tak eronder · Enter: tak ernaast · F2 of typen: hernoemen · Delete: verwijderen · Ctrl+↑/↓: verplaatsen</source>
        <translation>Arrows: choose a branch · Insert or Tab: branch below · Enter: branch beside · F2 or typing: rename · Delete: remove · Ctrl+↑/↓: move</translation>
    </message>
    <message>
        <source>Mindmap verwijderen</source>
        <translation>Delete mind map</translation>
    </message>
    <message>
        <source>De mindmap “{question}” verwijderen? Dat kan niet ongedaan gemaakt worden.</source>
        <translation>Delete the mind map “{question}”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Tak verwijderen</source>
        <translation>Remove branch</translation>
    </message>
    <message>
        <source>“{words}” verwijderen, met de {count} takken eronder?</source>
        <translation>Remove “{words}” with the {count} branches below it?</translation>
    </message>
</context>
<context>
    <name>MindmapView</name>
    <message>
        <source>Woorden van de tak</source>
        <translation>Words of the branch</translation>
    </message>
    <message>
        <source>Mindmap</source>
        <translation>Mind map</translation>
    </message>
    <message>
        <source>Pijltjes kiezen een tak; Insert of Tab voegt een tak eronder toe, Enter een ernaast; F2 of gewoon typen geeft nieuwe woorden; Delete verwijdert; Ctrl+pijl omhoog of omlaag verplaatst.</source>
        <translation>Arrows choose a branch; Insert or Tab adds a branch below, Enter one beside; F2 or simply typing gives new words; Delete removes; Ctrl+Up or Down arrow moves.</translation>
    </message>
</context>
<context>
    <name>MomentModel</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wie neemt het initiatief</source>
        <translation>Who takes the initiative</translation>
    </message>
    <message>
        <source>Gebeurd</source>
        <translation>Happened</translation>
    </message>
    <message>
        <source>✓ gebeurd</source>
        <translation>✓ happened</translation>
    </message>
    <message>
        <source>nog te doen</source>
        <translation>still to do</translation>
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
        <source>Of het team het dossier mag meelezen en overnemen</source>
        <translation>Whether the team may read along and take over the file</translation>
    </message>
    <message>
        <source>Het team deelt het beroepsgeheim en kan inspringen als u afwezig bent. Zegt de cliënt nee, dan blijft het dossier op dit toestel.</source>
        <translation>The team shares professional secrecy and can step in when you are away. If the client says no, the file stays on this device.</translation>
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
        <source>&amp;Delen met het team</source>
        <translation>&amp;Share with the team</translation>
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
    <name>NextAppointment</name>
    <message>
        <source>Volgende afspraak</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Wanneer ziet u elkaar terug?</source>
        <translation>When do you meet again?</translation>
    </message>
    <message>
        <source>Voorgesteld: een week later op hetzelfde uur, waar en zoals het vorige contact. Past het, druk dan gewoon Enter. De afspraak komt bij de contacten en in de agenda.</source>
        <translation>Proposed: a week later at the same time, where and as the last contact. If it suits, just press Enter. The appointment goes to the contacts and the agenda.</translation>
    </message>
    <message>
        <source>&amp;Inplannen</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Afspraak inplannen</source>
        <translation>Plan the appointment</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uur</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Soort contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Uur</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
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
        <translation>&amp;For the case file</translation>
    </message>
    <message>
        <source>Notitie voor het dossier</source>
        <translation>Note for the case file</translation>
    </message>
    <message>
        <source>&amp;Persoonlijke herinnering</source>
        <translation>Pe&amp;rsonal reminder</translation>
    </message>
    <message>
        <source>Persoonlijke herinnering, niet voor het dossier</source>
        <translation>Personal reminder, not for the case file</translation>
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
        <translation>Choose a contact moment in the list, or start a new note (Ctrl+Shift+N).</translation>
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
    <name>OrganisationChoice</name>
    <message>
        <source>vaste contactpersoon</source>
        <translation>trusted contact person</translation>
    </message>
    <message>
        <source>vervanger</source>
        <translation>backup contact</translation>
    </message>
    <message>
        <source>Nog niemand gekozen</source>
        <translation>Nobody chosen yet</translation>
    </message>
    <message>
        <source>Vaste contactpersoon: {who}</source>
        <translation>Trusted contact person: {who}</translation>
    </message>
    <message>
        <source>Vervanger: {who}</source>
        <translation>Backup contact: {who}</translation>
    </message>
    <message>
        <source>Nog geen vaste contactpersoon op de sociale kaart.</source>
        <translation>No trusted contact person in the service directory yet.</translation>
    </message>
</context>
<context>
    <name>OrganisationConflict</name>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Op deze laptop</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <source>Versie van een collega</source>
        <translation>A colleague&apos;s version</translation>
    </message>
    <message>
        <source>Dit veld verschilt tussen de twee versies</source>
        <translation>This field differs between the two versions</translation>
    </message>
    <message>
        <source>Een collega wijzigde deze organisatie ook</source>
        <translation>A colleague changed this organisation too</translation>
    </message>
    <message>
        <source>Beide versies staan hieronder naast elkaar; wat verschilt is gemarkeerd. Tot u kiest, blijft de versie van deze laptop in de sociale kaart staan.</source>
        <translation>Both versions are shown side by side below; what differs is marked. Until you choose, this laptop&apos;s version stays in the service directory.</translation>
    </message>
    <message>
        <source>De versie van uw collega komt in de plaats van die op deze laptop</source>
        <translation>Your colleague&apos;s version replaces the one on this laptop</translation>
    </message>
    <message>
        <source>Twee versies van de organisatie</source>
        <translation>Two versions of the organisation</translation>
    </message>
    <message>
        <source>&amp;Mijn versie houden</source>
        <translation>Keep &amp;my version</translation>
    </message>
    <message>
        <source>De versie van deze laptop gaat bij de volgende synchronisatie naar het team</source>
        <translation>This laptop&apos;s version goes to the team at the next sync</translation>
    </message>
    <message>
        <source>H&amp;un versie overnemen</source>
        <translation>Take &amp;their version</translation>
    </message>
    <message>
        <source>Een collega wijzigde ook: {names}. Kies ze in de lijst om beide versies te zien.</source>
        <translation>A colleague changed these too: {names}. Choose them in the list to see both versions.</translation>
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
    <name>OrganisationPicker</name>
    <message>
        <source>Organisatie uit de sociale kaart</source>
        <translation>Organisation from the service directory</translation>
    </message>
    <message>
        <source>Zoek een organisatie</source>
        <translation>Search for an organisation</translation>
    </message>
    <message>
        <source>Naam, aanbod of contactpersoon</source>
        <translation>Name, services or contact person</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Niets gevonden. Voeg de organisatie eerst toe aan de sociale kaart.</source>
        <translation>Nothing found. Add the organisation to the service directory first.</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
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
        <source>Eerste ont&amp;haal…</source>
        <translation>First rece&amp;ption…</translation>
    </message>
    <message>
        <source>Eerste onthaal noteren</source>
        <translation>Note the first reception</translation>
    </message>
    <message>
        <source>Wat u uitlegde, de bereikbaarheid, de eerste hulp, delen met het team en de volgende afspraak</source>
        <translation>What you explained, reachability, first help, sharing with the team and the next appointment</translation>
    </message>
    <message>
        <source>Hulpvraag, zoals de cliënt ze stelt</source>
        <translation>Request for help, as the client puts it</translation>
    </message>
    <message>
        <source>Hulpvraag in de woorden van de cliënt</source>
        <translation>Request for help in the client&apos;s words</translation>
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
        <source>Volgende &amp;afspraak…</source>
        <translation>Next &amp;appointment…</translation>
    </message>
    <message>
        <source>Volgende afspraak inplannen</source>
        <translation>Plan the next appointment</translation>
    </message>
    <message>
        <source>Een week later, waar en zoals het vorige contact; aan te passen</source>
        <translation>A week later, where and as the last contact; you can change it</translation>
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
        <source>Delen met het team: {answer}</source>
        <translation>Share with the team: {answer}</translation>
    </message>
    <message>
        <source>⚠ {n} te laat</source>
        <translation>⚠ {n} overdue</translation>
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
    <message>
        <source>Eerste onthaal: nog niet genoteerd.</source>
        <translation>First reception: not noted yet.</translation>
    </message>
    <message>
        <source>beroepsgeheim</source>
        <translation>professional secrecy</translation>
    </message>
    <message>
        <source>wat genoteerd wordt en wie het leest</source>
        <translation>what is written down and who reads it</translation>
    </message>
    <message>
        <source>dat het team kan inspringen</source>
        <translation>that the team can step in</translation>
    </message>
    <message>
        <source>Eerste onthaal op {date}</source>
        <translation>First reception on {date}</translation>
    </message>
    <message>
        <source>Eerste onthaal</source>
        <translation>First intake</translation>
    </message>
    <message>
        <source>{when} · nog niets uitgelegd aangevinkt</source>
        <translation>{when} · nothing ticked as explained yet</translation>
    </message>
    <message>
        <source>{when} · uitgelegd: {what}</source>
        <translation>{when} · explained: {what}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>te kort</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>Gebruik minstens {n} tekens.</source>
        <translation>Use at least {n} characters.</translation>
    </message>
    <message>
        <source>zwak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>Te voorspelbaar: neem een zin van enkele woorden.</source>
        <translation>Too predictable: take a sentence of a few words.</translation>
    </message>
    <message>
        <source>redelijk</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>Bruikbaar; drie of vier losse woorden zijn sterker.</source>
        <translation>Usable; three or four separate words are stronger.</translation>
    </message>
    <message>
        <source>goed</source>
        <translation>good</translation>
    </message>
    <message>
        <source>Een extra woord maakt ze nog sterker.</source>
        <translation>One more word makes it stronger still.</translation>
    </message>
    <message>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>Goed. Bewaar ze nergens op de laptop zelf.</source>
        <translation>Good. Do not keep it anywhere on the laptop itself.</translation>
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
    <name>PhoneDialog</name>
    <message>
        <source>✔ Geldig sinds {day}</source>
        <translation>✔ Valid since {day}</translation>
    </message>
    <message>
        <source>⊘ Ingetrokken op {day}</source>
        <translation>⊘ Revoked on {day}</translation>
    </message>
    <message>
        <source>– Geldt pas vanaf {day}</source>
        <translation>– Valid only from {day}</translation>
    </message>
    <message>
        <source>Niet zeggen: {text}</source>
        <translation>Do not mention: {text}</translation>
    </message>
    <message>
        <source>Telefonische vraag</source>
        <translation>Phone request</translation>
    </message>
    <message>
        <source>Een dienst belt met een vraag over de cliënt</source>
        <translation>A service calls with a question about the client</translation>
    </message>
    <message>
        <source>U hoeft niet meteen te antwoorden. Noteer wie belt en wat ze willen weten; deel alleen wat de cliënt weet en goedvindt.</source>
        <translation>You need not answer straight away. Note who calls and what they want to know; share only what the client knows about and agrees to.</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie belt</source>
        <translation>Who is calling</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Van welke dienst</source>
        <translation>From which service</translation>
    </message>
    <message>
        <source>Niet op de sociale kaart</source>
        <translation>Not in the social map</translation>
    </message>
    <message>
        <source>Wat ze vragen</source>
        <translation>What they ask</translation>
    </message>
    <message>
        <source>Waarom ze het willen weten</source>
        <translation>Why they want to know</translation>
    </message>
    <message>
        <source>Weet de cliënt van dit telefoontje</source>
        <translation>Does the client know about this call</translation>
    </message>
    <message>
        <source>Gaat de cliënt akkoord om te delen</source>
        <translation>Does the client agree to sharing</translation>
    </message>
    <message>
        <source>Wat gedeeld werd</source>
        <translation>What was shared</translation>
    </message>
    <message>
        <source>1. Wie belt</source>
        <translation>1. Who is calling</translation>
    </message>
    <message>
        <source>&amp;Wanneer</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Dienst</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>2. Wat vragen ze, en waarom</source>
        <translation>2. What they ask, and why</translation>
    </message>
    <message>
        <source>Wat ge&amp;vraagd</source>
        <translation>What was as&amp;ked</translation>
    </message>
    <message>
        <source>Waa&amp;rom</source>
        <translation>Wh&amp;y</translation>
    </message>
    <message>
        <source>3. Toestemming van deze dienst</source>
        <translation>3. Consent for this service</translation>
    </message>
    <message>
        <source>Toestemming van de cliënt voor deze dienst</source>
        <translation>The client&apos;s consent for this service</translation>
    </message>
    <message>
        <source>4. Weet de cliënt het, gaat die akkoord</source>
        <translation>4. Does the client know, do they agree</translation>
    </message>
    <message>
        <source>Weet &amp;ervan</source>
        <translation>Kn&amp;ows</translation>
    </message>
    <message>
        <source>Gaat &amp;akkoord</source>
        <translation>&amp;Agrees</translation>
    </message>
    <message>
        <source>5. Wat u deed</source>
        <translation>5. What you did</translation>
    </message>
    <message>
        <source>&amp;Gedeeld</source>
        <translation>Sha&amp;red</translation>
    </message>
    <message>
        <source>Kies de dienst: dan ziet u hier wat de cliënt met hen laat delen.</source>
        <translation>Choose the service: you then see here what the client lets you share with them.</translation>
    </message>
    <message>
        <source>Voor deze dienst is geen toestemming vastgelegd. Vraag het eerst aan de cliënt.</source>
        <translation>No consent is recorded for this service. Ask the client first.</translation>
    </message>
    <message>
        <source>Gedeeld kan pas als de cliënt weet van dit telefoontje én akkoord gaat. Is dat nog niet gevraagd? Kies dan Later terugbellen: zo neemt u de tijd om het eerst met de cliënt te bespreken.</source>
        <translation>Shared is only possible when the client knows about this call and agrees. Not asked yet? Then choose Call back later: that gives you time to talk it over with the client first.</translation>
    </message>
</context>
<context>
    <name>PopClosing</name>
    <message>
        <source>Verplaatsen naar “{goal}”</source>
        <translation>Move to “{goal}”</translation>
    </message>
    <message>
        <source>Afgerond: de stap is gedaan</source>
        <translation>Finished: the step is done</translation>
    </message>
    <message>
        <source>Niet meer nodig (wordt bewaard als “niet gelukt”)</source>
        <translation>No longer needed (saved as “did not work out”)</translation>
    </message>
    <message>
        <source>tegen {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>Doel afsluiten</source>
        <translation>Close the goal</translation>
    </message>
    <message>
        <source>Wat gebeurt er met de stappen die nog open staan?</source>
        <translation>What happens to the steps that are still open?</translation>
    </message>
    <message>
        <source>“{goal}” wordt {status}, maar deze stappen zijn nog niet klaar. Kies per stap wat ermee gebeurt. Annuleren laat het doel zoals het was.</source>
        <translation>“{goal}” is being marked {status}, but these steps are not finished yet. Choose what happens to each step. Cancel leaves the goal as it was.</translation>
    </message>
    <message>
        <source>Wat gebeurt er met: {step}</source>
        <translation>What happens to: {step}</translation>
    </message>
</context>
<context>
    <name>PopDialogs</name>
    <message>
        <source>Tussenstap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Een kleine stap naar het doel</source>
        <translation>A small step towards the goal</translation>
    </message>
    <message>
        <source>Klein genoeg om te lukken. Spreek af wie het doet en tegen wanneer; wat de cliënt zelf kan, doet de cliënt zelf.</source>
        <translation>Small enough to succeed. Agree who does it and by when; what the client can do themselves, the client does themselves.</translation>
    </message>
    <message>
        <source>Wat gebeurt er</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Naam van de persoon uit het netwerk</source>
        <translation>Name of the person from the network</translation>
    </message>
    <message>
        <source>bv. Fatima (buurvrouw)</source>
        <translation>e.g. Fatima (neighbour)</translation>
    </message>
    <message>
        <source>Organisatie uit de sociale kaart</source>
        <translation>Organisation from the service directory</translation>
    </message>
    <message>
        <source>Hoe werkt u mee</source>
        <translation>How you support</translation>
    </message>
    <message>
        <source>Nog niet gekozen</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Tegen wanneer</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>W&amp;ie</source>
        <translation>Wh&amp;o</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <source>&amp;Hoe werkt u mee</source>
        <translation>&amp;How you support</translation>
    </message>
    <message>
        <source>&amp;Tegen</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Lukte niet</source>
        <translation>Did not work out</translation>
    </message>
    <message>
        <source>Deze stap lukte niet</source>
        <translation>This step did not work out</translation>
    </message>
    <message>
        <source>Dat gebeurt. Kijk samen wat in de weg stond en wat toch hielp.</source>
        <translation>That happens. Look together at what got in the way and what did help.</translation>
    </message>
    <message>
        <source>Wat stond in de weg</source>
        <translation>What got in the way</translation>
    </message>
    <message>
        <source>Wat hielp wel</source>
        <translation>What did help</translation>
    </message>
    <message>
        <source>Meteen een &amp;nieuwe stap afspreken</source>
        <translation>Agree on a &amp;new step straight away</translation>
    </message>
    <message>
        <source>Wat stond in de &amp;weg</source>
        <translation>What got in the &amp;way</translation>
    </message>
    <message>
        <source>Wat &amp;hielp wel</source>
        <translation>What &amp;did help</translation>
    </message>
    <message>
        <source>Wat in de weg stond: {text}</source>
        <translation>What got in the way: {text}</translation>
    </message>
    <message>
        <source>Wat hielp: {text}</source>
        <translation>What helped: {text}</translation>
    </message>
    <message>
        <source>Even on hold</source>
        <translation>On hold for now</translation>
    </message>
    <message>
        <source>Wanneer bekijken jullie deze stap opnieuw?</source>
        <translation>When will you look at this step again?</translation>
    </message>
    <message>
        <source>De stap wacht even. Op deze dag staat hij in uw agenda om opnieuw te bekijken.</source>
        <translation>The step waits for a while. On this day it appears in your agenda to be reviewed.</translation>
    </message>
    <message>
        <source>Opnieuw bekijken op</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>&amp;Opnieuw bekijken op</source>
        <translation>&amp;Review on</translation>
    </message>
</context>
<context>
    <name>PopModels</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Tussenstap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hoe werkt u mee</source>
        <translation>How you support</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat veranderde</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Stap “{text}”</source>
        <translation>Step “{text}”</translation>
    </message>
    <message>
        <source>Een geschrapte stap</source>
        <translation>A removed step</translation>
    </message>
    <message>
        <source>{subject}: nieuw ({status})</source>
        <translation>{subject}: new ({status})</translation>
    </message>
    <message>
        <source>{subject}: geschrapt</source>
        <translation>{subject}: removed</translation>
    </message>
    <message>
        <source>{subject}: datum {old} → {new}</source>
        <translation>{subject}: date {old} → {new}</translation>
    </message>
    <message>
        <source>{subject}: {old} → {new}</source>
        <translation>{subject}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>PopTab</name>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>&amp;Nieuw doel</source>
        <translation>&amp;New goal</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Doel hoger zetten (Alt+Omhoog)</source>
        <translation>Move goal higher (Alt+Up)</translation>
    </message>
    <message>
        <source>Omhoog ↑</source>
        <translation>Move up ↑</translation>
    </message>
    <message>
        <source>Omlaag ↓</source>
        <translation>Move down ↓</translation>
    </message>
    <message>
        <source>Doel lager zetten (Alt+Omlaag)</source>
        <translation>Move goal lower (Alt+Down)</translation>
    </message>
    <message>
        <source>Doel verwijderen…</source>
        <translation>Delete goal…</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <source>Stappenplan &amp;afdrukken…</source>
        <translation>&amp;Print step plan…</translation>
    </message>
    <message>
        <source>Stappenplan voor de cliënt als PDF</source>
        <translation>Step plan for the client as PDF</translation>
    </message>
    <message>
        <source>Stand van &amp;zaken…</source>
        <translation>Status &amp;report…</translation>
    </message>
    <message>
        <source>Stand van zaken als PDF</source>
        <translation>Status report as PDF</translation>
    </message>
    <message>
        <source>Makkelijk &amp;lezen</source>
        <translation>&amp;Easy read</translation>
    </message>
    <message>
        <source>Stappenplan in makkelijke taal: één blad, grote letters</source>
        <translation>Step plan in easy-read Dutch: one page, large type</translation>
    </message>
    <message>
        <source>stappenplan</source>
        <translation>step-plan</translation>
    </message>
    <message>
        <source>stand-van-zaken</source>
        <translation>status-report</translation>
    </message>
    <message>
        <source>makkelijk-lezen</source>
        <translation>easy-read</translation>
    </message>
    <message>
        <source>Doel afsluiten</source>
        <translation>Close the goal</translation>
    </message>
    <message>
        <source>Het doel waarnaar een stap zou gaan, loopt niet meer. Bewaar het doel opnieuw en kies opnieuw.</source>
        <translation>The goal a step was to move to is no longer running. Save the goal again and choose again.</translation>
    </message>
    <message>
        <source>Doelen, het belangrijkste eerst</source>
        <translation>Goals, most important first</translation>
    </message>
    <message>
        <source>Sleep een doel, of gebruik Alt+pijltjes, om de volgorde te wijzigen.</source>
        <translation>Drag a goal, or use Alt+arrow keys, to change the order.</translation>
    </message>
    <message>
        <source>Doel bewaren (Ctrl+S)</source>
        <translation>Save goal (Ctrl+S)</translation>
    </message>
    <message>
        <source>Doel bewaren</source>
        <translation>Save goal</translation>
    </message>
    <message>
        <source>Tussenstappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Voortgang van het doel</source>
        <translation>Progress of the goal</translation>
    </message>
    <message>
        <source>Nieuwe &amp;stap…</source>
        <translation>New &amp;step…</translation>
    </message>
    <message>
        <source>Nieuwe tussenstap</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Stap wijzigen</source>
        <translation>Edit step</translation>
    </message>
    <message>
        <source>&amp;Gedaan</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Stap is gedaan</source>
        <translation>Step is done</translation>
    </message>
    <message>
        <source>&amp;Lukte niet…</source>
        <translation>Did not work o&amp;ut…</translation>
    </message>
    <message>
        <source>Stap lukte niet</source>
        <translation>Step did not work out</translation>
    </message>
    <message>
        <source>&amp;On hold…</source>
        <translation>&amp;On hold…</translation>
    </message>
    <message>
        <source>Stap even on hold zetten</source>
        <translation>Put step on hold for now</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Stap verwijderen</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Het doel</source>
        <translation>The goal</translation>
    </message>
    <message>
        <source>Tussenstappen: wie doet wat, tegen wanneer</source>
        <translation>Steps: who does what, by when</translation>
    </message>
    <message>
        <source>Geschiedenis van dit doel</source>
        <translation>History of this goal</translation>
    </message>
    <message>
        <source>Dit doel en al zijn stappen verwijderen? Dat kan niet ongedaan gemaakt worden.</source>
        <translation>Delete this goal and all its steps? This cannot be undone.</translation>
    </message>
    <message>
        <source>Bewaar eerst het doel; dan kunt u stappen afspreken.</source>
        <translation>Save the goal first; then you can agree on steps.</translation>
    </message>
    <message>
        <source>⚠ {n} te laat</source>
        <translation>⚠ {n} overdue</translation>
    </message>
    <message>
        <source>Deze tussenstap verwijderen?</source>
        <translation>Delete this step?</translation>
    </message>
</context>
<context>
    <name>PopTexts</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Bereikt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Bijgesteld</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Losgelaten</source>
        <translation>Let go</translation>
    </message>
    <message>
        <source>Informeren</source>
        <translation>Informing</translation>
    </message>
    <message>
        <source>Structureren</source>
        <translation>Structuring</translation>
    </message>
    <message>
        <source>Begeleiden en ondersteunen</source>
        <translation>Guiding and supporting</translation>
    </message>
    <message>
        <source>Bekrachtigen</source>
        <translation>Encouraging</translation>
    </message>
    <message>
        <source>Meevolgen</source>
        <translation>Following along</translation>
    </message>
    <message>
        <source>Loslaten en aanvaarden</source>
        <translation>Letting go and accepting</translation>
    </message>
    <message>
        <source>Gaat het over één ding? Zeg in een paar woorden, zoals de cliënt het zegt, wat er anders moet worden.</source>
        <translation>Is it about one thing? Say in a few words, the way the client says it, what needs to change.</translation>
    </message>
    <message>
        <source>Wanneer is het bereikt? Schrijf op waaraan jullie allebei zullen zien dat het gelukt is.</source>
        <translation>When is it achieved? Write down how you will both see that it has worked.</translation>
    </message>
    <message>
        <source>Staat de cliënt erachter? Vraag of dit echt het eigen doel is, en vink het aan.</source>
        <translation>Does the client stand behind it? Ask whether this really is their own goal, and tick it.</translation>
    </message>
    <message>
        <source>Is het haalbaar? Noteer waarom, of spreek al een eerste kleine stap af.</source>
        <translation>Is it feasible? Note why, or agree on a first small step already.</translation>
    </message>
    <message>
        <source>De datum is voorbij. Kies samen een nieuwe datum.</source>
        <translation>The date has passed. Choose a new date together.</translation>
    </message>
    <message>
        <source>Tegen wanneer? Kies samen een datum om het doel opnieuw te bekijken.</source>
        <translation>By when? Choose a date together to look at the goal again.</translation>
    </message>
    <message>
        <source>Dit doel is duidelijk genoeg om mee aan de slag te gaan.</source>
        <translation>This goal is clear enough to get started with.</translation>
    </message>
    <message>
        <source>⚠ {date} · te laat</source>
        <translation>⚠ {date} · overdue</translation>
    </message>
    <message>
        <source>Even on hold</source>
        <translation>On hold for now</translation>
    </message>
    <message>
        <source>On hold · {date}</source>
        <translation>On hold · {date}</translation>
    </message>
    <message>
        <source>geen stappen</source>
        <translation>no steps</translation>
    </message>
    <message>
        <source>nog geen stappen</source>
        <translation>no steps yet</translation>
    </message>
    <message>
        <source>{done} van {counted}</source>
        <translation>{done} of {counted}</translation>
    </message>
    <message>
        <source>{done} van {counted} gedaan</source>
        <translation>{done} of {counted} done</translation>
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
    <name>RecordActions</name>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Samen de weg naar een andere dienst</source>
        <translation>Finding the way to another service together</translation>
    </message>
    <message>
        <source>Loop de zeven stappen samen met de cliënt. Vink af wat gedaan is; een stap mag ook later of in een andere volgorde.</source>
        <translation>Go through the seven steps together with the client. Tick off what is done; a step may also come later or in a different order.</translation>
    </message>
    <message>
        <source>Onderdelen van de doorverwijzing</source>
        <translation>Parts of the referral</translation>
    </message>
    <message>
        <source>Dienst en vraag</source>
        <translation>Service and question</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
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
        <source>Vraag of nood</source>
        <translation>Question or need</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opnieuw bekijken op</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Contact&amp;persoon</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <source>Levens&amp;domein</source>
        <translation>Life do&amp;main</translation>
    </message>
    <message>
        <source>&amp;Vraag</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Opnieuw &amp;bekijken op</source>
        <translation>&amp;Review on</translation>
    </message>
    <message>
        <source>Zeven stappen</source>
        <translation>Seven steps</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Er is een afspraak</source>
        <translation>There is an appointment</translation>
    </message>
    <message>
        <source>Dag en uur van de afspraak</source>
        <translation>Day and time of the appointment</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Wie maakt de afspraak</source>
        <translation>Who makes the appointment</translation>
    </message>
    <message>
        <source>Nog niet beslist</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Mee te nemen, één per regel</source>
        <translation>To bring, one per line</translation>
    </message>
    <message>
        <source>De coach gaat mee</source>
        <translation>The coach goes along</translation>
    </message>
    <message>
        <source>Hoe geraakt de cliënt er</source>
        <translation>How the client gets there</translation>
    </message>
    <message>
        <source>De cliënt wil een herinnering</source>
        <translation>The client wants a reminder</translation>
    </message>
    <message>
        <source>&amp;Wanneer</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>Waa&amp;r</source>
        <translation>Whe&amp;re</translation>
    </message>
    <message>
        <source>Wie &amp;belt</source>
        <translation>Who &amp;calls</translation>
    </message>
    <message>
        <source>&amp;Meenemen</source>
        <translation>&amp;Bring</translation>
    </message>
    <message>
        <source>&amp;Vervoer</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Eigen vragen van de cliënt</source>
        <translation>The client&apos;s own questions</translation>
    </message>
    <message>
        <source>Wie vertelt wat</source>
        <translation>Who tells what</translation>
    </message>
    <message>
        <source>Afspraak over terugkoppeling</source>
        <translation>Agreement about feedback</translation>
    </message>
    <message>
        <source>Vragen van de &amp;cliënt
(één per regel)</source>
        <translation>Questions from the &amp;client
(one per line)</translation>
    </message>
    <message>
        <source>Wie &amp;vertelt wat</source>
        <translation>Who &amp;tells what</translation>
    </message>
    <message>
        <source>&amp;Terugkoppeling</source>
        <translation>&amp;Feedback</translation>
    </message>
</context>
<context>
    <name>ReferralStepWords</name>
    <message>
        <source>Samen de vraag verkennen</source>
        <translation>Explore the question together</translation>
    </message>
    <message>
        <source>Bespreek met de cliënt wat er nodig is en of een andere dienst daarbij kan helpen.</source>
        <translation>Talk with the client about what is needed and whether another service could help with it.</translation>
    </message>
    <message>
        <source>Samen een dienst zoeken</source>
        <translation>Look for a service together</translation>
    </message>
    <message>
        <source>Kijk samen op de sociale kaart welke dienst past; de cliënt kiest mee.</source>
        <translation>Look together in the service directory for a service that fits; the client has a say in the choice.</translation>
    </message>
    <message>
        <source>Uitleggen hoe de dienst werkt</source>
        <translation>Explain how the service works</translation>
    </message>
    <message>
        <source>Vertel wat de dienst aanbiedt, wie er terecht kan, hoe het verloopt en wat het betekent als de cliënt stopt.</source>
        <translation>Explain what the service offers, who can go there, how it works and what it means if the client stops.</translation>
    </message>
    <message>
        <source>De afspraak maken</source>
        <translation>Make the appointment</translation>
    </message>
    <message>
        <source>Beslis samen wie contact opneemt; laat de cliënt doen wat hij of zij zelf kan.</source>
        <translation>Decide together who gets in touch; let the client do what they can do themselves.</translation>
    </message>
    <message>
        <source>Het eerste contact voorbereiden</source>
        <translation>Prepare the first contact</translation>
    </message>
    <message>
        <source>Overloop welke papieren mee moeten, wie meegaat, hoe de cliënt er geraakt, of een herinnering helpt en wie wat zal vertellen.</source>
        <translation>Go over which papers to bring, who goes along, how the client gets there, whether a reminder helps and who will say what.</translation>
    </message>
    <message>
        <source>Het eerste contact</source>
        <translation>The first contact</translation>
    </message>
    <message>
        <source>Ga mee als dat zo afgesproken is en geef de cliënt zelf het woord.</source>
        <translation>Go along if that was agreed, and let the client do the talking.</translation>
    </message>
    <message>
        <source>Nazorg en terugkoppeling</source>
        <translation>Aftercare and feedback</translation>
    </message>
    <message>
        <source>Vraag achteraf aan de cliënt en aan de dienst hoe het liep, en bekijk samen of er nog iets nodig is.</source>
        <translation>Afterwards, ask the client and the service how it went, and look together at whether anything else is needed.</translation>
    </message>
</context>
<context>
    <name>ReferralSteps</name>
    <message>
        <source>Stap {n} gedaan</source>
        <translation>Step {n} done</translation>
    </message>
    <message>
        <source>Datum stap {n}</source>
        <translation>Date of step {n}</translation>
    </message>
    <message>
        <source>Notitie bij stap {n}</source>
        <translation>Note on step {n}</translation>
    </message>
    <message>
        <source>wat er gebeurde, wat er nog moet…</source>
        <translation>what happened, what still needs doing…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Deze wachtzin opent de back-up niet. Het is de wachtzin van toen de back-up gemaakt werd.</source>
        <translation>This passphrase does not open the backup. It is the passphrase from when the backup was made.</translation>
    </message>
    <message>
        <source>De back-up is beschadigd of onvolledig; er is niets teruggezet.</source>
        <translation>The backup is damaged or incomplete; nothing has been restored.</translation>
    </message>
    <message>
        <source>Dat lukt niet: kies een back-upbestand en een nieuwe, lege map.</source>
        <translation>That did not work: choose a backup file and a new, empty folder.</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Een back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Back-upbestand</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Nieuwe gegevensmap</source>
        <translation>New data folder</translation>
    </message>
    <message>
        <source>Wachtzin van de back-up</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Back-upbestand kiezen</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>Nieuwe map kiezen</source>
        <translation>Choose new folder</translation>
    </message>
    <message>
        <source>&amp;Back-up</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>Nieuwe &amp;map</source>
        <translation>New &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Wachtzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De back-up komt in een nieuwe, lege map. De kluis die nu open is, blijft zoals ze is. Typ de wachtzin van toen de back-up gemaakt werd.</source>
        <translation>The backup goes into a new, empty folder. The vault that is open now stays as it is. Type the passphrase from when the backup was made.</translation>
    </message>
    <message>
        <source>Back-up kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Naam en plaats van de nieuwe map</source>
        <translation>Name and location of the new folder</translation>
    </message>
    <message>
        <source>De map {folder} is niet leeg. Kies een nieuwe map.</source>
        <translation>The folder {folder} is not empty. Choose a new folder.</translation>
    </message>
    <message>
        <source>Bezig met terugzetten en nakijken…</source>
        <translation>Restoring and checking…</translation>
    </message>
    <message>
        <source>Teruggezet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>De back-up staat in {folder}, met {count} cliënten. Nu openen in een nieuw venster?</source>
        <translation>The backup is in {folder}, with {count} clients. Open it now in a new window?</translation>
    </message>
    <message>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Termijn telt vanaf</source>
        <translation>Period counts from</translation>
    </message>
    <message>
        <source>Te vernietigen vanaf</source>
        <translation>To be destroyed from</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Ook de dossiers &amp;tonen die nog bewaard mogen worden</source>
        <translation>Also &amp;show the case files that may still be kept</translation>
    </message>
    <message>
        <source>Afgesloten dossiers</source>
        <translation>Closed case files</translation>
    </message>
    <message>
        <source>Geen dossiers waarvan de bewaartermijn voorbij is.</source>
        <translation>No case files whose retention period is over.</translation>
    </message>
    <message>
        <source>&amp;Vernietigen…</source>
        <translation>&amp;Destroy…</translation>
    </message>
    <message>
        <source>Dossier definitief vernietigen</source>
        <translation>Destroy case file for good</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Een afgesloten dossier wordt {years} jaar bewaard na het einde van de nazorg (of na het afsluiten, zonder nazorg). Daarna hoort het vernietigd te worden. Vernietigen kan niet ongedaan gemaakt worden; in het logboek blijft alleen staan dát het gebeurde. Back-ups die u eerder maakte, bevatten het dossier nog: ruim die op volgens de afspraken van uw dienst.</source>
        <translation>A closed case file is kept for {years} years after the end of aftercare (or after closure, without aftercare). After that it should be destroyed. Destroying cannot be undone; the audit log only keeps the fact that it happened. Backups you made earlier still contain the case file: clear them out as your service has agreed.</translation>
    </message>
    <message>
        <source>Dossier vernietigen</source>
        <translation>Destroy case file</translation>
    </message>
    <message>
        <source>Niet vernietigd</source>
        <translation>Not destroyed</translation>
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
        <source>Tijdens een gesprek vergrendelen na zoveel minuten stilte</source>
        <translation>During a conversation, lock after this many minutes without activity</translation>
    </message>
    <message>
        <source>Tijdens een &amp;gesprek:</source>
        <translation>During a con&amp;versation:</translation>
    </message>
    <message>
        <source>Zit u bij een cliënt (Gesprek starten in het dossier), dan wacht genwerkt langer, hoogstens een uur. Ctrl+L vergrendelt op elk moment meteen.</source>
        <translation>When you are with a client (Start conversation in the file), genwerkt waits longer, at most an hour. Ctrl+L locks at once at any moment.</translation>
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
        <translation>Retention period of a closed case file in years</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <source>Zo lang blijft een afgesloten dossier bewaard voor genwerkt voorstelt het te verwijderen. Volg de afspraken van uw organisatie.</source>
        <translation>How long a closed case file is kept before genwerkt suggests deleting it. Follow your organisation&apos;s agreements.</translation>
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
        <translation>Filled in as the coach of a new case file and shown on printed sheets.</translation>
    </message>
    <message>
        <source>Uw &amp;gegevens</source>
        <translation>Your &amp;details</translation>
    </message>
    <message>
        <source>Uw gegevens op de bladen</source>
        <translation>Your details on the sheets</translation>
    </message>
    <message>
        <source>Onderaan het stappenplan en andere bladen voor de cliënt, samen met uw naam hierboven. Laat leeg wat niet op papier moet.</source>
        <translation>Shown at the bottom of the step plan and other sheets for the client, along with your name above. Leave empty anything that should not be on paper.</translation>
    </message>
    <message>
        <source>&amp;Dienst:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>Dienst of organisatie</source>
        <translation>Service or organisation</translation>
    </message>
    <message>
        <source>Tele&amp;foon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Ad&amp;res:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Adres van de dienst</source>
        <translation>Address of the service</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Algemeen</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Delen met het team</source>
        <translation>Sharing with the team</translation>
    </message>
    <message>
        <source>Mag het team meelezen?</source>
        <translation>May the team read along?</translation>
    </message>
    <message>
        <source>Van deze cliënten staat niet genoteerd wat ze zeiden over het team. Kies per cliënt; een dossier gaat pas naar de teamserver als de cliënt het goedvond.</source>
        <translation>For these clients, what they said about the team was not noted. Choose for each client; a file only goes to the team server when the client agreed.</translation>
    </message>
    <message>
        <source>Team mag meelezen</source>
        <translation>Team may read along</translation>
    </message>
    <message>
        <source>Alleen op dit toestel</source>
        <translation>Only on this computer</translation>
    </message>
    <message>
        <source>Later vragen</source>
        <translation>Ask later</translation>
    </message>
    <message>
        <source>&amp;Bewaren en synchroniseren</source>
        <translation>&amp;Save and synchronise</translation>
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
    <name>TeamConflictWords</name>
    <message>
        <source>Cliëntkaart</source>
        <translation>Client card</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Observatie</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Recht</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Ecogram</source>
        <translation>Ecomap</translation>
    </message>
    <message>
        <source>Balans</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Notitie of contact</source>
        <translation>Note or contact</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Eerste onthaal</source>
        <translation>First intake</translation>
    </message>
    <message>
        <source>Binnenkant</source>
        <translation>Inside (how the client lives it)</translation>
    </message>
    <message>
        <source>Levensloop</source>
        <translation>Life story</translation>
    </message>
    <message>
        <source>Mindmap</source>
        <translation>Mind map</translation>
    </message>
    <message>
        <source>Vacature</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Voor- en nadelen</source>
        <translation>Pros and cons</translation>
    </message>
    <message>
        <source>Informatievraag per telefoon</source>
        <translation>Information request by telephone</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Preferred name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
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
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Herinneringen</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Aangemeld door</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation>Support question</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gestart op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Delen met het team</source>
        <translation>Sharing with the team</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation>Services</translation>
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
        <source>Als de cliënt stopt</source>
        <translation>If the client stops</translation>
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
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>andere gegevens op de kaart</source>
        <translation>other details on the card</translation>
    </message>
    <message>
        <source>(zonder tekst)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>(niet in deze versie)</source>
        <translation>(not in this version)</translation>
    </message>
</context>
<context>
    <name>TeamModels</name>
    <message>
        <source>teamverantwoordelijke</source>
        <translation>team lead</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>uit het team</source>
        <translation>left the team</translation>
    </message>
    <message>
        <source>nog nooit verbonden</source>
        <translation>never connected</translation>
    </message>
    <message>
        <source>toegelaten</source>
        <translation>admitted</translation>
    </message>
    <message>
        <source>wacht op toelating</source>
        <translation>waiting for admission</translation>
    </message>
    <message>
        <source>gesynchroniseerd</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>wijzigingen wachten</source>
        <translation>changes waiting</translation>
    </message>
    <message>
        <source>nieuwer op de server</source>
        <translation>newer on the server</translation>
    </message>
    <message>
        <source>bij een collega (alleen lezen)</source>
        <translation>with a colleague (read-only)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>alleen op deze laptop</source>
        <translation>only on this laptop</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Toelating</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>In handen van</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Op deze laptop</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <source>(niet op deze laptop)</source>
        <translation>(not on this laptop)</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <source>Teamwachtwoord</source>
        <translation>Team password</translation>
    </message>
    <message>
        <source>Het wachtwoord van {role} op de teamserver:</source>
        <translation>The password of {role} on the team server:</translation>
    </message>
    <message>
        <source>genwerkt onthoudt het tot u de kluis vergrendelt.</source>
        <translation>genwerkt keeps it until you lock the vault.</translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>TeamPresenter</name>
    <message>
        <source>De stand van het team wordt opgehaald…</source>
        <translation>Fetching where the team stands…</translation>
    </message>
    <message>
        <source>Uit het team halen</source>
        <translation>Remove from the team</translation>
    </message>
    <message>
        <source>{role} uit het team halen?

Het team krijgt een nieuwe teamsleutel: {role} kan niets meer lezen wat vanaf nu gedeeld wordt. Wat {role} al op de eigen laptop heeft, blijft daar. Geef de dossiers die {role} in handen heeft eerst aan een collega.</source>
        <translation>Remove {role} from the team?

The team gets a new team key: {role} can no longer read anything shared from now on. What {role} already has on their own laptop stays there. Hand the case files {role} holds to a colleague first.</translation>
    </message>
    <message>
        <source>{role} is toegelaten (vingerafdruk {fingerprint}); de teamsleutel komt bij de volgende synchronisatie van {role} aan.</source>
        <translation>{role} is admitted (fingerprint {fingerprint}); the team key arrives at {role}&apos;s next sync.</translation>
    </message>
    <message>
        <source>{role} is uit het team gehaald. De teamsleutel is vernieuwd (versie {version}); dossiers worden ermee verzegeld zodra ze opnieuw verstuurd worden.</source>
        <translation>{role} has been removed from the team. The team key was renewed (version {version}); case files are sealed with it as soon as they are sent again.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>De teamserver is nu niet bereikbaar; u ziet wat deze laptop het laatst hoorde. ({reason})</source>
        <translation>The team server cannot be reached right now; you see what this laptop last heard. ({reason})</translation>
    </message>
    <message>
        <source>De versie van de server houden voor het dossier van {name}?

Wat alleen in uw versie staat, verdwijnt van deze laptop. Bewaar het eerst als bestand als u twijfelt.</source>
        <translation>Keep the server&apos;s version of the case file of {name}?

What is only in your version disappears from this laptop. Save it as a file first if you are unsure.</translation>
    </message>
    <message>
        <source>Uw versie staat in {path}. Bezorg dit bestand aan wie het dossier heeft.</source>
        <translation>Your version is in {path}. Give this file to whoever holds the case file.</translation>
    </message>
    <message>
        <source>Versie van de server houden</source>
        <translation>Keep the server&apos;s version</translation>
    </message>
    <message>
        <source>Mijn versie bewaren als bestand</source>
        <translation>Save my version as a file</translation>
    </message>
    <message>
        <source>{name} - mijn versie.json</source>
        <translation>{name} - my version.json</translation>
    </message>
    <message>
        <source>Dossierbestand (*.json)</source>
        <translation>Case file (*.json)</translation>
    </message>
    <message>
        <source>Het conflict is opgelost; de volgende synchronisatie verstuurt het.</source>
        <translation>The conflict is resolved; the next sync sends it.</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>Verbinding met de teamserver</source>
        <translation>Connection to the team server</translation>
    </message>
    <message>
        <source>Werkt u in een team met een gedeelde teamserver? Vul het adres en het wachtwoord in dat de beheerder u gaf.</source>
        <translation>Do you work in a team with a shared team server? Fill in the address and the password your administrator gave you.</translation>
    </message>
    <message>
        <source>Adres van de teamserver</source>
        <translation>Address of the team server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Teamwachtwoord</source>
        <translation>Team password</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Onthoud op dit toestel</source>
        <translation>&amp;Remember on this computer</translation>
    </message>
    <message>
        <source>Het wachtwoord komt in de sleutelbos van het besturingssysteem, zoals de sleutel van de kluis; anders vraagt genwerkt het één keer per sessie.</source>
        <translation>The password goes into the operating system&apos;s keyring, like the vault key; otherwise genwerkt asks for it once per session.</translation>
    </message>
    <message>
        <source>&amp;Verbinden</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>Verbinden met de teamserver</source>
        <translation>Connect to the team server</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Als:</source>
        <translation>As:</translation>
    </message>
    <message>
        <source>Wachtwoord:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Toelating:</source>
        <translation>Admission:</translation>
    </message>
    <message>
        <source>Vingerafdruk:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Vingerafdruk van de sleutel van dit toestel</source>
        <translation>Fingerprint of this computer&apos;s key</translation>
    </message>
    <message>
        <source>Lees deze vingerafdruk voor aan de teamverantwoordelijke wanneer die u toelaat: alleen als beide dezelfde zijn, is het echt uw toestel.</source>
        <translation>Read this fingerprint out to the team lead when they admit you: only when both are the same is it really your computer.</translation>
    </message>
    <message>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Verbinding met de teamserver testen</source>
        <translation>Test the connection to the team server</translation>
    </message>
    <message>
        <source>Teammelding</source>
        <translation>Team message</translation>
    </message>
    <message>
        <source>Vul eerst het adres in.</source>
        <translation>Fill in the address first.</translation>
    </message>
    <message>
        <source>Verbinden…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Verbonden met het team {team}.</source>
        <translation>Connected to the team {team}.</translation>
    </message>
    <message>
        <source>Verbonden. De teamverantwoordelijke moet u nog toelaten: vergelijk samen de vingerafdruk hieronder.</source>
        <translation>Connected. The team lead still has to admit you: compare the fingerprint below together.</translation>
    </message>
    <message>
        <source>De teamserver wordt gevraagd…</source>
        <translation>Asking the team server…</translation>
    </message>
    <message>
        <source>De verbinding werkt. U bent toegelaten tot het team.</source>
        <translation>The connection works. You are admitted to the team.</translation>
    </message>
    <message>
        <source>De verbinding werkt. U wacht nog op toelating door de teamverantwoordelijke.</source>
        <translation>The connection works. You are still waiting for the team lead to admit you.</translation>
    </message>
    <message>
        <source>teamverantwoordelijke</source>
        <translation>team lead</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>onthouden op dit toestel</source>
        <translation>remembered on this computer</translation>
    </message>
    <message>
        <source>niet onthouden: genwerkt vraagt het één keer per sessie</source>
        <translation>not remembered: genwerkt asks for it once per session</translation>
    </message>
    <message>
        <source>toegelaten</source>
        <translation>admitted</translation>
    </message>
    <message>
        <source>wacht op toelating door de teamverantwoordelijke</source>
        <translation>waiting for the team lead to admit you</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>S&amp;ynchroniseren</source>
        <translation>S&amp;ynchronise</translation>
    </message>
    <message>
        <source>Synchroniseren met de teamserver (Ctrl+Shift+S)</source>
        <translation>Synchronise with the team server (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Synchroniseren… {percent} %</source>
        <translation>Synchronising… {percent} %</translation>
    </message>
</context>
<context>
    <name>TeamTexts</name>
    <message>
        <source>De teamserver is niet bereikbaar. Kijk het adres na of probeer het later opnieuw; er is niets veranderd.</source>
        <translation>The team server cannot be reached. Check the address or try again later; nothing changed.</translation>
    </message>
    <message>
        <source>De teamserver aanvaardt deze rol en dit wachtwoord niet.</source>
        <translation>The team server does not accept this role and password.</translation>
    </message>
    <message>
        <source>Deze rol hoort bij geen team op de server. Vraag de beheerder van de databank om u aan het team toe te voegen.</source>
        <translation>This role belongs to no team on the server. Ask the database administrator to add you to the team.</translation>
    </message>
    <message>
        <source>De teamserver kon zich niet bewijzen met het TLS-certificaat van uw organisatie, of het adres vraagt geen sslmode=verify-full. Er is niets verstuurd.</source>
        <translation>The team server could not prove itself with your organisation&apos;s TLS certificate, or the address does not ask for sslmode=verify-full. Nothing was sent.</translation>
    </message>
    <message>
        <source>Dat lukte niet: {detail}.</source>
        <translation>That did not work: {detail}.</translation>
    </message>
    <message>
        <source>Dat lukte niet; er is niets veranderd.</source>
        <translation>That did not work; nothing changed.</translation>
    </message>
    <message>
        <source>Teamserver niet bereikbaar — u werkt gewoon verder</source>
        <translation>Team server not reachable — you just keep working</translation>
    </message>
    <message>
        <source>Laatst gesynchroniseerd om {time}</source>
        <translation>Last synchronised at {time}</translation>
    </message>
    <message>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>{count} verstuurd</source>
        <translation>{count} sent</translation>
    </message>
    <message>
        <source>{count} opgehaald</source>
        <translation>{count} fetched</translation>
    </message>
    <message>
        <source>1 conflict om na te kijken</source>
        <translation>1 conflict to look at</translation>
    </message>
    <message>
        <source>{count} conflicten om na te kijken</source>
        <translation>{count} conflicts to look at</translation>
    </message>
    <message>
        <source>geen conflicten</source>
        <translation>no conflicts</translation>
    </message>
    <message>
        <source>Gesynchroniseerd: {parts}.</source>
        <translation>Synchronised: {parts}.</translation>
    </message>
    <message>
        <source>U wacht nog op toelating: vergelijk de vingerafdruk in Instellingen met de teamverantwoordelijke.</source>
        <translation>You are still waiting for admission: compare the fingerprint in Settings with the team lead.</translation>
    </message>
    <message>
        <source>bij {holder}</source>
        <translation>with {holder}</translation>
    </message>
    <message>
        <source>⚠ conflict</source>
        <translation>⚠ conflict</translation>
    </message>
    <message>
        <source>Gesynchroniseerd: de teamserver heeft deze versie.</source>
        <translation>Synchronised: the team server has this version.</translation>
    </message>
    <message>
        <source>Wijzigingen wachten: ze gaan mee bij de volgende synchronisatie.</source>
        <translation>Changes waiting: they go along with the next synchronisation.</translation>
    </message>
    <message>
        <source>Nieuwer op de server: synchroniseer om de laatste versie op te halen.</source>
        <translation>Newer on the server: synchronise to fetch the latest version.</translation>
    </message>
    <message>
        <source>Bij {holder} (alleen lezen): op dit toestel staat een kopie.</source>
        <translation>With {holder} (read only): this computer holds a copy.</translation>
    </message>
    <message>
        <source>Conflict: uw wijzigingen botsten met die op de server en wachten apart.</source>
        <translation>Conflict: your changes clashed with those on the server and wait apart.</translation>
    </message>
    <message>
        <source>Alleen op dit toestel: dit dossier gaat niet naar het team.</source>
        <translation>Only on this computer: this file does not go to the team.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Opnieuw aan de server vragen wie wat doet</source>
        <translation>Ask the server again who is doing what</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Leden van het team</source>
        <translation>Members of the team</translation>
    </message>
    <message>
        <source>&amp;Toelaten…</source>
        <translation>&amp;Admit…</translation>
    </message>
    <message>
        <source>De vingerafdruk vergelijken en deze collega de teamsleutel geven</source>
        <translation>Compare the fingerprint and give this colleague the team key</translation>
    </message>
    <message>
        <source>Uit het team &amp;halen…</source>
        <translation>&amp;Remove from the team…</translation>
    </message>
    <message>
        <source>Deze collega krijgt geen nieuwe dossiers meer; de teamsleutel wordt vernieuwd</source>
        <translation>This colleague receives no new case files; the team key is renewed</translation>
    </message>
    <message>
        <source>Conflicten op deze laptop</source>
        <translation>Conflicts on this laptop</translation>
    </message>
    <message>
        <source>Dossiers met een conflictkopie</source>
        <translation>Case files with a conflict copy</translation>
    </message>
    <message>
        <source>Geen conflicten: alles is samengevoegd.</source>
        <translation>No conflicts: everything is merged.</translation>
    </message>
    <message>
        <source>&amp;Bekijken en samenvoegen…</source>
        <translation>&amp;View and merge…</translation>
    </message>
    <message>
        <source>Wie heeft welk dossier</source>
        <translation>Who holds which case file</translation>
    </message>
    <message>
        <source>Zoek op cliënt, collega of stand…</source>
        <translation>Search by client, colleague or state…</translation>
    </message>
    <message>
        <source>Dossiers filteren</source>
        <translation>Filter case files</translation>
    </message>
    <message>
        <source>Deze kluis is niet met een team verbonden. Verbinden kan in Instellingen, met de gegevens die u van de teamverantwoordelijke krijgt.</source>
        <translation>This vault is not linked to a team. You can link it in Settings, with the details your team lead gives you.</translation>
    </message>
    <message>
        <source>U werkt als {role} ({kind}). Uw vingerafdruk: {fingerprint}</source>
        <translation>You work as {role} ({kind}). Your fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Uw plaats in het team</source>
        <translation>Your place in the team</translation>
    </message>
    <message>
        <source>Wacht op toelating: {roles}. Vergelijk de vingerafdruk met die op het scherm van uw collega en kies Toelaten…</source>
        <translation>Waiting for admission: {roles}. Compare the fingerprint with the one on your colleague&apos;s screen and choose Admit…</translation>
    </message>
    <message>
        <source>Team {team}</source>
        <translation>Team {team}</translation>
    </message>
    <message>
        <source>teamverantwoordelijke</source>
        <translation>team lead</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>Dossiers in het team: {total}</source>
        <translation>Case files in the team: {total}</translation>
    </message>
    <message>
        <source>{shown} van {total} dossiers</source>
        <translation>{shown} of {total} case files</translation>
    </message>
</context>
<context>
    <name>TogetherTab</name>
    <message>
        <source>&amp;Mindmap</source>
        <translation>&amp;Mind map</translation>
    </message>
    <message>
        <source>&amp;Vacatures, keuzes en telefoons</source>
        <translation>&amp;Vacancies, choices and calls</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <source>Wat er gebeurde staat in het logboek: {path}</source>
        <translation>What happened is in the log: {path}</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis</source>
        <translation>Something unexpected went wrong</translation>
    </message>
    <message>
        <source>genwerkt liep tegen een fout aan. Wat bewaard was, blijft bewaard; werk rustig verder of start genwerkt opnieuw. {where}

Het logboek bevat geen gegevens van cliënten: u mag het aan uw informaticadienst geven.</source>
        <translation>genwerkt ran into an error. What was saved stays saved; carry on calmly or restart genwerkt. {where}

The log holds no client data: you may give it to your IT department.</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>Wat ze vragen</source>
        <translation>What they ask</translation>
    </message>
    <message>
        <source>Eis</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Heeft de cliënt dit</source>
        <translation>Does the client have this</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Notitie: wat brengt de cliënt mee?</source>
        <translation>Note: what does the client bring?</translation>
    </message>
    <message>
        <source>Notitie bij de eis</source>
        <translation>Note on the requirement</translation>
    </message>
    <message>
        <source>Deze eis weghalen</source>
        <translation>Remove this requirement</translation>
    </message>
    <message>
        <source>Eis weghalen</source>
        <translation>Remove requirement</translation>
    </message>
    <message>
        <source>Vacature</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Een vacature samen lezen</source>
        <translation>Read a vacancy together</translation>
    </message>
    <message>
        <source>Neem de eisen één voor één door en leg ze naast wat de cliënt al kan en heeft. Wat de cliënt zelf besluit, telt.</source>
        <translation>Go through the requirements one by one and hold them against what the client can already do and has. What the client decides is what counts.</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Samen gelezen op</source>
        <translation>Read together on</translation>
    </message>
    <message>
        <source>&amp;Eis toevoegen</source>
        <translation>Add a r&amp;equirement</translation>
    </message>
    <message>
        <source>Eis toevoegen</source>
        <translation>Add a requirement</translation>
    </message>
    <message>
        <source>Heeft de cliënt dit?</source>
        <translation>Does the client have this?</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Nog niet beslist</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>In de woorden van de cliënt</source>
        <translation>In the client&apos;s words</translation>
    </message>
    <message>
        <source>&amp;Functie</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;Werkgever</source>
        <translation>E&amp;mployer</translation>
    </message>
    <message>
        <source>Samen gelezen &amp;op</source>
        <translation>Read together &amp;on</translation>
    </message>
    <message>
        <source>E&amp;isen</source>
        <translation>Re&amp;quirements</translation>
    </message>
    <message>
        <source>Be&amp;sluit</source>
        <translation>Concl&amp;usion</translation>
    </message>
    <message>
        <source>&amp;Cliënt zegt</source>
        <translation>&amp;Client says</translation>
    </message>
    <message>
        <source>Sterktes</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Uit de levensdomeinen. Klik er een aan (of Enter): ze komt bij de notitie van de eis waar u het laatst stond, of bij wat de cliënt zegt.</source>
        <translation>From the life domains. Click one (or press Enter): it goes to the note of the requirement you were last in, or to what the client says.</translation>
    </message>
    <message>
        <source>Sterktes van de cliënt</source>
        <translation>The client&apos;s strengths</translation>
    </message>
    <message>
        <source>Nog geen sterktes genoteerd bij de levensdomeinen.</source>
        <translation>No strengths noted in the life domains yet.</translation>
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
        <source>De kluis wordt bijgewerkt voor deze versie; dat kan even duren…</source>
        <translation>Updating the vault for this version; this may take a while…</translation>
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
        <translation>Loading the example case files…</translation>
    </message>
    <message>
        <source>{count} fictieve voorbeelddossiers geladen.</source>
        <translation>{count} fictional example case files loaded.</translation>
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
        <translation>genwerkt keeps your case files encrypted on this computer. Choose a passphrase: a sentence of a few words that you remember easily. Without the passphrase or the recovery code nobody can open the case files, not even you.</translation>
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
        <translation>Load fictional example case files?</translation>
    </message>
    <message>
        <source>Wilt u eerst rustig rondkijken? genwerkt kan enkele verzonnen dossiers laden. Ze gaan over niemand echt, en u kunt ze later weer verwijderen.</source>
        <translation>Would you like to look around first? genwerkt can load a few made-up case files. They are about no real person, and you can delete them later.</translation>
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
        <translation>Yes, load example case files</translation>
    </message>
    <message>
        <source>De kluis kan niet geopend worden: {detail}. Er is niets gewijzigd. Zet een back-up terug in een nieuwe map (hieronder), of vraag hulp aan wie uw computer beheert.</source>
        <translation>The vault cannot be opened: {detail}. Nothing was changed. Restore a backup into a new folder (below), or ask whoever manages your computer for help.</translation>
    </message>
    <message>
        <source>De kluis blijft dicht: een onderdeel van genwerkt zelf ontbreekt of is beschadigd. Installeer genwerkt opnieuw, of vraag hulp aan wie uw computer beheert.</source>
        <translation>The vault stays closed: a part of genwerkt itself is missing or damaged. Reinstall genwerkt, or ask whoever manages your computer for help.</translation>
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
        <translation>Type your passphrase to open the case files.</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Back-up terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Back-up terugzetten in een nieuwe map</source>
        <translation>Restore a backup into a new folder</translation>
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
<context>
    <name>VaultTools</name>
    <message>
        <source>&amp;Back-up maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <source>Een versleutelde back-up van de hele kluis maken</source>
        <translation>Make an encrypted backup of the whole vault</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Een back-up terugzetten in een nieuwe map</source>
        <translation>Restore a backup into a new folder</translation>
    </message>
    <message>
        <source>&amp;Logboek…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>Wat er met de dossiers gebeurde en wanneer</source>
        <translation>What happened to the case files and when</translation>
    </message>
    <message>
        <source>Be&amp;waartermijn…</source>
        <translation>Re&amp;tention period…</translation>
    </message>
    <message>
        <source>Afgesloten dossiers waarvan de bewaartermijn voorbij is</source>
        <translation>Closed case files whose retention period is over</translation>
    </message>
</context>
</TS>
