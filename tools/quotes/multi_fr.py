# SPDX-License-Identifier: GPL-3.0-or-later
"""French articles of the multilingual quotes check set (fictional; see check_set_multi.py)."""

ARTICLES = [
    ([
        "Le bac de l'île de Brévan est maintenu",
        "Le conseil municipal de Port-Lenec a voté mardi le maintien de la liaison maritime vers l'île de Brévan pour cinq ans.",
        "« Ce bateau, c'est notre cordon ombilical », a déclaré Marguerite Le Goff, qui tient l'épicerie de l'île. « Sans lui, l'école ferme et les jeunes partent. »",
        "Le maire, Pierre Kervella, reconnaît une décision difficile. « Nous avons étudié toutes les options, y compris un navire plus petit », a-t-il expliqué.",
        "L'exploitant a indiqué dans un communiqué que les horaires ne changeraient pas.",
    ], [
        ("Ce bateau, c'est notre cordon ombilical", "Marguerite Le Goff", "a déclaré"),
        ("Sans lui, l'école ferme et les jeunes partent.", "Marguerite Le Goff", None),
        ("Nous avons étudié toutes les options, y compris un navire plus petit", "il", "a-t-il expliqué", "Pierre Kervella"),
    ]),
    ([
        "Les listes d'attente diminuent dans les hôpitaux",
        "Pour la première fois depuis dix ans, les délais d'attente dans les hôpitaux de la région ont baissé, selon des chiffres publiés lundi.",
        "La ministre de la Santé, Rachel Amiot, a salué « le travail extraordinaire des soignants ».",
        "« Personne ne doit croire que le travail est terminé », a-t-elle toutefois prévenu.",
        "Pour le député d'opposition Daniel Ferrand, ces chiffres ne sont « qu'une goutte d'eau dans l'océan ».",
        "« Ma mère a attendu quatorze mois pour un nouveau genou », raconte Sophie Renard, enseignante à Vierzon.",
    ], [
        ("le travail extraordinaire des soignants", "La ministre de la Santé, Rachel Amiot", "a salué"),
        ("Personne ne doit croire que le travail est terminé", "elle", "a-t-elle toutefois prévenu", "Rachel Amiot"),
        ("qu'une goutte d'eau dans l'océan", "le député d'opposition Daniel Ferrand", "Pour"),
        ("Ma mère a attendu quatorze mois pour un nouveau genou", "Sophie Renard", "raconte"),
    ]),
    ([
        "Le col de la Vaurène fermé par la neige",
        "Le col de la Vaurène a été fermé dans la nuit après que plus de quarante véhicules ont été bloqués par la neige.",
        "Selon le commandant de gendarmerie Thierry Garnier, les secours ont atteint la dernière voiture peu avant l'aube.",
        "« Tout le monde est sain et sauf, c'est ce qui compte », a-t-il déclaré au Dauphiné.",
        "Les automobilistes racontent une nuit longue et froide.",
        "— On faisait tourner le moteur dix minutes toutes les heures pour se réchauffer, explique Éric Morel, chauffeur routier.",
    ], [
        ("Tout le monde est sain et sauf, c'est ce qui compte", "il", "a-t-il déclaré", "Thierry Garnier"),
        ("On faisait tourner le moteur dix minutes toutes les heures pour se réchauffer", "Éric Morel, chauffeur routier", "explique"),
    ]),
    ([
        "La médiathèque rouvre après l'incendie",
        "La médiathèque d'Aubrac rouvrira en mars, huit mois après l'incendie qui a détruit l'espace jeunesse.",
        "Sa directrice, Hélène Cartier, a passé l'été à collecter des fonds. «\u00a0Les gens ont été d'une générosité incroyable\u00a0», confie-t-elle. «\u00a0Nous avons reçu des cartons de livres du Québec.\u00a0»",
        "L'incendie serait parti d'une armoire électrique, selon les enquêteurs.",
        "Hélène Cartier promet un espace jeunesse plus grand. «\u00a0Les enfants ont perdu leur endroit préféré. Nous voulons leur offrir mieux.\u00a0»",
    ], [
        ("Les gens ont été d'une générosité incroyable", "elle", "confie-t-elle", "Hélène Cartier"),
        ("Nous avons reçu des cartons de livres du Québec.", "elle", None, "Hélène Cartier"),
        ("Les enfants ont perdu leur endroit préféré. Nous voulons leur offrir mieux.", "Hélène Cartier", None),
    ]),
    ([
        "Grève à l'usine d'embouteillage de Dormans",
        "Quelque 300 salariés de l'usine d'embouteillage de Dormans ont cessé le travail vendredi pour protester contre les nouveaux horaires.",
        "« La direction a changé nos horaires sans demander l'avis d'un seul d'entre nous », dénonce Carla Nunes, déléguée CGT.",
        "La direction conteste. « Nous avons consulté le personnel pendant six semaines », affirme une porte-parole du groupe.",
        "L'usine produit notamment la limonade « Fraîcheur des Monts », dont l'approvisionnement n'est pas menacé, selon l'entreprise.",
        "— Nous ne lâcherons rien, prévient Carla Nunes.",
    ], [
        ("La direction a changé nos horaires sans demander l'avis d'un seul d'entre nous", "Carla Nunes, déléguée CGT", "dénonce"),
        ("Nous avons consulté le personnel pendant six semaines", "une porte-parole du groupe", "affirme"),
        ("Nous ne lâcherons rien", "Carla Nunes", "prévient"),
    ]),
    ([
        "Une grenouille rare découverte dans un parc urbain",
        "Une espèce de grenouille que l'on croyait disparue de la région a été découverte dans un étang du parc de la Source.",
        "« J'ai failli laisser tomber mon carnet », raconte Amara Okafor, écologue à l'université de Tours, auteure de la découverte. « C'est comme trouver un tableau perdu dans son grenier. »",
        "La mairie a promis de protéger l'étang. « Nous allons l'entourer d'une clôture », a indiqué un porte-parole de la ville.",
        "La chercheuse met toutefois en garde : « La population est très petite. Les deux prochaines années seront décisives. »",
    ], [
        ("J'ai failli laisser tomber mon carnet", "Amara Okafor", "raconte"),
        ("C'est comme trouver un tableau perdu dans son grenier.", "Amara Okafor", None),
        ("Nous allons l'entourer d'une clôture", "un porte-parole de la ville", "a indiqué"),
        ("La population est très petite. Les deux prochaines années seront décisives.", "La chercheuse", "met toutefois en garde"),
    ]),
    ([
        "Les tarifs des bus augmentent de 10 %",
        "Les tarifs des transports en commun de l'agglomération augmenteront de 10 % en avril, a annoncé jeudi l'autorité organisatrice.",
        "« C'est une taxe sur ceux qui n'ont pas les moyens d'avoir une voiture », s'indigne Jeanne Prévost, présidente de l'association des usagers.",
        "Le directeur général, Marc Sauvage, défend la hausse. Il invoque le coût du carburant et des salaires.",
        "« Nous avons gelé les tarifs pendant trois ans. Nous ne pouvons plus le faire », a-t-il affirmé.",
        "La « réduction verte » pour les abonnés mensuels est maintenue.",
    ], [
        ("C'est une taxe sur ceux qui n'ont pas les moyens d'avoir une voiture", "Jeanne Prévost, présidente de l'association des usagers", "s'indigne"),
        ("Nous avons gelé les tarifs pendant trois ans. Nous ne pouvons plus le faire", "il", "a-t-il affirmé", "Marc Sauvage"),
    ]),
    ([
        "Le village fête sa doyenne",
        "Édith Barnier, doyenne de Saint-Aubin-des-Prés, a fêté samedi ses 100 ans entourée de quatre générations.",
        "Son secret ? « Une soupe tous les soirs et jamais de dispute avec les voisins », dit-elle en riant.",
        "Son arrière-petit-fils Olivier, huit ans, a préparé le gâteau lui-même. « Il a fallu trois essais », avoue-t-il.",
        "Le curé, le père Paul Ingrand, a lu une lettre de l'école. « Elle a appris à lire à la moitié du village », a-t-il rappelé.",
    ], [
        ("Une soupe tous les soirs et jamais de dispute avec les voisins", "elle", "dit-elle", "Édith Barnier"),
        ("Il a fallu trois essais", "il", "avoue-t-il", "Olivier"),
        ("Elle a appris à lire à la moitié du village", "il", "a-t-il rappelé", "Paul Ingrand"),
    ]),
    ([
        "Le club de Redon sanctionné après un envahissement de terrain",
        "Le Stade redonnais a écopé de 20 000 euros d'amende après l'envahissement du terrain par des supporters lors du dernier match de la saison.",
        "La commission de discipline estime que le club n'avait pas prévu assez de stadiers. « La sécurité n'est pas une option », écrit-elle dans sa décision.",
        "Le président du club, Gérard Leloup, se dit déçu. « Nos supporters faisaient la fête, ils ne se battaient pas. Nous ferons appel », a-t-il déclaré à France Bleu.",
        "Pour Amélie Hocquet, secrétaire de l'association des supporters, « quelques imbéciles ont gâché une belle journée ».",
    ], [
        ("La sécurité n'est pas une option", "elle", "écrit-elle"),
        ("Nos supporters faisaient la fête, ils ne se battaient pas. Nous ferons appel", "il", "a-t-il déclaré", "Gérard Leloup"),
        ("quelques imbéciles ont gâché une belle journée", "Amélie Hocquet, secrétaire de l'association des supporters", "Pour"),
    ]),
    ([
        "Le nouveau pont ouvre avec quatre ans de retard",
        "Le pont de la Tarre a été ouvert à la circulation dimanche, avec quatre ans de retard et 40 millions d'euros de dépassement.",
        "« Oui, cela a pris trop de temps. Oui, cela a coûté trop cher. Mais ce pont servira la région pendant cent ans », a déclaré la ministre des Transports, Lydie Marchand.",
        "Les commerçants se réjouissent. Raji Patel, patron d'un café, a souffert pendant les travaux.",
        "« Certaines semaines, nous avions cinq clients, dit-il. Maintenant, j'espère qu'ils vont revenir. »",
        "Les ingénieurs ont surnommé l'ouvrage « la Harpe » à cause de ses haubans.",
    ], [
        ("Oui, cela a pris trop de temps. Oui, cela a coûté trop cher. Mais ce pont servira la région pendant cent ans", "la ministre des Transports, Lydie Marchand", "a déclaré"),
        ("Certaines semaines, nous avions cinq clients", "il", "dit-il", "Raji Patel"),
        ("Maintenant, j'espère qu'ils vont revenir.", "il", "dit-il", "Raji Patel"),
    ]),
    ([
        "Appel à témoins après le braquage d'une bijouterie",
        "Trois hommes ont braqué lundi après-midi une bijouterie de la rue du Château.",
        "Selon la capitaine Nadia Hugues, les malfaiteurs ont menacé les employées avec un marteau.",
        "« Ce fut une expérience terrifiante pour les deux femmes qui travaillaient là », a-t-elle souligné. « Toute personne disposant d'images de caméra embarquée doit nous contacter. »",
        "Le propriétaire de la boutique, qui a souhaité garder l'anonymat, a indiqué à La Voix que les montres volées valaient environ 80 000 euros.",
        "« Ils sont entrés et ressortis en quatre-vingt-dix secondes », raconte-t-il.",
    ], [
        ("Ce fut une expérience terrifiante pour les deux femmes qui travaillaient là", "elle", "a-t-elle souligné", "Nadia Hugues"),
        ("Toute personne disposant d'images de caméra embarquée doit nous contacter.", "elle", None, "Nadia Hugues"),
        ("Ils sont entrés et ressortis en quatre-vingt-dix secondes", "il", "raconte-t-il"),
    ]),
    ([
        "Une primo-romancière couronnée",
        "La romancière Grâce Wanjiru a reçu le prix de la Fontaine pour son premier roman, « La Route du sel ».",
        "Le président du jury, le professeur Alain Rivet, a salué « un livre qu'on lira encore dans cinquante ans ».",
        "Âgée de 34 ans, Grâce Wanjiru a écrit le roman la nuit, alors qu'elle travaillait comme infirmière.",
        "« Je l'ai écrit pour ma grand-mère, qui n'a jamais appris à lire », a-t-elle confié lors de la remise du prix.",
    ], [
        ("un livre qu'on lira encore dans cinquante ans", "Le président du jury, le professeur Alain Rivet", "a salué"),
        ("Je l'ai écrit pour ma grand-mère, qui n'a jamais appris à lire", "elle", "a-t-elle confié", "Grâce Wanjiru"),
    ]),
    ([
        "Les agriculteurs craignent une mauvaise récolte",
        "Les agriculteurs de la Beauce redoutent une mauvaise récolte après le printemps le plus sec jamais enregistré.",
        "« Le blé fait la moitié de la hauteur normale », constate Robert Bellec, qui cultive 160 hectares près de Voves.",
        "Selon le syndicat agricole, les rendements pourraient chuter d'un tiers. Sa présidente, Catherine Moulin, lance un appel : « Certaines familles ne survivront pas à une autre mauvaise année. Nous avons besoin d'aide maintenant. »",
        "Le ministère assure « suivre la situation de près ».",
    ], [
        ("Le blé fait la moitié de la hauteur normale", "Robert Bellec", "constate"),
        ("Certaines familles ne survivront pas à une autre mauvaise année. Nous avons besoin d'aide maintenant.", "Sa présidente, Catherine Moulin", "lance un appel"),
        ("suivre la situation de près", "Le ministère", "assure"),
    ]),
    ([
        "Un collège interdit les téléphones portables",
        "À la rentrée, les élèves du collège Jean-Moulin devront enfermer leur téléphone pendant toute la journée.",
        "Le principal, Simon Clairet, explique que la décision fait suite à un an de concertation avec les parents.",
        "— Les récréations étaient devenues silencieuses. Tout le monde fixait un écran, se souvient-il.",
        "Tous les élèves ne sont pas d'accord. « Et s'il y a une urgence ? » demande Maya Lefèvre, 15 ans.",
    ], [
        ("Les récréations étaient devenues silencieuses. Tout le monde fixait un écran", "il", "se souvient-il", "Simon Clairet"),
        ("Et s'il y a une urgence ?", "Maya Lefèvre, 15 ans", "demande"),
    ]),
    ([
        "Le musée restitue des sculptures à une communauté insulaire",
        "Le musée de Brest a restitué douze sculptures en bois à la communauté de l'île de Tala, plus d'un siècle après leur départ.",
        "« Ces sculptures sont nos ancêtres. Aujourd'hui, elles rentrent à la maison », a déclaré Sione Vaka, doyen de la communauté, lors de la cérémonie.",
        "Pour la directrice du musée, Claire Audouze, il s'agit de « la chose juste à faire, et depuis longtemps ».",
        "Sione Vaka a remercié les équipes du musée. Les sculptures seront exposées dans un nouveau centre culturel.",
        "« Nos enfants les verront tous les jours », a-t-il ajouté.",
    ], [
        ("Ces sculptures sont nos ancêtres. Aujourd'hui, elles rentrent à la maison", "Sione Vaka, doyen de la communauté", "a déclaré"),
        ("la chose juste à faire, et depuis longtemps", "la directrice du musée, Claire Audouze", "Pour"),
        ("Nos enfants les verront tous les jours", "il", "a-t-il ajouté", "Sione Vaka"),
    ]),
]
