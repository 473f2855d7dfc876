# SPDX-License-Identifier: GPL-3.0-or-later
"""Danish articles of the third multilingual batch (fictional; see check_set_multi.py): block
quotations that lost their marks after a colon, and colons that introduce no speech.
Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Skoler lukker i Viborg",
        "Byrådet i Viborg har vedtaget at lukke tre landsbyskoler fra næste skoleår.",
        "Borgmester Ulrik Wilbek sagde på mødet:",
        "Vi har ikke råd til at holde alle skoler åbne. Det er en svær beslutning, men den er nødvendig.",
    ], [
        ("Vi har ikke råd til at holde alle skoler åbne. Det er en svær beslutning, men den er nødvendig.", "Borgmester Ulrik Wilbek", "sagde"),
    ]),
    ([
        "Storebæltsbroen lukket",
        "Storebæltsbroen var lukket for al trafik natten til lørdag på grund af storm.",
        "Direktør for Sund & Bælt, Anne Hjort, skriver i en mail:",
        "Broen er lukket af sikkerhedsmæssige årsager. Vi forventer at kunne åbne den igen i løbet af formiddagen.",
    ], [
        ("Broen er lukket af sikkerhedsmæssige årsager. Vi forventer at kunne åbne den igen i løbet af formiddagen.", "Direktør for Sund & Bælt, Anne Hjort", "skriver"),
    ]),
    # no speech after the colon
    ([
        "Byfest i Ribe",
        "Ribe holder byfest i weekenden. Kommunen har offentliggjort programmet:",
        "Kl. 10: Åbning ved borgmesteren",
        "Kl. 14: Koncert på torvet",
    ], []),
    ([
        "Valget i Horsens",
        "Stemmerne er talt op i Horsens. Resultatet er klart:",
        "Venstre er det største parti i kommunen med 34 procent af stemmerne.",
    ], []),
]
