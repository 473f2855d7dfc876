# SPDX-License-Identifier: GPL-3.0-or-later
"""Norwegian (Bokmål) articles of the multilingual quotes check set (fictional; see check_set_multi.py)."""

ARTICLES = [
    ([
        "Ferja til Lindøy blir værende",
        "Kommunestyret i Havnes vedtok tirsdag å beholde ferjesambandet til Lindøy i minst fem år til.",
        "– Ferja er livlinja vår. Uten den legges skolen ned, sier Kari Holm, som driver butikken på øya.",
        "Ordfører Jens Aasgaard (Ap) kaller vedtaket vanskelig.",
        "– Vi har sett på alle muligheter, også en mindre båt, sier han.",
    ], [
        ("Ferja er livlinja vår. Uten den legges skolen ned", "Kari Holm", "sier"),
        ("Vi har sett på alle muligheter, også en mindre båt", "han", "sier", "Jens Aasgaard"),
    ]),
    ([
        "Helsekøene går ned",
        "For første gang på ti år har ventetiden ved sykehusene i Helse Nord gått ned, viser nye tall.",
        "«Personalet har gjort en enorm jobb. Men ingen må tro at vi er i mål», sier helseminister Line Brandt til NTB.",
        "Opposisjonen er mindre begeistret. Helsepolitiker Magnus Friis kaller tallene «en dråpe i havet».",
        "«Mora mi ventet i fjorten måneder på et nytt kne», forteller Anne Sørli fra Bodø.",
    ], [
        ("Personalet har gjort en enorm jobb. Men ingen må tro at vi er i mål", "helseminister Line Brandt", "sier"),
        ("en dråpe i havet", "Helsepolitiker Magnus Friis", "kaller tallene"),
        ("Mora mi ventet i fjorten måneder på et nytt kne", "Anne Sørli", "forteller"),
    ]),
    ([
        "Snøstorm stengte fjellovergang",
        "Riksvei 7 over Hardangervidda var stengt natt til tirsdag etter at over 40 biler satt fast i snøen.",
        "Operasjonsleder Thomas Kjær i Vest politidistrikt forteller at mannskapene nådde den siste bilen like før daggry.",
        "– Alle er i god behold, og det er det viktigste, sier han.",
        "Lastebilsjåfør Erik Moen tilbrakte natten i førerhuset.",
        "«Jeg har kjørt i 30 år, og jeg har aldri sett noe lignende», sier Moen.",
    ], [
        ("Alle er i god behold, og det er det viktigste", "han", "sier", "Thomas Kjær"),
        ("Jeg har kjørt i 30 år, og jeg har aldri sett noe lignende", "Moen", "sier"),
    ]),
    ([
        "Biblioteket åpner igjen etter brannen",
        "Hovedbiblioteket i Ringvik åpner igjen i mars, åtte måneder etter at en brann ødela barneavdelingen.",
        "Biblioteksjef Helle Krogh har brukt sommeren på å samle inn penger til nye bøker.",
        "– Folk har vært utrolig rause. Vi har fått esker med bøker helt fra Island, sier hun.",
        "Brannen startet i et sikringsskap, ifølge politiets teknikere.",
    ], [
        ("Folk har vært utrolig rause. Vi har fått esker med bøker helt fra Island", "hun", "sier", "Helle Krogh"),
    ]),
    ([
        "Streik ved tapperiet",
        "Rundt 300 ansatte la fredag ned arbeidet ved tapperiet i Brandvik i en strid om turnusen.",
        "«Ledelsen har endret arbeidstidene våre uten å spørre en eneste av oss», sier tillitsvalgt Camilla Nordby.",
        "Bedriften avviser kritikken. I en e-post skriver direktør Henrik Bakke: «Vi har involvert de ansatte i seks uker.»",
        "Tapperiet lager blant annet brusen «Fjellfrisk», som ifølge bedriften ikke vil bli utsolgt.",
    ], [
        ("Ledelsen har endret arbeidstidene våre uten å spørre en eneste av oss", "tillitsvalgt Camilla Nordby", "sier"),
        ("Vi har involvert de ansatte i seks uker.", "direktør Henrik Bakke", "skriver"),
    ]),
    ([
        "Sjelden frosk funnet i byparken",
        "En froskeart som var regnet som utdødd i landsdelen, er funnet i en dam i Slottsparken.",
        "– Jeg holdt på å miste notatboka, forteller biolog Maria Lunde ved Universitetet i Oslo, som gjorde funnet.",
        "Kommunen vil nå beskytte dammen.",
        "«Vi setter opp gjerde og holder hundene unna», sier en talsperson for kommunen.",
    ], [
        ("Jeg holdt på å miste notatboka", "biolog Maria Lunde", "forteller"),
        ("Vi setter opp gjerde og holder hundene unna", "en talsperson for kommunen", "sier"),
    ]),
    ([
        "Bussprisene øker med ti prosent",
        "Fra april øker billettprisene på fylkets busser med ti prosent, opplyser kollektivselskapet.",
        "– Dette er en skatt på dem som ikke har råd til bil, sier Jette Holm, leder i Passasjerforeningen.",
        "Selskapets direktør, Morten Sæther, forsvarer økningen.",
        "«Vi har holdt prisene i tre år. Det kan vi ikke lenger», sier han.",
        "Den såkalte «grønne rabatten» på månedskort blir videreført.",
    ], [
        ("Dette er en skatt på dem som ikke har råd til bil", "Jette Holm, leder i Passasjerforeningen", "sier"),
        ("Vi har holdt prisene i tre år. Det kan vi ikke lenger", "han", "sier", "Morten Sæther"),
    ]),
    ([
        "Bygda feirer 100-åring",
        "Ellen Bakke, bygdas eldste innbygger, fylte 100 år lørdag omgitt av fire generasjoner.",
        "Oldebarnet Oliver på åtte år hadde bakt kaka selv.",
        "– Det tok tre forsøk, innrømmer han.",
        "Soknepresten, Paul Ingebrigtsen, leste et brev fra skolen. «Hun lærte halve bygda å lese», sa han.",
    ], [
        ("Det tok tre forsøk", "han", "innrømmer", "Oliver"),
        ("Hun lærte halve bygda å lese", "han", "sa", "Paul Ingebrigtsen"),
    ]),
]
