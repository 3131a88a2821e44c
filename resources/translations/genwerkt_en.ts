<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>AgendaDates</name>
    <message>
        <source>maandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zondag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>di</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>za</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mrt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d1} {m1} {y1} – {d2} {m2} {y2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d1} {m1} – {d2} {m2} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d1} – {d2} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hele dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te laat: deze stap stond gepland voor {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, te laat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Vandaag · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morgen · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gisteren · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze week (week {week}) · {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende week (week {week}) · {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige week (week {week}) · {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week} · {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag staat er niets gepland. Een rustige dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op deze dag staat er niets gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze week staat er niets gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In deze week staat er niets gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te laat: 1 stap is over haar datum. Ze staat bovenaan in het rood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te laat: {count} stappen zijn over hun datum. Ze staan bovenaan in het rood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon deze week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug in de tijd (Alt+pijl links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder in de tijd (Alt+pijl rechts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendalijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter of dubbelklikken opent het dossier van de cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter of dubbelklik op een regel opent het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De agenda kon niet geladen worden. Probeer het straks opnieuw met Vandaag of Deze week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Vo&amp;rige dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volge&amp;nde dag ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Vo&amp;rige week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volge&amp;nde week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende week</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} dagen geleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gevonden in dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over {days} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste
contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende
afspraak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPanel</name>
    <message>
        <source>&amp;Nieuwe cliënt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitief &amp;verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe cliënt (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een eerste onthaal noteren (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, of een woord uit het dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een cliënt op naam of in de dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorteer op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sorteer op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliëntenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoekt ook in de dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen cliënten om te tonen. Pas de zoekterm of de filters aan, of noteer een eerste onthaal met Nieuwe cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier archiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd dossier terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier definitief verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan alleen voor een gearchiveerd dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiveren ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier van {name} staat nu in het archief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} van {total} cliënten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>Datum en uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt mag lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment} · gepland</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPersonModel</name>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevoorrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vaste, vertrouwde contactpersoon: maximaal één.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie overneemt als die er niet is: maximaal één.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Toon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle contactmomenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbije contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geplande afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe notitie (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe notitie, nu (Ctrl+Shift+N of Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijd&amp;eren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen contactmoment verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactmomenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie niet bewaren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u veranderde aan deze notitie gaat verloren. Toch annuleren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactmoment verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit contactmoment en zijn notitie verwijderen uit het dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie niet bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} contactmomenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>geen datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteForGoodDialog</name>
    <message>
        <source>Dossier definitief verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het hele dossier van {name} verdwijnt: notities, doelen, rechten en toestemmingen. Dat kan niet ongedaan gemaakt worden. In het logboek blijft alleen staan dat er een dossier verwijderd werd, zonder inhoud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ de volledige naam om te bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ ter bevestiging de volledige &amp;naam, precies zo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitief &amp;verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>{reason}.

Een toestemming, een doorverwijzing of een ecogram in een dossier verwijst nog naar deze organisatie. Zo blijft die geschiedenis kloppen. Moet ze toch weg, pas dan eerst die dossiers aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam, aanbod, adres of contactpersoon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek in de sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisaties in de sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord of maak een nieuwe aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sociale kaart kon niet geladen worden. Probeer het straks opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een organisatie toevoegen (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies links een organisatie om ze te bekijken of aan te passen,
of voeg er een toe met Nieuwe organisatie (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <source>De wijzigingen bewaren (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar wat het laatst bewaard is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze organisatie uit de sociale kaart halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met bewaren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{name}’ verdwijnt uit de sociale kaart, samen met haar contactpersonen. Dat kan niet ongedaan gemaakt worden.

Toch verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen organisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} organisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de nieuwe organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen bewaren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wijzigingen aan ‘{name}’ zijn nog niet bewaard.

Ja bewaart ze; Nee laat ze vallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet te bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{name}’ is niet bewaard. Probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{name}’ is niet bewaard: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze organisatie blijft staan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verwijderen lukte niet. Probeer het straks nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainSummaryModel</name>
    <message>
        <source>Levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle levensdomeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} nog na te vragen bij de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainsTab</name>
    <message>
        <source>Levensdomeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krachten, hulpbronnen en noden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kracht, hulpbron of nood toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen kracht, hulpbron of nood bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;wijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen kracht, hulpbron of nood verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recht toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recht toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerk&amp;en…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen recht bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verw&amp;ijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen recht verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een domein om alleen wat daar speelt te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle levensdomeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levens&amp;domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u zelf opmerkte maar de cliënt nog niet zei, staat als nog na te vragen bij de cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kracht, hulpbron of nood verwijderen uit het dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit recht verwijderen uit het dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krachten, hulpbronnen en noden · {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechten · {domain}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierWorkspace</name>
    <message>
        <source>Kies links een cliënt, of noteer een eerste onthaal met Nieuwe cliënt (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier wordt geopend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levensdomeinen &amp;&amp; rechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contactmomenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;notitie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Dat lukt nu niet: het dossier is intussen veranderd of verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat lukt niet: controleer wat u invulde en probeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis; er is niets bewaard. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Bewaren</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onthaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraagverduidelijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel- en strategiebepaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelbepaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen herinnering nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inkomen en schulden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezondheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezin en kinderopvang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociaal netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijs en vorming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobiliteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administratie en justitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulpbron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreachend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation type="unfinished">Busy</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt zei het zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog na te vragen bij de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet genoteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee</source>
        <translation type="unfinished"></translation>
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
        <translation>Social &amp;map</translation>
    </message>
    <message>
        <source>Sociale kaart: diensten en contactpersonen (Ctrl+3)</source>
        <translation>Social map: services and contact persons (Ctrl+3)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste onthaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de namen zijn nodig. De rest kan ook later, wanneer de cliënt er klaar voor is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familienaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe de cliënt afspraken het best onthoudt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangemeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. een dienst of een buur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulpvraag in de eigen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf op wat de cliënt zelf vraagt, met de woorden die hij of zij gebruikte. Uw eigen lezing komt later, bij de levensdomeinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Familienaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;rinnering aan afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan&amp;gemeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hulpvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cliënt aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Datum en uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor het &amp;dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie voor het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persoonlijke herinnering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonlijke herinnering, niet voor het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt &amp;mag dit lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt mag dit lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geplande afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geplande afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gebeurde er, wat is afgesproken, wie doet wat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <source>Notitie bewaren (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen annuleren (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;tum en uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;oort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;laats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noti&amp;tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie van {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een contactmoment in de lijst, of begin een nieuwe notitie (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Kracht, hulpbron of nood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er speelt in een levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noteer ook wat goed gaat. Zag u zelf iets dat de cliënt nog niet zei? Duid dat aan, zodat u het later samen kunt bespreken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie bracht het aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cliënt zei het zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik merkte het op: nog na te vragen bij de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet genoteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wie bracht het aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationModel</name>
    <message>
        <source>Levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie bracht het aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genoteerd op {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbod: wat ze doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie kan er terecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkwijze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er gebeurt als de cliënt stopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat kan iemand hier krijgen of leren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor wie is het bedoeld, wat is nodig om te starten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe verloopt een begeleiding daar, wat wordt verwacht?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verliest de cliënt iets als hij of zij afhaakt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. ma–vr 9–12 u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naa&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aanbod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie kan er te&amp;recht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer&amp;kwijze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als de cliënt &amp;stopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereikbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adr&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;lefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openings&amp;uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contactpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 past een cel aan; spatie zet of haalt het vinkje bevoorrecht of reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén bevoorrechte contactpersoon en één reserve per organisatie: een nieuw vinkje neemt de plaats van het vorige in. Spatie zet een vinkje, F2 of dubbelklikken past een cel aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon toe&amp;voegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan&amp;passen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&amp;glaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon aanpassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon weglaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de organisatie eerst een naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke contactpersoon heeft een naam nodig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>De bevoorrechte contactpersoon: wie u er eerst belt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulpvraag, zoals de cliënt ze stelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulpvraag in de woorden van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet genoteerd. Vraag het bij een volgend gesprek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen afspraken gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krachten en hulpbronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen krachten genoteerd. Waar is de cliënt goed in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen noden genoteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openstaande tussenstappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen open tussenstappen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechten in één oogopslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen rechten besproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasegeschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · nog geen fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · nu in de fase {phase}, sinds {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseChangeDialog</name>
    <message>
        <source>Fase wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar een andere fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke fase kan opnieuw beginnen, ook een eerdere: dat hoort bij een traject. De vorige fasen blijven in de geschiedenis staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begindatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom deze stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vana&amp;f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waarom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseHistoryModel</name>
    <message>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ terug naar {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} dagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <source>↩ terug naar {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: {start} tot {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasegeschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ terug</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een recht en waar het staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld een verhoogde tegemoetkoming, een busabonnement of een plaats op een wachtlijst. Pas de datum aan wanneer de status verandert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van het recht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen bepaald domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notitie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightModel</name>
    <message>
        <source>Recht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levensdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · te laat</source>
        <translation type="unfinished"></translation>
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
