# SPDX-License-Identifier: GPL-3.0-or-later
"""Swedish articles of the multilingual quotes check set (fictional; see check_set_multi.py)."""

ARTICLES = [
    ([
        "Färjan till Lillö blir kvar",
        "Kommunfullmäktige i Hamnvik beslutade på tisdagen att behålla färjelinjen till Lillö i minst fem år till.",
        "– Färjan är vår livlina. Utan den stänger skolan, säger Karin Holm som driver lanthandeln på ön.",
        "Kommunstyrelsens ordförande Jens Åberg (S) beskriver beslutet som svårt.",
        "– Vi har tittat på alla alternativ, även en mindre båt, säger han.",
        "Rederiet meddelar att tidtabellen inte ändras.",
    ], [
        ("Färjan är vår livlina. Utan den stänger skolan", "Karin Holm", "säger"),
        ("Vi har tittat på alla alternativ, även en mindre båt", "han", "säger", "Jens Åberg"),
    ]),
    ([
        "Vårdköerna minskar för första gången på tio år",
        "Köerna till sjukhusen i Region Norr har minskat för första gången på tio år, visar nya siffror.",
        "”Personalen har gjort ett fantastiskt jobb. Men ingen ska tro att vi är i mål”, säger sjukvårdsminister Lisa Brandt till TT.",
        "Oppositionen är mindre imponerad. Vårdpolitikern Mats Frisk kallar siffrorna ”en droppe i havet”.",
        "”Min mamma väntade i fjorton månader på ett nytt knä”, berättar Anna Svensson från Umeå.",
    ], [
        ("Personalen har gjort ett fantastiskt jobb. Men ingen ska tro att vi är i mål", "sjukvårdsminister Lisa Brandt", "säger"),
        ("en droppe i havet", "Vårdpolitikern Mats Frisk", "kallar siffrorna"),
        ("Min mamma väntade i fjorton månader på ett nytt knä", "Anna Svensson", "berättar"),
    ]),
    ([
        "Snöoväder stängde E4:an",
        "E4:an norr om Sundsvall var stängd under natten till tisdagen sedan ett fyrtiotal bilar fastnat i snön.",
        "Enligt polisens presstalesperson Tomas Kjellberg nådde räddningstjänsten den sista bilen strax före gryningen.",
        "– Alla är oskadda, och det är det viktigaste, säger han.",
        "Lastbilschauffören Erik Madsén tillbringade natten i hytten.",
        "– Jag har kört i trettio år och aldrig sett något liknande.",
    ], [
        ("Alla är oskadda, och det är det viktigaste", "han", "säger", "Tomas Kjellberg"),
        ("Jag har kört i trettio år och aldrig sett något liknande.", "Lastbilschauffören Erik Madsén", None),
    ]),
    ([
        "Biblioteket öppnar igen efter branden",
        "Stadsbiblioteket i Ronneby öppnar igen i mars, åtta månader efter att en brand förstörde barnavdelningen.",
        "Bibliotekschefen Helena Krantz har ägnat sommaren åt att samla in pengar till nya böcker.",
        "”Folk har varit otroligt generösa”, säger hon. ”Vi har fått lådor med böcker ända från Finland.”",
        "Branden startade i ett elskåp, enligt polisens tekniker.",
    ], [
        ("Folk har varit otroligt generösa", "hon", "säger", "Helena Krantz"),
        ("Vi har fått lådor med böcker ända från Finland.", "hon", None, "Helena Krantz"),
    ]),
    ([
        "Strejk på bryggeriet i Brännvik",
        "Omkring 300 anställda lade på fredagen ner arbetet på bryggeriet i Brännvik i en tvist om schemat.",
        "”Ledningen har ändrat våra arbetstider utan att fråga en enda av oss”, säger fackets ombud Camilla Nordgren.",
        "Företaget tillbakavisar kritiken. I ett mejl skriver vd:n Henrik Bergh: ”Vi har haft dialog med personalen i sex veckor.”",
        "Bryggeriet tillverkar bland annat läsken ”Fjällfrisk”, som enligt företaget inte kommer att ta slut.",
    ], [
        ("Ledningen har ändrat våra arbetstider utan att fråga en enda av oss", "fackets ombud Camilla Nordgren", "säger"),
        ("Vi har haft dialog med personalen i sex veckor.", "vd:n Henrik Bergh", "skriver"),
    ]),
    ([
        "Ovanlig groda hittad i stadsparken",
        "En grodart som ansetts utdöd i landskapet har hittats i en damm i Slottsparken.",
        "– Jag höll på att tappa mitt anteckningsblock, berättar biologen Maria Lundgren vid Lunds universitet, som gjorde fyndet.",
        "Kommunen lovar att skydda dammen.",
        "”Vi sätter upp stängsel och håller hundarna borta”, säger en talesperson för kommunen.",
    ], [
        ("Jag höll på att tappa mitt anteckningsblock", "biologen Maria Lundgren", "berättar"),
        ("Vi sätter upp stängsel och håller hundarna borta", "en talesperson för kommunen", "säger"),
    ]),
    ([
        "Busspriserna höjs med tio procent",
        "Från april höjs biljettpriserna i länets bussar med tio procent, meddelar trafikbolaget.",
        "– Det är en skatt på dem som inte har råd med bil, säger Jenny Holmberg, ordförande i resenärsföreningen.",
        "Trafikbolagets vd Mårten Sjö försvarar höjningen och pekar på dyrare bränsle.",
        "”Vi har hållit priserna i tre år. Det går inte längre”, säger Mårten Sjö.",
        "Den så kallade ”gröna rabatten” på månadskort finns kvar.",
    ], [
        ("Det är en skatt på dem som inte har råd med bil", "Jenny Holmberg, ordförande i resenärsföreningen", "säger"),
        ("Vi har hållit priserna i tre år. Det går inte längre", "Mårten Sjö", "säger"),
    ]),
    ([
        "Byn firar sin äldsta invånare",
        "Ellen Bäck, byns äldsta invånare, fyllde 100 år i lördags omgiven av fyra generationer.",
        "Hemligheten bakom det långa livet är enkel, enligt henne:",
        "– Gröt varje morgon och aldrig gräla med grannarna.",
        "Barnbarnsbarnet Oliver, åtta år, hade bakat tårtan själv.",
        "”Det tog tre försök”, erkänner han.",
    ], [
        ("Gröt varje morgon och aldrig gräla med grannarna.", "henne", "enligt", "Ellen Bäck"),
        ("Det tog tre försök", "han", "erkänner", "Oliver"),
    ]),
]
