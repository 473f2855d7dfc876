# SPDX-License-Identifier: GPL-3.0-or-later
"""Danish articles of the multilingual quotes check set (fictional; see check_set_multi.py)."""

ARTICLES = [
    ([
        "Færgen til Lindø sejler videre",
        "Byrådet i Havnsted har besluttet at bevare færgeforbindelsen til Lindø i mindst fem år endnu.",
        "- Færgen er vores livline. Uden den lukker skolen, siger Karen Holm, der driver købmandsbutikken på øen.",
        "Borgmester Jens Aagaard (V) kalder beslutningen svær.",
        "- Vi har set på alle muligheder, også en mindre båd. Men øen skal kunne leve, siger han.",
        "Rederiet oplyser, at sejlplanen ikke ændres.",
    ], [
        ("Færgen er vores livline. Uden den lukker skolen", "Karen Holm", "siger"),
        ("Vi har set på alle muligheder, også en mindre båd. Men øen skal kunne leve", "han", "siger", "Jens Aagaard"),
    ]),
    ([
        "Ventelister på sygehusene falder",
        "For første gang i ti år er ventelisterne på sygehusene i Region Nord faldet, viser nye tal.",
        "»Personalet har gjort et kæmpe arbejde. Men ingen skal tro, at vi er i mål,« siger sundhedsminister Lise Brandt til Ritzau.",
        "Oppositionen er mindre begejstret. Sundhedsordfører Mads Friis kalder tallene »en dråbe i havet«.",
        "»Min mor ventede fjorten måneder på et nyt knæ,« fortæller Anne Sørensen fra Hjørring.",
    ], [
        ("Personalet har gjort et kæmpe arbejde. Men ingen skal tro, at vi er i mål", "sundhedsminister Lise Brandt", "siger"),
        ("en dråbe i havet", "Sundhedsordfører Mads Friis", "kalder tallene"),
        ("Min mor ventede fjorten måneder på et nyt knæ", "Anne Sørensen", "fortæller"),
    ]),
    ([
        "Snestorm lukker motorvej",
        "Motorvejen mellem Vejle og Kolding var natten til tirsdag lukket, efter at over 40 biler sad fast i sneen.",
        "Vagtchef Thomas Kjær fra Sydøstjyllands Politi fortæller, at redningsfolk nåede den sidste bil ved daggry.",
        "- Alle er i god behold, og det er det vigtigste, siger han.",
        "Lastbilchauffør Erik Madsen tilbragte natten i førerhuset.",
        "- Jeg har kørt i 30 år, og jeg har aldrig set noget lignende, lyder det fra ham.",
    ], [
        ("Alle er i god behold, og det er det vigtigste", "han", "siger", "Thomas Kjær"),
        ("Jeg har kørt i 30 år, og jeg har aldrig set noget lignende", "ham", "lyder det", "Erik Madsen"),
    ]),
    ([
        "Biblioteket genåbner efter brand",
        "Hovedbiblioteket i Ringsted genåbner i marts, otte måneder efter at en brand ødelagde børneafdelingen.",
        "Bibliotekschef Helle Kragh har brugt sommeren på at samle penge ind til nye bøger.",
        "- Folk har været utroligt gavmilde. Vi har fået kasser med bøger helt fra Grønland, siger hun.",
        "Branden startede i et el-skab, konkluderer politiets teknikere.",
        "»Børnene mistede deres yndlingssted sidste år. Nu vil vi give dem noget bedre,« siger Helle Kragh.",
    ], [
        ("Folk har været utroligt gavmilde. Vi har fået kasser med bøger helt fra Grønland", "hun", "siger", "Helle Kragh"),
        ("Børnene mistede deres yndlingssted sidste år. Nu vil vi give dem noget bedre", "Helle Kragh", "siger"),
    ]),
    ([
        "Strejke på tapperiet i Brande",
        "Omkring 300 ansatte nedlagde fredag arbejdet på tapperiet i Brande i en strid om vagtplaner.",
        "»Ledelsen har ændret vores arbejdstider uden at spørge en eneste af os,« siger tillidsrepræsentant Camilla Nørgaard.",
        "Virksomheden afviser kritikken. I en skriftlig kommentar skriver direktør Henrik Bach: »Vi har inddraget medarbejderne i seks uger.«",
        "Tapperiet producerer blandt andet sodavanden »Fjordfrisk«, som ifølge virksomheden ikke vil komme i restordre.",
        "Camilla Nørgaard venter, at strejken fortsætter i næste uge.",
        "- Vi går ingen steder.",
    ], [
        ("Ledelsen har ændret vores arbejdstider uden at spørge en eneste af os", "tillidsrepræsentant Camilla Nørgaard", "siger"),
        ("Vi har inddraget medarbejderne i seks uger.", "direktør Henrik Bach", "skriver"),
        ("Vi går ingen steder.", "Camilla Nørgaard", None),
    ]),
    ([
        "Sjælden frø fundet i byens park",
        "En frøart, der var regnet for uddød i landsdelen, er fundet i en sø i Valby Parken.",
        "- Jeg var lige ved at tabe min notesbog, fortæller biolog Maria Lund fra Københavns Universitet, som gjorde fundet.",
        "Kommunen vil nu beskytte søen.",
        "»Vi sætter hegn op og holder hundene væk,« siger en talsmand for kommunen.",
        "Maria Lund advarer om, at bestanden er lille. Hun mener, at de næste to år bliver afgørende.",
    ], [
        ("Jeg var lige ved at tabe min notesbog", "biolog Maria Lund", "fortæller"),
        ("Vi sætter hegn op og holder hundene væk", "en talsmand for kommunen", "siger"),
    ]),
    ([
        "Buspriserne stiger ti procent",
        "Fra april stiger billetpriserne i de regionale busser med ti procent, oplyser trafikselskabet.",
        "»Det er en skat på dem, der ikke har råd til en bil,« siger Jette Holm, formand for Passagerforeningen.",
        "Trafikselskabets direktør, Morten Sejr, forsvarer stigningen og peger på højere priser på brændstof.",
        "- Vi har holdt priserne i tre år. Det kan vi ikke længere, siger Morten Sejr.",
        "Den såkaldte »grønne rabat« på månedskort bevares.",
    ], [
        ("Det er en skat på dem, der ikke har råd til en bil", "Jette Holm, formand for Passagerforeningen", "siger"),
        ("Vi har holdt priserne i tre år. Det kan vi ikke længere", "Morten Sejr", "siger"),
    ]),
    ([
        "Landsbyen fejrer 100-årig",
        "Ellen Bak, landsbyens ældste beboer, fyldte lørdag 100 år omgivet af fire generationer.",
        "Hemmeligheden bag det lange liv er enkel, siger hun:",
        "»Havregrød hver morgen, og aldrig skændes med naboerne.«",
        "Oldebarnet Oliver på otte år havde selv bagt kagen.",
        "- Det tog tre forsøg, indrømmer han.",
    ], [
        ("Havregrød hver morgen, og aldrig skændes med naboerne.", "hun", "siger", "Ellen Bak"),
        ("Det tog tre forsøg", "han", "indrømmer", "Oliver"),
    ]),
    ([
        "Fodboldklub får bøde efter banestormning",
        "Superligaklubben FC Ådal har fået en bøde på 200.000 kroner, efter at tilskuere stormede banen i sæsonens sidste kamp.",
        "Ifølge disciplinærudvalget havde klubben ikke sørget for nok stewarder.",
        "Formand Gorm Lindberg er skuffet.",
        "- Vores fans fejrede en sejr, de sloges ikke. Vi anker, siger han til DR Sporten.",
        "»Nogle få idioter ødelagde en god dag for alle,« skriver fanklubben Ådal Ultras på Facebook.",
    ], [
        ("Vores fans fejrede en sejr, de sloges ikke. Vi anker", "han", "siger", "Gorm Lindberg"),
        ("Nogle få idioter ødelagde en god dag for alle", "fanklubben Ådal Ultras", "skriver"),
    ]),
    ([
        "Ny bro åbner efter års forsinkelse",
        "Den nye bro over Tarpfjorden blev søndag åbnet for trafik, fire år senere end planlagt.",
        "»Ja, det tog for lang tid. Ja, det kostede for meget. Men broen vil tjene egnen i hundrede år,« sagde transportminister Lene Marker ved åbningen.",
        "Caféejer Rasmus Holt har mærket byggeriet på omsætningen.",
        "»Nogle uger havde vi fem kunder,« siger han. »Nu håber jeg, de kommer tilbage.«",
        "Ingeniørerne har givet broen øgenavnet »Harpen« på grund af kablerne.",
    ], [
        ("Ja, det tog for lang tid. Ja, det kostede for meget. Men broen vil tjene egnen i hundrede år", "transportminister Lene Marker", "sagde"),
        ("Nogle uger havde vi fem kunder", "han", "siger", "Rasmus Holt"),
        ("Nu håber jeg, de kommer tilbage.", "han", None, "Rasmus Holt"),
    ]),
    ([
        "Politiet efterlyser vidner efter røveri",
        "Tre mænd røvede mandag eftermiddag en guldsmedeforretning på Algade.",
        "Ifølge vicepolitiinspektør Nina Hviid truede mændene personalet med en hammer.",
        "- Det har været en meget skræmmende oplevelse for de to ansatte, siger hun og tilføjer:",
        "- Vi vil gerne høre fra alle, der har optagelser fra bilkameraer.",
        "Ejeren fortæller til Sjællandske, at de stjålne ure er over en halv million kroner værd.",
        "»De var ude igen efter halvandet minut,« siger han.",
    ], [
        ("Det har været en meget skræmmende oplevelse for de to ansatte", "hun", "siger", "Nina Hviid"),
        ("Vi vil gerne høre fra alle, der har optagelser fra bilkameraer.", "hun", "tilføjer", "Nina Hviid"),
        ("De var ude igen efter halvandet minut", "han", "siger"),
    ]),
    ([
        "Debutant vinder litteraturpris",
        "Forfatteren Sara Mikkelsen har vundet Bogprisen for sin debutroman »Saltvejen«.",
        "Juryens formand, professor Anders Riis, kalder den »en bog, der stadig vil blive læst om 50 år«.",
        "Sara Mikkelsen skrev romanen om natten, mens hun arbejdede som sygeplejerske.",
        "- Jeg skrev den til min mormor, som aldrig lærte at læse, sagde hun i sin takketale.",
    ], [
        ("en bog, der stadig vil blive læst om 50 år", "Juryens formand, professor Anders Riis", "kalder den"),
        ("Jeg skrev den til min mormor, som aldrig lærte at læse", "hun", "sagde", "Sara Mikkelsen"),
    ]),
    ([
        "Landmænd frygter dårlig høst",
        "Landmænd i hele Østjylland advarer om en dårlig høst efter det tørreste forår nogensinde.",
        "»Hveden er halvt så høj, som den burde være,« siger Bent Kjeldsen, der driver 160 hektar ved Hornslet.",
        "Ifølge Landbrugsforeningen kan udbyttet falde med en tredjedel.",
        "- Nogle familier overlever ikke endnu et dårligt år. Vi har brug for hjælp nu, lyder det fra foreningens formand, Kirsten Møller.",
        "Ministeriet oplyser, at man »følger situationen nøje«.",
    ], [
        ("Hveden er halvt så høj, som den burde være", "Bent Kjeldsen", "siger"),
        ("Nogle familier overlever ikke endnu et dårligt år. Vi har brug for hjælp nu", "foreningens formand, Kirsten Møller", "lyder det"),
        ("følger situationen nøje", "Ministeriet", "oplyser"),
    ]),
    ([
        "Skole forbyder mobiltelefoner",
        "Fra august skal eleverne på Kongshøj Skole låse deres telefoner inde i skoletiden.",
        "Skoleleder Simon Krogh forklarer, at beslutningen kommer efter et års dialog med forældrene.",
        "- Frikvartererne var blevet helt stille. Alle stirrede ned i en skærm, siger han.",
        "Ikke alle elever er enige.",
        "»Hvad nu, hvis der sker noget?« spørger 15-årige Maja Lauridsen.",
    ], [
        ("Frikvartererne var blevet helt stille. Alle stirrede ned i en skærm", "han", "siger", "Simon Krogh"),
        ("Hvad nu, hvis der sker noget?", "15-årige Maja Lauridsen", "spørger"),
    ]),
    ([
        "Museum leverer udskæringer tilbage",
        "Nationalmuseet har leveret tolv træudskæringer tilbage til Grønland, mere end hundrede år efter at de blev taget med til København.",
        "- Udskæringerne er vores forfædre. I dag kommer de hjem, sagde Aqqaluk Petersen ved overdragelsen.",
        "Museets direktør, Claus Aldahl, kalder tilbageleveringen »det rigtige at gøre, og længe ventet«.",
        "Aqqaluk Petersen takkede museets ansatte.",
        "»Vores børn skal kunne se dem hver dag,« sagde han.",
    ], [
        ("Udskæringerne er vores forfædre. I dag kommer de hjem", "Aqqaluk Petersen", "sagde"),
        ("det rigtige at gøre, og længe ventet", "Museets direktør, Claus Aldahl", "kalder tilbageleveringen"),
        ("Vores børn skal kunne se dem hver dag", "han", "sagde", "Aqqaluk Petersen"),
    ]),
]
