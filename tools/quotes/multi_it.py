# SPDX-License-Identifier: GPL-3.0-or-later
"""Italian articles of the multilingual quotes check set (fictional; see check_set_multi.py)."""

ARTICLES = [
    ([
        "Il traghetto per l'isola di Brava resta in servizio",
        "Il consiglio comunale di Porto Leno ha deciso martedì di mantenere il collegamento con l'isola di Brava per altri cinque anni.",
        "«Questa nave è il nostro cordone ombelicale», ha detto Margherita Dovi, che gestisce l'alimentari dell'isola. «Senza, chiude la scuola e le famiglie giovani se ne vanno».",
        "Il sindaco, Pietro Valli, ha ammesso che la decisione non è stata facile. «Abbiamo studiato tutte le opzioni, anche una nave più piccola», ha spiegato.",
    ], [
        ("Questa nave è il nostro cordone ombelicale", "Margherita Dovi", "ha detto"),
        ("Senza, chiude la scuola e le famiglie giovani se ne vanno", "Margherita Dovi", None),
        ("Abbiamo studiato tutte le opzioni, anche una nave più piccola", "Pietro Valli", "ha spiegato"),
    ]),
    ([
        "Calano le liste d'attesa negli ospedali",
        "Per la prima volta in dieci anni le liste d'attesa negli ospedali della regione sono diminuite, secondo i dati pubblicati lunedì.",
        "L'assessora alla Sanità, Raffaella Amati, ha dichiarato ai giornalisti: «Il personale ha fatto miracoli. Ma nessuno pensi che il lavoro sia finito».",
        "Per il consigliere di opposizione Daniele Ferri i dati sono «una goccia nel mare».",
        "«Mia madre ha aspettato quattordici mesi per una protesi al ginocchio», racconta Sonia Rossi, insegnante a Cremona.",
    ], [
        ("Il personale ha fatto miracoli. Ma nessuno pensi che il lavoro sia finito", "L'assessora alla Sanità, Raffaella Amati", "ha dichiarato"),
        ("una goccia nel mare", "il consigliere di opposizione Daniele Ferri", "Per"),
        ("Mia madre ha aspettato quattordici mesi per una protesi al ginocchio", "Sonia Rossi", "racconta"),
    ]),
    ([
        "La neve chiude il passo",
        "Il passo della Valleria è stato chiuso nella notte dopo che oltre quaranta veicoli sono rimasti bloccati dalla neve.",
        "Secondo il comandante dei vigili del fuoco Tommaso Galli, i soccorritori hanno raggiunto l'ultima auto poco prima dell'alba.",
        "«Stanno tutti bene, ed è questo che conta», ha assicurato al Corriere delle Alpi.",
        "«Accendevamo il motore dieci minuti ogni ora per non congelare», ha raccontato il camionista Enrico Moretti.",
    ], [
        ("Stanno tutti bene, ed è questo che conta", "Tommaso Galli", "ha assicurato"),
        ("Accendevamo il motore dieci minuti ogni ora per non congelare", "il camionista Enrico Moretti", "ha raccontato"),
    ]),
    ([
        "Sciopero allo stabilimento di imbottigliamento",
        "Circa 300 lavoratori dello stabilimento di imbottigliamento di Dorno hanno incrociato le braccia venerdì contro i nuovi turni.",
        "«La direzione ha cambiato i nostri orari senza chiedere a nessuno di noi», ha denunciato la delegata sindacale Carla Nunzi.",
        "L'azienda respinge le accuse. Una portavoce del gruppo ha affermato che «il personale è stato consultato per sei settimane».",
        "Lo stabilimento produce tra l'altro la bibita «Fresco dei Monti», la cui fornitura, secondo l'azienda, non è a rischio.",
    ], [
        ("La direzione ha cambiato i nostri orari senza chiedere a nessuno di noi", "la delegata sindacale Carla Nunzi", "ha denunciato"),
        ("il personale è stato consultato per sei settimane", "Una portavoce del gruppo", "ha affermato"),
    ]),
    ([
        "Rara rana scoperta in un parco cittadino",
        "Una specie di rana che si riteneva estinta nella regione è stata trovata in uno stagno del parco della Fonte.",
        "“Per poco non mi cadeva il taccuino”, ha raccontato la biologa Amara Okafor dell'Università di Pavia, autrice della scoperta.",
        "Il Comune ha promesso di proteggere lo stagno. “Lo recinteremo e terremo lontani i cani”, ha indicato un portavoce.",
    ], [
        ("Per poco non mi cadeva il taccuino", "la biologa Amara Okafor", "ha raccontato"),
        ("Lo recinteremo e terremo lontani i cani", "un portavoce", "ha indicato"),
    ]),
    ([
        "Il biglietto dell'autobus aumenta del 10 per cento",
        "Il prezzo del biglietto dell'autobus nell'area metropolitana aumenterà del 10 per cento da aprile, ha annunciato giovedì l'azienda dei trasporti.",
        "«È una tassa per chi non può permettersi un'auto», lamenta Giovanna Prati, presidente dell'associazione degli utenti.",
        "Il direttore dell'azienda, Marco Sala, difende l'aumento. «Abbiamo congelato le tariffe per tre anni. Non possiamo continuare», ha detto.",
        "Resta il cosiddetto «sconto verde» per gli abbonamenti mensili.",
    ], [
        ("È una tassa per chi non può permettersi un'auto", "Giovanna Prati, presidente dell'associazione degli utenti", "lamenta"),
        ("Abbiamo congelato le tariffe per tre anni. Non possiamo continuare", "Marco Sala", "ha detto"),
    ]),
    ([
        "Il paese festeggia i cento anni della sua abitante più anziana",
        "Edda Barone, l'abitante più anziana di Villanova, ha compiuto sabato 100 anni circondata da quattro generazioni.",
        "Il suo segreto? «Minestra ogni sera e mai litigare con i vicini», ha detto ridendo.",
        "Il parroco, don Paolo Ingrao, ha letto una lettera della scuola. «Ha insegnato a leggere a mezzo paese», ha ricordato.",
    ], [
        ("Minestra ogni sera e mai litigare con i vicini", "Edda Barone", "ha detto"),
        ("Ha insegnato a leggere a mezzo paese", "don Paolo Ingrao", "ha ricordato"),
    ]),
    ([
        "Un liceo vieta i cellulari",
        "Da settembre gli studenti del liceo Manzoni dovranno chiudere a chiave i telefoni per tutta la giornata.",
        "Il preside, Simone Chiari, spiega che la decisione arriva dopo un anno di confronto con le famiglie.",
        "«Gli intervalli erano diventati silenziosi. Tutti fissavano uno schermo», ha detto.",
        "Non tutti gli studenti sono d'accordo. «E se c'è un'emergenza?», chiede Maia Longo, 15 anni.",
    ], [
        ("Gli intervalli erano diventati silenziosi. Tutti fissavano uno schermo", "Simone Chiari", "ha detto"),
        ("E se c'è un'emergenza?", "Maia Longo, 15 anni", "chiede"),
    ]),
]
