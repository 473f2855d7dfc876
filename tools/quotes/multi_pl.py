# SPDX-License-Identifier: GPL-3.0-or-later
"""Polish articles of the multilingual quotes check set (fictional; see check_set_multi.py).

Polish news marks quotations with „…” (sometimes »…«, inner ‚…’), attributes them after a dash
(„…” – powiedział X) or before a colon, drops subject pronouns („…” – dodał.) and uses dialogue
dashes (– … – mówi X. – …). A name in the dative after a cue is whom it was said to.
"""

ARTICLES = [
    ([
        "Prom na wyspę Brzozową zostaje na kolejne pięć lat",
        "Rada gminy Zalesie zdecydowała we wtorek, że prom na wyspę Brzozową będzie kursował co najmniej do 2030 roku.",
        "„Ten prom to nasza pępowina” – powiedziała Małgorzata Dudek, która prowadzi jedyny sklep na wyspie. „Bez niego zamkną szkołę, a młode rodziny wyjadą”.",
        "Wójt gminy Tadeusz Wrona przyznał, że decyzja nie była łatwa. „Przeanalizowaliśmy wszystkie warianty, także mniejszy statek” – dodał.",
    ], [
        ("Ten prom to nasza pępowina", "Małgorzata Dudek", "powiedziała"),
        ("Bez niego zamkną szkołę, a młode rodziny wyjadą", "Małgorzata Dudek", None),
        ("Przeanalizowaliśmy wszystkie warianty, także mniejszy statek", "Tadeusz Wrona", "dodał"),
    ]),
    ([
        "Kolejki do specjalistów krótsze",
        "Po raz pierwszy od dziesięciu lat skróciły się kolejki do lekarzy specjalistów w województwie, wynika z danych opublikowanych w poniedziałek.",
        "Wicemarszałek Renata Kos powiedziała dziennikarzom: „Personel dokonał cudów. Ale nikt nie powinien myśleć, że praca jest skończona”.",
        "Według radnego opozycji Daniela Ferenca to „kropla w morzu potrzeb”.",
        "„Moja mama czekała czternaście miesięcy na endoprotezę kolana” – mówi Sylwia Ratajczak, nauczycielka z Koła.",
    ], [
        ("Personel dokonał cudów. Ale nikt nie powinien myśleć, że praca jest skończona", "Wicemarszałek Renata Kos", "powiedziała"),
        ("kropla w morzu potrzeb", "radnego opozycji Daniela Ferenca", "Według"),
        ("Moja mama czekała czternaście miesięcy na endoprotezę kolana", "Sylwia Ratajczak", "mówi"),
    ]),
    ([
        "Śnieg zamknął przełęcz",
        "Droga przez przełęcz Wilczą została zamknięta w nocy, gdy w zaspach utknęło ponad czterdzieści samochodów.",
        "Komendant powiatowy straży pożarnej Tomasz Gil poinformował, że ratownicy dotarli do ostatniego auta tuż przed świtem.",
        "„Wszyscy są cali i zdrowi, a to jest najważniejsze” – zapewnił w rozmowie z Radiem Podhale.",
        "„Co godzinę włączaliśmy silnik na dziesięć minut, żeby nie zamarznąć” – opowiadał kierowca ciężarówki Henryk Mazur.",
    ], [
        ("Wszyscy są cali i zdrowi, a to jest najważniejsze", "Tomasz Gil", "zapewnił"),
        ("Co godzinę włączaliśmy silnik na dziesięć minut, żeby nie zamarznąć", "kierowca ciężarówki Henryk Mazur", "opowiadał"),
    ]),
    ([
        "Strajk w rozlewni wody",
        "Około 300 pracowników rozlewni wody mineralnej w Dornie odeszło w piątek od stanowisk w proteście przeciwko nowym grafikom.",
        "„Dyrekcja zmieniła nam godziny pracy, nikogo nie pytając o zdanie” – podkreśliła przewodnicząca związku zawodowego Karolina Nowicka.",
        "Spółka odrzuca zarzuty. Rzeczniczka firmy napisała w oświadczeniu, że „załoga była konsultowana przez sześć tygodni”.",
        "Rozlewnia produkuje m.in. napój „Górski Zdrój”, którego dostawy według spółki nie są zagrożone.",
    ], [
        ("Dyrekcja zmieniła nam godziny pracy, nikogo nie pytając o zdanie", "przewodnicząca związku zawodowego Karolina Nowicka", "podkreśliła"),
        ("załoga była konsultowana przez sześć tygodni", "Rzeczniczka firmy", "napisała w oświadczeniu"),
    ]),
    ([
        "Rzadka żaba w miejskim parku",
        "W stawie w parku Źródlanym znaleziono gatunek żaby, który uważano za wymarły w regionie.",
        "»Omal nie upuściłam notesu« – opowiada biolożka Amara Okafor z Uniwersytetu Wrocławskiego, która dokonała odkrycia.",
        "Miasto obiecało chronić staw. »Ogrodzimy go i nie będziemy wpuszczać psów« – zapowiedział rzecznik ratusza Paweł Lis.",
    ], [
        ("Omal nie upuściłam notesu", "biolożka Amara Okafor", "opowiada"),
        ("Ogrodzimy go i nie będziemy wpuszczać psów", "rzecznik ratusza Paweł Lis", "zapowiedział"),
    ]),
    ([
        "Bilety komunikacji miejskiej droższe o 10 procent",
        "Od kwietnia bilety komunikacji miejskiej w aglomeracji podrożeją o 10 procent, ogłosił w czwartek zarząd transportu.",
        "„To podatek od tych, których nie stać na samochód” – ocenia Joanna Pietrzak, prezeska stowarzyszenia pasażerów.",
        "Dyrektor zarządu Marek Sałata broni podwyżki. „Przez trzy lata zamrażaliśmy ceny. Dłużej się nie da” – stwierdził.",
        "Pozostaje tak zwana „zielona zniżka” na bilety miesięczne.",
    ], [
        ("To podatek od tych, których nie stać na samochód", "Joanna Pietrzak", "ocenia"),
        ("Przez trzy lata zamrażaliśmy ceny. Dłużej się nie da", "Marek Sałata", "stwierdził"),
    ]),
    ([
        "Minister obiecuje pomoc rolnikom po gradobiciu",
        "Minister rolnictwa Piotr Zając odwiedził w sobotę gospodarstwa zniszczone przez czwartkowe gradobicie pod Sandomierzem.",
        "„Nie zostawimy was bez pomocy” – powiedział Janowi Kowalskiemu, sadownikowi z Wilczyc, którego sad stracił prawie cały tegoroczny plon.",
        "Kowalski nie kryje goryczy. „Trzydzieści lat pracy i w dziesięć minut wszystko leży na ziemi” – mówi.",
        "„Pierwsze wypłaty trafią do rolników jeszcze w tym miesiącu” – zapowiedział minister, pytany przez dziennikarzy o terminy.",
        "Jak powiedziała wojewoda Ewa Grabowska, szacowanie strat potrwa co najmniej dwa tygodnie.",
    ], [
        ("Nie zostawimy was bez pomocy", "Piotr Zając", "powiedział"),
        ("Trzydzieści lat pracy i w dziesięć minut wszystko leży na ziemi", "Kowalski", "mówi"),
        ("Pierwsze wypłaty trafią do rolników jeszcze w tym miesiącu", "minister", "zapowiedział"),
    ]),
    ([
        "Biblioteka wraca do dawnego dworca",
        "Po dwóch latach remontu miejska biblioteka w Kamieńcu wraca do budynku dawnego dworca kolejowego.",
        "– Dostaliśmy skrzynie książek nawet z Argentyny – mówi dyrektorka biblioteki Elżbieta Kamińska. – Czytelnicy czekali na ten dzień.",
        "Pierwszego dnia przyszło ponad czterysta osób. – Dzieci straciły swoje ulubione miejsce. Chcemy im dać coś lepszego – dodała.",
        "Najstarszy czytelnik, 94-letni Stanisław Bąk, nie ukrywał wzruszenia: „Chodzę tu od 1951 roku i nigdy nie było tak pięknie”.",
    ], [
        ("Dostaliśmy skrzynie książek nawet z Argentyny", "dyrektorka biblioteki Elżbieta Kamińska", "mówi"),
        ("Czytelnicy czekali na ten dzień.", "dyrektorka biblioteki Elżbieta Kamińska", None),
        ("Dzieci straciły swoje ulubione miejsce. Chcemy im dać coś lepszego", "Elżbieta Kamińska", "dodała"),
        ("Chodzę tu od 1951 roku i nigdy nie było tak pięknie", "Stanisław Bąk", None),
    ]),
    ([
        "Spór o wiatraki na Pomorzu",
        "Mieszkańcy gminy Sławno protestują przeciwko budowie farmy wiatrowej w pobliżu ich domów.",
        "„Nikt nas nie pytał. Dowiedzieliśmy się z gazety” – przekonywał na zebraniu sołtys Zdzisław Wójcik.",
        "Inwestor, spółka Bałtyk Energia, zapewnia, że turbiny staną co najmniej półtora kilometra od zabudowań. „Spełniamy wszystkie normy, także te dotyczące hałasu” – tłumaczy jej prezes Adam Czerwiński.",
        "Ekspertka z Politechniki Gdańskiej dr Lena Wilk uważa, że obawy są przesadzone. „Nowoczesne turbiny są znacznie cichsze niż dawniej” – napisała w opinii dla gminy.",
    ], [
        ("Nikt nas nie pytał. Dowiedzieliśmy się z gazety", "sołtys Zdzisław Wójcik", "przekonywał"),
        ("Spełniamy wszystkie normy, także te dotyczące hałasu", "jej prezes Adam Czerwiński", "tłumaczy"),
        ("Nowoczesne turbiny są znacznie cichsze niż dawniej", "dr Lena Wilk", "napisała"),
    ]),
    ([
        "Drużyna z Opola w finale",
        "Siatkarze Odry Opole awansowali do finału pucharu kraju po zwycięstwie 3:1 nad Stalą Mielec.",
        "„Graliśmy z głową od pierwszej do ostatniej piłki” – powiedział po meczu trener Opolan Grzegorz Lewandowski.",
        "Kapitan drużyny Michał Kurek przyznał, że pierwszy set był nerwowy. „Wiedzieliśmy, że jak przetrwamy początek, to wygramy” – stwierdził.",
        "„Zabrakło nam siły w końcówce” – ocenił szkoleniowiec gości Jarosław Baran.",
    ], [
        ("Graliśmy z głową od pierwszej do ostatniej piłki", "trener Opolan Grzegorz Lewandowski", "powiedział"),
        ("Wiedzieliśmy, że jak przetrwamy początek, to wygramy", "Michał Kurek", "stwierdził"),
        ("Zabrakło nam siły w końcówce", "szkoleniowiec gości Jarosław Baran", "ocenił"),
    ]),
    ([
        "Nowe przedszkole w Górkach",
        "W Górkach otwarto w poniedziałek nowe przedszkole dla 120 dzieci.",
        "„Czekaliśmy na to miejsce od sześciu lat. Wreszcie nie muszę wozić córki do miasta”, mówi Katarzyna Zawada, mama czteroletniej Poli.",
        "Burmistrz Górek Leszek Jasiński zapowiedział kolejną inwestycję. „W przyszłym roku zaczniemy budowę żłobka”, powiedział.",
        "Cytowana przez „Kurier Górecki” dyrektorka placówki Iwona Mróz dodała, że zapisy na nowy rok ruszą w marcu.",
    ], [
        ("Czekaliśmy na to miejsce od sześciu lat. Wreszcie nie muszę wozić córki do miasta", "Katarzyna Zawada", "mówi"),
        ("W przyszłym roku zaczniemy budowę żłobka", "Leszek Jasiński", "powiedział"),
    ]),
    ([
        "Ratusz tnie godziny pracy basenu",
        "Miejski basen w Lesznie będzie od maja otwarty o trzy godziny krócej, zdecydowali radni.",
        "Jak powiedział zastępca prezydenta miasta Robert Kalinowski, „koszty energii wzrosły w ciągu roku o połowę i nie mamy wyboru”.",
        "Pływacy z klubu Delfin są rozczarowani. „Trenujemy o szóstej rano, bo po południu nie ma wolnych torów. Teraz stracimy i te godziny” – mówi trenerka Aneta Sowa.",
        "„Szukamy oszczędności wszędzie, nie tylko na basenie” – zaznaczył Kalinowski.",
    ], [
        ("koszty energii wzrosły w ciągu roku o połowę i nie mamy wyboru", "zastępca prezydenta miasta Robert Kalinowski", "Jak powiedział"),
        ("Trenujemy o szóstej rano, bo po południu nie ma wolnych torów. Teraz stracimy i te godziny", "trenerka Aneta Sowa", "mówi"),
        ("Szukamy oszczędności wszędzie, nie tylko na basenie", "Kalinowski", "zaznaczył"),
    ]),
    ([
        "Policja szuka świadków napadu na kantor",
        "Dwóch zamaskowanych mężczyzn napadło w środę na kantor przy ulicy Długiej w Płocku.",
        "„Prosimy wszystkich, którzy mają nagrania z kamer samochodowych, o kontakt” – zaapelowała rzeczniczka komendy miejskiej policji Monika Jurek.",
        "Właściciel kantoru Rafał Nowak mówi, że wszystko trwało półtorej minuty. „Weszli, krzyknęli ‚na ziemię’ i już ich nie było” – relacjonuje.",
    ], [
        ("Prosimy wszystkich, którzy mają nagrania z kamer samochodowych, o kontakt", "rzeczniczka komendy miejskiej policji Monika Jurek", "zaapelowała"),
        ("Weszli, krzyknęli ‚na ziemię’ i już ich nie było", "Rafał Nowak", "relacjonuje"),
        ("na ziemię", None, None),
    ]),
    ([
        "Festiwal jazzowy przenosi się na rynek",
        "Tegoroczny festiwal „Jazz nad Wartą” odbędzie się po raz pierwszy na rynku, a nie w hali sportowej.",
        "Dyrektor artystyczny festiwalu Jerzy Pawlak powiedział: „Jazz potrzebuje powietrza i ludzi, którzy przypadkiem się zatrzymają”.",
        "Nie wszyscy są zachwyceni. „Koncerty do północy pod moimi oknami to nie jest kultura, tylko hałas” – napisał w liście do rady miasta mieszkaniec rynku Waldemar Krupa.",
        "„Koncerty skończą się najpóźniej o 22.30” – uspokaja Pawlak.",
    ], [
        ("Jazz potrzebuje powietrza i ludzi, którzy przypadkiem się zatrzymają", "Jerzy Pawlak", "powiedział"),
        ("Koncerty do północy pod moimi oknami to nie jest kultura, tylko hałas", "mieszkaniec rynku Waldemar Krupa", "napisał"),
        ("Koncerty skończą się najpóźniej o 22.30", "Pawlak", "uspokaja"),
    ]),
    ([
        "Szpital w Brzegu bez porodówki",
        "Oddział położniczy szpitala w Brzegu zostanie zamknięty z końcem miesiąca z powodu braku lekarzy.",
        "„Od stycznia odeszło nam trzech ginekologów, a na ogłoszenia nikt się nie zgłasza” – wyjaśniła dyrektorka szpitala Halina Kruk.",
        "Radna Beata Szulc zapowiedziała protest. „Kobiety będą rodzić w karetkach na drodze do Opola” – ostrzegła.",
        "Według Narodowego Funduszu Zdrowia decyzja jest „tymczasowa”.",
        "„Zrobimy wszystko, żeby oddział wrócił w ciągu roku” – zadeklarowała Kruk.",
    ], [
        ("Od stycznia odeszło nam trzech ginekologów, a na ogłoszenia nikt się nie zgłasza", "dyrektorka szpitala Halina Kruk", "wyjaśniła"),
        ("Kobiety będą rodzić w karetkach na drodze do Opola", "Beata Szulc", "ostrzegła"),
        ("tymczasowa", "Narodowego Funduszu Zdrowia", "Według"),
        ("Zrobimy wszystko, żeby oddział wrócił w ciągu roku", "Kruk", "zadeklarowała"),
    ]),
    ([
        "Muzeum odzyskało skradziony obraz",
        "Skradziony przed dwudziestu laty obraz „Pejzaż z wiatrakiem” wrócił do muzeum w Sieradzu.",
        "– To jak odnaleźć zaginione dziecko – powiedziała wzruszona dyrektorka muzeum Teresa Górecka. – Nie wierzyliśmy, że jeszcze go zobaczymy.",
        "Obraz odnalazł się na aukcji w Wiedniu. – Sprzedawca twierdził, że kupił go w dobrej wierze – poinformował prokurator Wiesław Mucha.",
    ], [
        ("To jak odnaleźć zaginione dziecko", "dyrektorka muzeum Teresa Górecka", "powiedziała"),
        ("Nie wierzyliśmy, że jeszcze go zobaczymy.", "dyrektorka muzeum Teresa Górecka", None),
        ("Sprzedawca twierdził, że kupił go w dobrej wierze", "prokurator Wiesław Mucha", "poinformował"),
    ]),
]
